import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { readFileSync, readdirSync } from 'node:fs'
import { stringify } from 'yaml'
import { loadPolicy } from '../../src/policy/load.js'
import { nearest, PolicyError } from '../../src/policy/problems.js'
import { policyJsonSchema } from '../../src/policy/schema.js'
import { DEFAULT_POLICY } from '../../src/policy/types.js'

function problems(text: string) {
  try {
    loadPolicy(text, '.github/image-gate.yml')
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyError)
    return (error as PolicyError).problems.map((p) => `${p.line}:${p.column} ${p.key}: ${p.message}`)
  }
  throw new Error('expected a PolicyError')
}

describe('loadPolicy', () => {
  it('reads the full format, filling defaults', () => {
    const policy = loadPolicy(readFileSync('examples/policies/image-promotion.yml', 'utf8'), 'p.yml')
    expect(policy.workflows.required).toEqual(['BUILD', 'TEST'])
    expect(policy.workflows.rules).toEqual([
      {
        type: 'TEST',
        failOn: ['FAILED', 'CANCELLED', 'ROLLBACK_COMPLETED'],
        warnOn: [],
        maxFailedSteps: 0,
        maxSkippedSteps: undefined
      },
      {
        type: 'DISTRIBUTION',
        failOn: DEFAULT_POLICY.workflows.default.failOn,
        warnOn: ['SKIPPED'],
        maxFailedSteps: 0,
        maxSkippedSteps: undefined
      }
    ])
    expect(policy.waiting).toEqual({ timeoutMs: 7_200_000, onTimeout: 'fail', onError: 'fail', onMissing: 'fail' })
    expect(policy.hooks).toEqual({ ...DEFAULT_POLICY.hooks, graceMs: undefined })
  })

  it('reads JSON as well', () => {
    const policy = loadPolicy(
      '{"version": 1, "hooks": {"rules": [{"type-name": "A::B::*", "on-failure": "warn"}]}}',
      'inline policy'
    )
    expect(policy.hooks.rules).toEqual([{ typeName: 'A::B::*', ignore: false, onFailure: 'warn' }])
  })

  it('points at line, column and key, and suggests the nearest key for a typo', () => {
    expect(
      problems(`version: 1
workflows:
  rules:
    - type: TEST
      fail-on: [FAILD]
hooks:
  hook-faild: warn
  required: ["MyOrg::[Sec]::*"]
stack:
  fail-on: [rollback]
waiting:
  timeout: soon
  on-timeout: 3
`)
    ).toEqual([
      '5:17 workflows.rules[0].fail-on[0]: "FAILD" is not allowed; use one of PENDING, SKIPPED, RUNNING, ' +
        'COMPLETED, FAILED, ROLLBACK_IN_PROGRESS, ROLLBACK_COMPLETED, CANCELLED (did you mean "FAILED"?)',
      '7:3 hooks.hook-faild: unknown key; did you mean "hook-failed"?',
      '8:14 hooks.required[0]: not a valid hook type glob: use a type name like MyOrg::Security::Scan with * and ? ' +
        'as wildcards',
      '10:13 stack.fail-on[0]: not a valid status glob: use upper-case statuses with * and ?, e.g. *_FAILED',
      '12:12 waiting.timeout: not a duration: use a form like 90s, 15m, 2h or 1h30m',
      '13:15 waiting.on-timeout: 3 is not allowed; use one of fail, warn'
    ])
  })

  it('lists the allowed keys when nothing is near', () => {
    expect(problems('version: 1\nzebra: 1\n')).toEqual([
      '2:1 zebra: unknown key; allowed here: $schema, version, workflows, hooks, stack, vulnerabilities, lifecycle, cleanup, in-use, waiting'
    ])
  })

  it('refuses a missing or wrong version, a non-mapping and broken YAML', () => {
    expect(problems('hooks: {}\n')[0]).toMatch(/^1:1 version: /)
    expect(problems('version: 2\n')[0]).toMatch(/^1:10 version: /)
    expect(problems('- a\n- b\n')).toEqual(['1:1 : a policy is a mapping that starts with "version: 1"'])
    expect(problems('version: 1\nhooks: [\n')[0]).toMatch(/^\d+:\d+ : not valid YAML or JSON/)
    expect(problems('version: 1\nversion: 1\n')[0]).toMatch(/not valid YAML or JSON: Map keys must be unique/)
  })

  it('suggests the nearest of a few names, or none', () => {
    expect(nearest('hook-faild', ['hook-failed', 'rules'])).toBe('hook-failed')
    expect(nearest('zzz', ['hook-failed', 'rules'])).toBeUndefined()
  })

  it('returns a policy or a positioned PolicyError for any input, never anything else', () => {
    const anyValue = fc.anything({ maxDepth: 4, withNullPrototype: false })
    const plausible = fc.record({
      version: fc.oneof(fc.constant(1), fc.integer(), fc.string()),
      workflows: fc.option(
        fc.record({
          required: fc.array(fc.constantFrom('BUILD', 'TEST', 'X')),
          rules: fc.array(
            fc.record({
              type: fc.constantFrom('TEST', 'BUILD', 'Q'),
              'fail-on': fc.array(fc.constantFrom('FAILED', 'FAILD'))
            })
          )
        })
      ),
      hooks: fc.option(
        fc.record({
          'hook-failed': fc.constantFrom('fail', 'warn', 'boom'),
          grace: fc.constantFrom('5m', 'x'),
          required: fc.array(fc.string())
        })
      ),
      stack: fc.option(anyValue)
    })
    fc.assert(
      fc.property(fc.oneof(anyValue, plausible), fc.boolean(), (value, asJson) => {
        let text: string
        try {
          text = (asJson ? JSON.stringify(value) : stringify(value)) ?? ''
        } catch {
          return true
        }
        try {
          const policy = loadPolicy(text, 'fuzz')
          return Array.isArray(policy.workflows.rules)
        } catch (error) {
          return error instanceof PolicyError && error.problems.every((p) => p.line >= 1 && p.column >= 1)
        }
      }),
      { numRuns: 500 }
    )
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        try {
          loadPolicy(text, 'fuzz')
          return true
        } catch (error) {
          return error instanceof PolicyError
        }
      }),
      { numRuns: 500 }
    )
  })
})

describe('policy.schema.json', () => {
  it('is the committed form of the schema (npm run schema)', () => {
    expect(JSON.parse(readFileSync('policy.schema.json', 'utf8'))).toEqual(policyJsonSchema())
  })

  it('accepts every example policy', () => {
    const names = readdirSync('examples/policies').filter((n) => /\.ya?ml$/.test(n))
    expect(names.length).toBeGreaterThan(0)
    for (const name of names)
      expect(() => loadPolicy(readFileSync(`examples/policies/${name}`, 'utf8'), name)).not.toThrow()
  })

  it('refuses a lifecycle target ARN the ARN parser refuses, at its position, with the fix', () => {
    const text =
      'version: 1\nlifecycle:\n  on-pass:\n    state: DEPRECATED\n' +
      '    target: arn:aws:imagebuilder:xx-1:123456789012:image/web-ami/1.3.0/2\n'
    expect(() => loadPolicy(text, 'p.yml')).toThrow(
      'p.yml:5:13: lifecycle.on-pass.target: "xx-1" is not an AWS region (e.g. us-east-1); ' +
        'use this-build, previous-versions or the ARN of an image build version'
    )
  })

  it('parses lifecycle targets into their kinds', () => {
    const arn = 'arn:aws:imagebuilder:eu-west-1:123456789012:image/web-ami/1.3.0/2'
    const text =
      `version: 1\nlifecycle:\n  on-pass: { state: DEPRECATED, target: previous-versions, keep: 2 }\n` +
      `  on-warn: { state: DISABLED, target: ${arn} }\n  on-fail: { state: DISABLED, target: this-build }\n`
    const { onPass, onWarn, onFail } = loadPolicy(text, 'p.yml').lifecycle
    expect(onPass?.target).toEqual({ kind: 'previous-versions', keep: 2 })
    expect(onWarn?.target).toMatchObject({ kind: 'build', arn: { arn, region: 'eu-west-1', name: 'web-ami' } })
    expect(onFail?.target).toEqual({ kind: 'this-build' })
  })
})

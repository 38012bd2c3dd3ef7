/**
 * Class 2: every bad input is refused before the wait, with the fix. Each case runs the bundled action with one
 * wrong value (inputs of action.yml and keys of the policy) and asserts: the step fails, no AWS call is made,
 * and the message names the input (or policy key), the value and what to do. Policy cases are also checked
 * against the committed JSON Schema: what the loader refuses, editors flag too.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { parse } from 'yaml'
import { errors, runBundle, startSim, type TimedSimulator } from './bundle.js'

jest.setTimeout(60_000)

const IMAGE = 'arn:aws:imagebuilder:us-east-1:123456789012:image/web-ami/1.0.0/1'
const CS = 'arn:aws:cloudformation:us-east-1:123456789012:changeSet/pr-1/00000000-0000-4000-8000-000000000001'
const HOOK = 'arn:aws:cloudformation:us-east-1:123456789012:type/hook/Org-Sec-Scan'
const CLEANUP = { mode: 'cleanup', 'aws-region': 'us-east-1', policy: 'version: 1\ncleanup: { state: DEPRECATED }\n' }
const TOO_LONG = '25d'
const LIMIT = /at most 24d/

let sim: TimedSimulator
let fileAsDir: string
beforeAll(async () => {
  sim = await startSim(
    'images: [{ name: web-ami, version: 1.0.0/1, workflows: [{ type: BUILD, timeline: [{ at: 0s, status: COMPLETED }] }] }]'
  )
  fileAsDir = join(mkdtempSync(join(tmpdir(), 'image-gate-file-')), 'plain-file')
  writeFileSync(fileAsDir, 'x')
})
afterAll(async () => {
  await sim.stop()
})

/**
 * [batch, input, value, what the message must say]. Every problem of the inputs is reported at once, so cases
 * that do not get in each other's way share one run (a batch): its other inputs are the batch's.
 */
const BATCHES: Record<string, Record<string, string>> = {
  gate: { 'image-build-version-arn': IMAGE },
  gate2: { 'image-build-version-arn': IMAGE, 'poll-max-delay': '30d' },
  arns: {},
  region: { 'aws-region': 'eu-west-1' },
  hookTargets: { 'hook-target-type': 'CLOUD_CONTROL', 'aws-region': 'us-east-1' },
  cleanup: CLEANUP
}
const INPUTS: [string, string, string, RegExp][] = [
  ...[
    'timeout',
    'poll-max-delay',
    'empty-grace',
    'not-found-grace',
    'aws-request-timeout',
    'aws-retry-base-delay',
    'lifecycle-timeout'
  ].map((input): [string, string, string, RegExp] => ['gate', input, TOO_LONG, LIMIT]),
  ['gate2', 'poll-min-delay', TOO_LONG, LIMIT],
  ['gate', 'lifecycle-rate', '0.001', /between 0\.1 and 100/],
  ['gate2', 'lifecycle-rate', '0.09', /between 0\.1 and 100/],
  ['gate', 'report-path', '<a directory>', /directory/],
  ['gate2', 'report-path', '<under a file>', /cannot be written|not a directory/],
  [
    'arns',
    'image-build-version-arn',
    'arn:aws-cn:imagebuilder:us-east-1:123456789012:image/web-ami/1.0.0/1',
    /partition/
  ],
  [
    'arns',
    'image-build-version-arn',
    'arn:aws:imagebuilder:cn-north-1:123456789012:image/web-ami/1.0.0/1',
    /partition/
  ],
  [
    'arns',
    'image-build-version-arn',
    'arn:aws-us-gov:imagebuilder:eu-west-1:123456789012:image/web-ami/1.0.0/1',
    /partition/
  ],
  ['arns', 'change-set-arn', CS.replace('arn:aws:', 'arn:aws-cn:'), /partition/],
  ['arns', 'hook-type-arn', HOOK.replace('arn:aws:', 'arn:aws-cn:'), /partition/],
  ['region', 'change-set-arn', CS, /differs from aws-region/],
  ['region', 'hook-type-arn', HOOK, /differs from aws-region/],
  ['hookTargets', 'hook-target-id', 'tok!en#1', /HookRequestToken/],
  ['hookTargets', 'hook-target-id', `a${'b'.repeat(1600)}`, /1600/],
  ['gate', 'current-image-build-version-arn', IMAGE, /mode: cleanup/],
  ['cleanup', 'current-image-build-version-arn', IMAGE.replace('us-east-1', 'eu-west-1'), /differs from aws-region/],
  ['cleanup', 'lifecycle', 'deprecate-previous', /mode cleanup/]
]

/** [policy key, the policy, what the message must say, whether JSON Schema can say it too]. */
const POLICIES: [string, string, RegExp, boolean][] = [
  // JSON Schema has no maximum for a duration written as text: the 24d limit is the loader's alone.
  ['waiting.timeout', 'version: 1\nwaiting: { timeout: 25d }\n', LIMIT, false],
  [
    'lifecycle.on-pass.target',
    'version: 1\nlifecycle: { on-pass: { state: DEPRECATED, target: "arn:aws-cn:imagebuilder:us-east-1:123456789012:image/x/1.0.0/1" } }\n',
    /partition/,
    true
  ],
  [
    'lifecycle.on-pass.execution-role',
    'version: 1\nlifecycle: { on-pass: { state: DEPRECATED, target: previous-versions, execution-role: "not a role!" } }\n',
    /role name .*or a role ARN/i,
    true
  ],
  [
    'lifecycle.on-pass.execution-role',
    'version: 1\nlifecycle: { on-pass: { state: DEPRECATED, target: previous-versions, execution-role: "arn:aws:iam::123456789012:user/bob" } }\n',
    /role name .*or a role ARN/i,
    true
  ],
  [
    'lifecycle.on-pass.exclude.regions[0]',
    'version: 1\nlifecycle: { on-pass: { state: DEPRECATED, target: previous-versions, exclude: { regions: [Europe] } } }\n',
    /region/,
    true
  ],
  [
    'lifecycle.on-pass.update-at',
    'version: 1\nlifecycle: { on-pass: { state: DEPRECATED, target: previous-versions, update-at: "1" } }\n',
    /2026-12-31T00:00:00Z|\+30d/,
    true
  ],
  [
    'lifecycle.on-pass.update-at',
    'version: 1\nlifecycle: { on-pass: { state: DEPRECATED, target: previous-versions, update-at: "Dec 25" } }\n',
    /2026-12-31T00:00:00Z|\+30d/,
    true
  ],
  [
    'lifecycle.on-pass.update-at',
    'version: 1\nlifecycle: { on-pass: { state: DEPRECATED, target: previous-versions, update-at: "+999999999d" } }\n',
    /\+30d|at most/,
    true
  ],
  [
    'lifecycle.on-pass.update-at',
    'version: 1\nlifecycle: { on-pass: { state: DEPRECATED, target: previous-versions, update-at: "+0d" } }\n',
    /\+30d|future/,
    true
  ],
  [
    'lifecycle.on-fail.keep',
    'version: 1\nlifecycle: { on-fail: { state: DISABLED, target: this-build, keep: 2 } }\n',
    /previous-versions/,
    false
  ],
  [
    'workflows.rules[1]',
    'version: 1\nworkflows: { rules: [{ type: TEST, fail-on: [FAILED] }, { type: TEST, warn-on: [FAILED] }] }\n',
    /never applies|same type/,
    false
  ],
  [
    'workflows.rules[1]',
    'version: 1\nworkflows: { rules: [{ type: "*", fail-on: [FAILED] }, { type: BUILD, warn-on: [FAILED] }] }\n',
    /never applies/,
    false
  ],
  [
    'hooks.rules[0].ignore',
    'version: 1\nhooks: { required: ["Org::Sec::*"], rules: [{ type-name: "Org::Sec::Scan", ignore: true }] }\n',
    /required/,
    false
  ]
]

async function refused(values: Record<string, string>) {
  const r = await runBundle(sim, values)
  expect(r.code).toBe(1)
  expect(r.calls).toHaveLength(0)
  expect(r.out.verdict).toBeUndefined()
  return errors(r)
}

const batches = new Map<string, Promise<string>>()

/** The error lines of a batch's run: all the batch's cases at once, on top of its other inputs. */
function batch(name: string): Promise<string> {
  let run = batches.get(name)
  if (!run) {
    const values: Record<string, string> = { ...BATCHES[name] }
    for (const [b, input, value] of INPUTS) {
      if (b !== name) continue
      const actual =
        value === '<a directory>' ? tmpdir() : value === '<under a file>' ? join(fileAsDir, 'report.json') : value
      values[input] = values[input] && !(input in (BATCHES[name] ?? {})) ? `${values[input]}\n${actual}` : actual
    }
    run = refused(values)
    batches.set(name, run)
  }
  return run
}

describe('every input of action.yml: bad values are refused before any AWS call, with the fix', () => {
  it.each(
    INPUTS.map(
      ([b, input, value, fix]) =>
        [
          input,
          value.length > 80 ? `${value.slice(0, 20)}… (${value.length} characters)` : value,
          b,
          fix,
          value
        ] as const
    )
  )('%s = %s', async (input, _shown, name, fix, value) => {
    const message = await batch(name)
    const actual =
      value === '<a directory>' ? tmpdir() : value === '<under a file>' ? join(fileAsDir, 'report.json') : value
    const line = message
      .split('\n')
      .find((l) => l.includes(`Input "${input}" is invalid: got ${JSON.stringify(actual.slice(0, 200)).slice(0, -1)}`))
    expect(line).toMatch(fix)
  })
})

describe('every policy key: bad values are refused before any AWS call, with the fix', () => {
  it.concurrent.each(
    POLICIES.map(([key, policy, fix]) => [key, policy.split('\n')[1] as string, policy, fix] as const)
  )('%s: %s', async (key, _shown, policy, fix) => {
    const message = await refused({ 'image-build-version-arn': IMAGE, policy })
    expect(message).toContain(key)
    expect(message).toMatch(fix)
  })

  it('waiting.timeout: 0s is refused or honoured, never read as 60m', async () => {
    const waiting = await startSim(
      'images: [{ name: web-ami, version: 1.0.0/1, timeline: [{ at: 0s, status: BUILDING }], workflows: [{ type: BUILD, timeline: [{ at: 0s, status: RUNNING }] }] }]'
    )
    try {
      const r = await runBundle(
        waiting,
        { 'image-build-version-arn': IMAGE, policy: 'version: 1\nwaiting: { timeout: 0s }\n', timeout: '' },
        { limitMs: 20_000 }
      )
      expect(r.code).toBe(1)
      if (r.calls.length === 0) expect(errors(r)).toMatch(/waiting\.timeout/)
      else expect(r.out.verdict).toBe('timeout')
    } finally {
      await waiting.stop()
    }
  })
})

describe('the JSON Schema carries the loader rules', () => {
  const schema = JSON.parse(readFileSync('policy.schema.json', 'utf8')) as Record<string, unknown>
  const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema)

  it.each(
    POLICIES.filter(([, , , inSchema]) => inSchema).map(
      ([key, policy]) => [key, policy.split('\n')[1] as string, policy] as const
    )
  )('refuses %s: %s as the loader does', (_key, _shown, policy) => {
    expect(validate(parse(policy))).toBe(false)
  })

  it.each(['90s', '15m', '2h', '1h30m', '500ms', '24d'])('accepts the duration %s as the loader does', (value) => {
    expect(validate({ version: 1, waiting: { timeout: value } })).toBe(true)
  })

  it.each(['soon', '10 seconds', '-5m', '1..5s', '90S'])('refuses the duration %s as the loader does', (value) => {
    expect(validate({ version: 1, waiting: { timeout: value } })).toBe(false)
  })

  it('accepts every example policy', () => {
    for (const file of ['cleanup', 'image-promotion', 'parallelcluster', 'pr-hooks']) {
      const ok = validate(parse(readFileSync(`examples/policies/${file}.yml`, 'utf8')))
      expect([file, ok, validate.errors]).toEqual([file, true, null])
    }
  })
})

/**
 * The bundled action (`node dist/index.js`, as the runner starts it) against the simulator answering as AWS's
 * models and documentation say: every scenario file in scenarios/ runs with its inputs and must end with the
 * verdict and summary it expects, and each behaviour of AWS the gate depends on is checked on its own.
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { readScenarioFile } from '../scripts/scenario-file.js'
import { normalizeScenario } from '../sim/scenario.js'
import { bundleSuite } from './bundle.js'

const bundle = bundleSuite()

function scenarioFile(file: string) {
  const { scenario, inputs, expect } = readScenarioFile(join('scenarios', file))
  return { scenario, inputs: inputs ?? {}, expect }
}

/** The scenario files that say what the gate must conclude (`expect:`). */
const FILES = readdirSync('scenarios').filter((f) => f.endsWith('.yml') && scenarioFile(f).expect)

describe('every scenario file with an expect section, through dist/index.js', () => {
  it.each(FILES)(
    '%s ends with the verdict and summary it expects',
    async (file) => {
      const { scenario, inputs, expect: wanted } = scenarioFile(file)
      const r = await bundle(scenario, inputs)
      expect(r.out.verdict).toBe(wanted?.verdict)
      expect(r.code).toBe(['pass', 'warn'].includes(wanted?.verdict ?? '') ? 0 : 1)
      for (const text of wanted?.summary ?? []) expect(r.summary).toContain(text)
    },
    20_000
  )
})

describe('CloudFormation Hooks, through dist/index.js', () => {
  const noHooks = scenarioFile('change-set-no-hooks.yml')

  it('passes a change set no hook was invoked for at once, on HookResultNotFound, without waiting out a grace', async () => {
    const r = await bundle(noHooks.scenario, { ...noHooks.inputs, 'empty-grace': '1h' })
    expect(r.out.verdict).toBe('pass')
    const lists = r.calls.filter((c) => c.operation === 'ListHookResults')
    expect(lists.length).toBeGreaterThan(0)
    expect(lists.every((c) => c.error === 'HookResultNotFound')).toBe(true)
  }, 20_000)

  it('still fails a hook the policy requires when none was invoked', async () => {
    const policy = 'version: 1\nhooks:\n  required: ["MyOrg::Security::*"]\n  grace: 1s\n'
    const r = await bundle(noHooks.scenario, { ...noHooks.inputs, policy })
    expect(r.out.verdict).toBe('fail')
    expect(r.summary).toContain('no result from a required hook matching MyOrg::Security::')
  }, 20_000)

  it.each(['STACK', 'RESOURCE'])(
    'refuses hook-target-type %s before any AWS call, and says what to use instead',
    async (type) => {
      const r = await bundle(normalizeScenario({}), { 'hook-target-type': type, 'hook-target-id': 'web-service' })
      expect(r.code).toBe(1)
      expect(r.log).toContain(`Input "hook-target-type" is invalid: got "${type}"`)
      expect(r.log).toMatch(type === 'STACK' ? /use stack \(.*\) or hook-type-arn/ : /use hook-type-arn/)
      expect(r.calls).toEqual([])
    },
    20_000
  )

  it('judges only the invocations of its window: an old failure fails the gate only when the window reaches it', async () => {
    const { scenario, inputs } = scenarioFile('hooks-old-invocations.yml')
    const today = await bundle(scenario, inputs)
    expect(today.out.verdict).toBe('pass')
    const month = await bundle(scenario, { ...inputs, 'hook-results-since': '30d' })
    expect(month.out.verdict).toBe('fail')
    expect(month.summary).toContain('Bucket AssetsBucket has no default encryption.')
    expect(month.summary).not.toContain('Expired from the listing.')
  }, 20_000)
})

describe('ParallelCluster image builds, through dist/index.js', () => {
  const built = scenarioFile('demo-parallelcluster.yml')
  const stackId = built.scenario.stacks[0]?.id

  it('follows the stack by its ID once seen, so the deletion after success reads as success', async () => {
    // Polls 30 simulated seconds apart: the second one comes after ParallelCluster deleted the stack.
    const r = await bundle(built.scenario, { ...built.inputs, 'poll-min-delay': '3s', 'poll-max-delay': '3s' })
    expect(r.out.verdict).toBe('pass')
    const reads = r.calls.filter((c) => c.operation === 'DescribeStackEvents').map((c) => c.params.StackName)
    expect(reads[0]).toBe('alinux2-image')
    expect(reads.slice(1).length).toBeGreaterThan(0)
    expect(reads.slice(1).every((name) => name === stackId)).toBe(true)
    expect(r.calls.filter((c) => c.error)).toEqual([])
    const deleted = built.scenario.stacks[0]?.events.at(-1)
    expect(deleted?.status).toBe('DELETE_COMPLETE')
    expect(r.calls.at(-1)?.at).toBeGreaterThanOrEqual(deleted?.at ?? Infinity)
  }, 20_000)

  it('is no pass when the stack is already gone by name when the gate starts', async () => {
    // The whole build 30 s in the past: the stack is deleted before the gate's first call.
    const past = (at: number) => at - 30_000
    const stacks = built.scenario.stacks.map((s) => ({ ...s, events: s.events.map((e) => ({ ...e, at: past(e.at) })) }))
    const r = await bundle({ ...built.scenario, stacks }, { ...built.inputs, 'not-found-grace': '0s' })
    expect(r.out.verdict).toBe('error')
    expect(r.summary).toContain('Stack with id alinux2-image does not exist')
  }, 20_000)
})

describe('Image Builder, through dist/index.js', () => {
  it('passes a build whose failed distribution was retried and succeeded, and says so', async () => {
    const { scenario, inputs } = scenarioFile('distribution-retried.yml')
    const r = await bundle(scenario, inputs)
    expect(r.out.verdict).toBe('pass')
    const report = JSON.parse(readFileSync(r.out['report-path'] as string, 'utf8'))
    const findings = report.findings.filter((f: { rule: string }) => f.rule === 'workflows.retried')
    expect(findings).toEqual([
      expect.objectContaining({ severity: 'pass', message: expect.stringMatching(/^DISTRIBUTION FAILED, retried/) })
    ])
  }, 20_000)

  it('judges a distribution retried twice by its latest attempt, and shows every attempt', async () => {
    const { scenario, inputs } = scenarioFile('distribution-retried-twice.yml')
    const r = await bundle(scenario, inputs)
    expect(r.out.verdict).toBe('pass')
    const report = JSON.parse(readFileSync(r.out['report-path'] as string, 'utf8'))
    const latest = 'wf-4f0e8d7c-9a5b-4c2e-9d6f-1b7a0c5e2f84'
    expect(report.findings.filter((f: { rule: string }) => f.rule === 'workflows.retried')).toEqual([
      expect.objectContaining({
        message: `DISTRIBUTION FAILED, retried: judged by the latest attempt ${latest} (COMPLETED)`
      }),
      expect.objectContaining({
        message: `DISTRIBUTION FAILED, retried: judged by the latest attempt ${latest} (COMPLETED)`
      })
    ])
    // The history: each attempt in order, its status and times, in the report and the summary.
    expect(report.retries).toEqual([
      {
        target: 'web-ami 1.8.0/1',
        type: 'DISTRIBUTION',
        attempts: [1, 2, 3].map((attempt) =>
          expect.objectContaining({ attempt, status: attempt < 3 ? 'FAILED' : 'COMPLETED', retried: attempt < 3 })
        )
      }
    ])
    const [first] = report.retries[0].attempts
    expect(Date.parse(first.endTime) - Date.parse(first.startTime)).toBe(2 * 60_000)
    expect(r.summary).toContain('Attempts of the DISTRIBUTION workflow (3, retried with RetryImage)')
    expect(r.summary).toMatch(
      /<td>1<\/td><td>wf-2d8c6b5a-[0-9a-f-]+<\/td><td>FAILED \(retried\)<\/td><td>[\d-]+ [\d:]+Z<\/td><td>[\d-]+ [\d:]+Z<\/td><td>2m 00s<\/td><td>Step DistributeImage failed: the AMI quota/
    )
    expect(r.summary).toContain(`<td>3 (judged)</td><td>${latest}</td><td>COMPLETED</td>`)
  }, 20_000)

  it('fails a build whose latest retry failed too: the earlier attempts do not count for it', async () => {
    const { scenario, inputs } = scenarioFile('distribution-retried-twice.yml')
    const image = scenario.images[0]
    const last = image?.workflows.at(-1)
    if (!image || !last) throw new Error('the scenario has changed')
    const failed = { status: 'FAILED', reason: 'Image distribution failed: AMI copy to eu-west-1 failed.' }
    image.timeline = image.timeline.map((e) => (e.status === 'AVAILABLE' ? { ...e, ...failed } : e))
    last.timeline = last.timeline.map((e) =>
      e.status === 'COMPLETED' ? { ...e, status: 'FAILED', message: 'Step DistributeImage failed: timed out.' } : e
    )
    const r = await bundle(scenario, inputs)
    expect(r.out.verdict).toBe('fail')
    expect(r.summary).toContain('DISTRIBUTION ended FAILED: Step DistributeImage failed: timed out.')
    expect(r.summary).toContain('<td>3 (judged)</td><td>wf-4f0e8d7c-9a5b-4c2e-9d6f-1b7a0c5e2f84</td><td>FAILED</td>')
  }, 20_000)

  it('sends no lifecycle update AWS always refuses: a FAILED build is not DISABLED', async () => {
    const { scenario, inputs } = scenarioFile('lifecycle-failed-image.yml')
    const r = await bundle(scenario, inputs)
    expect(r.out.verdict).toBe('fail')
    expect(r.calls.filter((c) => c.operation === 'StartResourceStateUpdate')).toEqual([])
    expect(r.out['lifecycle-status']).toBe('none')
  }, 20_000)

  it.each([
    [
      'include without an execution role',
      'include: { amis: true }',
      'lifecycle.on-pass.include: include needs execution-role'
    ],
    [
      'update-at with a state other than DEPRECATED',
      'update-at: "+1d"\n    state: DISABLED',
      'update-at works only with state DEPRECATED'
    ],
    ['a last-launched period over 365', 'exclude: { last-launched: { value: 400, unit: DAYS } }', 'last-launched.value']
  ])(
    'refuses a lifecycle policy with %s before any AWS call',
    async (_, extra, message) => {
      const policy = `version: 1\nlifecycle:\n  on-pass:\n    target: previous-versions\n    ${extra}\n`
      const withState = /state:/.test(extra)
        ? policy
        : policy.replace('  on-pass:\n', '  on-pass:\n    state: DEPRECATED\n')
      const image = 'arn:aws:imagebuilder:us-east-1:123456789012:image/web-ami/1.4.1/1'
      const r = await bundle(normalizeScenario({}), { 'image-build-version-arn': image, policy: withState })
      expect(r.code).toBe(1)
      expect(r.log).toContain(message)
      expect(r.calls).toEqual([])
    },
    20_000
  )

  it.each(['ResourceNotFoundException', 'InvalidRequestException', 'ClientException'])(
    'ends in error, never a pass, whatever GetImage answers for an image that does not exist (%s; undocumented)',
    async (code) => {
      const { scenario, inputs } = scenarioFile('demo-pass.yml')
      const faulty = {
        ...scenario,
        faults: [{ operation: 'GetImage', kind: 'error' as const, error: code, delay: 0, times: 99, after: 0 }]
      }
      const r = await bundle(faulty, { ...inputs, 'not-found-grace': '0s' })
      expect(r.out.verdict).toBe('error')
      expect(r.summary).toContain(code)
    },
    20_000
  )
})

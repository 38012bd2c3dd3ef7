/**
 * Class 4: lifecycle does exactly what was asked, once. Through the bundled action: per-build actions, presets
 * with a policy, re-runs of the same workflow run days later or after a cancelled attempt, previous versions of
 * the same image only and each once, cancellation and lost answers during updates, and a cleanup under
 * throttling that loses nothing.
 */
import { describe, expect, it, jest } from '@jest/globals'
import type { RecordedCall } from '../../sim/server.js'
import { callsOf, gateOnce, runBundle, startSim } from './bundle.js'

jest.setTimeout(90_000)

const ARN = (v: string, name = 'web-ami') => `arn:aws:imagebuilder:us-east-1:123456789012:image/${name}/${v}`
const DAY = 86_400_000

function version(v: string, state = 'AVAILABLE', extra = '') {
  return `  - { name: web-ami, version: ${v}${extra}, timeline: [{ at: 0s, status: ${state} }] }`
}

function current(v: string, workflow = '{ type: BUILD, timeline: [{ at: 0s, status: COMPLETED }] }') {
  return `  - { name: web-ami, version: ${v}, timeline: [{ at: 0s, status: AVAILABLE }], workflows: [${workflow}] }`
}

const started = (r: { calls: RecordedCall[] }) =>
  callsOf(r, 'StartResourceStateUpdate').map((c) => c.params.resourceArn)
const RUN = { GITHUB_RUN_ID: '31337', GITHUB_REPOSITORY: 'acme/images', GITHUB_JOB: 'gate', GITHUB_WORKFLOW: 'images' }

describe('actions apply per build', () => {
  // Both images are AVAILABLE; 1.0.0/1 fails the policy (a failed step), 1.0.0/2 passes it.
  const TWO = `lifecycle: { duration: 1s }
images:
${current('1.0.0/1', '{ type: TEST, timeline: [{ at: 0s, status: COMPLETED, failed: 1, succeeded: 2 }], steps: 3 }')}
${current('1.0.0/2')}`

  it('on-fail this-build touches only the build that failed', async () => {
    const r = await gateOnce(TWO, {
      'image-build-version-arn': `${ARN('1.0.0/1')}\n${ARN('1.0.0/2')}`,
      policy: 'version: 1\nlifecycle: { on-fail: { state: DISABLED, target: this-build } }\n'
    })
    expect(r.out.verdict).toBe('fail')
    expect(started(r)).toEqual([ARN('1.0.0/1')])
  })

  it('on-warn this-build touches only the build that warned', async () => {
    const warned = TWO.replace('failed: 1, succeeded: 2', 'skipped: 2, succeeded: 1')
    const r = await gateOnce(warned, {
      'image-build-version-arn': `${ARN('1.0.0/1')}\n${ARN('1.0.0/2')}`,
      policy:
        'version: 1\nworkflows: { default: { max-skipped-steps: 0 } }\nlifecycle: { on-warn: { state: DEPRECATED, target: this-build } }\n'
    })
    expect(r.out.verdict).toBe('warn')
    expect(started(r)).toEqual([ARN('1.0.0/1')])
  })
})

describe('the lifecycle preset with a policy', () => {
  const SCENARIO = `lifecycle: { duration: 1s }\nimages:\n${version('1.0.0/1')}\n${version('1.0.0/2')}\n${current('1.0.0/3')}`

  it('is not dropped by a policy that has no lifecycle section', async () => {
    const r = await gateOnce(SCENARIO, {
      'image-build-version-arn': ARN('1.0.0/3'),
      lifecycle: 'deprecate-previous',
      policy: 'version: 1\nworkflows: { required: [BUILD] }\n'
    })
    expect(r.out.verdict).toBe('pass')
    expect(started(r)).toEqual([ARN('1.0.0/1')])
  })

  it('gives way to the policy for the verdict the policy names, as documented', async () => {
    const r = await gateOnce(SCENARIO, {
      'image-build-version-arn': ARN('1.0.0/3'),
      lifecycle: 'deprecate-previous',
      policy: 'version: 1\nlifecycle: { on-pass: { state: DISABLED, target: previous-versions, keep: 0 } }\n'
    })
    expect(r.out.verdict).toBe('pass')
    expect(started(r).sort()).toEqual([ARN('1.0.0/1'), ARN('1.0.0/2')])
    expect(callsOf(r, 'StartResourceStateUpdate').map((c) => c.params.state)).toEqual([
      { status: 'DISABLED' },
      { status: 'DISABLED' }
    ])
  })
})

describe('a re-run of the same workflow run starts nothing twice', () => {
  const SCENARIO = `lifecycle: { duration: 1s }\nimages:\n${[1, 2, 3].map((b) => version(`1.0.0/${b}`)).join('\n')}\n${current('1.0.0/4')}`

  it.each(['+1d', '+2d', '+30d'])(
    'update-at %s, re-run the next day: finds what the first attempt started',
    async (updateAt) => {
      const sim = await startSim(SCENARIO)
      try {
        const inputs = {
          'image-build-version-arn': ARN('1.0.0/4'),
          policy: `version: 1\nlifecycle: { on-pass: { state: DEPRECATED, target: previous-versions, update-at: "${updateAt}" } }\n`
        }
        const first = await runBundle(sim, inputs, { env: { ...RUN, GITHUB_RUN_ATTEMPT: '1' } })
        expect(first.out['lifecycle-status']).toBe('scheduled')
        sim.shiftMs = DAY
        const again = await runBundle(sim, inputs, { env: { ...RUN, GITHUB_RUN_ATTEMPT: '2' }, shiftMs: DAY })
        expect(again.code).toBe(0)
        expect(['scheduled', 'success', 'none']).toContain(again.out['lifecycle-status'])
        const runs = sim.state.lifecycleRuns.map((run) => run.resourceArn).sort()
        expect(runs).toEqual([ARN('1.0.0/1'), ARN('1.0.0/2'), ARN('1.0.0/3')])
        // What is still pending is reported again by its id.
        const pending = sim.state.lifecycleRuns
          .filter((run) => sim.state.lifecycleStatus(run, sim.elapsed()).status === 'PENDING')
          .map((run) => run.id)
        for (const id of pending) expect(again.out['lifecycle-execution-ids']).toContain(id)
      } finally {
        await sim.stop()
      }
    }
  )

  it('after an attempt cancelled in the middle of its updates, the re-run finishes the rest, each once', async () => {
    const sim = await startSim(
      `lifecycle: { duration: 1s }\nimages:\n${[1, 2, 3, 4, 5, 6, 7, 8].map((b) => version(`1.0.0/${b}`)).join('\n')}\n${current('1.0.0/9')}`
    )
    try {
      const inputs = {
        'image-build-version-arn': ARN('1.0.0/9'),
        policy: 'version: 1\nlifecycle: { on-pass: { state: DEPRECATED, target: previous-versions } }\n',
        'lifecycle-rate': '2',
        'lifecycle-concurrency': '1'
      }
      const first = await runBundle(sim, inputs, {
        env: { ...RUN, GITHUB_RUN_ATTEMPT: '1' },
        cancelWhen: (s) => /started \(DEPRECATED\)[\s\S]*started \(DEPRECATED\)/.test(s)
      })
      expect(first.code).toBe(1)
      expect(sim.state.lifecycleRuns.length).toBeLessThan(8)
      const again = await runBundle(sim, inputs, { env: { ...RUN, GITHUB_RUN_ATTEMPT: '2' } })
      expect(again.code).toBe(0)
      expect(sim.state.lifecycleRuns.map((run) => run.resourceArn).sort()).toEqual(
        [1, 2, 3, 4, 5, 6, 7, 8].map((b) => ARN(`1.0.0/${b}`))
      )
    } finally {
      await sim.stop()
    }
  })
})

describe('previous-versions', () => {
  it('touches only builds of the same image name, whatever the listing holds', async () => {
    // A listing for web-ami that also holds a build of another image (a name filter is not proof of the name).
    const r = await gateOnce(
      `lifecycle: { duration: 1s }\nimages:\n${version('1.0.0/1')}\n  - { name: web-ami, version: 0.9.0/1, arn: "${ARN('0.9.0/1', 'billing-ami')}", timeline: [{ at: 0s, status: AVAILABLE }] }\n${current('1.0.0/2')}`,
      {
        'image-build-version-arn': ARN('1.0.0/2'),
        policy: 'version: 1\nlifecycle: { on-pass: { state: DEPRECATED, target: previous-versions } }\n'
      }
    )
    expect(started(r)).toEqual([ARN('1.0.0/1')])
  })

  it('a version listed twice does not shift keep', async () => {
    const r = await gateOnce(
      `lifecycle: { duration: 1s }\nimages:\n${version('1.0.0/1')}\n${version('1.0.0/2')}\n${version('1.0.0/3')}\n${version('1.0.0/3')}\n${current('1.0.0/4')}`,
      {
        'image-build-version-arn': ARN('1.0.0/4'),
        policy: 'version: 1\nlifecycle: { on-pass: { state: DEPRECATED, target: previous-versions, keep: 1 } }\n'
      }
    )
    expect(started(r).sort()).toEqual([ARN('1.0.0/1'), ARN('1.0.0/2')])
  })
})

describe('cancellation and lost answers during updates', () => {
  const SCENARIO = `lifecycle: { duration: 30s }\nimages:\n${version('1.0.0/1')}\n${version('1.0.0/2')}\n${current('1.0.0/3')}`
  const POLICY = 'version: 1\nlifecycle: { on-pass: { state: DEPRECATED, target: previous-versions } }\n'

  it('SIGTERM while following updates: the run is marked cancelled, not pass', async () => {
    const r = await gateOnce(
      SCENARIO,
      { 'image-build-version-arn': ARN('1.0.0/3'), policy: POLICY },
      { cancelWhen: (s) => /started \(DEPRECATED\)[\s\S]*started \(DEPRECATED\)/.test(s) }
    )
    expect(r.code).toBe(1)
    expect(r.out.verdict).toBe('cancelled')
    expect(r.summary).toContain('cancelled')
    expect(r.summary).not.toMatch(/image-gate: pass/)
  })

  it('an update whose answer was lost is reported unknown, with what to check, not failed', async () => {
    const r = await gateOnce(
      `${SCENARIO}\nfaults: [{ operation: StartResourceStateUpdate, kind: malformed, times: 1000 }]`,
      { 'image-build-version-arn': ARN('1.0.0/3'), policy: POLICY }
    )
    expect(r.out['lifecycle-status']).toBe('unknown')
    expect(r.summary).toMatch(/unknown/i)
    expect(r.summary).toMatch(/ListLifecycleExecutions|Image Builder console/)
    expect(r.code).toBe(1)
  })
})

describe('a cleanup under throttling loses nothing', () => {
  const COUNT = 200
  const MANY = `lifecycle: { duration: 1s }\nrateLimits: { StartResourceStateUpdate: 25 }\nimages:\n${Array.from({ length: COUNT }, (_, i) => `  - { name: fleet, version: 1.0.0/${i + 1}, age: 400d, timeline: [{ at: 0s, status: AVAILABLE }] }`).join('\n')}`
  const CLEANUP = {
    mode: 'cleanup',
    'aws-region': 'us-east-1',
    policy: 'version: 1\ncleanup: { state: DEPRECATED, keep: 0 }\n',
    'lifecycle-wait': 'false',
    'lifecycle-rate': '100',
    'lifecycle-concurrency': '32'
  }

  it(`${COUNT} versions against an account that allows 25 updates a second: every one started, once`, async () => {
    const r = await gateOnce(MANY, CLEANUP, { limitMs: 80_000, env: RUN })
    const accepted = callsOf(r, 'StartResourceStateUpdate').filter((c) => !c.error)
    expect(new Set(accepted.map((c) => c.params.resourceArn)).size).toBe(COUNT)
    expect(r.out['acted-count']).toBe(String(COUNT))
    expect(r.out['failed-count']).toBe('0')
    expect(r.out.verdict).toBe('pass')
  })

  it('a re-run after a cancelled cleanup finishes the rest, each once', async () => {
    const sim = await startSim(MANY)
    try {
      const first = await runBundle(sim, CLEANUP, {
        env: RUN,
        cancelWhen: (s) => (s.match(/started \(DEPRECATED\)/g)?.length ?? 0) >= 20
      })
      expect(first.code).toBe(1)
      const again = await runBundle(sim, CLEANUP, { env: RUN, limitMs: 80_000 })
      expect(again.out['failed-count']).toBe('0')
      const arns = sim.state.lifecycleRuns.map((run) => run.resourceArn)
      expect(arns.length).toBe(COUNT)
      expect(new Set(arns).size).toBe(COUNT)
    } finally {
      await sim.stop()
    }
  })
})

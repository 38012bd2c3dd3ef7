/** Lifecycle state updates through the whole action against the simulator, which records every call. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { actionSuite } from './helpers.js'

const ARN = (v: string) => `arn:aws:imagebuilder:us-east-1:123456789012:image/web-ami/${v}`
const VERSIONS = ['1.3.0/1', '1.3.0/2', '1.4.0/1', '1.4.0/2', '1.4.0/3', '1.4.0/4']

function scenario(current: 'pass' | 'fail', extra = '', lifecycle = '{ duration: 2m, outcome: SUCCESS }'): string {
  const old = VERSIONS.map(
    (v, i) =>
      `  - { name: web-ami, version: ${v}, age: ${90 - i * 10}d, timeline: [{ at: 0s, status: ` +
      `${i === 1 ? 'DEPRECATED' : 'AVAILABLE'} }] }`
  ).join('\n')
  const end = current === 'pass' ? 'AVAILABLE' : 'FAILED'
  return `lifecycle: ${lifecycle}
images:
${old}
  - { name: other, version: 1.0.0/1, timeline: [{ at: 0s, status: AVAILABLE }] }
  - name: web-ami
    version: 1.4.0/5
    timeline: [{ at: 0s, status: TESTING }, { at: 10m, status: ${end} }]
    workflows:
      - { type: TEST, timeline: [{ at: 0s, status: RUNNING }, { at: 10m, status: ${current === 'pass' ? 'COMPLETED' : 'FAILED'} }] }
${extra}`
}

const POLICY = `version: 1
lifecycle:
  on-pass:
    state: DEPRECATED
    target: previous-versions
    keep: 2
    include: { amis: true, snapshots: false }
    exclude:
      public: true
      regions: [eu-west-1]
      shared-accounts: ["111122223333"]
      last-launched: { value: 6, unit: MONTHS }
      tags: { keep: "true" }
    execution-role: image-gate-lifecycle
`

const suite = actionSuite({ 'image-build-version-arn': ARN('1.4.0/5') })

/** Run the action on a scenario, or with `reuse` again on the same simulator (a re-run of the job). */
async function gate(yaml: string, values: Record<string, string>, reuse = false) {
  const r = await suite.run(reuse ? null : yaml, values)
  return {
    ...r,
    starts: r.calls.filter((c) => c.operation === 'StartResourceStateUpdate'),
    report: r.out['report-path'] ? JSON.parse(readFileSync(r.out['report-path'], 'utf8')) : undefined
  }
}

beforeEach(() => {
  process.env.GITHUB_RUN_ID = '987654321'
  process.env.GITHUB_REPOSITORY = 'acme/images'
  process.env.GITHUB_JOB = 'gate'
})
afterEach(() => {
  for (const k of ['GITHUB_RUN_ID', 'GITHUB_REPOSITORY', 'GITHUB_JOB']) delete process.env[k]
})

describe('lifecycle on-pass: deprecate previous versions', () => {
  it('sends exactly the configured request for each stale previous version, scheduled by update-at', async () => {
    const r = await gate(scenario('pass'), {
      policy: POLICY.replace('execution-role', 'update-at: "+30d"\n    execution-role')
    })
    expect(r.verdict).toBe('pass')
    // Older than 1.4.0/5: six builds; the newest two kept; 1.3.0/2 is already DEPRECATED.
    expect(r.starts.map((c) => c.params.resourceArn)).toEqual([ARN('1.4.0/2'), ARN('1.4.0/1'), ARN('1.3.0/1')])
    const dayStart = Math.floor(Date.UTC(2026, 10, 23, 12) / 86_400_000) * 86_400
    expect(r.starts[0]?.params).toEqual({
      resourceArn: ARN('1.4.0/2'),
      state: { status: 'DEPRECATED' },
      includeResources: { amis: true, snapshots: false },
      exclusionRules: {
        amis: {
          isPublic: true,
          regions: ['eu-west-1'],
          sharedAccounts: ['111122223333'],
          lastLaunched: { value: 6, unit: 'MONTHS' },
          tagMap: { keep: 'true' }
        }
      },
      updateAt: dayStart + 30 * 86_400,
      executionRole: 'image-gate-lifecycle',
      clientToken: expect.stringMatching(/^ig-[0-9a-f]{32}$/)
    })
    expect(new Set(r.starts.map((c) => c.params.clientToken)).size).toBe(3)
    // Scheduled 30 days ahead: started, not waited for (each is looked up once before, to find an earlier
    // attempt's pending execution, and never read after).
    expect(r.out['lifecycle-status']).toBe('scheduled')
    const lastStart = r.calls.map((c) => c.operation).lastIndexOf('StartResourceStateUpdate')
    expect(r.calls.slice(lastStart).filter((c) => c.operation === 'ListLifecycleExecutions')).toHaveLength(0)
    expect(r.calls.filter((c) => c.operation === 'ListLifecycleExecutions')).toHaveLength(3)
    expect(r.out['lifecycle-execution-ids']?.split('\n')).toHaveLength(3)
    expect(
      r.report.lifecycle.entries
        .filter((e: { mode: string }) => e.mode === 'skipped')
        .map((e: { note: string }) => e.note)
    ).toEqual([
      'kept: one of the newest 2 previous versions',
      'kept: one of the newest 2 previous versions',
      'already DEPRECATED'
    ])
    expect(r.md).toContain('### Lifecycle')
    expect(r.md).toContain('scheduled for 2026-12-23 00:00:00Z')
  })

  it('follows started executions to SUCCESS', async () => {
    const r = await gate(scenario('pass'), { policy: POLICY })
    expect(r.out['lifecycle-status']).toBe('success')
    expect(r.report.lifecycle.entries.filter((e: { status?: string }) => e.status === 'SUCCESS')).toHaveLength(3)
    expect(r.md).toMatch(/<td>SUCCESS<\/td><td>yes<\/td><td>1m 00s|<td>SUCCESS<\/td><td>yes<\/td><td>2m 00s/)
  })

  it('makes no mutating call in a dry run, and shows the calls it would make', async () => {
    const r = await gate(scenario('pass'), { policy: POLICY, 'dry-run': 'true' })
    expect(r.starts).toHaveLength(0)
    expect(r.calls.filter((c) => c.operation === 'ListLifecycleExecutions')).toHaveLength(0)
    expect(r.out['lifecycle-status']).toBe('dry-run')
    expect(r.md).toContain('would run (dry run)')
    expect(r.md).toContain('The 3 StartResourceStateUpdate calls a real run would make')
    expect(r.md).toContain('&#34;clientToken&#34;:&#34;ig-')
  })

  it('starts nothing new when the same job is re-run: same client tokens, same executions', async () => {
    const first = await gate(scenario('pass'), { policy: POLICY, 'lifecycle-wait': 'false' })
    expect(first.out['lifecycle-status']).toBe('started')
    const runs = first.sim.state.lifecycleRuns.length
    const again = await gate('', { policy: POLICY, 'lifecycle-wait': 'false' }, true)
    expect(again.starts.map((c) => c.params.clientToken)).toEqual(first.starts.map((c) => c.params.clientToken))
    expect(again.sim.state.lifecycleRuns.length).toBe(runs)
    expect(again.out['lifecycle-execution-ids']).toBe(first.out['lifecycle-execution-ids'])
  })

  it('skips what is already done on a later run', async () => {
    await gate(scenario('pass'), { policy: POLICY })
    const again = await gate('', { policy: POLICY }, true)
    expect(again.starts).toHaveLength(0)
    expect(again.out['lifecycle-status']).toBe('none')
  })

  it('reports a failing execution with its reason and fails the step, verdict unchanged', async () => {
    const r = await gate(
      scenario('pass', '', '{ duration: 1m, outcome: FAILED, reason: "AMI ami-0abc is shared with 3 accounts" }'),
      { policy: POLICY }
    )
    expect(r.verdict).toBe('pass')
    expect(r.out.verdict).toBe('pass')
    expect(r.out['lifecycle-status']).toBe('failed')
    expect(process.exitCode).toBe(1)
    expect(r.md).toContain('FAILED: AMI ami-0abc is shared with 3 accounts')
  })

  it('reports a refused start per resource without hiding the others', async () => {
    const r = await gate(
      scenario(
        'pass',
        'faults: [{ operation: StartResourceStateUpdate, error: ResourceInUseException, times: 1, after: 1 }]'
      ),
      {
        policy: POLICY,
        'lifecycle-concurrency': '1',
        'aws-max-attempts': '1'
      }
    )
    const entries = r.report.lifecycle.entries.filter((e: { mode: string }) => e.mode !== 'skipped')
    expect(entries.map((e: { mode: string }) => e.mode)).toEqual(['started', 'failed', 'started'])
    expect(entries[1].note).toMatch(/^ResourceInUseException/)
    expect(r.out['lifecycle-status']).toBe('failed')
  })
})

describe('lifecycle safety', () => {
  it('refuses DELETED without allow-delete before any call', async () => {
    const r = await gate(scenario('pass'), { policy: POLICY.replace('state: DEPRECATED', 'state: DELETED') })
    expect(r.verdict).toBe('invalid-input')
    expect(r.calls).toHaveLength(0)
  })

  it('deletes with allow-delete', async () => {
    const r = await gate(scenario('pass'), {
      policy: POLICY.replace('state: DEPRECATED', 'state: DELETED'),
      'allow-delete': 'true'
    })
    expect(r.starts.map((c) => (c.params.state as { status: string }).status)).toEqual([
      'DELETED',
      'DELETED',
      'DELETED',
      'DELETED'
    ])
  })

  it('disables an AVAILABLE build the gate fails, with the disable-on-fail preset', async () => {
    const r = await gate(scenario('pass'), {
      lifecycle: 'disable-on-fail',
      policy: 'version: 1\nworkflows:\n  required: [BUILD]\n'
    })
    expect(r.verdict).toBe('fail')
    expect(r.starts.map((c) => [c.params.resourceArn, c.params.state])).toEqual([
      [ARN('1.4.0/5'), { status: 'DISABLED' }]
    ])
    expect(r.out['lifecycle-status']).toBe('success')
  })

  it('sends nothing AWS always refuses: a FAILED build cannot be DISABLED, only DELETED', async () => {
    const r = await gate(scenario('fail'), { lifecycle: 'disable-on-fail' })
    expect(r.verdict).toBe('fail')
    expect(r.starts).toEqual([])
    expect(r.out['lifecycle-status']).toBe('none')
    expect(r.report.lifecycle.entries).toEqual([
      expect.objectContaining({
        mode: 'skipped',
        note: 'a FAILED image can only be DELETED (StartResourceStateUpdate refuses DISABLED for it)'
      })
    ])
  })

  it('does nothing on a timeout, whatever the policy says', async () => {
    const r = await gate(scenario('fail'), { lifecycle: 'disable-on-fail', timeout: '5m' })
    expect(r.verdict).toBe('timeout')
    expect(r.starts).toHaveLength(0)
    expect(r.out['lifecycle-status']).toBe('none')
  })

  it('refuses an unknown preset', async () => {
    const r = await gate(scenario('pass'), { lifecycle: 'delete-everything' })
    expect(r.verdict).toBe('invalid-input')
    expect(r.calls).toHaveLength(0)
  })
})

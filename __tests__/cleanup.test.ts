/** Scheduled cleanup against the simulator: selection, dry run, re-runs, throttling and the rate limit. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { selectStale } from '../src/lifecycle/stale.js'
import { loadPolicy } from '../src/policy/load.js'
import { actionSuite } from './helpers.js'

const ARN = (name: string, v: string) => `arn:aws:imagebuilder:us-east-1:123456789012:image/${name}/${v}`

function image(name: string, version: string, ageDays: number, state = 'AVAILABLE', tags = '{}') {
  return `  - { name: ${name}, version: ${version}, age: ${ageDays}d, tags: ${tags}, timeline: [{ at: 0s, status: ${state} }] }`
}

const SCENARIO = `pageSize: { ListImages: 2, ListImageBuildVersions: 2 }
lifecycle: { duration: 1m, outcome: SUCCESS }
images:
${image('web-ami', '1.0.0/1', 100)}
${image('web-ami', '1.0.0/2', 90, 'AVAILABLE', '{ keep: "true" }')}
${image('web-ami', '1.0.0/3', 80, 'DEPRECATED')}
${image('web-ami', '1.0.0/4', 70)}
${image('web-ami', '1.0.0/5', 20)}
${image('web-ami', '1.0.0/6', 10)}
${image('web-api', '2.0.0/1', 60)}
${image('web-api', '2.0.0/2', 50, 'DISABLED')}
${image('web-api', '2.0.0/3', 40)}
${image('web-api', '2.0.0/4', 5)}
${image('db', '1.0.0/1', 200)}
${image('db', '1.0.0/2', 150)}
${image('db', '1.0.0/3', 100)}
${image('db', '1.0.0/4', 35)}
${image('db', '1.0.0/5', 25)}
${image('legacy', '0.1.0/1', 900)}
${image('legacy', '0.1.0/2', 800)}
`

const POLICY = `version: 1
cleanup:
  images: ["web-*", db]
  state: DEPRECATED
  keep: 2
  older-than: 30d
  states: [AVAILABLE]
  exclude-tags: { keep: "true" }
  include: { amis: true }
  execution-role: image-gate-cleanup
`

const EXPECTED = [
  ARN('db', '1.0.0/1'),
  ARN('db', '1.0.0/2'),
  ARN('db', '1.0.0/3'),
  ARN('web-ami', '1.0.0/1'),
  ARN('web-ami', '1.0.0/4'),
  ARN('web-api', '2.0.0/1')
]

const suite = actionSuite({
  mode: 'cleanup',
  'aws-region': 'us-east-1',
  policy: POLICY,
  'current-image-build-version-arn': ARN('web-api', '2.0.0/3')
})

/** Run a cleanup on a scenario, or given null again on the same simulator (a re-run of the job). */
async function cleanup(values: Record<string, string>, scenario: string | null = SCENARIO) {
  const r = await suite.run(scenario, values)
  return {
    ...r,
    starts: r.calls.filter((c) => c.operation === 'StartResourceStateUpdate'),
    report: JSON.parse(readFileSync(r.out['report-path'] as string, 'utf8'))
  }
}

beforeEach(() => {
  process.env.GITHUB_RUN_ID = '42'
})
afterEach(() => {
  delete process.env.GITHUB_RUN_ID
})

describe('cleanup mode', () => {
  it('selects exactly the stale versions, with a reason for every other one', async () => {
    const r = await cleanup({})
    expect(r.verdict).toBe('pass')
    expect(r.starts.map((c) => c.params.resourceArn).sort()).toEqual(EXPECTED)
    expect(r.starts.every((c) => JSON.stringify(c.params.state) === '{"status":"DEPRECATED"}')).toBe(true)
    const why = Object.fromEntries(
      r.report.cleanup.decisions.map((d: { arn: string; why: string }) => [d.arn.split('image/')[1], d.why])
    )
    expect(why).toEqual({
      'db/1.0.0/5': 'one of the newest 2 versions of db',
      'db/1.0.0/4': 'one of the newest 2 versions of db',
      'db/1.0.0/3': 'stale: AVAILABLE -> DEPRECATED',
      'db/1.0.0/2': 'stale: AVAILABLE -> DEPRECATED',
      'db/1.0.0/1': 'stale: AVAILABLE -> DEPRECATED',
      'web-ami/1.0.0/6': 'one of the newest 2 versions of web-ami',
      'web-ami/1.0.0/5': 'one of the newest 2 versions of web-ami',
      'web-ami/1.0.0/4': 'stale: AVAILABLE -> DEPRECATED',
      'web-ami/1.0.0/3': 'its state DEPRECATED is not one of AVAILABLE',
      'web-ami/1.0.0/2': 'carries the exclusion tag keep=true',
      'web-ami/1.0.0/1': 'stale: AVAILABLE -> DEPRECATED',
      'web-api/2.0.0/4': 'one of the newest 2 versions of web-api',
      'web-api/2.0.0/3': 'named as the current version',
      'web-api/2.0.0/2': 'its state DISABLED is not one of AVAILABLE',
      'web-api/2.0.0/1': 'stale: AVAILABLE -> DEPRECATED'
    })
    expect(r.out).toMatchObject({
      'acted-count': '6',
      'kept-count': '7',
      'skipped-count': '2',
      'failed-count': '0',
      'lifecycle-status': 'success'
    })
    expect(r.md).toContain('image-gate cleanup: pass')
    expect(r.md).toContain('### web-ami')
  })

  it('makes no mutating call in a dry run and reports what it would do', async () => {
    const r = await cleanup({ 'dry-run': 'true' })
    expect(r.starts).toHaveLength(0)
    expect(r.out['lifecycle-status']).toBe('dry-run')
    expect(r.out['acted-count']).toBe('6')
    expect(r.md).toContain('image-gate cleanup (dry run): pass')
    expect(r.md).toContain('would update')
  })

  it('ends cancelled, starting nothing, when the job is cancelled before it could list', async () => {
    const r = await suite.run(SCENARIO, {}, () => ({ signal: AbortSignal.abort() }))
    expect(r.verdict).toBe('cancelled')
    expect(r.calls.filter((c) => c.operation === 'StartResourceStateUpdate')).toEqual([])
    expect(r.md).toContain('The job was cancelled during the cleanup.')
  })

  it('starts nothing new on a second run', async () => {
    await cleanup({})
    const again = await cleanup({}, null)
    expect(again.starts).toHaveLength(0)
    expect(again.out['acted-count']).toBe('0')
  })

  it('rides out a throttling burst without losing a version', async () => {
    const r = await cleanup(
      { 'aws-max-attempts': '5' },
      `${SCENARIO}faults: [{ operation: StartResourceStateUpdate, error: CallRateLimitExceededException, times: 4, ` +
        `after: 2 }]\n`
    )
    expect(r.starts.filter((c) => c.error).length).toBe(4)
    expect(new Set(r.starts.filter((c) => !c.error).map((c) => c.params.resourceArn))).toEqual(new Set(EXPECTED))
    expect(r.out['failed-count']).toBe('0')
  })

  it('keeps to the client-side rate limit, so a server limit at that rate never throttles', async () => {
    // One request at a time: on the virtual clock a queued wait would otherwise move time on under requests in flight.
    const r = await cleanup(
      { 'lifecycle-rate': '2', 'lifecycle-concurrency': '1', 'lifecycle-wait': 'false' },
      `${SCENARIO}rateLimits: { StartResourceStateUpdate: 2 }\n`
    )
    expect(r.starts.filter((c) => c.error)).toHaveLength(0)
    expect(r.starts).toHaveLength(6)
    const span = (r.starts.at(-1)?.at as number) - (r.starts[0]?.at as number)
    expect(span).toBeGreaterThanOrEqual(2500)
  })

  it('refuses cleanup without a cleanup section, with targets, or deleting without opt-in', async () => {
    const cases: Record<string, string>[] = [
      { policy: 'version: 1\n' },
      { 'image-build-version-arn': ARN('db', '1.0.0/1') },
      { policy: POLICY.replace('DEPRECATED', 'DELETED') },
      { mode: 'purge' }
    ]
    for (const values of cases) {
      const r = await suite.run(SCENARIO, values)
      expect(r.verdict).toBe('invalid-input')
      expect(r.calls).toHaveLength(0)
    }
  })
})

describe('selectStale', () => {
  const rules = loadPolicy(POLICY, 'p').cleanup!
  const now = Date.UTC(2026, 10, 23)
  const b = (version: string, ageDays: number, state = 'AVAILABLE') => ({
    arn: ARN('web-x', version),
    name: 'web-x',
    version,
    state,
    dateCreated: new Date(now - ageDays * 86_400_000).toISOString()
  })

  it('orders by semantic version and build number, not by text', () => {
    const decisions = selectStale(
      [b('1.9.0/1', 99), b('1.10.0/1', 98), b('1.10.0/10', 97), b('1.10.0/9', 96)],
      rules,
      now
    )
    expect(decisions.map((d) => [d.build.version, d.decision])).toEqual([
      ['1.10.0/10', 'kept'],
      ['1.10.0/9', 'kept'],
      ['1.10.0/1', 'act'],
      ['1.9.0/1', 'act']
    ])
  })

  it('keeps versions that are not old enough or whose age is unknown', () => {
    const decisions = selectStale(
      [b('1.0.0/9', 1), b('1.0.0/8', 1), b('1.0.0/7', 29), { ...b('1.0.0/6', 0), dateCreated: undefined }],
      rules,
      now
    )
    expect(decisions.map((d) => d.why)).toEqual([
      'one of the newest 2 versions of web-x',
      'one of the newest 2 versions of web-x',
      'created 29d 00h ago, not older than 30d 00h',
      'its creation date is unknown'
    ])
  })
})

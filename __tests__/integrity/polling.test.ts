/**
 * Polling where the end can be, attacked through the bundled action: what earlier builds say only changes when
 * the gate looks, never how often it calls AWS beyond the build's own looks, nor what it concludes.
 */
import { describe, expect, it, jest } from '@jest/globals'
import { HISTORY_PAGES } from '../../src/sources/build-history.js'
import { callsOf, gateOnce, PASSING } from './bundle.js'

jest.setTimeout(60_000)

const ARN = 'arn:aws:imagebuilder:us-east-1:123456789012:image/web-ami/1.0.0/3'

/** A build of web-ami 1.0.0: BUILD with two named steps; `running` leaves it building for the whole run. */
const build = (n: number, running = false) => `  - name: web-ami
    version: 1.0.0/${n}
    timeline: [{ at: 0s, status: ${running ? 'BUILDING' : 'AVAILABLE'} }]
    workflows:
      - type: BUILD
        steps: [{ name: Launch, action: LaunchInstance, at: 0s, end: 1s }, { name: Components, action: ExecuteComponents, at: 1s${running ? '' : ', end: 2s'} }]
        timeline: [{ at: 0s, status: RUNNING }${running ? '' : ', { at: 2s, status: COMPLETED }'}]`

describe('an image build whose earlier builds cannot be listed', () => {
  it('tries its history once, not at every poll, and never passes the build still running', async () => {
    // Every second page of ListImageBuildVersions repeats its token: the history can never be read whole.
    const r = await gateOnce(
      `pageSize: { ListImageBuildVersions: 1 }
faults: [{ operation: ListImageBuildVersions, kind: same-token, times: 1000 }]
images:
${[build(1), build(2), build(3, true)].join('\n')}`,
      { 'image-build-version-arn': ARN, timeout: '4s' }
    )
    expect(PASSING).not.toContain(r.out.verdict)
    const looks = callsOf(r, 'ListWorkflowExecutions').length
    expect(looks).toBeGreaterThan(5)
    // One attempt: its first page, and the page that repeats the token.
    expect(callsOf(r, 'ListImageBuildVersions')).toHaveLength(2)
  })
})

describe('an image build with many earlier builds, listed slowly', () => {
  it('lists a bounded part of them, so the gate ends by its timeout', async () => {
    // 40 earlier builds, one a page, each page answered after 300 ms: 12 s to list them all.
    const earlier = Array.from({ length: 40 }, (_, i) => build(i + 1))
    const r = await gateOnce(
      `pageSize: { ListImageBuildVersions: 1 }
faults: [{ operation: ListImageBuildVersions, kind: slow, delay: 300ms, times: 1000 }]
images:
${[...earlier, build(41, true)].join('\n')}`,
      { 'image-build-version-arn': ARN.replace(/3$/, '41'), timeout: '3s' },
      { limitMs: 90_000 }
    )
    expect(r.out.verdict).toBe('timeout')
    // The process's own start and the summary take a second or two; the listing alone would take 12 s.
    expect(r.wallMs).toBeLessThan(8_000)
    expect(callsOf(r, 'ListImageBuildVersions')).toHaveLength(HISTORY_PAGES)
    // The latest two of the builds listed are its history.
    const read = new Set(callsOf(r, 'ListWorkflowExecutions').map((c) => String(c.params.imageBuildVersionArn)))
    expect(read).toEqual(new Set([4, 3, 41].map((n) => ARN.replace(/3$/, String(n)))))
  })
})

describe('a change set still being created at the timeout', () => {
  it('never passes on hook results listed while it is created, and reads only its status meanwhile', async () => {
    const cs = 'arn:aws:cloudformation:us-east-1:123456789012:changeSet/pr-7/00000000-0000-4000-8000-000000000007'
    const r = await gateOnce(
      `changeSets: [{ name: pr-7, arn: ${cs}, stackName: web, timeline: [{ at: 0s, status: CREATE_IN_PROGRESS }] }]
hookResults:
  - { typeName: "Org::Guard::Tags", targetId: ${cs}, timeline: [{ at: 0s, status: HOOK_COMPLETE_SUCCEEDED }] }`,
      { 'change-set-arn': cs, timeout: '2s' }
    )
    expect(PASSING).not.toContain(r.out.verdict)
    expect(r.code).toBe(1)
    expect(new Set(r.calls.map((c) => c.operation))).toEqual(new Set(['DescribeChangeSet']))
  })
})

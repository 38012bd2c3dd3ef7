/**
 * Polling where the end can be, attacked through the bundled action: what earlier builds say only changes when
 * the gate looks, never how often it calls AWS beyond the build's own looks, nor what it concludes.
 */
import { describe, expect, it, jest } from '@jest/globals'
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

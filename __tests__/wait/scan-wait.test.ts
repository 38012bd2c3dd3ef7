/**
 * An image whose build has ended and whose vulnerability scan runs on: nothing forecasts when a scan ends, so the
 * gate backs off while it waits for it, rather than looking every few seconds as it does where the build can end.
 */
import { describe, expect, it } from '@jest/globals'
import { actionSuite } from '../helpers.js'
import { DENSE_MS } from '../../src/wait/forecast.js'

const suite = actionSuite({ 'poll-min-delay': '5s', 'poll-max-delay': '2m', timeout: '4h' })
const m = 60_000

describe('an image available, its scan running', () => {
  it('is waited on with the backoff, not with dense looks, and passes once the scan completes', async () => {
    const r = await suite.run(
      `images:
  - name: app
    version: 1.0.0/1
    timeline: [{ at: 0s, status: BUILDING }, { at: 15m, status: DISTRIBUTING }, { at: 20m, status: AVAILABLE }]
    scan: { enabled: true, timeline: [{ at: 20m, status: PENDING }, { at: 21m, status: SCANNING }, { at: 35m, status: COLLECTING }, { at: 40m, status: COMPLETED }] }
    workflows:
      - { type: BUILD, steps: 6, timeline: [{ at: 0s, status: RUNNING }, { at: 15m, status: COMPLETED }] }
      - { type: DISTRIBUTION, steps: 1, timeline: [{ at: 15m, status: RUNNING }, { at: 19m, status: COMPLETED }] }`,
      { 'image-build-version-arn': 'arn:aws:imagebuilder:us-east-1:123456789012:image/app/1.0.0/1' }
    )
    expect(r.verdict).toBe('pass')
    expect(r.sim.elapsed()).toBeGreaterThanOrEqual(40 * m)
    // Looks while the scan runs: every 9 s would be 120 over these 18 minutes; the backoff, at most every 30 s.
    const looks = new Set(r.calls.filter((c) => c.at > 21 * m && c.at < 39 * m).map((c) => c.at))
    expect(looks.size).toBeLessThan((18 * m) / (3 * DENSE_MS))
    expect(r.sim.elapsed() - 40 * m).toBeLessThanOrEqual(30_000 * 1.2)
  })
})

/**
 * Soak: 500 image builds waited on at once over four simulated hours, with faults sprinkled through the
 * run, in virtual time. Every target reaches a verdict, memory stays bounded, and nothing is left running.
 */
import { describe, expect, it, jest } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { seeded } from '../bench/random.js'
import { run } from '../src/main.js'
import { inputs, outputs, simulate } from './helpers.js'

const TARGETS = 500

function scenario(random: () => number): string {
  const images = Array.from({ length: TARGETS }, (_, i) => {
    const minutes = 20 + Math.floor(random() * 220)
    const build = Math.floor(minutes * 0.6)
    const fails = random() < 0.1
    return `  - { name: soak-${i}, version: 1.0.0/1, timeline: [{ at: 0s, status: BUILDING }, { at: ${build}m, status: TESTING }, { at: ${minutes}m, status: ${fails ? 'FAILED' : 'AVAILABLE'} }], workflows: [{ type: BUILD, steps: 6, timeline: [{ at: 0s, status: RUNNING }, { at: ${build}m, status: COMPLETED }] }, { type: TEST, steps: 4, timeline: [{ at: ${build}m, status: RUNNING }, { at: ${minutes}m, status: ${fails ? 'FAILED' : 'COMPLETED'} }] }] }`
  })
  // No throttling here: the SDK's adaptive rate limiter paces a throttled client in wall-clock time, which would
  // make this run's length depend on the machine rather than the code (faults.test and the throttling matrix
  // cover throttling).
  const kinds = [
    '{ error: ServiceUnavailableException, times: 2 }',
    '{ kind: reset, times: 1 }',
    '{ kind: malformed, times: 1 }',
    '{ kind: duplicate-item, times: 2 }'
  ]
  const faults = Array.from({ length: 40 }, () => {
    const op = random() < 0.5 ? 'GetImage' : 'ListWorkflowExecutions'
    return kinds[Math.floor(random() * kinds.length)]?.replace(
      '{',
      `{ operation: ${op}, after: ${Math.floor(random() * 20_000)},`
    )
  })
  return `images:\n${images.join('\n')}\nfaults: [${faults.join(', ')}]\n`
}

describe('soak', () => {
  it('brings 500 concurrent targets over four simulated hours to a verdict, with bounded memory and no leaks', async () => {
    jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
    const timersBefore = process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length
    const h = await simulate(scenario(seeded(4)))
    const heap: number[] = []
    const sampler = setInterval(() => heap.push(process.memoryUsage().heapUsed), 50)
    try {
      const arns = Array.from(
        { length: TARGETS },
        (_, i) => `arn:aws:imagebuilder:us-east-1:123456789012:image/soak-${i}/1.0.0/1`
      )
      const verdict = await run({
        clock: h.clock,
        random: seeded(5),
        readInput: inputs({
          'image-build-version-arn': arns.join('\n'),
          timeout: '5h',
          'aws-retry-base-delay': '1ms',
          'poll-min-delay': '30s',
          'poll-max-delay': '10m'
        })
      })
      expect(verdict).toBe('fail')
      const report = JSON.parse(readFileSync(outputs(h.dir)['report-path'] as string, 'utf8'))
      expect(report.targets).toHaveLength(TARGETS)
      expect(report.targets.filter((t: { outcome: string }) => t.outcome !== 'settled')).toEqual([])
      expect(h.sim.elapsed()).toBeGreaterThan(3.5 * 3_600_000)
      expect(h.sim.calls.filter((c) => c.error).length).toBeGreaterThan(20)
      // Stable memory: the heap late in the run is not far above the heap early in it (garbage included).
      const quarter = Math.max(1, Math.floor(heap.length / 4))
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number
      expect(median(heap.slice(-quarter))).toBeLessThan(median(heap.slice(0, quarter)) * 2 + 200 * 2 ** 20)
    } finally {
      clearInterval(sampler)
      await h.stop()
      process.exitCode = undefined
    }
    await new Promise((resolve) => setImmediate(resolve))
    expect(process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length).toBeLessThanOrEqual(timersBefore)
  }, 300_000)
})

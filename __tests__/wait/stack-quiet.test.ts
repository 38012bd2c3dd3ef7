/**
 * A ParallelCluster image stack deleted while its image builds (`pcluster delete-image`): its events are read
 * rarely then, and the deletion must still be seen within STACK_QUIET_MS of it (and the poll-min-delay by which a
 * look can come after it is due), wherever it falls between reads, whatever pace the image sets.
 */
import { describe, expect, it } from '@jest/globals'
import { actionSuite } from '../helpers.js'
import { STACK_QUIET_MS } from '../../src/sources/parallelcluster-stack.js'

const MIN_DELAY = 5_000
const suite = actionSuite({ 'poll-min-delay': `${MIN_DELAY}ms`, timeout: '4h' })
const IMAGE = 'arn:aws:imagebuilder:us-east-1:123456789012:image/parallelclusterimage-pc/3.14.0/1'
const m = 60_000

/** The image builds for an hour (its BUILD workflow of 6 steps); the stack is deleted at `deleted` ms. */
function deletedMidBuild(deleted: number) {
  const resource = `logicalId: ParallelClusterImage, resourceType: "AWS::ImageBuilder::Image", physicalId: "${IMAGE}"`
  return `stacks:
  - name: pc
    events:
      - { at: 0s, status: CREATE_IN_PROGRESS }
      - { at: 1m, ${resource}, status: CREATE_IN_PROGRESS }
      - { at: ${deleted}ms, status: DELETE_IN_PROGRESS }
images:
  - name: parallelclusterimage-pc
    version: 3.14.0/1
    timeline: [{ at: 1m, status: PENDING }, { at: 2m, status: BUILDING }, { at: 62m, status: AVAILABLE }]
    workflows:
      - { type: BUILD, steps: 6, timeline: [{ at: 2m, status: RUNNING }, { at: 61m, status: COMPLETED }] }`
}

/** How late the deletion is seen, for deletions every 23 s over one quiet interval. */
async function lateness(maxDelay: string, random: number) {
  const late: number[] = []
  for (let deleted = 4 * m; deleted < 4 * m + STACK_QUIET_MS; deleted += 23_000) {
    const r = await suite.run(
      deletedMidBuild(deleted),
      { 'parallelcluster-image-id': 'pc', 'aws-region': 'us-east-1', 'poll-max-delay': maxDelay },
      () => ({ random: () => random })
    )
    expect(r.verdict).toBe('fail')
    late.push(r.sim.elapsed() - deleted)
  }
  return Math.max(...late)
}

describe('a ParallelCluster image stack deleted while its image builds', () => {
  it('is seen deleted within the quiet interval when the image is looked at late in its jitter', async () => {
    expect(await lateness('2m', 0.999)).toBeLessThanOrEqual(STACK_QUIET_MS + MIN_DELAY)
  })

  it('is seen deleted within the quiet interval when the image has no pace yet and the backoff reaches minutes', async () => {
    expect(await lateness('20m', 0.5)).toBeLessThanOrEqual(STACK_QUIET_MS + MIN_DELAY)
  })
})

/**
 * What a passing gate produced, for the next step of the workflow: each passing image build's AMIs (region,
 * account, AMI id, name) and container image URIs, and each ParallelCluster build's AMI id, as Image Builder
 * answered them. A build that did not pass, or a run that did not, produces nothing here.
 */
import { isRegion } from '../core/arn.js'
import { isAmiId, type BuildAmi } from '../core/in-use.js'
import type { Observation } from '../core/observations.js'
import type { TargetResult } from '../core/poll.js'
import type { Evaluation } from '../core/verdict.js'
import { isPassing, targetVerdict } from '../policy/actions.js'

export interface PromotedAmi {
  /** The image build version ARN, or the ParallelCluster image id. */
  build: string
  region: string
  account: string
  ami: string
  name?: string
}

export interface Promotion {
  amis: PromotedAmi[]
  containers: { build: string; region: string; imageUri: string }[]
  /** One per ParallelCluster build: its image id and the AMI it made. */
  parallelCluster: { imageId: string; region: string; ami: string }[]
}

/**
 * Only what the next step can use, each value one line: an AMI id in a region (of an account, when named), an
 * image URI of printable characters without spaces. Anything else from AWS is left out, as it could add a line of
 * its own to an output that lists one value a line.
 */
const usable = (a: BuildAmi) => isAmiId(a.image) && isRegion(a.region) && /^(\d{12})?$/.test(a.accountId)
const IMAGE_URI = /^[!-~]+$/

export function promotion(evaluation: Evaluation, results: TargetResult<Observation>[]): Promotion {
  const promoted: Promotion = { amis: [], containers: [], parallelCluster: [] }
  if (!isPassing(evaluation.verdict)) return promoted
  for (const result of results) {
    const s = result.snapshot
    if (result.outcome !== 'settled' || !s || !isPassing(targetVerdict(evaluation.findings, result.label))) continue
    if (s.kind === 'image-build') {
      for (const a of (s.outputs?.amis ?? []).filter(usable))
        promoted.amis.push({ build: s.arn, region: a.region, account: a.accountId, ami: a.image, name: a.name })
      for (const c of s.outputs?.containers ?? [])
        for (const imageUri of c.imageUris.filter((u) => IMAGE_URI.test(u)))
          promoted.containers.push({ build: s.arn, region: c.region, imageUri })
    }
    if (s.kind === 'parallelcluster-stack')
      // ParallelCluster builds one AMI, in the stack's region.
      for (const a of (s.imageBuild?.outputs?.amis ?? []).filter((ami) => ami.region === s.region && usable(ami)))
        promoted.parallelCluster.push({ imageId: s.imageId, region: s.region, ami: a.image })
  }
  return promoted
}

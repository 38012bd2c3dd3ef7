/** The targets a gate waits on: one per image build, hook results query and ParallelCluster stack. */
import type { CloudFormationClient } from '@aws-sdk/client-cloudformation'
import type { ImagebuilderClient } from '@aws-sdk/client-imagebuilder'
import type { Clock } from '../core/clock.js'
import type { Observation } from '../core/observations.js'
import type { Target } from '../core/poll.js'
import type { Targets } from '../core/targets.js'
import { hookResultsTarget, type HookWaitOptions } from './hook-results.js'
import { imageBuildTarget, type ImageBuildOptions } from './image-build.js'
import { parallelClusterStackTarget } from './parallelcluster-stack.js'

/** The SDK client of a service in a region. */
export interface SourceClients {
  imageBuilder(region: string): ImagebuilderClient
  cloudFormation(region: string): CloudFormationClient
}

export function targetsOf(
  targets: Targets,
  clients: SourceClients,
  clock: Clock,
  hooks: HookWaitOptions,
  builds: ImageBuildOptions = {}
): Target<Observation>[] {
  const imageBuild = (arn: Targets['imageBuilds'][number]) =>
    imageBuildTarget(clients.imageBuilder(arn.region), arn, clock)
  return [
    ...targets.imageBuilds.map((arn) => imageBuildTarget(clients.imageBuilder(arn.region), arn, clock, builds)),
    ...targets.hookResults.map((query) => hookResultsTarget(clients.cloudFormation(query.region), query, clock, hooks)),
    ...targets.parallelclusterStacks.map((stack) =>
      parallelClusterStackTarget(clients.cloudFormation(stack.region), stack, imageBuild)
    )
  ]
}

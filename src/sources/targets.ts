/**
 * The targets a gate waits on: one per image build, hook results query, stack deployment and ParallelCluster
 * stack.
 */
import type { CloudFormationClient } from '@aws-sdk/client-cloudformation'
import type { ImagebuilderClient } from '@aws-sdk/client-imagebuilder'
import type { Clock } from '../core/clock.js'
import type { Observation } from '../core/observations.js'
import type { Target } from '../core/poll.js'
import type { Targets } from '../core/targets.js'
import { hookResultsTarget, type HookWaitOptions } from './hook-results.js'
import { waitingStepsListing, type WaitingStepsListing } from './build-details.js'
import { imageBuildTarget, type ImageBuildOptions } from './image-build.js'
import { parallelClusterStackTarget } from './parallelcluster-stack.js'
import { stackOperationTarget } from './stack-operation.js'

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
  // One account-wide listing of paused steps per region serves all its builds.
  const listings = new Map<string, WaitingStepsListing>()
  const waiting = (region: string) => {
    const listing = listings.get(region) ?? waitingStepsListing(clients.imageBuilder(region), clock)
    listings.set(region, listing)
    return listing
  }
  const imageBuild = (arn: Targets['imageBuilds'][number]) =>
    imageBuildTarget(clients.imageBuilder(arn.region), arn, clock, { waiting: waiting(arn.region) })
  return [
    ...targets.imageBuilds.map((arn) =>
      imageBuildTarget(clients.imageBuilder(arn.region), arn, clock, { ...builds, waiting: waiting(arn.region) })
    ),
    ...targets.hookResults.map((query) => hookResultsTarget(clients.cloudFormation(query.region), query, clock, hooks)),
    ...targets.stackDeployments.map((stack) =>
      stackOperationTarget(clients.cloudFormation(stack.region), stack, clock, hooks)
    ),
    ...targets.parallelclusterStacks.map((stack) =>
      parallelClusterStackTarget(clients.cloudFormation(stack.region), stack, imageBuild)
    )
  ]
}

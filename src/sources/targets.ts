/**
 * The targets a gate waits on: one per image build, hook results query, stack deployment and ParallelCluster
 * stack. Each kind's source is loaded only when the run has targets of that kind.
 */
import type { CloudFormationClient } from '@aws-sdk/client-cloudformation'
import type { ImagebuilderClient } from '@aws-sdk/client-imagebuilder'
import type { Clock } from '../core/clock.js'
import type { Observation } from '../core/observations.js'
import type { Target } from '../core/poll.js'
import type { Targets } from '../core/targets.js'
import type { WaitingStepsListing } from './build-details.js'
import type { HookWaitOptions } from './hook-results.js'
import type { ImageBuildOptions } from './image-build.js'

/** The SDK client of a service in a region. */
export interface SourceClients {
  imageBuilder(region: string): ImagebuilderClient
  cloudFormation(region: string): CloudFormationClient
}

/** One target per item, made by a module loaded only when there are items. */
async function each<T, M>(
  items: readonly T[],
  load: () => Promise<M>,
  make: (source: M, item: T) => Target<Observation>
): Promise<Target<Observation>[]> {
  if (items.length === 0) return []
  const source = await load()
  return items.map((item) => make(source, item))
}

export async function targetsOf(
  targets: Targets,
  clients: SourceClients,
  clock: Clock,
  hooks: HookWaitOptions,
  builds: ImageBuildOptions = {}
): Promise<Target<Observation>[]> {
  const images = () => Promise.all([import('./image-build.js'), import('./build-details.js')])
  // One account-wide listing of paused steps per region serves all its builds.
  const listings = new Map<string, WaitingStepsListing>()
  const waiting = (details: Awaited<ReturnType<typeof images>>[1], region: string) => {
    const listing = listings.get(region) ?? details.waitingStepsListing(clients.imageBuilder(region), clock)
    listings.set(region, listing)
    return listing
  }
  const parts = await Promise.all([
    each(targets.imageBuilds, images, ([image, details], arn) =>
      image.imageBuildTarget(clients.imageBuilder(arn.region), arn, clock, {
        ...builds,
        waiting: waiting(details, arn.region)
      })
    ),
    each(
      targets.hookResults,
      () => import('./hook-results.js'),
      (source, query) => source.hookResultsTarget(clients.cloudFormation(query.region), query, clock, hooks)
    ),
    each(
      targets.stackDeployments,
      () => import('./stack-operation.js'),
      (source, stack) => source.stackOperationTarget(clients.cloudFormation(stack.region), stack, clock, hooks)
    ),
    each(
      targets.parallelclusterStacks,
      () => Promise.all([import('./parallelcluster-stack.js'), images()]),
      ([cluster, [image, details]], stack) =>
        cluster.parallelClusterStackTarget(clients.cloudFormation(stack.region), stack, clock, (arn) =>
          image.imageBuildTarget(clients.imageBuilder(arn.region), arn, clock, {
            waiting: waiting(details, arn.region)
          })
        )
    )
  ])
  return parts.flat()
}

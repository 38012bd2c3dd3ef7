/**
 * W3, ParallelCluster stacks: the CloudFormation stack of a ParallelCluster image build (the stack is named after
 * the image id), the data ParallelCluster's getImageStackEvents returns. Events come newest first; each poll
 * reads only the pages down to the newest event it has already seen. While the stack's Image Builder image is
 * being built, its workflow executions are read too: they give the progress and the end estimate the events
 * cannot. ParallelCluster deletes the stack once the image is made (delete_image_stack.py), and a deleted stack
 * is readable only by its stack ID (DescribeStackEvents' StackName): once seen, the stack is read by its ID.
 * While the image builds, the image's forecast sets the pace and the events are read only every STACK_QUIET_MS;
 * once the image has ended, the events are read densely until the stack reports it.
 */
import type { CloudFormationClient, StackEvent } from '@aws-sdk/client-cloudformation'
import type { Clock } from '../core/clock.js'
import { parseImageBuildVersionArn, type ImageBuildVersionArn } from '../core/arn.js'
import type { ParallelClusterStack } from '../core/targets.js'
import type { PollResult, Target } from '../core/poll.js'
import {
  isOneOf,
  TERMINAL_IMAGE_STATUSES,
  TERMINAL_STACK_STATUSES,
  type ImageBuildObservation,
  type ParallelClusterStackObservation,
  type StackResource
} from '../core/observations.js'
import { DENSE_MS } from '../wait/forecast.js'
import { StackEventReader } from './stack-events.js'

/**
 * How often the events are read while the stack's Image resource is being created. CloudFormation completes or
 * fails a stack only once every resource in progress has (rollback is off by default in ParallelCluster), so
 * until the image ends the events cannot settle the stack; this bounds how late a deletion of the stack
 * mid-build (`pcluster delete-image`), which nothing documents the timing of, is seen.
 */
export const STACK_QUIET_MS = 5 * 60_000

/**
 * Stack statuses after which the build has ended: nothing more happens without a new operation, or the stack is
 * being deleted (ParallelCluster's cleanup). A status AWS has not documented never ends it.
 */
function hasEnded(status: string | undefined): boolean {
  return isOneOf(status, [...TERMINAL_STACK_STATUSES, 'DELETE_IN_PROGRESS'])
}

/** The image has ended (its workflows may still be rolling back): its stack resource follows. */
const imageEnded = (result: PollResult<ImageBuildObservation>) =>
  result.settled || isOneOf(result.snapshot.imageStatus, TERMINAL_IMAGE_STATUSES)

/** Reads an image build's workflow executions: the workflow executions source, for the image the stack builds. */
export type ImageBuildWatcher = (imageBuildVersionArn: ImageBuildVersionArn) => Target<ImageBuildObservation>

export function parallelClusterStackTarget(
  client: CloudFormationClient,
  image: ParallelClusterStack,
  clock: Clock,
  watchImage?: ImageBuildWatcher
): Target<ParallelClusterStackObservation> {
  const events = new StackEventReader(client, image.imageId)
  let build:
    { arn: string; target: Target<ImageBuildObservation>; last?: PollResult<ImageBuildObservation> } | undefined
  /** When the events were last read (clock ms). */
  let eventsReadAt = -Infinity
  const resources = new Map<string, StackResource>()
  // The image build ARN each Image Builder image resource named in an event, whatever later events name.
  const imageArns = new Map<string, ImageBuildVersionArn>()
  const snapshot: ParallelClusterStackObservation = {
    kind: 'parallelcluster-stack',
    label: `ParallelCluster image ${image.imageId}`,
    region: image.region,
    imageId: image.imageId,
    stackName: image.imageId,
    resources: [],
    hookEvents: [],
    eventCount: 0
  }

  const apply = (event: StackEvent) => {
    const at = event.Timestamp?.toISOString() ?? ''
    const status = event.ResourceStatus ?? 'UNKNOWN'
    // Hooks report on the resources they check in the stack's own events (HookStatus, HookFailureMode).
    if (event.HookStatus)
      snapshot.hookEvents = [
        ...(snapshot.hookEvents ?? []),
        {
          logicalId: event.LogicalResourceId ?? 'unknown',
          type: event.HookType ?? 'unknown',
          status: event.HookStatus,
          failureMode: event.HookFailureMode ?? 'FAIL',
          reason: event.HookStatusReason
        }
      ]
    const isStack = event.ResourceType === 'AWS::CloudFormation::Stack' && event.LogicalResourceId === image.imageId
    snapshot.stackId = event.StackId || snapshot.stackId
    if (isStack) {
      snapshot.stackStatus = status
      if (status === 'DELETE_IN_PROGRESS') snapshot.deletionStartedAt ??= at
      // The rollback's reason names the failed resources; the final ROLLBACK_COMPLETE has none of its own.
      snapshot.stackReason = event.ResourceStatusReason ?? snapshot.stackReason
      return
    }
    const id = event.LogicalResourceId ?? 'unknown'
    const resource = resources.get(id) ?? {
      logicalId: id,
      type: event.ResourceType ?? 'unknown',
      status,
      firstAt: at,
      lastAt: at
    }
    resource.status = status
    resource.reason = event.ResourceStatusReason
    resource.physicalId = event.PhysicalResourceId || resource.physicalId
    const named = parseImageBuildVersionArn(event.PhysicalResourceId ?? '')
    if (typeof named !== 'string') imageArns.set(id, named)
    resource.lastAt = at
    if (status.endsWith('_FAILED')) {
      resource.failedStatus = status
      resource.failureReason = event.ResourceStatusReason
    }
    if (status === 'CREATE_COMPLETE') resource.createdAt = at
    resources.set(id, resource)
  }

  /** The image a resource of the stack makes, read through the watcher; undefined when it cannot be. */
  const readImage = async (
    resource: StackResource | undefined,
    signal: AbortSignal
  ): Promise<PollResult<ImageBuildObservation> | undefined> => {
    const arn = imageArns.get(resource?.logicalId ?? '')
    if (!watchImage || !arn) return undefined
    if (build?.arn !== arn.arn) build = { arn: arn.arn, target: watchImage(arn) }
    // An image that has ended stays as it ended: read again, it would only cost calls.
    if (build.last?.settled) return build.last
    try {
      const result = await build.target.poll(signal)
      snapshot.imageBuild = result.snapshot
      build.last = result
      return result
    } catch {
      // Progress is a bonus (the role may lack Image Builder read access): the stack events decide.
      return undefined
    }
  }
  /** The image was building when last read: the events are read only every STACK_QUIET_MS. */
  const imageBuilding = () => build?.last !== undefined && !imageEnded(build.last)
  const images = () => [...resources.values()].filter((r) => r.type === 'AWS::ImageBuilder::Image')

  /** The progress of the image the stack is building, while it builds; undefined when unknown. */
  const imageProgress = (signal: AbortSignal) =>
    readImage(
      images().find((r) => r.status === 'CREATE_IN_PROGRESS'),
      signal
    )

  /** Once the stack has ended, the image it made read once more: its AMI is listed only once it is AVAILABLE. */
  const madeImage = async (signal: AbortSignal) => {
    if ((snapshot.imageBuild?.outputs?.amis ?? []).length > 0) return
    await readImage(
      images().find((r) => r.createdAt),
      signal
    )
  }

  return {
    key: `stack:${image.region}:${image.imageId}`,
    label: snapshot.label,
    async poll(signal): Promise<PollResult<ParallelClusterStackObservation>> {
      if (!imageBuilding() || clock.now() - eventsReadAt >= STACK_QUIET_MS) {
        eventsReadAt = clock.now()
        // Oldest first, so the last event applied to a resource is its current one.
        const fresh = await events.readNew(snapshot.stackId ?? image.imageId, signal)
        for (const event of fresh) apply(event)
        snapshot.eventCount += fresh.length
      }
      snapshot.resources = [...resources.values()].map((r) => ({ ...r }))
      const failed = snapshot.resources.filter((r) => r.failedStatus).length
      const done = snapshot.resources.filter((r) => r.status.endsWith('_COMPLETE')).length
      const settled = hasEnded(snapshot.stackStatus)
      const building = settled ? undefined : await imageProgress(signal)
      if (settled && !failed) await madeImage(signal)
      return {
        snapshot: { ...snapshot },
        settled,
        // An ended image reaches the stack's events within tens of seconds: look densely until it has.
        lookInMs: building && imageEnded(building) ? DENSE_MS : building?.lookInMs,
        // Whatever pace the image sets, the events are read when due: the bound on seeing a deletion mid-build.
        lookWithinMs: imageBuilding() ? eventsReadAt + STACK_QUIET_MS - clock.now() : undefined,
        progress:
          `stack ${snapshot.stackStatus ?? 'not started'}, ${done}/${snapshot.resources.length} resources complete` +
          `${failed ? `, ${failed} failed` : ''}${building ? `; Image Builder ${building.progress}` : ''}`
      }
    }
  }
}

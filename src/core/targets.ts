/**
 * What the gate is asked to wait on, one kind per AWS source: image builds, hook results, the hooks of a stack
 * operation, ParallelCluster stacks.
 */
import type { ImageBuildVersionArn } from './arn.js'
import type { AwsService } from './settings.js'

export type TargetKind = 'image-build' | 'hook-results' | 'parallelcluster-stack'

/**
 * The target types ListHookResults filters by: "Currently, only CHANGE_SET and CLOUD_CONTROL are supported filter
 * options" (cloudformation model, ListHookResultsInput.TargetType). Results may still carry STACK or RESOURCE.
 */
export const HOOK_TARGET_TYPES = ['CHANGE_SET', 'CLOUD_CONTROL'] as const
export const HOOK_STATUSES = [
  'HOOK_IN_PROGRESS',
  'HOOK_COMPLETE_SUCCEEDED',
  'HOOK_COMPLETE_FAILED',
  'HOOK_FAILED'
] as const

export interface HookFilter {
  TargetType?: (typeof HOOK_TARGET_TYPES)[number]
  TargetId?: string
  TypeArn?: string
  Status?: (typeof HOOK_STATUSES)[number]
}

/** One ListHookResults query. */
export interface HookQuery {
  label: string
  /** Region to call; from the ARN where there is one, else the job's region. */
  region: string
  filter: HookFilter
  /** A change set's hooks run while it is created: the query waits for the change set too. */
  changeSetArn?: string
  /**
   * Queries without a target (by hook type, or all) list every invocation of the last 90 days: only those invoked
   * from this long before the gate started count (0: since it started), or from an explicit time.
   */
  invokedSince?: { beforeStartMs: number } | { time: string }
}

/** The CloudFormation stack of a ParallelCluster image build. */
export interface ParallelClusterStack {
  /** The ParallelCluster image id, which is also the name of its CloudFormation stack. */
  imageId: string
  region: string
}

/** A stack whose operation (a deployment) is waited on and whose hooks are judged. */
export interface StackDeployment {
  label: string
  name: string
  /** The stack's name or ID (ARN): DescribeStackEvents takes either. */
  stack: string
  region: string
  /** The ClientRequestToken the operation was started with; without it, the stack's latest operation. */
  token?: string
}

export interface Targets {
  imageBuilds: ImageBuildVersionArn[]
  hookResults: HookQuery[]
  stackDeployments: StackDeployment[]
  parallelclusterStacks: ParallelClusterStack[]
}

/**
 * The services a gate on `targets` calls: a ParallelCluster stack's events come from CloudFormation, its image from
 * Image Builder.
 */
export function servicesOf(targets: Targets): AwsService[] {
  const images = targets.imageBuilds.length + targets.parallelclusterStacks.length > 0
  const stacks = targets.hookResults.length + targets.stackDeployments.length + targets.parallelclusterStacks.length > 0
  return [...(images ? (['imagebuilder'] as const) : []), ...(stacks ? (['cloudformation'] as const) : [])]
}

/** The targets a gate waits on, and the versions a cleanup runs over, from the inputs. */
import { isRegion, parseImageBuildVersionArn, type ImageBuildVersionArn } from '../core/arn.js'
import type { ParallelClusterStack, Targets } from '../core/targets.js'
import { parseHookQueries } from './hooks.js'
import type { Inputs } from './inputs.js'

/** The aws-region input, checked; empty when not given or wrong. */
export function parseRegion(inputs: Inputs): string {
  const region = inputs.text('aws-region')
  if (region && !isRegion(region))
    inputs.problem(
      'aws-region',
      region,
      'use an AWS region code such as us-east-1, or leave it empty to take the region from the ARNs'
    )
  return isRegion(region) ? region : ''
}

function parseImageBuilds(inputs: Inputs, region: string): ImageBuildVersionArn[] {
  const builds: ImageBuildVersionArn[] = []
  for (const text of inputs.list('image-build-version-arn')) {
    const parsed = parseImageBuildVersionArn(text)
    if (typeof parsed === 'string') inputs.problem('image-build-version-arn', text, parsed)
    else if (region && parsed.region !== region)
      inputs.problem(
        'image-build-version-arn',
        text,
        `its region ${parsed.region} differs from aws-region ${region}; use an ARN of ${region} or change aws-region`
      )
    else if (!builds.some((b) => b.arn === parsed.arn)) builds.push(parsed)
  }
  return builds
}

function parseParallelClusterStacks(inputs: Inputs, region: string | undefined): ParallelClusterStack[] {
  const stacks: ParallelClusterStack[] = []
  for (const imageId of inputs.list('parallelcluster-image-id')) {
    if (!/^[a-zA-Z][a-zA-Z0-9-]{0,127}$/.test(imageId))
      inputs.problem(
        'parallelcluster-image-id',
        imageId,
        'a ParallelCluster image id starts with a letter and has only letters, digits and hyphens (at most 128)'
      )
    else if (!region)
      inputs.problem(
        'parallelcluster-image-id',
        imageId,
        'set aws-region (or AWS_REGION): an image id does not say its region'
      )
    else stacks.push({ imageId, region })
  }
  return stacks
}

/** `region` is aws-region as checked; `jobRegion` that, or else the job's AWS_REGION. */
export function parseTargets(inputs: Inputs, region: string, jobRegion: string | undefined): Targets {
  const imageBuilds = parseImageBuilds(inputs, region)
  const hookResults = parseHookQueries(
    {
      changeSetArns: inputs.list('change-set-arn'),
      targetType: inputs.text('hook-target-type'),
      targetIds: inputs.list('hook-target-id'),
      typeArn: inputs.text('hook-type-arn'),
      status: inputs.text('hook-status'),
      all: inputs.boolean('all-hook-results'),
      since: inputs.text('hook-results-since')
    },
    jobRegion,
    (input, value, fix) => inputs.problem(input, value, fix)
  )
  return { imageBuilds, hookResults, parallelclusterStacks: parseParallelClusterStacks(inputs, jobRegion) }
}

export function targetCount(targets: Targets): number {
  return targets.imageBuilds.length + targets.hookResults.length + targets.parallelclusterStacks.length
}

/** Cleanup mode: the versions named as current, never touched. */
export function parseCurrent(inputs: Inputs): Set<string> {
  const current = new Set<string>()
  for (const text of inputs.list('current-image-build-version-arn')) {
    const parsed = parseImageBuildVersionArn(text)
    if (typeof parsed === 'string') inputs.problem('current-image-build-version-arn', text, parsed)
    else current.add(parsed.arn)
  }
  return current
}

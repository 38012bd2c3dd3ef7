/** The targets a gate waits on, and the versions a cleanup runs over, from the inputs. */
import { isRegion, parseImageBuildVersionArn, type ImageBuildVersionArn } from '../core/arn.js'
import type { HookQuery, ParallelClusterStack, Targets } from '../core/targets.js'
import { parseHookQueries } from './hooks.js'
import type { Inputs } from './inputs.js'
import { parseStackDeployments } from './stacks.js'

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

/** With aws-region set, every ARN must be of that region: one check for every input that takes an ARN. */
function inRegion(inputs: Inputs, input: string, arn: string, arnRegion: string, region: string): boolean {
  if (!region || arnRegion === region) return true
  inputs.problem(
    input,
    arn,
    `its region ${arnRegion} differs from aws-region ${region}; use an ARN of ${region} or change aws-region`
  )
  return false
}

function parseImageBuildArns(inputs: Inputs, input: string, region: string): ImageBuildVersionArn[] {
  const builds: ImageBuildVersionArn[] = []
  for (const text of inputs.list(input)) {
    const parsed = parseImageBuildVersionArn(text)
    if (typeof parsed === 'string') inputs.problem(input, text, parsed)
    else if (inRegion(inputs, input, text, parsed.region, region) && !builds.some((b) => b.arn === parsed.arn))
      builds.push(parsed)
  }
  return builds
}

/** What ListHookResults accepts as TargetId (HookResultId in the service model): checked before the wait. */
const HOOK_TARGET_ID =
  /^(?:[a-zA-Z][-a-zA-Z0-9]*|arn:[-a-zA-Z0-9:/]*|[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})$/

function checkHookQueries(inputs: Inputs, queries: HookQuery[], region: string): void {
  const changeSets = inputs.list('change-set-arn')
  for (const { filter, changeSetArn } of queries) {
    const id = filter.TargetId
    const input = changeSetArn && changeSets.includes(changeSetArn) ? 'change-set-arn' : 'hook-target-id'
    if (id !== undefined && (id.length > 1600 || !HOOK_TARGET_ID.test(id)))
      inputs.problem(
        input,
        id,
        'a hook target id is a name (a letter, then letters, digits and hyphens), an ARN, or a Cloud Control ' +
          'HookRequestToken (a UUID), at most 1600 characters'
      )
    const arn = changeSetArn ?? filter.TypeArn
    if (arn) inRegion(inputs, changeSetArn ? input : 'hook-type-arn', arn, arn.split(':')[3] ?? '', region)
  }
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
  const imageBuilds = parseImageBuildArns(inputs, 'image-build-version-arn', region)
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
  checkHookQueries(inputs, hookResults, region)
  return {
    imageBuilds,
    hookResults,
    stackDeployments: parseStackDeployments(inputs, region, jobRegion),
    parallelclusterStacks: parseParallelClusterStacks(inputs, jobRegion)
  }
}

export function targetCount(targets: Targets): number {
  return (
    targets.imageBuilds.length +
    targets.hookResults.length +
    targets.stackDeployments.length +
    targets.parallelclusterStacks.length
  )
}

/** Cleanup mode: the versions named as current, never touched; in the region cleaned up. */
export function parseCurrent(inputs: Inputs, region: string): Set<string> {
  return new Set(parseImageBuildArns(inputs, 'current-image-build-version-arn', region).map((b) => b.arn))
}

/**
 * The newest builds of an image, read from AWS as the gate reads a build (its state and workflow executions, and
 * whatever else the image build source reads), one look each: past builds have settled. A build still in progress
 * is left out and said so; a build that cannot be read is judged as the gate judges an error.
 */
import type { ImagebuilderClient } from '@aws-sdk/client-imagebuilder'
import { parseImageBuildVersionArn } from '../core/arn.js'
import { describeAwsError } from '../core/aws-errors.js'
import type { Clock } from '../core/clock.js'
import type { BuildVersion } from '../core/lifecycle.js'
import type { Observation } from '../core/observations.js'
import type { TargetResult } from '../core/poll.js'
import { mapConcurrent } from '../lifecycle/rate-limit.js'
import { compareVersions } from '../lifecycle/select.js'
import { listAllBuildVersions } from '../lifecycle/versions.js'
import { imageBuildTarget } from '../sources/image-build.js'

export interface PastBuild {
  arn: string
  /** `web-ami 1.4.0/7` */
  label: string
  /** How the one look went; unset when the build was left out. */
  result?: TargetResult<Observation>
  /** Why the build was left out. */
  leftOut?: string
}

export interface ReplayRequest {
  image: string
  last: number
  region: string
  /** Builds read at once. */
  concurrency: number
}

/** An image with no builds to read: nothing to replay. */
export class NoBuildsError extends Error {
  override name = 'NoBuildsError'
}

async function look(client: ImagebuilderClient, build: BuildVersion, clock: Clock, signal?: AbortSignal) {
  const label = `${build.name} ${build.version}`
  const arn = parseImageBuildVersionArn(build.arn)
  if (typeof arn === 'string') return { arn: build.arn, label, leftOut: `its ARN is not one of a build: ${arn}` }
  const target = imageBuildTarget(client, arn, clock)
  const startedAt = clock.now()
  const result = (outcome: 'settled' | 'error', snapshot?: Observation, error?: string) => ({
    arn: build.arn,
    label,
    result: { key: arn.arn, label: target.label, outcome, snapshot, error, polls: 1, startedAt, endedAt: clock.now() }
  })
  try {
    const poll = await target.poll(signal ?? new AbortController().signal)
    if (!poll.settled) return { arn: build.arn, label, leftOut: `still in progress: ${poll.progress}` }
    return result('settled', poll.snapshot)
  } catch (error) {
    if (signal?.aborted) throw error
    return result('error', undefined, describeAwsError(error))
  }
}

/** The newest `last` builds of the image (by version, as cleanup orders them), each looked at once. */
export async function readPastBuilds(
  client: ImagebuilderClient,
  request: ReplayRequest,
  clock: Clock,
  signal?: AbortSignal
): Promise<PastBuild[]> {
  const builds = await listAllBuildVersions(client, { names: [request.image] }, signal)
  if (builds.length === 0)
    throw new NoBuildsError(
      `no builds of an image named ${request.image} in ${request.region} (ListImages with owner Self lists none)`
    )
  const newest = builds.sort((a, b) => compareVersions(b.version, a.version)).slice(0, request.last)
  return mapConcurrent(newest, request.concurrency, (b): Promise<PastBuild> => look(client, b, clock, signal))
}

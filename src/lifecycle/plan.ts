/**
 * L1, first half: resolve a verdict's lifecycle action to the exact requests it makes, and the builds it leaves
 * alone with why. Reads (GetImage, the image's versions) but changes nothing.
 */
import { GetImageCommand } from '@aws-sdk/client-imagebuilder'
import { parseImageBuildVersionArn, type ImageBuildVersionArn } from '../core/arn.js'
import type { BuildVersion, LifecycleEntry, LifecycleRequest } from '../core/lifecycle.js'
import type { ImageBuildObservation, Observation } from '../core/observations.js'
import type { TargetResult } from '../core/poll.js'
import type { ChosenAction } from '../policy/actions.js'
import type { LifecycleContext } from './context.js'
import { buildRequest } from './request.js'
import { needsUpdate, selectPrevious } from './select.js'
import { listAllBuildVersions } from './versions.js'

/** A build of this run: its ARN and the image state the gate last saw. */
export interface RunBuild {
  arn: ImageBuildVersionArn
  imageStatus?: string
}

/** A request to make, with the region of its client and why it is made. */
export interface PlannedRequest {
  request: LifecycleRequest
  region: string
  trigger: string
}

export interface Plan {
  requests: PlannedRequest[]
  skipped: LifecycleEntry[]
}

/** The run's builds, each with the image state its last poll read. */
export function runBuilds(imageBuilds: ImageBuildVersionArn[], results: TargetResult<Observation>[]): RunBuild[] {
  return imageBuilds.map((arn) => {
    const snapshot = results.find((r) => r.key === arn.arn)?.snapshot
    const build: ImageBuildObservation | undefined = snapshot?.kind === 'image-build' ? snapshot : undefined
    return { arn, imageStatus: build?.imageStatus }
  })
}

function toBuild(arn: ImageBuildVersionArn, state?: string): BuildVersion {
  return { arn: arn.arn, name: arn.name, version: `${arn.version}/${arn.build}`, state }
}

interface Resolved {
  build: BuildVersion
  region: string
  skip?: string
}

function sameImage(text: string, arn: ImageBuildVersionArn): boolean {
  const other = parseImageBuildVersionArn(text)
  return (
    typeof other !== 'string' &&
    other.name === arn.name &&
    other.account === arn.account &&
    other.region === arn.region &&
    other.partition === arn.partition
  )
}

/** A build named outright (this build, an ARN) is updated unless its state says there is nothing to do. */
function named(arn: ImageBuildVersionArn, status: string | undefined, chosen: ChosenAction): Resolved {
  const { needed, why } = needsUpdate(status, chosen.action.state, true)
  return { build: toBuild(arn, status), region: arn.region, skip: needed ? undefined : why }
}

async function resolve(ctx: LifecycleContext, chosen: ChosenAction, builds: RunBuild[]): Promise<Resolved[]> {
  const { target, state } = chosen.action
  switch (target.kind) {
    case 'build': {
      const { image } = await ctx
        .imageBuilder(target.arn.region)
        .send(new GetImageCommand({ imageBuildVersionArn: target.arn.arn }), { abortSignal: ctx.signal })
      return [named(target.arn, image?.state?.status, chosen)]
    }
    case 'this-build':
      return builds.map(({ arn, imageStatus }) => named(arn, imageStatus, chosen))
    case 'previous-versions': {
      const resolved: Resolved[] = []
      for (const { arn } of builds) {
        // Every build of every semantic version of the image (ListImages by name, then each version's builds).
        const listed = await listAllBuildVersions(ctx.imageBuilder(arn.region), { names: [arn.name] }, ctx.signal)
        // Only builds of this very image: a name filter is no proof, the ARN is.
        const all = listed.filter((b) => sameImage(b.arn, arn))
        const selection = selectPrevious(all, toBuild(arn), target.keep, state)
        resolved.push(
          ...selection.selected.map((build) => ({ build, region: arn.region })),
          ...selection.skipped.map(({ build, why }) => ({ build, region: arn.region, skip: why }))
        )
      }
      return resolved
    }
  }
}

export async function planAction(
  ctx: LifecycleContext,
  runIdentity: string,
  chosen: ChosenAction,
  builds: RunBuild[]
): Promise<Plan> {
  const resolved = await resolve(ctx, chosen, builds)
  const now = ctx.clock.now()
  const { action, trigger } = chosen
  const label = (b: BuildVersion) => `${b.name} ${b.version}`
  return {
    requests: resolved
      .filter((p) => !p.skip)
      .map((p) => ({
        request: buildRequest(action, p.build.arn, label(p.build), trigger, runIdentity, now),
        region: p.region,
        trigger
      })),
    skipped: resolved
      .filter((p) => p.skip)
      .map((p) => ({
        label: label(p.build),
        resourceArn: p.build.arn,
        state: action.state,
        trigger,
        mode: 'skipped',
        note: p.skip
      }))
  }
}

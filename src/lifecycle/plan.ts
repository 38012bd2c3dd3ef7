/**
 * L1, first half: resolve a verdict's lifecycle action to the exact requests it makes, and the builds it leaves
 * alone with why. Reads (GetImage, the image's versions) but changes nothing.
 */
import { GetImageCommand } from '@aws-sdk/client-imagebuilder'
import type { ImageBuildVersionArn } from '../core/arn.js'
import { toBuildOutputs, type BuildOutputs, type InUseFinding } from '../core/in-use.js'
import type { BuildVersion, LifecycleEntry, LifecycleRequest } from '../core/lifecycle.js'
import type { ImageBuildObservation, Observation } from '../core/observations.js'
import type { TargetResult } from '../core/poll.js'
import type { ChosenAction } from '../policy/actions.js'
import type { LifecycleContext, LifecycleOptions } from './context.js'
import { findInUse, keptBy } from './in-use-guard.js'
import { buildRequest } from './request.js'
import { needsUpdate, selectPrevious } from './select.js'
import { listAllBuildVersions } from './versions.js'

/** A build of this run: its ARN, and the image state, type and outputs the gate last saw. */
export interface RunBuild {
  arn: ImageBuildVersionArn
  imageStatus?: string
  imageType?: string
  outputs?: BuildOutputs
}

/** A request to make, with the region of its client and why it is made. */
export interface PlannedRequest {
  request: LifecycleRequest
  region: string
  trigger: string
  /** What the in-use check found for the build. */
  inUse?: InUseFinding
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
    return { arn, imageStatus: build?.imageStatus, imageType: build?.imageType, outputs: build?.outputs }
  })
}

function toBuild(
  arn: ImageBuildVersionArn,
  state?: string,
  produced: Pick<BuildVersion, 'type' | 'outputs'> = {}
): BuildVersion {
  return { arn: arn.arn, name: arn.name, version: `${arn.version}/${arn.build}`, state, ...produced }
}

interface Resolved {
  build: BuildVersion
  region: string
  skip?: string
}

/** A build named outright (this build, an ARN) is updated unless its state says there is nothing to do. */
function named(
  arn: ImageBuildVersionArn,
  status: string | undefined,
  chosen: ChosenAction,
  produced: Pick<BuildVersion, 'type' | 'outputs'>
): Resolved {
  const { needed, why } = needsUpdate(status, chosen.action.state, true)
  return { build: toBuild(arn, status, produced), region: arn.region, skip: needed ? undefined : why }
}

async function resolve(ctx: LifecycleContext, chosen: ChosenAction, builds: RunBuild[]): Promise<Resolved[]> {
  const { target, state } = chosen.action
  switch (target.kind) {
    case 'build': {
      const { image } = await ctx
        .imageBuilder(target.arn.region)
        .send(new GetImageCommand({ imageBuildVersionArn: target.arn.arn }), { abortSignal: ctx.signal })
      const produced = { type: image?.type, outputs: toBuildOutputs(image?.outputResources ?? {}) }
      return [named(target.arn, image?.state?.status, chosen, produced)]
    }
    case 'this-build':
      return builds.map(({ arn, imageStatus, imageType, outputs }) =>
        named(arn, imageStatus, chosen, { type: imageType, outputs })
      )
    case 'previous-versions': {
      const resolved: Resolved[] = []
      for (const { arn } of builds) {
        // Every build of every semantic version of the image (ListImages by name, then each version's builds).
        const all = await listAllBuildVersions(ctx.imageBuilder(arn.region), { names: [arn.name] }, ctx.signal)
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
  options: LifecycleOptions,
  chosen: ChosenAction,
  builds: RunBuild[]
): Promise<Plan> {
  const { action, trigger } = chosen
  const resolved = await resolve(ctx, chosen, builds)
  const found = await findInUse(
    ctx,
    options,
    action.state,
    resolved.filter((p) => !p.skip).map((p) => p.build)
  )
  const guarded = resolved.map((p) => ({
    ...p,
    skip: p.skip ?? keptBy(found.get(p.build.arn), action.state),
    inUse: found.get(p.build.arn)
  }))
  const now = ctx.clock.now()
  const label = (b: BuildVersion) => `${b.name} ${b.version}`
  return {
    requests: guarded
      .filter((p) => !p.skip)
      .map((p) => ({
        request: buildRequest(action, p.build.arn, label(p.build), trigger, options.runIdentity, now),
        region: p.region,
        trigger,
        inUse: p.inUse
      })),
    skipped: guarded
      .filter((p) => p.skip)
      .map((p) => ({
        label: label(p.build),
        resourceArn: p.build.arn,
        state: action.state,
        trigger,
        mode: 'skipped',
        note: p.skip,
        inUse: p.inUse
      }))
  }
}

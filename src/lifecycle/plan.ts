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

/** A build of this run: its ARN and the image state (and type) the gate last saw. */
export interface RunBuild {
  arn: ImageBuildVersionArn
  imageStatus?: string
  imageType?: string
}

/** A request to make, with the region of its client and why it is made. */
export interface PlannedRequest {
  request: LifecycleRequest
  region: string
  trigger: string
}

export interface Plan {
  requests: PlannedRequest[]
  /** Builds no request is sent for: skipped with why, or refused before sending. */
  unsent: LifecycleEntry[]
}

/** The run's builds, each with the image state its last poll read. */
export function runBuilds(imageBuilds: ImageBuildVersionArn[], results: TargetResult<Observation>[]): RunBuild[] {
  return imageBuilds.map((arn) => {
    const snapshot = results.find((r) => r.key === arn.arn)?.snapshot
    const build: ImageBuildObservation | undefined = snapshot?.kind === 'image-build' ? snapshot : undefined
    return { arn, imageStatus: build?.imageStatus, imageType: build?.imageType }
  })
}

function toBuild(arn: ImageBuildVersionArn, state?: string, type?: string): BuildVersion {
  return { arn: arn.arn, name: arn.name, version: `${arn.version}/${arn.build}`, state, type }
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
function named(arn: ImageBuildVersionArn, status: string | undefined, type: string | undefined, chosen: ChosenAction) {
  const { needed, why } = needsUpdate(status, chosen.action.state, true, type)
  return { build: toBuild(arn, status, type), region: arn.region, skip: needed ? undefined : why }
}

async function resolve(ctx: LifecycleContext, chosen: ChosenAction, builds: RunBuild[]): Promise<Resolved[]> {
  const { target, state } = chosen.action
  switch (target.kind) {
    case 'build': {
      const { image } = await ctx
        .imageBuilder(target.arn.region)
        .send(new GetImageCommand({ imageBuildVersionArn: target.arn.arn }), { abortSignal: ctx.signal })
      return [named(target.arn, image?.state?.status, image?.type, chosen)]
    }
    case 'this-build':
      return builds.map(({ arn, imageStatus, imageType }) => named(arn, imageStatus, imageType, chosen))
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

/** Why a request is not sent: its update-at has passed (StartResourceStateUpdate: "must be a future time"). */
function pastUpdateAt(request: LifecycleRequest, now: number): string | undefined {
  if (!request.updateAt || request.updateAt.getTime() > now) return undefined
  return (
    `update-at ${request.updateAt.toISOString()} is not in the future, and StartResourceStateUpdate takes only a ` +
    'future time: change update-at in the policy'
  )
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
  const plan: Plan = { requests: [], unsent: [] }
  for (const p of resolved) {
    const label = `${p.build.name} ${p.build.version}`
    const entry = { label, resourceArn: p.build.arn, state: action.state, trigger }
    if (p.skip) {
      plan.unsent.push({ ...entry, mode: 'skipped', note: p.skip })
      continue
    }
    const request = buildRequest(action, p.build.arn, label, trigger, runIdentity, now)
    const late = pastUpdateAt(request, now)
    if (late) plan.unsent.push({ ...entry, mode: 'failed', request, note: late })
    else plan.requests.push({ request, region: p.region, trigger })
  }
  return plan
}

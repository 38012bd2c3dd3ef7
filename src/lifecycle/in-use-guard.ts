/**
 * Between planning and executing: the builds a state update would move are checked for use first. A build in use,
 * or not fully checked, is kept from a state that stops launches (DISABLED, DELETED); DEPRECATED goes ahead with
 * what uses it on record. The check (and with it the EC2 client) is loaded only when there is something to check.
 */
import { parseImageBuildVersionArn } from '../core/arn.js'
import { keepReason, stopsLaunches, type InUseFinding, type Unchecked } from '../core/in-use.js'
import type { BuildVersion, ImageState } from '../core/lifecycle.js'
import type { LifecycleContext, LifecycleOptions } from './context.js'

/** A build whose AMIs are not known cannot be checked: an AMI build that is not failed has some. */
function unknownAmis(build: BuildVersion): Unchecked | undefined {
  if (build.type === 'DOCKER' || build.state === 'FAILED' || build.state === 'CANCELLED') return undefined
  if (build.outputs && build.outputs.amis.length > 0) return undefined
  const arn = parseImageBuildVersionArn(build.arn)
  return {
    region: typeof arn === 'string' ? '' : arn.region,
    images: [],
    reason: build.outputs ? 'Image Builder lists no AMIs for this build' : 'the AMIs of this build were not read',
    settle: "check the build's distribution (GetImage shows its outputResources), then run again"
  }
}

/** What uses each build a move to `state` would touch (by ARN); nothing when the scope or the state needs no check. */
export async function findInUse(
  ctx: LifecycleContext,
  options: LifecycleOptions,
  state: ImageState,
  builds: BuildVersion[]
): Promise<Map<string, InUseFinding>> {
  if (!options.inUse.check || state === 'AVAILABLE' || builds.length === 0) return new Map()
  const unknown = new Map(builds.flatMap((b) => (unknownAmis(b) ? [[b.arn, unknownAmis(b) as Unchecked]] : [])))
  const checkable = builds.filter((b) => !unknown.has(b.arn))
  const found = new Map<string, InUseFinding>([...unknown].map(([arn, u]) => [arn, { references: [], unchecked: [u] }]))
  if (checkable.length === 0) return found
  const { checkInUse } = await import('./in-use-check.js')
  const checked = await checkInUse(
    ctx,
    options,
    checkable.map((build) => {
      const arn = parseImageBuildVersionArn(build.arn)
      return { build, account: typeof arn === 'string' ? '' : arn.account, stops: stopsLaunches(state) }
    })
  )
  return new Map([...found, ...checked])
}

/** Why the build must not get `state`, if its finding says so. */
export function keptBy(finding: InUseFinding | undefined, state: ImageState): string | undefined {
  return finding && stopsLaunches(state) ? keepReason(finding) : undefined
}

/**
 * The in-use check over a set of builds: each build's AMIs, in every region (and account) it distributed to,
 * checked once per region. A region that cannot be checked leaves its AMIs unchecked, and the rest goes on.
 * Loaded only when a run may retire images (it brings the EC2 and Auto Scaling clients).
 */
import { isRegion } from '../core/arn.js'
import { isAmiId, keepReason, type BuildAmi, type InUseFinding, type Unchecked } from '../core/in-use.js'
import type { BuildVersion } from '../core/lifecycle.js'
import type { LifecycleContext, LifecycleOptions } from './context.js'
import { readReports, startReports, type AccountsResult, type StartedReports } from './in-use-accounts.js'
import { checkFailure, CheckFailure } from './in-use-calls.js'
import { regionUse } from './in-use-region.js'
import { mapConcurrent, RateLimiter } from './rate-limit.js'

/**
 * Requests per second per region. EC2 refills 20 request tokens a second for describe calls ("Request throttling
 * for the Amazon EC2 API"); half leaves room for the account's other callers.
 */
export const RATE_PER_REGION = 10
export const REGIONS_AT_ONCE = 4

/** A build to check: its ARN's account (the credentials' own), its AMIs, and whether the update stops launches. */
export interface CheckBuild {
  build: BuildVersion
  account: string
  stops: boolean
}

interface RegionAnswer {
  references?: Map<string, InUseFinding['references']>
  /** Usage reports started for the AMIs nothing here references, if any may be launched by other accounts. */
  started?: StartedReports
  accounts?: AccountsResult
  failure?: CheckFailure
}

/**
 * What uses the region's AMIs here, and (for the ones nothing here uses, when the update stops launches) the
 * usage reports that will say whether other accounts do. Every call under the region's own rate limit.
 */
async function checkRegion(
  ctx: LifecycleContext,
  options: LifecycleOptions,
  region: string,
  images: string[],
  stopping: Set<string>
): Promise<RegionAnswer> {
  const scope = options.inUse
  const limiter = new RateLimiter(ctx.clock, RATE_PER_REGION)
  try {
    const apis = { region, ec2: await ctx.ec2(region), limiter, signal: ctx.signal }
    const references = await regionUse(apis, { ...apis, autoScaling: await ctx.autoScaling(region) }, images, scope)
    // An AMI already in use here is kept whatever other accounts do: only the others are asked about.
    const free = images.filter((i) => stopping.has(i) && (references.get(i) ?? []).length === 0)
    if (!scope.otherAccounts || free.length === 0) return { references }
    return { references, started: await startReports(apis, free, scope, options.runIdentity) }
  } catch (error) {
    return { failure: error instanceof CheckFailure ? error : checkFailure('ec2', region, error) }
  }
}

/** AMIs this job cannot check: not an AMI id or region as EC2 knows them, or in another account. */
function unreachable(ami: BuildAmi, account: string): Unchecked | undefined {
  if (!isAmiId(ami.image) || !isRegion(ami.region))
    return {
      region: ami.region,
      images: [ami.image],
      reason: `Image Builder lists "${ami.image}" in "${ami.region}", which is not an AMI in a region`,
      settle: "check the build's distribution"
    }
  if (!ami.accountId)
    return {
      region: ami.region,
      images: [ami.image],
      reason: `Image Builder lists no owning account for ${ami.image}`,
      settle: "check the build's distribution"
    }
  if (ami.accountId !== account)
    return {
      region: ami.region,
      account: ami.accountId,
      images: [ami.image],
      reason: `${ami.image} is in account ${ami.accountId}, which this job's credentials do not reach`,
      settle: `check it with credentials in account ${ami.accountId}`
    }
  return undefined
}

/** Each build's finding: what uses its AMIs, and what could not be checked. */
export async function checkInUse(
  ctx: LifecycleContext,
  options: LifecycleOptions,
  builds: CheckBuild[]
): Promise<Map<string, InUseFinding>> {
  const findings = new Map<string, InUseFinding>(builds.map((b) => [b.build.arn, { references: [], unchecked: [] }]))
  const images = new Map<string, Set<string>>()
  const reports = new Map<string, Set<string>>()
  for (const { build, account, stops } of builds)
    for (const ami of build.outputs?.amis ?? []) {
      const away = unreachable(ami, account)
      if (away) findings.get(build.arn)?.unchecked.push(away)
      else {
        images.set(ami.region, (images.get(ami.region) ?? new Set()).add(ami.image))
        if (stops) reports.set(ami.region, (reports.get(ami.region) ?? new Set()).add(ami.image))
      }
    }
  const regions = [...images.keys()].sort()
  const answers = await mapConcurrent(regions, REGIONS_AT_ONCE, (region) =>
    checkRegion(ctx, options, region, [...(images.get(region) ?? [])], reports.get(region) ?? new Set())
  )
  // Every region's reports are in the making by now: they are waited for together.
  const timing = { clock: ctx.clock, backoff: options.backoff, random: ctx.random ?? Math.random }
  await Promise.all(
    answers.map(async (a) => {
      if (a.started) a.accounts = await readReports(a.started, options.inUse, timing)
    })
  )
  const byRegion = new Map(regions.map((r, i) => [r, answers[i] as RegionAnswer]))
  for (const { build, account } of builds) {
    const finding = findings.get(build.arn) as InUseFinding
    for (const ami of (build.outputs?.amis ?? []).filter((a) => !unreachable(a, account))) {
      const answer = byRegion.get(ami.region) as RegionAnswer
      if (answer.failure) {
        const { reason, settle } = answer.failure
        const same = finding.unchecked.find((u) => u.region === ami.region && u.reason === reason)
        if (same) same.images.push(ami.image)
        else finding.unchecked.push({ region: ami.region, images: [ami.image], reason, settle })
        continue
      }
      finding.references.push(
        ...(answer.references?.get(ami.image) ?? []),
        ...(answer.accounts?.references.get(ami.image) ?? [])
      )
      const why = answer.accounts?.unchecked.get(ami.image)
      if (why) finding.unchecked.push({ region: ami.region, images: [ami.image], ...why })
    }
    const reason = keepReason(finding)
    if (reason) ctx.log(`${build.name} ${build.version}: ${reason}`)
  }
  return findings
}

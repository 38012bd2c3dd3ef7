/**
 * An organisation's cleanup: N accounts x R regions x V versions, 5% of them in use (an instance, a launch
 * template's default version, an Auto Scaling group's launch configuration, an SSM parameter, or another account
 * through a shared AMI), every version old enough to be disabled. Each account is cleaned as its matrix job
 * would clean it: the real cleanup (src/lifecycle) with the SDK over HTTP against its own simulator, in virtual
 * time (the client's pacing and the usage reports' wait cost no wall time here; the virtual clock's reading is
 * reported too). Counted exactly: API calls per
 * version, and in-use builds retired (must be 0). Wall time at the account's rate limits is modelled from those
 * calls and the client's pacing: each region's EC2 and Auto Scaling calls at RATE_PER_REGION a second, the
 * regions at once, plus the usage reports' wait, plus the state updates at the lifecycle rate.
 */
import { normalizeScenario } from '../sim/scenario.js'
import { startSimulator } from '../sim/server.js'
import { VirtualClock } from '../sim/clock.js'
import { AwsClients } from '../src/aws/clients.js'
import { DEFAULT_IN_USE } from '../src/core/in-use.js'
import type { CleanupRules } from '../src/core/lifecycle.js'
import { runCleanup } from '../src/lifecycle/cleanup.js'
import { RATE_PER_REGION, REGIONS_AT_ONCE } from '../src/lifecycle/in-use-check.js'
import { RateLimiter } from '../src/lifecycle/rate-limit.js'
import { loadPolicy } from '../src/policy/load.js'
import { useSimulator } from './sim-env.js'

export interface OrgCleanup {
  accounts: number
  regions: number
  versions: number
  inUse: number
  retired: number
  inUseRetired: number
  callsPerVersion: number
  callsByOperation: Record<string, number>
  /** Per account: the modelled wall time, in seconds (the slowest account, and the mean). */
  accountSeconds: { max: number; mean: number }
  /**
   * The virtual clock's reading for the slowest account: a sleep moves the one clock on, so the regions' concurrent
   * waits overlap in it, as they do in wall time.
   */
  accountVirtualSeconds: number
  /** All accounts, max-parallel of them at once. */
  totalSeconds: number
  maxParallel: number
  lifecycleRate: number
  usageReportDelaySeconds: number
}

const REGIONS = ['us-east-1', 'eu-west-1', 'ap-southeast-2', 'us-west-2']
const OTHER = '999988887777'
const USAGE_DELAY_S = 120
const LIFECYCLE_RATE = 5

const hex = (n: number, width: number) => n.toString(16).padStart(width, '0')
const amiOf = (account: number, version: number, region: number) =>
  `ami-0${hex(account, 4)}${hex(version, 6)}${hex(region, 6)}`

/** Version i is in use when i % 20 == 3 (5%), each in one region, in one of five ways; i % 10 == 5 is shared but unused. */
function scenario(account: number, accountId: string, regions: string[], versions: number) {
  const ec2: Record<string, Record<string, unknown[]>> = {}
  for (const r of regions)
    ec2[r] = {
      instances: [],
      launchTemplates: [],
      ssmParameters: [],
      autoScalingGroups: [],
      launchConfigurations: [],
      launchPermissions: [],
      usage: []
    }
  const inUse: number[] = []
  for (let i = 1; i <= versions; i++) {
    const ri = i % regions.length
    const region = ec2[regions[ri] as string] as Record<string, unknown[]>
    const image = amiOf(account, i, ri)
    if (i % 10 === 5) region.launchPermissions?.push({ image, userId: OTHER })
    if (i % 20 !== 3) continue
    inUse.push(i)
    const way = Math.floor(i / 20) % 5
    if (way === 0) region.instances?.push({ image, state: 'running' })
    if (way === 1) region.launchTemplates?.push({ name: `lt-${i}`, versions: [{ image }] })
    if (way === 2) {
      region.launchConfigurations?.push({ name: `lc-${i}`, image })
      region.autoScalingGroups?.push({ name: `asg-${i}`, launchConfiguration: `lc-${i}` })
    }
    if (way === 3) region.ssmParameters?.push({ name: `/golden/app-${i}/ami`, value: image })
    if (way === 4) {
      region.launchPermissions?.push({ image, userId: OTHER })
      region.usage?.push({ image, account: OTHER, instances: 1 })
    }
  }
  const doc = normalizeScenario({
    account: accountId,
    region: regions[0],
    lifecycle: { duration: '1s', outcome: 'SUCCESS' },
    images: Array.from({ length: versions }, (_, v) => ({
      name: 'fleet',
      version: `1.0.0/${v + 1}`,
      age: '400d',
      amis: regions.map((region, ri) => ({ region, image: amiOf(account, v + 1, ri) }))
    })),
    ec2: { usageReportDelay: `${USAGE_DELAY_S}s`, regions: ec2 }
  })
  return { doc, inUse }
}

const POLICY = 'version: 1\ncleanup: { images: [fleet], state: DISABLED, keep: 0, older-than: 30d }\n'

async function oneAccount(account: number, regions: string[], versions: number) {
  const accountId = String(100000000000 + account * 1111)
  const { doc, inUse } = scenario(account, accountId, regions, versions)
  const clock = new VirtualClock()
  const start = clock.now()
  const sim = await startSimulator(doc, { now: () => clock.now() })
  useSimulator(sim)
  const clients = await AwsClients.open({ maxAttempts: 3, retryBaseDelayMs: 100 }, ['imagebuilder'])
  try {
    const rules = loadPolicy(POLICY, 'bench').cleanup as CleanupRules
    const { entries } = await runCleanup(
      {
        imageBuilder: (r) => clients.imageBuilder(r),
        ec2: (r) => clients.ec2(r),
        autoScaling: (r) => clients.autoScaling(r),
        clock,
        random: () => 0.5,
        limiter: new RateLimiter(clock, LIFECYCLE_RATE),
        log: () => undefined
      },
      {
        dryRun: false,
        allowDelete: false,
        wait: false,
        timeoutMs: 3_600_000,
        rate: LIFECYCLE_RATE,
        concurrency: 8,
        runIdentity: `bench/${accountId}`,
        answerWaits: false,
        backoff: { minDelayMs: 5_000, maxDelayMs: 30_000 },
        inUse: DEFAULT_IN_USE
      },
      { region: regions[0] as string, rules, current: new Set() }
    )
    const retired = new Set(entries.filter((e) => e.mode === 'started').map((e) => e.resourceArn))
    const inUseArns = inUse.map((i) => `arn:aws:imagebuilder:${regions[0]}:${accountId}:image/fleet/1.0.0/${i}`)
    const calls = sim.calls
    const paced = (region: string) =>
      calls.filter((c) => c.region === region && (c.service === 'ec2' || c.service === 'autoscaling')).length
    const regionSeconds = Math.max(...regions.map(paced)) / RATE_PER_REGION
    const batches = Math.ceil(regions.length / REGIONS_AT_ONCE)
    const reports = calls.some((c) => c.operation === 'CreateImageUsageReport') ? USAGE_DELAY_S : 0
    const updates = calls.filter((c) => c.operation === 'StartResourceStateUpdate').length / LIFECYCLE_RATE
    return {
      inUse: inUse.length,
      retired: retired.size,
      inUseRetired: inUseArns.filter((a) => retired.has(a)).length,
      calls: calls.map((c) => c.operation),
      seconds: regionSeconds * batches + reports + updates,
      virtualSeconds: (clock.now() - start) / 1000
    }
  } finally {
    await clients.destroy()
    await sim.stop()
  }
}

export async function orgCleanupBenchmark(
  accounts = 20,
  regions = 4,
  versions = 500,
  maxParallel = 4
): Promise<OrgCleanup> {
  const runs = []
  for (let a = 0; a < accounts; a++) runs.push(await oneAccount(a, REGIONS.slice(0, regions), versions))
  const byOperation: Record<string, number> = {}
  for (const op of runs.flatMap((r) => r.calls)) byOperation[op] = (byOperation[op] ?? 0) + 1
  const total = accounts * versions
  const seconds = runs.map((r) => r.seconds)
  return {
    accounts,
    regions,
    versions,
    inUse: runs.reduce((n, r) => n + r.inUse, 0),
    retired: runs.reduce((n, r) => n + r.retired, 0),
    inUseRetired: runs.reduce((n, r) => n + r.inUseRetired, 0),
    callsPerVersion: runs.reduce((n, r) => n + r.calls.length, 0) / total,
    callsByOperation: Object.fromEntries(Object.entries(byOperation).map(([op, n]) => [op, n / total])),
    accountSeconds: { max: Math.max(...seconds), mean: seconds.reduce((a, b) => a + b, 0) / seconds.length },
    accountVirtualSeconds: Math.max(...runs.map((r) => r.virtualSeconds)),
    totalSeconds: Math.ceil(accounts / maxParallel) * Math.max(...seconds),
    maxParallel,
    lifecycleRate: LIFECYCLE_RATE,
    usageReportDelaySeconds: USAGE_DELAY_S
  }
}

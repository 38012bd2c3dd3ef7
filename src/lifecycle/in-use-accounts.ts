/**
 * Other accounts' use of the account's AMIs. Only an AMI whose launch permissions name someone (an account, an
 * organisation or unit, or everyone) can be launched elsewhere, so only those are asked about: EC2's image usage
 * reports are asynchronous (minutes), created once for all such AMIs of a region (with a client token, so a
 * re-run of the job reuses them), polled on the clock, then read. An AMI whose sharing or report cannot be read
 * is unchecked, never taken for unused.
 */
import { createHash } from 'node:crypto'
import {
  CreateImageUsageReportCommand,
  DescribeImageAttributeCommand,
  DescribeImageUsageReportEntriesCommand,
  DescribeImageUsageReportsCommand
} from '@aws-sdk/client-ec2'
import { plural, type InUseScope, type Reference } from '../core/in-use.js'
import type { Clock } from '../core/clock.js'
import { backoffDelay, type BackoffOptions } from '../wait/backoff.js'
import { call, checkFailure, chunks, regionItems, type CheckFailure } from './in-use-calls.js'
import type { RegionApis } from './in-use-ec2.js'

/** DescribeImageUsageReports and its entries take at most 200 report ids. */
const IDS_PER_CALL = 200

/** Why an AMI's use by other accounts is not known, and what would settle it. */
export interface NotChecked {
  reason: string
  settle: string
}

export interface AccountsResult {
  references: Map<string, Reference[]>
  unchecked: Map<string, NotChecked>
}

/** Reports being made in a region: report id -> AMI, and the AMIs already unchecked on the way. */
export interface StartedReports {
  apis: RegionApis
  reports: Map<string, string>
  unchecked: Map<string, NotChecked>
}

export interface ReportTiming {
  clock: Clock
  backoff: BackoffOptions
  random: () => number
}

/** Every image not yet settled gets the failure (a region-wide answer: denied, throttled out, not reachable). */
function failAll(images: string[], failure: CheckFailure, into: Map<string, NotChecked>): void {
  for (const image of images) if (!into.has(image)) into.set(image, { reason: failure.reason, settle: failure.settle })
}

/** Which of `images` other accounts may launch (DescribeImageAttribute launchPermission, one AMI per call). */
async function sharedImages(apis: RegionApis, images: string[], unchecked: Map<string, NotChecked>) {
  const shared: string[] = []
  for (const [i, image] of images.entries()) {
    try {
      const answer = await call('ec2:DescribeImageAttribute', apis.region, apis.limiter, apis.signal, () =>
        apis.ec2.send(new DescribeImageAttributeCommand({ ImageId: image, Attribute: 'launchPermission' }), {
          abortSignal: apis.signal
        })
      )
      if (answer.ImageId !== undefined && answer.ImageId !== image)
        unchecked.set(image, {
          reason: `ec2:DescribeImageAttribute for ${image} answered about ${answer.ImageId}`,
          settle: 'run again'
        })
      else if ((answer.LaunchPermissions ?? []).length > 0) shared.push(image)
    } catch (error) {
      // The first failure stands for the rest: they would fail the same way.
      failAll(images.slice(i), checkFailure('ec2:DescribeImageAttribute', apis.region, error), unchecked)
      break
    }
  }
  return shared
}

/** Reports for the shared ones among `images`, created in one pass; nothing is waited for yet. */
export async function startReports(
  apis: RegionApis,
  images: string[],
  scope: InUseScope,
  runIdentity: string
): Promise<StartedReports> {
  const started: StartedReports = { apis, reports: new Map(), unchecked: new Map() }
  const shared = await sharedImages(apis, images, started.unchecked)
  for (const [i, image] of shared.entries()) {
    const ClientToken = createHash('sha256').update(`${runIdentity}\n${apis.region}\n${image}`).digest('hex')
    try {
      const { ReportId } = await call('ec2:CreateImageUsageReport', apis.region, apis.limiter, apis.signal, () =>
        apis.ec2.send(
          new CreateImageUsageReportCommand({
            ImageId: image,
            ResourceTypes: [
              { ResourceType: 'ec2:Instance' },
              {
                ResourceType: 'ec2:LaunchTemplate',
                ResourceTypeOptions: [
                  { OptionName: 'version-depth', OptionValues: [String(scope.launchTemplateDepth)] }
                ]
              }
            ],
            ClientToken
          }),
          { abortSignal: apis.signal }
        )
      )
      if (ReportId) started.reports.set(ReportId, image)
      else
        started.unchecked.set(image, {
          reason: 'ec2:CreateImageUsageReport answered no report id',
          settle: 'run again'
        })
    } catch (error) {
      failAll(shared.slice(i), checkFailure('ec2:CreateImageUsageReport', apis.region, error), started.unchecked)
      break
    }
  }
  return started
}

/** Each answer must be about one of the reports asked for, and (when it says) the AMI that report was made for. */
function reportsOf(ids: string[], reports: Map<string, string>) {
  const image = (id = '') => reports.get(id) ?? ''
  return {
    asked: ids.map((id) => `report ${id} of ${image(id)}`),
    of: (r: { ReportId?: string; ImageId?: string }) => `report ${r.ReportId} of ${r.ImageId ?? image(r.ReportId)}`
  }
}

/** Wait until every report is available (or has failed), up to the scope's wait. */
async function awaitReports(
  { apis, reports }: StartedReports,
  scope: InUseScope,
  timing: ReportTiming
): Promise<{ ready: string[]; failed: Map<string, NotChecked> }> {
  const deadline = timing.clock.now() + scope.otherAccountsWaitMs
  const failed = new Map<string, NotChecked>()
  let pending = [...reports.keys()]
  const ready: string[] = []
  for (let attempt = 0; pending.length > 0; attempt++) {
    for (const ids of chunks(pending, IDS_PER_CALL)) {
      const listed = await regionItems(
        apis,
        'ec2:DescribeImageUsageReports',
        (NextToken) =>
          apis.ec2.send(new DescribeImageUsageReportsCommand({ ReportIds: ids, NextToken }), {
            abortSignal: apis.signal
          }),
        { items: (p) => p.ImageUsageReports, id: (r) => r.ReportId, about: reportsOf(ids, reports) }
      )
      for (const r of listed) {
        const id = r.ReportId as string
        if (r.State === 'available') ready.push(id)
        else if (r.State !== 'pending')
          failed.set(id, {
            reason: `usage report ${id} ${r.State ?? 'in no state'}: ${r.StateReason ?? 'no reason given'}`,
            settle: 'run again'
          })
      }
    }
    pending = pending.filter((id) => !ready.includes(id) && !failed.has(id))
    if (pending.length === 0) break
    const wait = backoffDelay(attempt, timing.backoff, timing.random)
    if (timing.clock.now() + wait > deadline) {
      for (const id of pending)
        failed.set(id, {
          reason: `usage report ${id} not ready after ${Math.round(scope.otherAccountsWaitMs / 1000)} s`,
          settle: 're-run the job later (it reads the same report), or raise in-use.other-accounts-wait'
        })
      break
    }
    await timing.clock.sleep(wait, apis.signal)
  }
  return { ready, failed }
}

/** `account 444455556666: 2 instances, 1 launch template in eu-west-1` per account using each AMI. */
function accountReferences(region: string, uses: Map<string, Map<string, { instances: number; templates: number }>>) {
  return new Map(
    [...uses].map(([image, byAccount]) => [
      image,
      [...byAccount].map(([account, c]): Reference => {
        const how = [
          c.instances && plural(c.instances, 'instance'),
          c.templates && plural(c.templates, 'launch template')
        ]
        return {
          kind: 'other-account',
          text: `account ${account}: ${how.filter(Boolean).join(', ')} in ${region}`,
          region,
          image
        }
      })
    ])
  )
}

/** Which other accounts use each reported AMI, and how (instances, launch templates). */
export async function readReports(
  started: StartedReports,
  scope: InUseScope,
  timing: ReportTiming
): Promise<AccountsResult> {
  const { apis, reports } = started
  const result: AccountsResult = { references: new Map(), unchecked: new Map(started.unchecked) }
  if (reports.size === 0) return result
  try {
    const { ready, failed } = await awaitReports(started, scope, timing)
    for (const [id, why] of failed) result.unchecked.set(reports.get(id) as string, why)
    const uses = new Map<string, Map<string, { instances: number; templates: number }>>()
    for (const ids of chunks(ready, IDS_PER_CALL)) {
      const entries = await regionItems(
        apis,
        'ec2:DescribeImageUsageReportEntries',
        (NextToken) =>
          apis.ec2.send(new DescribeImageUsageReportEntriesCommand({ ReportIds: ids, NextToken }), {
            abortSignal: apis.signal
          }),
        {
          items: (p) => p.ImageUsageReportEntries,
          id: (e) => `${e.ReportId}\n${e.AccountId}\n${e.ResourceType}`,
          about: reportsOf(ids, reports)
        }
      )
      for (const e of entries) {
        const image = reports.get(e.ReportId as string)
        if (!image || !e.UsageCount) continue
        // A use EC2 does not attribute to an account is still a use.
        const account = e.AccountId ?? '(not named)'
        const byAccount = uses.get(image) ?? new Map()
        const counts = byAccount.get(account) ?? { instances: 0, templates: 0 }
        if (e.ResourceType === 'ec2:Instance') counts.instances += e.UsageCount
        else counts.templates += e.UsageCount
        uses.set(image, byAccount.set(account, counts))
      }
    }
    result.references = accountReferences(apis.region, uses)
  } catch (error) {
    failAll([...reports.values()], checkFailure('ec2:DescribeImageUsageReports', apis.region, error), result.unchecked)
  }
  return result
}

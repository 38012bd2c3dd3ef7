/**
 * Other accounts' use of the account's AMIs, through EC2's image usage reports: asynchronous, so a report is
 * created per AMI (with a client token, so a re-run reuses it), waited for, then read. A report that errs or is
 * not ready in time leaves its AMI unchecked.
 */
import { createHash } from 'node:crypto'
import {
  CreateImageUsageReportCommand,
  DescribeImageUsageReportEntriesCommand,
  DescribeImageUsageReportsCommand
} from '@aws-sdk/client-ec2'
import { plural, type InUseScope, type Reference } from '../core/in-use.js'
import type { Clock } from '../core/clock.js'
import { backoffDelay, type BackoffOptions } from '../wait/backoff.js'
import { allPages, call, chunks } from './in-use-calls.js'
import type { RegionApis } from './in-use-ec2.js'

/** DescribeImageUsageReports and its entries take at most 200 report ids. */
const IDS_PER_CALL = 200

export interface AccountsResult {
  references: Map<string, Reference[]>
  /** AMIs whose report could not be read, with why. */
  unchecked: Map<string, string>
}

/** Report id per AMI, created (or, on a re-run of the same job, found again by its client token). */
async function createReports(apis: RegionApis, images: string[], scope: InUseScope, runIdentity: string) {
  const reports = new Map<string, string>()
  for (const image of images) {
    const ClientToken = createHash('sha256')
      .update(`${runIdentity}\n${apis.region}\n${image}`)
      .digest('hex')
      .slice(0, 64)
    const { ReportId } = await call('ec2:CreateImageUsageReport', apis.region, apis.limiter, apis.signal, () =>
      apis.ec2.send(
        new CreateImageUsageReportCommand({
          ImageId: image,
          ResourceTypes: [
            { ResourceType: 'ec2:Instance' },
            {
              ResourceType: 'ec2:LaunchTemplate',
              ResourceTypeOptions: [{ OptionName: 'version-depth', OptionValues: [String(scope.launchTemplateDepth)] }]
            }
          ],
          ClientToken
        }),
        { abortSignal: apis.signal }
      )
    )
    if (ReportId) reports.set(ReportId, image)
  }
  return reports
}

/** Wait until every report is available (or has failed), up to the scope's wait. */
async function awaitReports(
  apis: RegionApis,
  reports: Map<string, string>,
  scope: InUseScope,
  timing: { clock: Clock; backoff: BackoffOptions; random: () => number }
): Promise<{ ready: string[]; failed: Map<string, string> }> {
  const deadline = timing.clock.now() + scope.otherAccountsWaitMs
  const failed = new Map<string, string>()
  let pending = [...reports.keys()]
  const ready: string[] = []
  for (let attempt = 0; pending.length > 0; attempt++) {
    for (const ids of chunks(pending, IDS_PER_CALL)) {
      const pages = await allPages(
        'ec2:DescribeImageUsageReports',
        apis.region,
        apis.limiter,
        apis.signal,
        (NextToken) =>
          apis.ec2.send(new DescribeImageUsageReportsCommand({ ReportIds: ids, NextToken }), {
            abortSignal: apis.signal
          })
      )
      for (const r of pages.flatMap((p) => p.ImageUsageReports ?? [])) {
        if (!r.ReportId || !ids.includes(r.ReportId)) continue
        if (r.State === 'available') ready.push(r.ReportId)
        else if (r.State !== 'pending')
          failed.set(
            r.ReportId,
            `usage report ${r.ReportId} ${r.State ?? 'in no state'}: ${r.StateReason ?? 'no reason given'}`
          )
      }
    }
    pending = pending.filter((id) => !ready.includes(id) && !failed.has(id))
    if (pending.length === 0) break
    const wait = backoffDelay(attempt, timing.backoff, timing.random)
    if (timing.clock.now() + wait > deadline) {
      for (const id of pending)
        failed.set(id, `usage report ${id} not ready after ${Math.round(scope.otherAccountsWaitMs / 1000)} s`)
      break
    }
    await timing.clock.sleep(wait, apis.signal)
  }
  return { ready, failed }
}

/** Which other accounts use each AMI, and how (instances, launch templates). */
export async function otherAccountUse(
  apis: RegionApis,
  images: string[],
  scope: InUseScope,
  context: { runIdentity: string; clock: Clock; backoff: BackoffOptions; random: () => number }
): Promise<AccountsResult> {
  const result: AccountsResult = { references: new Map(images.map((i) => [i, []])), unchecked: new Map() }
  if (images.length === 0) return result
  const reports = await createReports(apis, images, scope, context.runIdentity)
  const { ready, failed } = await awaitReports(apis, reports, scope, context)
  for (const [id, why] of failed) result.unchecked.set(reports.get(id) as string, why)
  const uses = new Map<string, Map<string, { instances: number; templates: number }>>()
  for (const ids of chunks(ready, IDS_PER_CALL)) {
    const pages = await allPages(
      'ec2:DescribeImageUsageReportEntries',
      apis.region,
      apis.limiter,
      apis.signal,
      (NextToken) =>
        apis.ec2.send(new DescribeImageUsageReportEntriesCommand({ ReportIds: ids, NextToken }), {
          abortSignal: apis.signal
        })
    )
    for (const e of pages.flatMap((p) => p.ImageUsageReportEntries ?? [])) {
      const image = e.ReportId && ids.includes(e.ReportId) ? reports.get(e.ReportId) : undefined
      if (!image || !e.AccountId || !e.UsageCount) continue
      const byAccount = uses.get(image) ?? new Map()
      const counts = byAccount.get(e.AccountId) ?? { instances: 0, templates: 0 }
      if (e.ResourceType === 'ec2:Instance') counts.instances += e.UsageCount
      else counts.templates += e.UsageCount
      uses.set(image, byAccount.set(e.AccountId, counts))
    }
  }
  for (const [image, byAccount] of uses)
    result.references.set(
      image,
      [...byAccount].map(([account, c]) => {
        const how = [
          c.instances && plural(c.instances, 'instance'),
          c.templates && plural(c.templates, 'launch template')
        ]
        return {
          kind: 'other-account' as const,
          text: `account ${account}: ${how.filter(Boolean).join(', ')} in ${apis.region}`,
          region: apis.region,
          image
        }
      })
    )
  return result
}

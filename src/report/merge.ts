/**
 * Per-account cleanup reports merged into one: totals per account and region, every retirement and every keep
 * with its reason. Reports come from other jobs (a matrix), so each is checked before it is trusted; fields a
 * later release of the same format version adds are ignored, and what an older one lacks is derived from the
 * build ARN (account, region). A report that cannot be read is refused, named.
 */
import { z } from 'zod'
import { parseImageBuildVersionArn, type ImageBuildVersionArn } from '../core/arn.js'
import { ACTION_NAME, ACTION_VERSION } from '../core/meta.js'
import { REPORT_FORMAT, REPORT_VERSION } from './record.js'
import { ReportError, where } from './saved-report.js'

const decision = z.looseObject({
  arn: z.string(),
  name: z.string().optional(),
  version: z.string().optional(),
  state: z.string().optional(),
  decision: z.enum(['act', 'kept', 'skipped']),
  why: z.string()
})

const entry = z.looseObject({
  resourceArn: z.string(),
  state: z.string(),
  mode: z.string(),
  status: z.string().optional(),
  note: z.string().optional(),
  statusReason: z.string().optional()
})

const cleanupReport = z.looseObject({
  mode: z.literal('cleanup'),
  dryRun: z.boolean().optional(),
  verdict: z.string(),
  reason: z.string(),
  finishedAt: z.string(),
  lifecycle: z.looseObject({ entries: z.array(entry) }),
  cleanup: z.looseObject({ decisions: z.array(decision) })
})

/** One build's line in the merged report. */
export interface MergedBuild {
  source: string
  account: string
  region: string
  build: string
  /** `web-ami 1.0.0/4` */
  label: string
  /** For a retirement: the state asked for and what came of it. */
  state?: string
  outcome?: string
  why: string
}

export interface Totals {
  account: string
  region: string
  retired: number
  failed: number
  kept: number
  skipped: number
}

export interface MergedReport {
  /** `repeated`: the report's builds also in another report (or twice in it), which count once, not here. */
  sources: { file: string; verdict: string; finishedAt: string; dryRun: boolean; repeated: number }[]
  totals: Totals[]
  retired: MergedBuild[]
  kept: MergedBuild[]
}

type CleanupReport = z.infer<typeof cleanupReport>

/** A cleanup report read back, or a ReportError that names the file and what is wrong. */
function readCleanupReport(text: string, file: string) {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw new ReportError(file, `not JSON (${(error as Error).message})`)
  }
  const head = (typeof data === 'object' && data !== null ? data : {}) as { format?: unknown; version?: unknown }
  if (head.format !== REPORT_FORMAT || typeof head.version !== 'number')
    throw new ReportError(file, `not an image-gate JSON report (it has no "format": "${REPORT_FORMAT}")`)
  if (head.version !== REPORT_VERSION)
    throw new ReportError(file, `report version ${head.version}; this image-gate merges version ${REPORT_VERSION}`)
  const parsed = cleanupReport.safeParse(data)
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 5).map((i) => `${where(i.path) || '(top)'}: ${i.message}`)
    throw new ReportError(file, `not a cleanup report image-gate can merge: ${problems.join('; ')}`)
  }
  return parsed.data
}

/**
 * Which report each build counts from: a build in several reports (the same report given twice, a re-run of an
 * account) counts once, from the report that finished last, so that no total is doubled.
 */
function buildOwners(read: { file: string; report: CleanupReport }[]): Map<string, number> {
  const owner = new Map<string, number>()
  read.forEach(({ file, report }, i) => {
    for (const d of report.cleanup.decisions) {
      const arn = parseImageBuildVersionArn(d.arn)
      if (typeof arn === 'string') throw new ReportError(file, `decision for "${d.arn}": ${arn}`)
      const earlier = owner.get(d.arn)
      const finished = (k: number) => Date.parse(read[k]?.report.finishedAt ?? '')
      if (earlier === undefined || finished(i) > finished(earlier)) owner.set(d.arn, i)
    }
  })
  return owner
}

/** Merge the reports, `files[i]` naming `texts[i]`; the first unreadable one is refused. */
export function mergeReports(reports: { file: string; text: string }[]): MergedReport {
  const merged: MergedReport = { sources: [], totals: [], retired: [], kept: [] }
  const totals = new Map<string, Totals>()
  const read = reports.map(({ file, text }) => ({ file, report: readCleanupReport(text, file) }))
  const owner = buildOwners(read)
  const counted = new Set<string>()
  read.forEach(({ file, report: r }, i) => {
    const source = { file, verdict: r.verdict, finishedAt: r.finishedAt, dryRun: r.dryRun === true, repeated: 0 }
    merged.sources.push(source)
    const entries = new Map(r.lifecycle.entries.map((e) => [e.resourceArn, e]))
    for (const d of r.cleanup.decisions) {
      if (owner.get(d.arn) !== i || counted.has(d.arn)) {
        source.repeated += 1
        continue
      }
      counted.add(d.arn)
      const arn = parseImageBuildVersionArn(d.arn) as ImageBuildVersionArn
      const key = `${arn.account}\n${arn.region}`
      const total = totals.get(key) ?? {
        account: arn.account,
        region: arn.region,
        retired: 0,
        failed: 0,
        kept: 0,
        skipped: 0
      }
      totals.set(key, total)
      const line = {
        source: file,
        account: arn.account,
        region: arn.region,
        build: d.arn,
        label: `${arn.name} ${arn.version}/${arn.build}`,
        why: d.why
      }
      if (d.decision === 'kept') {
        total.kept += 1
        merged.kept.push(line)
      } else if (d.decision === 'skipped') total.skipped += 1
      else {
        const e = entries.get(d.arn)
        const failed =
          e === undefined ||
          e.mode === 'failed' ||
          e.mode === 'unknown' ||
          e.status === 'FAILED' ||
          e.status === 'CANCELLED'
        if (failed) total.failed += 1
        else total.retired += 1
        const outcome = e ? (e.status ?? e.mode) : 'not started'
        const note = e?.note ?? e?.statusReason
        merged.retired.push({ ...line, state: e?.state, outcome, why: note ? `${d.why}; ${note}` : d.why })
      }
    }
  })
  merged.totals = [...totals.values()].sort(
    (a, b) => a.account.localeCompare(b.account) || a.region.localeCompare(b.region)
  )
  return merged
}

export const MERGED_FORMAT = 'image-gate-merged-report'

/** The merged report as written to a file. */
export function mergedJson(merged: MergedReport) {
  return { format: MERGED_FORMAT, version: 1, generator: `${ACTION_NAME} ${ACTION_VERSION}`, ...merged }
}

/** A merge fails the step when a report did not pass or a retirement failed. */
export function mergeFailed(merged: MergedReport): boolean {
  return (
    merged.sources.some((s) => s.verdict !== 'pass' && s.verdict !== 'warn') || merged.totals.some((t) => t.failed > 0)
  )
}

/** Retired, failed, kept and skipped over every account and region. */
export function grandTotals(merged: MergedReport): Record<'retired' | 'failed' | 'kept' | 'skipped', number> {
  const sum = (k: 'retired' | 'failed' | 'kept' | 'skipped') => merged.totals.reduce((n, t) => n + t[k], 0)
  return { retired: sum('retired'), failed: sum('failed'), kept: sum('kept'), skipped: sum('skipped') }
}

/**
 * The JSON report read back, for `image-gate judge`: everything judging needs (each target's outcome and its last
 * observation), checked before anything trusts it, since a report may come from anywhere (a workflow artifact).
 * Observations keep fields this release does not know, so what a later release adds within a version still reaches
 * its policy; a newer version is refused with a hint to upgrade.
 */
import { z } from 'zod'
import type { Observation } from '../core/observations.js'
import type { TargetResult } from '../core/poll.js'
import type { Finding, Verdict } from '../core/verdict.js'
import { REPORT_FORMAT, REPORT_VERSION } from './record.js'

const text = z.string()
const maybe = z.string().optional()

const workflowExecution = z.looseObject({
  id: text,
  type: text,
  status: text,
  message: maybe,
  totalSteps: z.number(),
  succeededSteps: z.number(),
  failedSteps: z.number(),
  skippedSteps: z.number(),
  startTime: maybe,
  endTime: maybe,
  notListed: z.boolean().optional()
})

const imageBuild = z.looseObject({
  kind: z.literal('image-build'),
  arn: text,
  region: text,
  label: text,
  imageStatus: maybe,
  imageReason: maybe,
  executions: z.array(workflowExecution)
})

const hookResults = z.looseObject({
  kind: z.literal('hook-results'),
  label: text,
  region: text,
  filter: z.record(z.string(), maybe),
  changeSetArn: maybe,
  changeSetStatus: maybe,
  changeSetReason: maybe,
  results: z.array(
    z.looseObject({ id: text, typeName: text, failureMode: text, status: text, reason: maybe, invokedAt: maybe })
  )
})

const parallelClusterStack = z.looseObject({
  kind: z.literal('parallelcluster-stack'),
  label: text,
  region: text,
  imageId: text,
  stackName: text,
  stackStatus: maybe,
  stackReason: maybe,
  eventCount: z.number(),
  resources: z.array(
    z.looseObject({ logicalId: text, type: text, status: text, reason: maybe, firstAt: text, lastAt: text })
  ),
  imageBuild: imageBuild.optional()
})

const target = z.looseObject({
  key: text,
  label: text,
  outcome: z.enum(['settled', 'timeout', 'error', 'cancelled']),
  snapshot: z.discriminatedUnion('kind', [imageBuild, hookResults, parallelClusterStack]).optional(),
  error: maybe,
  polls: z.number(),
  startedAt: z.number(),
  endedAt: z.number()
})

const VERDICTS = ['pass', 'warn', 'fail', 'timeout', 'error', 'cancelled'] as const

const report = z.looseObject({
  version: z.number(),
  mode: z.enum(['gate', 'cleanup']),
  verdict: z.enum(VERDICTS),
  reason: text,
  finishedAt: text,
  targets: z.array(target),
  findings: z.array(
    z.object({ target: text, item: text, rule: text, severity: z.enum(['fail', 'warn', 'pass']), message: text })
  )
})

export class ReportError extends Error {
  override name = 'ReportError'
  constructor(
    readonly source: string,
    /** What is wrong with it. */
    readonly problem: string
  ) {
    super(`${source}: ${problem}`)
  }
}

export interface SavedReport {
  source: string
  version: number
  verdict: Verdict
  reason: string
  finishedAt: string
  results: TargetResult<Observation>[]
  findings: Finding[]
}

/** `targets[0].snapshot.executions`: where in the report a problem is. */
export function where(path: readonly PropertyKey[]): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '')
}

/** The report in `text`, named `source` in messages; throws a ReportError that says what is wrong. */
export function parseSavedReport(text: string, source: string): SavedReport {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw new ReportError(source, `not JSON (${(error as Error).message})`)
  }
  const head = (data ?? {}) as { format?: unknown; version?: unknown }
  if (typeof data !== 'object' || data === null || head.format !== REPORT_FORMAT || typeof head.version !== 'number')
    throw new ReportError(source, `not an image-gate JSON report (it has no "format": "${REPORT_FORMAT}")`)
  if (head.version > REPORT_VERSION || head.version < 1 || !Number.isInteger(head.version))
    throw new ReportError(
      source,
      `report version ${head.version}, from another image-gate release; this one reads versions 1 to ` +
        `${REPORT_VERSION}: run the image-gate that wrote it, or a newer one`
    )
  const parsed = report.safeParse(data)
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 5).map((i) => `${where(i.path) || '(top)'}: ${i.message}`)
    throw new ReportError(source, `not a valid image-gate report: ${problems.join('; ')}`)
  }
  const r = parsed.data
  if (r.mode === 'cleanup') throw new ReportError(source, `a cleanup report; it has no targets to judge`)
  return {
    source,
    version: r.version,
    verdict: r.verdict,
    reason: r.reason,
    finishedAt: r.finishedAt,
    results: r.targets,
    findings: r.findings
  }
}

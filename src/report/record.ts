/** What both runners write from a run's record: the JSON report, the summary, and the line that ends the run. */
import { createWriteStream } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { scopeLines } from '../core/in-use.js'
import { promotion } from './promotion.js'
import { cleanupCounts } from '../core/lifecycle.js'
import { ACTION_NAME, ACTION_VERSION } from '../core/meta.js'
import type { RunRecord } from '../core/run-record.js'
import { isPassing } from '../policy/actions.js'
import { retryHistories } from '../policy/retries.js'
import { renderCleanupSummary } from './cleanup-summary.js'
import { jsonPieces } from './json-stream.js'
import { summaryRenderer } from './summary.js'

/** The attempts of each retried workflow of each image build, for the report's readers. */
function retriesOf(results: RunRecord['results']) {
  return results.flatMap(({ snapshot }) =>
    snapshot?.kind === 'image-build'
      ? retryHistories(snapshot.executions).map((h) => ({ target: snapshot.label, ...h }))
      : []
  )
}

// Here rather than beside the reader (saved-report.ts), so that writing a report does not load its schema.
export const REPORT_FORMAT = 'image-gate-report'
export const REPORT_VERSION = 1

/** The JSON report's shape, version 1: documented in the README, read back by saved-report.ts. */
export function jsonReport({
  evaluation,
  results,
  lifecycle,
  lifecycleStatus,
  answers,
  cleanup,
  dryRun,
  inUse,
  policySource,
  startedAt,
  finishedAt
}: RunRecord) {
  return {
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    generator: `${ACTION_NAME} ${ACTION_VERSION}`,
    mode: cleanup ? 'cleanup' : 'gate',
    dryRun,
    policy: { source: policySource },
    verdict: evaluation.verdict,
    reason: evaluation.reason,
    startedAt: new Date(startedAt).toISOString(),
    finishedAt: new Date(finishedAt).toISOString(),
    durationMs: finishedAt - startedAt,
    targets: results,
    findings: evaluation.findings,
    lifecycle: { status: lifecycleStatus, entries: lifecycle },
    answers: answers ?? [],
    retries: retriesOf(results),
    cleanup: cleanup && {
      counts: cleanupCounts(cleanup),
      decisions: cleanup.decisions.map((d) => ({ ...d.build, decision: d.decision, why: d.why, inUse: d.inUse }))
    },
    inUse: inUse && { scope: inUse, counted: scopeLines(inUse) },
    promotion: cleanup ? undefined : promotion(evaluation, results)
  }
}

/** A file written whole, its folder made first. */
export async function writeText(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  await writeFile(path, text)
}

/** A JSON file (the report, the SARIF log), compact and written as it is serialized, its folder made if need be. */
export async function writeJson(path: string, value: unknown): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  function* text() {
    yield* jsonPieces(value)
    yield '\n'
  }
  await pipeline(Readable.from(text()), createWriteStream(path))
}

export async function writeReport(path: string, record: RunRecord): Promise<void> {
  await writeJson(path, jsonReport(record))
}

/** The summary as Markdown, within a budget of bytes when given: each table rendered once for every budget. */
export function recordRenderer(record: RunRecord): (budget?: number) => string {
  const { cleanup } = record
  if (cleanup)
    return (budget) => renderCleanupSummary(record.evaluation, cleanup, record.dryRun, { budget, inUse: record.inUse })
  return summaryRenderer(record.evaluation, record.results, record.finishedAt - record.startedAt, {
    throttled: record.throttled,
    lifecycle: record.lifecycle,
    answers: record.answers,
    inUse: record.inUse
  })
}

export function renderRecord(record: RunRecord, budget?: number): string {
  return recordRenderer(record)(budget)
}

/** How the run ends: failed on a verdict that does not pass, or on a failed lifecycle update. */
export function conclusion({ evaluation, lifecycleStatus }: RunRecord): { failed: boolean; line: string } {
  if (!isPassing(evaluation.verdict))
    return { failed: true, line: `image-gate: ${evaluation.verdict}: ${evaluation.reason}` }
  if (lifecycleStatus === 'failed')
    return { failed: true, line: 'image-gate: a lifecycle update failed; see the lifecycle section of the summary' }
  if (lifecycleStatus === 'unknown')
    return {
      failed: true,
      line:
        'image-gate: whether a lifecycle update started is unknown (its answer was lost); see the lifecycle ' +
        'section of the summary for what to check'
    }
  return { failed: false, line: `image-gate: ${evaluation.verdict}: ${evaluation.reason}` }
}

/** Everything the run leaves behind for GitHub: summary, outputs, annotations and the JSON report. */
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import * as core from '@actions/core'
import { logBlock } from './log.js'
import {
  cleanupCounts,
  isFailed,
  type CleanupResult,
  type LifecycleEntry,
  type LifecycleStatus
} from '../core/lifecycle.js'
import type { ReportSettings } from '../core/settings.js'
import type { Evaluation } from '../core/verdict.js'
import type { Observation } from '../core/observations.js'
import type { TargetResult } from '../core/poll.js'
import { renderCleanupSummary } from './cleanup-summary.js'
import { COMMENT_BUDGET_BYTES, upsertComment } from './pr-comment.js'
import { renderSummary } from './summary.js'

export interface RunRecord {
  evaluation: Evaluation
  results: TargetResult<Observation>[]
  lifecycle: LifecycleEntry[]
  lifecycleStatus: LifecycleStatus
  /** Set in cleanup mode: every version's decision. */
  cleanup?: CleanupResult
  dryRun: boolean
  startedAt: number
  finishedAt: number
}

/** The JSON report's shape, version 1: documented in the README. */
function jsonReport({
  evaluation,
  results,
  lifecycle,
  lifecycleStatus,
  cleanup,
  dryRun,
  startedAt,
  finishedAt
}: RunRecord) {
  return {
    version: 1,
    mode: cleanup ? 'cleanup' : 'gate',
    dryRun,
    verdict: evaluation.verdict,
    reason: evaluation.reason,
    startedAt: new Date(startedAt).toISOString(),
    finishedAt: new Date(finishedAt).toISOString(),
    durationMs: finishedAt - startedAt,
    targets: results,
    findings: evaluation.findings,
    lifecycle: { status: lifecycleStatus, entries: lifecycle },
    cleanup: cleanup && {
      counts: cleanupCounts(cleanup),
      decisions: cleanup.decisions.map((d) => ({ ...d.build, decision: d.decision, why: d.why }))
    }
  }
}

function render(record: RunRecord, budget?: number): string {
  return record.cleanup
    ? renderCleanupSummary(record.evaluation, record.cleanup, record.dryRun, budget)
    : renderSummary(record.evaluation, record.results, record.finishedAt - record.startedAt, {
        lifecycle: record.lifecycle,
        budget
      })
}

export async function publish(record: RunRecord, settings: ReportSettings): Promise<void> {
  const { evaluation } = record
  const reportPath = settings.path
  const markdown = render(record)
  await mkdir(dirname(reportPath), { recursive: true })
  await writeFile(reportPath, `${JSON.stringify(jsonReport(record), null, 2)}\n`)
  for (const finding of evaluation.findings) {
    const properties = { title: `image-gate: ${finding.target}: ${finding.item}` }
    if (finding.severity === 'fail') core.error(finding.message, properties)
    else if (finding.severity === 'warn') core.warning(finding.message, properties)
  }
  core.setOutput('verdict', evaluation.verdict)
  core.setOutput('failed-count', evaluation.findings.filter((f) => f.severity === 'fail').length)
  core.setOutput('warning-count', evaluation.findings.filter((f) => f.severity === 'warn').length)
  core.setOutput('report-path', reportPath)
  // The output gets the comment-sized summary: it is meant for comments and chat messages, which have limits.
  const short = render(record, COMMENT_BUDGET_BYTES)
  core.setOutput('summary-markdown', short)
  core.setOutput('lifecycle-status', record.lifecycleStatus)
  core.setOutput('lifecycle-execution-ids', record.lifecycle.flatMap((e) => e.executionId ?? []).join('\n'))
  if (record.cleanup) {
    const counts = cleanupCounts(record.cleanup)
    core.setOutput('acted-count', counts.acted)
    core.setOutput('kept-count', counts.kept)
    core.setOutput('skipped-count', counts.skipped)
  }
  // Cleanup failures are findings already; a gate's lifecycle failures get their own annotation.
  for (const e of record.cleanup ? [] : record.lifecycle.filter(isFailed))
    core.error(`${e.note ?? e.statusReason ?? e.status ?? 'failed'}`, {
      title: `image-gate lifecycle: ${e.label} -> ${e.state}`
    })
  if (settings.stepSummary) await core.summary.addRaw(markdown, true).write()
  else logBlock(markdown)
  if (settings.comment) await upsertComment(settings.comment, short)
}

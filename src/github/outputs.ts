/** Everything the run leaves behind for GitHub: summary, outputs, annotations, the PR comment and the JSON report. */
import * as core from '@actions/core'
import { cleanupCounts, isFailed } from '../core/lifecycle.js'
import type { RunRecord } from '../core/run-record.js'
import type { ReportSettings } from '../core/settings.js'
import { detailGapLines } from '../report/hook-rules.js'
import { templatePlace } from '../report/placement.js'
import { promotion } from '../report/promotion.js'
import { recordRenderer, writeReport, writeJson } from '../report/record.js'
import { sarifEntries, sarifLog } from '../report/sarif.js'
import { annotate } from './annotations.js'
import { logBlock } from './log.js'
import { COMMENT_BUDGET_BYTES, upsertComment } from './pr-comment.js'

export async function publish(record: RunRecord, settings: ReportSettings): Promise<void> {
  const { evaluation } = record
  const reportPath = settings.path
  const render = recordRenderer(record)
  const markdown = render()
  await writeReport(reportPath, record)
  const place = await templatePlace(settings.template)
  annotate(evaluation.findings, place)
  if (settings.sarifPath && settings.template) {
    await writeJson(settings.sarifPath, sarifLog(sarifEntries(evaluation.findings, place), settings.template.uri))
    core.setOutput('sarif-path', settings.sarifPath)
  }
  for (const line of detailGapLines(record.results)) core.notice(line)
  core.setOutput('verdict', evaluation.verdict)
  core.setOutput('failed-count', evaluation.findings.filter((f) => f.severity === 'fail').length)
  core.setOutput('warning-count', evaluation.findings.filter((f) => f.severity === 'warn').length)
  core.setOutput('report-path', reportPath)
  // The output gets the comment-sized summary: it is meant for comments and chat messages, which have limits.
  const short = render(COMMENT_BUDGET_BYTES)
  core.setOutput('summary-markdown', short)
  core.setOutput('lifecycle-status', record.lifecycleStatus)
  core.setOutput('lifecycle-execution-ids', record.lifecycle.flatMap((e) => e.executionId ?? []).join('\n'))
  const answers = record.answers ?? []
  core.setOutput('step-answers', answers.map((a) => `${a.action} ${a.stepExecutionId} ${a.mode}`).join('\n'))
  if (!record.cleanup) {
    // What a passing gate produced, for the next step; empty when it did not pass.
    const produced = promotion(evaluation, record.results)
    core.setOutput('amis', JSON.stringify(produced.amis))
    core.setOutput('container-image-uris', produced.containers.map((c) => c.imageUri).join('\n'))
    core.setOutput('parallelcluster-ami-ids', produced.parallelCluster.map((c) => c.ami).join('\n'))
  }
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

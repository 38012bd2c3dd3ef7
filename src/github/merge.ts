/**
 * The action's merge mode (the fan-in of a matrix): per-account cleanup reports merged into one job summary and
 * one JSON report. A report that cannot be read fails the step, named, before anything is written.
 */
import * as core from '@actions/core'
import type { MergeConfig } from '../config/merge.js'
import { grandTotals, mergedJson, mergeFailed, mergeReports, type MergedReport } from '../report/merge.js'
import { readReportFiles } from '../report/merge-files.js'
import { renderMerged } from '../report/merge-summary.js'
import { writeJson } from '../report/record.js'
import { ReportError } from '../report/saved-report.js'
import { logBlock } from './log.js'
import { COMMENT_BUDGET_BYTES } from './pr-comment.js'

export async function mergeAction(config: MergeConfig): Promise<'pass' | 'fail' | 'invalid-input'> {
  let merged: MergedReport
  try {
    merged = mergeReports(await readReportFiles(config.reports))
  } catch (error) {
    if (!(error instanceof ReportError)) throw error
    core.setFailed(`Input reports: ${error.message}`)
    return 'invalid-input'
  }
  const { reportPath } = config
  await writeJson(reportPath, mergedJson(merged))
  const totals = grandTotals(merged)
  const failed = mergeFailed(merged)
  core.setOutput('verdict', failed ? 'fail' : 'pass')
  core.setOutput('report-path', reportPath)
  core.setOutput('acted-count', totals.retired)
  core.setOutput('kept-count', totals.kept)
  core.setOutput('skipped-count', totals.skipped)
  core.setOutput('failed-count', totals.failed)
  core.setOutput('summary-markdown', renderMerged(merged, COMMENT_BUDGET_BYTES))
  if (config.stepSummary) await core.summary.addRaw(renderMerged(merged), true).write()
  else logBlock(renderMerged(merged))
  if (failed) core.setFailed('image-gate merge: a report did not pass or a retirement failed; see the summary')
  return failed ? 'fail' : 'pass'
}

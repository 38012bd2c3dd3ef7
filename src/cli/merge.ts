/**
 * `image-gate merge REPORT.json|FOLDER...`: per-account cleanup reports merged into one summary (Markdown on the
 * standard output, or JSON), optionally written to files too. A report that cannot be read is refused, named.
 */
import { mergedJson, mergeFailed, mergeReports } from '../report/merge.js'
import { readReportFiles } from '../report/merge-files.js'
import { renderMerged } from '../report/merge-summary.js'
import { writeJson, writeText } from '../report/record.js'
import { plain } from '../report/escape.js'
import { ReportError } from '../report/saved-report.js'
import { UsageError, type Parsed } from './args.js'
import type { Io } from './io.js'

export async function mergeCommand(args: Parsed, io: Io): Promise<number> {
  if (args.positionals.length === 0) throw new UsageError('name the cleanup JSON reports (or folders of them) to merge')
  const format = args.value('format') || 'markdown'
  if (format !== 'markdown' && format !== 'json')
    throw new UsageError(`--format ${JSON.stringify(format)}: use markdown or json`)
  let merged
  try {
    merged = mergeReports(await readReportFiles(args.positionals))
  } catch (error) {
    if (!(error instanceof ReportError)) throw error
    io.stderr.write(`image-gate merge: ${plain(error.message)}\n`)
    return 1
  }
  const markdown = renderMerged(merged)
  const json = `${JSON.stringify(mergedJson(merged), null, 2)}\n`
  const summaryPath = args.value('summary-path')
  if (summaryPath) await writeText(summaryPath, markdown)
  const reportPath = args.value('report-path')
  if (reportPath) await writeJson(reportPath, mergedJson(merged))
  io.stdout.write(format === 'json' ? json : markdown)
  return mergeFailed(merged) ? 1 : 0
}

/** Mode merge's inputs -> its typed config, checked here like every other mode's: nothing past it reads inputs. */
import { join } from 'node:path'
import { ConfigError, Inputs, type InputReader } from './inputs.js'
import type { Runner } from './runner.js'

/** Merge per-account cleanup reports (the fan-in of a matrix) into one summary and one JSON report. */
export interface MergeConfig {
  mode: 'merge'
  /** Report files, or folders whose .json files are taken. */
  reports: string[]
  reportPath: string
  /** GITHUB_STEP_SUMMARY; without it the summary goes to the log. */
  stepSummary?: string
}

export function parseMergeConfig(read: InputReader, runner: Runner): MergeConfig {
  const inputs = new Inputs(read)
  const reports = inputs.list('reports')
  if (reports.length === 0)
    inputs.problem(
      'reports',
      '',
      'mode merge needs the cleanup JSON reports to merge: files, or the folder download-artifact wrote them to'
    )
  if (inputs.problems.length > 0) throw new ConfigError(inputs.problems)
  return {
    mode: 'merge',
    reports,
    reportPath: inputs.text('report-path') || join(runner.tempDir, 'image-gate-merged-report.json'),
    stepSummary: runner.stepSummary
  }
}

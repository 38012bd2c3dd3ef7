/** The waiting, AWS and report inputs. */
import { accessSync, constants, statSync } from 'node:fs'
import { dirname } from 'node:path'
import type { AwsSettings, ReportSettings } from '../core/settings.js'
import type { Policy } from '../policy/types.js'
import type { BackoffOptions } from '../wait/backoff.js'
import type { Inputs } from './inputs.js'
import type { Runner } from './runner.js'
import { parseTemplate } from './template.js'

export interface WaitingSettings {
  timeoutMs: number
  /** How long an empty result ("none yet") is waited on before it counts as the answer. */
  emptyGraceMs: number
  /** How long "not found" is taken for AWS's eventual consistency (a resource just created) before it is final. */
  notFoundGraceMs: number
}

export function parseWaiting(inputs: Inputs, policy: Policy): WaitingSettings {
  const timeoutMs =
    inputs.text('timeout') === '' && policy.waiting.timeoutMs !== undefined
      ? policy.waiting.timeoutMs
      : inputs.duration('timeout', '60m', 1)
  return {
    timeoutMs,
    emptyGraceMs: inputs.duration('empty-grace', '2m'),
    notFoundGraceMs: inputs.duration('not-found-grace', '30s')
  }
}

export function parseBackoff(inputs: Inputs): BackoffOptions {
  const minDelayMs = inputs.duration('poll-min-delay', '5s', 100)
  const maxDelayMs = inputs.duration('poll-max-delay', '2m', 100)
  if (minDelayMs > maxDelayMs && maxDelayMs > 0)
    inputs.problem(
      'poll-max-delay',
      inputs.text('poll-max-delay'),
      `it must not be below poll-min-delay (${inputs.text('poll-min-delay') || '5s'})`
    )
  return { minDelayMs, maxDelayMs }
}

export function parseAws(inputs: Inputs, runner: Runner): AwsSettings {
  return {
    maxAttempts: inputs.integer('aws-max-attempts', 5, 1, 20),
    retryBaseDelayMs: inputs.duration('aws-retry-base-delay', '250ms'),
    requestTimeoutMs: inputs.duration('aws-request-timeout', '30s', 100),
    endpoints: runner.endpoints
  }
}

export async function parseReport(inputs: Inputs, runner: Runner): Promise<ReportSettings> {
  const comment = inputs.boolean('comment')
    ? {
        token: inputs.text('github-token'),
        key: inputs.text('comment-key') || legKey(runner.job, inputs.text('matrix')),
        pullRequest: runner.pullRequest,
        apiUrl: runner.apiUrl,
        runUrl: runner.runUrl
      }
    : undefined
  const path = inputs.text('report-path') || `${runner.tempDir}/image-gate-report.json`
  const unwritable = reportPathProblem(path)
  if (unwritable) inputs.problem('report-path', path, unwritable)
  return {
    path,
    stepSummary: runner.stepSummary,
    comment,
    ...(await parseTemplate(inputs, runner.workspace))
  }
}

/** Why the JSON report could not be written at `path`, found before the wait rather than after it. */
function reportPathProblem(path: string): string | undefined {
  try {
    if (statSync(path).isDirectory())
      return 'it is a directory; give a file path, e.g. <directory>/image-gate-report.json'
  } catch {
    // Not there yet: the report creates it, if its folder can be made.
  }
  for (let dir = dirname(path); ; dir = dirname(dir)) {
    try {
      if (!statSync(dir).isDirectory()) return `it cannot be written: ${dir} is not a directory`
      accessSync(dir, constants.W_OK)
      return undefined
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code !== 'ENOENT' || dirname(dir) === dir) return `it cannot be written (${code ?? String(error)} at ${dir})`
    }
  }
}

/** `workflow/job`, and for a leg of a matrix its values (`workflow/job/os=linux,region=eu-west-1`). */
function legKey(job: string, matrix: string): string {
  let values: unknown
  try {
    values = JSON.parse(matrix || 'null')
  } catch {
    return `${job}/${matrix}`
  }
  if (values === null || typeof values !== 'object') return job
  const pairs = Object.entries(values as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b))
  return `${job}/${pairs.map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`).join(',')}`
}

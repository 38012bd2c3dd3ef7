/** The waiting, AWS and report inputs. */
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
    inputs.text('timeout') === '' && policy.waiting.timeoutMs
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

export function parseReport(inputs: Inputs, runner: Runner): ReportSettings {
  const comment = inputs.boolean('comment')
    ? {
        token: inputs.text('github-token'),
        key: inputs.text('comment-key') || runner.job,
        pullRequest: runner.pullRequest,
        apiUrl: runner.apiUrl,
        runUrl: runner.runUrl
      }
    : undefined
  return {
    path: inputs.text('report-path') || `${runner.tempDir}/image-gate-report.json`,
    stepSummary: runner.stepSummary,
    comment,
    ...parseTemplate(inputs, runner.workspace)
  }
}

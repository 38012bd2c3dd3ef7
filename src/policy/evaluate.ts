/** Pure: (target results, policy) -> findings and a verdict. Missing or partial data never passes. */
import { count } from '../core/count.js'
import type { Observation } from '../core/observations.js'
import type { TargetResult } from '../core/poll.js'
import { hookResultsFindings } from './hook-results.js'
import { parallelClusterStackFindings } from './parallelcluster-stack.js'
import type { Evaluation, Finding, Severity } from '../core/verdict.js'
import type { Policy } from './types.js'
import { imageBuildFindings } from './image-build.js'

/** `now` is when waiting ended: rule ignores and allow-list entries are judged as of then. */
function observationFindings(observation: Observation, policy: Policy, settled: boolean, now: number): Finding[] {
  switch (observation.kind) {
    case 'image-build':
      return imageBuildFindings(observation, policy, settled, now)
    case 'hook-results':
      return hookResultsFindings(observation, policy, settled, now)
    case 'parallelcluster-stack':
      return parallelClusterStackFindings(observation, policy)
  }
}

function outcomeFinding(result: TargetResult<Observation>, policy: Policy): Finding | undefined {
  const target = result.label
  switch (result.outcome) {
    case 'settled':
      return result.snapshot
        ? undefined
        : { target, item: 'waiting', rule: 'waiting.no-data', severity: 'fail', message: 'no data was read' }
    case 'timeout':
      return {
        target,
        item: 'waiting',
        rule: 'waiting.on-timeout',
        severity: policy.waiting.onTimeout,
        message: 'did not settle before the timeout'
      }
    case 'error':
      return {
        target,
        item: 'waiting',
        rule: 'waiting.on-error',
        severity: policy.waiting.onError,
        message: result.error ?? 'failed'
      }
    case 'cancelled':
      return {
        target,
        item: 'waiting',
        rule: 'waiting.cancelled',
        severity: 'fail',
        message: 'the job was cancelled before this target settled'
      }
  }
}

const labels = (results: TargetResult<Observation>[]) => results.map((r) => r.label).join(', ')

const RANK: Record<Severity, number> = { pass: 0, warn: 1, fail: 2 }

/** `extra`: findings from outside the targets, e.g. the answers to paused builds. */
export function evaluate(results: TargetResult<Observation>[], policy: Policy, extra: Finding[] = []): Evaluation {
  const findings: Finding[] = [...extra]
  const now = Math.max(0, ...results.map((r) => r.endedAt))
  for (const result of results) {
    const waiting = outcomeFinding(result, policy)
    if (waiting) findings.push(waiting)
    // A snapshot from before a timeout is still judged: its failures are real even if more was to come.
    if (result.snapshot)
      findings.push(...observationFindings(result.snapshot, policy, result.outcome === 'settled', now))
  }
  findings.sort((a, b) => RANK[b.severity] - RANK[a.severity])
  const failing = findings.filter((f) => f.severity === 'fail')
  const warnings = findings.filter((f) => f.severity === 'warn')
  const unsettled = (outcome: TargetResult<Observation>['outcome']) => results.filter((r) => r.outcome === outcome)

  if (unsettled('cancelled').length > 0)
    return { verdict: 'cancelled', reason: 'The job was cancelled before every target settled.', findings }
  const decisive = failing.filter((f) => f.item !== 'waiting' || f.rule === 'waiting.no-data')
  if (decisive.length > 0)
    return {
      verdict: 'fail',
      reason:
        `${count(decisive.length, 'item')} failed the policy; ` +
        `first: ${decisive[0]?.target}: ${decisive[0]?.message}`,
      findings
    }
  for (const outcome of ['error', 'timeout'] as const) {
    const open = unsettled(outcome)
    const severity = outcome === 'error' ? policy.waiting.onError : policy.waiting.onTimeout
    if (open.length > 0 && severity === 'fail')
      return {
        verdict: outcome,
        reason:
          `${count(open.length, 'target')} ${outcome === 'error' ? 'ended in an error' : 'did not settle in time'}: ` +
          `${labels(open)}.`,
        findings
      }
  }
  if (warnings.length > 0)
    return {
      verdict: 'warn',
      reason: `${count(warnings.length, 'warning')}; first: ${warnings[0]?.target}: ${warnings[0]?.message}`,
      findings
    }
  if (results.length === 0) return { verdict: 'error', reason: 'There was nothing to check.', findings }
  return {
    verdict: 'pass',
    reason:
      results.length === 1
        ? 'The target settled and every item passed.'
        : `All ${results.length} targets settled and every item passed.`,
    findings
  }
}

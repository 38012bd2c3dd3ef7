/** Pure: (target results, policy) -> findings and a verdict. Missing or partial data never passes. */
import type { Observation } from '../sources/observations.js'
import type { TargetResult } from '../wait/scheduler.js'
import type { Finding, Policy, Severity, Verdict } from './types.js'

export interface Evaluation {
  verdict: Verdict
  /** One sentence: why the verdict is what it is. */
  reason: string
  findings: Finding[]
}

function imageBuildFindings(observation: Extract<Observation, { kind: 'image-build' }>, policy: Policy): Finding[] {
  const target = observation.label
  const rule = policy.workflows.default
  const findings: Finding[] = observation.executions.map((e): Finding => {
    const item = `${e.type} workflow ${e.id}`
    const detail = e.message ? `: ${e.message}` : ''
    if (rule.failOn.includes(e.status))
      return { target, item, rule: 'workflows.fail-on', severity: 'fail', message: `${e.type} ended ${e.status}${detail}` }
    if (e.failedSteps > rule.maxFailedSteps)
      return { target, item, rule: 'workflows.max-failed-steps', severity: 'fail', message: `${e.type} has ${e.failedSteps} failed step(s), more than ${rule.maxFailedSteps}` }
    if (rule.warnOn.includes(e.status))
      return { target, item, rule: 'workflows.warn-on', severity: 'warn', message: `${e.type} ended ${e.status}${detail}` }
    return { target, item, rule: 'workflows.pass', severity: 'pass', message: `${e.type} ${e.status}` }
  })
  if (observation.imageStatus === 'FAILED' || observation.imageStatus === 'CANCELLED')
    findings.push({
      target,
      item: 'image',
      rule: 'image.state',
      severity: 'fail',
      message: `image ${observation.imageStatus}${observation.imageReason ? `: ${observation.imageReason}` : ''}`
    })
  if (observation.executions.length === 0)
    findings.push({ target, item: 'image', rule: 'workflows.none', severity: 'warn', message: 'no workflow executions were listed for this build' })
  return findings
}

function outcomeFinding(result: TargetResult<Observation>, policy: Policy): Finding | undefined {
  const target = result.label
  switch (result.outcome) {
    case 'settled':
      return undefined
    case 'timeout':
      return { target, item: 'waiting', rule: 'waiting.on-timeout', severity: policy.onTimeout, message: 'did not settle before the timeout' }
    case 'error':
      return { target, item: 'waiting', rule: 'waiting.on-error', severity: policy.onError, message: result.error ?? 'failed' }
    case 'cancelled':
      return { target, item: 'waiting', rule: 'waiting.cancelled', severity: 'fail', message: 'the job was cancelled before this target settled' }
  }
}

const RANK: Record<Severity, number> = { pass: 0, warn: 1, fail: 2 }

export function evaluate(results: TargetResult<Observation>[], policy: Policy): Evaluation {
  const findings: Finding[] = []
  for (const result of results) {
    const waiting = outcomeFinding(result, policy)
    if (waiting) findings.push(waiting)
    // A snapshot from before a timeout is still judged: its failures are real even if more was to come.
    if (result.snapshot) findings.push(...imageBuildFindings(result.snapshot, policy))
  }
  findings.sort((a, b) => RANK[b.severity] - RANK[a.severity])
  const failing = findings.filter((f) => f.severity === 'fail')
  const warnings = findings.filter((f) => f.severity === 'warn')
  const unsettled = (outcome: TargetResult<Observation>['outcome']) => results.filter((r) => r.outcome === outcome)

  if (unsettled('cancelled').length > 0) return { verdict: 'cancelled', reason: 'The job was cancelled before every target settled.', findings }
  const decisive = failing.filter((f) => f.item !== 'waiting')
  if (decisive.length > 0) return { verdict: 'fail', reason: `${decisive.length} item(s) failed the policy; first: ${decisive[0]?.target}: ${decisive[0]?.message}`, findings }
  for (const outcome of ['error', 'timeout'] as const) {
    const open = unsettled(outcome)
    const severity = outcome === 'error' ? policy.onError : policy.onTimeout
    if (open.length > 0 && severity === 'fail')
      return { verdict: outcome, reason: `${open.length} target(s) ${outcome === 'error' ? 'ended in an error' : 'did not settle in time'}: ${open.map((r) => r.label).join(', ')}.`, findings }
  }
  if (warnings.length > 0) return { verdict: 'warn', reason: `${warnings.length} warning(s); first: ${warnings[0]?.target}: ${warnings[0]?.message}`, findings }
  if (results.length === 0) return { verdict: 'error', reason: 'There was nothing to check.', findings }
  return { verdict: 'pass', reason: `All ${results.length} target(s) settled and every item passed.`, findings }
}

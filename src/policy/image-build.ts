/** Findings for the workflow executions of one image build. */
import type { ImageBuildObservation, WorkflowExecution } from '../core/observations.js'
import { globToRegExp } from '../core/glob.js'
import { SCAN_ITEM, WAITING_ITEM, workflowItem } from './items.js'
import type { Finding } from '../core/verdict.js'
import type { Policy } from './types.js'
import { latestAttemptOf } from './retries.js'
import { isScanFinished, vulnerabilityFindings } from './vulnerabilities.js'
import { count } from '../core/count.js'

const FAILED_STEP = new Set(['FAILED', 'CANCELLED'])
const NOT_YET = 'the vulnerability scan had not started at the pause: it is judged once the build goes on'

/** ` at step RunTests (ExecuteComponents): <its message>`, or the workflow's own message without its steps. */
function why(e: WorkflowExecution): string {
  const step = e.steps?.find((s) => FAILED_STEP.has(s.status))
  if (!step) return e.message ? `: ${e.message}` : ''
  return ` at step ${step.name} (${step.action})${step.message ? `: ${step.message}` : ''}`
}

/** `: A, B` naming the skipped steps, when the steps were read. */
function skippedNames(e: WorkflowExecution): string {
  const names = (e.steps ?? []).filter((s) => s.status === 'SKIPPED').map((s) => s.name)
  return names.length > 0 ? `: ${names.join(', ')}` : ''
}

/** A build paused at a WaitForAction step when waiting on it ended unsettled: say where, never a bare timeout. */
function pausedFinding(observation: ImageBuildObservation, policy: Policy): Finding[] {
  return (observation.waiting ?? []).map((w) => ({
    target: observation.label,
    item: WAITING_ITEM,
    rule: 'waiting.wait-for-action',
    severity: policy.waiting.onTimeout,
    message:
      `paused at step ${w.name} (${w.action}) since ${w.startTime ?? w.seenAt} and nobody answered it; ` +
      'answer it with SendWorkflowStepAction, or let the gate answer (input answer-wait: true)'
  }))
}

export function imageBuildFindings(
  observation: ImageBuildObservation,
  policy: Policy,
  settled: boolean,
  now: number
): Finding[] {
  const target = observation.label
  const { rules, default: fallback, required } = policy.workflows
  const findings: Finding[] = observation.executions.map((e): Finding => {
    // An attempt RetryImage superseded is judged by the latest attempt of its type, which is judged here too.
    const latest = latestAttemptOf(e, observation.executions)
    if (latest)
      return {
        target,
        item: workflowItem(e),
        rule: 'workflows.retried',
        severity: 'pass',
        message: `${e.type} ${e.status}, retried: judged by the latest attempt ${latest.id} (${latest.status})`
      }
    const index = rules.findIndex((r) => globToRegExp(r.type).test(e.type))
    const rule = index >= 0 ? (rules[index] as (typeof rules)[number]) : fallback
    const name = index >= 0 ? `workflows.rules[${index}]` : 'workflows.default'
    const item = workflowItem(e)
    const detail = why(e)
    if (rule.failOn.includes(e.status))
      return {
        target,
        item,
        rule: `${name}.fail-on`,
        severity: 'fail',
        message: `${e.type} ended ${e.status}${detail}`
      }
    if (rule.maxFailedSteps !== undefined && e.failedSteps > rule.maxFailedSteps)
      return {
        target,
        item,
        rule: `${name}.max-failed-steps`,
        severity: 'fail',
        message: `${e.type} has ${count(e.failedSteps, 'failed step')}, more than ${rule.maxFailedSteps}${detail}`
      }
    if (rule.warnOn.includes(e.status))
      return {
        target,
        item,
        rule: `${name}.warn-on`,
        severity: 'warn',
        message: `${e.type} ended ${e.status}${detail}`
      }
    if (rule.maxSkippedSteps !== undefined && e.skippedSteps > rule.maxSkippedSteps)
      return {
        target,
        item,
        rule: `${name}.max-skipped-steps`,
        severity: 'warn',
        message:
          `${e.type} skipped ${count(e.skippedSteps, 'step')}, more than ${rule.maxSkippedSteps}` + skippedNames(e)
      }
    return { target, item, rule: name, severity: 'pass', message: `${e.type} ${e.status}` }
  })
  const failed = observation.imageStatus === 'FAILED' || observation.imageStatus === 'CANCELLED'
  if (failed)
    findings.push({
      target,
      item: 'image',
      rule: 'image.state',
      severity: 'fail',
      message: `image ${observation.imageStatus}${observation.imageReason ? `: ${observation.imageReason}` : ''}`
    })
  const paused = (observation.waiting ?? []).length > 0
  const scan = observation.scan
  // A failed image is judged by why it failed; its scan may never finish. Judged at a pause (what ran before
  // it), a scan not started yet is judged after the pause.
  if (settled && paused && scan?.enabled && !isScanFinished(scan))
    findings.push({ target, item: SCAN_ITEM, rule: 'vulnerabilities', severity: 'pass', message: NOT_YET })
  else if (!failed) findings.push(...vulnerabilityFindings(target, scan, policy.vulnerabilities, now))
  if (!settled && paused) findings.push(...pausedFinding(observation, policy))
  // Only a settled build can be missing a workflow; before that, or while it is paused, it may still start.
  if (settled && !paused)
    for (const type of required)
      // Required means it ran: a SKIPPED workflow did not.
      if (!observation.executions.some((e) => globToRegExp(type).test(e.type) && e.status !== 'SKIPPED'))
        findings.push({
          target,
          item: `${type} workflow`,
          rule: 'workflows.required',
          severity: policy.waiting.onMissing,
          message: `no ${type} workflow ran for this build (a SKIPPED one does not count)`
        })
  if (observation.executions.length === 0 && required.length === 0)
    findings.push({
      target,
      item: 'image',
      rule: 'workflows.none',
      severity: 'warn',
      message: 'no workflow executions were listed for this build'
    })
  return findings
}

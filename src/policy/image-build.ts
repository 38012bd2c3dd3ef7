/** Findings for the workflow executions of one image build. */
import type { ImageBuildObservation, WorkflowExecution } from '../core/observations.js'
import { globToRegExp } from '../core/glob.js'
import { workflowItem } from './items.js'
import type { Finding } from '../core/verdict.js'
import type { Policy } from './types.js'

/**
 * An attempt RetryImage superseded (`retried`, imagebuilder WorkflowExecutionMetadata) is judged by its retry: the
 * later attempt of the same type on the same build. Without a later attempt listed it is judged itself.
 */
function retryOf(e: WorkflowExecution, executions: WorkflowExecution[]): WorkflowExecution | undefined {
  const start = Date.parse(e.startTime ?? '')
  if (!e.retried || !Number.isFinite(start)) return undefined
  return executions.find((o) => o !== e && o.type === e.type && Date.parse(o.startTime ?? '') > start)
}

export function imageBuildFindings(observation: ImageBuildObservation, policy: Policy, settled: boolean): Finding[] {
  const target = observation.label
  const { rules, default: fallback, required } = policy.workflows
  const findings: Finding[] = observation.executions.map((e): Finding => {
    const retry = retryOf(e, observation.executions)
    if (retry)
      return {
        target,
        item: workflowItem(e),
        rule: 'workflows.retried',
        severity: 'pass',
        message: `${e.type} ${e.status}, retried: judged by the later attempt ${retry.id}`
      }
    const index = rules.findIndex((r) => globToRegExp(r.type).test(e.type))
    const rule = index >= 0 ? (rules[index] as (typeof rules)[number]) : fallback
    const name = index >= 0 ? `workflows.rules[${index}]` : 'workflows.default'
    const item = workflowItem(e)
    const detail = e.message ? `: ${e.message}` : ''
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
        message: `${e.type} has ${e.failedSteps} failed step(s), more than ${rule.maxFailedSteps}`
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
        message: `${e.type} skipped ${e.skippedSteps} step(s), more than ${rule.maxSkippedSteps}`
      }
    return { target, item, rule: name, severity: 'pass', message: `${e.type} ${e.status}` }
  })
  if (observation.imageStatus === 'FAILED' || observation.imageStatus === 'CANCELLED')
    findings.push({
      target,
      item: 'image',
      rule: 'image.state',
      severity: 'fail',
      message: `image ${observation.imageStatus}${observation.imageReason ? `: ${observation.imageReason}` : ''}`
    })
  // Only a settled build can be missing a workflow; before that it may still start.
  if (settled)
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

/** Findings for the stack of a ParallelCluster image build. */
import type { ParallelClusterStackObservation } from '../core/observations.js'
import { matchesAny } from '../core/glob.js'
import { resourceItem } from './items.js'
import type { Finding } from '../core/verdict.js'
import type { Policy } from './types.js'

const STACK_FAILED = ['*_FAILED', '*ROLLBACK_COMPLETE', '*ROLLBACK_IN_PROGRESS']

export function parallelClusterStackFindings(observation: ParallelClusterStackObservation, policy: Policy): Finding[] {
  const target = observation.label
  const { resources, failOn, warnOn } = policy.stack
  const findings: Finding[] = []
  if (observation.stackStatus && matchesAny(observation.stackStatus, STACK_FAILED))
    findings.push({
      target,
      item: `stack ${observation.stackName}`,
      rule: 'stack.status',
      severity: 'fail',
      message: `stack ${observation.stackStatus}${observation.stackReason ? `: ${observation.stackReason}` : ''}`
    })
  for (const r of observation.resources) {
    if (resources.length > 0 && !matchesAny(r.type, resources) && !matchesAny(r.logicalId, resources)) continue
    // A resource that failed and was then rolled back is judged by its failure.
    const status = r.failedStatus ?? r.status
    const reason = (r.failedStatus ? r.failureReason : r.reason) ?? ''
    const item = resourceItem(r)
    const message = `${status}${reason ? `: ${reason}` : ''}`
    if (matchesAny(status, failOn)) findings.push({ target, item, rule: 'stack.fail-on', severity: 'fail', message })
    else if (matchesAny(status, warnOn))
      findings.push({ target, item, rule: 'stack.warn-on', severity: 'warn', message })
    else findings.push({ target, item, rule: 'stack', severity: 'pass', message: r.status })
  }
  findings.push(...hookEventFindings(observation, policy), ...deletedEarly(observation))
  return findings
}

/** Hook failures the stack events report count by their failure mode, as a hook result would. */
function hookEventFindings(observation: ParallelClusterStackObservation, policy: Policy): Finding[] {
  return (observation.hookEvents ?? []).flatMap((h): Finding[] => {
    const item = `${h.type} on ${h.logicalId} (${h.failureMode})`
    const message = `${h.status}${h.reason ? `: ${h.reason}` : ''}`
    const target = observation.label
    if (h.status === 'HOOK_COMPLETE_FAILED')
      return [
        {
          target,
          item,
          rule: `hooks.failure-mode-${h.failureMode.toLowerCase()}`,
          severity: h.failureMode === 'WARN' ? 'warn' : 'fail',
          message
        }
      ]
    if (h.status === 'HOOK_FAILED')
      return [{ target, item, rule: 'hooks.hook-failed', severity: policy.hooks.hookFailed, message }]
    return []
  })
}

/** A build stack deleted before its Image Builder image was made built nothing: not a success. */
function deletedEarly(observation: ParallelClusterStackObservation): Finding[] {
  if (!observation.stackStatus?.startsWith('DELETE_')) return []
  if (observation.resources.some((r) => r.type === 'AWS::ImageBuilder::Image' && r.created)) return []
  return [
    {
      target: observation.label,
      item: `stack ${observation.stackName}`,
      rule: 'stack.deleted',
      severity: 'fail',
      message: `stack ${observation.stackStatus} before its image was made`
    }
  ]
}

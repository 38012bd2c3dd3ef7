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
  return findings
}

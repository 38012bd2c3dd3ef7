/**
 * Findings for the stack of a ParallelCluster image build. Success is read from the image resource
 * (AWS::ImageBuilder::Image) reaching CREATE_COMPLETE: ParallelCluster then deletes the build stack
 * (delete_image_stack.py), so DELETE_IN_PROGRESS and DELETE_COMPLETE after it are its normal cleanup, and a
 * DELETE_FAILED after it (ParallelCluster 3.0 to 3.16.2, whose cleanup role lacked logs:DeleteLogGroup) leaves a
 * good image behind: a warning. A stack deleted before its image was made is a failed build.
 */
import type { ParallelClusterStackObservation, StackResource } from '../core/observations.js'
import { matchesAny } from '../core/glob.js'
import { resourceItem } from './items.js'
import type { Finding } from '../core/verdict.js'
import type { Policy } from './types.js'

const STACK_FAILED = ['*_FAILED', '*ROLLBACK_COMPLETE', '*ROLLBACK_IN_PROGRESS']

/** The image resource, if it reached CREATE_COMPLETE. */
function imageMade(o: ParallelClusterStackObservation): StackResource | undefined {
  return o.resources.find((r) => r.type === 'AWS::ImageBuilder::Image' && r.createdAt)
}

/** Whether the stack is being (or was) deleted after its image was made: ParallelCluster's cleanup. */
function isCleanup(o: ParallelClusterStackObservation): boolean {
  const image = imageMade(o)
  return Boolean(image?.createdAt && o.deletionStartedAt && o.deletionStartedAt >= image.createdAt)
}

function stackFinding(o: ParallelClusterStackObservation, cleanup: boolean): Finding | undefined {
  const target = o.label
  const item = `stack ${o.stackName}`
  const status = o.stackStatus
  const reason = o.stackReason ? `: ${o.stackReason}` : ''
  if (!status) return undefined
  if (cleanup && status === 'DELETE_FAILED')
    return {
      target,
      item,
      rule: 'stack.cleanup',
      severity: 'warn',
      message:
        'the image was made, but ParallelCluster could not delete its build stack afterwards ' +
        `(DELETE_FAILED${reason}); ParallelCluster before 3.16.3 lacks logs:DeleteLogGroup for it: delete the ` +
        'stack by hand'
    }
  if (cleanup)
    return {
      target,
      item,
      rule: 'stack.cleanup',
      severity: 'pass',
      message: `${status}: ParallelCluster deleted the build stack after the image was made (its normal cleanup)`
    }
  if (status.startsWith('DELETE_'))
    return {
      target,
      item,
      rule: 'stack.deleted',
      severity: 'fail',
      message: `the stack was deleted before its image was made (${status}${reason})`
    }
  if (matchesAny(status, STACK_FAILED))
    return { target, item, rule: 'stack.status', severity: 'fail', message: `stack ${status}${reason}` }
  return undefined
}

export function parallelClusterStackFindings(observation: ParallelClusterStackObservation, policy: Policy): Finding[] {
  const target = observation.label
  const { resources, failOn, warnOn } = policy.stack
  const cleanup = isCleanup(observation)
  const findings: Finding[] = []
  const stack = stackFinding(observation, cleanup)
  if (stack) findings.push(stack)
  for (const r of observation.resources) {
    if (resources.length > 0 && !matchesAny(r.type, resources) && !matchesAny(r.logicalId, resources)) continue
    const item = resourceItem(r)
    // A resource that failed and was then rolled back is judged by its failure.
    const status = r.failedStatus ?? r.status
    const reason = (r.failedStatus ? r.failureReason : r.reason) ?? ''
    const message = `${status}${reason ? `: ${reason}` : ''}`
    if (cleanup && status.startsWith('DELETE_')) {
      // Removed by ParallelCluster's cleanup: a resource it could not delete is left over, not a failed build.
      const failed = status === 'DELETE_FAILED'
      const made = r.createdAt ? 'created, then ' : ''
      const what = failed ? `left over by the cleanup: ${message}` : `${made}${r.status} by the cleanup`
      findings.push({ target, item, rule: 'stack.cleanup', severity: failed ? 'warn' : 'pass', message: what })
    } else if (matchesAny(status, failOn))
      findings.push({ target, item, rule: 'stack.fail-on', severity: 'fail', message })
    else if (matchesAny(status, warnOn))
      findings.push({ target, item, rule: 'stack.warn-on', severity: 'warn', message })
    else findings.push({ target, item, rule: 'stack', severity: 'pass', message: r.status })
  }
  findings.push(...hookEventFindings(observation, policy))
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

/**
 * The finding on a stack operation itself, beside its hooks': an operation that rolled back or failed fails the
 * gate whatever its hooks said (the deployment did not happen); one that was never found fails it too.
 */
import type { StackOperation } from '../core/observations.js'
import type { Finding } from '../core/verdict.js'

/** Final stack statuses of an operation that did not do what it was asked. */
const FAILED = /ROLLBACK_COMPLETE$|_FAILED$/

export function stackOperationFinding(target: string, o: StackOperation, settled: boolean): Finding | undefined {
  const item = 'stack operation'
  const rule = 'stack.operation'
  if (!o.startedAt) {
    if (!settled) return undefined
    const which = o.token ? `with ClientRequestToken ${o.token}` : 'at all'
    return { target, item, rule, severity: 'fail', message: `no operation ${which} was found in the stack's events` }
  }
  if (!o.endedAt || !o.status) return undefined
  if (!FAILED.test(o.status)) return { target, item, rule, severity: 'pass', message: o.status }
  const reason = o.failureReason ? `: ${o.failureReason}` : ''
  return { target, item, rule, severity: 'fail', message: `the operation ended ${o.status}${reason}` }
}

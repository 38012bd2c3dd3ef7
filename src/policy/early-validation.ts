/**
 * Findings for a change set's early validation: each failed check, on its resource, failing by default
 * (`hooks.early-validation`); a check of failure mode WARN (one that let the change set be created) warns.
 * Without the events (DescribeEvents refused), the change set's own reason names the failed checks.
 */
import type { HookResultsObservation, ValidationEvent } from '../core/observations.js'
import type { Finding } from '../core/verdict.js'
import type { Policy } from './types.js'

/** What a change set's StatusReason says failed: "The following hook(s)/validation failed: [A, B]. ..." */
function fromReason(reason: string | undefined): ValidationEvent[] {
  const listed = /validation failed: \[([^\]]*)\]/.exec(reason ?? '')?.[1] ?? ''
  return listed
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name.startsWith('AWS::EarlyValidation::'))
    .map((name) => ({ name, status: 'FAILED', failureMode: 'FAIL', reason }))
}

export function earlyValidationFindings(o: HookResultsObservation, policy: Policy): Finding[] {
  const events = o.validation ?? (o.changeSetStatus === 'FAILED' ? fromReason(o.changeSetReason) : [])
  return events
    .filter((e) => e.status !== 'SKIPPED')
    .map((e): Finding => {
      const warnMode = e.failureMode === 'WARN'
      const severity = warnMode ? 'warn' : policy.hooks.earlyValidation
      const rule = warnMode ? 'early-validation.failure-mode-warn' : 'hooks.early-validation'
      const message = e.reason ?? 'failed'
      return {
        target: o.label,
        item: `${e.name}${e.resource ? ` on ${e.resource.logicalId}` : ''}`,
        rule,
        severity,
        message,
        resource: e.resource,
        rules: [{ name: e.name, hook: 'early validation', severity, decidedBy: rule, message }]
      }
    })
}

/** Findings for the hook results of one query. */
import { count } from '../core/count.js'
import { CHECKED_HOOK_STATUSES, isOneOf, type HookResult, type HookResultsObservation } from '../core/observations.js'
import { globToRegExp } from '../core/glob.js'
import { hookItem } from './items.js'
import type { Finding } from '../core/verdict.js'
import { earlyValidationFindings } from './early-validation.js'
import { judgeRules, type HookVerdict } from './hook-rules.js'
import { stackOperationFinding } from './stack-operation.js'
import type { Policy } from './types.js'

/** What a finished, failed result means before its rules are looked at. */
function ownVerdict(r: HookResult, policy: Policy, index: number): HookVerdict {
  const rule = policy.hooks.rules[index]
  const name = index >= 0 ? `hooks.rules[${index}]` : 'hooks'
  if (r.status === 'HOOK_FAILED')
    return { severity: policy.hooks.hookFailed, decidedBy: 'hooks.hook-failed', explicit: true }
  if (rule?.onFailure) return { severity: rule.onFailure, decidedBy: `${name}.on-failure`, explicit: true }
  return {
    severity: r.failureMode === 'WARN' ? 'warn' : 'fail',
    decidedBy: `hooks.failure-mode-${r.failureMode.toLowerCase()}`,
    explicit: false
  }
}

/** The finding for one hook result (of a query, or invoked during a stack operation). */
export function hookResultFinding(target: string, r: HookResult, policy: Policy, now: number): Finding {
  const index = policy.hooks.rules.findIndex((rule) => globToRegExp(rule.typeName).test(r.typeName))
  const name = index >= 0 ? `hooks.rules[${index}]` : 'hooks'
  const item = hookItem(r)
  const resource = r.detail?.resource ?? r.resource
  const reason = r.reason ? `: ${r.reason}` : ''
  if (policy.hooks.rules[index]?.ignore)
    return { target, item, rule: `${name}.ignore`, severity: 'pass', message: `${r.status}, ignored by the policy` }
  if (r.status === 'HOOK_COMPLETE_SUCCEEDED')
    return { target, item, rule: name, severity: 'pass', message: 'succeeded' }
  if (r.status !== 'HOOK_COMPLETE_FAILED' && r.status !== 'HOOK_FAILED')
    return {
      target,
      item,
      rule: 'hooks.in-progress',
      severity: 'warn',
      message: `still ${r.status} when waiting ended`
    }
  const own = ownVerdict(r, policy, index)
  const what = r.status === 'HOOK_FAILED' ? 'the hook itself failed' : 'failed its check'
  const rules = judgeRules(r, own, policy, now)
  const worst = rules[0]
  if (!worst)
    return { target, item, rule: own.decidedBy, severity: own.severity, message: `${what}${reason}`, resource }
  const level = worst.level ? `${worst.level} ` : ''
  const message = `${what}${reason} (${count(rules.length, 'failed rule')}; worst: ${level}${worst.name})`
  return { target, item, rule: worst.decidedBy, severity: worst.severity, message, resource, rules }
}

/**
 * A change set with nothing to change ends FAILED with a StatusReason saying so ("The submitted information didn't
 * contain changes. Submit different information to create a change set."; older stacks: "No updates are to be
 * performed."): not a failed PR. Any other FAILED is.
 */
const NO_CHANGES = /didn't contain changes|no updates are to be performed/i

function changeSetFinding(observation: HookResultsObservation, target: string): Finding | undefined {
  if (observation.changeSetStatus !== 'FAILED') return undefined
  const reason = observation.changeSetReason ? `: ${observation.changeSetReason}` : ''
  return NO_CHANGES.test(observation.changeSetReason ?? '')
    ? { target, item: 'change set', rule: 'hooks.change-set', severity: 'pass', message: `nothing to change${reason}` }
    : { target, item: 'change set', rule: 'hooks.change-set', severity: 'fail', message: `change set FAILED${reason}` }
}

/** What no result means: no hook was invoked (AWS said so, or nothing was listed in the window). */
function noneMessage(observation: HookResultsObservation): string {
  if (observation.changeSetArn) return 'no hook was invoked when the change set was created'
  if (observation.operation) return 'no hook was invoked during the stack operation'
  if (observation.invokedSince) return `no hook was invoked since ${observation.invokedSince}`
  return 'no hook invocations were listed'
}

export function hookResultsFindings(
  observation: HookResultsObservation,
  policy: Policy,
  settled: boolean,
  now: number
): Finding[] {
  const target = observation.label
  const { required } = policy.hooks
  const validation = earlyValidationFindings(observation, policy)
  const findings = [...observation.results.map((r) => hookResultFinding(target, r, policy, now)), ...validation]
  // A change set that failed a FAIL-mode early validation is judged by those findings (and the policy's
  // early-validation setting), not a second time as a failed change set.
  const explained = validation.some((f) => f.rule === 'hooks.early-validation')
  const changeSet = explained ? undefined : changeSetFinding(observation, target)
  if (changeSet) findings.push(changeSet)
  const operation = observation.operation && stackOperationFinding(target, observation.operation, settled)
  if (operation) findings.push(operation)
  if (settled) {
    for (const glob of required)
      // Required means it ran its check: a hook that itself failed (HOOK_FAILED) checked nothing.
      if (!observation.results.some((r) => globToRegExp(glob).test(r.typeName) && checked(r.status)))
        findings.push({
          target,
          item: glob,
          rule: 'hooks.required',
          severity: policy.waiting.onMissing,
          message: `no result from a required hook matching ${glob} that ran its check`
        })
    // Nothing to judge is no failure: what the policy requires is checked above.
    const noOperation = observation.operation !== undefined && !observation.operation.startedAt
    if (observation.results.length === 0 && required.length === 0 && !noOperation)
      findings.push({
        target,
        item: 'hook results',
        rule: 'hooks.none',
        severity: 'pass',
        message: noneMessage(observation)
      })
  }
  return findings
}

const checked = (status: string) => isOneOf(status, CHECKED_HOOK_STATUSES)

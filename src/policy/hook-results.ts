/** Findings for the hook results of one query. */
import { CHECKED_HOOK_STATUSES, type HookResultsObservation } from '../core/observations.js'
import { globToRegExp } from '../core/glob.js'
import { hookItem } from './items.js'
import type { Finding } from '../core/verdict.js'
import type { Policy } from './types.js'

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
  if (observation.invokedSince) return `no hook was invoked since ${observation.invokedSince}`
  return 'no hook invocations were listed'
}

export function hookResultsFindings(observation: HookResultsObservation, policy: Policy, settled: boolean): Finding[] {
  const target = observation.label
  const { rules, required, hookFailed } = policy.hooks
  const findings: Finding[] = []
  for (const r of observation.results) {
    const index = rules.findIndex((rule) => globToRegExp(rule.typeName).test(r.typeName))
    const rule = rules[index]
    const name = index >= 0 ? `hooks.rules[${index}]` : 'hooks'
    const item = hookItem(r)
    const reason = r.reason ? `: ${r.reason}` : ''
    if (rule?.ignore) {
      findings.push({
        target,
        item,
        rule: `${name}.ignore`,
        severity: 'pass',
        message: `${r.status}, ignored by the policy`
      })
      continue
    }
    switch (r.status) {
      case 'HOOK_COMPLETE_SUCCEEDED':
        findings.push({ target, item, rule: name, severity: 'pass', message: 'succeeded' })
        break
      case 'HOOK_COMPLETE_FAILED': {
        const severity = rule?.onFailure ?? (r.failureMode === 'WARN' ? 'warn' : 'fail')
        const why = rule?.onFailure ? `${name}.on-failure` : `hooks.failure-mode-${r.failureMode.toLowerCase()}`
        findings.push({ target, item, rule: why, severity, message: `failed its check${reason}` })
        break
      }
      case 'HOOK_FAILED':
        findings.push({
          target,
          item,
          rule: 'hooks.hook-failed',
          severity: hookFailed,
          message: `the hook itself failed${reason}`
        })
        break
      default:
        findings.push({
          target,
          item,
          rule: 'hooks.in-progress',
          severity: 'warn',
          message: `still ${r.status} when waiting ended`
        })
    }
  }
  const changeSet = changeSetFinding(observation, target)
  if (changeSet) findings.push(changeSet)
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
    if (observation.results.length === 0 && required.length === 0)
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

const checked = (status: string) => (CHECKED_HOOK_STATUSES as readonly string[]).includes(status)

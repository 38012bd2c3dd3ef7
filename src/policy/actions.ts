/** What a verdict means for the step and which lifecycle action the policy attaches to it. */
import { targetText, type LifecycleAction } from '../core/lifecycle.js'
import type { Finding, Verdict } from '../core/verdict.js'
import type { Policy } from './types.js'

/** Verdicts that let the step pass. */
export function isPassing(verdict: Verdict): boolean {
  return verdict === 'pass' || verdict === 'warn'
}

export interface ChosenAction {
  /** Why the update is asked for, e.g. `on-pass: previous-versions`. */
  trigger: string
  action: LifecycleAction
}

/** The lifecycle action the policy attaches to this verdict; timeouts, errors and cancellation trigger none. */
export function actionFor(lifecycle: Policy['lifecycle'], verdict: Verdict): ChosenAction | undefined {
  const { onPass, onWarn, onFail } = lifecycle
  const action = verdict === 'pass' ? onPass : verdict === 'warn' ? onWarn : verdict === 'fail' ? onFail : undefined
  if (!action) return undefined
  const target = action.target.kind === 'build' ? 'explicit ARN' : targetText(action.target)
  return { trigger: `on-${verdict}: ${target}`, action }
}

/**
 * A target's own verdict, from its findings alone: `this-build` and `previous-versions` apply to the builds whose
 * own verdict is the run's (on-fail disables the build that failed, not the one beside it that passed).
 */
export function targetVerdict(findings: Finding[], target: string): 'pass' | 'warn' | 'fail' {
  const own = findings.filter((f) => f.target === target)
  return own.some((f) => f.severity === 'fail') ? 'fail' : own.some((f) => f.severity === 'warn') ? 'warn' : 'pass'
}

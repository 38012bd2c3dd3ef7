/**
 * The failed rules of a hook result (GetHookResult's annotations), each judged: an ignore in force passes it;
 * else the hook type's own rule (`hooks.rules[].on-failure`) decides; else its severity level, by
 * `hooks.severity`; else, as for a rule without a level, the hook's failure mode. Missing data never passes.
 */
import { globToRegExp } from '../core/glob.js'
import type { HookAnnotation, HookResult } from '../core/observations.js'
import type { RuleFinding, Severity } from '../core/verdict.js'
import { SEVERITY_LEVELS, type Policy } from './types.js'

/** What the hook's result means without its rules: the verdict and the policy key that gave it. */
export interface HookVerdict {
  severity: Severity
  decidedBy: string
  /** A rule for this hook type said so explicitly: it wins over severity levels. */
  explicit: boolean
}

const RANK: Record<Severity, number> = { pass: 0, warn: 1, fail: 2 }

/** Worst first: by verdict, then by AWS severity level (a rule without one last). */
export function worstFirst(a: RuleFinding, b: RuleFinding): number {
  const level = (r: RuleFinding) => {
    const i = (SEVERITY_LEVELS as readonly string[]).indexOf(r.level ?? '')
    return i < 0 ? SEVERITY_LEVELS.length : i
  }
  return RANK[b.severity] - RANK[a.severity] || level(a) - level(b)
}

function byLevel(
  a: HookAnnotation,
  own: HookVerdict,
  policy: Policy
): Pick<RuleFinding, 'severity' | 'decidedBy' | 'note'> {
  const levels = policy.hooks.severity
  if (own.explicit || !levels || !a.level) return { severity: own.severity, decidedBy: own.decidedBy }
  if (levels.fail.includes(a.level)) return { severity: 'fail', decidedBy: 'hooks.severity.fail' }
  if (levels.warn.includes(a.level)) return { severity: 'warn', decidedBy: 'hooks.severity.warn' }
  return {
    severity: 'pass',
    decidedBy: 'hooks.severity',
    note: `${a.level} is in neither hooks.severity.fail nor hooks.severity.warn`
  }
}

function judge(r: HookResult, a: HookAnnotation, own: HookVerdict, policy: Policy, now: number): RuleFinding {
  const name = a.name ?? 'unnamed rule'
  const base = { name, hook: r.typeName, level: a.level, message: a.message, remediation: a.remediation, link: a.link }
  const matching = policy.hooks.ignoreRules
    .map((ignore, index) => ({ ignore, key: `hooks.ignore-rules[${index}]` }))
    .filter(({ ignore }) => globToRegExp(ignore.rule).test(name))
    .filter(({ ignore }) => !ignore.typeName || globToRegExp(ignore.typeName).test(r.typeName))
  const active = matching.find(({ ignore }) => now < ignore.expiresAt)
  if (active)
    return {
      ...base,
      severity: 'pass',
      decidedBy: active.key,
      note: `ignored until ${active.ignore.until}: ${active.ignore.reason}`
    }
  const decided = byLevel(a, own, policy)
  const expired = matching[0]
  return expired
    ? { ...base, ...decided, note: `${expired.key} ended on ${expired.ignore.until}` }
    : { ...base, ...decided }
}

/** The result's failed rules, judged, worst first; none when the hook gave no failed rule (or no detail). */
export function judgeRules(r: HookResult, own: HookVerdict, policy: Policy, now: number): RuleFinding[] {
  return (
    (r.detail?.annotations ?? [])
      // A rule without a status on a failed hook is shown and judged: missing data is never taken for a pass.
      .filter((a) => a.status !== 'PASSED' && a.status !== 'SKIPPED')
      .map((a) => judge(r, a, own, policy, now))
      .sort(worstFirst)
  )
}

/** What the policy says about the targets: findings, each with a severity, and one verdict. */
import type { TemplateResource } from './observations.js'
import type { ScanFinding } from './scan.js'

export type Severity = 'fail' | 'warn' | 'pass'
export type Verdict = 'pass' | 'warn' | 'fail' | 'timeout' | 'error' | 'cancelled'

export interface Finding {
  /** The target the item belongs to, e.g. `web-ami 1.4.0/7`. */
  target: string
  /** The item judged, e.g. `TEST workflow wf-123`. */
  item: string
  /** The rule that decided, e.g. `workflows.rules[0].fail-on`. */
  rule: string
  severity: Severity
  message: string
  /** The template resource the item is about, when AWS names one. */
  resource?: TemplateResource
  /** The rules a failed hook evaluated, each judged by the policy (from GetHookResult's annotations). */
  rules?: RuleFinding[]
  /** The scan findings a vulnerability threshold counted, each under the first (worst) threshold that did. */
  vulnerabilities?: ScanFinding[]
}

/** One failed rule of a hook, judged. */
export interface RuleFinding {
  /** The annotation's name (or `unnamed rule`). */
  name: string
  /** The hook that evaluated it, for the report. */
  hook: string
  severity: Severity
  /** The policy key that decided, e.g. `hooks.severity.fail` or `hooks.ignore-rules[0]`. */
  decidedBy: string
  /** AWS's severity level, when the hook gave one. */
  level?: string
  message?: string
  remediation?: string
  /** As AWS gave it: the report makes a link of http(s) only. */
  link?: string
  /** Why the policy decided as it did, when that is not plain: an ignore and its reason, an expired ignore. */
  note?: string
}

export interface Evaluation {
  verdict: Verdict
  /** One sentence: why the verdict is what it is. */
  reason: string
  findings: Finding[]
}

/** What the policy says about the targets: findings, each with a severity, and one verdict. */

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
}

export interface Evaluation {
  verdict: Verdict
  /** One sentence: why the verdict is what it is. */
  reason: string
  findings: Finding[]
}

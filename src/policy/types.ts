/** What the policy decides with, and what it says. */

export type Severity = 'fail' | 'warn' | 'pass'
export type Verdict = 'pass' | 'warn' | 'fail' | 'timeout' | 'error' | 'cancelled'

export interface Finding {
  /** The target the item belongs to, e.g. `web-ami 1.4.0/7`. */
  target: string
  /** The item judged, e.g. `TEST workflow wf-123`. */
  item: string
  /** The rule that decided, e.g. `workflows.fail-on`. */
  rule: string
  severity: Severity
  message: string
}

export interface WorkflowRule {
  failOn: string[]
  warnOn: string[]
  /** More failed steps than this fail the workflow, whatever its status. */
  maxFailedSteps: number
}

export interface Policy {
  workflows: { default: WorkflowRule }
  /** Severity of a target that did not settle before the timeout, or that errored. */
  onTimeout: Severity
  onError: Severity
}

export const DEFAULT_POLICY: Policy = {
  workflows: { default: { failOn: ['FAILED', 'CANCELLED', 'ROLLBACK_COMPLETED'], warnOn: [], maxFailedSteps: 0 } },
  onTimeout: 'fail',
  onError: 'fail'
}

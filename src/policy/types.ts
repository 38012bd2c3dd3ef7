/** What the policy decides with, and what it says. */

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

export interface WorkflowRule {
  /** Workflow type (BUILD, TEST, DISTRIBUTION) or a glob. */
  type: string
  failOn: string[]
  warnOn: string[]
  /** More failed steps than this fail the workflow, whatever its status. */
  maxFailedSteps?: number
  /** More skipped steps than this warn. */
  maxSkippedSteps?: number
}

export interface HookRule {
  /** Hook type name glob, e.g. `MyOrg::Security::*`. */
  typeName: string
  ignore: boolean
  /** How a HOOK_COMPLETE_FAILED maps, whatever its FailureMode; unset follows FailureMode (FAIL fails, WARN warns). */
  onFailure?: Severity
}

export interface Policy {
  /** Where the policy came from, for messages: a path, `inline` or `defaults`. */
  source: string
  workflows: {
    /** Types that must have run at all. */
    required: string[]
    rules: WorkflowRule[]
    /** Applies to a type no rule names. */
    default: Omit<WorkflowRule, 'type'>
  }
  hooks: {
    /** Hook type name globs that must have reported. */
    required: string[]
    rules: HookRule[]
    /** The hook itself broke (HOOK_FAILED), as opposed to failing its check. */
    hookFailed: Severity
    /** How long to wait for required hooks, or for any result at all, before judging what is there. */
    graceMs?: number
  }
  stack: {
    /** Resource types or logical ids (globs) that matter; empty means all. */
    resources: string[]
    failOn: string[]
    warnOn: string[]
  }
  waiting: {
    timeoutMs?: number
    onTimeout: Severity
    onError: Severity
    /** A required workflow or hook that never reported. */
    onMissing: Severity
  }
}

export const DEFAULT_POLICY: Policy = {
  source: 'defaults',
  workflows: {
    required: [],
    rules: [],
    default: { failOn: ['FAILED', 'CANCELLED', 'ROLLBACK_COMPLETED'], warnOn: [], maxFailedSteps: 0 }
  },
  hooks: { required: [], rules: [], hookFailed: 'fail' },
  stack: { resources: [], failOn: ['*_FAILED'], warnOn: [] },
  waiting: { onTimeout: 'fail', onError: 'fail', onMissing: 'fail' }
}

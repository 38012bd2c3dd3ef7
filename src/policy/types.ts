/** What the policy decides with. */
import { DEFAULT_IN_USE, type InUseScope } from '../core/in-use.js'
import type { CleanupRules, LifecycleAction } from '../core/lifecycle.js'
import type { Severity } from '../core/verdict.js'

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
  lifecycle: { onPass?: LifecycleAction; onWarn?: LifecycleAction; onFail?: LifecycleAction }
  cleanup?: CleanupRules
  /** What counts as in use before a build is moved to a state that stops launches. */
  inUse: InUseScope
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
  lifecycle: {},
  inUse: DEFAULT_IN_USE,
  waiting: { onTimeout: 'fail', onError: 'fail', onMissing: 'fail' }
}

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

export type ImageState = 'AVAILABLE' | 'DEPRECATED' | 'DISABLED' | 'DELETED'

/** A state update the policy asks for on a verdict; resolved to concrete requests by the lifecycle module. */
export interface LifecycleAction {
  state: ImageState
  /** `this-build`, `previous-versions` or an image build version ARN. */
  target: string
  keep: number
  include?: { amis?: boolean; snapshots?: boolean; containers?: boolean }
  exclude?: {
    isPublic?: boolean
    regions?: string[]
    sharedAccounts?: string[]
    lastLaunched?: { value: number; unit: 'DAYS' | 'WEEKS' | 'MONTHS' | 'YEARS' }
    tagMap?: Record<string, string>
  }
  /** ISO time, or `+30d` / `+12h`. */
  updateAt?: string
  executionRole?: string
}

/** What a scheduled cleanup does: the state to set and which versions are stale. */
export interface CleanupRules {
  action: LifecycleAction
  /** Image name globs; empty means every image the account owns. */
  images: string[]
  /** Newest versions per image never touched. */
  keep: number
  olderThanMs?: number
  states: string[]
  excludeTags: Record<string, string>
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
  waiting: { onTimeout: 'fail', onError: 'fail', onMissing: 'fail' }
}

/** What the policy decides with. */
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

export interface VulnerabilityMatcher {
  /** Severities (any case); `*` for any. */
  severity: string[]
  /** Only findings whose fixAvailable is one of these (any case); unset for any. */
  fixAvailable?: string[]
  minScore?: number
  /** How many matching findings are tolerated. */
  moreThan: number
}

export interface AllowEntry {
  id: string
  /** `YYYY-MM-DD`: the entry applies through the end of that day (UTC). */
  until: string
  reason: string
}

export interface VulnerabilityRules {
  failOn: VulnerabilityMatcher[]
  warnOn: VulnerabilityMatcher[]
  allow: AllowEntry[]
  /** A scan that did not finish, or ended ABANDONED, FAILED or TIMED_OUT. */
  scanIncomplete: Severity
  /** A build with scanning off; unset: nothing to judge. */
  scanOff?: Severity
}

const DEFAULT_VULNERABILITY_RULES: VulnerabilityRules = {
  failOn: [{ severity: ['CRITICAL'], fixAvailable: ['YES', 'PARTIAL'], moreThan: 0 }],
  warnOn: [{ severity: ['HIGH'], moreThan: 0 }],
  allow: [],
  scanIncomplete: 'fail'
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
  /** The build's vulnerability scan. */
  vulnerabilities: VulnerabilityRules
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
  vulnerabilities: DEFAULT_VULNERABILITY_RULES,
  lifecycle: {},
  waiting: { onTimeout: 'fail', onError: 'fail', onMissing: 'fail' }
}

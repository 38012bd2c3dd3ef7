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

/** GetHookResult's SeverityLevel values, worst first. */
export const SEVERITY_LEVELS = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL'] as const

/** A failed rule left out of the verdict until a date. */
export interface RuleIgnore {
  /** Annotation name glob, e.g. `S3_BUCKET_LOGGING_ENABLED` or `CT.S3.*`. */
  rule: string
  /** Only for hooks of these type names (a glob); unset for any hook. */
  typeName?: string
  /** `2027-03-31`: ignored through that day (UTC). */
  until: string
  /** The first moment it no longer applies: the start of the day after `until`. */
  expiresAt: number
  reason: string
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
    /**
     * Failed rules by AWS severity level: levels here fail or warn, a level in neither passes. Unset, or for a rule
     * without a level, the hook's own verdict (its rule or failure mode) stands.
     */
    severity?: { fail: string[]; warn: string[] }
    ignoreRules: RuleIgnore[]
    /** A change set's failed early validation of failure mode FAIL (WARN-mode validations only warn). */
    earlyValidation: Severity
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
  hooks: { required: [], rules: [], hookFailed: 'fail', ignoreRules: [], earlyValidation: 'fail' },
  stack: { resources: [], failOn: ['*_FAILED'], warnOn: [] },
  vulnerabilities: DEFAULT_VULNERABILITY_RULES,
  lifecycle: {},
  inUse: DEFAULT_IN_USE,
  waiting: { onTimeout: 'fail', onError: 'fail', onMissing: 'fail' }
}

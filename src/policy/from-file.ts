/** A policy file the schema accepted -> the Policy the gate runs on: defaults filled in, targets parsed. */
import { parseImageBuildVersionArn } from '../core/arn.js'
import { parseDuration } from '../core/duration.js'
import { globToRegExp } from '../core/glob.js'
import type { CleanupRules, LifecycleAction, LifecycleTarget, StateUpdate } from '../core/lifecycle.js'
import { DEFAULT_IN_USE, type InUseScope } from '../core/in-use.js'
import type { CleanupFile, InUseFile, LifecycleActionFile, PolicyFile, VulnerabilityMatcherFile } from './schema.js'
import { DEFAULT_POLICY, type Policy, type VulnerabilityMatcher, type VulnerabilityRules } from './types.js'

/** A problem the schema cannot see, at a key path of the file. */
export interface PathProblem {
  path: PropertyKey[]
  message: string
}

function toCleanup(c: CleanupFile | undefined, problems: PathProblem[]): CleanupRules | undefined {
  if (!c) return undefined
  return {
    action: toUpdate(c, ['cleanup'], problems),
    images: c.images ?? [],
    keep: c.keep ?? 3,
    olderThanMs: c['older-than'] === undefined ? undefined : parseDuration(c['older-than']),
    states: c.states ?? ['AVAILABLE', 'DEPRECATED', 'DISABLED'],
    excludeTags: c['exclude-tags'] ?? {}
  }
}

function toInUse(f: InUseFile | undefined): InUseScope {
  const d = DEFAULT_IN_USE
  const wait = f?.['other-accounts-wait']
  return {
    check: f?.check ?? d.check,
    instanceStates: f?.['instance-states'] ?? d.instanceStates,
    launchTemplateVersions: f?.['launch-template-versions'] ?? d.launchTemplateVersions,
    launchTemplateDepth: f?.['launch-template-depth'] ?? d.launchTemplateDepth,
    otherAccounts: f?.['other-accounts'] ?? d.otherAccounts,
    otherAccountsWaitMs: wait === undefined ? d.otherAccountsWaitMs : (parseDuration(wait) ?? d.otherAccountsWaitMs)
  }
}

/** The target, parsed: a wrong ARN is refused here, with its position, before anything runs. */
function toTarget(a: LifecycleActionFile, path: PropertyKey[], problems: PathProblem[]): LifecycleTarget {
  if (a.keep !== undefined && a.target !== 'previous-versions')
    problems.push({
      path: [...path, 'keep'],
      message: 'keep counts previous versions: use it with target previous-versions only'
    })
  if (a.target === 'this-build') return { kind: 'this-build' }
  if (a.target === 'previous-versions') return { kind: 'previous-versions', keep: a.keep ?? 0 }
  const arn = parseImageBuildVersionArn(a.target)
  if (typeof arn !== 'string') return { kind: 'build', arn }
  problems.push({
    path: [...path, 'target'],
    message: `${arn}; use this-build, previous-versions or the ARN of an image build version`
  })
  return { kind: 'this-build' }
}

function toAction(
  a: LifecycleActionFile | undefined,
  key: string,
  problems: PathProblem[]
): LifecycleAction | undefined {
  return a && { ...toUpdate(a, ['lifecycle', key], problems), target: toTarget(a, ['lifecycle', key], problems) }
}

/**
 * What StartResourceStateUpdateRequest's member docs say it always refuses (imagebuilder model): includeResources
 * "Requires executionRole to also be specified"; updateAt "only when the target status is DEPRECATED".
 */
function checkUpdate(a: Omit<LifecycleActionFile, 'target' | 'keep'>, path: PropertyKey[], problems: PathProblem[]) {
  if (a.include && !a['execution-role'])
    problems.push({
      path: [...path, 'include'],
      message:
        'include needs execution-role: StartResourceStateUpdate refuses includeResources without an executionRole ' +
        '(the IAM role Image Builder acts on the AMIs, snapshots or containers with)'
    })
  if (a['update-at'] && a.state !== 'DEPRECATED')
    problems.push({
      path: [...path, 'update-at'],
      message: `update-at works only with state DEPRECATED (StartResourceStateUpdate), not ${a.state}: remove it`
    })
}

function toUpdate(
  a: Omit<LifecycleActionFile, 'target' | 'keep'>,
  path: PropertyKey[],
  problems: PathProblem[]
): StateUpdate {
  checkUpdate(a, path, problems)
  const x = a.exclude
  return {
    state: a.state,
    include: a.include,
    exclude: x && {
      isPublic: x.public,
      regions: x.regions,
      sharedAccounts: x['shared-accounts'],
      lastLaunched: x['last-launched'],
      tagMap: x.tags
    },
    updateAt: a['update-at'],
    executionRole: a['execution-role']
  }
}

/** Rules that can never apply: a later rule for a type an earlier one (or `*`) already covers. */
function deadRules(file: PolicyFile, problems: PathProblem[]): void {
  const seen: string[] = []
  ;(file.workflows?.rules ?? []).forEach((rule, i) => {
    const earlier = seen.find((type) => type === '*' || type === rule.type)
    if (earlier)
      problems.push({
        path: ['workflows', 'rules', i],
        message: `this rule never applies: an earlier rule for ${earlier} already covers type ${rule.type}; merge them`
      })
    seen.push(rule.type)
  })
}

/** A hook the policy requires cannot also be ignored. */
function ignoredRequired(file: PolicyFile, problems: PathProblem[]): void {
  const required = file.hooks?.required ?? []
  ;(file.hooks?.rules ?? []).forEach((rule, i) => {
    const clash = required.find(
      (glob) => globToRegExp(glob).test(rule['type-name']) || globToRegExp(rule['type-name']).test(glob)
    )
    if (rule.ignore && clash)
      problems.push({
        path: ['hooks', 'rules', i, 'ignore'],
        message: `hooks.required names ${clash}, which this rule ignores: a required hook counts; remove one of them`
      })
  })
}

/** The severity levels, each in one list at most: a level that both fails and warns says nothing. */
function toSeverity(
  file: NonNullable<PolicyFile['hooks']>['severity'],
  problems: PathProblem[]
): Policy['hooks']['severity'] {
  if (!file) return undefined
  const severity = { fail: file.fail ?? [], warn: file.warn ?? [] }
  for (const level of severity.warn.filter((l) => severity.fail.includes(l)))
    problems.push({
      path: ['hooks', 'severity', 'warn'],
      message: `${level} is in both fail and warn: keep it in one`
    })
  return severity
}

function toMatcher(m: VulnerabilityMatcherFile): VulnerabilityMatcher {
  const fix = m['fix-available']
  return {
    severity: typeof m.severity === 'string' ? [m.severity] : m.severity,
    fixAvailable: fix === undefined ? undefined : fix === true ? ['YES', 'PARTIAL'] : fix === false ? ['NO'] : fix,
    minScore: m['min-score'],
    moreThan: m['more-than'] ?? 0
  }
}

function toVulnerabilities(v: PolicyFile['vulnerabilities']): VulnerabilityRules {
  const d = DEFAULT_POLICY.vulnerabilities
  return {
    failOn: v?.['fail-on']?.map(toMatcher) ?? d.failOn,
    warnOn: v?.['warn-on']?.map(toMatcher) ?? d.warnOn,
    allow: v?.allow ?? [],
    scanIncomplete: v?.['scan-incomplete'] ?? d.scanIncomplete,
    scanOff: v?.['scan-off']
  }
}

/** The policy file, checked by the schema, as the Policy the gate runs on; or the problems left. */
export function toPolicy(file: PolicyFile, source: string): { policy: Policy; problems: PathProblem[] } {
  const problems: PathProblem[] = []
  deadRules(file, problems)
  ignoredRequired(file, problems)
  const d = DEFAULT_POLICY
  const fallback = {
    failOn: file.workflows?.default?.['fail-on'] ?? d.workflows.default.failOn,
    warnOn: file.workflows?.default?.['warn-on'] ?? d.workflows.default.warnOn,
    maxFailedSteps: file.workflows?.default?.['max-failed-steps'] ?? d.workflows.default.maxFailedSteps,
    maxSkippedSteps: file.workflows?.default?.['max-skipped-steps']
  }
  const policy: Policy = {
    source,
    workflows: {
      required: file.workflows?.required ?? [],
      default: fallback,
      rules: (file.workflows?.rules ?? []).map((r) => ({
        type: r.type,
        failOn: r['fail-on'] ?? fallback.failOn,
        warnOn: r['warn-on'] ?? fallback.warnOn,
        maxFailedSteps: r['max-failed-steps'] ?? fallback.maxFailedSteps,
        maxSkippedSteps: r['max-skipped-steps'] ?? fallback.maxSkippedSteps
      }))
    },
    hooks: {
      required: file.hooks?.required ?? [],
      rules: (file.hooks?.rules ?? []).map((r) => ({
        typeName: r['type-name'],
        ignore: r.ignore ?? false,
        onFailure: r['on-failure']
      })),
      hookFailed: file.hooks?.['hook-failed'] ?? d.hooks.hookFailed,
      graceMs: file.hooks?.grace === undefined ? undefined : parseDuration(file.hooks.grace),
      severity: toSeverity(file.hooks?.severity, problems),
      ignoreRules: (file.hooks?.['ignore-rules'] ?? []).map((r) => ({
        rule: r.rule,
        typeName: r['type-name'],
        until: r.until,
        expiresAt: Date.parse(`${r.until}T00:00:00Z`) + 86_400_000,
        reason: r.reason
      })),
      earlyValidation: file.hooks?.['early-validation'] ?? d.hooks.earlyValidation
    },
    stack: {
      resources: file.stack?.resources ?? [],
      failOn: file.stack?.['fail-on'] ?? d.stack.failOn,
      warnOn: file.stack?.['warn-on'] ?? d.stack.warnOn
    },
    vulnerabilities: toVulnerabilities(file.vulnerabilities),
    lifecycle: {
      onPass: toAction(file.lifecycle?.['on-pass'], 'on-pass', problems),
      onWarn: toAction(file.lifecycle?.['on-warn'], 'on-warn', problems),
      onFail: toAction(file.lifecycle?.['on-fail'], 'on-fail', problems)
    },
    cleanup: toCleanup(file.cleanup, problems),
    inUse: toInUse(file['in-use']),
    waiting: {
      timeoutMs: file.waiting?.timeout === undefined ? undefined : parseDuration(file.waiting.timeout),
      onTimeout: file.waiting?.['on-timeout'] ?? d.waiting.onTimeout,
      onError: file.waiting?.['on-error'] ?? d.waiting.onError,
      onMissing: file.waiting?.['on-missing'] ?? d.waiting.onMissing
    }
  }
  return { policy, problems }
}

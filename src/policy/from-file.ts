/** A policy file the schema accepted -> the Policy the gate runs on: defaults filled in, targets parsed. */
import { parseImageBuildVersionArn } from '../core/arn.js'
import { parseDuration } from '../core/duration.js'
import type { CleanupRules, LifecycleAction, LifecycleTarget, StateUpdate } from '../core/lifecycle.js'
import type { CleanupFile, LifecycleActionFile, PolicyFile, VulnerabilityMatcherFile } from './schema.js'
import { DEFAULT_POLICY, type Policy, type VulnerabilityMatcher, type VulnerabilityRules } from './types.js'

/** A problem the schema cannot see, at a key path of the file. */
export interface PathProblem {
  path: PropertyKey[]
  message: string
}

function toCleanup(c: CleanupFile | undefined): CleanupRules | undefined {
  if (!c) return undefined
  return {
    action: toUpdate(c),
    images: c.images ?? [],
    keep: c.keep ?? 3,
    olderThanMs: c['older-than'] === undefined ? undefined : parseDuration(c['older-than']),
    states: c.states ?? ['AVAILABLE', 'DEPRECATED', 'DISABLED'],
    excludeTags: c['exclude-tags'] ?? {}
  }
}

/** The target, parsed: a wrong ARN is refused here, with its position, before anything runs. */
function toTarget(a: LifecycleActionFile, path: PropertyKey[], problems: PathProblem[]): LifecycleTarget {
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
  return a && { ...toUpdate(a), target: toTarget(a, ['lifecycle', key], problems) }
}

function toUpdate(a: Omit<LifecycleActionFile, 'target' | 'keep'>): StateUpdate {
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
      graceMs: file.hooks?.grace === undefined ? undefined : parseDuration(file.hooks.grace)
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
    cleanup: toCleanup(file.cleanup),
    waiting: {
      timeoutMs: file.waiting?.timeout === undefined ? undefined : parseDuration(file.waiting.timeout),
      onTimeout: file.waiting?.['on-timeout'] ?? d.waiting.onTimeout,
      onError: file.waiting?.['on-error'] ?? d.waiting.onError,
      onMissing: file.waiting?.['on-missing'] ?? d.waiting.onMissing
    }
  }
  return { policy, problems }
}

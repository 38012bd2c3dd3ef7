/** Pure: which image build versions a scheduled cleanup retires, and why every other one is left alone. */
import { formatDuration } from '../core/duration.js'
import { matchesAny } from '../core/glob.js'
import type { BuildVersion, CleanupDecision, CleanupRules, Decision } from '../core/lifecycle.js'
import { compareVersions, needsUpdate } from './select.js'

function excludedByTag(build: BuildVersion, tags: Record<string, string>): string | undefined {
  for (const [key, value] of Object.entries(tags)) {
    const actual = build.tags?.[key]
    if (actual !== undefined && (value === '*' || value === actual)) return `carries the exclusion tag ${key}=${actual}`
  }
  return undefined
}

/**
 * One decision per build, in order of image name and newest version first. `current` names versions never
 * touched; `now` is epoch milliseconds.
 */
export function selectStale(
  builds: BuildVersion[],
  rules: CleanupRules,
  now: number,
  current: ReadonlySet<string> = new Set()
): CleanupDecision[] {
  const byImage = new Map<string, BuildVersion[]>()
  for (const build of builds) {
    if (rules.images.length > 0 && !matchesAny(build.name, rules.images)) continue
    byImage.set(build.name, [...(byImage.get(build.name) ?? []), build])
  }
  const decisions: CleanupDecision[] = []
  const byName = [...byImage].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  for (const [name, versions] of byName) {
    const newestFirst = versions.sort((a, b) => compareVersions(b.version, a.version))
    newestFirst.forEach((build, index) => {
      const decide = (decision: Decision, why: string) => decisions.push({ build, decision, why })
      if (current.has(build.arn)) return decide('kept', 'named as the current version')
      const tagged = excludedByTag(build, rules.excludeTags)
      if (tagged) return decide('kept', tagged)
      if (index < rules.keep)
        return decide(
          'kept',
          rules.keep === 1 ? `the newest version of ${name}` : `one of the newest ${rules.keep} versions of ${name}`
        )
      const created = build.dateCreated ? Date.parse(build.dateCreated) : NaN
      if (rules.olderThanMs !== undefined) {
        if (!Number.isFinite(created)) return decide('kept', 'its creation date is unknown')
        if (now - created < rules.olderThanMs)
          return decide(
            'kept',
            `created ${formatDuration(now - created)} ago, not older than ${formatDuration(rules.olderThanMs)}`
          )
      }
      if (!rules.states.includes(build.state ?? ''))
        return decide('skipped', `its state ${build.state ?? 'unknown'} is not one of ${rules.states.join(', ')}`)
      const need = needsUpdate(build.state, rules.action.state, false, build.type)
      if (!need.needed) return decide('skipped', need.why)
      decide('act', `stale: ${build.state} -> ${rules.action.state}`)
    })
  }
  return decisions
}

/** The summary's account of what the in-use check counted and ignored, shown whenever it decided something. */
import { scopeLines, stopsLaunches, type InUseFinding, type InUseScope } from '../core/in-use.js'
import type { CleanupResult } from '../core/lifecycle.js'
import { inert } from './escape.js'

/**
 * Shown when builds were checked, or when the check is off and an update stops launches: a narrowed (or
 * switched off) scope is then on the page, never silent.
 */
export function renderInUseScope(
  scope: InUseScope | undefined,
  updates: { state: string; inUse?: InUseFinding }[]
): string {
  if (!scope) return ''
  const checked = updates.some((u) => u.inUse !== undefined)
  const unguarded = !scope.check && updates.some((u) => stopsLaunches(u.state))
  if (!checked && !unguarded) return ''
  return `**In use, as this run counted it:**\n\n${scopeLines(scope)
    .map((line) => `- ${inert(line)}`)
    .join('\n')}\n`
}

/** A cleanup's updates: what it started, and the builds the check kept (their state is the cleanup's). */
export function cleanupUpdates(result: CleanupResult): { state: string; inUse?: InUseFinding }[] {
  return [...result.entries, ...result.decisions.filter((d) => d.inUse).map((d) => ({ state: '', inUse: d.inUse }))]
}

/** Pure: which image build versions a lifecycle action should touch, and why the others are left alone. */
import { refusedUpdate, type BuildVersion, type ImageState } from '../core/lifecycle.js'

export interface Selection {
  selected: BuildVersion[]
  skipped: { build: BuildVersion; why: string }[]
}

/** Order of the states a build can be moved along; moving back is never done implicitly. */
const RANK = new Map<string, number>([
  ['AVAILABLE', 0],
  ['DEPRECATED', 1],
  ['DISABLED', 2],
  ['DELETED', 3]
])

/** Whether an update is needed, and if not, why. */
export type Need = { needed: true; why?: undefined } | { needed: false; why: string }

/**
 * Whether a build in `current` state should get `target`: only forward along AVAILABLE -> ... -> DELETED, and
 * never what AWS always refuses. A build named explicitly (this build, an ARN) may also be in another state, e.g.
 * FAILED after its tests (which only DELETED applies to).
 */
export function needsUpdate(current: string | undefined, target: ImageState, named = false, type?: string): Need {
  const refused = refusedUpdate(current, target, type)
  if (refused) return { needed: false, why: refused }
  const from = current === undefined ? undefined : RANK.get(current)
  if (from === undefined) {
    return named && current !== undefined
      ? { needed: true }
      : { needed: false, why: `its state ${current ?? 'is unknown'} is not one a lifecycle update applies to` }
  }
  if (current === target) return { needed: false, why: `already ${target}` }
  if (from > (RANK.get(target) ?? Infinity)) return { needed: false, why: `already ${current}, past ${target}` }
  return { needed: true }
}

function parts(version: string): number[] {
  return version.split(/[./]/).map((n) => Number(n))
}

/** Semantic version first, then build number. */
export function compareVersions(a: string, b: string): number {
  const x = parts(a)
  const y = parts(b)
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0)
    if (d !== 0) return d
  }
  return 0
}

/** The builds of an image older than `current`, past the newest `keep` of them, that need `target`. */
export function selectPrevious(
  builds: BuildVersion[],
  current: BuildVersion,
  keep: number,
  target: ImageState
): Selection {
  const older = builds
    .filter((b) => b.arn !== current.arn && compareVersions(b.version, current.version) < 0)
    .sort((a, b) => compareVersions(b.version, a.version))
  const selection: Selection = { selected: [], skipped: [] }
  older.forEach((build, index) => {
    if (index < keep)
      return selection.skipped.push({
        build,
        why: keep === 1 ? 'kept: the newest previous version' : `kept: one of the newest ${keep} previous versions`
      })
    const need = needsUpdate(build.state, target, false, build.type)
    if (need.needed) selection.selected.push(build)
    else selection.skipped.push({ build, why: need.why })
  })
  return selection
}

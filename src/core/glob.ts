/** Globs over names such as hook type names (`MyOrg::Security::*`) and statuses (`*_FAILED`): `*` and `?` only. */
const cache = new Map<string, RegExp>()

export function globToRegExp(glob: string): RegExp {
  let re = cache.get(glob)
  if (!re) {
    const body = glob
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')
    cache.set(glob, (re = new RegExp(`^${body}$`)))
  }
  return re
}

export function matchesAny(name: string, globs: readonly string[]): boolean {
  return globs.some((g) => globToRegExp(g).test(name))
}

/**
 * Listings are not to be trusted item by item: an item may come twice (across pages) or be missing from one
 * poll. Each id counts once, and an item seen before but missing now stays at its last known state, marked,
 * so a running item that drops out of a listing still holds the target open rather than letting it pass.
 */
export function mergeListed<T extends { id: string; notListed?: boolean }>(
  previous: readonly T[] | undefined,
  listed: readonly T[]
): T[] {
  // Items without an id are never merged: nothing says two of them are the same.
  const byId = new Map<string, T>()
  const anonymous = listed.filter((item) => !item.id)
  for (const item of listed) if (item.id) byId.set(item.id, item)
  for (const old of previous ?? []) if (old.id && !byId.has(old.id)) byId.set(old.id, { ...old, notListed: true })
  return [...byId.values(), ...anonymous]
}

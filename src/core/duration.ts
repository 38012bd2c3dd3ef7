/** Durations as people write them in workflow files: `90s`, `15m`, `2h`, `1h30m`, `500ms`, or plain seconds. */
const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/g
/** A duration's form, as a pattern the policy's JSON Schema shares: plain seconds or number-unit parts. */
export const DURATION_PATTERN = '^(?:\\d+(?:\\.\\d+)?|(?:\\d+(?:\\.\\d+)?(?:ms|s|m|h|d))+)$'
const WHOLE = /^(?:\d+(?:\.\d+)?(?:ms|s|m|h|d))+$/

/**
 * The longest wait a timer can take: Node fires a timer of more than 2^31-1 ms (about 24.8 days) at once, which
 * turns a long wait into a busy loop. Every duration that becomes a wait is held under it.
 */
export const LONGEST_WAIT_MS = 24 * 86_400_000
export const LONGEST_WAIT = '24d'

/** Milliseconds for a duration string, or undefined when it is not one. */
export function parseDuration(text: string | number): number | undefined {
  if (typeof text === 'number') return Number.isFinite(text) && text >= 0 ? text * 1000 : undefined
  const value = text.trim().toLowerCase()
  if (/^\d+(?:\.\d+)?$/.test(value)) return Number(value) * 1000
  if (!WHOLE.test(value)) return undefined
  let total = 0
  for (const [, amount, unit] of value.matchAll(PART)) total += Number(amount) * (UNIT_MS[unit as string] as number)
  return total
}

/** A short human form of a duration, e.g. `14m 05s`. */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000))
  const h = Math.floor(seconds / 3600)
  const m = Math.floor((seconds % 3600) / 60)
  const s = seconds % 60
  if (h >= 48) return `${Math.floor(h / 24)}d ${String(h % 24).padStart(2, '0')}h`
  if (h > 0) return `${h}h ${String(m).padStart(2, '0')}m`
  if (m > 0) return `${m}m ${String(s).padStart(2, '0')}s`
  return `${s}s`
}

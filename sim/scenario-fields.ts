/** Reading scenario fields: offsets as durations, required and optional values, with the place named on error. */
import { parseDuration } from '../src/core/duration.js'

export type Raw = Record<string, unknown>

export class ScenarioError extends Error {}

/** An answer to a WaitForAction step (SendWorkflowStepAction's RESUME or STOP), or its timeout. */
export type WaitEvent = 'RESUME' | 'STOP' | 'TIMEOUT'

export interface Timed {
  /** Offset from the simulator's start, in milliseconds; with `on`, from that answer. */
  at: number
  /** Only once a WaitForAction step (`step`, default the image's only one) got this answer. */
  on?: WaitEvent
  step?: string
}

/** An offset: a duration like 90s, or with a minus sign (-1h) for what happened before the simulator started. */
export function at(value: unknown, where: string): number {
  const before = typeof value === 'string' && value.trim().startsWith('-')
  const ms = parseDuration(before ? (value as string).trim().slice(1) : (value as string | number))
  if (ms === undefined)
    throw new ScenarioError(`${where}: "at" must be a duration like 90s, 9m or -1h, got ${JSON.stringify(value)}`)
  return before ? -ms : ms
}

export function list(raw: unknown): Raw[] {
  return Array.isArray(raw) ? (raw as Raw[]) : []
}

export function str(raw: Raw, key: string, where: string, fallback?: string): string {
  const value = raw[key] ?? fallback
  if (value === undefined || value === null) throw new ScenarioError(`${where}: "${key}" is required`)
  return String(value)
}

export function optStr(value: unknown): string | undefined {
  return value === undefined || value === null ? undefined : String(value)
}

export function optNum(value: unknown): number | undefined {
  return value === undefined || value === null ? undefined : Number(value)
}

export function sortedTimeline<T extends Timed>(entries: T[]): T[] {
  return [...entries].sort((a, b) => a.at - b.at)
}

/**
 * One of the values a model enum lists, or the scenario is refused: the simulator never answers outside the model.
 * The one exception is a value marked `{ future: VALUE }`: AWS adds enum values over time (Smithy's enums are open:
 * adding a member is a backward compatible change, and clients must accept values they do not know), so a test of
 * how the gate treats a value it has never seen says so in the scenario.
 */
export function oneOf<T extends string>(value: unknown, allowed: readonly T[], where: string, fallback?: T): T {
  const future = (value as { future?: unknown } | null)?.future
  if (typeof value === 'object' && typeof future === 'string') return future as T
  const given = value ?? fallback
  if (typeof given !== 'string' || !(allowed as readonly string[]).includes(given))
    throw new ScenarioError(`${where}: ${JSON.stringify(given)} is not one of ${allowed.join(', ')}`)
  return given as T
}

/** An identifier in the shape the model gives it, or the scenario is refused, naming the shape. */
export function shaped(value: string, pattern: RegExp, where: string, shape: string): string {
  if (!pattern.test(value))
    throw new ScenarioError(
      `${where}: ${JSON.stringify(value)} does not have the shape of ${shape} (${pattern.source})`
    )
  return value
}

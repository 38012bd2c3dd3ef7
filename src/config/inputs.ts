/** Reading action inputs: each reader records a problem (input, value, fix) instead of throwing. */
import { LONGEST_WAIT, LONGEST_WAIT_MS, parseDuration } from '../core/duration.js'
import type { PolicyError } from '../policy/problems.js'
import { count } from '../core/count.js'

export type InputReader = (name: string) => string

/** One wrong input: its name, the value given and how to fix it. */
export interface InputProblem {
  input: string
  value: string
  fix: string
}

export class ConfigError extends Error {
  constructor(
    readonly problems: InputProblem[],
    readonly policyError?: PolicyError
  ) {
    const lines = problems.map((p) => `Input "${p.input}" is invalid: got ${JSON.stringify(p.value)}; ${p.fix}.`)
    if (policyError)
      lines.push(`Input "policy" is invalid: ${count(policyError.problems.length, 'problem')}:`, policyError.message)
    super(lines.join('\n'))
    this.name = 'ConfigError'
  }
}

/** Several values in one input: one per line or comma-separated. */
export function splitList(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
}

/** The inputs, read through typed readers that all add to one list of problems. */
export class Inputs {
  readonly problems: InputProblem[] = []

  constructor(private readonly read: InputReader) {}

  problem(input: string, value: string, fix: string): void {
    this.problems.push({ input, value, fix })
  }

  text(input: string): string {
    return this.read(input).trim()
  }

  list(input: string): string[] {
    return splitList(this.read(input))
  }

  boolean(input: string): boolean {
    const value = this.text(input).toLowerCase()
    if (value === '' || value === 'false') return false
    if (value === 'true') return true
    this.problem(input, value, 'use true or false')
    return false
  }

  /** A duration that becomes a wait: at least `min` ms, at most what a timer can wait (LONGEST_WAIT). */
  duration(input: string, fallback: string, min = 0): number {
    const value = this.text(input) || fallback
    const ms = parseDuration(value)
    if (ms === undefined || ms < min || ms > LONGEST_WAIT_MS) {
      const least = min > 0 ? ` of at least ${min} ms` : ''
      this.problem(input, value, `use a duration like 90s, 15m or 2h${least}, at most ${LONGEST_WAIT}`)
      return 0
    }
    return ms
  }

  integer(input: string, fallback: number, min: number, max: number): number {
    const value = this.text(input)
    if (value === '') return fallback
    const n = Number(value)
    if (!Number.isInteger(n) || n < min || n > max) {
      this.problem(input, value, `use a whole number from ${min} to ${max}`)
      return fallback
    }
    return n
  }
}

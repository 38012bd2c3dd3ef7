/** Pure: a policy's lifecycle action on one resource -> the exact StartResourceStateUpdate request. */
import { createHash } from 'node:crypto'
import { canonical } from '../core/canonical.js'
import type { LifecycleRequest, StateUpdate } from '../core/lifecycle.js'

const HOUR = 3_600_000
const DAY = 24 * HOUR

/**
 * `+30d` counts from the start of the current UTC day and `+12h` from the start of the current UTC hour, so
 * a re-run of the same job sends the same time (and so the same request, which the client token requires).
 */
function resolveUpdateAt(spec: string | undefined, now: number): Date | undefined {
  if (!spec) return undefined
  const relative = /^\+(\d+)([dh])$/.exec(spec)
  if (!relative) return new Date(spec)
  const unit = relative[2] === 'd' ? DAY : HOUR
  return new Date(Math.floor(now / unit) * unit + Number(relative[1]) * unit)
}

/**
 * The idempotency token: the same run (re-runs included), resource and parameters give the same token, so a
 * re-run starts nothing new; anything else gives another. At most 36 characters, as the API allows.
 */
export function clientToken(runIdentity: string, params: object): string {
  return `ig-${createHash('sha256')
    .update(`${runIdentity}\n${canonical(params)}`)
    .digest('hex')
    .slice(0, 32)}`
}

export function buildRequest(
  action: StateUpdate,
  resourceArn: string,
  label: string,
  reason: string,
  runIdentity: string,
  now: number
): LifecycleRequest {
  const exclude =
    action.exclude && Object.values(action.exclude).some((v) => v !== undefined) ? { amis: action.exclude } : undefined
  const params = {
    resourceArn,
    state: action.state,
    includeResources: action.include,
    exclusionRules: exclude,
    updateAt: resolveUpdateAt(action.updateAt, now),
    executionRole: action.executionRole
  }
  return { ...params, label, reason, clientToken: clientToken(runIdentity, params) }
}

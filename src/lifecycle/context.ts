/** What the lifecycle runs with: AWS clients, time, cancellation, the request rate and the log. */
import type { ImagebuilderClient } from '@aws-sdk/client-imagebuilder'
import type { Clock } from '../core/clock.js'
import type { LifecycleSettings } from '../core/settings.js'
import type { BackoffOptions } from '../wait/backoff.js'
import type { RateLimiter } from './rate-limit.js'

export interface LifecycleContext {
  /** The Image Builder client of a region. */
  imageBuilder(region: string): ImagebuilderClient
  clock: Clock
  random?: () => number
  signal?: AbortSignal
  limiter: RateLimiter
  log(line: string): void
}

/** The lifecycle inputs, and the backoff with which started executions are followed. */
export type LifecycleOptions = LifecycleSettings & { backoff: BackoffOptions }

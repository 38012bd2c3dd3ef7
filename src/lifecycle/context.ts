/** What the lifecycle runs with: AWS clients, time, cancellation, the request rate and the log. */
import type { AutoScalingClient } from '@aws-sdk/client-auto-scaling'
import type { EC2Client } from '@aws-sdk/client-ec2'
import type { ImagebuilderClient } from '@aws-sdk/client-imagebuilder'
import type { Clock } from '../core/clock.js'
import type { InUseScope } from '../core/in-use.js'
import type { LifecycleSettings } from '../core/settings.js'
import type { BackoffOptions } from '../wait/backoff.js'
import type { RateLimiter } from './rate-limit.js'

export interface LifecycleContext {
  /** The Image Builder client of a region. */
  imageBuilder(region: string): ImagebuilderClient
  /** EC2 and Auto Scaling, for the in-use check: loaded on first use. */
  ec2(region: string): Promise<EC2Client>
  autoScaling(region: string): Promise<AutoScalingClient>
  clock: Clock
  random?: () => number
  signal?: AbortSignal
  limiter: RateLimiter
  log(line: string): void
}

/**
 * The lifecycle inputs, the backoff with which started executions (and usage reports) are followed, and what
 * counts as in use.
 */
export type LifecycleOptions = LifecycleSettings & { backoff: BackoffOptions; inUse: InUseScope }

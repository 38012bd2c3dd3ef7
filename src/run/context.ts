/** What every run needs besides its config: the clock, the abort signal, the AWS clients and its sink. */
import type { AwsClients } from '../aws/clients.js'
import type { Config } from '../config/config.js'
import type { Clock } from '../core/clock.js'
import type { RunSink } from '../core/run-record.js'
import type { LifecycleContext } from '../lifecycle/context.js'
import { RateLimiter } from '../lifecycle/rate-limit.js'

export interface RunContext {
  clock: Clock
  clients: AwsClients
  sink: RunSink
  signal?: AbortSignal
  random?: () => number
}

export function lifecycleContext(config: Config, ctx: RunContext): LifecycleContext {
  return {
    imageBuilder: (region) => ctx.clients.imageBuilder(region),
    clock: ctx.clock,
    random: ctx.random,
    signal: ctx.signal,
    limiter: new RateLimiter(ctx.clock, config.lifecycle.rate),
    log: (line) => ctx.sink.info(line)
  }
}

/** One run on a parsed config, through a sink: the same for the action and the command line. */
import { AwsClients } from '../aws/clients.js'
import type { Config } from '../config/config.js'
import { systemClock, type Clock } from '../core/clock.js'
import type { RunSink } from '../core/run-record.js'
import { servicesOf } from '../core/targets.js'
import type { Verdict } from '../core/verdict.js'
import { gate } from './gate.js'

export interface RunOptions {
  clock?: Clock
  signal?: AbortSignal
  random?: () => number
}

export async function runConfig(config: Config, sink: RunSink, options: RunOptions = {}): Promise<Verdict> {
  const clients = await AwsClients.open(
    { ...config.aws, adaptive: config.mode !== 'cleanup' },
    config.mode === 'cleanup' ? ['imagebuilder'] : servicesOf(config.targets)
  )
  const ctx = { ...options, clock: options.clock ?? systemClock, clients, sink }
  try {
    // A cleanup's code is loaded only for a cleanup.
    return config.mode === 'cleanup'
      ? await (await import('./cleanup.js')).cleanup(config, ctx)
      : await gate(config, ctx)
  } finally {
    await clients.destroy()
  }
}

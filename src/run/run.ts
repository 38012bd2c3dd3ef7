/** One run on a parsed config, through a sink: the same for the action and the command line. */
import { AwsClients } from '../aws/clients.js'
import type { Config } from '../config/config.js'
import { systemClock, type Clock } from '../core/clock.js'
import type { RunSink } from '../core/run-record.js'
import type { Verdict } from '../core/verdict.js'
import { cleanup } from './cleanup.js'
import { gate } from './gate.js'

export interface RunOptions {
  clock?: Clock
  signal?: AbortSignal
  random?: () => number
}

export async function runConfig(config: Config, sink: RunSink, options: RunOptions = {}): Promise<Verdict> {
  const clients = new AwsClients(config.aws)
  const ctx = { ...options, clock: options.clock ?? systemClock, clients, sink }
  try {
    return config.mode === 'cleanup' ? await cleanup(config, ctx) : await gate(config, ctx)
  } finally {
    clients.destroy()
  }
}

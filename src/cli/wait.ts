/** `image-gate wait` and `image-gate cleanup`: the action's run, with its inputs as flags and a terminal sink. */
import { parseConfig, type Config } from '../config/config.js'
import { ConfigError } from '../config/inputs.js'
import { localRunner } from '../config/runner.js'
import { runConfig } from '../run/run.js'
import type { Parsed } from './args.js'
import { GITHUB_ONLY } from './commands.js'
import type { Io } from './io.js'
import { describeProblems } from './problems.js'
import { terminalSink } from './terminal-sink.js'

export async function runCommand(mode: Config['mode'], args: Parsed, io: Io, signal: AbortSignal): Promise<number> {
  let config: Config
  try {
    const read = (name: string) => (name === 'mode' ? mode : GITHUB_ONLY.has(name) ? '' : args.value(name))
    config = await parseConfig(read, io.env, localRunner(io.env, args.value('run-id')))
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    io.stderr.write(describeProblems(error))
    return 1
  }
  const sink = terminalSink(io, {
    report: config.report.path,
    summary: args.value('summary-path') || undefined,
    junit: args.value('junit-path') || undefined
  })
  await runConfig(config, sink, { signal })
  return sink.failed ? 1 : 0
}

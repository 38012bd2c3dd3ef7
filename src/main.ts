/** The action's run: inputs -> config -> the run, with GitHub's runner as its sink. */
import * as core from '@actions/core'
import { parseConfig, type Config } from './config/config.js'
import { ConfigError } from './config/inputs.js'
import { parseMergeConfig, type MergeConfig } from './config/merge.js'
import { readRunner } from './config/runner.js'
import type { Verdict } from './core/verdict.js'
import { githubSink } from './github/sink.js'
import { runConfig, type RunOptions as CoreRunOptions } from './run/run.js'

export { targetsOf } from './run/gate.js'

export interface RunOptions extends CoreRunOptions {
  /** Read inputs from here instead of the runner's INPUT_* variables. */
  readInput?: (name: string) => string
}

/** The action's entry: every input error is reported before any AWS call. */
export async function run(options: RunOptions = {}): Promise<Verdict | 'invalid-input'> {
  const readInput = options.readInput ?? ((name: string) => core.getInput(name))
  let config: Config | MergeConfig
  try {
    // Merging reads reports, not AWS: none of the other inputs apply (and its schema loads only with it).
    config =
      readInput('mode').trim() === 'merge'
        ? parseMergeConfig(readInput, readRunner(process.env))
        : await parseConfig(readInput)
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    core.setFailed(error.message)
    return 'invalid-input'
  }
  if (config.mode === 'merge') return (await import('./github/merge.js')).mergeAction(config)
  if (config.report.comment?.token) core.setSecret(config.report.comment.token)
  return runConfig(config, githubSink(config.report), options)
}

/**
 * Command-line arguments for the npm scripts (demo, simulator): `node:util`'s parseArgs in strict mode, with a
 * message that names what was wrong and lists the valid options instead of a stack trace.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { nearest } from '../src/policy/problems.js'

/** A mistake on the command line: printed as it is, with no stack trace, and the process exits 2. */
export class UsageError extends Error {}

function optionList(config: ParseArgsConfig): string[] {
  return Object.entries(config.options ?? {}).map(([name, o]) => `--${name}${o.type === 'string' ? ' <value>' : ''}`)
}

function explain(error: unknown, config: ParseArgsConfig): string {
  // Some runtimes prefix the message with the error's name and code.
  const message = (error instanceof Error ? error.message : String(error)).replace(/^\w*Error \[\w+\]: /, '')
  const code = (error as { code?: string }).code
  const valid = `valid options: ${optionList(config).join(', ')}`
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const given = /'(-[^']*)'/.exec(message)?.[1] ?? message
    const names = Object.keys(config.options ?? {})
    const guess = nearest(given.replace(/^-+/, '').split('=')[0] ?? '', names)
    return `unknown option ${given}${guess ? ` (did you mean --${guess}?)` : ''}\n${valid}`
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
    return `unexpected argument ${/'([^']*)'/.exec(message)?.[1] ?? message}\n${valid}`
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `${message.replace(/^Option /, 'option ')}\n${valid}`
  return message
}

/** parseArgs (strict, its default); a mistake becomes a UsageError that says what to type instead. */
export function parseCommandLine<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config)
  } catch (error) {
    throw new UsageError(explain(error, config))
  }
}

/**
 * Run a command's main function and exit with the code it returns: a UsageError is printed as one message with
 * the usage line (exit code 2); any other error is a bug and keeps its stack.
 */
export function runCommand(usage: string, main: () => Promise<number | void>): void {
  main().then(
    (code) => {
      if (typeof code === 'number') process.exitCode = code
    },
    (error: unknown) => {
      if (!(error instanceof UsageError)) throw error
      console.error(`${error.message}\n${usage}`)
      process.exitCode = 2
    }
  )
}

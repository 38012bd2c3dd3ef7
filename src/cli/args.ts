/**
 * Command-line arguments -> option values: `--name value`, `--name=value`, `--flag` / `--no-flag` for booleans, a
 * repeated option gives several values (as one per line in the action's input), `--` ends the options.
 * A value not given on the command line comes from the option's environment variable (IMAGE_GATE_<NAME>).
 */
import { nearest } from '../policy/problems.js'
import { envName, type CliOption } from './option.js'

/** A command line that cannot be run: exit code 2, with the command's usage. */
export class UsageError extends Error {
  override name = 'UsageError'
}

export interface Parsed {
  /** The value of an option: the command line's, else its environment variable's, else empty. */
  value(name: string): string
  positionals: string[]
  help: boolean
}

function unknown(flag: string, options: CliOption[]): UsageError {
  const suggestion = nearest(
    flag,
    options.map((o) => o.name)
  )
  return new UsageError(`unknown option --${flag}${suggestion ? `; did you mean --${suggestion}?` : ''}`)
}

export function parseArgs(argv: string[], options: CliOption[], env: NodeJS.ProcessEnv): Parsed {
  const byName = new Map(options.map((o) => [o.name, o]))
  const values = new Map<string, string[]>()
  const positionals: string[] = []
  const add = (name: string, value: string) => values.set(name, [...(values.get(name) ?? []), value])
  let help = false
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1))
      break
    }
    if (arg === '-h' || arg === '--help') {
      help = true
      continue
    }
    if (!arg.startsWith('--')) {
      if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`)
      positionals.push(arg)
      continue
    }
    const [flag, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined]
    const negated = flag.startsWith('no-') && byName.get(flag.slice(3))?.boolean
    const option = byName.get(negated ? flag.slice(3) : flag)
    if (!option) throw unknown(flag, options)
    if (negated) {
      if (inline !== undefined) throw new UsageError(`--${flag} takes no value`)
      add(option.name, 'false')
    } else if (option.boolean) add(option.name, inline ?? 'true')
    else if (inline !== undefined) add(option.name, inline)
    else {
      const next = argv[i + 1]
      if (next === undefined || (next.startsWith('--') && next.length > 2))
        throw new UsageError(`--${flag} needs a value`)
      add(option.name, next)
      i += 1
    }
  }
  return {
    value: (name) => values.get(name)?.join('\n') ?? env[envName(name)] ?? '',
    positionals,
    help
  }
}

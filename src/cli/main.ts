/** The command line: the command from the arguments, its options parsed, its help, its exit code. */
import { ACTION_VERSION } from '../core/meta.js'
import { parseArgs, UsageError } from './args.js'
import { COMMANDS, type Command } from './commands.js'
import { commandHelp, mainHelp } from './help.js'
import type { Io } from './io.js'
import { judgeCommand } from './judge.js'
import { mergeCommand } from './merge.js'
import { policyCheck } from './policy-check.js'
import { replayCommand } from './replay.js'
import { runCommand } from './wait.js'

type Handler = (args: ReturnType<typeof parseArgs>, io: Io, signal: AbortSignal) => Promise<number>

const HANDLERS: Record<string, Handler> = {
  wait: (args, io, signal) => runCommand('gate', args, io, signal),
  cleanup: (args, io, signal) => runCommand('cleanup', args, io, signal),
  'policy check': (args, io) => policyCheck(args.positionals, io),
  judge: (args, io) => judgeCommand(args, io),
  merge: (args, io) => mergeCommand(args, io),
  replay: (args, io, signal) => replayCommand(args, io, signal)
}

/** The command named by the first words of the arguments, and the arguments after it. */
function commandOf(argv: string[]): [Command | undefined, string[]] {
  for (const command of COMMANDS) {
    const words = command.name.split(' ')
    if (words.every((w, i) => argv[i] === w)) return [command, argv.slice(words.length)]
  }
  return [undefined, argv]
}

export async function cli(argv: string[], io: Io, signal: AbortSignal): Promise<number> {
  const [command, rest] = commandOf(argv)
  if (!command) {
    const [first] = argv
    if (first === '--version' || first === '-v') {
      io.stdout.write(`${ACTION_VERSION}\n`)
      return 0
    }
    if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
      io.stdout.write(mainHelp())
      return first === undefined ? 2 : 0
    }
    io.stderr.write(`image-gate: unknown command ${JSON.stringify(argv.join(' '))}\n\n${mainHelp()}`)
    return 2
  }
  try {
    const args = parseArgs(rest, command.options, io.env)
    if (args.help) {
      io.stdout.write(commandHelp(command))
      return 0
    }
    if (!command.operands && args.positionals.length > 0)
      throw new UsageError(`unexpected argument ${JSON.stringify(args.positionals[0])}`)
    return await (HANDLERS[command.name] as Handler)(args, io, signal)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    io.stderr.write(`image-gate ${command.name}: ${error.message}\n\nUsage: ${command.usage}\n`)
    io.stderr.write(`Run image-gate ${command.name} --help for the options.\n`)
    return 2
  }
}

/** Help text, made from the command table: each option's flag, description, default and environment variable. */
import { ACTION_VERSION } from '../core/meta.js'
import { COMMANDS, type Command } from './commands.js'
import { envName, type CliOption } from './option.js'

const WIDTH = 80

/** Words wrapped to `width` columns, each line indented. */
function wrap(text: string, indent: number, width = WIDTH): string {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && indent + line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines.map((l) => `${' '.repeat(indent)}${l}`).join('\n')
}

function optionHelp(o: CliOption): string {
  const flag = o.boolean ? `--${o.name}, --no-${o.name}` : `--${o.name} <value>`
  const fallback = o.default !== undefined && o.default !== '' ? ` Default: ${o.default}.` : ''
  // Descriptions may quote code in backticks, for the README: a terminal shows it plainly.
  const text = `${o.description}${fallback}`.replace(/`/g, '')
  return `  ${flag}\n${wrap(`${text} [${envName(o.name)}]`, 6)}`
}

export const EXIT_CODES =
  'Exit codes: 0 the verdict is pass or warn (or the command did its job); 1 the verdict is fail, timeout, error ' +
  'or cancelled, an input is invalid, or a lifecycle update failed; 2 the command line is wrong.'

export function commandHelp(command: Command): string {
  const options =
    command.options.length > 0
      ? `\n\nOptions (each also read from the environment variable in brackets; a flag wins):\n\n` +
        `${command.options.map(optionHelp).join('\n')}\n  -h, --help\n      This help.`
      : ''
  return `Usage: ${command.usage}\n\n${wrap(command.summary, 0)}${options}\n\n${wrap(EXIT_CODES, 0)}\n`
}

export function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length)) + 4
  const commands = COMMANDS.map((c) => `  ${c.name.padEnd(width)}${c.title}`)
  return (
    `image-gate ${ACTION_VERSION}: a CI policy gate for AWS image pipelines, on the command line.\n\n` +
    `Usage: image-gate <command> [options]\n\nCommands:\n${commands.join('\n')}\n\n` +
    `Run image-gate <command> --help for its options; image-gate --version prints the version.\n\n` +
    `${wrap(EXIT_CODES, 0)}\n`
  )
}

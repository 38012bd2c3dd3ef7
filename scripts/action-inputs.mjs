/**
 * Writes src/cli/action-inputs.ts from action.yml's inputs, so the command line's flags and their help come from
 * the one description of the options the action has. Run by `npm run bundle`; a test keeps the file current.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { format, resolveConfig } from 'prettier'
import { parse } from 'yaml'

const OUT = 'src/cli/action-inputs.ts'

/** A long text as a concatenation of string literals, so no line of the file passes the width limit. */
function literal(text) {
  const parts = []
  let line = ''
  for (const word of text.split(' ')) {
    if (line && line.length + word.length > 90) {
      parts.push(`${line} `)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  parts.push(line)
  return parts.map((p) => JSON.stringify(p)).join(' +\n')
}

const { inputs } = parse(readFileSync('action.yml', 'utf8'))
const entries = Object.entries(inputs).map(([name, input]) => {
  const fields = [`name: ${JSON.stringify(name)}`, `description: ${literal(String(input.description).trim())}`]
  if (input.default !== undefined) fields.push(`default: ${JSON.stringify(String(input.default))}`)
  return `{ ${fields.join(', ')} }`
})
const text =
  '/** Generated from action.yml by scripts/action-inputs.mjs (`npm run bundle`): edit action.yml, not this. */\n' +
  "import type { ActionInput } from './option.js'\n\n" +
  `export const ACTION_INPUTS: ActionInput[] = [${entries.join(',\n')}]\n`
writeFileSync(OUT, await format(text, { ...(await resolveConfig(OUT)), filepath: OUT }))

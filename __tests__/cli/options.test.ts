/** The command line's options come from action.yml: the generated list is current, and every input has a flag. */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { ACTION_INPUTS } from '../../src/cli/action-inputs.js'
import { COMMANDS, GITHUB_ONLY } from '../../src/cli/commands.js'
import { commandHelp, mainHelp } from '../../src/cli/help.js'
import { envName } from '../../src/cli/option.js'

const action = parse(readFileSync('action.yml', 'utf8')) as {
  inputs: Record<string, { description: string; default?: string }>
}
const command = (name: string) => COMMANDS.find((c) => c.name === name)!

describe('the options of the command line', () => {
  it('are the inputs action.yml has, with its descriptions and defaults (npm run bundle regenerates them)', () => {
    const expected = Object.entries(action.inputs).map(([name, i]) => ({
      name,
      description: i.description.trim(),
      ...(i.default === undefined ? {} : { default: String(i.default) })
    }))
    expect(ACTION_INPUTS).toEqual(expected)
  })

  it('give every input of the action a flag of wait or cleanup, except what only GitHub has', () => {
    for (const name of GITHUB_ONLY) expect(Object.keys(action.inputs)).toContain(name)
    const flags = new Set([...command('wait').options, ...command('cleanup').options].map((o) => o.name))
    const missing = Object.keys(action.inputs).filter((name) => !GITHUB_ONLY.has(name) && !flags.has(name))
    expect(missing).toEqual([])
    expect(command('wait').options.map((o) => o.name)).not.toContain('current-image-build-version-arn')
    expect(command('cleanup').options.map((o) => o.name)).not.toContain('image-build-version-arn')
  })

  it('are named once per command', () => {
    for (const c of COMMANDS) expect(new Set(c.options.map((o) => o.name)).size).toBe(c.options.length)
  })

  it('make booleans of the inputs whose default is true or false', () => {
    const wait = command('wait').options
    expect(wait.find((o) => o.name === 'dry-run')?.boolean).toBe(true)
    expect(wait.find((o) => o.name === 'lifecycle-wait')?.boolean).toBe(true)
    expect(wait.find((o) => o.name === 'timeout')?.boolean).toBe(false)
  })

  it.each(COMMANDS.map((c) => [c.name, c] as const))(
    '%s --help shows each option, its default and variable',
    (_, c) => {
      const help = commandHelp(c)
      expect(help).toContain(`Usage: ${c.usage}`)
      for (const o of c.options) {
        expect(help).toContain(o.boolean ? `--${o.name}, --no-${o.name}` : `--${o.name} <value>`)
        expect(help).toContain(`[${envName(o.name)}]`)
        if (o.default) expect(help).toContain(`Default: ${o.default}.`)
      }
      for (const line of help.split('\n')) expect(line.length).toBeLessThanOrEqual(80)
    }
  )

  it('--help lists every command', () => {
    for (const c of COMMANDS) expect(mainHelp()).toContain(`  ${c.name} `)
  })
})

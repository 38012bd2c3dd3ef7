/** The command-line examples call commands and options that exist, and the README shows the GitLab file as it is. */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { COMMANDS } from '../../src/cli/commands.js'

const GITLAB = 'examples/gitlab/.gitlab-ci.yml'
const SHELL = 'examples/shell/gate-image.sh'

/** Each `image-gate <command> --flag ...` in a text: the command and the flags it is given. */
function invocations(text: string): { command: string; flags: string[] }[] {
  const joined = text.replace(/\\\n\s*/g, ' ').replace(/\n\s+--/g, ' --')
  return [...joined.matchAll(/(?:image-gate#v1|"\$\{image_gate\[@\]\}") ((?:policy )?[a-z]+)([^\n|]*)/g)].map((m) => ({
    command: m[1] as string,
    flags: [...(m[2] as string).matchAll(/--([a-z-]+)/g)].map((f) => f[1] as string)
  }))
}

function scripts(): string {
  const doc = parse(readFileSync(GITLAB, 'utf8')) as Record<string, { script?: string[] }>
  return Object.values(doc)
    .flatMap((job) => (typeof job === 'object' && job?.script ? job.script : []))
    .join('\n')
}

describe('command-line examples', () => {
  it.each([
    [GITLAB, scripts()],
    [SHELL, readFileSync(SHELL, 'utf8')]
  ])('%s runs commands with options they have', (_, text) => {
    const calls = invocations(text)
    expect(calls.length).toBeGreaterThan(0)
    for (const { command, flags } of calls) {
      const options = COMMANDS.find((c) => c.name === command)?.options.map((o) => o.name)
      expect([command, options && flags.filter((f) => !options.includes(f))]).toEqual([command, []])
    }
  })

  it('the GitLab file runs wait, policy check and replay', () => {
    expect(invocations(scripts()).map((c) => c.command)).toEqual(['wait', 'policy check', 'replay'])
  })

  it("the README's GitLab excerpt is the file's text", () => {
    const readme = readFileSync('README.md', 'utf8')
    const excerpt = /### GitLab CI[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme)?.[1] ?? ''
    expect(excerpt.length).toBeGreaterThan(200)
    for (const part of excerpt.split('\n\n')) expect(readFileSync(GITLAB, 'utf8')).toContain(part)
  })
})

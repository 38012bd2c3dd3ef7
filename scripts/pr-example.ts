/**
 * `npm run pr-example [-- --check]`: the README's failing PR, from a real run. The bundled action runs against
 * the simulator on scenarios/hooks-guard-annotations.yml (a change set failing Guard rules), and what its PR
 * comment says (the `summary-markdown` output) is written into the README between its pr-example markers,
 * less what changes from run to run (times, the timeline and the per-target tables). `--check` fails when the
 * README says anything else.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { startSimulator } from '../sim/server.js'
import { parseCommandLine, runCommand, UsageError } from './cli-args.js'
import { parseOutputs, runDist, runnerEnv } from './runner-env.js'
import { readScenarioFile } from './scenario-file.js'

const USAGE = 'usage: npm run pr-example [-- --check]'
export const SCENARIO = 'scenarios/hooks-guard-annotations.yml'
const README = 'README.md'
const START = '<!-- pr-example:start (written by npm run pr-example from a run of dist/index.js; do not edit) -->'
const END = '<!-- pr-example:end -->'
/** Simulated time runs this many times faster than the wall clock. */
const SPEED = 10

/**
 * The parts of a PR comment that do not depend on when it ran: the headline and its reason, the notes, the
 * failing and warning items and the failed rules; headings two levels down, to sit under a README section.
 */
export function prExample(markdown: string): string {
  const sections = markdown.split(/^(?=#{2,3} )/m)
  const kept = sections.filter((s) => /^## |^### (Failing and warning items|Failed rules)/.test(s))
  return kept
    .map((s) => s.replace(/^<small>\d+ targets?, .* of waiting\.<\/small>\n+/m, '').split(/^```mermaid/m)[0] ?? '')
    .map((s) => s.replace(/^(#{2,3}) /, '$1## ').trim())
    .join('\n\n')
}

/** The README with `example` between its markers. */
export function withExample(readme: string, example: string): string {
  const start = readme.indexOf(START)
  const end = readme.indexOf(END)
  if (start < 0 || end < start) throw new UsageError(`${README} has no ${START} ... ${END} block`)
  return `${readme.slice(0, start + START.length)}\n\n${example}\n\n${readme.slice(end)}`
}

/** The PR comment's Markdown (the summary-markdown output) of the bundled action on the scenario. */
export async function runExample(): Promise<string> {
  const { scenario, inputs = {} } = readScenarioFile(SCENARIO)
  const t0 = Date.now()
  const sim = await startSimulator(scenario, { now: () => t0 + (Date.now() - t0) * SPEED, startOnFirstCall: true })
  try {
    const fast = { 'poll-min-delay': '100ms', 'poll-max-delay': '300ms', 'aws-retry-base-delay': '1ms' }
    const runner = runnerEnv(sim, { ...inputs, ...fast })
    await runDist(runner.env)
    const markdown = parseOutputs(readFileSync(runner.output, 'utf8'))['summary-markdown']
    if (!markdown) throw new Error('the action wrote no summary-markdown output')
    return markdown
  } finally {
    await sim.stop()
  }
}

async function main(): Promise<number> {
  const { values } = parseCommandLine({ args: process.argv.slice(2), options: { check: { type: 'boolean' } } })
  const readme = readFileSync(README, 'utf8')
  const updated = withExample(readme, prExample(await runExample()))
  if (!values.check) {
    writeFileSync(README, updated)
    return 0
  }
  if (updated === readme) return 0
  console.error(`${README}: the failing PR example differs from a run of dist/index.js; run npm run pr-example`)
  return 1
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) runCommand(USAGE, main)

/**
 * `npm run demo [-- --pass | --hooks | --no-hooks | --parallelcluster | --approval | --scenario <file.yml>]`:
 * start the simulator on wall-clock time and run the bundled action exactly as the runner does (INPUT_*
 * variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files), then show the job summary as a terminal can. The
 * files the action wrote stay in build/demo/.
 */
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { pathToFileURL } from 'node:url'
import { startSimulator } from '../sim/server.js'
import { parseCommandLine, runCommand, UsageError } from './cli-args.js'
import { parseOutputs, runnerEnv } from './runner-env.js'
import { readScenarioFile } from './scenario-file.js'
import { showLogLine } from './runner-log.js'
import { renderForTerminal } from './terminal-summary.js'

const USAGE =
  'usage: npm run demo [-- --pass | --hooks | --no-hooks | --parallelcluster | --approval | --scenario <file.yml>]'
const BUNDLED = {
  pass: 'demo-pass',
  hooks: 'demo-hooks',
  'no-hooks': 'change-set-no-hooks',
  parallelcluster: 'demo-parallelcluster',
  approval: 'demo-approval'
} as const
const OUT_DIR = resolve('build/demo')

/** The scenario file the command line asks for (the failing build by default), or undefined for --help. */
export function demoScenario(argv: string[]): string | undefined {
  const { values } = parseCommandLine({
    args: argv,
    options: {
      pass: { type: 'boolean' },
      hooks: { type: 'boolean' },
      'no-hooks': { type: 'boolean' },
      parallelcluster: { type: 'boolean' },
      approval: { type: 'boolean' },
      scenario: { type: 'string' },
      help: { type: 'boolean', short: 'h' }
    }
  })
  if (values.help) return undefined
  const chosen = [
    ...Object.keys(BUNDLED).filter((k) => values[k as keyof typeof BUNDLED]),
    ...(values.scenario === undefined ? [] : ['scenario'])
  ]
  if (chosen.length > 1) throw new UsageError(`choose one scenario; got ${chosen.map((c) => `--${c}`).join(' and ')}`)
  if (values.scenario !== undefined) return values.scenario
  const flag = chosen[0] as keyof typeof BUNDLED | undefined
  return `scenarios/${flag ? BUNDLED[flag] : 'demo-fail'}.yml`
}

function rule(title: string, width: number): string {
  return `\n──── ${title} ${'─'.repeat(Math.max(4, width - title.length - 6))}\n`
}

async function main(): Promise<number> {
  const file = demoScenario(process.argv.slice(2))
  if (file === undefined) {
    console.log(
      `${USAGE}\n\nRuns the bundled action against the simulator: by default a build whose TEST workflow fails;\n--pass a build that passes; --hooks a change set with failing hooks; --no-hooks a change set no hook\nis invoked for; --parallelcluster a build whose stack ParallelCluster deletes after success; --approval a build paused\nat a WaitForAction step that the gate resumes on a pass; --scenario any scenario file.`
    )
    return 0
  }
  const { scenario, inputs } = readScenarioFile(file)
  // A scenario may say which inputs to run the action with; by default it waits on the scenario's images.
  const given = inputs ?? { 'image-build-version-arn': scenario.images.map((i) => i.arn).join('\n') }
  const simulator = await startSimulator(scenario)
  // The AWS SDK warns on Node versions it will drop; GitHub runs the action on Node 24, so here the warning
  // would say nothing about the action.
  const base = { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' }
  const runner = runnerEnv(
    simulator,
    { ...given, timeout: '2m', 'poll-min-delay': '1s', 'poll-max-delay': '4s' },
    base,
    OUT_DIR
  )
  const width = Math.min(process.stdout.columns || 100, 120)
  const color = process.stdout.isTTY === true && !process.env.NO_COLOR

  console.log(`▶ scenario: ${scenario.name} (${file}), simulator on ${simulator.url}`)
  if (Number(process.versions.node.split('.')[0]) < 24)
    console.log(`  (Node ${process.versions.node} here; GitHub runs the action on Node 24)`)
  console.log(rule("the action's log", width))
  const child = spawn(process.execPath, ['dist/index.js'], { env: runner.env, stdio: ['ignore', 'pipe', 'inherit'] })
  createInterface({ input: child.stdout }).on('line', (line) => {
    const shown = showLogLine(line)
    if (shown !== undefined) console.log(shown)
  })
  const code: number = await new Promise((resolve) => child.on('close', (c) => resolve(c ?? 1)))
  await simulator.stop()

  console.log(rule('job summary', width))
  const summary = readFileSync(runner.summary, 'utf8')
  console.log(summary.trim() ? renderForTerminal(summary, { width, color }) : '(the action wrote no job summary)\n')
  console.log(`The summary as GitHub receives it (Markdown with HTML and a Mermaid chart): ${runner.summary}`)
  console.log(rule('outputs', width))
  // summary-markdown repeats the summary above.
  const outputs = Object.entries(parseOutputs(readFileSync(runner.output, 'utf8'))).filter(
    ([name]) => name !== 'summary-markdown'
  )
  console.log(outputs.map(([name, value]) => `${name}=${value}`).join('\n'))
  console.log(`\n${simulator.calls.length} AWS calls; the action exited with ${code}`)
  return code
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) runCommand(USAGE, main)

/**
 * `npm run demo [-- --pass | --hooks | --parallelcluster | --scenario file.yml]`: start the simulator on wall-clock time and run the
 * bundled action exactly as the runner does (INPUT_* variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files).
 */
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { loadScenarioFile } from '../sim/scenario.js'
import { startSimulator } from '../sim/server.js'
import { parseOutputs, runnerEnv } from './runner-env.js'

const args = process.argv.slice(2)
const named = args.indexOf('--scenario')
const flags: Record<string, string> = {
  '--pass': 'demo-pass',
  '--hooks': 'demo-hooks',
  '--parallelcluster': 'demo-parallelcluster'
}
const flag = args.find((a) => a in flags)
const file = named >= 0 ? (args[named + 1] as string) : `scenarios/${flag ? flags[flag] : 'demo-fail'}.yml`
const scenario = loadScenarioFile(file)
// A scenario may say which inputs to run the action with; by default it waits on the scenario's images.
const given = (parse(readFileSync(file, 'utf8')) as { inputs?: Record<string, string> }).inputs ?? {
  'image-build-version-arn': scenario.images.map((i) => i.arn).join('\n')
}
const simulator = await startSimulator(scenario)
const runner = runnerEnv(
  simulator,
  { ...given, timeout: '2m', 'poll-min-delay': '1s', 'poll-max-delay': '4s' },
  process.env
)

console.log(`▶ scenario: ${scenario.name} (${file}), simulator on ${simulator.url}\n`)
const child = spawn(process.execPath, ['dist/index.js'], { env: runner.env, stdio: 'inherit' })
const code: number = await new Promise((resolve) => child.on('exit', (c) => resolve(c ?? 1)))
await simulator.stop()

console.log('\n──────── job summary ($GITHUB_STEP_SUMMARY) ────────\n')
console.log(readFileSync(runner.summary, 'utf8'))
console.log('──────── outputs ($GITHUB_OUTPUT) ────────\n')
// summary-markdown repeats the summary above.
const outputs = Object.entries(parseOutputs(readFileSync(runner.output, 'utf8'))).filter(
  ([name]) => name !== 'summary-markdown'
)
console.log(outputs.map(([name, value]) => `${name}=${value}`).join('\n'))
console.log(`\n${simulator.calls.length} AWS calls; the action exited with ${code}`)
process.exit(code)

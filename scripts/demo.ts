/**
 * `npm run demo [-- --pass | --hooks | --parallelcluster | --scenario file.yml]`: start the simulator on wall-clock time and run the
 * bundled action exactly as the runner does (INPUT_* variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files).
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { loadScenarioFile } from '../sim/scenario.js'
import { startSimulator } from '../sim/server.js'

const args = process.argv.slice(2)
const named = args.indexOf('--scenario')
const flags: Record<string, string> = { '--pass': 'demo-pass', '--hooks': 'demo-hooks', '--parallelcluster': 'demo-parallelcluster' }
const flag = args.find((a) => a in flags)
const file = named >= 0 ? (args[named + 1] as string) : `scenarios/${flag ? flags[flag] : 'demo-fail'}.yml`
const scenario = loadScenarioFile(file)
// A scenario may say which inputs to run the action with; by default it waits on the scenario's images.
const given = (parse(readFileSync(file, 'utf8')) as { inputs?: Record<string, string> }).inputs ?? {
  'image-build-version-arn': scenario.images.map((i) => i.arn).join('\n')
}
const simulator = await startSimulator(scenario)
const work = mkdtempSync(join(tmpdir(), 'image-gate-demo-'))
const files = { GITHUB_OUTPUT: join(work, 'output'), GITHUB_STEP_SUMMARY: join(work, 'summary.md') }
for (const path of Object.values(files)) writeFileSync(path, '')

console.log(`▶ scenario: ${scenario.name} (${file}), simulator on ${simulator.url}\n`)
const env = {
  ...process.env,
  ...files,
  RUNNER_TEMP: work,
  AWS_REGION: scenario.region,
  AWS_ACCESS_KEY_ID: 'demo',
  AWS_SECRET_ACCESS_KEY: 'demo',
  AWS_ENDPOINT_URL_IMAGEBUILDER: simulator.url,
  AWS_ENDPOINT_URL_CLOUDFORMATION: simulator.url,
  ...Object.fromEntries(Object.entries(given).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, String(v)])),
  INPUT_TIMEOUT: '2m',
  'INPUT_POLL-MIN-DELAY': '1s',
  'INPUT_POLL-MAX-DELAY': '4s'
}
const child = spawn(process.execPath, ['dist/index.js'], { env, stdio: 'inherit' })
const code: number = await new Promise((resolve) => child.on('exit', (c) => resolve(c ?? 1)))
await simulator.stop()

console.log('\n──────── job summary ($GITHUB_STEP_SUMMARY) ────────\n')
console.log(readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'))
console.log('──────── outputs ($GITHUB_OUTPUT) ────────\n')
console.log(readFileSync(files.GITHUB_OUTPUT, 'utf8').replace(/^(.*?)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm, '$1=$3').trim())
console.log(`\n${simulator.calls.length} AWS calls; the action exited with ${code}`)
process.exit(code)

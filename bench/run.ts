/**
 * `npm run bench [-- --quick] [--node PATH] [--against PATH [--against-label NAME]] [--readme]`: every
 * benchmark against the simulator, each figure printed beside its comparison measured in the same run; writes
 * bench/results.json (not with --quick). `--node`: the Node the action's bundle runs on (default BENCH_NODE,
 * else this one). `--against`: another action's bundle to compare the cold start with, named in the table by
 * `--against-label` (else by its path). `--readme`: also put the table into README.md, between its
 * `bench:begin` and `bench:end` markers.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, totalmem } from 'node:os'
import { cleanupBenchmark } from './cleanup.js'
import { coldStartBenchmark } from './cold-start.js'
import { matrixBenchmark, matrixScenarios } from './matrix.js'
import { orgCleanupBenchmark } from './org-cleanup.js'
import { pollingBenchmark } from './polling.js'
import { SCALE_1X, scaleBenchmark, type ScaleSize } from './scale.js'
import { benchScenarios } from './scenarios.js'
import { benchTable, type Results } from './table.js'

const args = process.argv.slice(2)
const option = (name: string) => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}
const quick = args.includes('--quick')
const node = option('--node') ?? process.env.BENCH_NODE ?? process.execPath
const againstPath = option('--against')
const against = againstPath ? { path: againstPath, label: option('--against-label') } : undefined
const started = Date.now()
const loadBefore = loadavg()[0] as number
const times = (size: ScaleSize, k: number): ScaleSize => ({
  hooks: size.hooks * k,
  workflows: size.workflows * k,
  events: size.events * k
})

const took: string[] = []
async function timed<T>(name: string, work: () => Promise<T>): Promise<T> {
  const t = Date.now()
  const result = await work()
  took.push(`${name} ${((Date.now() - t) / 1000).toFixed(1)} s`)
  return result
}

const scenarios = benchScenarios(20261123, quick ? { images: 4, changeSets: 3, stacks: 2 } : undefined)
const results: Results = {
  polling: await timed('polling', () => pollingBenchmark(scenarios)),
  matrix: await timed('throttling matrix', () => matrixBenchmark(matrixScenarios(quick ? 10 : 20))),
  coldStart: await timed('cold start', () => coldStartBenchmark(quick ? 3 : 21, node, against)),
  scale: await timed('scale', async () =>
    quick
      ? [await scaleBenchmark(times(SCALE_1X, 0.1), node)]
      : [await scaleBenchmark(SCALE_1X, node), await scaleBenchmark(times(SCALE_1X, 10), node)]
  ),
  cleanup: await timed('cleanup', () => cleanupBenchmark(node, quick ? 2 : 10, quick ? 50 : 100)),
  orgCleanup: await timed('organisation cleanup', () =>
    quick ? orgCleanupBenchmark(2, 2, 40) : orgCleanupBenchmark(20, 4, 500)
  )
}

const date = new Date().toISOString().slice(0, 10)
const bundleNode = execFileSync(node, ['--version']).toString().trim()
const machine = `${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown'}), ${Math.round(totalmem() / 2 ** 30)} GiB`
const load = (n: number) => n.toFixed(2)
const report = [
  `image-gate benchmarks, ${date}, ${machine}${quick ? ' (quick)' : ''}: polling in virtual time on Node ${process.version};`,
  `cold start, scale and cleanup run \`dist/index.js\` on Node ${bundleNode}. 1-minute load average ${load(loadBefore)} at the`,
  // Wall-clock figures (cold start, scale) stretch when other work shares the machine: say how busy it was.
  `start, ${load(loadavg()[0] as number)} at the end (wall-clock figures stretch when other work shares the machine).`,
  '',
  ...benchTable(results, quick)
]
console.log(`\n${report.join('\n')}\n\n(${((Date.now() - started) / 1000).toFixed(1)} s: ${took.join(', ')})`)

if (!quick)
  writeFileSync(
    'bench/results.json',
    `${JSON.stringify({ date, machine, node: { polling: process.version, bundle: bundleNode }, ...results }, null, 1)}\n`
  )
if (args.includes('--readme')) {
  const readme = readFileSync('README.md', 'utf8')
  const between = /(<!-- bench:begin -->\n)[\s\S]*?(<!-- bench:end -->)/
  if (!between.test(readme)) throw new Error('README.md has no <!-- bench:begin --> ... <!-- bench:end --> markers')
  writeFileSync(
    'README.md',
    readme.replace(between, (_, begin: string, end: string) => `${begin}${report.join('\n')}\n${end}`)
  )
}

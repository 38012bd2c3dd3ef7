/** `npm run bench [-- --quick]`: every benchmark against the simulator; prints one table, writes bench/results.json. */
import { cpus, totalmem } from 'node:os'
import { writeFileSync } from 'node:fs'
import { cleanupBenchmark } from './cleanup.js'
import { coldStartBenchmark } from './cold-start.js'
import { pollingBenchmark } from './polling.js'
import { scaleBenchmark } from './scale.js'
import { benchScenarios } from './scenarios.js'

const quick = process.argv.includes('--quick')
const started = Date.now()
const f = (n: number, d = 1) => n.toFixed(d)

const scenarios = quick ? benchScenarios(20261123, { images: 4, changeSets: 2, stacks: 1 }) : benchScenarios()
const polling = await pollingBenchmark(scenarios)
const coldStart = await coldStartBenchmark(quick ? 3 : 9, process.env.BENCH_NODE ?? process.execPath)
const scale = await scaleBenchmark(quick ? { hooks: 1000, workflows: 200, events: 500 } : undefined)
const cleanup = await cleanupBenchmark(quick ? 2 : 10, quick ? 50 : 100)

const [gate, fixed, waiter] = polling as [(typeof polling)[0], (typeof polling)[0], (typeof polling)[0]]
const machine = `${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown'}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`
console.log(`\nimage-gate benchmarks, ${new Date().toISOString().slice(0, 10)}, ${machine}${quick ? ' (quick)' : ''}\n`)
console.log('| case | measure | image-gate | target / baseline |')
console.log('|---|---|---|---|')
const row = (c: string, m: string, v: string, t: string) => console.log(`| ${c} | ${m} | ${v} | ${t} |`)
row(
  `polling, ${scenarios.length} scenarios`,
  'API calls per target (mean)',
  f(gate.callsPerTarget.mean),
  `fixed 30 s: ${f(fixed.callsPerTarget.mean)}; SDK waiter: ${f(waiter.callsPerTarget.mean)}; target ≤ ${f(fixed.callsPerTarget.mean / 2)}`
)
row(
  '',
  'API calls (total)',
  String(gate.callsPerTarget.total),
  `fixed 30 s: ${fixed.callsPerTarget.total}; SDK waiter: ${waiter.callsPerTarget.total}`
)
row(
  '',
  'detection latency mean (s)',
  f(gate.latencySeconds.mean),
  `fixed 30 s: ${f(fixed.latencySeconds.mean)}; SDK waiter: ${f(waiter.latencySeconds.mean)}; target ≤ fixed`
)
row(
  '',
  'detection latency p50 / p95 / max (s)',
  `${f(gate.latencySeconds.p50)} / ${f(gate.latencySeconds.p95)} / ${f(gate.latencySeconds.max)}`,
  `fixed 30 s: ${f(fixed.latencySeconds.p50)} / ${f(fixed.latencySeconds.p95)} / ${f(fixed.latencySeconds.max)}; SDK waiter: ${f(waiter.latencySeconds.p50)} / ${f(waiter.latencySeconds.p95)} / ${f(waiter.latencySeconds.max)}`
)
for (const [kind, k] of Object.entries(gate.byKind))
  row(
    '',
    `${kind}: calls per target, latency mean / p95 (s)`,
    `${f(k.callsPerTarget)}, ${f(k.latencyMean)} / ${f(k.latencyP95)}`,
    `fixed 30 s: ${f(fixed.byKind[kind]?.callsPerTarget ?? NaN)}, ${f(fixed.byKind[kind]?.latencyMean ?? NaN)} / ${f(fixed.byKind[kind]?.latencyP95 ?? NaN)}`
  )
row(
  'cold start',
  `median of ${coldStart.runs.length}, process start to first request (ms)`,
  f(coldStart.medianMs, 0),
  `< 250 (${coldStart.node})`
)
row('', 'bundle size (bytes)', String(coldStart.bundleBytes), '')
row(
  `scale: ${scale.items.hookResults} hooks, ${scale.items.workflowExecutions} workflows, ${scale.items.stackEvents} events`,
  'last page to verdict (ms)',
  f(scale.lastPageToVerdictMs, 0),
  `< 3000 (${scale.pages} pages, ${f(scale.totalMs / 1000)} s in all, verdict ${scale.verdict})`
)
row('', 'peak RSS (MB)', f(scale.peakRssBytes / 2 ** 20), '< 200')
row('', 'summary (bytes)', String(scale.summaryBytes), '< 1048576')
row(
  `cleanup: ${cleanup.versions} versions, limit ${cleanup.limitPerSecond}/s`,
  'sustained rate (req/s)',
  f(cleanup.sustainedPerSecond),
  `≥ ${f(cleanup.limitPerSecond * 0.9)} (client limit ${cleanup.configuredRate}/s)`
)
row(
  '',
  'started / failed / throttled answers',
  `${cleanup.started} / ${cleanup.failures} / ${cleanup.throttledAnswers}`,
  `${cleanup.versions} / 0`
)
row('', 're-run: new / duplicate executions', `${cleanup.rerunNewExecutions} / ${cleanup.duplicateExecutions}`, '0 / 0')

if (!quick)
  writeFileSync(
    'bench/results.json',
    `${JSON.stringify({ date: new Date().toISOString(), machine, polling, coldStart, scale, cleanup }, null, 2)}\n`
  )
console.log(`\n(${((Date.now() - started) / 1000).toFixed(1)} s)`)

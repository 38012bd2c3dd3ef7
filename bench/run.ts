/**
 * `npm run bench [-- --quick] [-- --node PATH] [-- --against PATH]`: every benchmark against the simulator,
 * each figure printed beside its comparison measured in the same run; writes bench/results.json (not with
 * --quick). `--node` is the Node the action's bundle runs on (default: BENCH_NODE, else this one); `--against`
 * is another action's bundle to compare the cold start with (e.g. configure-aws-credentials' dist/index.js).
 */
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { cpus, loadavg, totalmem } from 'node:os'
import { cleanupBenchmark } from './cleanup.js'
import { coldStartBenchmark } from './cold-start.js'
import { LIMIT, pollingBenchmark, type Figures, type Strategy } from './polling.js'
import { SCALE_1X, scaleBenchmark, type ScaleSize } from './scale.js'
import { benchScenarios, type Kind } from './scenarios.js'

const args = process.argv.slice(2)
const option = (name: string) => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}
const quick = args.includes('--quick')
const node = option('--node') ?? process.env.BENCH_NODE ?? process.execPath
const against = option('--against')
const started = Date.now()
const loadBefore = loadavg()[0] as number

const f = (n: number, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : 'n/a')
// A quick run's handful of scenarios says nothing about a target.
const verdict = (met: boolean) => (quick ? 'not judged (quick)' : met ? 'met' : 'missed')
const mb = (bytes: number) => bytes / 2 ** 20
const times = (size: ScaleSize, k: number): ScaleSize => ({ hooks: size.hooks * k, workflows: size.workflows * k, events: size.events * k })

const took: string[] = []
async function timed<T>(name: string, work: () => Promise<T>): Promise<T> {
  const t = Date.now()
  const result = await work()
  took.push(`${name} ${f((Date.now() - t) / 1000)} s`)
  return result
}

const scenarios = benchScenarios(20261123, quick ? { images: 4, changeSets: 3, stacks: 2 } : undefined)
const polling = await timed('polling', () => pollingBenchmark(scenarios))
const coldStart = await timed('cold start', () => coldStartBenchmark(quick ? 3 : 15, node, against))
const scale = await timed('scale', async () =>
  quick ? [await scaleBenchmark(times(SCALE_1X, 0.1), node)] : [await scaleBenchmark(SCALE_1X, node), await scaleBenchmark(times(SCALE_1X, 10), node)]
)
const cleanup = await timed('cleanup', () => cleanupBenchmark(node, quick ? 2 : 10, quick ? 50 : 100))

const nodeVersion = execFileSync(node, ['--version']).toString().trim()
const machine = `${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown'}), ${Math.round(totalmem() / 2 ** 30)} GiB`
console.log(`\nimage-gate benchmarks, ${new Date().toISOString().slice(0, 10)}, ${machine}${quick ? ' (quick)' : ''}`)
console.log(`polling in virtual time on Node ${process.version}; cold start, scale and cleanup run dist/index.js on Node ${nodeVersion}`)
// Wall-clock figures (cold start, scale) stretch when other work shares the machine: say how busy it was.
console.log(`1-minute load average ${f(loadBefore, 2)} at the start, ${f(loadavg()[0] as number, 2)} at the end, on ${cpus().length} cores\n`)
console.log('| case | measure | image-gate | same run: baselines, limit, target |')
console.log('|---|---|---|---|')
const row = (c: string, m: string, v: string, t: string) => console.log(`| ${c} | ${m} | ${v} | ${t} |`)

const KIND_LABEL: Record<Kind, string> = { 'image-build': 'image builds', hooks: 'change sets (hook results)', stack: 'ParallelCluster stacks' }
for (const [kind, label] of Object.entries(KIND_LABEL) as [Kind, string][]) {
  const by = polling[kind]
  if (!by) continue
  const [gate, waiter, fixed] = (['image-gate', 'SDK waiter', 'fixed 30 s'] as Strategy[]).map((s) => by[s]) as [Figures, Figures, Figures]
  const x = (n: number) => `${f(n / LIMIT.calls)}x`
  const history = kind === 'image-build' ? ', each after 2-4 earlier builds of its recipe' : ''
  row(
    `polling: ${label} (${gate.scenarios}, ${gate.failing} failing${history})`,
    `API calls per target, mean (x the limit of ${LIMIT.calls})`,
    `${f(gate.callsPerTarget)} (${x(gate.callsPerTarget)})`,
    `SDK waiter: ${f(waiter.callsPerTarget)} (${x(waiter.callsPerTarget)}); fixed 30 s: ${f(fixed.callsPerTarget)} (${x(fixed.callsPerTarget)}); target ≤ SDK waiter: ${verdict(gate.callsPerTarget <= waiter.callsPerTarget)}`
  )
  const lat = (g: Figures) => `${f(g.latency.p50)} / ${f(g.latency.p95)} / ${f(g.latency.max)}`
  row('', 'detection latency p50 / p95 / max (s)', lat(gate), `SDK waiter: ${lat(waiter)}; fixed 30 s: ${lat(fixed)}; limit ${LIMIT.latencySeconds}; target p95 ≤ 10: ${verdict(gate.latency.p95 <= 10)}`)
  const split = (g: Figures) => `${f(g.latencyP95.succeeding)} / ${f(g.latencyP95.failing)}`
  row('', 'p95 latency, ending well / failing (s)', split(gate), `SDK waiter: ${split(waiter)}; fixed 30 s: ${split(fixed)}`)
  const undecided = gate.undecided + waiter.undecided + fixed.undecided
  if (undecided > 0) row('', 'undecided at the timeout', String(gate.undecided), `SDK waiter: ${waiter.undecided}; fixed 30 s: ${fixed.undecided}`)
}

const { ours, against: theirs, ratio } = coldStart
row(
  `cold start (${coldStart.node}, alternating, median of ${ours.samples.length})`,
  'process start to first AWS request (ms)',
  f(ours.medianMs, 0),
  theirs && ratio !== undefined ? `${theirs.path}: ${f(theirs.medianMs, 0)}; ratio ${f(ratio, 2)}x; target ≤ 0.85x: ${verdict(ratio <= 0.85)}` : 'no --against bundle given'
)
row('', 'bundle size (MB)', f(mb(ours.bytes), 2), theirs ? `${theirs.path}: ${f(mb(theirs.bytes), 2)}` : '')

const targets = [
  { rss: 200, ms: 1000 },
  { rss: 500, ms: 3000 }
]
scale.forEach((s, i) => {
  const target = quick ? undefined : targets[i]
  const base = i > 0 ? scale[0] : undefined
  const growth = (a: number, b: number) => (base ? `${f(b / a)}x the 1x run` : undefined)
  const join = (...parts: (string | undefined)[]) => parts.filter(Boolean).join('; ')
  const size = `${s.items.hooks} hook results, ${s.items.workflows} executions, ${s.items.events} events`
  row(`scale${quick ? ' (0.1x)' : i === 0 ? ' 1x' : ' 10x'}: ${size} (${s.pages} pages, verdict ${s.verdict})`, 'peak RSS (MB)', f(mb(s.peakRssBytes)), join(target && `target < ${target.rss}: ${verdict(mb(s.peakRssBytes) < target.rss)}`, growth(base?.peakRssBytes ?? 1, s.peakRssBytes)))
  row('', 'last page to verdict (ms)', f(s.lastPageToVerdictMs, 0), join(
      target && `target < ${target.ms}: ${verdict(s.lastPageToVerdictMs < target.ms)}`,
      growth(base?.lastPageToVerdictMs ?? 1, s.lastPageToVerdictMs),
      `to exit ${f(s.lastPageToExitMs, 0)}`,
      `${f(s.totalMs / 1000)} s in all, ${f(s.cpuMs / 1000)} s of it CPU time`
    )
  )
  row('', 'job summary / JSON report (KB)', `${f(s.summaryBytes / 1024)} / ${f(s.reportBytes / 1024)}`, `summary < 1024 (GitHub's limit): ${verdict(s.summaryBytes < 2 ** 20)}`)
})

row(`cleanup: ${cleanup.versions} versions, limit ${cleanup.limitPerSecond}/s`, 'sustained rate (req/s)', f(cleanup.sustainedPerSecond), `≥ ${f(cleanup.limitPerSecond * 0.9)} (client limit ${cleanup.configuredRate}/s)`)
row('', 'started / failed / throttled answers', `${cleanup.started} / ${cleanup.failures} / ${cleanup.throttledAnswers}`, `${cleanup.versions} / 0`)
row('', 're-run: new / duplicate executions', `${cleanup.rerunNewExecutions} / ${cleanup.duplicateExecutions}`, '0 / 0')

if (!quick) {
  const results = { date: new Date().toISOString(), machine, node: { polling: process.version, bundle: nodeVersion }, polling, coldStart, scale, cleanup }
  writeFileSync('bench/results.json', `${JSON.stringify(results, null, 1)}\n`)
}
console.log(`\n(${f((Date.now() - started) / 1000)} s: ${took.join(', ')})`)

/** `npm run bench [-- --quick]`: every benchmark against the simulator; prints one table, writes bench/results.json. */
import { writeFileSync } from 'node:fs'
import { pollingBenchmark } from './polling.js'
import { benchScenarios } from './scenarios.js'

const quick = process.argv.includes('--quick')
const scenarios = quick ? benchScenarios(20261123, { images: 4, changeSets: 2, stacks: 1 }) : benchScenarios()
const started = Date.now()
const polling = await pollingBenchmark(scenarios)
const f = (n: number, d = 1) => n.toFixed(d)
console.log(`\nPolling efficiency: ${scenarios.length} seeded scenarios, virtual time\n`)
console.log('| strategy | API calls per target (mean) | API calls (total) | detection latency mean / p50 / p95 / max (s) | not decided |')
console.log('|---|---|---|---|---|')
for (const r of polling)
  console.log(`| ${r.strategy} | ${f(r.callsPerTarget.mean)} | ${r.callsPerTarget.total} | ${f(r.latencySeconds.mean)} / ${f(r.latencySeconds.p50)} / ${f(r.latencySeconds.p95)} / ${f(r.latencySeconds.max)} | ${r.undecided} |`)
console.log('\n| strategy | kind | API calls per target | latency mean / p95 (s) |\n|---|---|---|---|')
for (const r of polling)
  for (const [kind, k] of Object.entries(r.byKind)) console.log(`| ${r.strategy} | ${kind} | ${f(k.callsPerTarget)} | ${f(k.latencyMean)} / ${f(k.latencyP95)} |`)
if (!quick) writeFileSync('bench/results.json', `${JSON.stringify({ date: new Date().toISOString(), node: process.version, polling }, null, 2)}\n`)
console.log(`\n(${((Date.now() - started) / 1000).toFixed(1)} s)`)

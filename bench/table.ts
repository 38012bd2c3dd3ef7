/** The benchmark's results as one Markdown table: each figure beside what it is compared with, in the same run. */
import type { CleanupThroughput } from './cleanup.js'
import type { Bundle, ColdStart } from './cold-start.js'
import type { OrgCleanup } from './org-cleanup.js'
import type { MatrixFigures } from './matrix.js'
import { LIMIT, STRATEGIES, type Figures, type PollingResults } from './polling.js'
import type { Scale } from './scale.js'
import type { Kind } from './scenarios.js'

export interface Results {
  polling: PollingResults
  matrix: MatrixFigures
  coldStart: ColdStart
  /** 1x, then 10x (one smaller run with --quick). */
  scale: Scale[]
  cleanup: CleanupThroughput
  orgCleanup: OrgCleanup
}

export const TARGETS = {
  latencyP95Seconds: 10,
  coldStartRatio: 0.85,
  scale: [
    { rssMb: 200, verdictMs: 1000 },
    { rssMb: 500, verdictMs: 3000 }
  ]
}

const KIND_LABEL: Record<Kind, string> = {
  'image-build': 'image builds',
  hooks: 'change sets (hook results)',
  stack: 'ParallelCluster stacks'
}

const f = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a')
const mb = (bytes: number) => bytes / 2 ** 20
const join = (...parts: (string | false | undefined)[]) => parts.filter(Boolean).join('; ')

export function benchTable(
  { polling, matrix, coldStart, scale, cleanup, orgCleanup }: Results,
  quick: boolean
): string[] {
  // A quick run's handful of scenarios says nothing about a target.
  const verdict = (met: boolean) => (quick ? 'not judged (quick)' : met ? 'met' : 'missed')
  const lines = ['| case | measure | image-gate | same run: baselines, limit, target |', '|---|---|---|---|']
  const row = (c: string, m: string, v: string, t: string) => lines.push(`| ${c} | ${m} | ${v} | ${t} |`)

  for (const [kind, label] of Object.entries(KIND_LABEL) as [Kind, string][]) {
    if (!polling[kind]) continue
    const [gate, waiter, fixed] = STRATEGIES.map((s) => polling[kind][s]) as [Figures, Figures, Figures]
    const calls = (g: Figures) => `${f(g.callsPerTarget)} (${f(g.callsPerTarget / LIMIT.calls)}x)`
    const history = kind === 'image-build' ? ', each after 2-4 earlier builds of its recipe' : ''
    const met = gate.callsPerTarget <= waiter.callsPerTarget
    row(
      `polling: ${label} (${gate.scenarios}, ${gate.failing} failing${history})`,
      `API calls per target, mean (x the limit of ${LIMIT.calls})`,
      calls(gate),
      `SDK waiter: ${calls(waiter)}; fixed 30 s: ${calls(fixed)}; target ≤ SDK waiter: ${verdict(met)}`
    )
    const latency = (g: Figures) => `${f(g.latency.p50)} / ${f(g.latency.p95)} / ${f(g.latency.max)}`
    const target = `target p95 ≤ ${TARGETS.latencyP95Seconds}: ${verdict(gate.latency.p95 <= TARGETS.latencyP95Seconds)}`
    row(
      '',
      'detection latency p50 / p95 / max (s)',
      latency(gate),
      `SDK waiter: ${latency(waiter)}; fixed 30 s: ${latency(fixed)}; limit ${LIMIT.latencySeconds}; ${target}`
    )
    const split = (g: Figures) => `${f(g.latencyP95.succeeding)} / ${f(g.latencyP95.failing)}`
    row(
      '',
      'p95 latency, ending well / failing (s)',
      split(gate),
      `SDK waiter: ${split(waiter)}; fixed 30 s: ${split(fixed)}`
    )
    if (gate.undecided + waiter.undecided + fixed.undecided > 0)
      row(
        '',
        'undecided at the timeout',
        String(gate.undecided),
        `SDK waiter: ${waiter.undecided}; fixed 30 s: ${fixed.undecided}`
      )
  }

  row(
    `throttling: ${matrix.jobs} jobs started together in one account, ${matrix.limitPerSecond} requests/s per operation`,
    'jobs failed / answers throttled (share of calls)',
    `${matrix.failures} / ${matrix.throttledAnswers} (${f(100 * matrix.throttledShare)}%)`,
    join(
      `target 0 failed: ${verdict(matrix.failures === 0)}`,
      `most in one job ${matrix.throttledPerJobMax} (its summary says so)`,
      `polls whose every attempt was throttled ${matrix.pollsFailed}`
    )
  )
  row(
    '',
    'detection latency p50 / p95 / max (s)',
    `${f(matrix.latency.p50)} / ${f(matrix.latency.p95)} / ${f(matrix.latency.max)}`,
    `${matrix.calls} calls; ${f(matrix.wallSeconds)} s of wall time (the SDK's retries and rate limiter wait in real time)`
  )

  const { ours, against, ratio } = coldStart
  row(
    `cold start (${coldStart.node}, alternating runs, median of ${ours.samples.length})`,
    'process start to first AWS request, median (min) (ms)',
    `${f(ours.medianMs, 0)} (${f(Math.min(...ours.samples), 0)})`,
    against && ratio !== undefined
      ? join(
          `${against.name}: ${f(against.medianMs, 0)} (${f(Math.min(...against.samples), 0)})`,
          `ratio ${f(ratio, 2)}x`,
          `target ≤ ${TARGETS.coldStartRatio}x: ${verdict(ratio <= TARGETS.coldStartRatio)}`
        )
      : 'no --against bundle given'
  )
  const size = (b: Bundle) => `${f(mb(b.bytes), 2)} / ${f(mb(b.totalBytes), 2)}`
  row('', 'bundle size, entry / with its chunks (MB)', size(ours), against ? `${against.name}: ${size(against)}` : '')

  scale.forEach((s, i) => {
    const target = quick ? undefined : TARGETS.scale[i]
    const base = i > 0 ? scale[0] : undefined
    const growth = (of: (s: Scale) => number) => base && `${f(of(s) / of(base))}x the 1x run`
    const size = `${s.items.hooks} hook results, ${s.items.workflows} executions, ${s.items.events} events`
    const rss = mb(s.peakRssBytes)
    row(
      `scale${quick ? ' (0.1x)' : i === 0 ? ' 1x' : ' 10x'}: ${size} (${s.pages} pages, verdict ${s.verdict})`,
      'peak RSS (MB)',
      f(rss),
      join(
        target && `target < ${target.rssMb}: ${verdict(rss < target.rssMb)}`,
        growth((r) => r.peakRssBytes)
      )
    )
    row(
      '',
      'last page to verdict (ms)',
      f(s.lastPageToVerdictMs, 0),
      join(
        target && `target < ${target.verdictMs}: ${verdict(s.lastPageToVerdictMs < target.verdictMs)}`,
        growth((r) => r.lastPageToVerdictMs),
        `to exit ${f(s.lastPageToExitMs, 0)}`,
        `${f(s.totalMs / 1000)} s in all, ${f(s.cpuMs / 1000)} s of it CPU time`
      )
    )
    const sizes = `${f(s.summaryBytes / 1024)} / ${f(s.reportBytes / 1024)}`
    // GitHub's limit holds for any size, quick or not.
    row(
      '',
      'job summary / JSON report (KB)',
      sizes,
      `summary < 1024 (GitHub's limit): ${s.summaryBytes < 2 ** 20 ? 'met' : 'missed'}`
    )
  })

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
  row(
    '',
    're-run: new / duplicate executions',
    `${cleanup.rerunNewExecutions} / ${cleanup.duplicateExecutions}`,
    '0 / 0'
  )
  const o = orgCleanup
  const byOp = Object.entries(o.callsByOperation)
    .sort((a, b) => b[1] - a[1])
    .map(([op, n]) => `${op} ${f(n, 2)}`)
    .join(', ')
  row(
    `organisation cleanup: ${o.accounts} accounts x ${o.regions} regions x ${o.versions} versions, ${o.inUse} in use`,
    'in-use builds retired',
    String(o.inUseRetired),
    `0 (${o.retired} of ${o.accounts * o.versions - o.inUse} not in use retired)`
  )
  row('', 'API calls per version', f(o.callsPerVersion, 2), byOp)
  row(
    '',
    'wall time per account (s, modelled from the calls)',
    `${f(o.accountSeconds.max, 0)} (mean ${f(o.accountSeconds.mean, 0)})`,
    `EC2 and Auto Scaling paced per region, updates at ${o.lifecycleRate}/s, usage reports ready after ` +
      `${o.usageReportDelaySeconds} s; virtual clock of the run: ${f(o.accountVirtualSeconds, 0)} s`
  )
  row('', `whole organisation, ${o.maxParallel} accounts at once (s)`, f(o.totalSeconds, 0), 'max-parallel jobs')
  return lines
}

/** The job summary as Markdown with HTML tables: verdict first, failing and warning items next, then each target. */
import { formatDuration } from '../core/duration.js'
import type { Observation } from '../core/observations.js'
import { count } from '../core/count.js'
import type { Evaluation, Finding, Severity, Verdict } from '../core/verdict.js'
import type { TargetResult } from '../core/poll.js'
import { goesAheadNote, type InUseScope } from '../core/in-use.js'
import { renderInUseScope } from './in-use-scope.js'
import { wire, type LifecycleEntry, type StepAnswer } from '../core/lifecycle.js'
import { renderAnswers } from './build-details.js'
import { folded, inert } from './escape.js'
import { detailGapLines, renderFailedRules } from './hook-rules.js'
import { section, span, table, when, withNote, type Section } from './sections.js'
import { renderTimeline } from './timeline.js'

export const ICON: Record<Verdict, string> = {
  pass: '✅',
  warn: '⚠️',
  fail: '❌',
  timeout: '⏱️',
  error: '💥',
  cancelled: '🚫'
}

/**
 * How much of each target's table to show: small tables whole and the passing rows of large ones folded into
 * <details>; or only the failing and warning rows, the passing ones counted.
 */
type Detail = 'fold' | 'count'

/** Tables up to this many rows are shown whole; larger ones fold their passing rows away. */
const WHOLE_TABLE_ROWS = 50

function renderSection(s: Section, flagged: (item: string) => boolean, detail: Detail): string {
  return renderTable(s, flagged, detail) + (s.tail ?? '')
}

function renderTable(s: Section, flagged: (item: string) => boolean, detail: Detail): string {
  if (s.rows.length === 0) return `${s.head}${s.empty}\n`
  if (detail === 'fold' && s.rows.length <= WHOLE_TABLE_ROWS)
    return (
      s.head +
      table(
        s.columns,
        s.rows.map((r) => r.cells())
      )
    )
  const shown = s.rows.filter((r) => flagged(r.item))
  const passing = s.rows.filter((r) => !flagged(r.item))
  const main =
    shown.length > 0
      ? table(
          s.columns,
          shown.map((r) => r.cells())
        )
      : ''
  if (passing.length === 0) return s.head + main
  const rest =
    detail === 'fold'
      ? `<details><summary>${count(passing.length, 'passing row')}</summary>\n\n${table(
          s.columns,
          passing.map((r) => r.cells())
        )}\n</details>\n`
      : `${count(passing.length, 'passing row')} ${passing.length === 1 ? 'is' : 'are'} in the JSON report.\n`
  return `${s.head}${main}\n${rest}`
}

function findingsTable(findings: Finding[], messageLength: number): string {
  // The target goes under the item and the deciding rule under the reason: three columns, none squeezed.
  const rows = findings.map((f) => [
    f.severity === 'fail' ? '❌ fail' : '⚠️ warn',
    withNote(inert(f.item, 200), inert(f.target, 200)),
    withNote(folded(f.message, Math.min(200, messageLength), messageLength), `rule <code>${inert(f.rule)}</code>`)
  ])
  return table(['', 'Item', 'Why'], rows)
}

function itemCount(result: TargetResult<Observation>, s: Section): string {
  if (!result.snapshot) return `${inert(result.label)}: ${result.outcome}, no data`
  return `${inert(result.label)}: ${result.outcome}, ${count(s.rows.length, s.noun)}`
}

/** A block of the summary, trimmed, with its size: measured once, however many levels of detail it is tried in. */
interface Block {
  text: string
  bytes: number
}

function block(text: string): Block {
  const trimmed = text.trim()
  return { text: trimmed, bytes: Buffer.byteLength(trimmed, 'utf8') }
}

/** The bytes of `parts` one blank line apart, the empty ones left out, with a final newline. */
function bytesOf(parts: Block[]): number {
  const shown = parts.filter((p) => p.text)
  return shown.reduce((sum, p) => sum + p.bytes, 0) + 2 * Math.max(0, shown.length - 1) + 1
}

/** The Markdown of `parts` one blank line apart, the empty ones left out. */
function joined(parts: Block[]): string {
  return `${parts
    .filter((p) => p.text)
    .map((p) => p.text)
    .join('\n\n')}\n`
}

/** GitHub refuses step summaries over 1 MiB; stay below with room for the rest of the step's output. */
export const SUMMARY_BUDGET_BYTES = 1_000_000

const MODE: Record<LifecycleEntry['mode'], string> = {
  started: '▶️ started',
  'dry-run': '🧪 would run (dry run)',
  skipped: '⏭️ skipped',
  failed: '❌ failed',
  unknown: '❔ unknown'
}

/** What the lifecycle did, would have done (dry run), skipped and why, or failed and why. */
export function renderLifecycle(entries: LifecycleEntry[], inUse?: InUseScope): string {
  if (entries.length === 0) return ''
  const rows = entries.map((e) => [
    inert(e.label),
    inert(`${e.state} (${e.trigger})`),
    MODE[e.mode],
    inert(e.executionId ?? ''),
    inert(
      e.status
        ? `${e.status}${e.statusReason ? `: ${e.statusReason}` : ''}`
        : e.scheduledFor
          ? `scheduled for ${when(e.scheduledFor)}`
          : ''
    ),
    e.hasImpactedResources === undefined ? '' : e.hasImpactedResources ? 'yes' : 'no',
    span(e.startTime, e.endTime),
    inert([e.note, e.mode === 'skipped' ? undefined : goesAheadNote(e.inUse)].filter(Boolean).join('; '), 500)
  ])
  const requests = entries.flatMap((e) => (e.mode === 'dry-run' && e.request ? [e.request] : []))
  const calls =
    requests.length > 0
      ? `\n<details><summary>The ${count(requests.length, 'StartResourceStateUpdate call')} a real run would make` +
        `</summary>\n\n` +
        `<pre>${requests.map((request) => inert(JSON.stringify(wire(request)), 10_000)).join('\n')}</pre>\n</details>\n`
      : ''
  const columns = ['Resource', 'Update', 'Outcome', 'Execution', 'Status', 'Resources impacted', 'Duration', 'Note']
  return `### Lifecycle\n\n${table(columns, rows)}${calls}${renderInUseScope(inUse, entries)}`
}

export interface SummaryOptions {
  lifecycle?: LifecycleEntry[]
  inUse?: InUseScope
  answers?: StepAnswer[]
  /** Answers AWS throttled (each retried): said when there were any. */
  throttled?: number
  budget?: number
}

/** Text made once, the first time it is asked for. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined
  return () => (made ??= { value: make() }).value
}

/**
 * The summary at the richest level of detail that fits a budget: every target's table (large ones with their
 * passing rows folded into <details>); then only failing and warning rows; then counts per target. Failing and
 * warning items are always listed (their text cut shorter, then their number capped, only if they alone would not
 * fit); the JSON report has everything. Each table is rendered once, however many budgets and levels are tried:
 * at 100,000 items they are most of the time from the last page to the verdict.
 */
export function summaryRenderer(
  evaluation: Evaluation,
  results: TargetResult<Observation>[],
  elapsedMs: number,
  { lifecycle = [], answers = [], inUse, throttled = 0 }: Omit<SummaryOptions, 'budget'> = {}
): (budget?: number) => string {
  const slowed = throttled > 0 ? `; AWS throttled ${count(throttled, 'request')}, each retried` : ''
  const head = [
    `## ${ICON[evaluation.verdict]} image-gate: ${evaluation.verdict}\n`,
    `${inert(evaluation.reason)}\n`,
    `<small>${count(results.length, 'target')}, ${formatDuration(elapsedMs)} of waiting${slowed}.</small>\n`
  ]
  const flagged = evaluation.findings.filter((f) => f.severity !== 'pass')
  const gaps = detailGapLines(results)
    .map((line) => `ℹ️ ${inert(line, 1000)}\n`)
    .join('')
  const severities = new Map<string, Severity>()
  for (const f of flagged)
    if (severities.get(`${f.target}\u0000${f.item}`) !== 'fail')
      severities.set(`${f.target}\u0000${f.item}`, f.severity)
  const severityOf = (target: string, item: string) => severities.get(`${target}\u0000${item}`) ?? 'pass'
  const timeline = once(() => block(renderTimeline(results, severityOf)))
  const sections = once(() => results.map((r) => ({ result: r, section: section(r) })))
  const detailed = (detail: Detail) =>
    sections()
      .map(({ result, section: s }) => renderSection(s, (item) => severityOf(result.label, item) !== 'pass', detail))
      .join('\n')
  const folded = once(() => block(detailed('fold')))
  // Every row of every table is in the folded level: at least `<tr></tr>` and an empty `<td></td>` per column.
  const foldFloor = once(() =>
    sections().reduce((bytes, { section: s }) => bytes + s.rows.length * (9 + 9 * s.columns.length), 0)
  )
  const counted = once(() => block(detailed('count')))
  const list = once(() =>
    sections()
      .map(({ result, section: s }) => `- ${itemCount(result, s)}`)
      .join('\n')
  )
  const counts = once(() =>
    block(`### Targets\n\n${list()}\n\nThe full data is in the JSON report (output <code>report-path</code>).\n`)
  )
  const top = [...head, gaps].map(block)
  const actions = [renderAnswers(answers), renderLifecycle(lifecycle, inUse)].map(block)
  const items = new Map<string, string>()
  const itemsTable = (shown: Finding[], messageLength: number) => {
    const key = `${shown.length}/${messageLength}`
    let text = items.get(key)
    if (text === undefined) items.set(key, (text = findingsTable(shown, messageLength)))
    return text
  }
  const itemsSection = (messageLength: number, cap: number) => {
    const shown = flagged.slice(0, cap)
    const more = flagged.length - shown.length
    if (shown.length === 0) return ''
    return (
      `### Failing and warning items\n\n${itemsTable(shown, messageLength)}` +
      (more > 0
        ? `\n${more} more failing or warning ${more === 1 ? 'item is' : 'items are'} in the JSON report.\n`
        : '')
    )
  }

  return (budget = SUMMARY_BUDGET_BYTES) => {
    for (const [messageLength, cap] of [
      [1000, Infinity],
      [200, Infinity],
      [200, 2000],
      [100, 200]
    ] as const) {
      const items = block(itemsSection(messageLength, cap))
      // The failed rules get what is left once the counts, the shortest body, are sure to fit.
      const room = budget - bytesOf([...top, items, ...actions, counts()]) - 100
      const rules = block(renderFailedRules(evaluation.findings, messageLength, room))
      const base = [...top, items, rules, ...actions]
      // Sizes add up without the text being joined: only the level that fits is. A level that cannot fit (its
      // tables' empty cells alone are over the budget) is not rendered at all.
      for (const [floor, body] of [
        [foldFloor, () => [timeline(), folded()]],
        [() => 0, () => [timeline(), counted()]],
        [() => 0, () => [counts()]]
      ] as const) {
        if (bytesOf(base) + floor() > budget) continue
        const parts = [...base, ...body()]
        if (bytesOf(parts) <= budget) return joined(parts)
      }
    }
    return joined([...head.map(block), counts()])
  }
}

/** The summary within `budget` bytes: see summaryRenderer. */
export function renderSummary(
  evaluation: Evaluation,
  results: TargetResult<Observation>[],
  elapsedMs: number,
  { budget = SUMMARY_BUDGET_BYTES, ...options }: SummaryOptions = {}
): string {
  return summaryRenderer(evaluation, results, elapsedMs, options)(budget)
}

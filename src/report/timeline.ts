/**
 * A Mermaid gantt of when each workflow, hook and stack resource ran and how the policy judged it: one section
 * per target, in the order of the tables, bars by start time. Readable at every scale (ticks fitted to the span,
 * a bounded number of bars, a left margin wide enough for the section titles) and closed to injection: every
 * text in the chart is reduced to a safe alphabet behind a symbol of ours, and every date is a number.
 */
import { isOneOf, TERMINAL_WORKFLOW_STATUSES, type Observation } from '../core/observations.js'
import type { TargetResult } from '../core/poll.js'
import type { Severity } from '../core/verdict.js'
import { hookItem, resourceItem, workflowItem } from '../policy/items.js'

/** How the policy judged an item of a target (the names the findings use). */
export type SeverityOf = (target: string, item: string) => Severity

type Mark = 'fail' | 'warn' | 'running' | 'pass'

const FAILED_STEP = new Set(['FAILED', 'CANCELLED'])

/** Mermaid's task classes: red for a failure, outlined red for a warning, blue for still running, grey. */
const MARKS: Record<Mark, { tag: string; symbol: string }> = {
  fail: { tag: 'crit', symbol: '✗' },
  warn: { tag: 'crit, done', symbol: '⚠' },
  running: { tag: 'active', symbol: '…' },
  pass: { tag: 'done', symbol: '✓' }
}
const ORDER: Mark[] = ['fail', 'warn', 'running', 'pass']

interface Bar {
  text: string
  mark: Mark
  start: number
  end: number
}

interface Lane {
  title: string
  bars: Bar[]
}

/** At most this many bars (a chart of 24 px per bar stays under about 800 px); the rest are counted. */
export const MAX_BARS = 30
/** At most this many sections; further targets are counted in one. */
const MAX_SECTIONS = 8
/**
 * Mermaid draws a bar's text to its left when it fits neither in the bar nor to its right, over the section
 * titles: short titles (a narrow left margin) and short texts keep it clear on a summary-wide chart.
 */
const TITLE_CHARS = 24
const TEXT_CHARS = 32

/**
 * Task and section names reach Mermaid's lexer, which reads `:`, `#`, `;`, `%` and line ends as syntax and
 * keywords (`click`, `title`, `excludes`, `section`, a date, ...) at the start of a token as directives: keep
 * letters, digits and `._()/-` and a space, and start every task name with a symbol of ours.
 */
export function safeText(text: string, max: number): string {
  const kept = text
    .replaceAll('::', '.')
    .replace(/[^A-Za-z0-9 ._()/-]+/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
  return kept.length > max ? `${kept.slice(0, max - 1)}…` : kept
}

/**
 * A section title: labels of one pipeline differ at their end (`web-ami 1.4.0/7`, `web-ami 1.4.1/1`), so a long
 * one keeps its start and its end; Mermaid merges sections of one name, so titles are made unique by number.
 */
function sectionTitle(label: string, index: number): string {
  const kept = safeText(label, Number.MAX_SAFE_INTEGER)
  if (!kept) return `target ${index + 1}`
  if (kept.length <= TITLE_CHARS) return kept
  const tail = Math.floor((TITLE_CHARS - 1) / 2)
  return `${kept.slice(0, TITLE_CHARS - 1 - tail).trimEnd()}…${kept.slice(-tail).trimStart()}`
}

/** Milliseconds since the epoch, or undefined for a time that is missing, unreadable or outside years 2000-9999. */
function time(iso: string | undefined): number | undefined {
  const ms = iso === undefined ? NaN : Date.parse(iso)
  return Number.isFinite(ms) && ms >= Date.UTC(2000, 0, 1) && ms < Date.UTC(10000, 0, 1) ? ms : undefined
}

/** One bar; a running item's reaches the end of waiting, and one without a start time is not drawn. */
function bar(name: string, status: string, mark: Mark, start: string | undefined, end: number | undefined): Bar[] {
  const from = time(start)
  const text = status ? `${name} ${status}` : name
  return from === undefined ? [] : [{ text, mark, start: from, end: Math.max(from, end ?? from) }]
}

/** A failure shows as one even while running; an item still running shows so rather than as a warning. */
function markOf(severity: Severity, running: boolean): Mark {
  return severity === 'fail' ? 'fail' : running ? 'running' : severity === 'warn' ? 'warn' : 'pass'
}

function bars(result: TargetResult<Observation>, severity: SeverityOf): Bar[] {
  const o = result.snapshot
  const draw = (name: string, status: string, item: string, running: boolean, start?: string, end?: string) =>
    bar(name, status, markOf(severity(result.label, item), running), start, running ? result.endedAt : time(end))
  switch (o?.kind) {
    case 'image-build':
      // The steps of a workflow whose steps were read (a failed or warned one) under its own bar.
      return o.executions.flatMap((e) => {
        const running = !isOneOf(e.status, TERMINAL_WORKFLOW_STATUSES)
        const judged = severity(result.label, workflowItem(e))
        const steps = (e.steps ?? []).flatMap((s) => {
          const mark = markOf(FAILED_STEP.has(s.status) ? judged : 'pass', s.status === 'RUNNING')
          return bar(`${e.type} ${s.name}`, s.status, mark, s.startTime, time(s.endTime) ?? result.endedAt)
        })
        return [...draw(e.type, e.status, workflowItem(e), running, e.startTime, e.endTime), ...steps]
      })
    case 'hook-results':
      return o.results.flatMap((r) => {
        const running = r.status === 'HOOK_IN_PROGRESS'
        // The symbol tells how it ended; the organisation prefix of the type name is left to the table.
        const name = r.typeName.split('::').slice(-2).join('::')
        return draw(name, '', hookItem(r), running, r.invokedAt, r.finishedAt)
      })
    case 'parallelcluster-stack':
      return o.resources.flatMap((r) => {
        const running = r.status.endsWith('_IN_PROGRESS')
        return draw(r.logicalId, r.failedStatus ?? r.status, resourceItem(r), running, r.firstAt, r.lastAt)
      })
    case undefined:
      return []
  }
}

const worst = (marks: Mark[]): Mark => ORDER.find((m) => marks.includes(m)) ?? 'pass'

/** Bars not drawn, as one bar over their span: `… 120 more (3 failed)`. */
function summarized(hidden: Bar[], what = 'more'): Bar {
  const failed = hidden.filter((b) => b.mark === 'fail').length
  return {
    text: `${hidden.length} ${what}${failed > 0 ? ` (${failed} failed)` : ''}`,
    mark: worst(hidden.map((b) => b.mark)),
    start: Math.min(...hidden.map((b) => b.start)),
    end: Math.max(...hidden.map((b) => b.end))
  }
}

/** The lanes to draw: targets with the worst bars first when there are too many, shown in table order. */
function chooseLanes(lanes: Lane[]): Lane[] {
  if (lanes.length <= MAX_SECTIONS) return lanes
  const rank = (l: Lane) => ORDER.indexOf(worst(l.bars.map((b) => b.mark)))
  const kept = new Set([...lanes].sort((a, b) => rank(a) - rank(b)).slice(0, MAX_SECTIONS - 1))
  const rest = lanes.filter((l) => !kept.has(l))
  return [
    ...lanes.filter((l) => kept.has(l)),
    {
      title: `${rest.length} more targets`,
      bars: [
        summarized(
          rest.flatMap((l) => l.bars),
          'items'
        )
      ]
    }
  ]
}

/** Within MAX_BARS: failing, warning and running bars first, then passing ones; each lane's rest as one bar. */
function chooseBars(lanes: Lane[]): Lane[] {
  const total = lanes.reduce((n, l) => n + l.bars.length, 0)
  if (total <= MAX_BARS) return lanes
  const budget = Math.max(MAX_BARS - lanes.length, lanes.length)
  const ranked = lanes
    .flatMap((l) => l.bars)
    .sort((a, b) => ORDER.indexOf(a.mark) - ORDER.indexOf(b.mark))
    .slice(0, budget)
  const shown = new Set(ranked)
  return lanes.map((l) => {
    const hidden = l.bars.filter((b) => !shown.has(b))
    const kept = l.bars.filter((b) => shown.has(b))
    return { title: l.title, bars: hidden.length > 0 ? [...kept, summarized(hidden)] : kept }
  })
}

/** Tick intervals Mermaid understands, smallest first, with an axis format that tells the ticks apart. */
const TICKS: [number, string][] = [
  [1, 'second'],
  [2, 'second'],
  [5, 'second'],
  [10, 'second'],
  [15, 'second'],
  [30, 'second'],
  [1, 'minute'],
  [2, 'minute'],
  [5, 'minute'],
  [10, 'minute'],
  [15, 'minute'],
  [30, 'minute'],
  [1, 'hour'],
  [2, 'hour'],
  [3, 'hour'],
  [6, 'hour'],
  [12, 'hour'],
  [1, 'day'],
  [2, 'day'],
  [1, 'week']
]
const UNIT_MS: Record<string, number> = {
  second: 1000,
  minute: 60_000,
  hour: 3_600_000,
  day: 86_400_000,
  week: 604_800_000
}

/** About eight ticks over the span, labelled to the second, the minute or the day as their spacing needs. */
export function axis(spanMs: number): { tickInterval: string; axisFormat: string } {
  const [count, unit] =
    TICKS.find(([n, u]) => spanMs / (n * (UNIT_MS[u] as number)) <= 8) ?? (TICKS.at(-1) as [number, string])
  const step = count * (UNIT_MS[unit] as number)
  const axisFormat = step < 60_000 ? '%H:%M:%S' : step < 86_400_000 ? '%H:%M' : '%b %d'
  return { tickInterval: `${count}${unit}`, axisFormat }
}

/** The chart (a Markdown code block and a caption), or '' when no item has a time to draw. */
export function renderTimeline(results: TargetResult<Observation>[], severity: SeverityOf): string {
  const lanes = results
    .map((r, i) => ({ title: sectionTitle(r.label, i), bars: bars(r, severity) }))
    .filter((l) => l.bars.length > 0)
  if (lanes.length === 0) return ''
  const drawn = chooseBars(chooseLanes(lanes))
  const titles = new Set<string>()
  for (const lane of drawn) {
    for (let n = 2; titles.has(lane.title); n++) lane.title = `${lane.title.replace(/ \(\d+\)$/, '')} (${n})`
    titles.add(lane.title)
  }
  const all = drawn.flatMap((l) => l.bars)
  const from = Math.min(...all.map((b) => b.start))
  const span = Math.max(1000, Math.max(...all.map((b) => b.end)) - from)
  // A bar shorter than a pixel or so is not drawn: give every bar at least 1/150 of the span.
  const least = Math.ceil(span / 150)
  const { tickInterval, axisFormat } = axis(span)
  const widest = Math.max(...drawn.map((l) => l.title.length))
  const lines = [
    '```mermaid',
    `%%{init: {"gantt": {"leftPadding": ${Math.round(Math.min(180, Math.max(75, widest * 6.5 + 24)))}}}}%%`,
    'gantt',
    '  dateFormat x',
    `  axisFormat ${axisFormat}`,
    `  tickInterval ${tickInterval}`,
    '  todayMarker off'
  ]
  for (const lane of drawn) {
    lines.push(`  section ${lane.title}`)
    for (const b of [...lane.bars].sort((x, y) => x.start - y.start)) {
      const { tag, symbol } = MARKS[b.mark]
      const name = safeText(b.text, TEXT_CHARS) || 'unnamed'
      lines.push(`  ${symbol} ${name} :${tag}, ${b.start}, ${Math.max(b.end, b.start + least)}`)
    }
  }
  lines.push('```')
  const legend = 'In your time zone. ✗ failed the policy, ⚠ warned, … still running, ✓ passed.'
  return `${lines.join('\n')}\n\n<small>${legend}</small>\n`
}

/** A run's record as a terminal shows it: the verdict, the failing and warning items, a line per target. */
import { formatDuration } from '../core/duration.js'
import { cleanupCounts, isFailed, type LifecycleEntry } from '../core/lifecycle.js'
import type { Observation } from '../core/observations.js'
import type { TargetResult } from '../core/poll.js'
import type { RunRecord } from '../core/run-record.js'
import type { Verdict } from '../core/verdict.js'
import { plain } from './escape.js'
import { count } from '../core/count.js'

const MARK: Record<Verdict, string> = { pass: '✔', warn: '!', fail: '✖', timeout: '✖', error: '✖', cancelled: '✖' }
/** ANSI colours: green, yellow, red. */
const COLOUR: Record<Verdict, string> = {
  pass: '32',
  warn: '33',
  fail: '31',
  timeout: '31',
  error: '31',
  cancelled: '33'
}
/** Items listed before the rest are only counted; the JSON report has them all. */
const LISTED = 50

export type Paint = (code: string, text: string) => string

export function painter(color: boolean): Paint {
  return (code, text) => (color ? `\u001b[${code}m${text}\u001b[0m` : text)
}

function itemCount(snapshot: Observation): string {
  switch (snapshot.kind) {
    case 'image-build':
      return (
        `image ${plain(snapshot.imageStatus) || 'unknown'}, ` + count(snapshot.executions.length, 'workflow execution')
      )
    case 'hook-results':
      return count(snapshot.results.length, 'hook result')
    case 'parallelcluster-stack':
      return `stack ${plain(snapshot.stackStatus) || 'unknown'}, ${count(snapshot.resources.length, 'resource')}`
  }
}

function targetLine(r: TargetResult<Observation>): string {
  const items = r.snapshot ? itemCount(r.snapshot) : 'no data'
  const error = r.error ? `: ${plain(r.error, 300)}` : ''
  const took = formatDuration(r.endedAt - r.startedAt)
  return `  ${plain(r.label)}: ${r.outcome}${error}; ${items}; ${count(r.polls, 'poll')}, ${took}`
}

function lifecycleLine(e: LifecycleEntry): string {
  const status = e.status ? `${e.status}${e.statusReason ? `: ${e.statusReason}` : ''}` : (e.note ?? '')
  const id = e.executionId ? ` ${e.executionId}` : ''
  const outcome = `${e.mode}${id}${status ? `, ${plain(status, 300)}` : ''}`
  return `  ${plain(e.label)} -> ${e.state} (${plain(e.trigger)}): ${outcome}`
}

export function renderTerminal(record: RunRecord, paint: Paint): string {
  const { evaluation, cleanup } = record
  const v = evaluation.verdict
  const title = `image-gate${cleanup ? ' cleanup' : ''}${record.dryRun ? ' (dry run)' : ''}: ${v}`
  const lines = [paint(`1;${COLOUR[v]}`, `${MARK[v]} ${title}`), plain(evaluation.reason)]
  const flagged = evaluation.findings.filter((f) => f.severity !== 'pass')
  if (flagged.length > 0) {
    lines.push('', 'Failing and warning items:')
    for (const f of flagged.slice(0, LISTED))
      lines.push(
        `  ${paint(f.severity === 'fail' ? '31' : '33', f.severity)}  ${plain(f.target)} / ${plain(f.item)}: ` +
          `${plain(f.message, 300)} [${plain(f.rule)}]`
      )
    if (flagged.length > LISTED) lines.push(`  and ${flagged.length - LISTED} more, in the JSON report`)
  }
  if (record.results.length > 0) lines.push('', 'Targets:', ...record.results.map(targetLine))
  if (cleanup) {
    const c = cleanupCounts(cleanup)
    const did = record.dryRun ? 'would be updated' : 'updated'
    lines.push('', `Versions: ${c.acted} ${did}, ${c.kept} kept, ${c.skipped} skipped, ${c.failed} failed.`)
  }
  const shown = cleanup ? record.lifecycle.filter((e) => e.mode !== 'skipped' || isFailed(e)) : record.lifecycle
  if (shown.length > 0) {
    lines.push('', 'Lifecycle:', ...shown.slice(0, LISTED).map(lifecycleLine))
    if (shown.length > LISTED) lines.push(`  and ${shown.length - LISTED} more, in the JSON report`)
  }
  return `${lines.join('\n')}\n`
}

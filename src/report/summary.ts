/** The job summary as Markdown with HTML tables: verdict first, failing and warning items next, then each target. */
import { formatDuration } from '../config/duration.js'
import type { Evaluation } from '../policy/evaluate.js'
import type { Finding, Verdict } from '../policy/types.js'
import type { ImageBuildObservation, Observation } from '../sources/observations.js'
import type { TargetResult } from '../wait/scheduler.js'
import { inert, link } from './escape.js'

const ICON: Record<Verdict, string> = { pass: '✅', warn: '⚠️', fail: '❌', timeout: '⏱️', error: '💥', cancelled: '🚫' }

function table(head: string[], rows: string[][]): string {
  const th = head.map((h) => `<th>${h}</th>`).join('')
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')
  return `<table>\n<tr>${th}</tr>\n${body}\n</table>\n`
}

export function imageConsoleUrl(observation: ImageBuildObservation): string {
  const region = encodeURIComponent(observation.region)
  return `https://${region}.console.aws.amazon.com/imagebuilder/home?region=${region}#/images/${encodeURIComponent(observation.arn)}`
}

function span(start?: string, end?: string): string {
  const from = start ? Date.parse(start) : NaN
  const to = end ? Date.parse(end) : NaN
  return Number.isFinite(from) && Number.isFinite(to) ? formatDuration(to - from) : ''
}

function imageBuildSection(result: TargetResult<Observation>, observation: ImageBuildObservation): string {
  const state = observation.imageStatus ? ` — image ${inert(observation.imageStatus)}` : ''
  const reason = observation.imageReason ? `\n\n${inert(observation.imageReason)}` : ''
  const heading = `### ${link(imageConsoleUrl(observation), observation.label)}${state} (${result.outcome}, ${result.polls} polls)${reason}\n\n`
  if (observation.executions.length === 0) return `${heading}No workflow executions were listed.\n`
  const rows = observation.executions.map((e) => [
    inert(e.type),
    inert(e.status),
    `${e.succeededSteps} / ${e.failedSteps} / ${e.skippedSteps} of ${e.totalSteps}`,
    span(e.startTime, e.endTime),
    inert(e.message, 500)
  ])
  return heading + table(['Workflow', 'Status', 'Steps ok / failed / skipped', 'Duration', 'Message'], rows)
}

function findingsTable(findings: Finding[]): string {
  const rows = findings.map((f) => [f.severity === 'fail' ? '❌ fail' : '⚠️ warn', inert(f.target), inert(f.item), inert(f.message, 1000), `<code>${inert(f.rule)}</code>`])
  return table(['', 'Target', 'Item', 'Why', 'Rule'], rows)
}

export function renderSummary(evaluation: Evaluation, results: TargetResult<Observation>[], elapsedMs: number): string {
  const parts = [`## ${ICON[evaluation.verdict]} image-gate: ${evaluation.verdict}\n`, `${inert(evaluation.reason)}\n`]
  parts.push(`<sub>${results.length} target(s), ${formatDuration(elapsedMs)} of waiting.</sub>\n`)
  const flagged = evaluation.findings.filter((f) => f.severity !== 'pass')
  if (flagged.length > 0) parts.push('### Failing and warning items\n', findingsTable(flagged))
  for (const result of results) {
    if (result.snapshot) parts.push(imageBuildSection(result, result.snapshot))
    else parts.push(`### ${inert(result.label)} (${result.outcome})\n\n${inert(result.error ?? 'No data was read.')}\n`)
  }
  return parts.join('\n')
}

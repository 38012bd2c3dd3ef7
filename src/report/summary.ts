/** The job summary as Markdown with HTML tables: verdict first, failing and warning items next, then each target. */
import { formatDuration } from '../config/duration.js'
import type { Evaluation } from '../policy/evaluate.js'
import type { Finding, Verdict } from '../policy/types.js'
import type { HookObservation, ImageBuildObservation, Observation, StackObservation } from '../sources/observations.js'
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

function cfnConsole(region: string, fragment: string): string {
  const r = encodeURIComponent(region)
  return `https://${r}.console.aws.amazon.com/cloudformation/home?region=${r}#/${fragment}`
}

function heading(result: TargetResult<Observation>, title: string, state: string | undefined, reason: string | undefined): string {
  const status = state ? ` — ${inert(state)}` : ''
  return `### ${title}${status} (${result.outcome}, ${result.polls} polls)${reason ? `\n\n${inert(reason)}` : ''}\n\n`
}

function when(iso: string | undefined): string {
  return iso ? iso.replace('T', ' ').replace(/\.\d+Z$/, 'Z') : ''
}

function hookSection(result: TargetResult<Observation>, o: HookObservation): string {
  const title = o.changeSetArn ? link(cfnConsole(o.region, `stacks/changesets/changes?changeSetId=${encodeURIComponent(o.changeSetArn)}`), o.label) : inert(o.label)
  const head = heading(result, title, o.changeSetStatus && `change set ${o.changeSetStatus}`, o.changeSetReason)
  if (o.results.length === 0) return `${head}No hook results were reported.\n`
  const rows = o.results.map((r) => [inert(r.typeName), inert(r.failureMode), inert(r.status), inert(r.reason, 500), when(r.invokedAt)])
  return head + table(['Hook', 'Failure mode', 'Status', 'Reason', 'Invoked at'], rows)
}

function stackSection(result: TargetResult<Observation>, o: StackObservation): string {
  const title = o.stackId ? link(cfnConsole(o.region, `stacks/events?stackId=${encodeURIComponent(o.stackId)}`), o.label) : inert(o.label)
  const head = heading(result, title, o.stackStatus && `stack ${o.stackStatus}`, o.stackReason)
  if (o.resources.length === 0) return `${head}No stack events were read.\n`
  const rows = o.resources.map((r) => [
    inert(r.logicalId),
    inert(r.type),
    inert(r.failedStatus && r.failedStatus !== r.status ? `${r.failedStatus} → ${r.status}` : r.status),
    inert(r.failureReason ?? r.reason, 500),
    span(r.firstAt, r.lastAt)
  ])
  return head + table(['Resource', 'Type', 'Status', 'Reason', 'Duration'], rows)
}

function imageBuildSection(result: TargetResult<Observation>, observation: ImageBuildObservation): string {
  const head = heading(result, link(imageConsoleUrl(observation), observation.label), observation.imageStatus && `image ${observation.imageStatus}`, observation.imageReason)
  if (observation.executions.length === 0) return `${head}No workflow executions were listed.\n`
  const rows = observation.executions.map((e) => [
    inert(e.type),
    inert(e.status),
    `${e.succeededSteps} / ${e.failedSteps} / ${e.skippedSteps} of ${e.totalSteps}`,
    span(e.startTime, e.endTime),
    inert(e.message, 500)
  ])
  return head + table(['Workflow', 'Status', 'Steps ok / failed / skipped', 'Duration', 'Message'], rows)
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
    const o = result.snapshot
    if (o?.kind === 'image-build') parts.push(imageBuildSection(result, o))
    else if (o?.kind === 'hooks') parts.push(hookSection(result, o))
    else if (o?.kind === 'stack') parts.push(stackSection(result, o))
    else parts.push(`### ${inert(result.label)} (${result.outcome})\n\n${inert(result.error ?? 'No data was read.')}\n`)
  }
  return parts.join('\n')
}

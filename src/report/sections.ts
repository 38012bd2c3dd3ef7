/** Each target's section of the summary: a heading with its state and a table of its items, by kind. */
import { formatDuration } from '../core/duration.js'
import type {
  HookResultsObservation,
  ImageBuildObservation,
  Observation,
  ParallelClusterStackObservation,
  StackOperation
} from '../core/observations.js'
import type { TargetResult } from '../core/poll.js'
import { hookItem, resourceItem, workflowItem } from '../policy/items.js'
import { count } from '../core/count.js'
import { buildDetails } from './build-details.js'
import { breakable, folded, inert, link } from './escape.js'

/**
 * A table cell's text with a smaller line under it (what it is on, the rule that decided). `<small>`, not `<sub>`:
 * GitHub's CSS gives `<sub>` no line height, so a second or wrapped line of it is drawn over the first.
 */
export function withNote(text: string, note: string | undefined): string {
  return note ? `${text}<br><small>${note}</small>` : text
}

export function table(head: string[], rows: string[][]): string {
  const th = head.map((h) => `<th>${h}</th>`).join('')
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')
  return `<table>\n<tr>${th}</tr>\n${body}\n</table>\n`
}

function imageConsoleUrl(observation: ImageBuildObservation): string {
  const region = encodeURIComponent(observation.region)
  const image = encodeURIComponent(observation.arn)
  return `https://${region}.console.aws.amazon.com/imagebuilder/home?region=${region}#/images/${image}`
}

export function span(start?: string, end?: string): string {
  const from = start ? Date.parse(start) : NaN
  const to = end ? Date.parse(end) : NaN
  return Number.isFinite(from) && Number.isFinite(to) ? formatDuration(to - from) : ''
}

function cfnConsole(region: string, fragment: string): string {
  const r = encodeURIComponent(region)
  return `https://${r}.console.aws.amazon.com/cloudformation/home?region=${r}#/${fragment}`
}

function heading(
  result: TargetResult<Observation>,
  title: string,
  state: string | undefined,
  reason: string | undefined
): string {
  const status = state ? ` — ${inert(state)}` : ''
  const outcome = `${OUTCOME[result.outcome]} after ${count(result.polls, 'poll')}`
  return `### ${title}${status} (${outcome})${reason ? `\n\n${inert(reason)}` : ''}\n\n`
}

const OUTCOME: Record<TargetResult<Observation>['outcome'], string> = {
  settled: 'settled',
  timeout: 'timed out',
  error: 'ended in an error',
  cancelled: 'cancelled'
}

/** A time as `2026-11-23 12:00:00Z`, printed from the parsed number; text that is no time is escaped. */
export function when(iso: string | undefined): string {
  const ms = iso === undefined ? NaN : Date.parse(iso)
  if (!Number.isFinite(ms)) return inert(iso)
  return new Date(ms)
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, 'Z')
}

interface Row {
  /** Made only for a row that is shown: at 100,000 rows most are only counted. */
  cells: () => string[]
  /** The item's name in the findings, to look up its severity. */
  item: string
}

export interface Section {
  head: string
  columns: string[]
  rows: Row[]
  empty: string
  /** What a row is: `workflow execution`, counted with `count`. */
  noun: string
  /** What follows the table, e.g. an image build's steps and scan. */
  tail?: string
}

/**
 * What a hook verdict covers. A change set runs only its change set hooks when it is created; stack and resource
 * hooks run when it is executed (CloudFormation Hooks user guide, hook targets), so a pass here says nothing of
 * them. Queries without a target judge only the invocations of their window.
 */
function hookScope(o: HookResultsObservation): string {
  if (o.changeSetArn)
    return (
      'This verdict covers the hooks CloudFormation ran when it created the change set. Stack and resource hooks ' +
      'run only when the change set is executed: it cannot say whether they will pass.'
    )
  if (o.operation) return operationScope(o.operation)
  if (o.invokedSince) {
    const older = o.outsideWindow ? `; not judged: ${count(o.outsideWindow, 'older invocation')} listed by AWS` : ''
    return `This verdict covers the hooks invoked since ${when(o.invokedSince)}${older}.`
  }
  return ''
}

/** Which operation of the stack was judged: when it started, its OperationId and token. */
function operationScope(op: StackOperation): string {
  if (!op.startedAt)
    return op.token
      ? `No operation of the stack carries ClientRequestToken <code>${inert(op.token)}</code>.`
      : 'The stack has no operation yet.'
  const ids = [
    op.operationId && `OperationId <code>${inert(op.operationId)}</code>`,
    op.token && `ClientRequestToken <code>${inert(op.token)}</code>`
  ].filter(Boolean)
  const end = op.endedAt ? `, ended ${when(op.endedAt)}` : ', not ended'
  return (
    `This verdict covers the hooks invoked during the stack operation that started ${when(op.startedAt)}${end}` +
    `${ids.length > 0 ? ` (${ids.join(', ')})` : ''}, as its ${count(op.eventCount, 'stack event')} tell it.`
  )
}

function hookTitle(o: HookResultsObservation): string {
  if (o.changeSetArn)
    return link(
      cfnConsole(o.region, `stacks/changesets/changes?changeSetId=${encodeURIComponent(o.changeSetArn)}`),
      o.label
    )
  if (o.operation?.stackId)
    return link(cfnConsole(o.region, `stacks/events?stackId=${encodeURIComponent(o.operation.stackId)}`), o.label)
  return inert(o.label)
}

function hookResultsSection(result: TargetResult<Observation>, o: HookResultsObservation): Section {
  const scope = hookScope(o)
  const [state, reason] = o.operation
    ? [o.operation.status && `stack ${o.operation.status}`, o.operation.failureReason]
    : [o.changeSetStatus && `change set ${o.changeSetStatus}`, o.changeSetReason]
  return {
    head: heading(result, hookTitle(o), state, reason) + (scope ? `${scope}\n\n` : ''),
    columns: ['Hook', 'Failure mode', 'Status', 'Invoked at', 'Reason'],
    rows: o.results.map((r) => ({
      item: hookItem(r),
      cells: () => [
        // A stack event names the resource the hook ran on.
        withNote(breakable(r.typeName), r.resource && `on ${breakable(r.resource.logicalId)}`),
        inert(r.failureMode),
        breakable(r.status),
        when(r.invokedAt),
        folded(r.reason)
      ]
    })),
    empty: o.noInvocations
      ? 'No hook was invoked (AWS: HookResultNotFound).'
      : o.operation
        ? 'No hook was invoked during the stack operation.'
        : 'No hook results were reported.',
    noun: 'hook result'
  }
}

function parallelClusterStackSection(result: TargetResult<Observation>, o: ParallelClusterStackObservation): Section {
  const title = o.stackId
    ? link(cfnConsole(o.region, `stacks/events?stackId=${encodeURIComponent(o.stackId)}`), o.label)
    : inert(o.label)
  return {
    head: heading(result, title, o.stackStatus && `stack ${o.stackStatus}`, o.stackReason),
    // The type goes under the logical id and the reason last, folded: the table stays within GitHub's width.
    columns: ['Resource', 'Status', 'Duration', 'Reason'],
    rows: o.resources.map((r) => ({
      item: resourceItem(r),
      cells: () => [
        withNote(breakable(r.logicalId), breakable(r.type)),
        breakable(r.failedStatus && r.failedStatus !== r.status ? `${r.failedStatus} → ${r.status}` : r.status),
        span(r.firstAt, r.lastAt),
        folded(r.failureReason ?? r.reason)
      ]
    })),
    empty: 'No stack events were read.',
    noun: 'stack resource'
  }
}

function imageBuildSection(result: TargetResult<Observation>, o: ImageBuildObservation): Section {
  return {
    head: heading(result, link(imageConsoleUrl(o), o.label), o.imageStatus && `image ${o.imageStatus}`, o.imageReason),
    columns: ['Workflow', 'Status', 'Steps ok / failed / skipped', 'Duration', 'Message'],
    rows: o.executions.map((e) => ({
      item: workflowItem(e),
      cells: () => [
        inert(e.type),
        // A retried attempt was superseded by a later one (RetryImage): judged by that one.
        inert(e.retried ? `${e.status} (retried)` : e.status),
        `${e.succeededSteps} / ${e.failedSteps} / ${e.skippedSteps} of ${e.totalSteps}`,
        span(e.startTime, e.endTime),
        folded(e.message)
      ]
    })),
    empty: 'No workflow executions were listed.',
    noun: 'workflow execution',
    tail: buildDetails(o)
  }
}

/** The one place that tells the kinds of target apart. */
export function section(result: TargetResult<Observation>): Section {
  const o = result.snapshot
  switch (o?.kind) {
    case 'image-build':
      return imageBuildSection(result, o)
    case 'hook-results':
      return hookResultsSection(result, o)
    case 'parallelcluster-stack':
      return parallelClusterStackSection(result, o)
    case undefined:
      return {
        head: `### ${inert(result.label)} (${result.outcome})\n\n`,
        columns: [],
        rows: [],
        empty: inert(result.error ?? 'No data was read.'),
        noun: ''
      }
  }
}

/** Each target's section of the summary: a heading with its state and a table of its items, by kind. */
import { formatDuration } from '../core/duration.js'
import type {
  HookResultsObservation,
  ImageBuildObservation,
  Observation,
  ParallelClusterStackObservation
} from '../core/observations.js'
import type { TargetResult } from '../core/poll.js'
import { hookItem, resourceItem, workflowItem } from '../policy/items.js'
import { buildDetails } from './build-details.js'
import { inert, link } from './escape.js'

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
  return `### ${title}${status} (${result.outcome}, ${result.polls} polls)${reason ? `\n\n${inert(reason)}` : ''}\n\n`
}

export function when(iso: string | undefined): string {
  return iso ? iso.replace('T', ' ').replace(/\.\d+Z$/, 'Z') : ''
}

interface Row {
  cells: string[]
  /** The item's name in the findings, to look up its severity. */
  item: string
}

export interface Section {
  head: string
  columns: string[]
  rows: Row[]
  empty: string
  /** What a row is, counted: `workflow execution(s)`. */
  noun: string
  /** What follows the table, e.g. an image build's steps and scan. */
  tail?: string
}

function hookResultsSection(result: TargetResult<Observation>, o: HookResultsObservation): Section {
  const title = o.changeSetArn
    ? link(cfnConsole(o.region, `stacks/changesets/changes?changeSetId=${encodeURIComponent(o.changeSetArn)}`), o.label)
    : inert(o.label)
  return {
    head: heading(result, title, o.changeSetStatus && `change set ${o.changeSetStatus}`, o.changeSetReason),
    columns: ['Hook', 'Failure mode', 'Status', 'Reason', 'Invoked at'],
    rows: o.results.map((r) => ({
      item: hookItem(r),
      cells: [inert(r.typeName), inert(r.failureMode), inert(r.status), inert(r.reason, 500), when(r.invokedAt)]
    })),
    empty: 'No hook results were reported.',
    noun: 'hook result(s)'
  }
}

function parallelClusterStackSection(result: TargetResult<Observation>, o: ParallelClusterStackObservation): Section {
  const title = o.stackId
    ? link(cfnConsole(o.region, `stacks/events?stackId=${encodeURIComponent(o.stackId)}`), o.label)
    : inert(o.label)
  return {
    head: heading(result, title, o.stackStatus && `stack ${o.stackStatus}`, o.stackReason),
    columns: ['Resource', 'Type', 'Status', 'Reason', 'Duration'],
    rows: o.resources.map((r) => ({
      item: resourceItem(r),
      cells: [
        inert(r.logicalId),
        inert(r.type),
        inert(r.failedStatus && r.failedStatus !== r.status ? `${r.failedStatus} → ${r.status}` : r.status),
        inert(r.failureReason ?? r.reason, 500),
        span(r.firstAt, r.lastAt)
      ]
    })),
    empty: 'No stack events were read.',
    noun: 'stack resource(s)'
  }
}

function imageBuildSection(result: TargetResult<Observation>, o: ImageBuildObservation): Section {
  return {
    head: heading(result, link(imageConsoleUrl(o), o.label), o.imageStatus && `image ${o.imageStatus}`, o.imageReason),
    columns: ['Workflow', 'Status', 'Steps ok / failed / skipped', 'Duration', 'Message'],
    rows: o.executions.map((e) => ({
      item: workflowItem(e),
      cells: [
        inert(e.type),
        inert(e.status),
        `${e.succeededSteps} / ${e.failedSteps} / ${e.skippedSteps} of ${e.totalSteps}`,
        span(e.startTime, e.endTime),
        inert(e.message, 500)
      ]
    })),
    empty: 'No workflow executions were listed.',
    noun: 'workflow execution(s)',
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

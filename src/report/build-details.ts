/**
 * What an image build's section shows below its workflows: where it is paused, the steps of its failed or warned
 * workflows, the attempts of a retried workflow, its vulnerability scan, and what could not be read. Every text
 * from AWS goes through `inert`; the only links are ones built here from a vulnerability id's own shape.
 */
import { answerWire, type StepAnswer } from '../core/lifecycle.js'
import type { ImageBuildObservation, WorkflowExecution } from '../core/observations.js'
import type { ImageScan, ScanFinding } from '../core/scan.js'
import { retryHistories, type RetryHistory } from '../policy/retries.js'
import { byWorst, severityCounts } from '../policy/vulnerabilities.js'
import { advisoryUrl } from './advisory.js'
import { inert, link } from './escape.js'
import { span, table, when } from './sections.js'
import { count } from '../core/count.js'

/** How many findings the worst-findings table shows; all are in the JSON report. */
const WORST = 10

/** A link to the vulnerability's record, for ids whose database we know; others stay text. */
function vulnerabilityLink(id: string): string {
  const url = advisoryUrl(id)
  return url ? link(url, id) : inert(id)
}

function paused(o: ImageBuildObservation): string {
  return (o.waiting ?? [])
    .map((w) => {
      const workflow = o.executions.find((e) => e.id === w.workflowExecutionId)
      const of = workflow ? ` of the ${inert(workflow.type)} workflow` : ''
      const since = when(w.startTime ?? w.seenAt)
      return `⏸️ Paused at step <b>${inert(w.name)}</b> (${inert(w.action)})${of} since ${since}.\n`
    })
    .join('\n')
}

function steps(e: WorkflowExecution): string {
  const rows = (e.steps ?? []).map((s) => [
    inert(s.name),
    inert(s.action),
    inert(s.status),
    inert(s.rollbackStatus ?? ''),
    span(s.startTime, s.endTime),
    inert(s.message, 500)
  ])
  const title = `Steps of the ${inert(e.type)} workflow (${inert(e.status)}) ${inert(e.id)}`
  return `<details open><summary>${title}</summary>\n\n${table(
    ['Step', 'Action', 'Status', 'Rollback', 'Duration', 'Message'],
    rows
  )}\n</details>\n`
}

/** A retried workflow's attempts, oldest first: each one's status and times; the latest is the one judged. */
function attempts(history: RetryHistory): string {
  const last = history.attempts.length
  const rows = history.attempts.map((a) => [
    a.attempt === last ? `${a.attempt} (judged)` : String(a.attempt),
    inert(a.id),
    inert(a.retried ? `${a.status} (retried)` : a.status),
    when(a.startTime),
    a.endTime ? when(a.endTime) : '',
    span(a.startTime, a.endTime),
    inert(a.message, 500)
  ])
  const title = `Attempts of the ${inert(history.type)} workflow (${last}, retried with RetryImage)`
  return `<details open><summary>${title}</summary>

${table(['Attempt', 'Execution', 'Status', 'Started', 'Ended', 'Duration', 'Message'], rows)}
</details>
`
}

function packages(f: ScanFinding): [string, string, string] {
  const names = f.packages.map((p) => inert(p.name)).join(', ')
  const versions = f.packages.map((p) => inert(p.version ?? '')).join(', ')
  const fixed = f.packages.map((p) => inert(p.fixedInVersion ?? '—')).join(', ')
  return [names, versions, fixed]
}

function scanSection(scan: ImageScan): string {
  const state = `${inert(scan.status ?? 'not started')}${scan.reason ? `: ${inert(scan.reason, 500)}` : ''}`
  if (!scan.findings) return `🛡️ Vulnerability scan: ${state}.\n`
  const counts = severityCounts(scan.findings)
  const fixable = (severity: string) =>
    scan.findings?.filter(
      (f) => f.severity.trim().toUpperCase() === severity && /^(YES|PARTIAL)$/i.test(f.fixAvailable ?? '')
    ).length ?? 0
  const summary = table(
    ['Severity', 'Findings', 'With a fix available'],
    counts.map(([severity, n]) => [inert(severity), String(n), String(fixable(severity))])
  )
  const worst = [...scan.findings].sort(byWorst).slice(0, WORST)
  const rows = worst.map((f) => [
    vulnerabilityLink(f.id),
    inert(f.severity),
    f.score === undefined ? '' : String(f.score),
    ...packages(f),
    inert(f.fixAvailable ?? '')
  ])
  const more =
    scan.findings.length > WORST
      ? `\n${count(scan.findings.length - WORST, 'more finding is', 'more findings are')} in the JSON report.\n`
      : ''
  const detail =
    worst.length > 0
      ? `\n${table(['Vulnerability', 'Severity', 'Score', 'Package', 'Installed', 'Fixed in', 'Fix'], rows)}${more}`
      : ''
  const head = `🛡️ Vulnerability scan: ${state}, ${count(scan.findings.length, 'finding')}.\n\n`
  return `${head}${counts.length > 0 ? summary : ''}${detail}`
}

/** The part of an image build's section below its workflow table; '' when there is nothing more to say. */
export function buildDetails(o: ImageBuildObservation): string {
  const parts = [
    paused(o),
    ...retryHistories(o.executions).map(attempts),
    ...o.executions.filter((e) => (e.steps ?? []).length > 0).map(steps),
    o.scan?.enabled ? scanSection(o.scan) : '',
    (o.unread ?? []).map((u) => `Not read: ${inert(u, 500)}\n`).join('')
  ].filter((p) => p.length > 0)
  return parts.length > 0 ? `\n${parts.join('\n')}` : ''
}

const ANSWERED: Record<StepAnswer['mode'], string> = {
  sent: '▶️ sent',
  'dry-run': '🧪 would send (dry run)',
  failed: '❌ failed'
}

/** The answers to paused builds: what was sent, would have been (dry run), or failed and why. */
export function renderAnswers(answers: StepAnswer[]): string {
  if (answers.length === 0) return ''
  const rows = answers.map((a) => [
    inert(a.label),
    inert(a.step),
    inert(a.action),
    inert(a.verdict),
    ANSWERED[a.mode],
    inert(a.note ?? a.reason, 500)
  ])
  const dry = answers.filter((a) => a.mode === 'dry-run')
  const calls =
    dry.length > 0
      ? `\n<details><summary>The ${count(dry.length, 'SendWorkflowStepAction call')} a real run would make` +
        '</summary>\n\n' +
        `<pre>${dry.map((a) => inert(JSON.stringify(answerWire(a)), 10_000)).join('\n')}</pre>\n</details>\n`
      : ''
  const columns = ['Build', 'Step', 'Answer', 'Verdict before the wait', 'Outcome', 'Reason or note']
  return `### Answers to waiting steps\n\n${table(columns, rows)}${calls}`
}

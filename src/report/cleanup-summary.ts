/** The job summary of a cleanup run: per image, what was kept, acted on (or would be), skipped and failed, with why. */
import { isFailed, type CleanupResult, type LifecycleEntry } from '../core/lifecycle.js'
import type { Evaluation } from '../core/verdict.js'
import { inert } from './escape.js'
import { table } from './sections.js'
import { ICON, renderLifecycle, SUMMARY_BUDGET_BYTES } from './summary.js'

function outcome(decision: string, entry: LifecycleEntry | undefined): string {
  if (!entry) return decision === 'kept' ? '🛡️ kept' : '⏭️ skipped'
  if (isFailed(entry)) return '❌ failed'
  return entry.mode === 'dry-run'
    ? '🧪 would update'
    : `✅ ${entry.status ?? (entry.scheduledFor ? 'scheduled' : 'started')}`
}

export function renderCleanupSummary(
  evaluation: Evaluation,
  result: CleanupResult,
  dryRun: boolean,
  budget = SUMMARY_BUDGET_BYTES
): string {
  const byArn = new Map(result.entries.map((e) => [e.resourceArn, e]))
  const title = `image-gate cleanup${dryRun ? ' (dry run)' : ''}: ${evaluation.verdict}`
  const head = `## ${ICON[evaluation.verdict]} ${title}\n\n${inert(evaluation.reason)}\n`
  const images = [...new Set(result.decisions.map((d) => d.build.name))]
  const section = (name: string, onlyActed: boolean) => {
    const decisions = result.decisions.filter((d) => d.build.name === name)
    const shown = onlyActed ? decisions.filter((d) => d.decision === 'act') : decisions
    const rows = shown.map((d) => {
      const entry = byArn.get(d.build.arn)
      const note = entry && isFailed(entry) ? (entry.note ?? entry.statusReason ?? entry.status) : d.why
      return [
        inert(d.build.version),
        inert(d.build.state),
        outcome(d.decision, entry),
        inert(note, 300),
        inert(entry?.executionId ?? '')
      ]
    })
    const hidden = decisions.length - shown.length
    const count = (decision: string) => decisions.filter((d) => d.decision === decision).length
    const counts = `${count('act')} to update, ${count('kept')} kept, ${count('skipped')} skipped`
    const body = rows.length ? table(['Version', 'State', 'Outcome', 'Why', 'Execution'], rows) : ''
    const more = hidden
      ? `\n${hidden} more kept or skipped ${hidden === 1 ? 'version is' : 'versions are'} in the JSON report.\n`
      : ''
    return `### ${inert(name)}\n\n${counts}\n\n${body}${more}`
  }
  const failures = renderLifecycle(result.entries.filter(isFailed))
  for (const onlyActed of [false, true]) {
    const text = [head, failures, ...images.map((n) => section(n, onlyActed))].join('\n')
    if (Buffer.byteLength(text) <= budget) return text
  }
  return `${head}\n${failures}\nThe per-image detail is in the JSON report (output <code>report-path</code>).\n`
}

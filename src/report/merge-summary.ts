/** The merged cleanup reports as a job summary: totals per account and region, every retirement, every keep. */
import { count } from '../core/count.js'
import { inert } from './escape.js'
import { grandTotals, type MergedReport } from './merge.js'
import { table } from './sections.js'
import { SUMMARY_BUDGET_BYTES } from './summary.js'

export function renderMerged(merged: MergedReport, budget = SUMMARY_BUDGET_BYTES): string {
  const sum = (k: keyof ReturnType<typeof grandTotals>) => grandTotals(merged)[k]
  const accounts = new Set(merged.totals.map((t) => t.account)).size
  const dry = merged.sources.some((s) => s.dryRun) ? ' (dry runs among them: "retired" means would be)' : ''
  const head =
    `## image-gate cleanup: ${count(merged.sources.length, 'report')} merged${inert(dry)}\n\n` +
    `${sum('retired')} retired, ${sum('failed')} failed, ${sum('kept')} kept, ${sum('skipped')} skipped, in ` +
    `${count(accounts, 'account')} and ${count(merged.totals.length, 'account region')}.\n`
  const place = (x: { account: string; region: string }) => [x.account, x.region]
  const totals = table(
    ['Account', 'Region', 'Retired', 'Failed', 'Kept', 'Skipped'],
    merged.totals.map((t) => [...place(t), ...[t.retired, t.failed, t.kept, t.skipped].map(String)])
  )
  const retired = table(
    ['Account', 'Region', 'Build', 'Update', 'Outcome', 'Why'],
    merged.retired.map((b) => [...place(b), ...[b.label, b.state, b.outcome].map((v) => inert(v)), inert(b.why, 500)])
  )
  const kept = table(
    ['Account', 'Region', 'Build', 'Why'],
    merged.kept.map((b) => [...place(b), inert(b.label), inert(b.why, 500)])
  )
  const sources = merged.sources.map(
    (s) =>
      `- ${inert(s.file)}: ${inert(s.verdict)}, finished ${inert(s.finishedAt)}` +
      (s.repeated > 0
        ? `; ${count(s.repeated, 'build')} also in another report (or twice in this one), counted once, from ` +
          'the report that finished last'
        : '')
  )
  const parts = [head, `### Totals\n\n${totals}`, `### Retired\n\n${retired}`, `### Kept\n\n${kept}`]
  const tail = `### Reports\n\n${sources.join('\n')}\n`
  for (let shown = parts.length; shown >= 2; shown--) {
    const cut = shown < parts.length ? '\nThe rest is in the merged JSON report.\n' : ''
    const text = [...parts.slice(0, shown), tail].join('\n') + cut
    if (Buffer.byteLength(text) <= budget) return text
  }
  return `${head}\nThe detail is in the merged JSON report.\n`
}

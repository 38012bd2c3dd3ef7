/**
 * What a new policy would have said about past builds, as text for a terminal, Markdown (a table, for a merge
 * request or a job summary) or JSON: a row per build with its old and new verdict and the findings that changed,
 * and one summary line.
 */
import type { FindingChange, Rejudged, ReplaySummary } from '../policy/compare.js'
import { summarize } from '../policy/compare.js'
import { inert, plain } from './escape.js'
import { ICON } from './summary.js'
import { count } from '../core/count.js'

/** A build that was not judged, and why (still building, say). */
export interface Unjudged {
  build: string
  source: string
  why: string
}

export interface Comparison {
  rows: Rejudged[]
  unjudged: Unjudged[]
}

export type ComparisonFormat = 'text' | 'markdown' | 'json'

/** Changes listed per build before the rest are counted. */
const SHOWN = 3

export function summaryLine(s: ReplaySummary): string {
  const old = `the old one ${s.failedBefore}: ${s.newlyFailing} newly failing, ${s.newlyPassing} newly passing`
  if (s.failedAfter === 0) return `The new policy would have failed none of the ${count(s.builds, 'build')} (${old}).`
  const top = s.top
    ? `; ${s.top.builds} of them for ${s.top.rule}, e.g. ${s.top.example.target}: ${s.top.example.message}`
    : ''
  return `The new policy would have failed ${s.failedAfter} of ${count(s.builds, 'build')} (${old})${top}.`
}

const severity = (c: FindingChange, side: 'before' | 'after') => c[side]?.severity ?? 'none'

type Escape = (text: string, max?: number) => string

/** `TEST workflow wf-1: pass -> fail: TEST ended SKIPPED`, led by the target when the row has several. */
function changeText(row: Rejudged, c: FindingChange, escape: Escape): string {
  const why = c.after && c.after.severity !== 'pass' ? `: ${escape(c.after.message, 200)}` : ''
  const target = c.target === row.build ? '' : `${escape(c.target)} / `
  return `${target}${escape(c.item)}: ${severity(c, 'before')} -> ${severity(c, 'after')}${why}`
}

function changesText(row: Rejudged, escape: Escape, glue: string) {
  const shown = row.changes.slice(0, SHOWN).map((c) => changeText(row, c, escape))
  if (row.changes.length > SHOWN) shown.push(`and ${row.changes.length - SHOWN} more`)
  return shown.join(glue) || '-'
}

function text({ rows, unjudged }: Comparison, line: string): string {
  const table = [
    ['Build', 'Old', 'New', 'Changed findings'],
    ...rows.map((r) => [plain(r.build), r.before.verdict, r.after.verdict, changesText(r, plain, '; ')])
  ]
  const widths = [0, 1, 2].map((i) => Math.max(...table.map((cells) => (cells[i] as string).length)))
  const lines = table.map((cells) =>
    cells.map((cell, i) => (i < 3 ? cell.padEnd(widths[i] as number) : cell)).join('  ')
  )
  for (const u of unjudged) lines.push(`${plain(u.build)}: not judged, ${plain(u.why)}`)
  return `${lines.join('\n')}\n\n${plain(line)}\n`
}

function markdown({ rows, unjudged }: Comparison, line: string): string {
  const body = rows.map(
    (r) =>
      `| ${inert(r.build)} | ${ICON[r.before.verdict]} ${r.before.verdict} | ${ICON[r.after.verdict]} ` +
      `${r.after.verdict} | ${changesText(r, inert, '<br>')} |`
  )
  const left = unjudged.map((u) => `- ${inert(u.build)}: not judged, ${inert(u.why)}`)
  return [
    '| Build | Old verdict | New verdict | Changed findings |',
    '|---|---|---|---|',
    ...body,
    '',
    ...(left.length > 0 ? [...left, ''] : []),
    `**${inert(line, 5000)}**`,
    ''
  ].join('\n')
}

function json({ rows, unjudged }: Comparison, summary: ReplaySummary, line: string): string {
  const builds = rows.map((r) => ({
    build: r.build,
    source: r.source,
    before: r.before.verdict,
    after: r.after.verdict,
    changes: r.changes
  }))
  return `${JSON.stringify({ summary: { ...summary, line }, builds, unjudged }, null, 2)}\n`
}

export function renderComparison(comparison: Comparison, format: ComparisonFormat): string {
  const summary = summarize(comparison.rows)
  const line = summaryLine(summary)
  if (format === 'json') return json(comparison, summary, line)
  return format === 'markdown' ? markdown(comparison, line) : text(comparison, line)
}

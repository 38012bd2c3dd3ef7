/**
 * Two judgements of the same build, under the policy then and a policy now: which items changed severity, and
 * over many builds, how many the new policy would fail and for which rule most often.
 */
import type { Finding, Severity, Verdict } from '../core/verdict.js'
import { isPassing } from './actions.js'

export interface Judgement {
  verdict: Verdict
  findings: Finding[]
}

/** One item whose severity differs; `before` or `after` is missing when only one policy judged it. */
export interface FindingChange {
  target: string
  item: string
  before?: Finding
  after?: Finding
}

export interface Rejudged {
  /** The build (or the targets of a report), e.g. `web-ami 1.4.0/7`. */
  build: string
  /** Where it was read from: a report file, or an image build version ARN. */
  source: string
  before: Judgement
  after: Judgement
  changes: FindingChange[]
}

const RANK: Record<Severity, number> = { pass: 0, warn: 1, fail: 2 }

/** Per item (target and item name), its worst finding. */
function worstByItem(findings: Finding[]): Map<string, Finding> {
  const worst = new Map<string, Finding>()
  for (const f of findings) {
    const key = `${f.target}\u0000${f.item}`
    const seen = worst.get(key)
    if (!seen || RANK[f.severity] > RANK[seen.severity]) worst.set(key, f)
  }
  return worst
}

/** The items whose worst severity differs between the two judgements, worst first. */
export function changedFindings(before: Finding[], after: Finding[]): FindingChange[] {
  const old = worstByItem(before)
  const now = worstByItem(after)
  const changes: FindingChange[] = []
  for (const key of new Set([...old.keys(), ...now.keys()])) {
    const b = old.get(key)
    const a = now.get(key)
    if ((b ? RANK[b.severity] : 0) === (a ? RANK[a.severity] : 0)) continue
    const { target, item } = (a ?? b) as Finding
    changes.push({ target, item, before: b, after: a })
  }
  const rank = (c: FindingChange) => (c.after ? RANK[c.after.severity] : 0)
  return changes.sort((x, y) => rank(y) - rank(x))
}

export function rejudged(build: string, source: string, before: Judgement, after: Judgement): Rejudged {
  return { build, source, before, after, changes: changedFindings(before.findings, after.findings) }
}

export interface ReplaySummary {
  builds: number
  failedBefore: number
  failedAfter: number
  /** Builds that pass before and fail after, and the other way round. */
  newlyFailing: number
  newlyPassing: number
  changed: number
  /** The rule that fails the most builds under the new policy, with one of its findings as an example. */
  top?: { rule: string; builds: number; example: Finding }
}

export function summarize(rows: Rejudged[]): ReplaySummary {
  const failing = (j: Judgement) => !isPassing(j.verdict)
  const byRule = new Map<string, Finding[]>()
  for (const row of rows.filter((r) => failing(r.after))) {
    const rules = new Map<string, Finding>()
    for (const f of row.after.findings) if (f.severity === 'fail' && !rules.has(f.rule)) rules.set(f.rule, f)
    for (const [rule, f] of rules) byRule.set(rule, [...(byRule.get(rule) ?? []), f])
  }
  const [rule, findings] = [...byRule.entries()].sort((a, b) => b[1].length - a[1].length)[0] ?? []
  return {
    builds: rows.length,
    failedBefore: rows.filter((r) => failing(r.before)).length,
    failedAfter: rows.filter((r) => failing(r.after)).length,
    newlyFailing: rows.filter((r) => !failing(r.before) && failing(r.after)).length,
    newlyPassing: rows.filter((r) => failing(r.before) && !failing(r.after)).length,
    changed: rows.filter((r) => r.changes.length > 0 || r.before.verdict !== r.after.verdict).length,
    top: rule && findings?.[0] ? { rule, builds: findings.length, example: findings[0] } : undefined
  }
}

/**
 * H1 in the summary and the PR comment: every failed rule of the hooks (GetHookResult's annotations), worst first,
 * with the resource, the message and the remediation; and, where the detail could not be read, one line naming
 * the permission that would show it. All text from AWS goes through `inert`; links only for http(s).
 */
import { count } from '../core/count.js'
import type { Observation } from '../core/observations.js'
import type { TargetResult } from '../core/poll.js'
import type { Finding, RuleFinding } from '../core/verdict.js'
import { worstFirst } from '../policy/hook-rules.js'
import { breakable, inert, untrustedLink } from './escape.js'
import { table, withNote } from './sections.js'

const ICON = { fail: '❌', warn: '⚠️', pass: '✅' } as const

interface Row {
  finding: Finding
  rule: RuleFinding
}

/** Every judged rule of the findings, worst first: by verdict, then by severity level. */
export function ruleRows(findings: Finding[]): Row[] {
  return findings
    .flatMap((finding) => (finding.rules ?? []).map((rule) => ({ finding, rule })))
    .sort((a, b) => worstFirst(a.rule, b.rule))
}

/** Under the rule: the resource it failed on and the hook that ran it, each with what it belongs to. */
function where(f: Finding, rule: RuleFinding): string {
  const r = f.resource
  const resource = r ? `${inert(r.logicalId, 200)}${r.type ? ` (${breakable(r.type, 200)})` : ''}<br>` : ''
  return `${resource}${breakable(rule.hook, 200)}, ${inert(f.target, 200)}`
}

function why(rule: RuleFinding, length: number): string {
  return withNote(breakable(rule.message, length), rule.note && breakable(rule.note, length))
}

function remediation(rule: RuleFinding, length: number): string {
  const link = rule.link ? `<br>${untrustedLink(rule.link, Math.min(length, 300))}` : ''
  return `${breakable(rule.remediation, length)}${link}`
}

/**
 * The failed rules as a table, worst first, with text cut at `length` and as many rows as fit in `maxBytes`;
 * '' when no hook gave any. A rule the policy passes (ignored, or of a level it does not count) stays listed,
 * marked so, below the others. Four columns, the resource and the hook under the rule, keep it within GitHub's
 * width.
 */
export function renderFailedRules(findings: Finding[], length: number, maxBytes: number): string {
  const rows = ruleRows(findings)
  if (rows.length === 0) return ''
  const head = '### Failed rules\n\n'
  const columns = ['', 'Rule', 'Why', 'Remediation']
  // Room for the table's frame and the line saying how many rows are left out.
  let used = Buffer.byteLength(head + table(columns, [])) + 100
  const cells: string[][] = []
  for (const { finding, rule } of rows) {
    const row = [
      withNote(`${ICON[rule.severity]} ${rule.severity}`, rule.level && inert(rule.level, 20)),
      withNote(`<code>${breakable(rule.name, 200)}</code>`, where(finding, rule)),
      why(rule, length),
      remediation(rule, length)
    ]
    const size = Buffer.byteLength(row.join('')) + 10 * row.length + 10
    if (used + size > maxBytes) break
    used += size
    cells.push(row)
  }
  if (cells.length === 0) return `${head}${inJsonReport(rows.length, '')}\n`
  const more = rows.length - cells.length
  const rest = more > 0 ? `\n${inJsonReport(more, 'more ')}\n` : ''
  return `${head}${table(columns, cells)}${rest}`
}

/** `3 more failed rules are in the JSON report.` */
function inJsonReport(n: number, more: string): string {
  return `${n} ${more}${n === 1 ? 'failed rule is' : 'failed rules are'} in the JSON report.`
}

const GAP = {
  rules: {
    what: ['hook result', 'hook results'],
    detail: 'failed rules',
    call: 'GetHookResult',
    then: 'The verdict does not depend on them.'
  },
  validation: {
    what: ['change set', 'change sets'],
    detail: 'early-validation errors',
    call: 'DescribeEvents',
    then: "The change set's status reason is judged instead."
  }
}

/** One line per cause of missing detail: the rules of failed hooks, a change set's early-validation errors. */
export function detailGapLines(results: TargetResult<Observation>[]): string[] {
  const gaps = results.flatMap((r) => {
    const o = r.snapshot
    if (o?.kind !== 'hook-results') return []
    const rules = o.results.flatMap((h) => (h.detailGap ? [{ kind: GAP.rules, gap: h.detailGap }] : []))
    return o.validationGap ? [...rules, { kind: GAP.validation, gap: o.validationGap }] : rules
  })
  const counted = new Map<string, number>()
  for (const { kind, gap } of gaps) {
    const cause = gap.permission
      ? `the role lacks ${gap.permission} (grant it to show them)`
      : `${kind.call} failed (${gap.error})`
    const key = JSON.stringify([kind.what, kind.detail, cause, kind.then])
    counted.set(key, (counted.get(key) ?? 0) + 1)
  }
  return [...counted].map(([key, n]) => {
    const [[one, many], detail, cause, then] = JSON.parse(key) as [string[], string, string, string]
    return `The ${detail} of ${count(n, one ?? '', many)} are not shown: ${cause}. ${then}`
  })
}

/**
 * Findings for a build's vulnerability scan: thresholds by severity, fix availability and score, and an
 * allow-list of vulnerability ids, each with an expiry date and a reason. A scan that has not finished, or
 * ended without finishing (ABANDONED, FAILED, TIMED_OUT), is never taken for a clean one.
 */
import { TERMINAL_SCAN_STATUSES, type ImageScan, type ScanFinding } from '../core/scan.js'
import type { Finding, Severity } from '../core/verdict.js'
import { allowedItem, SCAN_ITEM, WAITING_ITEM } from './items.js'
import type { AllowEntry, VulnerabilityMatcher, VulnerabilityRules } from './types.js'
import { count } from '../core/count.js'

const TERMINAL_SCAN = new Set<string>(TERMINAL_SCAN_STATUSES)
const SEVERITY_RANK = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL', 'UNTRIAGED']
const DAY = 86_400_000
/** How many findings a message names before it counts the rest. */
const NAMED = 5

export const isScanFinished = (scan: ImageScan): boolean => TERMINAL_SCAN.has(scan.status ?? '')

const norm = (text: string | undefined) => (text ?? '').trim().toUpperCase()

function rank(severity: string): number {
  const i = SEVERITY_RANK.indexOf(norm(severity))
  return i < 0 ? SEVERITY_RANK.length : i
}

/** Worst first: severity, then score, then id. */
export function byWorst(a: ScanFinding, b: ScanFinding): number {
  return rank(a.severity) - rank(b.severity) || (b.score ?? 0) - (a.score ?? 0) || a.id.localeCompare(b.id)
}

/** Counts per severity as the API spells it (upper-cased), worst first. */
export function severityCounts(findings: ScanFinding[]): [string, number][] {
  const counts = new Map<string, number>()
  for (const f of [...findings].sort(byWorst))
    counts.set(norm(f.severity) || 'UNKNOWN', (counts.get(norm(f.severity) || 'UNKNOWN') ?? 0) + 1)
  return [...counts.entries()]
}

export const expiresAt = (entry: AllowEntry): number => Date.parse(`${entry.until}T00:00:00Z`) + DAY

function matches(m: VulnerabilityMatcher, f: ScanFinding): boolean {
  const severity = m.severity.some((s) => s === '*' || norm(s) === norm(f.severity))
  const fix = !m.fixAvailable || m.fixAvailable.some((x) => norm(x) === norm(f.fixAvailable))
  return severity && fix && (m.minScore === undefined || (f.score ?? 0) >= m.minScore)
}

/** `3 critical/high findings with a fix available`: the count with the matcher, in the right number. */
function describeMatcher(m: VulnerabilityMatcher, n: number): string {
  const severity = m.severity.includes('*') ? '' : `${m.severity.map(norm).join('/')} `
  const fix = m.fixAvailable ? ` with a fix available (${m.fixAvailable.map(norm).join('/')})` : ''
  const score = m.minScore === undefined ? '' : ` scoring ${m.minScore} or more`
  return `${n} ${severity}${n === 1 ? 'finding' : 'findings'}${fix}${score}`
}

/** `CVE-2026-31001 in openssl-libs 3.0.8-1 (fixed in 3.0.9-1)` */
export function describeFinding(f: ScanFinding): string {
  const p = f.packages[0]
  if (!p) return f.id
  const fixed = p.fixedInVersion ? ` (fixed in ${p.fixedInVersion})` : ''
  const more = f.packages.length > 1 ? ` and ${count(f.packages.length - 1, 'more package', 'more packages')}` : ''
  return `${f.id} in ${p.name}${p.version ? ` ${p.version}` : ''}${fixed}${more}`
}

function listed(findings: ScanFinding[]): string {
  const named = findings.slice(0, NAMED).map(describeFinding).join(', ')
  return findings.length > NAMED ? `${named}, and ${findings.length - NAMED} more` : named
}

/** The findings of one build's scan under the rules, as of `now` (for the allow-list's expiry dates). */
export function vulnerabilityFindings(
  target: string,
  scan: ImageScan | undefined,
  rules: VulnerabilityRules,
  now: number
): Finding[] {
  const finding = (rule: string, severity: Severity, message: string, item = SCAN_ITEM): Finding => ({
    target,
    item,
    rule,
    severity,
    message
  })
  if (!scan || !scan.enabled)
    return rules.scanOff
      ? [finding('vulnerabilities.scan-off', rules.scanOff, 'vulnerability scanning is off for this build')]
      : []
  const reason = scan.reason ? `: ${scan.reason}` : ''
  // Not finished is not settled: like any target still waited on, it makes a timeout, not a failure.
  if (!isScanFinished(scan))
    return [
      finding(
        'vulnerabilities.scan-incomplete',
        rules.scanIncomplete,
        `the vulnerability scan has not finished (${scan.status ?? 'no state'}${reason}): its findings are not judged`,
        WAITING_ITEM
      )
    ]
  if (scan.status !== 'COMPLETED')
    return [
      finding(
        'vulnerabilities.scan-incomplete',
        rules.scanIncomplete,
        `the vulnerability scan ended ${scan.status}${reason}: it is not a clean scan`
      )
    ]

  if (!scan.findings)
    return [finding('vulnerabilities.scan-incomplete', rules.scanIncomplete, 'the findings of the scan were not read')]
  const all = [...scan.findings].sort(byWorst)
  const out: Finding[] = []
  const counted: ScanFinding[] = []
  for (const f of all) {
    const index = rules.allow.findIndex((e) => norm(e.id) === norm(f.id))
    const entry = rules.allow[index]
    if (!entry) counted.push(f)
    else if (now < expiresAt(entry))
      out.push(
        finding(
          `vulnerabilities.allow[${index}]`,
          'pass',
          `${describeFinding(f)} (${f.severity}) is allowed until ${entry.until}: ${entry.reason}`,
          allowedItem(f.id)
        )
      )
    else {
      counted.push(f)
      out.push(
        finding(
          `vulnerabilities.allow[${index}]`,
          'warn',
          `the allow-list entry for ${f.id} expired on ${entry.until} (${entry.reason}): the finding counts again`,
          allowedItem(f.id)
        )
      )
    }
  }
  let flagged = false
  const attached = new Set<ScanFinding>()
  for (const [kind, matchers] of [
    ['fail-on', rules.failOn],
    ['warn-on', rules.warnOn]
  ] as const)
    matchers.forEach((m, i) => {
      const hits = counted.filter((f) => matches(m, f))
      if (hits.length <= m.moreThan) return
      flagged = true
      const over = m.moreThan > 0 ? ` (more than ${m.moreThan})` : ''
      // Each scan finding once, under the worst threshold that counted it (SARIF has a result per finding).
      const vulnerabilities = hits.filter((f) => !attached.has(f))
      for (const f of vulnerabilities) attached.add(f)
      out.push({
        ...finding(
          `vulnerabilities.${kind}[${i}]`,
          kind === 'fail-on' ? 'fail' : 'warn',
          `${describeMatcher(m, hits.length)}${over}: ${listed(hits)}`
        ),
        vulnerabilities
      })
    })
  if (!flagged) {
    const counts = severityCounts(counted)
      .map(([s, n]) => `${n} ${s}`)
      .join(', ')
    out.push(
      finding(
        'vulnerabilities',
        'pass',
        counted.length > 0 ? `${count(counted.length, 'finding')} (${counts}), none over the thresholds` : 'no findings'
      )
    )
  }
  return out
}

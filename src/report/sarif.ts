/**
 * SARIF 2.1.0 for GitHub code scanning: one result per failing or warning finding, on the line of its resource
 * in the template. Rules are what decided: a hook's annotation (a Guard rule id, a Control Tower control id), an
 * early-validation check, or one of the policy's own rules. Text stays plain (`message.text`); links only http(s).
 */
import { createHash } from 'node:crypto'
import type { Log, ReportingDescriptor, Result } from 'sarif'
import type { ScanFinding } from '../core/scan.js'
import type { Finding } from '../core/verdict.js'
import { ACTION_NAME, ACTION_VERSION } from '../core/meta.js'
import { SCAN_ITEM } from '../policy/items.js'
import { advisoryUrl } from './advisory.js'
import { webAddress } from './escape.js'
import type { Place } from './placement.js'

export interface SarifEntry {
  ruleId: string
  ruleName: string
  /** The rule's one-line description. */
  description: string
  helpUri?: string
  level: 'error' | 'warning'
  message: string
  /** AWS's severity level of a hook annotation (INFORMATIONAL .. CRITICAL). */
  severityLevel?: string
  /** Where in the template; without it the result sits on the template's first line. */
  position?: { line: number; column: number }
  /** What makes this the same finding across runs (rule, target, resource), for GitHub to track the alert. */
  identity: string
}

export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json'

/** GitHub's security-severity scores, by AWS severity level (GitHub: 9.0+ critical, 7.0+ high, 4.0+ medium). */
const SECURITY_SEVERITY: Record<string, string> = { CRITICAL: '9.5', HIGH: '8.0', MEDIUM: '5.5', LOW: '3.0' }

/** GitHub refuses longer messages in places; the JSON report has the full text. */
const MESSAGE_MAX = 4000

function rule(entry: SarifEntry): ReportingDescriptor {
  const score = entry.severityLevel ? SECURITY_SEVERITY[entry.severityLevel] : undefined
  const helpUri = webAddress(entry.helpUri)
  return {
    id: entry.ruleId,
    name: entry.ruleName,
    shortDescription: { text: entry.description },
    ...(helpUri ? { helpUri } : {}),
    defaultConfiguration: { level: entry.level },
    ...(score ? { properties: { 'security-severity': score, tags: ['security'] } } : {})
  }
}

/** The log for `entries`, each placed in the template at `templateUri` (a path relative to the repository root). */
export function sarifLog(entries: SarifEntry[], templateUri: string): Log {
  const rules: ReportingDescriptor[] = []
  const index = new Map<string, number>()
  const results = entries.map((entry): Result => {
    let ruleIndex = index.get(entry.ruleId)
    if (ruleIndex === undefined) {
      ruleIndex = rules.push(rule(entry)) - 1
      index.set(entry.ruleId, ruleIndex)
    }
    const text = entry.message.length > MESSAGE_MAX ? `${entry.message.slice(0, MESSAGE_MAX)}…` : entry.message
    const { line, column } = entry.position ?? { line: 1, column: 1 }
    return {
      ruleId: entry.ruleId,
      ruleIndex,
      level: entry.level,
      message: { text: text || entry.ruleName },
      locations: [
        {
          physicalLocation: { artifactLocation: { uri: templateUri }, region: { startLine: line, startColumn: column } }
        }
      ],
      partialFingerprints: {
        'imageGateFinding/v1': createHash('sha256').update(entry.identity).digest('hex').slice(0, 32)
      }
    }
  })
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: ACTION_NAME,
            version: ACTION_VERSION,
            informationUri: 'https://github.com/image-gate/image-gate',
            rules
          }
        },
        results
      }
    ]
  }
}

/** `openssl-libs 3.0.8-1 (fixed in 3.0.8-9)`, or `(no fixed version)`, for each package of a scan finding. */
function packagesText(v: ScanFinding): string {
  const each = v.packages.map((p) => {
    const fixed = p.fixedInVersion ? `fixed in ${p.fixedInVersion}` : 'no fixed version'
    return `${p.name}${p.version ? ` ${p.version}` : ''} (${fixed})`
  })
  return each.length > 0 ? each.join(', ') : 'no package named'
}

/** A vulnerability a threshold counted: its id is the rule, its record the help, AWS's severity its score. */
function vulnerabilityEntry(f: Finding, v: ScanFinding, position: SarifEntry['position']): SarifEntry {
  const score = v.score === undefined ? '' : `, score ${v.score}`
  return {
    ruleId: v.id,
    ruleName: v.id,
    description: `${v.id}${v.title ? `: ${v.title}` : ''}`,
    helpUri: advisoryUrl(v.id),
    level: f.severity === 'fail' ? 'error' : 'warning',
    message: [
      `${f.target}: ${v.id} (${v.severity}${score}) in ${packagesText(v)}`,
      `Fix available: ${v.fixAvailable ?? 'unknown'}. Counted by ${f.rule}.`
    ].join('\n'),
    severityLevel: v.severity.trim().toUpperCase(),
    position,
    identity: [f.target, SCAN_ITEM, v.id, ...v.packages.map((p) => p.name)].join('|')
  }
}

/**
 * One entry per failing or warning finding; for a hook with failed rules, per rule that counts: its rule id
 * is the hook and the rule (`MyOrg::Guard::Storage/S3_BUCKET_SSE_ENABLED`), its help the remediation link; for
 * a vulnerability threshold, per scan finding it counted: its rule id is the CVE id, its help the CVE's record.
 */
export function sarifEntries(findings: Finding[], place: Place): SarifEntry[] {
  return findings.flatMap((f): SarifEntry[] => {
    if (f.severity === 'pass') return []
    const position = place(f)
    if (f.vulnerabilities) return f.vulnerabilities.map((v) => vulnerabilityEntry(f, v, position))
    const where = f.resource ? ` on ${f.resource.logicalId}` : ''
    const counted = (f.rules ?? []).filter((r) => r.severity !== 'pass')
    if (counted.length === 0)
      return [
        {
          ruleId: `image-gate/${f.rule}`,
          ruleName: f.rule,
          description: `image-gate policy rule ${f.rule}`,
          level: f.severity === 'fail' ? 'error' : 'warning',
          message: `${f.target}: ${f.item}: ${f.message}`,
          position,
          identity: [f.target, f.item, f.rule].join('|')
        }
      ]
    return counted.map((r) => ({
      ruleId: `${r.hook}/${r.name}`,
      ruleName: r.name,
      description: `${r.name}, checked by ${r.hook}`,
      helpUri: r.link,
      level: r.severity === 'fail' ? 'error' : 'warning',
      message: [
        `${r.name}${where}: ${r.message ?? 'failed'}`,
        r.remediation && `Remediation: ${r.remediation}`,
        r.link && `See: ${r.link}`
      ]
        .filter(Boolean)
        .join('\n'),
      severityLevel: r.level,
      position,
      identity: [f.target, f.resource?.logicalId ?? f.item, r.hook, r.name].join('|')
    }))
  })
}

/**
 * The step's annotations: one per failing or warning finding; for a hook with failed rules, one per rule that
 * counts, with its remediation. `@actions/core` encodes the text as one workflow command each.
 */
import * as core from '@actions/core'
import type { Finding, RuleFinding } from '../core/verdict.js'
import type { Place } from '../report/placement.js'

function ruleText(rule: RuleFinding): string {
  const remediation = [rule.remediation, rule.link].filter(Boolean).join(' ')
  const level = rule.level ? ` (${rule.level})` : ''
  return `${rule.message ?? 'failed'}${level}${remediation ? `\nRemediation: ${remediation}` : ''}`
}

export function annotate(findings: Finding[], place: Place = () => undefined): void {
  for (const finding of findings) {
    const placed = place(finding)
    // On the template's line when the finding names a resource in it.
    const at = placed && { file: placed.file, startLine: placed.line, startColumn: placed.column }
    const counted = (finding.rules ?? []).filter((r) => r.severity !== 'pass')
    const on = finding.resource ? ` on ${finding.resource.logicalId}` : ''
    const entries =
      counted.length > 0
        ? counted.map((rule) => ({
            severity: rule.severity,
            title: `image-gate: ${rule.name}${on} (${rule.hook})`,
            text: ruleText(rule)
          }))
        : [
            {
              severity: finding.severity,
              title: `image-gate: ${finding.target}: ${finding.item}`,
              text: finding.message
            }
          ]
    for (const e of entries) {
      if (e.severity === 'fail') core.error(e.text, { title: e.title, ...at })
      else if (e.severity === 'warn') core.warning(e.text, { title: e.title, ...at })
    }
  }
}

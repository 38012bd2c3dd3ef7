/**
 * A run's findings as a JUnit XML report, the format CI systems read test results in (GitLab shows it in the
 * merge request): a test suite per target, a test case per judged item, failing items as failures and warnings
 * as passing cases that say so. Text from AWS is escaped for XML, and characters XML cannot hold are dropped.
 */
import type { RunRecord } from '../core/run-record.js'
import type { Finding } from '../core/verdict.js'
import { plain } from './escape.js'
import { conclusion } from './record.js'

const XML_SPECIAL: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }

/** Escaped for an XML attribute or text; `plain` has dropped every control character XML 1.0 forbids. */
function xml(text: string | undefined, maxLength?: number): string {
  return plain(text, maxLength).replace(/[&<>"']/g, (c) => XML_SPECIAL[c] as string)
}

function testCase(f: Finding): string {
  const head = `    <testcase classname="${xml(f.target)}" name="${xml(f.item)}" time="0">`
  const failure = `<failure type="${xml(f.rule)}" message="${xml(f.message, 500)}">${xml(f.message)}</failure>`
  if (f.severity === 'fail') return `${head}\n      ${failure}\n    </testcase>`
  if (f.severity === 'warn')
    return `${head}\n      <system-out>warning (${xml(f.rule)}): ${xml(f.message)}</system-out>\n    </testcase>`
  return `${head}</testcase>`
}

/** The run's own outcome comes first, so a run that failed without a failing item (an error) shows as failed. */
export function renderJunit(record: RunRecord): string {
  const end = conclusion(record)
  const findings: Finding[] = [
    {
      target: 'image-gate',
      item: 'verdict',
      rule: 'verdict',
      severity: end.failed ? 'fail' : 'pass',
      message: end.line
    },
    ...record.evaluation.findings
  ]
  const seconds = ((record.finishedAt - record.startedAt) / 1000).toFixed(3)
  const targets = [...new Set(findings.map((f) => f.target))]
  const suites = targets.map((target) => {
    const cases = findings.filter((f) => f.target === target)
    const failures = cases.filter((f) => f.severity === 'fail').length
    return (
      `  <testsuite name="${xml(target)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="0">\n` +
      `${cases.map(testCase).join('\n')}\n  </testsuite>`
    )
  })
  const failures = findings.filter((f) => f.severity === 'fail').length
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<testsuites name="image-gate: ${record.evaluation.verdict}" tests="${findings.length}" ` +
    `failures="${failures}" errors="0" time="${seconds}">\n${suites.join('\n')}\n</testsuites>\n`
  )
}

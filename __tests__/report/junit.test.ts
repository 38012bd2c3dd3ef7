import { describe, expect, it } from '@jest/globals'
import type { RunRecord } from '../../src/core/run-record.js'
import { renderJunit } from '../../src/report/junit.js'
import { painter, renderTerminal } from '../../src/report/terminal.js'

const HOSTILE = 'x"/><script>alert(1)</script>&amp; \u001b[31m\u0000\u0007 ]]>'

function record(verdict: RunRecord['evaluation']['verdict'], lifecycleStatus: RunRecord['lifecycleStatus'] = 'none') {
  return {
    evaluation: {
      verdict,
      reason: `reason ${HOSTILE}`,
      findings: [
        {
          target: `web ${HOSTILE}`,
          item: 'TEST workflow wf-1',
          rule: 'workflows.default.fail-on',
          severity: 'fail',
          message: HOSTILE
        },
        {
          target: `web ${HOSTILE}`,
          item: 'BUILD workflow wf-0',
          rule: 'workflows.default',
          severity: 'pass',
          message: 'ok'
        },
        { target: 'hooks', item: 'Org::Cost (WARN)', rule: 'hooks', severity: 'warn', message: 'over budget' }
      ]
    },
    results: [],
    lifecycle: [],
    lifecycleStatus,
    dryRun: false,
    policySource: 'defaults',
    startedAt: 0,
    finishedAt: 2500
  } as RunRecord
}

describe('renderJunit', () => {
  it('has a suite per target, a case per item, failures for failing items, escaped text', () => {
    const xml = renderJunit(record('fail'))
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="image-gate: fail" tests="4"/)
    expect(xml).toContain('failures="2" errors="0" time="2.500"')
    expect(xml).toContain('<testcase classname="image-gate" name="verdict" time="0">\n      <failure type="verdict"')
    expect(xml).toContain('<failure type="workflows.default.fail-on" message="x&quot;/&gt;&lt;script&gt;')
    expect(xml).toContain('<system-out>warning (hooks): over budget</system-out>')
    expect(xml).toContain('<testcase classname="web x&quot;/&gt;')
    // Nothing from AWS opens a tag or carries a character XML 1.0 cannot hold.
    expect(xml).not.toContain('<script')
    expect([...xml].filter((c) => c < ' ' && c !== '\n')).toEqual([])
    expect(xml.match(/<testcase /g)).toHaveLength(4)
    expect(xml.match(/<\/testcase>/g)).toHaveLength(4)
  })

  it('fails the verdict case when the run failed without a failing item, and passes it on a pass', () => {
    expect(renderJunit(record('pass', 'failed'))).toContain('name="verdict" time="0">\n      <failure type="verdict"')
    expect(renderJunit(record('warn'))).toContain('name="verdict" time="0"></testcase>')
  })
})

describe('renderTerminal', () => {
  it('leads with the verdict, lists failing and warning items, and lets no escape sequence through', () => {
    const text = renderTerminal(record('fail'), painter(false))
    expect(text.split('\n')[0]).toBe('✖ image-gate: fail')
    expect(text).toContain('Failing and warning items:')
    expect(text).toContain('  warn  hooks / Org::Cost (WARN): over budget [hooks]')
    expect(text).not.toContain('BUILD workflow wf-0')
    expect([...text].filter((c) => c < ' ' && c !== '\n')).toEqual([])
    expect(renderTerminal(record('pass'), painter(true)).split('\n')[0]).toBe('\u001b[1;32m✔ image-gate: pass\u001b[0m')
  })
})

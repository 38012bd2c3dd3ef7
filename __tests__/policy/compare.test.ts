import { describe, expect, it } from '@jest/globals'
import type { Finding, Severity } from '../../src/core/verdict.js'
import { changedFindings, rejudged, summarize } from '../../src/policy/compare.js'
import { renderComparison, summaryLine } from '../../src/report/comparison.js'

const f = (item: string, severity: Severity, rule = 'r', message = `${item} ${severity}`, target = 'b1'): Finding => ({
  target,
  item,
  rule,
  severity,
  message
})

describe('changedFindings', () => {
  it('lists the items whose worst severity differs, the new failures first', () => {
    const before = [f('TEST', 'pass'), f('BUILD', 'fail'), f('image', 'warn'), f('DIST', 'pass')]
    const after = [f('TEST', 'fail'), f('TEST', 'pass'), f('BUILD', 'pass'), f('image', 'warn', 'other', 'reworded')]
    expect(changedFindings(before, after)).toEqual([
      { target: 'b1', item: 'TEST', before: before[0], after: after[0] },
      { target: 'b1', item: 'BUILD', before: before[1], after: after[2] }
    ])
    // DIST: a pass no longer judged is no change; image: the same severity, reworded, is none either.
  })

  it('counts an item only one policy judged as a change when it is not a pass', () => {
    expect(changedFindings([], [f('TEST workflow', 'fail')])).toEqual([
      { target: 'b1', item: 'TEST workflow', before: undefined, after: f('TEST workflow', 'fail') }
    ])
    expect(changedFindings([f('x', 'pass')], [])).toEqual([])
  })
})

describe('summarize and summaryLine', () => {
  const row = (build: string, before: 'pass' | 'fail', after: 'pass' | 'warn' | 'fail', rule?: string) =>
    rejudged(
      build,
      `arn/${build}`,
      { verdict: before, findings: before === 'fail' ? [f('TEST', 'fail', 'old', 'old', build)] : [] },
      {
        verdict: after,
        findings: after === 'fail' ? [f('TEST', 'fail', rule, `failed by ${rule}`, build)] : []
      }
    )
  const rows = [
    row('web 1', 'pass', 'fail', 'workflows.rules[0].fail-on'),
    row('web 2', 'pass', 'fail', 'workflows.rules[0].fail-on'),
    row('web 3', 'fail', 'fail', 'workflows.required'),
    row('web 4', 'fail', 'pass'),
    row('web 5', 'pass', 'warn'),
    row('web 6', 'pass', 'pass')
  ]

  it('counts the builds failed before and after, and finds the rule that fails the most', () => {
    expect(summarize(rows)).toMatchObject({
      builds: 6,
      failedBefore: 2,
      failedAfter: 3,
      newlyFailing: 2,
      newlyPassing: 1,
      changed: 4,
      top: { rule: 'workflows.rules[0].fail-on', builds: 2 }
    })
  })

  it('says it in one line', () => {
    expect(summaryLine(summarize(rows))).toBe(
      'The new policy would have failed 3 of 6 builds (the old one 2: 2 newly failing, 1 newly passing); 2 of ' +
        'them for workflows.rules[0].fail-on, e.g. web 1: failed by workflows.rules[0].fail-on.'
    )
    expect(summaryLine(summarize([row('web 6', 'fail', 'pass')]))).toBe(
      'The new policy would have failed none of the 1 build (the old one 1: 0 newly failing, 1 newly passing).'
    )
  })

  it('renders a table as text, Markdown with AWS text escaped, or JSON', () => {
    const hostile = rejudged(
      'web <b>7</b>',
      'arn',
      { verdict: 'pass', findings: [] },
      { verdict: 'fail', findings: [f('TEST | @team', 'fail', 'r', '<img src=x> \u001b[31m', 'web <b>7</b>')] }
    )
    const comparison = {
      rows: [...rows, hostile],
      unjudged: [{ build: 'web 8', source: 'arn', why: 'still in progress' }]
    }
    const text = renderComparison(comparison, 'text')
    expect(text.split('\n')[0]).toMatch(/^Build\s+Old\s+New\s+Changed findings$/)
    expect(text).toMatch(/web 1\s+pass\s+fail\s+TEST: none -> fail: failed by workflows.rules\[0\].fail-on/)
    expect(text).toContain('web 8: not judged, still in progress')
    expect(text).not.toContain('\u001b')
    const markdown = renderComparison(comparison, 'markdown')
    expect(markdown).toContain('| web 1 | ✅ pass | ❌ fail |')
    expect(markdown).not.toMatch(/<b>|<img|@team|\| @/)
    expect(markdown).toContain('**The new policy would have failed 4 of 7 builds')
    const json = JSON.parse(renderComparison(comparison, 'json'))
    expect(json.summary).toMatchObject({ builds: 7, failedAfter: 4 })
    expect(json.builds[0]).toMatchObject({ build: 'web 1', source: 'arn/web 1', before: 'pass', after: 'fail' })
    expect(json.unjudged).toEqual(comparison.unjudged)
  })
})

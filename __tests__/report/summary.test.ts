import { describe, expect, it } from '@jest/globals'
import { evaluate } from '../../src/policy/evaluate.js'
import { DEFAULT_POLICY } from '../../src/policy/types.js'
import { renderSummary } from '../../src/report/summary.js'
import type { HookResultsObservation, Observation } from '../../src/core/observations.js'
import type { TargetResult } from '../../src/core/poll.js'

const settled = (snapshot: Observation): TargetResult<Observation> => ({
  key: snapshot.label,
  label: snapshot.label,
  outcome: 'settled',
  snapshot,
  polls: 3,
  startedAt: 0,
  endedAt: Date.UTC(2026, 10, 23, 13)
})

function hooks(n: number, failing: number, reason: string): HookResultsObservation {
  return {
    kind: 'hook-results',
    label: 'change set pr-42',
    region: 'us-east-1',
    filter: {},
    results: Array.from({ length: n }, (_, i) => ({
      id: `hr-${i}`,
      typeName: `MyOrg::Check::N${i}`,
      failureMode: 'FAIL',
      status: i < failing ? 'HOOK_COMPLETE_FAILED' : 'HOOK_COMPLETE_SUCCEEDED',
      reason: `${reason} #${i}`,
      invokedAt: '2026-11-23T12:00:00.000Z',
      finishedAt: '2026-11-23T12:01:00.000Z'
    }))
  }
}

describe('renderSummary', () => {
  it('keeps a 10,000-row run under 1 MiB with every failing row present', () => {
    const results = [settled(hooks(10_000, 60, 'x'.repeat(300)))]
    const evaluation = evaluate(results, DEFAULT_POLICY)
    const md = renderSummary(evaluation, results, 60_000)
    expect(Buffer.byteLength(md)).toBeLessThan(1024 * 1024)
    for (let i = 0; i < 60; i++) expect(md).toContain(`MyOrg::Check::N${i} (FAIL)`)
    expect(md).toContain('9940 passing rows are in the JSON report.')
  })

  it('shows small tables whole, folds the passing rows of large ones, and counts them when space runs out', () => {
    const small = [settled(hooks(50, 1, 'y'))]
    expect(renderSummary(evaluate(small, DEFAULT_POLICY), small, 1000)).not.toContain('<details>')
    const large = [settled(hooks(400, 1, 'y'.repeat(100)))]
    const evaluation = evaluate(large, DEFAULT_POLICY)
    const folded = renderSummary(evaluation, large, 1000)
    expect(folded).toContain('<details><summary>399 passing rows</summary>')
    // A level is skipped unrendered only when its empty cells alone are over the budget: at its own size it fits.
    expect(renderSummary(evaluation, large, 1000, { budget: Buffer.byteLength(folded) })).toBe(folded)
    const counted = renderSummary(evaluation, large, 1000, { budget: Buffer.byteLength(folded) - 1 })
    expect(counted).not.toContain('<details>')
    expect(counted).toContain('399 passing rows are in the JSON report.')
    expect(counted).toContain('MyOrg::Check::N0')
  })

  it('caps the failing rows only when they alone would not fit, and says where the rest are', () => {
    const results = [settled(hooks(5000, 5000, 'z'.repeat(400)))]
    const md = renderSummary(evaluate(results, DEFAULT_POLICY), results, 1000)
    expect(Buffer.byteLength(md)).toBeLessThan(1_000_000)
    expect(md).toMatch(/\d+ more failing or warning items are in the JSON report/)
  })

  it('reads as prose: counted nouns, outcomes in words, one blank line between blocks', () => {
    const passing = [settled(hooks(1, 0, 'ok'))]
    const md = renderSummary(evaluate(passing, DEFAULT_POLICY), passing, 61_000)
    expect(md).toContain('The target settled and every item passed.')
    expect(md).toContain('<small>1 target, 1m 01s of waiting.</small>')
    expect(md).toContain('(settled after 3 polls)')
    expect(md).not.toMatch(/\n\n\n|\(s\)/)
    const failing = [settled(hooks(3, 2, 'no'))]
    const failed = renderSummary(evaluate(failing, DEFAULT_POLICY), failing, 1000)
    expect(failed).toContain('2 items failed the policy')
    expect(failed).not.toMatch(/\n\n\n|\(s\)/)
  })

  it('escapes hostile text from AWS everywhere it appears', () => {
    const hostile = '<img src=x onerror=alert(1)></details> [x](javascript:alert(1)) @org/team #123 | row'
    const results = [settled(hooks(2, 1, hostile))]
    const md = renderSummary(evaluate(results, DEFAULT_POLICY), results, 1000)
    expect(md).not.toContain('<img')
    expect(md).not.toContain('</details> ')
    expect(md).not.toContain('@org')
    expect(md).not.toContain('#123')
    expect(md).toContain(
      '&#60;img src=x onerror=alert(1)&#62;&#60;/details&#62; &#91;x&#93;(javascript:alert(1)) &#64;org/team ' +
        '&#35;123 &#124; row'
    )
  })
})

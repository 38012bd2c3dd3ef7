import { describe, expect, it } from '@jest/globals'
import type { HookResultsObservation, Observation } from '../../src/core/observations.js'
import type { TargetResult } from '../../src/core/poll.js'
import { evaluate } from '../../src/policy/evaluate.js'
import { DEFAULT_POLICY } from '../../src/policy/types.js'
import { COMMENT_BUDGET_BYTES } from '../../src/github/pr-comment.js'
import { renderSummary } from '../../src/report/summary.js'

const LEVELS = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL']

/** `n` failed hook results of `rules` failed rules each, levels spread evenly, every text `size` characters. */
function manyRules(n: number, rules: number, size: number): TargetResult<Observation> {
  const snapshot: HookResultsObservation = {
    kind: 'hook-results',
    label: 'change set pr-1',
    region: 'us-east-1',
    filter: {},
    results: Array.from({ length: n }, (_, i) => ({
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      typeName: 'MyOrg::Guard::Rules',
      failureMode: 'FAIL',
      status: 'HOOK_COMPLETE_FAILED',
      detail: {
        resource: { logicalId: `Bucket${i}`, type: 'AWS::S3::Bucket' },
        annotations: Array.from({ length: rules }, (_, k) => ({
          name: `RULE_${i}_${k}`,
          status: 'FAILED',
          level: LEVELS[(i * rules + k) % LEVELS.length],
          message: 'm'.repeat(size),
          remediation: 'r'.repeat(size),
          link: `https://example.com/${'p'.repeat(size)}`
        }))
      }
    }))
  }
  return { key: 'k', label: snapshot.label, outcome: 'settled', snapshot, polls: 1, startedAt: 0, endedAt: 1 }
}

function levelsInOrder(md: string): string[] {
  const part = md.split('### Failed rules')[1] ?? ''
  return [...part.matchAll(/❌ fail<br><small>([A-Z]+)<\/small>/g)].map((m) => m[1] as string)
}

describe('the failed rules section', () => {
  it('fits a PR comment with thousands of long rules, worst first, saying how many are left out', () => {
    const results = [manyRules(200, 20, 400)]
    const md = renderSummary(evaluate(results, DEFAULT_POLICY), results, 1000, { budget: COMMENT_BUDGET_BYTES })
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(COMMENT_BUDGET_BYTES)
    const shown = levelsInOrder(md)
    expect(shown.length).toBeGreaterThan(0)
    // Worst first: every CRITICAL rule comes before any HIGH one, and so on down.
    const rank = shown.map((l) => LEVELS.indexOf(l))
    expect([...rank].sort((a, b) => b - a)).toEqual(rank)
    expect(shown[0]).toBe('CRITICAL')
    expect(md).toMatch(/\d+ more failed rules are in the JSON report/)
  })

  it('shows every rule of a small run whole', () => {
    const results = [manyRules(2, 5, 50)]
    const md = renderSummary(evaluate(results, DEFAULT_POLICY), results, 1000)
    expect(levelsInOrder(md)).toEqual([
      ...['CRITICAL', 'CRITICAL', 'HIGH', 'HIGH', 'MEDIUM', 'MEDIUM', 'LOW', 'LOW'],
      ...['INFORMATIONAL', 'INFORMATIONAL']
    ])
    expect(md).not.toContain('more failed rule')
  })
})

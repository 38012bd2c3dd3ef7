/** Pure evaluation: property tests over random mixes of items, and the rules one by one. */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { evaluate } from '../../src/policy/evaluate.js'
import { loadPolicy } from '../../src/policy/load.js'
import { DEFAULT_POLICY } from '../../src/policy/types.js'
import {
  WORKFLOW_STATUSES,
  type HookResultsObservation,
  type ImageBuildObservation,
  type Observation,
  type ParallelClusterStackObservation
} from '../../src/core/observations.js'
import type { Outcome, TargetResult } from '../../src/core/poll.js'

const WF = [...WORKFLOW_STATUSES]
const HOOK = ['HOOK_IN_PROGRESS', 'HOOK_COMPLETE_SUCCEEDED', 'HOOK_COMPLETE_FAILED', 'HOOK_FAILED']
const RES = [
  'CREATE_IN_PROGRESS',
  'CREATE_COMPLETE',
  'CREATE_FAILED',
  'DELETE_COMPLETE',
  'DELETE_FAILED',
  'UPDATE_FAILED',
  'DELETE_SKIPPED'
]

const execution = fc.record({
  id: fc.string({ minLength: 1, maxLength: 5 }),
  type: fc.constantFrom('BUILD', 'TEST', 'DISTRIBUTION'),
  status: fc.constantFrom(...WF),
  totalSteps: fc.constant(5),
  succeededSteps: fc.nat(5),
  failedSteps: fc.nat(2),
  skippedSteps: fc.nat(2)
})
const imageBuild: fc.Arbitrary<ImageBuildObservation> = fc.record({
  kind: fc.constant('image-build' as const),
  arn: fc.constant('arn'),
  region: fc.constant('us-east-1'),
  label: fc.constant('img'),
  imageStatus: fc.constantFrom('AVAILABLE', 'FAILED', 'CANCELLED', 'TESTING'),
  executions: fc.array(execution, { maxLength: 6 })
})
const hooks: fc.Arbitrary<HookResultsObservation> = fc.record({
  kind: fc.constant('hook-results' as const),
  label: fc.constant('cs'),
  region: fc.constant('us-east-1'),
  filter: fc.constant({}),
  results: fc.array(
    fc.record({
      id: fc.string(),
      typeName: fc.constantFrom('A::Sec::X', 'A::Cost::Y', 'B::Z::W'),
      failureMode: fc.constantFrom('FAIL', 'WARN'),
      status: fc.constantFrom(...HOOK)
    }),
    { maxLength: 6 }
  )
})
const stack: fc.Arbitrary<ParallelClusterStackObservation> = fc.record({
  kind: fc.constant('parallelcluster-stack' as const),
  label: fc.constant('pc'),
  region: fc.constant('us-east-1'),
  imageId: fc.constant('img'),
  stackName: fc.constant('img'),
  stackStatus: fc.constantFrom('CREATE_COMPLETE', 'ROLLBACK_COMPLETE', 'CREATE_IN_PROGRESS'),
  eventCount: fc.constant(1),
  resources: fc.array(
    fc.record({
      logicalId: fc.constantFrom('R1', 'R2'),
      type: fc.constant('AWS::X::Y'),
      status: fc.constantFrom(...RES),
      firstAt: fc.constant(''),
      lastAt: fc.constant('')
    }),
    { maxLength: 5 }
  )
})
const result: fc.Arbitrary<TargetResult<Observation>> = fc.record({
  key: fc.string(),
  label: fc.constantFrom('t1', 't2'),
  outcome: fc.constantFrom<Outcome>('settled', 'settled', 'settled', 'timeout', 'error', 'cancelled'),
  snapshot: fc.option(fc.oneof(imageBuild, hooks, stack), { nil: undefined }),
  polls: fc.nat(),
  startedAt: fc.constant(0),
  endedAt: fc.constant(1)
})

/** What the default policy forbids, computed from the raw data, independently of the evaluator. */
function violates(r: TargetResult<Observation>): boolean {
  if (r.outcome !== 'settled') return true
  const o = r.snapshot
  if (!o) return true
  switch (o.kind) {
    case 'image-build':
      return (
        o.imageStatus === 'FAILED' ||
        o.imageStatus === 'CANCELLED' ||
        o.executions.some((e) => ['FAILED', 'CANCELLED', 'ROLLBACK_COMPLETED'].includes(e.status) || e.failedSteps > 0)
      )
    case 'hook-results':
      return o.results.some(
        (h) => h.status === 'HOOK_FAILED' || (h.status === 'HOOK_COMPLETE_FAILED' && h.failureMode === 'FAIL')
      )
    case 'parallelcluster-stack':
      return o.stackStatus === 'ROLLBACK_COMPLETE' || o.resources.some((x) => x.status.endsWith('_FAILED'))
  }
}

describe('evaluate', () => {
  it('never passes (nor warns) when any item violates a fail rule, whatever the mix', () => {
    fc.assert(
      fc.property(fc.array(result, { minLength: 1, maxLength: 5 }), (results) => {
        const { verdict, findings } = evaluate(results, DEFAULT_POLICY)
        if (results.some(violates)) return verdict !== 'pass' && verdict !== 'warn'
        // Without a violation nothing fails, and the verdict is pass or warn.
        return (verdict === 'pass' || verdict === 'warn') && findings.every((f) => f.severity !== 'fail')
      }),
      { numRuns: 2000 }
    )
  })

  it('never passes with a finding of severity fail under any policy', () => {
    const policies = [
      DEFAULT_POLICY,
      loadPolicy(
        'version: 1\nhooks: { hook-failed: warn, rules: [{ type-name: "A::Cost::*", on-failure: warn }, { ' +
          'type-name: "B::*", ignore: true }] }\nwaiting: { on-timeout: warn }',
        'p'
      ),
      loadPolicy(
        'version: 1\nworkflows: { required: [BUILD, TEST], rules: [{ type: TEST, warn-on: [SKIPPED], ' +
          'max-skipped-steps: 0 }] }\nstack: { resources: [R1], fail-on: ["*_FAILED", "DELETE_*"] }',
        'p'
      )
    ]
    fc.assert(
      fc.property(fc.array(result, { maxLength: 5 }), fc.constantFrom(...policies), (results, policy) => {
        const { verdict, findings } = evaluate(results, policy)
        return (
          !(verdict === 'pass' && findings.some((f) => f.severity === 'fail')) &&
          (results.length > 0 || verdict === 'error')
        )
      }),
      { numRuns: 1000 }
    )
  })

  const settled = (snapshot: Observation): TargetResult<Observation> => ({
    key: 'k',
    label: snapshot.label,
    outcome: 'settled',
    snapshot,
    polls: 1,
    startedAt: 0,
    endedAt: 1
  })
  const hookObs = (results: Partial<HookResultsObservation['results'][number]>[]): HookResultsObservation => ({
    kind: 'hook-results',
    label: 'cs',
    region: 'us-east-1',
    filter: {},
    results: results.map((r, i) => ({
      id: `h${i}`,
      typeName: 'A::Sec::X',
      failureMode: 'FAIL',
      status: 'HOOK_COMPLETE_SUCCEEDED',
      ...r
    }))
  })

  it('maps hook failures by failure mode, by rule, and HOOK_FAILED separately', () => {
    const policy = loadPolicy(
      'version: 1\nhooks:\n  rules:\n    - { type-name: "A::Cost::*", on-failure: warn }\n    - { type-name: ' +
        '"A::Exp::*", ignore: true }\n  hook-failed: warn',
      'p'
    )
    const { verdict, findings } = evaluate(
      [
        settled(
          hookObs([
            { typeName: 'A::Cost::X', status: 'HOOK_COMPLETE_FAILED' },
            { typeName: 'A::Exp::Y', status: 'HOOK_COMPLETE_FAILED' },
            { typeName: 'A::Sec::Z', status: 'HOOK_FAILED' }
          ])
        )
      ],
      policy
    )
    expect(verdict).toBe('warn')
    expect(findings.map((f) => [f.item, f.severity, f.rule])).toEqual([
      ['A::Cost::X (FAIL)', 'warn', 'hooks.rules[0].on-failure'],
      ['A::Sec::Z (FAIL)', 'warn', 'hooks.hook-failed'],
      ['A::Exp::Y (FAIL)', 'pass', 'hooks.rules[1].ignore']
    ])
  })

  it('fails a settled query missing a required hook, and a build missing a required workflow', () => {
    const policy = loadPolicy(
      'version: 1\nhooks: { required: ["MyOrg::Security::*"] }\nworkflows: { required: [BUILD, TEST] }',
      'p'
    )
    const build: ImageBuildObservation = {
      kind: 'image-build',
      arn: 'a',
      region: 'us-east-1',
      label: 'img',
      imageStatus: 'AVAILABLE',
      executions: [
        {
          id: 'w',
          type: 'BUILD',
          status: 'COMPLETED',
          totalSteps: 1,
          succeededSteps: 1,
          failedSteps: 0,
          skippedSteps: 0
        }
      ]
    }
    const { verdict, findings } = evaluate([settled(hookObs([{ typeName: 'MyOrg::Cost::X' }])), settled(build)], policy)
    expect(verdict).toBe('fail')
    expect(findings.filter((f) => f.severity === 'fail').map((f) => f.rule)).toEqual([
      'hooks.required',
      'workflows.required'
    ])
  })

  it('judges only the stack resources the policy names', () => {
    const policy = loadPolicy('version: 1\nstack: { resources: ["AWS::ImageBuilder::*"] }', 'p')
    const obs: ParallelClusterStackObservation = {
      kind: 'parallelcluster-stack',
      label: 'pc',
      region: 'us-east-1',
      imageId: 'i',
      stackName: 'i',
      stackStatus: 'CREATE_COMPLETE',
      eventCount: 2,
      resources: [
        {
          logicalId: 'Topic',
          type: 'AWS::SNS::Topic',
          status: 'DELETE_FAILED',
          failedStatus: 'DELETE_FAILED',
          firstAt: '',
          lastAt: ''
        },
        { logicalId: 'Image', type: 'AWS::ImageBuilder::Image', status: 'CREATE_COMPLETE', firstAt: '', lastAt: '' }
      ]
    }
    expect(evaluate([settled(obs)], policy).verdict).toBe('pass')
    expect(evaluate([settled(obs)], DEFAULT_POLICY).verdict).toBe('fail')
  })
})

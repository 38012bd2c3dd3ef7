/**
 * Gating a stack deployment (the `stack` input), through dist/index.js against the simulator: the gate waits for
 * the stack operation to end and judges the hooks its stack events name (HookInvocationId -> GetHookResult), and
 * the operation's outcome.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { readScenarioFile } from '../scripts/scenario-file.js'
import { normalizeScenario, type Scenario } from '../sim/scenario.js'
import { bundleSuite } from './bundle.js'

const bundle = bundleSuite()

const failed = readScenarioFile('scenarios/hooks-stack-deployment.yml')
const redeployed = readScenarioFile('scenarios/hooks-stack-deployment-pass.yml')
const API = { stack: 'api-service' }

/** The scenario with everything from `from` on happening `by` ms later: an operation that starts after the gate. */
function later(scenario: Scenario, from: number, by: number): Scenario {
  const shift = <T extends { at: number }>(entries: T[]) =>
    entries.map((e) => (e.at >= from ? { ...e, at: e.at + by } : e))
  return {
    ...scenario,
    stacks: scenario.stacks.map((s) => ({ ...s, events: shift(s.events), operations: shift(s.operations) })),
    hookResults: scenario.hookResults.map((h) => ({ ...h, timeline: shift(h.timeline) }))
  }
}

function findings(out: Record<string, string>): { rule: string; severity: string; message: string }[] {
  return JSON.parse(readFileSync(out['report-path'] as string, 'utf8')).findings
}

describe('a stack deployment, through dist/index.js', () => {
  it("judges the operation its token names: an earlier attempt's failed rule with its remediation, escaped", async () => {
    const r = await bundle(redeployed.scenario, { ...API, 'client-request-token': 'deploy-api-service-41-1' })
    expect(r.out.verdict).toBe('fail')
    // The rollback the update triggered is part of it: the operation ended with it.
    expect(findings(r.out)).toContainEqual(
      expect.objectContaining({
        rule: 'stack.operation',
        severity: 'fail',
        message: 'the operation ended UPDATE_ROLLBACK_COMPLETE: The following resource(s) failed to update: [Queue].'
      })
    )
    expect(r.summary).toContain('<code>SQS&#95;QUEUE&#95;ENCRYPTED</code>')
    expect(r.summary).toContain('Set SqsManagedSseEnabled: true')
    expect(r.summary).toContain('&#64;platform-team &#60;img src=x onerror=alert(1)&#62;')
    expect(r.summary).not.toMatch(/<img|href="javascript/)
    // Only the failed invocation's detail is read, once; the later operation's hooks are not judged.
    const reads = r.calls.filter((c) => c.operation === 'GetHookResult').map((c) => c.params.HookResultId)
    expect(reads).toEqual(['0d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a'])
    expect(r.summary).not.toContain('ChangeWindow')
  }, 20_000)

  it('waits for the operation of its token to start; without one it judges the latest, an earlier one', async () => {
    const scenario = later(redeployed.scenario, 0, 3_000)
    const waited = await bundle(scenario, { ...API, 'client-request-token': 'deploy-api-service-42-1' })
    expect(waited.out.verdict).toBe('pass')
    const reads = waited.calls.filter((c) => c.operation === 'DescribeStackEvents')
    expect(reads[0]?.at).toBeLessThan(3_000)
    expect(waited.summary).toContain('ClientRequestToken <code>deploy-api-service-42-1</code>')
    const latest = await bundle(scenario, API)
    expect(latest.out.verdict).toBe('fail')
    expect(latest.summary).toContain('Rules<br><small>on Queue</small>')
  }, 20_000)

  it('fails when no operation carries the token, and reads the history once, then only what is new', async () => {
    // Nothing happens after the gate starts: 7 events, two a page. The grace leaves room for later polls after
    // the first one's four reads, however loaded the machine.
    const stacks = redeployed.scenario.stacks.map((s) => ({ ...s, events: s.events.filter((e) => e.at < 0) }))
    const scenario = { ...redeployed.scenario, stacks, pageSize: { DescribeStackEvents: 2 } }
    const r = await bundle(scenario, { ...API, 'client-request-token': 'deploy-api-service-99-1', 'empty-grace': '3s' })
    expect(r.out.verdict).toBe('fail')
    expect(findings(r.out)).toContainEqual(
      expect.objectContaining({
        rule: 'stack.operation',
        message: "no operation with ClientRequestToken deploy-api-service-99-1 was found in the stack's events"
      })
    )
    // The first poll follows 3 tokens to the oldest event; later polls stop at the newest event seen.
    const reads = r.calls.filter((c) => c.operation === 'DescribeStackEvents')
    expect(reads.length).toBeGreaterThan(5)
    expect(reads.filter((c) => c.params.NextToken)).toHaveLength(3)
  }, 20_000)

  it('keeps the verdict without cloudformation:GetHookResult, says so in one line, and takes a stack ID', async () => {
    const denied = { ...failed.scenario, denied: [{ action: 'cloudformation:GetHookResult' }] }
    const id = failed.scenario.stacks[0]?.id as string
    const r = await bundle(denied, { ...failed.inputs, stack: id })
    expect(r.out.verdict).toBe('fail')
    expect(r.summary).toContain('the role lacks cloudformation:GetHookResult')
    expect(r.summary).toContain('Rules<br><small>on JobsQueue</small>')
    expect(r.calls.find((c) => c.operation === 'DescribeStackEvents')?.params.StackName).toBe(id)
    // Refused, never asked again: at most one call per failed invocation (two may be asked at once).
    const asked = r.calls.filter((c) => c.operation === 'GetHookResult').map((c) => c.params.HookResultId)
    expect(asked.length).toBeGreaterThan(0)
    expect(new Set(asked).size).toBe(asked.length)
  }, 20_000)

  it('judges the same with stack events listed twice or left out of a page', async () => {
    const fault = (kind: 'duplicate-item' | 'vanish', after: number) => ({
      operation: 'DescribeStackEvents',
      kind,
      delay: 0,
      times: 2,
      after
    })
    const faulty = { ...failed.scenario, faults: [fault('duplicate-item', 0), fault('vanish', 3)] }
    const r = await bundle(faulty, failed.inputs ?? {})
    expect(r.out.verdict).toBe('fail')
    expect(
      findings(r.out)
        .filter((f) => f.severity !== 'pass')
        .map((f) => f.rule)
    ).toEqual(expect.arrayContaining(['stack.operation', 'hooks.failure-mode-fail']))
  }, 20_000)

  it.each(['same-token', 'foreign-target'] as const)(
    'is no pass when DescribeStackEvents answers untrusted (%s) while it reads the history',
    async (kind) => {
      // The operation ended before the gate started: its start event is pages deep (this passes without the fault).
      const scenario = later(redeployed.scenario, -Infinity, -10_000)
      const paged = { ...scenario, pageSize: { DescribeStackEvents: 2 } }
      expect((await bundle(paged, redeployed.inputs ?? {})).out.verdict).toBe('pass')
      const faults = [{ operation: 'DescribeStackEvents', kind, delay: 0, times: 1000, after: 0 }]
      const r = await bundle({ ...paged, faults }, { ...redeployed.inputs, timeout: '5s' })
      expect(['error', 'timeout']).toContain(r.out.verdict)
    },
    20_000
  )

  it('fails the deployment when a hook the policy requires was not invoked', async () => {
    const policy = 'version: 1\nhooks:\n  required: ["MyOrg::Security::*"]\n'
    const r = await bundle(redeployed.scenario, { ...redeployed.inputs, policy })
    expect(r.out.verdict).toBe('fail')
    expect(r.summary).toContain('no result from a required hook matching MyOrg::Security::')
  }, 20_000)

  it('follows a stack it deletes by the stack ID, readable by it alone once deleted', async () => {
    const scenario = normalizeScenario(
      parse(`
stacks:
  - name: old-service
    events:
      - { at: -1d, status: CREATE_IN_PROGRESS, reason: User Initiated }
      - { at: -1d, status: CREATE_COMPLETE }
      - { at: 0s, status: DELETE_IN_PROGRESS, reason: User Initiated }
      - { at: 1s, logicalId: Queue, resourceType: "AWS::SQS::Queue", status: DELETE_IN_PROGRESS }
      - { at: 2s, logicalId: Queue, resourceType: "AWS::SQS::Queue", status: DELETE_COMPLETE }
      - { at: 3s, status: DELETE_COMPLETE }
`) as Record<string, unknown>
    )
    const r = await bundle(scenario, { stack: 'old-service' })
    expect(r.out.verdict).toBe('pass')
    expect(r.summary).toContain('No hook was invoked during the stack operation.')
    const names = r.calls.filter((c) => c.operation === 'DescribeStackEvents').map((c) => c.params.StackName)
    expect(names[0]).toBe('old-service')
    expect(names.slice(1).every((n) => n === scenario.stacks[0]?.id)).toBe(true)
    expect(r.calls.filter((c) => c.error)).toEqual([])
  }, 20_000)
})

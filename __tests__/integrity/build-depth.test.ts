/**
 * Image builds in depth through the bundle, as the runner starts it, against the simulator on wall-clock time:
 * the failing step named, a retried distribution judged by its retry, vulnerability findings under the default
 * rules and an allow-list, a build paused at WaitForAction reported and (opted in) answered exactly once.
 */
import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { readScenarioFile } from '../../scripts/scenario-file.js'
import { startSimulator, type Simulator } from '../../sim/server.js'
import { callsOf, errors, runBundle, type BundleOptions } from './bundle.js'

// The scenarios run about 10 s of wall time each.
jest.setTimeout(90_000)

const build = (version: string) => `arn:aws:imagebuilder:us-east-1:123456789012:image/web-ami/${version}`
const WAITING = build('1.5.0/1')

let sim: Simulator | undefined
afterEach(async () => {
  await sim?.stop()
  sim = undefined
})

/** A fresh simulator on the scenario file, the bundle run once on it. */
async function run(file: string, inputs: Record<string, string>, options: BundleOptions = {}) {
  await sim?.stop()
  sim = await startSimulator(readScenarioFile(`scenarios/${file}.yml`).scenario)
  return runBundle(sim, inputs, { limitMs: 60_000, ...options })
}

/** The bundle again on the same simulator: a re-run of the job. */
const rerun = (inputs: Record<string, string>, options: BundleOptions = {}) =>
  runBundle(sim as Simulator, inputs, { limitMs: 60_000, ...options })

describe('the failing step', () => {
  it('names the step and its message in the findings, the annotation and the summary', async () => {
    const r = await run('step-failed', { 'image-build-version-arn': build('1.4.2/1') })
    expect(r.code).toBe(1)
    expect(r.out.verdict).toBe('fail')
    const message =
      'TEST ended FAILED at step RunTestComponents (ExecuteComponents): Component reboot-test failed: exit code 1 ' +
      'in phase validate (step CheckServices: nginx is not running).'
    expect(r.report?.findings).toContainEqual(expect.objectContaining({ severity: 'fail', message }))
    expect(errors(r)).toContain(message)
    expect(r.summary).toContain('Steps of the TEST workflow (FAILED)')
    expect(r.summary).toContain('<td>RunTestComponents</td><td>ExecuteComponents</td><td>FAILED</td>')
    expect(callsOf(r, 'ListWorkflowStepExecutions').map((c) => c.params.workflowExecutionId)).toEqual([
      'wf-860d0af2-32c6-4fab-9987-d0551018c892'
    ])
  })
})

describe('a retried distribution', () => {
  it('passes when its retry succeeded: the failed attempt is judged by the later one', async () => {
    const r = await run('distribution-retried', { 'image-build-version-arn': WAITING })
    expect(r.code).toBe(0)
    expect(r.out.verdict).toBe('pass')
    expect(r.summary).toContain('FAILED (retried)')
  })
})

describe('vulnerability findings', () => {
  const critical = build('1.6.0/1')
  const allow = (until: string) =>
    `version: 1\nvulnerabilities:\n  allow:\n    - { id: CVE-2026-31001, until: ${until}, reason: "Fix ships next sprint (SEC-42)" }\n`

  it('fail a build with a CRITICAL finding that has a fix, under the default rules', async () => {
    const r = await run('scan-critical', { 'image-build-version-arn': critical })
    expect(r.code).toBe(1)
    expect(r.out.verdict).toBe('fail')
    expect(errors(r)).toContain('1 CRITICAL finding with a fix available (YES/PARTIAL): CVE-2026-31001 in openssl')
    expect(r.summary).toContain('<a href="https://nvd.nist.gov/vuln/detail/CVE-2026-31001">CVE-2026-31001</a>')
    expect(callsOf(r, 'ListImageScanFindings')).toHaveLength(1)
  })

  it('do not fail it for an allow-listed CVE within its expiry, and do once the entry expired', async () => {
    const allowed = await run('scan-critical', { 'image-build-version-arn': critical, policy: allow('2999-12-31') })
    expect(allowed.code).toBe(0)
    expect(allowed.out.verdict).toBe('warn') // the HIGH finding with a fix warns by default
    expect(allowed.summary).not.toContain('CRITICAL finding with a fix')
    expect(JSON.stringify(allowed.report?.findings)).toContain(
      'allowed until 2999-12-31: Fix ships next sprint (SEC-42)'
    )
    const expired = await rerun({ 'image-build-version-arn': critical, policy: allow('2020-01-31') })
    expect(expired.out.verdict).toBe('fail')
    expect(expired.summary).toContain('the allow-list entry for CVE-2026-31001 expired on 2020-01-31')
  })

  it('never take a scan that has not finished for a settled one', async () => {
    const r = await run('scan-unfinished', { 'image-build-version-arn': build('1.7.0/1'), timeout: '8s' })
    expect(r.code).toBe(1)
    expect(r.out.verdict).toBe('timeout')
    expect(r.summary).toContain('the vulnerability scan has not finished (')
    expect(callsOf(r, 'ListImageScanFindings')).toEqual([])
  })
})

describe('a build paused at WaitForAction', () => {
  it('is reported as paused from the first poll that sees it, never as a bare timeout', async () => {
    const r = await run('waiting-approval', { 'image-build-version-arn': WAITING, timeout: '14s' })
    expect(r.out.verdict).toBe('timeout')
    const paused = r.lines.findIndex((l) => l.includes('paused at step ApproveRelease (WaitForAction) since'))
    expect(paused).toBeGreaterThan(0)
    // The poll before it saw the TEST workflow still running its steps; none saw the pause and kept quiet.
    const before = r.lines.slice(0, paused).filter((l) => l.includes('web-ami 1.5.0/1:'))
    expect(before.at(-1)).toMatch(/TEST running \d\/5 steps/)
    expect(r.summary).toContain('Paused at step <b>ApproveRelease</b> (WaitForAction) of the TEST workflow since')
    expect(errors(r)).toContain('paused at step ApproveRelease (WaitForAction) since')
    expect(callsOf(r, 'SendWorkflowStepAction')).toEqual([])
  })

  it('is resumed on a passing verdict exactly once, and a re-run sends nothing new', async () => {
    const env = { GITHUB_RUN_ID: '4242' }
    const values = { 'image-build-version-arn': WAITING, 'answer-wait': 'true' }
    const r = await run('waiting-approval', values, { env })
    expect(r.out.verdict).toBe('warn')
    const sent = callsOf(r, 'SendWorkflowStepAction')
    expect(sent.map((c) => c.params.action)).toEqual(['RESUME'])
    expect(r.out['step-answers']).toMatch(/^RESUME step-[0-9a-f-]{36} sent$/)
    expect(r.summary).toContain('<td>ApproveRelease</td><td>RESUME</td><td>warn</td><td>▶️ sent</td>')
    expect(r.report?.targets).toEqual([
      expect.objectContaining({ snapshot: expect.objectContaining({ imageStatus: 'AVAILABLE' }) })
    ])
    const again = await rerun(values, { env })
    expect(again.out.verdict).toBe('warn')
    expect(callsOf(again, 'SendWorkflowStepAction')).toEqual([])
  })

  it('is stopped on a failing verdict with the reason, once', async () => {
    const policy = 'version: 1\nvulnerabilities:\n  fail-on: [{ severity: HIGH }]\n'
    const r = await run('waiting-approval', { 'image-build-version-arn': WAITING, 'answer-wait': 'true', policy })
    expect(r.out.verdict).toBe('fail')
    const sent = callsOf(r, 'SendWorkflowStepAction')
    expect(sent.map((c) => c.params.action)).toEqual(['STOP'])
    expect(String(sent[0]?.params.reason)).toContain('CVE-2026-20417 in libxml2')
    expect(r.summary).toContain('<td>ApproveRelease</td><td>STOP</td><td>fail</td><td>▶️ sent</td>')
  })

  it('is shown, not answered, in a dry run', async () => {
    const r = await run('waiting-approval', {
      'image-build-version-arn': WAITING,
      'answer-wait': 'true',
      'dry-run': 'true'
    })
    expect(callsOf(r, 'SendWorkflowStepAction')).toEqual([])
    expect(r.out['step-answers']).toMatch(/^RESUME step-\S+ dry-run$/)
    expect(r.summary).toContain('The 1 SendWorkflowStepAction call a real run would make')
  })
})

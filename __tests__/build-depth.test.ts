/**
 * Image builds in depth, the whole action in virtual time: the failing step named, builds paused at
 * WaitForAction reported and (opted in) answered once, and vulnerability findings under the policy.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import type { RecordedCall } from '../sim/server.js'
import { actionSuite, captureLog, scenarioFile } from './helpers.js'

const build = (version: string) => `arn:aws:imagebuilder:us-east-1:123456789012:image/web-ami/${version}`
const WAITING = build('1.5.0/1')

const suite = actionSuite({ 'poll-min-delay': '1s', 'poll-max-delay': '10s', timeout: '30m' })
const answers = (calls: RecordedCall[]) => calls.filter((c) => c.operation === 'SendWorkflowStepAction')

describe('the failing step', () => {
  it('names the failing step of a failed TEST, its action and message, in findings, annotations and summary', async () => {
    const log = captureLog()
    const r = await suite.run(scenarioFile('step-failed'), { 'image-build-version-arn': build('1.4.2/1') })
    expect(r.verdict).toBe('fail')
    const message =
      'TEST ended FAILED at step RunTestComponents (ExecuteComponents): Component reboot-test failed: exit code 1 ' +
      'in phase validate (step CheckServices: nginx is not running).'
    const report = JSON.parse(readFileSync(r.out['report-path'] as string, 'utf8'))
    expect(report.findings).toContainEqual(expect.objectContaining({ severity: 'fail', message }))
    expect(log.join('')).toContain(`::error title=image-gate%3A web-ami 1.4.2/1%3A TEST workflow`)
    expect(log.join('')).toContain('::TEST ended FAILED at step RunTestComponents (ExecuteComponents): Component')
    // The steps table: the rollback of the step before, the step skipped after, and the gantt's step bars.
    expect(r.md).toContain('Steps of the TEST workflow (FAILED)')
    expect(r.md).toContain('<td>LaunchTestInstance</td><td>LaunchInstance</td><td>COMPLETED</td><td>COMPLETED</td>')
    expect(r.md).toContain('<td>RunTestComponents</td><td>ExecuteComponents</td><td>FAILED</td><td></td><td>4s</td>')
    expect(r.md).toContain('<td>TerminateTestInstance</td><td>TerminateInstance</td><td>SKIPPED</td>')
    expect(r.md).toMatch(/TEST RunTestComponents FAILED :crit, /)
    // The steps of the failed workflow only, read once.
    const read = r.calls.filter((c) => c.operation === 'ListWorkflowStepExecutions')
    expect(read.map((c) => c.params.workflowExecutionId)).toEqual(['wf-860d0af2-32c6-4fab-9987-d0551018c892'])
  })

  it('judges a build whose step details the role may not read, and says what was not read', async () => {
    const denied = '\nfaults: [{ operation: ListWorkflowStepExecutions, error: ForbiddenException, times: 9 }]\n'
    const r = await suite.run(scenarioFile('step-failed', denied), { 'image-build-version-arn': build('1.4.2/1') })
    expect(r.verdict).toBe('fail')
    expect(r.md).toContain('TEST ended FAILED: Workflow step RunTestComponents failed.')
    expect(r.md).toContain('Not read: ListWorkflowStepExecutions: ForbiddenException')
    expect(r.calls.filter((c) => c.operation === 'ListWorkflowStepExecutions')).toHaveLength(1)
  })
})

describe('a build paused at WaitForAction', () => {
  it('is reported as paused from the first poll that sees it, and never as a bare timeout', async () => {
    const log = captureLog()
    const r = await suite.run(scenarioFile('waiting-approval'), { 'image-build-version-arn': WAITING, timeout: '5m' })
    expect(r.verdict).toBe('timeout')
    const lines = log.join('').split('\n')
    const first = lines.findIndex((l) => l.includes('paused at step ApproveRelease (WaitForAction) since'))
    expect(first).toBeGreaterThan(0)
    expect(lines.slice(0, first).join('\n')).toContain('TEST running 4/5 steps')
    expect(r.md).toContain('Paused at step <b>ApproveRelease</b> (WaitForAction) of the TEST workflow since')
    expect(r.md).toContain('paused at step ApproveRelease (WaitForAction) since')
    expect(r.md).toContain('let the gate answer (input answer-wait: true)')
    expect(answers(r.calls)).toEqual([])
  })

  it('is resumed on a passing verdict, exactly once, and then judged to its end', async () => {
    const r = await suite.run(scenarioFile('waiting-approval'), {
      'image-build-version-arn': WAITING,
      'answer-wait': 'true'
    })
    expect(r.verdict).toBe('warn') // the HIGH finding with a fix warns by default
    const sent = answers(r.calls)
    expect(sent).toHaveLength(1)
    expect(sent[0]?.params).toMatchObject({ action: 'RESUME', imageBuildVersionArn: WAITING })
    expect(String(sent[0]?.params.reason)).toMatch(/^image-gate warn on web-ami 1.5.0\/1 before step ApproveRelease: /)
    expect(r.sim.state.stepAnswers).toHaveLength(1)
    expect(r.out['step-answers']).toMatch(/^RESUME step-[0-9a-f-]{36} sent$/)
    expect(r.md).toContain(
      '<td>web-ami 1.5.0/1</td><td>ApproveRelease</td><td>RESUME</td><td>warn</td><td>▶️ sent</td>'
    )
    const report = JSON.parse(readFileSync(r.out['report-path'] as string, 'utf8'))
    expect(report.targets[0].snapshot.executions.map((e: { type: string; status: string }) => e.status)).toEqual([
      'COMPLETED',
      'COMPLETED',
      'COMPLETED'
    ])
    expect(report.targets[0].snapshot.imageStatus).toBe('AVAILABLE')
    // Once answered and gone on, the build is no longer said to be paused.
    expect(report.targets[0].snapshot.waiting).toEqual([])
    expect(r.md).not.toContain('Paused at step')
  })

  it('is looked for with a listing read after its stall began, however late the gate started', async () => {
    // The gate starts 5 s into the build: its first look at paused steps (nothing paused yet) is fresh for a
    // while, and the pause at 8 s is due to be looked for before that listing ages out.
    const r = await suite.run(
      scenarioFile('waiting-approval'),
      { 'image-build-version-arn': WAITING, 'answer-wait': 'true' },
      (h) => {
        h.clock.advance(5_000)
        return {}
      }
    )
    expect(r.verdict).toBe('warn')
    const looks = r.calls.filter((c) => c.operation === 'ListWaitingWorkflowSteps').map((c) => c.at)
    expect(looks.length).toBeGreaterThanOrEqual(2)
    // Three times the TEST workflow's pace (5 s for 4 steps) after the pause, and a poll: well before a minute.
    const [sent] = answers(r.calls)
    expect(sent?.at).toBeLessThan(20_000)
  })

  it('is stopped on a failing verdict with its reason, which the build reports back', async () => {
    const critical =
      '        - { id: CVE-2026-31001, severity: CRITICAL, fix: YES, package: openssl-libs, version: 3.0.8-1, ' +
      'fixedIn: 3.0.8-9, score: 9.8 }\n'
    const scenario = scenarioFile('waiting-approval').replace('    workflows:\n', `${critical}    workflows:\n`)
    const r = await suite.run(scenario, { 'image-build-version-arn': WAITING, 'answer-wait': 'true' })
    expect(r.verdict).toBe('fail')
    const sent = answers(r.calls)
    expect(sent).toHaveLength(1)
    expect(sent[0]?.params.action).toBe('STOP')
    expect(String(sent[0]?.params.reason)).toContain('1 CRITICAL finding with a fix available')
    expect(String(sent[0]?.params.reason)).toContain('CVE-2026-31001 in openssl-libs 3.0.8-1 (fixed in 3.0.8-9)')
    // The build failed at the step the gate stopped, with the gate's reason as the step's message.
    expect(r.md).toContain('TEST ended FAILED at step ApproveRelease (WaitForAction): image-gate fail on web-ami')
    expect(r.md).toContain('<td>ApproveRelease</td><td>STOP</td><td>fail</td><td>▶️ sent</td>')
  })

  it('sends the same answer again when the first answer is lost, and a re-run of the job sends nothing new', async () => {
    process.env.GITHUB_RUN_ID = '4242'
    try {
      const lost = '\nfaults: [{ operation: SendWorkflowStepAction, kind: reset-mid-body, times: 1 }]\n'
      const values = { 'image-build-version-arn': WAITING, 'answer-wait': 'true' }
      const r = await suite.run(scenarioFile('waiting-approval', lost), values)
      expect(r.verdict).toBe('warn')
      const sent = answers(r.calls)
      expect(sent.length).toBeGreaterThanOrEqual(2)
      expect(new Set(sent.map((c) => c.params.clientToken)).size).toBe(1)
      expect(r.sim.state.stepAnswers).toHaveLength(1)
      const again = await suite.run(null, values)
      expect(again.verdict).toBe('warn')
      expect(answers(again.calls)).toEqual([])
      expect(again.sim.state.stepAnswers).toHaveLength(1)
    } finally {
      delete process.env.GITHUB_RUN_ID
    }
  })

  it('shows the answer in a dry run and sends nothing', async () => {
    const r = await suite.run(scenarioFile('waiting-approval'), {
      'image-build-version-arn': WAITING,
      'answer-wait': 'true',
      'dry-run': 'true'
    })
    expect(answers(r.calls)).toEqual([])
    expect(r.verdict).toBe('warn')
    expect(r.md).toContain('🧪 would send (dry run)')
    expect(r.md).toContain('The 1 SendWorkflowStepAction call a real run would make')
    expect(r.md).toContain('dry run: would answer RESUME; the build stays paused')
    expect(r.out['step-answers']).toMatch(/^RESUME step-\S+ dry-run$/)
  })

  it('reports an answer AWS refuses, and fails rather than wait for a build that stays paused', async () => {
    const refused = '\nfaults: [{ operation: SendWorkflowStepAction, error: ForbiddenException, times: 9 }]\n'
    const r = await suite.run(scenarioFile('waiting-approval', refused), {
      'image-build-version-arn': WAITING,
      'answer-wait': 'true'
    })
    expect(r.verdict).toBe('fail')
    expect(r.md).toContain('the answer RESUME was not taken: ForbiddenException')
    expect(r.sim.elapsed()).toBeLessThan(60_000)
  })
})

describe('vulnerability findings', () => {
  const critical = build('1.6.0/1')

  it('fails a build with a CRITICAL finding that has a fix, and shows counts and the worst findings', async () => {
    const r = await suite.run(scenarioFile('scan-critical'), { 'image-build-version-arn': critical })
    expect(r.verdict).toBe('fail')
    expect(r.md).toContain(
      '1 CRITICAL finding with a fix available (YES/PARTIAL): CVE-2026-31001 in openssl-libs 3.0.8-1.amzn2023'
    )
    expect(r.md).toContain('<tr><td>CRITICAL</td><td>2</td><td>1</td></tr>')
    expect(r.md).toContain('<a href="https://nvd.nist.gov/vuln/detail/CVE-2026-31001">CVE-2026-31001</a>')
    expect(r.md).toMatch(/<td>openssl-libs<\/td><td>3\.0\.8-1\.amzn2023<\/td><td>3\.0\.8-1\.amzn2023\.0\.9<\/td>/)
    expect(r.calls.filter((c) => c.operation === 'ListImageScanFindings')).toHaveLength(1)
  })

  it('passes the CRITICAL finding an allow-list entry names until its date, and says when an entry expired', async () => {
    const policy = (until: string) =>
      `version: 1\nvulnerabilities:\n  allow:\n    - { id: CVE-2026-31001, until: ${until}, reason: "Fix ships next sprint (SEC-42)" }\n`
    const allowed = await suite.run(scenarioFile('scan-critical'), {
      'image-build-version-arn': critical,
      policy: policy('2999-12-31')
    })
    expect(allowed.verdict).toBe('warn') // the HIGH finding still warns
    expect(allowed.md).not.toContain('CRITICAL finding with a fix')
    const expired = await suite.run(scenarioFile('scan-critical'), {
      'image-build-version-arn': critical,
      policy: policy('2020-01-31')
    })
    expect(expired.verdict).toBe('fail')
    expect(expired.md).toContain('the allow-list entry for CVE-2026-31001 expired on 2020-01-31')
  })

  it('waits for a scan still collecting, and never takes a timed-out scan for a clean one', async () => {
    const r = await suite.run(scenarioFile('scan-unfinished'), {
      'image-build-version-arn': `${build('1.7.0/1')}\n${build('1.7.0/2')}`,
      'poll-max-delay': '2m'
    })
    expect(r.verdict).toBe('fail')
    expect(r.sim.elapsed()).toBeGreaterThanOrEqual(10 * 60_000)
    const report = JSON.parse(readFileSync(r.out['report-path'] as string, 'utf8'))
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        target: 'web-ami 1.7.0/2',
        severity: 'fail',
        message:
          'the vulnerability scan ended TIMED_OUT: Amazon Inspector did not report findings in time.: it is not a clean scan'
      })
    )
    expect(r.md).toContain('1 CRITICAL finding with a fix available (YES/PARTIAL): CVE-2026-41002 in openssh')
    const early = await suite.run(scenarioFile('scan-unfinished'), {
      'image-build-version-arn': build('1.7.0/1'),
      timeout: '5m'
    })
    expect(early.verdict).toBe('timeout')
    expect(early.md).toContain('the vulnerability scan has not finished (COLLECTING')
  })
})

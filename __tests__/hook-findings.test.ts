/**
 * H1: the failed rules of hooks (GetHookResult's annotations) in the verdict, the summary, the PR comment and the
 * step's annotations; the policy acting on severity levels and on ignored rules; missing permissions degrading to
 * one line. The whole action, in virtual time, against the simulator's scenarios.
 */
import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Log } from 'sarif'
import { actionSuite, captureLog } from './helpers.js'
import { sarifValidator } from './sarif-schema.js'

const GUARD = readFileSync('scenarios/hooks-guard-annotations.yml', 'utf8')
const CS = 'arn:aws:cloudformation:us-east-1:123456789012:changeSet/pr-7/6b7c8d9e-0f1a-4b2c-8d3e-4f5a6b7c8d9e'
const suite = actionSuite({ 'change-set-arn': CS, 'poll-min-delay': '1s' })

/** The action on a scenario file, gating the change set `name/id` of its account. */
function runFile(file: string, changeSet: string): ReturnType<typeof suite.run> {
  const arn = `arn:aws:cloudformation:us-east-1:123456789012:changeSet/${changeSet}`
  return suite.run(readFileSync(join('scenarios', file), 'utf8'), { 'change-set-arn': arn })
}

/** The rule names of the "Failed rules" table, in order. */
function ruleOrder(md: string): string[] {
  const part = md.split('### Failed rules')[1]?.split('###')[0] ?? ''
  return [...part.matchAll(/<td><code>(.+?)<\/code>/g)].map((m) => (m[1] as string).replaceAll('<wbr>', ''))
}

describe('failed rules of a Guard hook', () => {
  it('fails the gate and lists every failed rule worst first, with resource, message and remediation', async () => {
    const r = await suite.run(GUARD, {})
    expect(r.verdict).toBe('fail')
    expect(ruleOrder(r.md)).toEqual([
      'S3&#95;BUCKET&#95;PUBLIC&#95;ACCESS&#95;BLOCKED',
      'S3&#95;BUCKET&#95;SSE&#95;ENABLED',
      'SQS&#95;QUEUE&#95;ENCRYPTED',
      'S3&#95;BUCKET&#95;LOGGING&#95;ENABLED',
      'SQS&#95;QUEUE&#95;DLQ',
      'instance-size-budget'
    ])
    const rules = r.md.split('### Failed rules')[1] ?? ''
    expect(rules).toContain('❌ fail<br><small>CRITICAL</small>')
    // The resource and the hook under the rule: four columns, within GitHub's width.
    expect(rules).toContain('<tr><th></th><th>Rule</th><th>Why</th><th>Remediation</th></tr>')
    expect(rules).toContain(
      'S3&#95;<wbr>BUCKET&#95;<wbr>PUBLIC&#95;<wbr>ACCESS&#95;<wbr>BLOCKED</code><br><small>AssetsBucket (AWS::S3::Bucket)' +
        '<br>My<wbr>Org::<wbr>Guard::<wbr>Storage<wbr>Rules, change set pr-7</small>'
    )
    // Long words may wrap (<wbr>); the text is the same.
    expect(rules.replaceAll('<wbr>', '')).toContain(
      'Set all four PublicAccessBlockConfiguration flags to &#96;true&#96;; cc &#64;security-team &#35;42'
    )
    // The WARN-mode hook's rule warns; its row comes after every failing one.
    expect(rules).toContain('⚠️ warn<br><small>INFORMATIONAL</small>')
    // PASSED and SKIPPED rules are not failed rules.
    expect(rules).not.toContain('VERSIONING')
    expect(rules).not.toContain('REPLICATION')
    // The finding of the hook result names how many rules failed and the worst.
    expect(r.md).toContain('3 failed rules; worst: CRITICAL S3&#95;BUCKET&#95;PUBLIC&#95;ACCESS&#95;BLOCKED')
    // Each failed result is read once, as it fails; the passing one never.
    const reads = r.calls.filter((c) => c.operation === 'GetHookResult').map((c) => String(c.params.HookResultId))
    expect(reads.sort()).toEqual([
      '0f3c1a52-7d4e-4b8a-9c21-5e6f7a8b9c0d',
      '3e4f5a6b-7c8d-4e9f-8a0b-1c2d3e4f5a6b',
      '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d'
    ])
  })

  it('makes links of http(s) remediation links only: javascript:, data: and broken quotes stay text', async () => {
    const r = await suite.run(GUARD, {})
    // Long addresses may wrap (<wbr>) in the link text, never in the address.
    const rules = (r.md.split('### Failed rules')[1] ?? '').replaceAll('<wbr>', '')
    expect(rules).toContain(
      '<a href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html">'
    )
    expect(rules).toContain('<a href="http://internal.example.com/runbooks/sqs-encryption">')
    expect(rules).toContain('<a href="https://wiki.example.com/logging%22%20onmouseover=%22alert(1)">')
    expect(rules).toContain('javascript:alert(document.cookie)')
    expect(rules).toContain('data:text/html,&#60;script&#62;alert(1)&#60;/script&#62;')
    expect(r.md).not.toMatch(/href="(?:javascript|data):/i)
    expect(r.md).not.toMatch(/href="[^"]*<wbr>/)
    expect(r.md).not.toMatch(/<(?:img|b|script)[\s>]/)
    expect(r.md).not.toContain('onmouseover="')
  })

  it('annotates the step once per failed rule, with its remediation', async () => {
    const log = captureLog()
    await suite.run(GUARD, {})
    const lines = log.join('').split('\n')
    const guard = lines.find((l) => l.includes('S3_BUCKET_SSE_ENABLED on AssetsBucket'))
    // @actions/core encodes ':' in properties as %3A.
    expect(guard).toMatch(
      /^::error title=image-gate%3A S3_BUCKET_SSE_ENABLED on AssetsBucket \(MyOrg%3A%3AGuard%3A%3AStorageRules\)::/
    )
    expect(guard).toContain('%0ARemediation: Add BucketEncryption')
    expect(lines.filter((l) => l.startsWith('::warning title=image-gate%3A instance-size-budget'))).toHaveLength(1)
    expect(lines.filter((l) => /^::error title=image-gate%3A .* on (AssetsBucket|JobsQueue)/.test(l))).toHaveLength(5)
  })
})

describe('the policy on failed rules', () => {
  const policy = (extra: string) => `version: 1\nhooks:\n${extra}`

  it('acts on severity levels: LOW passes, MEDIUM warns, HIGH and CRITICAL fail; a rule without a level keeps the hook verdict', async () => {
    const r = await suite.run(GUARD, { policy: policy('  severity: { fail: [HIGH, CRITICAL], warn: [MEDIUM] }\n') })
    expect(r.verdict).toBe('fail')
    const report = JSON.parse(readFileSync(r.out['report-path'] as string, 'utf8')) as {
      findings: { item: string; rules?: { name: string; severity: string; decidedBy: string }[] }[]
    }
    const rules = report.findings.flatMap((f) => f.rules ?? []).map((x) => [x.name, x.severity, x.decidedBy])
    expect(rules).toEqual(
      expect.arrayContaining([
        ['S3_BUCKET_PUBLIC_ACCESS_BLOCKED', 'fail', 'hooks.severity.fail'],
        ['S3_BUCKET_LOGGING_ENABLED', 'pass', 'hooks.severity'],
        ['SQS_QUEUE_ENCRYPTED', 'warn', 'hooks.severity.warn'],
        ['SQS_QUEUE_DLQ', 'fail', 'hooks.failure-mode-fail'],
        ['instance-size-budget', 'pass', 'hooks.severity']
      ])
    )
    expect(r.md).toContain('LOW is in neither hooks.severity.fail nor hooks.severity.warn')
  })

  it('passes a gate whose only failures are rules it ignores until a date, and names the reason', async () => {
    const ignores =
      '  severity: { fail: [HIGH, CRITICAL], warn: [MEDIUM] }\n  ignore-rules:\n' +
      '    - { rule: "S3_BUCKET_*", until: "2099-12-31", reason: "bucket hardening in TICKET-7" }\n' +
      '    - { rule: SQS_QUEUE_DLQ, type-name: "MyOrg::Guard::*", until: "2099-12-31", reason: "DLQ next sprint" }\n'
    const r = await suite.run(GUARD, { policy: policy(ignores) })
    expect(r.verdict).toBe('warn')
    expect(r.md).toContain('ignored until 2099-12-31: bucket hardening in TICKET-7')
    expect(r.out['failed-count']).toBe('0')
  })

  it('counts an ignored rule again from the day after its date', async () => {
    const ignores = '  ignore-rules:\n    - { rule: "*", until: "2020-01-01", reason: "old exception" }\n'
    const r = await suite.run(GUARD, { policy: policy(ignores) })
    expect(r.verdict).toBe('fail')
    expect(r.md).toContain('hooks.ignore-rules&#91;0&#93; ended on 2020-01-01')
  })

  it('lets a hook type rule (on-failure) win over severity levels', async () => {
    const rules =
      '  severity: { fail: [INFORMATIONAL] }\n  rules:\n    - { type-name: "MyOrg::Cost::*", on-failure: warn }\n'
    const r = await suite.run(GUARD, { policy: policy(rules) })
    const report = JSON.parse(readFileSync(r.out['report-path'] as string, 'utf8')) as {
      findings: { rules?: { name: string; severity: string; decidedBy: string }[] }[]
    }
    const cost = report.findings.flatMap((f) => f.rules ?? []).find((x) => x.name === 'instance-size-budget')
    expect(cost).toMatchObject({ severity: 'warn', decidedBy: 'hooks.rules[0].on-failure' })
  })
})

describe('missing permissions for the detail', () => {
  it('keeps the verdict and says in one line that cloudformation:GetHookResult would show the rules', async () => {
    const r = await runFile('hooks-detail-denied.yml', 'pr-9/2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a')
    expect(r.verdict).toBe('fail')
    expect(r.md).toContain(
      'ℹ️ The failed rules of 1 hook result are not shown: the role lacks cloudformation:GetHookResult (grant it to ' +
        'show them). The verdict does not depend on them.'
    )
    expect(r.md).not.toContain('### Failed rules')
    // Refused once, asked once: later polls do not ask again.
    expect(r.calls.filter((c) => c.operation === 'GetHookResult')).toHaveLength(1)
  })

  it('names kms:Decrypt on the key when the annotations are encrypted with a key the role cannot use', async () => {
    const r = await runFile('hooks-kms-denied.yml', 'pr-10/3e4f5a6b-7c8d-4e9f-8a0b-1c2d3e4f5a6b')
    expect(r.verdict).toBe('fail')
    expect(r.md).toContain(
      'the role lacks kms:Decrypt on arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab'
    )
  })

  it('shows a failed hook without rules as before when GetHookResult fails for another reason', async () => {
    const faulty = `${GUARD}\nfaults:\n  - { operation: GetHookResult, error: ValidationError, times: 100 }\n`
    const r = await suite.run(faulty, {})
    expect(r.verdict).toBe('fail')
    expect(r.md).toContain('are not shown: GetHookResult failed (ValidationError: Injected ValidationError')
  })
})

const TEMPLATE = 'scenarios/templates/web-service.yml'

describe('findings on template lines', () => {
  const lineOf = (id: string) => readFileSync(TEMPLATE, 'utf8').split('\n').indexOf(`  ${id}:`) + 1

  it('writes SARIF 2.1.0 that validates, one result per failed rule on its resource line', async () => {
    const sarifPath = join(mkdtempSync(join(tmpdir(), 'image-gate-sarif-')), 'out', 'gate.sarif')
    const r = await suite.run(GUARD, { template: TEMPLATE, 'sarif-path': sarifPath })
    expect(r.out['sarif-path']).toBe(sarifPath)
    const log = JSON.parse(readFileSync(sarifPath, 'utf8')) as Log
    expect(sarifValidator()(log)).toBe(true)
    const results = log.runs[0]?.results ?? []
    const placed = results.map((x) => [
      x.ruleId,
      x.level,
      x.locations?.[0]?.physicalLocation?.artifactLocation?.uri,
      x.locations?.[0]?.physicalLocation?.region?.startLine
    ])
    expect(placed).toEqual(
      expect.arrayContaining([
        ['MyOrg::Guard::StorageRules/S3_BUCKET_PUBLIC_ACCESS_BLOCKED', 'error', TEMPLATE, lineOf('AssetsBucket')],
        ['MyOrg::Guard::StorageRules/SQS_QUEUE_ENCRYPTED', 'error', TEMPLATE, lineOf('JobsQueue')],
        ['MyOrg::Cost::InstanceSize/instance-size-budget', 'warning', TEMPLATE, lineOf('BuildHost')]
      ])
    )
    expect(results).toHaveLength(6)
    const rules = log.runs[0]?.tool.driver.rules ?? []
    const sse = rules.find((x) => x.id === 'MyOrg::Guard::StorageRules/S3_BUCKET_SSE_ENABLED')
    // The rule's javascript: link is no help link; the message keeps it as text.
    expect(sse?.helpUri).toBeUndefined()
    expect(rules.find((x) => x.name === 'S3_BUCKET_PUBLIC_ACCESS_BLOCKED')).toMatchObject({
      properties: { 'security-severity': '9.5' }
    })
  })

  it('puts the step annotations on the template lines too', async () => {
    const log = captureLog()
    await suite.run(GUARD, { template: TEMPLATE })
    const line = log
      .join('')
      .split('\n')
      .find((l) => l.includes('S3_BUCKET_SSE_ENABLED on AssetsBucket'))
    expect(line).toMatch(
      new RegExp(`^::error title=.*,file=scenarios/templates/web-service.yml,line=${lineOf('AssetsBucket')},col=3::`)
    )
  })
})

describe('early validation of a change set', () => {
  const EARLY = readFileSync('scenarios/hooks-early-validation.yml', 'utf8')
  const PR8 = 'arn:aws:cloudformation:us-east-1:123456789012:changeSet/pr-8/1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f'

  it('fails the gate with each failed validation, its message and its resource; a WARN-mode one warns', async () => {
    const r = await suite.run(EARLY, { 'change-set-arn': PR8 })
    expect(r.verdict).toBe('fail')
    const report = JSON.parse(readFileSync(r.out['report-path'] as string, 'utf8')) as {
      findings: { item: string; rule: string; severity: string; message: string; resource?: { path?: string } }[]
    }
    const validations = report.findings.filter((f) => f.rule.includes('early-validation'))
    expect(validations.map((f) => [f.item, f.severity, f.resource?.path]).sort()).toEqual([
      [
        'AWS::EarlyValidation::PropertyValidation on JobsQueue',
        'fail',
        '/Resources/JobsQueue/Properties/VisibilityTimeout'
      ],
      [
        'AWS::EarlyValidation::ResourceExistenceCheck on AssetsBucket',
        'fail',
        '/Resources/AssetsBucket/Properties/BucketName'
      ],
      ['AWS::EarlyValidation::S3BucketEmptinessCheck on OldLogsBucket', 'warn', '/Resources/OldLogsBucket']
    ])
    expect(r.md).toContain(
      'Resource of type &#39;AWS::S3::Bucket&#39; with identifier &#39;web-service-assets&#39; already exists.'
    )
    expect(r.md).toContain('expected maximum value: 43200, found: 90000 &#60;script&#62;x&#60;/script&#62;')
    expect(r.calls.filter((c) => c.operation === 'DescribeEvents')).toHaveLength(1)
    expect(r.calls.find((c) => c.operation === 'DescribeEvents')?.params).toMatchObject({
      ChangeSetName: PR8,
      'Filters.FailedEvents': 'true'
    })
  })

  it('points each validation at the line of its template path', async () => {
    const sarifPath = join(mkdtempSync(join(tmpdir(), 'image-gate-sarif-')), 'gate.sarif')
    await suite.run(EARLY, { 'change-set-arn': PR8, template: TEMPLATE, 'sarif-path': sarifPath })
    const log = JSON.parse(readFileSync(sarifPath, 'utf8')) as Log
    expect(sarifValidator()(log)).toBe(true)
    const text = readFileSync(TEMPLATE, 'utf8').split('\n')
    const placed = (log.runs[0]?.results ?? []).map((x) => {
      const line = x.locations?.[0]?.physicalLocation?.region?.startLine ?? 0
      return [x.ruleId, text[line - 1]?.trim()]
    })
    expect(placed).toEqual(
      expect.arrayContaining([
        ['early validation/AWS::EarlyValidation::ResourceExistenceCheck', 'BucketName: web-service-assets'],
        ['early validation/AWS::EarlyValidation::PropertyValidation', 'VisibilityTimeout: 90000'],
        ['early validation/AWS::EarlyValidation::S3BucketEmptinessCheck', 'OldLogsBucket:']
      ])
    )
  })

  it('can warn instead, by policy', async () => {
    const r = await suite.run(EARLY, {
      'change-set-arn': PR8,
      policy: 'version: 1\nhooks:\n  early-validation: warn\n'
    })
    expect(r.verdict).toBe('warn')
  })

  it("still fails from the change set's reason when DescribeEvents is denied, and names the permission", async () => {
    const r = await suite.run(`denied: [cloudformation:DescribeEvents]\n${EARLY}`, { 'change-set-arn': PR8 })
    expect(r.verdict).toBe('fail')
    expect(r.md).toContain('the role lacks cloudformation:DescribeEvents (grant it to show them)')
    expect(r.md).toContain('AWS::EarlyValidation::PropertyValidation')
  })

  it('reads the validation of a change set without failures once, and finds nothing', async () => {
    const r = await runFile('demo-hooks.yml', 'pr-42/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0')
    expect(r.calls.filter((c) => c.operation === 'DescribeEvents')).toHaveLength(1)
    expect(r.md).not.toContain('EarlyValidation')
  })
})

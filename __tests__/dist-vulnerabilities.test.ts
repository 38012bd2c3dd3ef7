/**
 * Vulnerability findings in SARIF through the bundle (`node dist/index.js`) against the simulator on sped-up
 * time: a result per scan finding a threshold counted, valid against the SARIF 2.1.0 schema.
 */
import { describe, expect, it, jest } from '@jest/globals'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Log } from 'sarif'
import { readScenarioFile } from '../scripts/scenario-file.js'
import { bundleSuite } from './bundle.js'
import { sarifValidator } from './sarif-schema.js'

// Each case starts dist/index.js as a process: the default 10 s is too short on a busy 2-core machine.
jest.setTimeout(60_000)

const bundle = bundleSuite()
const CRITICAL = 'arn:aws:imagebuilder:us-east-1:123456789012:image/web-ami/1.6.0/1'
const TEMPLATE = 'scenarios/templates/web-ami-pipeline.yml'

async function gate(inputs: Record<string, string>) {
  const sarifPath = join(mkdtempSync(join(tmpdir(), 'image-gate-sarif-')), 'gate.sarif')
  const { scenario } = readScenarioFile('scenarios/scan-critical.yml')
  const r = await bundle(scenario, {
    'image-build-version-arn': CRITICAL,
    template: TEMPLATE,
    'sarif-path': sarifPath,
    ...inputs
  })
  return { ...r, log: JSON.parse(readFileSync(sarifPath, 'utf8')) as Log }
}

describe('vulnerability findings in SARIF, through dist/index.js', () => {
  it('writes a result per CVE a threshold counted: its level, package and fixed-in version, its record', async () => {
    const r = await gate({})
    expect(r.out.verdict).toBe('fail')
    expect(sarifValidator()(r.log)).toBe(true)
    const run = r.log.runs[0]
    const results = run?.results ?? []
    expect(results.map((x) => [x.ruleId, x.level])).toEqual([
      ['CVE-2026-31001', 'error'],
      ['CVE-2026-31003', 'warning']
    ])
    expect(results[0]?.message.text).toBe(
      'web-ami 1.6.0/1: CVE-2026-31001 (CRITICAL, score 9.8) in openssl-libs 3.0.8-1.amzn2023 ' +
        '(fixed in 3.0.8-1.amzn2023.0.9)\nFix available: YES. Counted by vulnerabilities.fail-on[0].'
    )
    expect(results[0]?.locations?.[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: TEMPLATE },
      region: { startLine: 1, startColumn: 1 }
    })
    expect(run?.tool.driver.rules?.[0]).toMatchObject({
      id: 'CVE-2026-31001',
      helpUri: 'https://nvd.nist.gov/vuln/detail/CVE-2026-31001',
      defaultConfiguration: { level: 'error' },
      properties: { 'security-severity': '9.5', tags: ['security'] }
    })
    // The same CVE makes the same alert on the next run.
    const again = await gate({})
    expect(again.log.runs[0]?.results?.map((x) => x.partialFingerprints)).toEqual(
      results.map((x) => x.partialFingerprints)
    )
  })

  it('writes each CVE once however many thresholds count it, and none for an allow-listed one', async () => {
    const policy = [
      'version: 1',
      'vulnerabilities:',
      '  fail-on: [{ severity: CRITICAL }]',
      '  warn-on: [{ severity: CRITICAL, fix-available: [YES] }, { severity: "*", min-score: 5 }]',
      '  allow:',
      '    - { id: CVE-2026-31002, until: 2999-12-31, reason: "No fix upstream yet (SEC-51)" }'
    ].join('\n')
    const r = await gate({ policy })
    expect(sarifValidator()(r.log)).toBe(true)
    expect((r.log.runs[0]?.results ?? []).map((x) => [x.ruleId, x.level])).toEqual([
      ['CVE-2026-31001', 'error'],
      ['CVE-2026-31003', 'warning'],
      ['CVE-2026-31004', 'warning']
    ])
    const partial = r.log.runs[0]?.results?.[2]?.message.text
    expect(partial).toContain('in python3 3.9.16-1 (fixed in 3.9.18-1), python3-libs 3.9.16-1 (no fixed version)')
  })
})

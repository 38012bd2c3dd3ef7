/** The SARIF log against the official SARIF 2.1.0 JSON Schema. */
import { describe, expect, it } from '@jest/globals'
import { webAddress } from '../../src/report/escape.js'
import { sarifLog, type SarifEntry } from '../../src/report/sarif.js'
import { sarifValidator } from '../sarif-schema.js'

const ENTRY: SarifEntry = {
  ruleId: 'MyOrg::Guard::StorageRules/S3_BUCKET_SSE_ENABLED',
  ruleName: 'S3_BUCKET_SSE_ENABLED',
  description: 'Guard rule S3_BUCKET_SSE_ENABLED of hook MyOrg::Guard::StorageRules',
  helpUri: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucket-encryption.html',
  level: 'error',
  message: 'BucketEncryption is not set',
  severityLevel: 'HIGH',
  position: { line: 5, column: 3 },
  identity: 'change set pr-7|AssetsBucket|S3_BUCKET_SSE_ENABLED'
}

describe('sarifLog', () => {
  const validate = sarifValidator()

  it('validates against the SARIF 2.1.0 schema, with one rule per rule id and results on template lines', () => {
    const log = sarifLog(
      [
        ENTRY,
        { ...ENTRY, level: 'warning', position: { line: 9, column: 3 }, identity: 'other' },
        {
          ...ENTRY,
          ruleId: 'hooks.required',
          ruleName: 'hooks.required',
          severityLevel: undefined,
          helpUri: undefined,
          position: undefined,
          identity: 'x'
        }
      ],
      'infra/web-service.yml'
    )
    expect(validate(log)).toBe(true)
    const run = log.runs[0]
    expect(run?.tool.driver.rules?.map((r) => r.id)).toEqual([
      'MyOrg::Guard::StorageRules/S3_BUCKET_SSE_ENABLED',
      'hooks.required'
    ])
    expect(run?.tool.driver.rules?.[0]).toMatchObject({
      helpUri: ENTRY.helpUri,
      properties: { 'security-severity': '8.0', tags: ['security'] }
    })
    expect(
      run?.results?.map((r) => [r.ruleIndex, r.level, r.locations?.[0]?.physicalLocation?.region?.startLine])
    ).toEqual([
      [0, 'error', 5],
      [0, 'warning', 9],
      [1, 'error', 1]
    ])
    expect(run?.results?.[0]?.locations?.[0]?.physicalLocation?.artifactLocation?.uri).toBe('infra/web-service.yml')
    expect(run?.results?.[0]?.partialFingerprints?.['imageGateFinding/v1']).toMatch(/^[0-9a-f]{32}$/)
  })

  it('never makes a link of anything but http(s), and stays valid with hostile text', () => {
    const hostile = {
      ...ENTRY,
      helpUri: 'javascript:alert(1)',
      message: '<script>alert(1)</script> [x](javascript:alert(1)) @org/team',
      ruleName: '"quoted" <b>'
    }
    const log = sarifLog([hostile], 'template.json')
    expect(validate(log)).toBe(true)
    expect(log.runs[0]?.tool.driver.rules?.[0]?.helpUri).toBeUndefined()
    expect(log.runs[0]?.results?.[0]?.message.text).toBe(hostile.message)
  })

  it('is refused by the schema when it breaks the format (the validator can fail)', () => {
    const log = sarifLog([ENTRY], 'template.yml') as unknown as {
      version: string
      runs: { results: { level: string }[] }[]
    }
    log.version = '2.0.0'
    expect(validate(log)).toBe(false)
  })

  it('keeps only http and https links', () => {
    expect(webAddress('https://example.com/a b')).toBe('https://example.com/a%20b')
    expect(webAddress('http://wiki.example.com/x')).toBe('http://wiki.example.com/x')
    for (const bad of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,<script>',
      'vbscript:x',
      '//evil.example.com',
      'not a url',
      '',
      undefined
    ])
      expect(webAddress(bad)).toBeUndefined()
  })
})

/** Vulnerability findings under thresholds and an allow-list with expiry dates. */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import type { ImageScan, ScanFinding } from '../../src/core/scan.js'
import { DEFAULT_POLICY, type VulnerabilityRules } from '../../src/policy/types.js'
import { loadPolicy } from '../../src/policy/load.js'
import { PolicyError } from '../../src/policy/problems.js'
import { vulnerabilityFindings } from '../../src/policy/vulnerabilities.js'

const NOW = Date.parse('2026-12-01T12:00:00Z')
/** A finding of one package; `fixedIn` only where a fix exists. */
const vuln = (id: string, severity: string, fixAvailable: string, score: number, pkg: string, fixedIn?: string) => {
  const [name = '', version] = pkg.split('@')
  return { id, severity, fixAvailable, score, packages: [{ name, version, fixedInVersion: fixedIn }] } as ScanFinding
}
const critical = vuln('CVE-2026-31001', 'CRITICAL', 'YES', 9.8, 'openssl-libs@3.0.8-1', '3.0.9-1')
const criticalNoFix = vuln('CVE-2026-31002', 'CRITICAL', 'NO', 9.1, 'glibc@2.34-52')
const high = vuln('CVE-2026-31003', 'HIGH', 'YES', 7.5, 'curl@8.3.0-1', '8.5.0-1')
const low = vuln('CVE-2026-31005', 'LOW', 'NO', 3.3, 'less@608-2')

const completed = (findings: ScanFinding[]): ImageScan => ({ enabled: true, status: 'COMPLETED', findings })
const judge = (scan: ImageScan | undefined, rules: Partial<VulnerabilityRules> = {}, now = NOW) =>
  vulnerabilityFindings('web-ami 1.6.0/1', scan, { ...DEFAULT_POLICY.vulnerabilities, ...rules }, now).map((f) => [
    f.severity,
    f.rule,
    f.message
  ])

describe('default rules: fail on CRITICAL with a fix, warn on HIGH', () => {
  it('fails a build with a CRITICAL finding that has a fix, naming the package and the fixed-in version', () => {
    expect(judge(completed([criticalNoFix, low, critical, high]))).toEqual([
      [
        'fail',
        'vulnerabilities.fail-on[0]',
        '1 CRITICAL finding with a fix available (YES/PARTIAL): CVE-2026-31001 in openssl-libs 3.0.8-1 (fixed in 3.0.9-1)'
      ],
      ['warn', 'vulnerabilities.warn-on[0]', '1 HIGH finding: CVE-2026-31003 in curl 8.3.0-1 (fixed in 8.5.0-1)']
    ])
  })

  it('passes a CRITICAL finding without a fix, and says what it counted', () => {
    expect(judge(completed([criticalNoFix, low]))).toEqual([
      ['pass', 'vulnerabilities', '2 findings (1 CRITICAL, 1 LOW), none over the thresholds']
    ])
    expect(judge(completed([]))).toEqual([['pass', 'vulnerabilities', 'no findings']])
  })

  it('takes severities and fix availability in any case, and names five findings before counting the rest', () => {
    const many = Array.from({ length: 7 }, (_, i) => ({
      ...critical,
      id: `CVE-2026-4000${i}`,
      severity: 'critical',
      fixAvailable: 'Partial'
    }))
    const [first] = judge(completed(many))
    expect(first?.[0]).toBe('fail')
    expect(first?.[2]).toMatch(/^7 CRITICAL findings.*CVE-2026-40004 in openssl-libs.*, and 2 more$/)
  })
})

describe('allow-list', () => {
  const allow = [
    { id: 'CVE-2026-31001', until: '2026-12-31', reason: 'Fixed package not in the base image yet (SEC-42)' }
  ]

  it('lets an allowed CVE within its expiry pass, with its reason', () => {
    expect(judge(completed([critical]), { allow })).toEqual([
      [
        'pass',
        'vulnerabilities.allow[0]',
        'CVE-2026-31001 in openssl-libs 3.0.8-1 (fixed in 3.0.9-1) (CRITICAL) is allowed until 2026-12-31: Fixed package not in the base image yet (SEC-42)'
      ],
      ['pass', 'vulnerabilities', 'no findings']
    ])
  })

  it('applies through the last day, and from the next day stops applying and says so', () => {
    expect(judge(completed([critical]), { allow }, Date.parse('2026-12-31T23:59:59Z'))[0]?.[0]).toBe('pass')
    expect(judge(completed([critical]), { allow }, Date.parse('2027-01-01T00:00:00Z'))).toEqual([
      [
        'warn',
        'vulnerabilities.allow[0]',
        'the allow-list entry for CVE-2026-31001 expired on 2026-12-31 (Fixed package not in the base image yet (SEC-42)): the finding counts again'
      ],
      ['fail', 'vulnerabilities.fail-on[0]', expect.stringContaining('CVE-2026-31001')]
    ])
  })
})

describe('scan states', () => {
  it.each(['PENDING', 'SCANNING', 'COLLECTING', undefined])(
    'a scan %s is not finished and not judged clean',
    (status) => {
      expect(judge({ enabled: true, status, findings: [] })).toEqual([
        ['fail', 'vulnerabilities.scan-incomplete', expect.stringContaining('has not finished')]
      ])
    }
  )

  it.each(['ABANDONED', 'FAILED', 'TIMED_OUT'])('a scan that ended %s is not a clean scan', (status) => {
    expect(judge({ enabled: true, status, reason: 'Inspector did not answer' })).toEqual([
      [
        'fail',
        'vulnerabilities.scan-incomplete',
        `the vulnerability scan ended ${status}: Inspector did not answer: it is not a clean scan`
      ]
    ])
    expect(judge({ enabled: true, status }, { scanIncomplete: 'warn' })[0]?.[0]).toBe('warn')
  })

  it('judges nothing when scanning is off, unless the policy asks for a scan', () => {
    expect(judge({ enabled: false })).toEqual([])
    expect(judge(undefined)).toEqual([])
    expect(judge(undefined, { scanOff: 'fail' })).toEqual([
      ['fail', 'vulnerabilities.scan-off', 'vulnerability scanning is off for this build']
    ])
  })
})

describe('thresholds', () => {
  it('tolerates up to more-than, and matches by minimum score and any severity', () => {
    const rules = { failOn: [{ severity: ['*'], minScore: 9, moreThan: 1 }], warnOn: [] }
    expect(judge(completed([critical]), rules)[0]?.[0]).toBe('pass')
    expect(judge(completed([critical, criticalNoFix, high]), rules)).toEqual([
      [
        'fail',
        'vulnerabilities.fail-on[0]',
        expect.stringMatching(
          /^2 findings scoring 9 or more \(more than 1\): CVE-2026-31001 .*, CVE-2026-31002 in glibc 2.34-52$/
        )
      ]
    ])
  })

  it('never passes a completed scan that has a finding a fail rule matches, whatever else it holds', () => {
    const severities = fc.constantFrom('CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNTRIAGED', 'critical', 'Something new')
    const findings = fc.array(
      fc.record({
        id: fc.string({ minLength: 1, maxLength: 12 }),
        severity: severities,
        fixAvailable: fc.constantFrom('YES', 'NO', 'PARTIAL', 'yes'),
        packages: fc.constant([] as ScanFinding['packages'])
      }),
      { maxLength: 30 }
    )
    fc.assert(
      fc.property(findings, (list) => {
        const failing = list.some(
          (f) => f.severity.toUpperCase() === 'CRITICAL' && f.fixAvailable.toUpperCase() !== 'NO'
        )
        const verdicts = judge(completed(list)).map(([s]) => s)
        expect(verdicts.includes('fail')).toBe(failing)
      })
    )
  })
})

describe('the vulnerabilities section of a policy file', () => {
  it('reads thresholds, shortcuts and the allow-list', () => {
    const policy = loadPolicy(
      [
        'version: 1',
        'vulnerabilities:',
        '  fail-on: [{ severity: CRITICAL, fix-available: true }, { severity: [HIGH], min-score: 9, more-than: 2 }]',
        '  warn-on: [{ severity: "*", fix-available: false }]',
        '  allow: [{ id: CVE-2026-31001, until: 2026-12-31, reason: "SEC-42" }]',
        '  scan-incomplete: warn',
        '  scan-off: fail'
      ].join('\n'),
      'inline policy'
    )
    expect(policy.vulnerabilities).toEqual({
      failOn: [
        { severity: ['CRITICAL'], fixAvailable: ['YES', 'PARTIAL'], minScore: undefined, moreThan: 0 },
        { severity: ['HIGH'], fixAvailable: undefined, minScore: 9, moreThan: 2 }
      ],
      warnOn: [{ severity: ['*'], fixAvailable: ['NO'], minScore: undefined, moreThan: 0 }],
      allow: [{ id: 'CVE-2026-31001', until: '2026-12-31', reason: 'SEC-42' }],
      scanIncomplete: 'warn',
      scanOff: 'fail'
    })
  })

  it.each([
    [
      'a date that is no date',
      'allow: [{ id: CVE-1, until: 2026-02-30, reason: x }]',
      'inline policy:3:31: vulnerabilities.allow[0].until: not a calendar date'
    ],
    ['an entry without a reason', 'allow: [{ id: CVE-1, until: 2026-02-03 }]', 'vulnerabilities.allow[0].reason'],
    ['a month that is none', 'allow: [{ id: CVE-1, until: 2026-13-01, reason: x }]', 'not a calendar date'],
    ['a mistyped key', 'fail-onn: []', 'vulnerabilities.fail-onn: unknown key; did you mean "fail-on"?']
  ])('refuses %s, with its place', (_name, line, message) => {
    const text = `version: 1\nvulnerabilities:\n  ${line}\n`
    expect(() => loadPolicy(text, 'inline policy')).toThrow(PolicyError)
    expect(() => loadPolicy(text, 'inline policy')).toThrow(message)
  })
})

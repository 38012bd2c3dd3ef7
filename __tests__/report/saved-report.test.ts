/** The JSON report read back: what a run wrote comes back whole; anything else is refused, saying why. */
import { describe, expect, it } from '@jest/globals'
import type { RunRecord } from '../../src/core/run-record.js'
import { jsonReport } from '../../src/report/record.js'
import { REPORT_VERSION } from '../../src/report/record.js'
import { parseSavedReport } from '../../src/report/saved-report.js'

const record: RunRecord = {
  evaluation: {
    verdict: 'fail',
    reason: '1 item(s) failed the policy',
    findings: [{ target: 'web 1.0.0/1', item: 'TEST workflow wf-1', rule: 'r', severity: 'fail', message: 'm' }]
  },
  results: [
    {
      key: 'arn:aws:imagebuilder:us-east-1:123456789012:image/web/1.0.0/1',
      label: 'web 1.0.0/1',
      outcome: 'settled',
      snapshot: {
        kind: 'image-build',
        arn: 'arn:aws:imagebuilder:us-east-1:123456789012:image/web/1.0.0/1',
        region: 'us-east-1',
        label: 'web 1.0.0/1',
        imageStatus: 'FAILED',
        executions: [
          {
            id: 'wf-1',
            type: 'TEST',
            status: 'FAILED',
            totalSteps: 3,
            succeededSteps: 1,
            failedSteps: 1,
            skippedSteps: 1
          }
        ]
      },
      polls: 3,
      startedAt: 1000,
      endedAt: 5000
    }
  ],
  lifecycle: [],
  lifecycleStatus: 'none',
  dryRun: false,
  policySource: 'policy.yml',
  startedAt: 1000,
  finishedAt: 5000
}

const written = (): Record<string, unknown> => JSON.parse(JSON.stringify(jsonReport(record)))
const read = (data: unknown) => parseSavedReport(JSON.stringify(data), 'r.json')

describe('parseSavedReport', () => {
  it('gives back what the run judged: verdict, findings, each target with its observation', () => {
    const report = read(written())
    expect(report.version).toBe(REPORT_VERSION)
    expect(report.verdict).toBe('fail')
    expect(report.results).toEqual(record.results)
    expect(report.findings).toEqual(record.evaluation.findings)
  })

  it('keeps observation fields it does not know, for the policy of a later release', () => {
    const data = written()
    const targets = data.targets as { snapshot: Record<string, unknown> }[]
    ;(targets[0] as { snapshot: Record<string, unknown> }).snapshot.scan = { enabled: true, status: 'COMPLETED' }
    expect(read(data).results[0]?.snapshot).toMatchObject({ scan: { enabled: true, status: 'COMPLETED' } })
  })

  it.each([
    ['not JSON', '{', 'r.json: not JSON'],
    ['another file', { name: 'x' }, 'not an image-gate JSON report'],
    ['a report without its format', { ...written(), format: undefined }, 'not an image-gate JSON report'],
    ['an array', [1], 'not an image-gate JSON report'],
    ['a newer format', { ...written(), version: REPORT_VERSION + 1 }, `report version ${REPORT_VERSION + 1}`],
    ['a cleanup report', { ...written(), mode: 'cleanup' }, 'a cleanup report; it has no targets to judge'],
    [
      'a broken observation',
      { ...written(), targets: [{ ...(written().targets as object[])[0], snapshot: { kind: 'image-build' } }] },
      'targets[0].snapshot.arn'
    ],
    ['an unknown verdict', { ...written(), verdict: 'maybe' }, 'verdict']
  ])('refuses %s', (_, data, message) => {
    expect(() => (typeof data === 'string' ? parseSavedReport(data, 'r.json') : read(data))).toThrow(message)
  })
})

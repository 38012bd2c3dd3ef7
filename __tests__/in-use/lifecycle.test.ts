/**
 * The in-use check in the gate's lifecycle mode, through the bundle: a passing build disables its previous
 * versions, except those still in use, and the summary names what keeps each.
 */
import { expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { callsOf, runBundle, startSim } from '../integrity/bundle.js'

const ARN = (build: number) => `arn:aws:imagebuilder:us-east-1:123456789012:image/web-ami/1.0.0/${build}`

const WORKFLOWS = ['BUILD', 'TEST', 'DISTRIBUTION']
  .map((type) => `{ type: ${type}, timeline: [{ at: 0s, status: COMPLETED }] }`)
  .join(', ')

it('previous-versions keeps every previous build in use and disables only the others', async () => {
  const scenario = readFileSync('scenarios/in-use.yml', 'utf8')
    .replace('usageReportDelay: 2m', 'usageReportDelay: 3s')
    .replace('duration: 1m', 'duration: 2s')
    // 1.0.0/9 built, tested and distributed by workflows the gate judges.
    .replace('version: 1.0.0/9, age: 10d,', `version: 1.0.0/9, age: 10d, workflows: [${WORKFLOWS}],`)
  const sim = await startSim(scenario)
  try {
    const r = await runBundle(
      sim,
      {
        'aws-region': 'us-east-1',
        'image-build-version-arn': ARN(9),
        policy: 'version: 1\nlifecycle: { on-pass: { state: DISABLED, target: previous-versions, keep: 0 } }\n'
      },
      { limitMs: 60_000 }
    )
    expect(r.out.verdict).toBe('pass')
    expect(callsOf(r, 'StartResourceStateUpdate').map((c) => c.params.resourceArn)).toEqual([ARN(7)])
    for (const reason of [
      'in use: launch template lt-0000000000000b001 (web) version 1 (default) in eu-west-1',
      'in use: Auto Scaling group web-asg (launch configuration web-lc) in us-east-1',
      'in use: account 444455556666: 2 instances in eu-west-1',
      'In use, as this run counted it'
    ])
      expect(r.summary).toContain(reason)
  } finally {
    await sim.stop()
  }
}, 90_000)

/**
 * The in-use check against answers that cannot all be right, through the bundle: an item listed twice counts
 * once, an answer about an AMI that was not asked about fails the region's check (the build is kept, unchecked),
 * and a launch template version an Auto Scaling group launches that the listing left out is read by itself.
 */
import { expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { runBundle, startSim } from '../integrity/bundle.js'

const POLICY = 'version: 1\ncleanup: { images: [web-ami], state: DISABLED, keep: 2, older-than: 30d }\n'

async function cleanup(file: string, faults: string, policy = POLICY) {
  const yaml = readFileSync(file, 'utf8').replace('usageReportDelay: 2m', 'usageReportDelay: 2s')
  const sim = await startSim(`${yaml.replace('duration: 1m', 'duration: 2s')}faults: [${faults}]\n`)
  try {
    const r = await runBundle(sim, { mode: 'cleanup', 'aws-region': 'us-east-1', policy }, { limitMs: 60_000 })
    const started = r.calls.filter((c) => c.operation === 'StartResourceStateUpdate').map((c) => c.params.resourceArn)
    return { ...r, started: (started as string[]).map((a) => a.replace(/^.*\/web-ami\//, '')).sort() }
  } finally {
    await sim.stop()
  }
}

it('counts a reference, a group or a usage entry listed twice once', async () => {
  const r = await cleanup(
    'scenarios/in-use.yml',
    ['DescribeImageReferences', 'DescribeImageUsageReportEntries', 'DescribeAutoScalingGroups']
      .map((operation) => `{ operation: ${operation}, kind: duplicate-item, times: 1000 }`)
      .join(', ')
  )
  expect(r.code).toBe(0)
  expect(r.calls.filter((c) => c.error === 'duplicate-item').length).toBeGreaterThanOrEqual(3)
  expect(r.started).toEqual(['1.0.0/7'])
  expect(r.summary).toContain('in use: 3 instances, 1 stopped in us-east-1')
  expect(r.summary).toContain('in use: account 444455556666: 2 instances in eu-west-1')
}, 90_000)

it('keeps every build of a region whose references are about AMIs it did not ask about', async () => {
  const r = await cleanup(
    'scenarios/in-use.yml',
    '{ operation: DescribeImageReferences, kind: foreign-target, times: 1000 }',
    `${POLICY}in-use: { other-accounts: false }\n`
  )
  expect(r.code).toBe(0)
  // 1.0.0/3 (an SSM parameter) and 1.0.0/5 (instances) are used only by what DescribeImageReferences names.
  expect(r.started).toEqual([])
  expect(r.summary).toMatch(
    /not checked for use: ec2:DescribeImageReferences answered about ami-\w+-other, which was not asked about in us-east-1/
  )
}, 90_000)

it('reads a version a group launches by itself when the template listing leaves it out', async () => {
  // The $Default/$Latest listing loses its first item: template "latest" (its version 2 is both), which group
  // latest-by-name launches (1.0.0/4).
  const r = await cleanup(
    'scenarios/in-use-launchers.yml',
    '{ operation: DescribeLaunchTemplateVersions, kind: vanish, times: 1 }',
    'version: 1\ncleanup: { images: [web-ami], state: DISABLED, keep: 1, older-than: 30d }\n' +
      'in-use: { launch-template-versions: default, other-accounts: false }\n'
  )
  expect(r.code).toBe(0)
  expect(r.calls.filter((c) => c.error === 'vanish')).toHaveLength(1)
  expect(r.started).toEqual(['1.0.0/5', '1.0.0/6'])
  for (const reason of [
    'Auto Scaling group pinned-by-name (launch template lt-0000000000000c001 version 1) in us-east-1',
    'Auto Scaling group mixed-pinned-by-id (launch template lt-0000000000000c001 version 2) in us-east-1',
    'Auto Scaling group override-template (override c7i.large: launch template lt-0000000000000c002 version 1)',
    'Auto Scaling group latest-by-name (launch template lt-0000000000000c003 version 2) in us-east-1'
  ])
    expect(r.summary).toContain(reason)
}, 90_000)

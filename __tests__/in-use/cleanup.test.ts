/**
 * The in-use check through the bundle (dist/index.js) against the simulator: a cleanup to DISABLED retires only
 * builds nothing references, names every reference of the ones it keeps, and keeps a build it could not check.
 */
import { expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { runBundle, startSim } from '../integrity/bundle.js'

const ARN = (build: number) => `arn:aws:imagebuilder:us-east-1:123456789012:image/web-ami/1.0.0/${build}`

/** A scenario file with its usage reports and lifecycle executions finishing in seconds. */
const quick = (file: string) =>
  readFileSync(file, 'utf8')
    .replace('usageReportDelay: 2m', 'usageReportDelay: 3s')
    .replace('duration: 1m', 'duration: 2s')

async function cleanup(file: string, policy: string, extra = '') {
  const sim = await startSim(quick(file) + extra)
  try {
    const r = await runBundle(sim, { mode: 'cleanup', 'aws-region': 'us-east-1', policy }, { limitMs: 60_000 })
    const started = r.calls.filter((c) => c.operation === 'StartResourceStateUpdate').map((c) => c.params.resourceArn)
    return { ...r, started: (started as string[]).sort() }
  } finally {
    await sim.stop()
  }
}

it('retires no build whose AMI is referenced anywhere, and says by what each is kept', async () => {
  const r = await cleanup(
    'scenarios/in-use.yml',
    'version: 1\ncleanup: { images: [web-ami], state: DISABLED, keep: 2, older-than: 30d }\n'
  )
  expect(r.code).toBe(0)
  // 1.0.0/7 is referenced by nothing (shared, but no other account uses it).
  expect(r.started).toEqual([ARN(7)])
  for (const reason of [
    'in use: launch template lt-0000000000000b001 (web) version 1 (default) in eu-west-1',
    'in use: Auto Scaling group web-asg (launch configuration web-lc) in us-east-1',
    'in use: SSM parameter /golden/web/ami in us-east-1',
    'in use: 3 instances, 1 stopped in us-east-1',
    'in use: Auto Scaling group batch-asg (mixed instances override c7i.large) in eu-west-1',
    'in use: account 444455556666: 2 instances in eu-west-1'
  ])
    expect(r.summary).toContain(reason)
  expect(r.out).toMatchObject({ 'acted-count': '1', 'kept-count': '8', 'failed-count': '0' })
  // Other accounts are asked about only the AMIs they may launch and nothing here uses: one report each.
  const reported = r.calls.filter((c) => c.operation === 'CreateImageUsageReport').map((c) => c.params.ImageId)
  expect(reported.sort()).toEqual(['ami-00402000000000000', 'ami-00702000000000000'])
}, 90_000)

it('keeps a build it could not check and names the permission; the build it could check goes ahead', async () => {
  const r = await cleanup(
    'scenarios/in-use-denied.yml',
    'version: 1\ncleanup: { images: [web-ami], state: DISABLED, keep: 1, older-than: 15d }\nin-use: { other-accounts: false }\n'
  )
  expect(r.code).toBe(0)
  expect(r.started).toEqual([ARN(2)])
  expect(r.summary).toContain(
    'not checked for use: ec2:DescribeImageReferences denied in eu-west-1 (allow ec2:DescribeImageReferences in eu-west-1)'
  )
}, 90_000)

it('keeps a build whose sharing cannot be read (other accounts might launch it), naming the permission', async () => {
  const r = await cleanup(
    'scenarios/in-use-denied.yml',
    'version: 1\ncleanup: { images: [web-ami], state: DISABLED, keep: 1, older-than: 15d }\n',
    '  - { action: ec2:DescribeImageAttribute, regions: [us-east-1] }\n'
  )
  expect(r.code).toBe(0)
  expect(r.started).toEqual([])
  expect(r.summary).toContain(
    'not checked for use: ec2:DescribeImageAttribute denied in us-east-1 (allow ec2:DescribeImageAttribute in us-east-1)'
  )
  // One denial stands for the region: the other AMIs are not asked about one by one.
  expect(r.calls.filter((c) => c.operation === 'DescribeImageAttribute')).toHaveLength(1)
}, 90_000)

it('deprecates builds in use (launches go on) and puts their references on record', async () => {
  const r = await cleanup(
    'scenarios/in-use.yml',
    'version: 1\ncleanup: { images: [web-ami], state: DEPRECATED, keep: 2, older-than: 30d }\n'
  )
  expect(r.code).toBe(0)
  expect(r.started).toEqual([1, 2, 3, 4, 5, 6, 7].map(ARN))
  expect(r.summary).toContain(
    'in use (launches go on): launch template lt-0000000000000b001 (web) version 1 (default) in eu-west-1'
  )
  expect(r.summary).toContain('In use, as this run counted it')
  // Other accounts matter only before a state that stops launches.
  expect(r.calls.filter((c) => /ImageAttribute|ImageUsageReport/.test(c.operation))).toEqual([])
  const decisions = (r.report?.cleanup as { decisions: { version: string; inUse?: { references: unknown[] } }[] })
    .decisions
  expect(decisions.find((d) => d.version === '1.0.0/2')?.inUse?.references).toEqual([
    expect.objectContaining({ kind: 'auto-scaling-group', region: 'us-east-1', image: 'ami-00201000000000000' })
  ])
}, 90_000)

it('counts what the policy says, and the summary names everything it ignored', async () => {
  const r = await cleanup(
    'scenarios/in-use.yml',
    'version: 1\ncleanup: { images: [web-ami], state: DISABLED, keep: 0, older-than: 15d }\n' +
      'in-use: { instance-states: [pending, running], launch-template-versions: default, other-accounts: false }\n'
  )
  expect(r.code).toBe(0)
  // 1.0.0/8 is named only by versions that are not a template's default; 1.0.0/4 only by another account.
  expect(r.started).toEqual([4, 7, 8].map(ARN))
  expect(r.summary).toContain('in use: 2 instances in us-east-1')
  for (const line of [
    'instances pending, running; ignored: shutting-down, terminated, stopping, stopped instances (policy in-use.instance-states)',
    'launch template versions: default versions only; ignored: the other versions (policy in-use.launch-template-versions)',
    'ignored: other accounts (policy in-use.other-accounts: false)'
  ])
    expect(r.summary).toContain(line)
  expect(r.report?.inUse).toMatchObject({ scope: { launchTemplateVersions: 'default' } })
}, 90_000)

it('keeps every build of a region whose listing repeats a page token, rather than reading it as complete', async () => {
  const r = await cleanup(
    'scenarios/in-use.yml',
    'version: 1\ncleanup: { images: [web-ami], state: DISABLED, keep: 2, older-than: 30d }\n',
    'pageSize: { DescribeAutoScalingGroups: 1 }\n' +
      'faults: [{ operation: DescribeAutoScalingGroups, kind: same-token, times: 1000 }]\n'
  )
  expect(r.code).toBe(0)
  // 1.0.0/7 (the only build nothing references) has an AMI in us-east-1, where the listing cannot be finished.
  expect(r.started).toEqual([])
  expect(r.summary).toContain(
    'not checked for use: autoscaling:DescribeAutoScalingGroups answered a pagination token it had already given'
  )
}, 90_000)

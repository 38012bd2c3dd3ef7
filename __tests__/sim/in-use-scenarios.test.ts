/** The in-use scenario files say what their comments say, seen through the SDK; bad `ec2` parts are refused. */
import { afterEach, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { DescribeLaunchTemplateVersionsCommand, DescribeImageReferencesCommand, EC2Client } from '@aws-sdk/client-ec2'
import {
  AutoScalingClient,
  DescribeAutoScalingGroupsCommand,
  DescribeLaunchConfigurationsCommand
} from '@aws-sdk/client-auto-scaling'
import { normalizeScenario, ScenarioError } from '../../sim/scenario.js'
import { simulate, type SimHarness } from '../helpers.js'

const file = (name: string) => readFileSync(new URL(`../../scenarios/${name}`, import.meta.url), 'utf8')
let h: SimHarness | undefined
const clients: { destroy(): void }[] = []
const ec2 = (region: string) => {
  const c = new EC2Client({ region, maxAttempts: 1 })
  clients.push(c)
  return c
}
const autoScaling = (region: string) => {
  const c = new AutoScalingClient({ region, maxAttempts: 1 })
  clients.push(c)
  return c
}

afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy()
  await h?.stop()
  h = undefined
})

async function referencedBy(region: string, image: string): Promise<string[]> {
  const answer = await ec2(region).send(
    new DescribeImageReferencesCommand({ ImageIds: [image], IncludeAllResourceTypes: true })
  )
  return (answer.ImageReferences ?? []).map((r) => `${r.ResourceType} ${r.Arn?.split(':').at(-1)}`)
}

describe('scenarios/in-use.yml', () => {
  it('holds each old build in use in its own way', async () => {
    h = await simulate(file('in-use.yml'))
    // 1.0.0/1: only the eu-west-1 default version of "web" names it, too old for the default version depth.
    expect(await referencedBy('eu-west-1', 'ami-00102000000000000')).toEqual([])
    const defaults = await ec2('eu-west-1').send(new DescribeLaunchTemplateVersionsCommand({ Versions: ['$Default'] }))
    expect(
      defaults.LaunchTemplateVersions?.map((v) => [
        v.LaunchTemplateName,
        v.VersionNumber,
        v.LaunchTemplateData?.ImageId
      ])
    ).toContainEqual(['web', 1, 'ami-00102000000000000'])
    expect(await referencedBy('us-east-1', 'ami-00101000000000000')).toEqual([])
    // 1.0.0/2: launch configuration web-lc of web-asg; EC2 knows nothing of it.
    expect(await referencedBy('us-east-1', 'ami-00201000000000000')).toEqual([])
    const lcs = await autoScaling('us-east-1').send(new DescribeLaunchConfigurationsCommand({}))
    expect(lcs.LaunchConfigurations?.map((c) => [c.LaunchConfigurationName, c.ImageId])).toEqual([
      ['web-lc', 'ami-00201000000000000']
    ])
    const asgs = await autoScaling('us-east-1').send(new DescribeAutoScalingGroupsCommand({}))
    expect(asgs.AutoScalingGroups?.find((g) => g.LaunchConfigurationName === 'web-lc')?.AutoScalingGroupName).toBe(
      'web-asg'
    )
    // 1.0.0/3: SSM parameter /golden/web/ami.
    expect(await referencedBy('us-east-1', 'ami-00301000000000000')).toEqual(['ssm:Parameter parameter/golden/web/ami'])
    // 1.0.0/4: a terminated instance, which EC2 counts unless told the states that matter.
    expect(await referencedBy('us-east-1', 'ami-00401000000000000')).toEqual([
      expect.stringMatching(/^ec2:Instance instance\/i-/)
    ])
    // 1.0.0/5: three instances.
    expect(await referencedBy('us-east-1', 'ami-00501000000000000')).toHaveLength(3)
    // 1.0.0/7: nothing, anywhere.
    for (const [region, image] of [
      ['us-east-1', 'ami-00701000000000000'],
      ['eu-west-1', 'ami-00702000000000000']
    ] as const)
      expect(await referencedBy(region, image)).toEqual([])
  })
})

describe('scenarios/in-use-denied.yml', () => {
  it('denies the reference check in eu-west-1 only', async () => {
    h = await simulate(file('in-use-denied.yml'))
    expect(await referencedBy('us-east-1', 'ami-00101000000000000')).toEqual([])
    await expect(referencedBy('eu-west-1', 'ami-00102000000000000')).rejects.toMatchObject({
      name: 'UnauthorizedOperation'
    })
  })
})

describe('the ec2 part of a scenario', () => {
  const refused = (ec2Part: unknown) => () => normalizeScenario({ ec2: ec2Part })
  it('refuses a default version the template does not have, and a template reference naming nothing', () => {
    expect(
      refused({
        regions: { 'us-east-1': { launchTemplates: [{ name: 'web', default: 3, versions: [{ image: 'ami-0' }] }] } }
      })
    ).toThrow(ScenarioError)
    expect(
      refused({ regions: { 'us-east-1': { autoScalingGroups: [{ name: 'g', launchTemplate: { version: '1' } }] } } })
    ).toThrow('ec2.regions.us-east-1.autoScalingGroups[0].launchTemplate: "id" or "name" is required')
  })

  it('refuses states the EC2 model does not have', () => {
    expect(refused({ regions: { 'us-east-1': { instances: [{ image: 'ami-0', state: 'asleep' }] } } })).toThrow(
      'instances[0].state: "asleep" is not one of pending'
    )
    expect(refused({ regions: { 'us-east-1': { images: [{ id: 'ami-0', state: 'gone' }] } } })).toThrow(
      'images[0].state: "gone" is not one of'
    )
  })
})

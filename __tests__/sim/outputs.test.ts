/** What an image build produced, as Image Builder answers it: AMIs per region and account, container image URIs. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { GetImageCommand, ImagebuilderClient, ListImageBuildVersionsCommand } from '@aws-sdk/client-imagebuilder'
import { simulate, type SimHarness } from '../helpers.js'

const ARN = (name: string, version: string) => `arn:aws:imagebuilder:us-east-1:123456789012:image/${name}/${version}`

const SCENARIO = `
images:
  - name: web-ami
    version: 1.0.0/1
    amis:
      - { region: us-east-1, image: ami-0aaaaaaaaaaaaaaa1, name: web 1 }
      - { region: eu-west-1, image: ami-0aaaaaaaaaaaaaaa2, account: "222233334444" }
  - { name: web-ami, version: 1.0.0/2, timeline: [{ at: 0s, status: BUILDING }, { at: 5m, status: AVAILABLE }] }
  - { name: web-ami, version: 1.0.0/3, timeline: [{ at: 0s, status: FAILED }] }
  - { name: web-box, version: 2.0.0/1, type: DOCKER }
`

let h: SimHarness
let ib: ImagebuilderClient

beforeAll(async () => {
  h = await simulate(SCENARIO)
  ib = new ImagebuilderClient({ maxAttempts: 1 })
})
afterAll(async () => {
  ib.destroy()
  await h.stop()
})

describe('outputResources', () => {
  it('lists every AMI with its region and owning account, in ListImageBuildVersions and GetImage alike', async () => {
    const { imageSummaryList } = await ib.send(
      new ListImageBuildVersionsCommand({ imageVersionArn: ARN('web-ami', '1.0.0') })
    )
    const first = imageSummaryList?.find((s) => s.arn === ARN('web-ami', '1.0.0/1'))
    expect(first?.outputResources?.amis).toEqual([
      { region: 'us-east-1', image: 'ami-0aaaaaaaaaaaaaaa1', name: 'web 1', accountId: '123456789012' },
      { region: 'eu-west-1', image: 'ami-0aaaaaaaaaaaaaaa2', name: 'web-ami 1.0.0/1', accountId: '222233334444' }
    ])
    const { image } = await ib.send(new GetImageCommand({ imageBuildVersionArn: ARN('web-ami', '1.0.0/1') }))
    expect(image?.outputResources).toEqual(first?.outputResources)
  })

  it('has no AMIs while the build runs or after it failed, and one once it is available', async () => {
    const amis = async (version: string) =>
      (await ib.send(new GetImageCommand({ imageBuildVersionArn: ARN('web-ami', version) }))).image?.outputResources
        ?.amis
    expect(await amis('1.0.0/2')).toBeUndefined()
    expect(await amis('1.0.0/3')).toBeUndefined()
    h.clock.advance(5 * 60_000)
    expect(await amis('1.0.0/2')).toEqual([
      {
        region: 'us-east-1',
        image: expect.stringMatching(/^ami-[0-9a-f]{17}$/),
        name: 'web-ami 1.0.0/2',
        accountId: '123456789012'
      }
    ])
  })

  it('lists a container build image URIs per region', async () => {
    const { image } = await ib.send(new GetImageCommand({ imageBuildVersionArn: ARN('web-box', '2.0.0/1') }))
    expect(image?.outputResources).toEqual({
      amis: [],
      containers: [{ region: 'us-east-1', imageUris: ['123456789012.dkr.ecr.us-east-1.amazonaws.com/web-box:2.0.0'] }]
    })
  })
})

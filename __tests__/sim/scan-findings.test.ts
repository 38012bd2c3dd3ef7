/** Vulnerability scans: GetImage's scan state and ListImageScanFindings, through the real SDK client. */
import { describe, expect, it } from '@jest/globals'
import {
  GetImageCommand,
  ImagebuilderClient,
  InvalidRequestException,
  ListImageScanFindingsCommand,
  paginateListImageScanFindings,
  type ImageScanFindingsFilter
} from '@aws-sdk/client-imagebuilder'
import { scenarioFile, sdkSuite } from '../helpers.js'

const BUILD = (version: string) => `arn:aws:imagebuilder:us-east-1:123456789012:image/web-ami/${version}`

const suite = sdkSuite(() => new ImagebuilderClient({ maxAttempts: 1 }))
const start = (scenario: string, extra = '') => suite.open(scenarioFile(scenario, extra))

async function findings(filter?: ImageScanFindingsFilter) {
  return (await suite.client.send(new ListImageScanFindingsCommand({ filters: filter && [filter] }))).findings ?? []
}

async function scanState(version: string) {
  const { image } = await suite.client.send(new GetImageCommand({ imageBuildVersionArn: BUILD(version) }))
  return { enabled: image?.imageScanningConfiguration?.imageScanningEnabled, ...image?.scanState }
}

describe('ListImageScanFindings', () => {
  it('lists a build’s findings by its build version ARN, with package, fix and links', async () => {
    const { clock } = await start('scan-critical')
    clock.advance(10_000)
    const listed = await findings({ name: 'imageBuildVersionArn', values: [BUILD('1.6.0/1')] })
    expect(listed.map((f) => [f.packageVulnerabilityDetails?.vulnerabilityId, f.severity, f.fixAvailable])).toEqual([
      ['CVE-2026-31001', 'CRITICAL', 'YES'],
      ['CVE-2026-31002', 'CRITICAL', 'NO'],
      ['CVE-2026-31003', 'HIGH', 'YES'],
      ['CVE-2026-31004', 'MEDIUM', 'PARTIAL'],
      ['CVE-2026-31005', 'LOW', 'NO']
    ])
    const [critical] = listed
    expect(critical).toMatchObject({
      awsAccountId: '123456789012',
      imageBuildVersionArn: BUILD('1.6.0/1'),
      imagePipelineArn: 'arn:aws:imagebuilder:us-east-1:123456789012:image-pipeline/web-ami-pipeline',
      type: 'PACKAGE_VULNERABILITY',
      inspectorScore: 9.8,
      packageVulnerabilityDetails: {
        vulnerablePackages: [
          { name: 'openssl-libs', version: '3.0.8-1.amzn2023', fixedInVersion: '3.0.8-1.amzn2023.0.9' }
        ],
        sourceUrl: 'https://nvd.nist.gov/vuln/detail/CVE-2026-31001'
      }
    })
    expect(critical?.firstObservedAt).toBeInstanceOf(Date)
    expect(listed[3]?.packageVulnerabilityDetails?.vulnerablePackages?.map((p) => p.fixedInVersion)).toEqual([
      '3.9.18-1',
      undefined
    ])
  })

  it('filters by each documented filter, and lists the whole account without one', async () => {
    const { clock } = await start('scan-critical')
    clock.advance(10_000)
    expect(await findings()).toHaveLength(7)
    expect(await findings({ name: 'imageBuildVersionArn', values: [BUILD('1.6.0/2')] })).toHaveLength(2)
    expect(
      await findings({
        name: 'imagePipelineArn',
        values: ['arn:aws:imagebuilder:us-east-1:123456789012:image-pipeline/web-ami-pipeline']
      })
    ).toHaveLength(7)
    expect(
      (await findings({ name: 'vulnerabilityId', values: ['CVE-2026-31002'] })).map((f) => f.imageBuildVersionArn)
    ).toEqual([BUILD('1.6.0/1'), BUILD('1.6.0/2')])
    expect(await findings({ name: 'severity', values: ['CRITICAL'] })).toHaveLength(3)
  })

  it('takes exactly one filter with exactly one value, of the documented names and characters', async () => {
    await start('scan-critical')
    const refused = [
      [
        { name: 'imageBuildVersionArn', values: [BUILD('1.6.0/1')] },
        { name: 'severity', values: ['HIGH'] }
      ],
      [{ name: 'severity', values: ['HIGH', 'CRITICAL'] }],
      [{ name: 'packageName', values: ['curl'] }],
      [{ name: 'severity', values: ['<script>'] }],
      []
    ]
    for (const filters of refused)
      await expect(suite.client.send(new ListImageScanFindingsCommand({ filters }))).rejects.toBeInstanceOf(
        InvalidRequestException
      )
    await expect(suite.client.send(new ListImageScanFindingsCommand({ maxResults: 26 }))).rejects.toBeInstanceOf(
      InvalidRequestException
    )
  })

  it('pages with the SDK paginator', async () => {
    const { clock } = await start('scan-critical', 'pageSize: { ListImageScanFindings: 3 }\n')
    clock.advance(10_000)
    const pages = []
    for await (const page of paginateListImageScanFindings({ client: suite.client }, {}))
      pages.push(page.findings?.length)
    expect(pages).toEqual([3, 3, 1])
  })
})

describe('scan state on GetImage', () => {
  it('goes PENDING, SCANNING, COLLECTING, COMPLETED, and lists findings once complete', async () => {
    const { clock } = await start('scan-critical')
    expect(await scanState('1.6.0/1')).toEqual({ enabled: true, status: 'PENDING' })
    clock.advance(3_500)
    expect(await scanState('1.6.0/1')).toMatchObject({ status: 'SCANNING' })
    clock.advance(1_000)
    expect(await scanState('1.6.0/1')).toMatchObject({ status: 'COLLECTING' })
    expect(await findings({ name: 'imageBuildVersionArn', values: [BUILD('1.6.0/1')] })).toEqual([])
    clock.advance(1_000)
    expect(await scanState('1.6.0/1')).toMatchObject({ status: 'COMPLETED' })
    expect(await findings({ name: 'imageBuildVersionArn', values: [BUILD('1.6.0/1')] })).toHaveLength(5)
  })

  it('keeps collecting after the image is AVAILABLE, with part of the findings listed; a scan can time out', async () => {
    const { clock } = await start('scan-unfinished')
    clock.advance(2 * 60_000)
    const { image } = await suite.client.send(new GetImageCommand({ imageBuildVersionArn: BUILD('1.7.0/1') }))
    expect(image?.state?.status).toBe('AVAILABLE')
    expect(image?.scanState).toEqual({ status: 'COLLECTING', reason: 'Collecting findings from Amazon Inspector.' })
    expect(
      (await findings({ name: 'imageBuildVersionArn', values: [BUILD('1.7.0/1')] })).map((f) => f.severity)
    ).toEqual(['HIGH'])
    expect(await scanState('1.7.0/2')).toMatchObject({ status: 'TIMED_OUT' })
    expect(await findings({ name: 'imageBuildVersionArn', values: [BUILD('1.7.0/2')] })).toEqual([])
    clock.advance(10 * 60_000)
    expect(await scanState('1.7.0/1')).toMatchObject({ status: 'COMPLETED' })
    expect(
      (await findings({ name: 'imageBuildVersionArn', values: [BUILD('1.7.0/1')] })).map((f) => f.severity)
    ).toEqual(['HIGH', 'CRITICAL'])
  })

  it('says scanning is off for an image whose scan is disabled, and says nothing for one without a scan', async () => {
    await suite.open('images:\n  - { name: off, scan: { enabled: false } }\n  - { name: none }\n')
    const off = (
      await suite.client.send(
        new GetImageCommand({ imageBuildVersionArn: 'arn:aws:imagebuilder:us-east-1:123456789012:image/off/1.0.0/1' })
      )
    ).image
    expect(off?.imageScanningConfiguration).toEqual({ imageScanningEnabled: false })
    expect(off?.scanState).toBeUndefined()
    const none = (
      await suite.client.send(
        new GetImageCommand({ imageBuildVersionArn: 'arn:aws:imagebuilder:us-east-1:123456789012:image/none/1.0.0/1' })
      )
    ).image
    expect(none?.imageScanningConfiguration).toBeUndefined()
  })
})

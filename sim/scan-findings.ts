/** ListImageScanFindings, and the scan fields of GetImage's Image, as the Image Builder model describes them. */
import { SimError } from './errors.js'
import { listPage, requestId, type ImageBuilderHandler } from './imagebuilder.js'
import type { SimImage } from './scenario.js'
import { scanStateAt, visibleFindings, type SimFinding, type SimScan } from './scan.js'
import type { SimState } from './state.js'

// ImageScanFindingsFilter: the filter names the operation documents; FilterName and FilterValue patterns.
const FILTER_NAMES = new Set(['imageBuildVersionArn', 'imagePipelineArn', 'vulnerabilityId', 'severity'])
const FILTER_NAME = /^[a-zA-Z]{1,1024}$/
const FILTER_VALUE = /^[0-9a-zA-Z./_ :,{}"-]{1,1024}$/

/** Image.imageScanningConfiguration and Image.scanState, for an image whose scenario has a scan. */
export function scanFields(state: SimState, image: SimImage, elapsed: number) {
  const scan = image.scan
  if (!scan) return {}
  const current = scan.enabled ? scanStateAt(state, image, scan, elapsed) : undefined
  return {
    imageScanningConfiguration: { imageScanningEnabled: scan.enabled },
    scanState: current && { status: current.status, reason: current.reason }
  }
}

/** The one filter the request may carry (the list and its values have at most and at least one member). */
function filterOf(params: Record<string, unknown>): { name: string; value: string } | undefined {
  if (params.filters === undefined) return undefined
  const filters = params.filters as { name?: unknown; values?: unknown }[]
  const invalid = (what: string) =>
    new SimError('InvalidRequestException', `The value supplied for parameter '${what}' is not valid.`)
  if (!Array.isArray(filters) || filters.length !== 1) throw invalid('filters')
  const { name, values } = filters[0] as { name?: unknown; values?: unknown }
  if (typeof name !== 'string' || !FILTER_NAME.test(name) || !FILTER_NAMES.has(name)) throw invalid('filters.name')
  if (!Array.isArray(values) || values.length !== 1 || typeof values[0] !== 'string' || !FILTER_VALUE.test(values[0]))
    throw invalid('filters.values')
  return { name, value: values[0] }
}

function matches(filter: ReturnType<typeof filterOf>, image: SimImage, scan: SimScan, finding: SimFinding): boolean {
  if (!filter) return true
  const field: Record<string, string | undefined> = {
    imageBuildVersionArn: image.arn,
    imagePipelineArn: scan.pipelineArn,
    vulnerabilityId: finding.vulnerabilityId,
    severity: finding.severity
  }
  return field[filter.name] === filter.value
}

// ListImageScanFindings: the findings of the account (every image, without a filter), at most 25 a page.
const listImageScanFindings: ImageBuilderHandler = (state, params, elapsed) => {
  const filter = filterOf(params)
  const page = listPage(state, 'ListImageScanFindings', params, elapsed, (asOf) =>
    state.scenario.images
      .filter((image) => image.scan && state.imageState(image, asOf))
      .flatMap((image) => {
        const scan = image.scan as SimScan
        return visibleFindings(state, image, scan, asOf)
          .filter((finding) => matches(filter, image, scan, finding))
          .map((finding) => ({ image, scan, finding }))
      })
  )
  return {
    requestId: requestId(),
    findings: page.items.map(({ image, scan, finding: f }) => {
      // DateTimeTimestamp: epoch seconds on the wire (restJson1's default).
      const observed = (state.epoch + (f.visibleAt ?? image.created)) / 1000
      return {
        awsAccountId: state.scenario.account,
        imageBuildVersionArn: image.arn,
        imagePipelineArn: scan.pipelineArn,
        type: 'PACKAGE_VULNERABILITY',
        title: f.title,
        description: f.description,
        severity: f.severity,
        fixAvailable: f.fixAvailable,
        inspectorScore: f.inspectorScore,
        firstObservedAt: observed,
        updatedAt: observed,
        remediation:
          f.remediationText || f.remediationUrl
            ? { recommendation: { text: f.remediationText, url: f.remediationUrl } }
            : undefined,
        packageVulnerabilityDetails: {
          vulnerabilityId: f.vulnerabilityId,
          vulnerablePackages: f.packages,
          source: f.source,
          sourceUrl: f.sourceUrl,
          referenceUrls: f.referenceUrls,
          vendorSeverity: f.severity
        }
      }
    }),
    nextToken: page.nextToken
  }
}

export const scanFindingOperations: Record<string, [string, ImageBuilderHandler]> = {
  ListImageScanFindings: ['POST', listImageScanFindings]
}

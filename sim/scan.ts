/**
 * An image's vulnerability scan in a scenario: its ImageScanState over time and the Inspector findings
 * Image Builder collects for it (ImageScanFinding, type PACKAGE_VULNERABILITY).
 */
import { stateAt, type SimImage } from './scenario.js'
import { ScenarioError, at, list, optStr, type Timed } from './scenario-fields.js'
import type { SimState } from './state.js'
import { effective, parseOn } from './step-timeline.js'

export interface ScanState extends Timed {
  /** ImageScanStatus: PENDING, SCANNING, COLLECTING, COMPLETED, ABANDONED, FAILED, TIMED_OUT. */
  status: string
  reason?: string
}

export interface SimPackage {
  name: string
  version: string
  release?: string
  arch?: string
  packageManager?: string
  filePath?: string
  fixedInVersion?: string
  remediation?: string
}

export interface SimFinding {
  vulnerabilityId: string
  /** Free text in the model (Inspector's CRITICAL, HIGH, MEDIUM, LOW, INFORMATIONAL, UNTRIAGED). */
  severity: string
  /** Free text in the model (Inspector's YES, NO, PARTIAL). */
  fixAvailable?: string
  title: string
  description: string
  inspectorScore?: number
  packages: SimPackage[]
  source: string
  sourceUrl?: string
  referenceUrls?: string[]
  remediationText?: string
  remediationUrl?: string
  /** When the finding is listed from; default when the scan reaches COMPLETED. */
  visibleAt?: number
}

export interface SimScan {
  /** ImageScanningConfiguration.imageScanningEnabled. */
  enabled: boolean
  pipelineArn?: string
  timeline: ScanState[]
  findings: SimFinding[]
}

const STATUSES = new Set(['PENDING', 'SCANNING', 'COLLECTING', 'COMPLETED', 'ABANDONED', 'FAILED', 'TIMED_OUT'])

function pkg(raw: Record<string, unknown>): SimPackage {
  return {
    name: String(raw.name ?? raw.package),
    version: String(raw.version ?? '0'),
    release: optStr(raw.release),
    arch: optStr(raw.arch),
    packageManager: optStr(raw.packageManager ?? 'OS'),
    filePath: optStr(raw.filePath),
    fixedInVersion: optStr(raw.fixedInVersion ?? raw.fixedIn),
    remediation: optStr(raw.remediation)
  }
}

/**
 * An image's `scan:` (`enabled`, `pipeline`, `timeline`, `findings`). A finding in short: `id`, `severity`,
 * `fix` (YES, NO, PARTIAL), `package`, `version`, `fixedIn`, `score`; or `packages:` for several.
 */
export function parseScan(raw: unknown, where: string, region: string, account: string): SimScan | undefined {
  if (raw === undefined || raw === null) return undefined
  const scan = raw as Record<string, unknown>
  const timeline = list(scan.timeline).map((e, k): ScanState => {
    const w = `${where}.scan.timeline[${k}]`
    const status = String(e.status)
    if (!STATUSES.has(status))
      throw new ScenarioError(`${w}: "status" must be an ImageScanStatus, got ${JSON.stringify(e.status)}`)
    return { at: at(e.at, w), status, reason: optStr(e.reason), ...parseOn(e, w) }
  })
  const findings = list(scan.findings).map((f, k): SimFinding => {
    const w = `${where}.scan.findings[${k}]`
    const id = f.id ?? f.vulnerabilityId
    if (id === undefined) throw new ScenarioError(`${w}: "id" is required`)
    const packages = Array.isArray(f.packages) ? list(f.packages).map(pkg) : [pkg(f)]
    const first = packages[0] as SimPackage
    return {
      vulnerabilityId: String(id),
      severity: String(f.severity ?? 'MEDIUM'),
      fixAvailable: optStr(f.fix ?? f.fixAvailable),
      title: String(f.title ?? `${String(id)} - ${first.name}`),
      description: String(f.description ?? `A vulnerability in ${first.name} ${first.version}.`),
      inspectorScore: f.score === undefined ? undefined : Number(f.score),
      packages,
      source: String(f.source ?? 'NVD'),
      sourceUrl: optStr(
        f.sourceUrl ?? (/^CVE-\d+-\d+$/.test(String(id)) ? `https://nvd.nist.gov/vuln/detail/${String(id)}` : undefined)
      ),
      referenceUrls: Array.isArray(f.referenceUrls) ? f.referenceUrls.map(String) : undefined,
      remediationText: optStr(
        f.remediationText ?? (first.fixedInVersion ? `Upgrade ${first.name} to ${first.fixedInVersion}.` : undefined)
      ),
      remediationUrl: optStr(f.remediationUrl),
      visibleAt: f.at === undefined ? undefined : at(f.at, `${w}.at`)
    }
  })
  return {
    enabled: scan.enabled === undefined ? true : scan.enabled === true,
    pipelineArn:
      scan.pipeline === undefined
        ? undefined
        : `arn:aws:imagebuilder:${region}:${account}:image-pipeline/${String(scan.pipeline)}`,
    timeline: timeline.sort((a, b) => a.at - b.at),
    findings
  }
}

/** The scan's ImageScanState at `elapsed`; PENDING before its first entry. */
export function scanStateAt(state: SimState, image: SimImage, scan: SimScan, elapsed: number): ScanState {
  return stateAt(effective(state, image, scan.timeline), elapsed) ?? { at: 0, status: 'PENDING' }
}

/** The findings listed at `elapsed`: each from its own time, or from when the scan completed. */
export function visibleFindings(state: SimState, image: SimImage, scan: SimScan, elapsed: number): SimFinding[] {
  const completed = effective(state, image, scan.timeline).find((e) => e.status === 'COMPLETED')?.at
  return scan.findings.filter((f) => {
    const from = f.visibleAt ?? completed
    return from !== undefined && from <= elapsed
  })
}

/** Plain data: a build's vulnerability scan as Image Builder reports it, and the packages it found vulnerable. */

/** Scan states after which the scan changes no more: only COMPLETED is a clean one. */
export const TERMINAL_SCAN_STATUSES = ['COMPLETED', 'ABANDONED', 'FAILED', 'TIMED_OUT'] as const

export interface VulnerablePackage {
  name: string
  version?: string
  fixedInVersion?: string
}

/** A package vulnerability Image Builder collected for the build (ImageScanFinding). */
export interface ScanFinding {
  /** The vulnerability id, e.g. CVE-2026-31001. */
  id: string
  /** Free text in the API (Inspector's CRITICAL, HIGH, MEDIUM, LOW, INFORMATIONAL, UNTRIAGED). */
  severity: string
  /** Free text in the API (Inspector's YES, NO, PARTIAL). */
  fixAvailable?: string
  score?: number
  title?: string
  packages: VulnerablePackage[]
}

/** The build's vulnerability scan: GetImage's imageScanningConfiguration and scanState, then its findings. */
export interface ImageScan {
  enabled: boolean
  /** PENDING, SCANNING, COLLECTING, COMPLETED, ABANDONED, FAILED, TIMED_OUT. */
  status?: string
  reason?: string
  /** Read once the scan COMPLETED. */
  findings?: ScanFinding[]
}

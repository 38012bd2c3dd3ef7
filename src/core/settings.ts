/** Settings the inputs are parsed into and the edges (AWS, lifecycle, report) are configured with. */

export type AwsService = 'imagebuilder' | 'cloudformation'

/** An endpoint the environment sets for a service, which the SDK then calls instead of AWS's. */
export interface ConfiguredEndpoint {
  /** `AWS_ENDPOINT_URL_IMAGEBUILDER`, or `AWS_ENDPOINT_URL` for every service. */
  variable: string
  url: string
}

export interface AwsSettings {
  /** Attempts per request, the first included. */
  maxAttempts: number
  /** Base of the SDK's exponential retry delay, in milliseconds. */
  retryBaseDelayMs: number
  /** A request with no answer for this long is abandoned (and retried by the retry strategy). */
  requestTimeoutMs?: number
  endpoints?: Partial<Record<AwsService, ConfiguredEndpoint>>
  /**
   * The SDK's adaptive retry mode (a client-side rate limiter) rather than its standard one: for a gate's polls.
   * A cleanup paces its updates itself (lifecycle/rate-limit.ts), and the SDK's limiter keeps wall-clock time.
   */
  adaptive?: boolean
}

export interface LifecycleSettings {
  dryRun: boolean
  allowDelete: boolean
  /** Follow started executions to their end. */
  wait: boolean
  timeoutMs: number
  /** Requests per second and at once, for StartResourceStateUpdate. */
  rate: number
  concurrency: number
  /** Stable across re-runs of the same job: the base of the idempotency tokens. */
  runIdentity: string
  /** Answer builds paused at a WaitForAction step: RESUME on a passing verdict, STOP on a failing one. */
  answerWaits: boolean
  /** The run's page, named in the answers' reason. */
  runUrl?: string
}

export interface PullRequest {
  owner: string
  repo: string
  number: number
}

export interface CommentSettings {
  token: string
  /** Tells this gate's comment from others on the same PR (several jobs, several gates). */
  key: string
  pullRequest?: PullRequest
  runUrl?: string
  /** GITHUB_API_URL: GitHub Enterprise Server has its own. */
  apiUrl: string
}

/** The CloudFormation template findings point into: its path in the repository and its text. */
export interface TemplateFile {
  /** Relative to the repository root, with forward slashes (as code scanning and annotations name files). */
  uri: string
  text: string
}

export interface ReportSettings {
  /** Where the JSON report is written. */
  path: string
  template?: TemplateFile
  /** Where the SARIF file goes, when asked for (it needs the template). */
  sarifPath?: string
  /** GITHUB_STEP_SUMMARY; without it the summary goes to the log. */
  stepSummary?: string
  /** Set when the sticky PR comment is asked for. */
  comment?: CommentSettings
}

/** What the runner tells the action through its environment, read once, here. */
import { readFileSync } from 'node:fs'
import type { AwsService, ConfiguredEndpoint, PullRequest } from '../core/settings.js'

export interface Runner {
  /** GITHUB_WORKSPACE: relative policy paths start here. */
  workspace: string
  /** RUNNER_TEMP: where the JSON report goes by default. */
  tempDir: string
  /** GITHUB_STEP_SUMMARY */
  stepSummary?: string
  /** AWS_REGION or AWS_DEFAULT_REGION */
  region?: string
  /** Stable across re-runs of the same job: the base of the lifecycle's idempotency tokens. */
  runIdentity: string
  /** `workflow/job`: tells this gate's PR comment from others'. */
  job: string
  pullRequest?: PullRequest
  apiUrl: string
  /** The run's page, for links back from the PR comment. */
  runUrl?: string
  /** Endpoints set in the environment, named so that an unreachable one can be named to the user. */
  endpoints: Partial<Record<AwsService, ConfiguredEndpoint>>
}

/**
 * The endpoints the SDK takes from the environment: the service's variable first, then AWS_ENDPOINT_URL, none
 * when AWS_IGNORE_CONFIGURED_ENDPOINT_URLS is true (AWS SDKs and Tools reference guide, "Service-specific
 * endpoints").
 */
function endpointsOf(env: NodeJS.ProcessEnv): Partial<Record<AwsService, ConfiguredEndpoint>> {
  if (env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS?.toLowerCase() === 'true') return {}
  const endpoints: Partial<Record<AwsService, ConfiguredEndpoint>> = {}
  for (const service of ['imagebuilder', 'cloudformation'] as const) {
    const variable = [`AWS_ENDPOINT_URL_${service.toUpperCase()}`, 'AWS_ENDPOINT_URL'].find((name) => env[name])
    if (variable) endpoints[service] = { variable, url: env[variable] as string }
  }
  return endpoints
}

/** Which pull request the run belongs to, from the event payload the runner writes (GITHUB_EVENT_PATH). */
function pullRequestOf(env: NodeJS.ProcessEnv): PullRequest | undefined {
  if (!env.GITHUB_EVENT_PATH || !env.GITHUB_REPOSITORY) return undefined
  if (!['pull_request', 'pull_request_target'].includes(env.GITHUB_EVENT_NAME ?? '')) return undefined
  let payload: { pull_request?: { number?: unknown } }
  try {
    payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as typeof payload
  } catch {
    return undefined
  }
  const number = payload.pull_request?.number
  const [owner, repo] = env.GITHUB_REPOSITORY.split('/')
  return typeof number === 'number' && owner && repo ? { owner, repo, number } : undefined
}

export function readRunner(env: NodeJS.ProcessEnv): Runner {
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com'
  return {
    workspace: env.GITHUB_WORKSPACE ?? '.',
    tempDir: env.RUNNER_TEMP ?? '.',
    stepSummary: env.GITHUB_STEP_SUMMARY || undefined,
    region: env.AWS_REGION || env.AWS_DEFAULT_REGION || undefined,
    runIdentity: env.GITHUB_RUN_ID
      ? `${env.GITHUB_REPOSITORY ?? ''}/${env.GITHUB_RUN_ID}/${env.GITHUB_JOB ?? ''}`
      : `local/${Date.now()}/${Math.random()}`,
    job: `${env.GITHUB_WORKFLOW ?? 'workflow'}/${env.GITHUB_JOB ?? 'job'}`,
    pullRequest: pullRequestOf(env),
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    runUrl: env.GITHUB_RUN_ID ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : undefined,
    endpoints: endpointsOf(env)
  }
}

/**
 * The command line's runner: policy paths from the current folder, the report there, the region from the AWS
 * environment, and the lifecycle's idempotency tokens from `runId` (stable across retries of a CI job) when given.
 */
export function localRunner(env: NodeJS.ProcessEnv, runId: string): Runner {
  return {
    workspace: process.cwd(),
    tempDir: '.',
    region: env.AWS_REGION || env.AWS_DEFAULT_REGION || undefined,
    runIdentity: runId ? `run/${runId}` : `local/${Date.now()}/${Math.random()}`,
    job: 'image-gate',
    apiUrl: '',
    endpoints: endpointsOf(env)
  }
}

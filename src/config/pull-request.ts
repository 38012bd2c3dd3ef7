/** Which pull request the run belongs to, from the event payload the runner writes (GITHUB_EVENT_PATH). */
import { readFileSync } from 'node:fs'

export interface PullRequest {
  owner: string
  repo: string
  number: number
}

export function pullRequestOf(env: NodeJS.ProcessEnv): PullRequest | undefined {
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

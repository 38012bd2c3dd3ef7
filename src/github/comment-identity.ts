/**
 * Whose comment is the gate's: only one written by the identity of the token the gate writes with. A user's
 * token (PAT) names it through `GET /user`; GitHub refuses that call to app installation tokens (GITHUB_TOKEN is
 * the github-actions app's), whose bot login GraphQL's `viewer` gives.
 */
import type { getOctokit } from '@actions/github'

type Octokit = ReturnType<typeof getOctokit>

/** The login the token writes as, or undefined when GitHub would not say. */
export async function tokenLogin(octokit: Octokit): Promise<string | undefined> {
  try {
    return (await octokit.rest.users.getAuthenticated()).data.login
  } catch {
    // An installation token: GET /user is "not accessible by integration".
  }
  try {
    return (await octokit.graphql<{ viewer: { login: string } }>('query { viewer { login } }')).viewer.login
  } catch {
    return undefined
  }
}

/** An app's comments are signed `<slug>[bot]`; GraphQL may name the same bot without the suffix. */
export function isAuthor(author: string | undefined, login: string): boolean {
  const bare = (name: string) => name.toLowerCase().replace(/\[bot\]$/, '')
  return author !== undefined && bare(author) === bare(login)
}

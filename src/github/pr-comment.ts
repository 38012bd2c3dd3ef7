/**
 * R3: one sticky PR comment per gate, found again by a hidden marker and updated in place on re-runs, under
 * GitHub's 65,536-character limit. A missing token or permission is a warning; it never changes the verdict.
 */
import * as core from '@actions/core'
import type { CommentSettings } from '../core/settings.js'
import { isAuthor, tokenLogin } from './comment-identity.js'
import { loadUndici } from './deferred-undici.js'
import { logLine } from './log.js'

/** GitHub refuses comments over 65,536 characters; keep room for the marker and the footer. */
export const COMMENT_BUDGET_BYTES = 60_000

export function marker(key: string): string {
  // The key is the workflow and job names: keep it from closing the HTML comment.
  return `<!-- image-gate:${key.replace(/-->|[<>]/g, '_')} -->`
}

function commentBody(markdown: string, settings: CommentSettings): string {
  const footer = settings.runUrl
    ? `\n\n<small>Full details in the [job summary](${settings.runUrl}) and the JSON report.</small>`
    : ''
  return `${marker(settings.key)}\n${markdown}${footer}`
}

function status(error: unknown): number | undefined {
  return typeof error === 'object' && error !== null && 'status' in error
    ? Number((error as { status: unknown }).status)
    : undefined
}

export type CommentResult = 'created' | 'updated' | 'skipped' | 'failed'

export async function upsertComment(settings: CommentSettings, markdown: string): Promise<CommentResult> {
  const pr = settings.pullRequest
  if (!pr) {
    logLine('comment: this run is not for a pull request, so there is no comment to write')
    return 'skipped'
  }
  if (!settings.token) {
    core.warning(
      'comment: no github-token was given; set github-token (e.g. ${{ github.token }}) with the pull-requests: ' +
        'write permission'
    )
    return 'skipped'
  }
  // Octokit, and the HTTP library under it, are loaded only to comment.
  await loadUndici()
  const { getOctokit } = await import('@actions/github')
  const octokit = getOctokit(settings.token, { baseUrl: settings.apiUrl })
  const body = commentBody(markdown, settings)
  try {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
      owner: pr.owner,
      repo: pr.repo,
      issue_number: pr.number,
      per_page: 100
    })
    // Anyone can copy the marker: only a comment the token's own identity wrote is the gate's.
    const login = await tokenLogin(octokit)
    if (!login) logLine('comment: GitHub did not say whose token this is, so no earlier comment is taken as ours')
    const mine =
      login && comments.find((c) => c.body?.startsWith(marker(settings.key)) && isAuthor(c.user?.login, login))
    if (mine) {
      await octokit.rest.issues.updateComment({ owner: pr.owner, repo: pr.repo, comment_id: mine.id, body })
      logLine(`comment: updated ${mine.html_url}`)
      return 'updated'
    }
    const created = await octokit.rest.issues.createComment({
      owner: pr.owner,
      repo: pr.repo,
      issue_number: pr.number,
      body
    })
    logLine(`comment: created ${created.data.html_url}`)
    return 'created'
  } catch (error) {
    const code = status(error)
    const hint =
      code === 403 || code === 401
        ? 'the token lacks the pull-requests: write permission ' +
          "(add it to the job's permissions:; fork PRs get a read-only token)"
        : `GitHub answered ${code ?? 'with an error'}: ${error instanceof Error ? error.message : String(error)}`
    core.warning(`comment: the PR comment was not written: ${hint}`)
    return 'failed'
  }
}

/**
 * A local stand-in for the parts of GitHub's API the PR comment uses, with identities: each token belongs to a
 * user (a PAT: `GET /user` answers) or to an app installation such as GITHUB_TOKEN (`GET /user` answers 403
 * "Resource not accessible by integration"; GraphQL `viewer` answers the bot's login), and every comment
 * carries its author, as GitHub's do.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface Identity {
  login: string
  /** A user's token (PAT) or an app installation's (GITHUB_TOKEN is the github-actions app's). */
  kind: 'user' | 'installation'
}

export interface Comment {
  id: number
  body: string
  user: { login: string; type: 'User' | 'Bot' }
}

export class GitHubStandIn {
  comments: Comment[] = []
  requests: { method: string; url: string; authorization?: string }[] = []
  /** Answer every request with this status (e.g. 403), to test refusals. */
  refuseWith?: number
  url = ''
  private readonly server: Server

  constructor(private readonly tokens: Record<string, Identity>) {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = []
      req.on('data', (c: Buffer) => chunks.push(c))
      req.on('end', () =>
        this.handle(
          req.method ?? '',
          req.url ?? '',
          req.headers.authorization,
          Buffer.concat(chunks).toString(),
          (status, body) => {
            res.writeHead(status, { 'content-type': 'application/json' })
            res.end(JSON.stringify(body))
          }
        )
      )
    })
  }

  /** A comment someone else wrote, e.g. a user copying the gate's marker. */
  post(login: string, body: string): Comment {
    const comment: Comment = {
      id: this.comments.length + 100,
      body,
      user: { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' }
    }
    this.comments.push(comment)
    return comment
  }

  private handle(
    method: string,
    url: string,
    authorization: string | undefined,
    text: string,
    reply: (status: number, body: unknown) => void
  ): void {
    this.requests.push({ method, url, authorization })
    if (this.refuseWith) return reply(this.refuseWith, { message: 'Resource not accessible by integration' })
    const who = this.tokens[(authorization ?? '').replace(/^(token|bearer) /i, '')]
    if (!who) return reply(401, { message: 'Bad credentials' })
    const body = text ? (JSON.parse(text) as { body?: string; query?: string }) : {}
    const view = (c: Comment) => ({ ...c, html_url: `https://github.test/c/${c.id}` })
    if (url === '/user' && method === 'GET') {
      return who.kind === 'user'
        ? reply(200, { login: who.login, type: 'User' })
        : reply(403, { message: 'Resource not accessible by integration' })
    }
    if (url === '/graphql' && method === 'POST') {
      if (/viewer\s*\{[^}]*login/.test(body.query ?? '')) return reply(200, { data: { viewer: { login: who.login } } })
      return reply(200, { errors: [{ message: 'unsupported query in the stand-in' }] })
    }
    const list = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments(\?.*)?$/.exec(url)
    if (list && method === 'GET') return reply(200, this.comments.map(view))
    if (list && method === 'POST') return reply(201, view(this.post(who.login, body.body ?? '')))
    const one = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url)
    const found = one && this.comments.find((c) => c.id === Number(one[1]))
    if (found && method === 'PATCH') {
      found.body = body.body ?? ''
      return reply(200, view(found))
    }
    reply(404, { message: 'Not Found' })
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
    return this.url
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }
}

/** A stand-in where every token is the gate's own user token: every comment it wrote is the gate's. */
export function ownTokenGitHub(token: string): GitHubStandIn {
  return new GitHubStandIn({ [token]: { login: 'image-gate-bot', kind: 'user' } })
}

/** A local stand-in for the parts of GitHub's REST API the PR comment uses, for the real Octokit to talk to. */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface FakeComment {
  id: number
  body: string
}

export class FakeGitHub {
  comments: FakeComment[] = []
  requests: { method: string; url: string; authorization?: string }[] = []
  /** Answer every request with this status (e.g. 403), to test refusals. */
  refuseWith?: number
  url = ''
  private server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      this.requests.push({ method: req.method ?? '', url: req.url ?? '', authorization: req.headers.authorization })
      const reply = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' })
        res.end(JSON.stringify(body))
      }
      if (this.refuseWith) return reply(this.refuseWith, { message: 'Resource not accessible by integration' })
      const body = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString()) as { body: string }) : undefined
      const list = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments(\?.*)?$/.exec(req.url ?? '')
      const one = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(req.url ?? '')
      // Every comment here is the token's own: one identity, as GET /user says.
      if (req.url === '/user' && req.method === 'GET') return reply(200, { login: 'image-gate-bot' })
      const view = (c: FakeComment) => ({
        ...c,
        user: { login: 'image-gate-bot' },
        html_url: `https://github.test/c/${c.id}`
      })
      if (list && req.method === 'GET') return reply(200, this.comments.map(view))
      if (list && req.method === 'POST') {
        const comment = { id: this.comments.length + 100, body: body?.body ?? '' }
        this.comments.push(comment)
        return reply(201, view(comment))
      }
      const found = one && this.comments.find((c) => c.id === Number(one[1]))
      if (found && req.method === 'PATCH') {
        found.body = body?.body ?? ''
        return reply(200, view(found))
      }
      reply(404, { message: 'Not Found' })
    })
  })

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

/** The sticky PR comment through the real Octokit against a local stand-in for GitHub's REST API. */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { run } from '../src/main.js'
import { marker } from '../src/github/pr-comment.js'
import { ownTokenGitHub, type GitHubStandIn } from './github-server.js'
import { inputs, outputs, quiet, simulate, type SimHarness } from './helpers.js'

const ARN = 'arn:aws:imagebuilder:us-east-1:123456789012:image/web-ami/1.0.0/1'
const TOKEN = 'ghs_plantedSecretToken1234567890'

let h: SimHarness | undefined
let github: GitHubStandIn
const saved = { ...process.env }

/** A workflow execution id in AWS's shape (`wf-<uuid>`), numbered. */
const wfId = (i: number) => `wf-${String(i).padStart(8, '0')}-0000-4000-8000-000000000000`

function scenario(workflows: number, failing: number): string {
  const wf = Array.from(
    { length: workflows },
    (_, i) =>
      `      - { type: TEST, id: ${wfId(i)}, steps: 3, timeline: [{ at: 0s, status: RUNNING }, { at: 1m, status: ` +
      `${i < failing ? 'FAILED' : 'COMPLETED'}, message: "${'m'.repeat(200)} ${i}" }] }`
  )
  return `pageSize: { ListWorkflowExecutions: 25 }
images:
  - name: web-ami
    version: 1.0.0/1
    timeline: [{ at: 0s, status: TESTING }, { at: 1m, status: ${failing ? 'FAILED' : 'AVAILABLE'} }]
    workflows:
${wf.join('\n')}`
}

async function gate(yaml: string, values: Record<string, string> = {}) {
  await h?.stop()
  h = await simulate(yaml)
  return run({
    clock: h.clock,
    random: () => 0.5,
    readInput: inputs({
      'image-build-version-arn': ARN,
      comment: 'true',
      'github-token': TOKEN,
      'aws-retry-base-delay': '1ms',
      ...values
    })
  })
}

beforeEach(async () => {
  quiet()
  process.exitCode = undefined
  github = ownTokenGitHub(TOKEN)
  const dir = mkdtempSync(join(tmpdir(), 'image-gate-event-'))
  writeFileSync(join(dir, 'event.json'), JSON.stringify({ pull_request: { number: 42 } }))
  Object.assign(process.env, {
    GITHUB_API_URL: await github.start(),
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: join(dir, 'event.json'),
    GITHUB_REPOSITORY: 'acme/infra',
    GITHUB_RUN_ID: '777',
    GITHUB_WORKFLOW: 'hook gate',
    GITHUB_JOB: 'gate'
  })
})
afterEach(async () => {
  await h?.stop()
  h = undefined
  await github.stop()
  process.env = { ...saved }
  process.exitCode = undefined
})

describe('sticky PR comment', () => {
  it('creates one comment on the first run and updates the same one on the next', async () => {
    await gate(scenario(2, 1))
    expect(github.comments).toHaveLength(1)
    expect(github.comments[0]?.body.startsWith(marker('hook gate/gate'))).toBe(true)
    expect(github.comments[0]?.body).toContain('image-gate: fail')
    expect(github.comments[0]?.body).toContain('[job summary](https://github.com/acme/infra/actions/runs/777)')
    expect(github.requests[0]?.authorization).toBe(`token ${TOKEN}`)
    await gate(scenario(2, 0))
    expect(github.comments).toHaveLength(1)
    expect(github.comments[0]?.body).toContain('image-gate: pass')
    expect(github.requests.map((r) => `${r.method} ${r.url.split('?')[0]}`)).toEqual([
      'GET /repos/acme/infra/issues/42/comments',
      'GET /user',
      'POST /repos/acme/infra/issues/42/comments',
      'GET /repos/acme/infra/issues/42/comments',
      'GET /user',
      'PATCH /repos/acme/infra/issues/comments/100'
    ])
  })

  it('keeps a separate comment per comment-key', async () => {
    await gate(scenario(1, 0))
    await gate(scenario(1, 0), { 'comment-key': 'second gate' })
    expect(github.comments).toHaveLength(2)
  })

  it('trims an over-long summary under the comment limit and keeps every failing row', async () => {
    await gate(scenario(400, 30))
    const body = github.comments[0]?.body ?? ''
    expect(body.length).toBeLessThan(65_536)
    for (let i = 0; i < 30; i++) expect(body).toContain(`TEST workflow ${wfId(i)}`)
    expect(body).toContain('passing rows are in the JSON report')
  })

  it('turns a 403 into a warning that names the permission, verdict unchanged', async () => {
    github.refuseWith = 403
    const warnings: string[] = []
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      if (String(chunk).startsWith('::warning')) warnings.push(String(chunk))
      return true
    })
    const verdict = await gate(scenario(1, 0))
    expect(verdict).toBe('pass')
    expect(process.exitCode).toBeUndefined()
    expect(warnings.join('')).toContain('pull-requests: write')
  })

  it('writes nothing outside pull requests', async () => {
    process.env.GITHUB_EVENT_NAME = 'push'
    await gate(scenario(1, 0))
    expect(github.requests).toHaveLength(0)
  })

  it('masks the token and never writes it to the log, the outputs or the report', async () => {
    const log: string[] = []
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      log.push(String(chunk))
      return true
    })
    await gate(scenario(2, 1))
    const text = log.join('')
    expect(text).toContain(`::add-mask::${TOKEN}`)
    expect(text.replace(`::add-mask::${TOKEN}`, '')).not.toContain(TOKEN)
    const out = outputs((h as SimHarness).dir)
    expect(JSON.stringify(out)).not.toContain(TOKEN)
    const { readFileSync } = await import('node:fs')
    expect(readFileSync(out['report-path'] as string, 'utf8')).not.toContain(TOKEN)
  })
})

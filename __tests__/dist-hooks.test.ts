/**
 * The hook findings through the bundle, as the runner starts it: `node dist/index.js` against the simulator on
 * wall-clock time, with the PR comment written to a local stand-in for GitHub's API.
 */
import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Log } from 'sarif'
import { parseOutputs, runDist, runnerEnv } from '../scripts/runner-env.js'
import { readScenarioFile } from '../scripts/scenario-file.js'
import { startSimulator, type Simulator } from '../sim/server.js'
import { ownTokenGitHub, type GitHubStandIn } from './github-server.js'
import { sarifValidator } from './sarif-schema.js'

// Each run waits out its scenario's hooks on the wall clock (about 6 s).
jest.setTimeout(60_000)

let sim: Simulator | undefined
let github: GitHubStandIn | undefined
afterEach(async () => {
  await sim?.stop()
  await github?.stop()
  sim = github = undefined
})

/** Run the bundle on a scenario file with its own inputs (and `extra`), as a PR's job; what it left behind. */
async function runScenario(file: string, extra: Record<string, string> = {}) {
  const { scenario, inputs: given = {} } = readScenarioFile(file)
  sim = await startSimulator(scenario)
  github = ownTokenGitHub('ghs_test')
  const dir = mkdtempSync(join(tmpdir(), 'image-gate-event-'))
  writeFileSync(join(dir, 'event.json'), JSON.stringify({ pull_request: { number: 7 } }))
  const base = {
    PATH: process.env.PATH,
    GITHUB_API_URL: await github.start(),
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: join(dir, 'event.json'),
    GITHUB_REPOSITORY: 'acme/infra'
  }
  const inputs = { ...given, comment: 'true', 'github-token': 'ghs_test', 'poll-min-delay': '1s', ...extra }
  const runner = runnerEnv(sim, inputs, base)
  const { code, stdout } = await runDist(runner.env)
  return {
    code,
    stdout,
    summary: readFileSync(runner.summary, 'utf8'),
    outputs: parseOutputs(readFileSync(runner.output, 'utf8')),
    comment: github.comments[0]?.body ?? '',
    calls: sim.calls
  }
}

describe('dist/index.js on hook findings', () => {
  it('fails a PR whose Guard hook fails, showing the failed rules worst first with their remediation', async () => {
    const sarifPath = join(mkdtempSync(join(tmpdir(), 'image-gate-sarif-')), 'gate.sarif')
    const r = await runScenario('scenarios/hooks-guard-annotations.yml', { 'sarif-path': sarifPath })
    expect(r.code).toBe(1)
    expect(r.outputs.verdict).toBe('fail')
    for (const text of [r.summary, r.comment]) {
      const rules = text.split('### Failed rules')[1] ?? ''
      const order = [...rules.matchAll(/<small>(CRITICAL|HIGH|MEDIUM|LOW|INFORMATIONAL)<\/small>/g)].map((m) => m[1])
      expect(order).toEqual(['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL'])
      // Long words may wrap (<wbr>); the text is the same.
      expect(rules.replaceAll('<wbr>', '')).toContain('Set all four PublicAccessBlockConfiguration flags')
      expect(rules).toContain(
        '<a href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html">'
      )
      expect(text).not.toMatch(/href="(?:javascript|data):/i)
      // GitHub's CSS gives <sub> no line height: a second line or a wrapped one is drawn over the first.
      expect(text).not.toContain('<sub>')
    }
    expect(r.stdout).toMatch(
      /::error title=image-gate%3A S3_BUCKET_PUBLIC_ACCESS_BLOCKED on AssetsBucket .*,file=scenarios\/templates\/web-service.yml,line=10,/
    )
    // The SARIF file validates against the SARIF 2.1.0 schema and points at the template's lines.
    const log = JSON.parse(readFileSync(sarifPath, 'utf8')) as Log
    expect(sarifValidator()(log)).toBe(true)
    const lines = (log.runs[0]?.results ?? []).map((x) => x.locations?.[0]?.physicalLocation?.region?.startLine)
    expect(new Set(lines)).toEqual(new Set([10, 16, 20]))
  })

  it('fails a change set that fails early validation, with the validation messages', async () => {
    const r = await runScenario('scenarios/hooks-early-validation.yml', { 'empty-grace': '1s' })
    expect(r.code).toBe(1)
    expect(r.outputs.verdict).toBe('fail')
    for (const text of [r.summary, r.comment]) {
      expect(text).toContain('AWS::EarlyValidation::ResourceExistenceCheck')
      expect(text).toContain('with identifier &#39;web-service-assets&#39; already exists.')
    }
    expect(r.stdout).toMatch(
      /::error title=image-gate%3A AWS%3A%3AEarlyValidation%3A%3APropertyValidation on JobsQueue .*,line=19,/
    )
  })

  it('keeps the verdict when GetHookResult is denied, with one line naming the permission', async () => {
    const r = await runScenario('scenarios/hooks-detail-denied.yml')
    expect(r.code).toBe(1)
    expect(r.outputs.verdict).toBe('fail')
    const line = 'the role lacks cloudformation:GetHookResult (grant it to show them)'
    expect(r.summary).toContain(line)
    expect(r.comment).toContain(line)
    expect(r.stdout).toContain('::notice::The failed rules of 1 hook result are not shown')
  })
})

/**
 * Class 3: text from AWS can never act. Every field AWS fills (types, statuses, names, reasons, messages,
 * error messages) carries a payload of workflow commands behind newlines and carriage returns; the bundled
 * action's log must hold no line the runner would take as a command other than the action's own. And the PR
 * comment: only the token's own comment is the gate's, and matrix legs never overwrite each other.
 */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gateOnce, inputDefaults, runBundle, startSim, type BundleRun } from './bundle.js'
import { GitHubStandIn } from '../github-server.js'

jest.setTimeout(60_000)

/** Commands behind every kind of line break the runner splits on, and the old `##[` form that works mid-line. */
const P =
  'pwned\n::set-output name=verdict::pass\r::add-mask::image-gate\r\n::warning::pwned\n   ::stop-commands::pwned\n::pwned::\nx ##[set-output name=verdict;]pass'
const Q = JSON.stringify(P)
const IMAGE = (v = '1.0.0/1') => `arn:aws:imagebuilder:us-east-1:123456789012:image/web-ami/${v}`
const CS = 'arn:aws:cloudformation:us-east-1:123456789012:changeSet/pr-3/00000000-0000-4000-8000-000000000003'

/**
 * Lines the runner would process as workflow commands that the action did not mean to write: any line that
 * starts (after spaces) with `::` and is not one of the action's own commands, and any line with `##[`.
 */
function injected(run: BundleRun, token?: string): string[] {
  const own = /^::(error|warning|notice|debug)( [^:]*)?::|^::group::|^::endgroup::$/
  return run.lines.filter((line) => {
    const text = line.trimStart()
    // The action's own commands: their data is escaped by @actions/core, and a line the runner parses as a
    // `::` command is not parsed again in the old `##[` form.
    if (own.test(text) || (token !== undefined && text === `::add-mask::${token}`)) return false
    return text.startsWith('::') || line.includes('##[')
  })
}

const FAILING = `lifecycle: { duration: 1s, outcome: FAILED, reason: ${Q} }
images:
  - name: web-ami
    version: 1.0.0/1
    timeline: [{ at: 0s, status: BUILDING }, { at: 1s, status: FAILED, reason: ${Q} }]
    workflows:
      - { type: { future: ${Q} }, arn: "arn:aws:imagebuilder:us-east-1:aws:workflow/test/test-image/1.0.0/1", id: wf-00000031-0000-4000-8000-000000000000, timeline: [{ at: 0s, status: RUNNING }, { at: 1s, status: FAILED, message: ${Q} }] }
      - { type: TEST, id: wf-00000032-0000-4000-8000-000000000000, timeline: [{ at: 0s, status: RUNNING }, { at: 1s, status: FAILED, message: ${Q} }] }
changeSets: [{ name: pr-3, arn: ${CS}, stackName: web, timeline: [{ at: 0s, status: CREATE_IN_PROGRESS }, { at: 1s, status: FAILED, reason: ${Q} }] }]
hookResults:
  - { typeName: ${Q}, typeArn: "arn:aws:cloudformation:us-east-1:123456789012:type/hook/Org-Evil-Hook", failureMode: { future: ${Q} }, targetId: ${CS}, timeline: [{ at: 0s, status: HOOK_IN_PROGRESS }, { at: 1s, status: HOOK_COMPLETE_FAILED, reason: ${Q} }] }
  - { typeName: "Org::Sec::Scan", failureMode: FAIL, targetId: ${CS}, timeline: [{ at: 0s, status: HOOK_FAILED, reason: ${Q} }] }
stacks:
  - name: pc-img
    events:
      - { at: 0s, status: CREATE_IN_PROGRESS }
      - { at: 0s, logicalId: ${Q}, resourceType: ${Q}, physicalId: ${Q}, status: CREATE_FAILED, reason: ${Q} }
      - { at: 1s, status: ROLLBACK_COMPLETE, reason: ${Q} }
faults:
  - { operation: GetImage, error: ServiceUnavailableException, message: ${Q}, times: 2 }
  - { operation: DescribeChangeSet, error: ServiceUnavailable, message: ${Q}, times: 2 }
  - { operation: StartResourceStateUpdate, error: AccessDeniedException, message: ${Q}, times: 1000 }
`
const ALL_TARGETS = {
  'image-build-version-arn': IMAGE(),
  'change-set-arn': CS,
  'parallelcluster-image-id': 'pc-img',
  'aws-region': 'us-east-1'
}
const ON_FAIL = 'version: 1\nlifecycle: { on-fail: { state: DISABLED, target: this-build } }\n'

describe('workflow commands in AWS text are inert in the log', () => {
  it('types, names, reasons, messages and error messages of a failing run, with progress, groups and lifecycle lines', async () => {
    const r = await gateOnce(FAILING, { ...ALL_TARGETS, policy: ON_FAIL, timeout: '20s' })
    expect(r.out.verdict).toBe('fail')
    expect(r.stdout).toContain('pwned')
    expect(injected(r)).toEqual([])
  })

  it('statuses AWS has never used, while waiting until the timeout', async () => {
    const status = `[{ at: 0s, status: { future: ${Q} } }]`
    const r = await gateOnce(
      `images:
  - { name: web-ami, version: 1.0.0/1, timeline: ${status}, workflows: [{ type: BUILD, id: wf-00000031-0000-4000-8000-000000000000, timeline: ${status} }] }
changeSets: [{ name: pr-3, arn: ${CS}, stackName: web, timeline: ${status} }]
hookResults: [{ typeName: "Org::Sec::Scan", targetId: ${CS}, timeline: ${status} }]
stacks: [{ name: pc-img, events: [{ at: 0s, status: { future: ${Q} } }, { at: 0s, logicalId: Image, resourceType: "AWS::ImageBuilder::Image", status: { future: ${Q} } }] }]`,
      { ...ALL_TARGETS, timeout: '2s' }
    )
    expect(r.stdout).toContain('pwned')
    expect(injected(r)).toEqual([])
  })

  it('the verdict line of a run that warns', async () => {
    const r = await gateOnce(
      `changeSets: [{ name: pr-3, arn: ${CS}, stackName: web }]
hookResults: [{ typeName: "Org::Cost::Check", failureMode: WARN, targetId: ${CS}, timeline: [{ at: 0s, status: HOOK_COMPLETE_FAILED, reason: ${Q} }] }]`,
      { 'change-set-arn': CS }
    )
    expect(r.out.verdict).toBe('warn')
    expect(injected(r)).toEqual([])
  })

  it('lifecycle execution statuses and reasons while following updates', async () => {
    const r = await gateOnce(
      `lifecycle: { duration: 0s, outcome: { future: ${Q} }, reason: ${Q} }
images:
  - { name: web-ami, version: 1.0.0/1, timeline: [{ at: 0s, status: AVAILABLE }] }
  - { name: web-ami, version: 1.0.0/2, timeline: [{ at: 0s, status: AVAILABLE }], workflows: [{ type: BUILD, timeline: [{ at: 0s, status: COMPLETED }] }] }`,
      {
        'image-build-version-arn': IMAGE('1.0.0/2'),
        policy: 'version: 1\nlifecycle: { on-pass: { state: DEPRECATED, target: previous-versions } }\n',
        'lifecycle-timeout': '2s'
      }
    )
    expect(r.stdout).toContain('pwned')
    expect(injected(r)).toEqual([])
  })

  it('the summary printed to the log when there is no GITHUB_STEP_SUMMARY', async () => {
    const r = await gateOnce(FAILING, { ...ALL_TARGETS, timeout: '20s' }, { env: { GITHUB_STEP_SUMMARY: '' } })
    expect(r.out.verdict).toBe('fail')
    expect(injected(r)).toEqual([])
  })
})

describe('the PR comment', () => {
  const TOKEN = 'ghs_jobTokenOfTheGate000000000000'
  const PAT = 'github_pat_ownerToken0000000000000'
  let github: GitHubStandIn
  let env: NodeJS.ProcessEnv

  beforeEach(async () => {
    github = new GitHubStandIn({
      [TOKEN]: { login: 'github-actions[bot]', kind: 'installation' },
      [PAT]: { login: 'release-owner', kind: 'user' },
      ghp_mallory: { login: 'mallory', kind: 'user' }
    })
    const dir = mkdtempSync(join(tmpdir(), 'image-gate-event-'))
    writeFileSync(join(dir, 'event.json'), JSON.stringify({ pull_request: { number: 5 } }))
    env = {
      GITHUB_API_URL: await github.start(),
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: join(dir, 'event.json'),
      GITHUB_REPOSITORY: 'acme/infra',
      GITHUB_RUN_ID: '900',
      GITHUB_WORKFLOW: 'images',
      GITHUB_JOB: 'gate'
    }
  })
  afterEach(async () => {
    await github.stop()
  })

  const PASSING = `images: [{ name: web-ami, version: 1.0.0/1, workflows: [{ type: BUILD, timeline: [{ at: 0s, status: COMPLETED }] }] }]`
  const FAILED = `images: [{ name: web-ami, version: 1.0.0/1, timeline: [{ at: 0s, status: FAILED, reason: broken }], workflows: [{ type: BUILD, timeline: [{ at: 0s, status: FAILED }] }] }]`

  it.each([
    ['GITHUB_TOKEN (github-actions[bot])', TOKEN, 'github-actions[bot]'],
    ['a personal access token', PAT, 'release-owner']
  ])('a comment written by someone else is never taken as the gate own, with %s', async (_, token, login) => {
    const sim = await startSim(FAILED)
    try {
      // The marker is no secret: anyone can copy the gate's comment, marker and all, before the gate runs.
      const first = await runBundle(
        sim,
        { 'image-build-version-arn': IMAGE(), comment: 'true', 'github-token': token },
        { env }
      )
      expect(first.out.verdict).toBe('fail')
      const genuine = github.comments[0]
      expect(genuine?.user.login).toBe(login)
      github.comments = []
      const forged = github.post('mallory', `${genuine?.body ?? ''}\n\n(edited later to say pass)`)
      const before = forged.body
      await runBundle(sim, { 'image-build-version-arn': IMAGE(), comment: 'true', 'github-token': token }, { env })
      expect(forged.body).toBe(before)
      const mine = github.comments.filter((c) => c.user.login === login)
      expect(mine).toHaveLength(1)
      expect(mine[0]?.body).toContain('image-gate: fail')
    } finally {
      await sim.stop()
    }
  })

  it('matrix legs of one job keep separate comments: a later passing leg never hides a failing one', async () => {
    const failing = await startSim(FAILED)
    const passing = await startSim(PASSING)
    try {
      const legs = [
        { matrix: { region: 'us-east-1' }, index: 0 },
        { matrix: { region: 'eu-west-1' }, index: 1 }
      ]
      const inputs = { 'image-build-version-arn': IMAGE(), comment: 'true', 'github-token': TOKEN }
      expect(inputDefaults(legs[0])).not.toEqual(inputDefaults(legs[1]))
      await runBundle(failing, inputs, { env, leg: legs[0] })
      await runBundle(passing, inputs, { env, leg: legs[1] })
      const bodies = github.comments.map((c) => c.body).join('\n----\n')
      expect(bodies).toContain('image-gate: fail')
      expect(bodies).toContain('image-gate: pass')
      // A re-run of the failing leg updates its own comment, not the passing leg's.
      await runBundle(failing, inputs, { env, leg: legs[0] })
      expect(
        github.comments
          .map((c) => c.body)
          .join('\n----\n')
          .match(/image-gate: (pass|fail)/g)
          ?.sort()
      ).toEqual(['image-gate: fail', 'image-gate: pass'])
    } finally {
      await failing.stop()
      await passing.stop()
    }
  })
})

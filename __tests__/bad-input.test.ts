/**
 * Every input with wrong values, through the whole action: each is refused before any AWS call, with a message
 * that names the input and the value; nothing destructive runs.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { run } from '../src/main.js'
import { inputs, outputs, simulate, type SimHarness } from './helpers.js'

const IMAGE = 'arn:aws:imagebuilder:us-east-1:123456789012:image/web-ami/1.0.0/1'
const HOOK = 'arn:aws:cloudformation:us-east-1:123456789012:type/hook/Org-Sec-Scan'

/** [input, value, other inputs needed to reach the check, what the message must say]. */
export const BAD_INPUTS: [string, string, Record<string, string>, RegExp][] = [
  ['image-build-version-arn', '', {}, /name at least one target/],
  ['image-build-version-arn', 'not-an-arn', {}, /expected arn:aws:imagebuilder/],
  ['image-build-version-arn', 'arn:aws:s3:::bucket', {}, /not an Image Builder ARN/],
  [
    'image-build-version-arn',
    'arn:aws:imagebuilder:us-east-1:123456789012:image-recipe/r/1.0.0',
    {},
    /not an image ARN/
  ],
  [
    'image-build-version-arn',
    'arn:aws:imagebuilder:us-east-1:123456789012:image/web-ami/1.0.0',
    {},
    /append the build number/
  ],
  [
    'image-build-version-arn',
    'arn:aws:imagebuilder:moon-base-1:123456789012:image/web-ami/1.0.0/1',
    {},
    /not an AWS region/
  ],
  ['image-build-version-arn', IMAGE, { 'aws-region': 'eu-west-1' }, /differs from aws-region/],
  ['aws-region', 'Europe', { 'image-build-version-arn': IMAGE }, /AWS region code/],
  ['change-set-arn', 'pr-1', {}, /changeSet/],
  ['change-set-arn', 'arn:aws:cloudformation:us-east-1:123456789012:stack/web/1', {}, /changeSet/],
  ['hook-target-type', 'BUCKET', { 'hook-target-id': 'x', 'aws-region': 'us-east-1' }, /one of CHANGE_SET/],
  ['hook-target-id', '', { 'hook-target-type': 'STACK' }, /only together/],
  ['hook-target-type', '', { 'hook-target-id': 'x' }, /only together/],
  [
    'hook-type-arn',
    HOOK,
    { 'hook-target-type': 'STACK', 'hook-target-id': 'web', 'aws-region': 'us-east-1' },
    /not both/
  ],
  ['hook-type-arn', 'Org::Sec::Scan', {}, /type\/hook/],
  ['hook-status', 'HOOK_FAILED', { 'all-hook-results': 'true', 'aws-region': 'us-east-1' }, /set hook-type-arn too/],
  ['hook-status', 'BROKEN', { 'hook-type-arn': HOOK }, /one of HOOK_IN_PROGRESS/],
  ['all-hook-results', 'maybe', {}, /true or false/],
  ['all-hook-results', 'true', {}, /set aws-region/],
  ['parallelcluster-image-id', 'bad_id!', { 'aws-region': 'us-east-1' }, /starts with a letter/],
  ['stack', 'web_service!', { 'aws-region': 'us-east-1' }, /a stack name \(a letter/],
  ['stack', 'web-service', {}, /set aws-region \(or AWS_REGION\), or give the stack ID/],
  ['stack', 'arn:aws:cloudformation:us-east-1:123456789012:changeSet/pr-1/0a1b', {}, /stack\/<name>\/<id>/],
  ['client-request-token', 'deploy 1', { stack: 'web', 'aws-region': 'us-east-1' }, /1 to 128 letters/],
  ['client-request-token', 'deploy-1', { 'image-build-version-arn': IMAGE }, /set stack too/],
  ['timeout', 'soon', { 'image-build-version-arn': IMAGE }, /duration like 90s/],
  ['timeout', '-5m', { 'image-build-version-arn': IMAGE }, /duration like 90s/],
  ['timeout', '0s', { 'image-build-version-arn': IMAGE }, /at least 1 ms/],
  ['poll-min-delay', '10 seconds', { 'image-build-version-arn': IMAGE }, /duration/],
  ['poll-max-delay', '1s', { 'image-build-version-arn': IMAGE, 'poll-min-delay': '5s' }, /not be below poll-min-delay/],
  ['empty-grace', 'x', { 'image-build-version-arn': IMAGE }, /duration/],
  ['not-found-grace', '5 min', { 'image-build-version-arn': IMAGE }, /duration/],
  ['aws-max-attempts', '0', { 'image-build-version-arn': IMAGE }, /whole number from 1 to 20/],
  ['aws-max-attempts', 'many', { 'image-build-version-arn': IMAGE }, /whole number/],
  ['aws-retry-base-delay', 'fast', { 'image-build-version-arn': IMAGE }, /duration/],
  ['aws-request-timeout', '1ms', { 'image-build-version-arn': IMAGE }, /at least 100 ms/],
  ['mode', 'purge', { 'image-build-version-arn': IMAGE }, /use gate .*, cleanup .* or merge/],
  ['reports', 'reports/', { 'image-build-version-arn': IMAGE }, /only mode merge reads reports/],
  [
    'mode',
    'cleanup',
    {
      'image-build-version-arn': IMAGE,
      'aws-region': 'us-east-1',
      policy: 'version: 1\ncleanup: { state: DEPRECATED }\n'
    },
    /cleanup waits on nothing/
  ],
  ['policy', 'version: 1\ncleanup: { state: DEPRECATED }\n', { mode: 'cleanup' }, /.*/],
  ['policy', '.github/missing.yml', { 'image-build-version-arn': IMAGE }, /cannot be read/],
  [
    'policy',
    'version: 1\nhooks: { hook-faild: warn }\n',
    { 'image-build-version-arn': IMAGE },
    /did you mean "hook-failed"/
  ],
  [
    'allow-delete',
    'false',
    {
      'image-build-version-arn': IMAGE,
      policy: 'version: 1\nlifecycle: { on-pass: { state: DELETED, target: previous-versions } }\n'
    },
    /deletes images/
  ],
  ['allow-delete', 'yes', { 'image-build-version-arn': IMAGE }, /true or false/],
  ['dry-run', 'sure', { 'image-build-version-arn': IMAGE }, /true or false/],
  ['lifecycle', 'delete-all', { 'image-build-version-arn': IMAGE }, /disable-on-fail, deprecate-previous/],
  ['lifecycle-wait', 'later', { 'image-build-version-arn': IMAGE }, /true or false/],
  ['lifecycle-timeout', 'forever', { 'image-build-version-arn': IMAGE }, /duration/],
  ['lifecycle-rate', '0', { 'image-build-version-arn': IMAGE }, /requests per second/],
  ['lifecycle-rate', '5000', { 'image-build-version-arn': IMAGE }, /requests per second/],
  ['lifecycle-concurrency', '1.5', { 'image-build-version-arn': IMAGE }, /whole number from 1 to 32/],
  ['comment', 'please', { 'image-build-version-arn': IMAGE }, /true or false/],
  ['template', 'infra/missing.yml', { 'image-build-version-arn': IMAGE }, /cannot be read \(ENOENT\)/],
  ['template', 'README.md', { 'image-build-version-arn': IMAGE }, /not a CloudFormation template/],
  ['template', '../outside.yml', { 'image-build-version-arn': IMAGE }, /inside the repository/],
  ['sarif-path', 'image-gate.sarif', { 'image-build-version-arn': IMAGE }, /set template too/],
  [
    'current-image-build-version-arn',
    'web-ami',
    { mode: 'cleanup', 'aws-region': 'us-east-1', policy: 'version: 1\ncleanup: { state: DEPRECATED }\n' },
    /expected arn:aws:imagebuilder/
  ]
]

let h: SimHarness
let failed: string[] = []

beforeAll(async () => {
  h = await simulate(`images: [{ name: web-ami, version: 1.0.0/1 }]`)
  // Region-less targets must name their region here: the harness's AWS_REGION would hide that check.
  delete process.env.AWS_REGION
})
afterAll(async () => {
  await h.stop()
})
beforeEach(() => {
  failed = []
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    if (String(chunk).startsWith('::error::')) failed.push(String(chunk))
    return true
  })
  process.exitCode = undefined
})

describe('bad input', () => {
  it.each(BAD_INPUTS.map(([input, value, rest, fix]) => [input, JSON.stringify(value), rest, fix, value] as const))(
    '%s = %s is refused before any AWS call',
    async (input, _shown, rest, fix, value) => {
      const before = h.sim.calls.length
      const verdict = await run({ clock: h.clock, readInput: inputs({ ...rest, [input]: value }) })
      expect(verdict).toBe('invalid-input')
      expect(h.sim.calls.length).toBe(before)
      expect(process.exitCode).toBe(1)
      const message = failed.join('').replace(/%0A/g, '\n')
      expect(message).toContain(
        `Input "${input === 'policy' && value.includes('cleanup') ? 'aws-region' : input}" is invalid`
      )
      if (!value.includes('\n')) expect(message).toContain(JSON.stringify(value))
      expect(message).toMatch(fix)
    }
  )

  it('lets dry-run win over everything that would mutate: nothing is started, even deletes', async () => {
    const sim = await simulate(`images:
  - { name: web-ami, version: 1.0.0/1, timeline: [{ at: 0s, status: AVAILABLE }] }
  - { name: web-ami, version: 1.0.0/2, timeline: [{ at: 0s, status: AVAILABLE }], workflows: [{ type: BUILD, timeline: [{ at: 0s, status: COMPLETED }] }] }`)
    try {
      const verdict = await run({
        clock: sim.clock,
        readInput: inputs({
          'image-build-version-arn': 'arn:aws:imagebuilder:us-east-1:123456789012:image/web-ami/1.0.0/2',
          policy: 'version: 1\nlifecycle: { on-pass: { state: DELETED, target: previous-versions } }\n',
          'allow-delete': 'true',
          'dry-run': 'true'
        })
      })
      expect(verdict).toBe('pass')
      expect(sim.sim.count('StartResourceStateUpdate')).toBe(0)
      expect(outputs(sim.dir)['lifecycle-status']).toBe('dry-run')
    } finally {
      await sim.stop()
    }
  })
})

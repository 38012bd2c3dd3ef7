import { describe, expect, it } from '@jest/globals'
import { parseConfig, type Config, type GateConfig } from '../../src/config/config.js'
import { ConfigError } from '../../src/config/inputs.js'
import { inputs } from '../helpers.js'

const ARN = 'arn:aws:imagebuilder:us-east-1:123456789012:image/web-ami/1.4.0/7'
const STACK_ARN = 'arn:aws:cloudformation:us-east-1:123456789012:stack/api/6a7b8c9d-0e1f-4a2b-9c3d-4e5f6a7b8c9d'

/** The config of a gate (the tests below name targets), or a failed test. */
async function gateConfig(values: Record<string, string>, env: NodeJS.ProcessEnv): Promise<GateConfig> {
  const config: Config = await parseConfig(inputs(values), env)
  if (config.mode !== 'gate') throw new Error(`expected a gate config, got ${config.mode}`)
  return config
}

async function problems(values: Record<string, string>) {
  try {
    await parseConfig(inputs(values), {})
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError)
    return (error as ConfigError).problems
  }
  throw new Error('expected a ConfigError')
}

describe('parseConfig', () => {
  it('parses a full set of inputs into a typed config', async () => {
    const config = await gateConfig(
      {
        'image-build-version-arn': `${ARN}\narn:aws:imagebuilder:eu-west-1:123456789012:image/db/2.0.0/1, ${ARN}`,
        timeout: '90m',
        'poll-min-delay': '10s',
        'poll-max-delay': '2m',
        'report-path': 'out/report.json'
      },
      {}
    )
    expect(config.targets.imageBuilds.map((b) => [b.region, b.name, b.version, b.build])).toEqual([
      ['us-east-1', 'web-ami', '1.4.0', '7'],
      ['eu-west-1', 'db', '2.0.0', '1']
    ])
    expect(config.waiting.timeoutMs).toBe(5_400_000)
    expect(config.backoff).toEqual({ minDelayMs: 10_000, maxDelayMs: 120_000 })
    expect(config.report.path).toBe('out/report.json')
  })

  it('uses documented defaults', async () => {
    const config = await gateConfig({ 'image-build-version-arn': ARN }, { RUNNER_TEMP: '/tmp/runner' })
    expect(config).toMatchObject({
      waiting: { timeoutMs: 3_600_000 },
      backoff: { minDelayMs: 5000, maxDelayMs: 120_000 },
      report: { path: '/tmp/runner/image-gate-report.json' }
    })
    expect(config.aws).toEqual({ maxAttempts: 5, retryBaseDelayMs: 250, requestTimeoutMs: 30_000, endpoints: {} })
    expect(config.waiting.notFoundGraceMs).toBe(30_000)
  })

  it.each([
    [
      { AWS_ENDPOINT_URL_IMAGEBUILDER: 'http://a:1', AWS_ENDPOINT_URL: 'http://all:2' },
      {
        imagebuilder: { variable: 'AWS_ENDPOINT_URL_IMAGEBUILDER', url: 'http://a:1' },
        cloudformation: { variable: 'AWS_ENDPOINT_URL', url: 'http://all:2' }
      }
    ],
    [
      { AWS_ENDPOINT_URL_CLOUDFORMATION: 'http://c:3' },
      { cloudformation: { variable: 'AWS_ENDPOINT_URL_CLOUDFORMATION', url: 'http://c:3' } }
    ],
    [{ AWS_ENDPOINT_URL: 'http://all:2', AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: 'true' }, {}]
  ])('knows which variable set each endpoint the SDK will call (%o)', async (env, endpoints) => {
    expect((await gateConfig({ 'image-build-version-arn': ARN }, env)).aws.endpoints).toEqual(endpoints)
  })

  it.each([
    [{}, 'image-build-version-arn', '', /name at least one target: image-build-version-arn, change-set-arn/],
    [
      { 'image-build-version-arn': 'web-ami' },
      'image-build-version-arn',
      'web-ami',
      /expected arn:aws:imagebuilder:<region>/
    ],
    [
      { 'image-build-version-arn': 'arn:aws:imagebuilder:us-east-1:123456789012:image/web-ami/1.4.0' },
      'image-build-version-arn',
      'arn:aws:imagebuilder:us-east-1:123456789012:image/web-ami/1.4.0',
      /append the build number/
    ],
    [
      { 'image-build-version-arn': 'arn:aws:s3:::bucket/key' },
      'image-build-version-arn',
      'arn:aws:s3:::bucket/key',
      /not an Image Builder ARN/
    ],
    [
      { 'image-build-version-arn': 'arn:aws:imagebuilder:us-east-1:123456789012:component/c/1.0.0/1' },
      'image-build-version-arn',
      'arn:aws:imagebuilder:us-east-1:123456789012:component/c/1.0.0/1',
      /not an image ARN \(Image Builder component\)/
    ],
    [
      { 'image-build-version-arn': 'arn:aws:imagebuilder:mars-north-1:123456789012:image/web-ami/1.4.0/7' },
      'image-build-version-arn',
      'arn:aws:imagebuilder:mars-north-1:123456789012:image/web-ami/1.4.0/7',
      /not an AWS region/
    ],
    [
      { 'image-build-version-arn': ARN, 'aws-region': 'eu-west-1' },
      'image-build-version-arn',
      ARN,
      /differs from aws-region eu-west-1/
    ],
    [{ 'image-build-version-arn': ARN, 'aws-region': 'useast1' }, 'aws-region', 'useast1', /AWS region code/],
    [{ 'image-build-version-arn': ARN, timeout: 'ten minutes' }, 'timeout', 'ten minutes', /duration like 90s/],
    [{ 'image-build-version-arn': ARN, timeout: '0s' }, 'timeout', '0s', /at least 1 ms/],
    [
      { 'image-build-version-arn': ARN, 'poll-min-delay': '2m', 'poll-max-delay': '1m' },
      'poll-max-delay',
      '1m',
      /not be below poll-min-delay/
    ],
    [{ 'image-build-version-arn': ARN, 'aws-max-attempts': '0' }, 'aws-max-attempts', '0', /whole number from 1 to 20/]
  ])('refuses %j naming the input, the value and a fix', async (values, input, value, fix) => {
    const found = await problems(values as Record<string, string>)
    expect(found).toEqual([expect.objectContaining({ input, value })])
    expect(found[0]?.fix).toMatch(fix)
  })

  it('reports every problem at once, with the input and value in the message', async () => {
    try {
      await parseConfig(inputs({ 'image-build-version-arn': 'nope', timeout: 'x' }), {})
      throw new Error('expected a ConfigError')
    } catch (error) {
      expect((error as Error).message).toBe(
        'Input "image-build-version-arn" is invalid: got "nope"; expected arn:aws:imagebuilder:<region>:<account>:image/<name>/<major.minor.patch>/<build>.\n' +
          'Input "timeout" is invalid: got "x"; use a duration like 90s, 15m or 2h of at least 1 ms, at most 24d.'
      )
    }
  })

  it('reports problems of every area at once: a bad timeout and a bad comment together', async () => {
    const found = await problems({
      'image-build-version-arn': ARN,
      timeout: 'xyz',
      comment: 'maybe',
      'lifecycle-rate': '0'
    })
    expect(found.map((p) => [p.input, p.value])).toEqual([
      ['timeout', 'xyz'],
      ['lifecycle-rate', '0'],
      ['comment', 'maybe']
    ])
  })

  it('refuses what the policy deletes without allow-delete even when other inputs are wrong too', async () => {
    const policy = 'version: 1\nlifecycle:\n  on-fail: { state: DELETED, target: this-build }\n'
    const found = await problems({ 'image-build-version-arn': ARN, policy, timeout: 'xyz' })
    expect(found.map((p) => p.input)).toEqual(['timeout', 'allow-delete'])
  })

  const CS = 'arn:aws:cloudformation:us-east-1:123456789012:changeSet/pr-42/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0'
  const HOOK = 'arn:aws:cloudformation:us-east-1:123456789012:type/hook/MyOrg-Security-Scan'

  it('builds a hook query for every filter combination ListHookResults accepts', async () => {
    const read = async (values: Record<string, string>) =>
      (await gateConfig(values, { AWS_REGION: 'eu-west-1' })).targets.hookResults
    expect(await read({ 'change-set-arn': CS })).toEqual([
      {
        label: 'change set pr-42',
        region: 'us-east-1',
        filter: { TargetType: 'CHANGE_SET', TargetId: CS },
        changeSetArn: CS
      }
    ])
    expect((await read({ 'hook-target-type': 'CHANGE_SET', 'hook-target-id': CS }))[0]).toMatchObject({
      changeSetArn: CS,
      region: 'us-east-1'
    })
    expect(await read({ 'hook-target-type': 'CLOUD_CONTROL', 'hook-target-id': 'tok-1\ntok-2' })).toEqual([
      { label: 'cloud control tok-1', region: 'eu-west-1', filter: { TargetType: 'CLOUD_CONTROL', TargetId: 'tok-1' } },
      { label: 'cloud control tok-2', region: 'eu-west-1', filter: { TargetType: 'CLOUD_CONTROL', TargetId: 'tok-2' } }
    ])
    expect(await read({ 'hook-type-arn': HOOK })).toEqual([
      {
        label: 'hook MyOrg-Security-Scan',
        region: 'us-east-1',
        filter: { TypeArn: HOOK, Status: undefined },
        invokedSince: { beforeStartMs: 0 }
      }
    ])
    expect((await read({ 'hook-type-arn': HOOK, 'hook-status': 'HOOK_FAILED' }))[0]?.filter).toEqual({
      TypeArn: HOOK,
      Status: 'HOOK_FAILED'
    })
    expect(await read({ 'all-hook-results': 'true' })).toEqual([
      { label: 'all hook results in eu-west-1', region: 'eu-west-1', filter: {}, invokedSince: { beforeStartMs: 0 } }
    ])
    // ListHookResults lists 90 days of invocations without a target: a window scopes them.
    expect((await read({ 'all-hook-results': 'true', 'hook-results-since': '6h' }))[0]?.invokedSince).toEqual({
      beforeStartMs: 6 * 3_600_000
    })
    expect(
      (await read({ 'hook-type-arn': HOOK, 'hook-results-since': '2026-11-20T08:00:00+01:00' }))[0]?.invokedSince
    ).toEqual({
      time: '2026-11-20T07:00:00.000Z'
    })
  })

  it.each([
    [{ 'hook-target-type': 'CHANGE_SET' }, 'hook-target-id', /TargetType and TargetId only together/],
    [{ 'hook-target-id': 'x' }, 'hook-target-type', /TargetType and TargetId only together/],
    [
      { 'hook-target-type': 'BUCKET', 'hook-target-id': 'x' },
      'hook-target-type',
      /use one of CHANGE_SET, CLOUD_CONTROL$/
    ],
    // ListHookResultsInput.TargetType: "only CHANGE_SET and CLOUD_CONTROL are supported filter options".
    [
      { 'hook-target-type': 'STACK', 'hook-target-id': 'web' },
      'hook-target-type',
      /for the hooks of a stack's deployment use stack \(.*\) or hook-type-arn/
    ],
    [
      { 'hook-target-type': 'RESOURCE', 'hook-target-id': 'Bucket' },
      'hook-target-type',
      /resource hooks use hook-type-arn/
    ],
    [
      { 'change-set-arn': CS, 'hook-results-since': '2h' },
      'hook-results-since',
      /scopes hook-type-arn or all-hook-results/
    ],
    [{ 'all-hook-results': 'true', 'hook-results-since': '91d' }, 'hook-results-since', /last 90 days only/],
    [{ 'all-hook-results': 'true', 'hook-results-since': 'yesterday' }, 'hook-results-since', /a duration such as 2h/],
    [{ 'hook-status': 'HOOK_FAILED', 'all-hook-results': 'true' }, 'hook-status', /set hook-type-arn too/],
    [{ 'hook-type-arn': HOOK, 'hook-status': 'BROKEN' }, 'hook-status', /one of HOOK_IN_PROGRESS/],
    [
      { 'hook-type-arn': HOOK, 'hook-target-type': 'CLOUD_CONTROL', 'hook-target-id': 'tok' },
      'hook-type-arn',
      /not both/
    ],
    [
      { 'hook-type-arn': 'arn:aws:cloudformation:us-east-1:123456789012:type/resource/AWS-S3-Bucket' },
      'hook-type-arn',
      /type\/hook/
    ],
    [{ 'change-set-arn': 'pr-42' }, 'change-set-arn', /changeSet\/<name>\/<id>/],
    [{ 'hook-target-type': 'CHANGE_SET', 'hook-target-id': 'pr-42' }, 'hook-target-id', /change set ARN/],
    [{ 'all-hook-results': 'yes' }, 'all-hook-results', /true or false/],
    [{ 'parallelcluster-image-id': '1-bad_id' }, 'parallelcluster-image-id', /starts with a letter/],
    [{ stack: 'web_service' }, 'stack', /a stack name \(a letter, then letters, digits and hyphens\)/],
    [{ stack: 'arn:aws:cloudformation:us-east-1:123456789012:changeSet/pr-1/0a1b' }, 'stack', /stack\/<name>\/<id>/],
    [{ stack: STACK_ARN, 'aws-region': 'eu-west-1' }, 'stack', /differs from aws-region eu-west-1/],
    [{ 'client-request-token': 'deploy-1' }, 'client-request-token', /set stack too/],
    [{ stack: 'web', 'client-request-token': '-deploy 1' }, 'client-request-token', /1 to 128 letters/]
  ])('refuses the hook and stack combination %j', async (values, input, fix) => {
    const found = await (async () => {
      try {
        await parseConfig(inputs(values as Record<string, string>), { AWS_REGION: 'us-east-1' })
      } catch (error) {
        return (error as ConfigError).problems
      }
      throw new Error('expected a ConfigError')
    })()
    expect(found.map((p) => p.input)).toContain(input)
    expect(found.find((p) => p.input === input)?.fix).toMatch(fix)
  })

  it('takes stacks by name in the job region or by stack ID in its own, each once, with the token', async () => {
    const config = await gateConfig(
      { stack: `web-service\n${STACK_ARN}, web-service`, 'client-request-token': 'deploy-42-1' },
      { AWS_REGION: 'us-west-2' }
    )
    expect(config.targets.stackDeployments).toEqual([
      {
        label: 'stack web-service',
        name: 'web-service',
        stack: 'web-service',
        region: 'us-west-2',
        token: 'deploy-42-1'
      },
      { label: 'stack api', name: 'api', stack: STACK_ARN, region: 'us-east-1', token: 'deploy-42-1' }
    ])
    expect(await problems({ stack: 'web-service' })).toEqual([
      expect.objectContaining({ input: 'stack', fix: expect.stringMatching(/set aws-region .*or give the stack ID/) })
    ])
  })

  it('needs a region for targets whose identifiers do not carry one', async () => {
    expect(await problems({ 'parallelcluster-image-id': 'alinux2-image' })).toEqual([
      expect.objectContaining({ input: 'parallelcluster-image-id', fix: expect.stringMatching(/set aws-region/) })
    ])
    expect(
      (await gateConfig({ 'parallelcluster-image-id': 'alinux2-image', 'aws-region': 'us-west-2' }, {})).targets
        .parallelclusterStacks
    ).toEqual([{ imageId: 'alinux2-image', region: 'us-west-2' }])
  })
})

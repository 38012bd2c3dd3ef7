import { describe, expect, it } from '@jest/globals'
import { ConfigError, parseConfig } from '../../src/config/config.js'
import { inputs } from '../helpers.js'

const ARN = 'arn:aws:imagebuilder:us-east-1:123456789012:image/web-ami/1.4.0/7'

function problems(values: Record<string, string>) {
  try {
    parseConfig(inputs(values), {})
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError)
    return (error as ConfigError).problems
  }
  throw new Error('expected a ConfigError')
}

describe('parseConfig', () => {
  it('parses a full set of inputs into a typed config', () => {
    const config = parseConfig(
      inputs({
        'image-build-version-arn': `${ARN}\narn:aws:imagebuilder:eu-west-1:123456789012:image/db/2.0.0/1, ${ARN}`,
        timeout: '90m',
        'poll-min-delay': '10s',
        'poll-max-delay': '2m',
        'report-path': 'out/report.json'
      }),
      {}
    )
    expect(config.imageBuilds.map((b) => [b.region, b.name, b.version, b.build])).toEqual([
      ['us-east-1', 'web-ami', '1.4.0', '7'],
      ['eu-west-1', 'db', '2.0.0', '1']
    ])
    expect(config.timeoutMs).toBe(5_400_000)
    expect(config.backoff).toEqual({ minDelayMs: 10_000, maxDelayMs: 120_000 })
    expect(config.reportPath).toBe('out/report.json')
  })

  it('uses documented defaults', () => {
    const config = parseConfig(inputs({ 'image-build-version-arn': ARN }), { RUNNER_TEMP: '/tmp/runner' })
    expect(config).toMatchObject({ timeoutMs: 3_600_000, backoff: { minDelayMs: 5000, maxDelayMs: 60_000 }, reportPath: '/tmp/runner/image-gate-report.json' })
    expect(config.aws).toEqual({ maxAttempts: 5, retryBaseDelayMs: 250 })
  })

  it.each([
    [{}, 'image-build-version-arn', '', /at least one image build version ARN/],
    [{ 'image-build-version-arn': 'web-ami' }, 'image-build-version-arn', 'web-ami', /expected arn:aws:imagebuilder:<region>/],
    [{ 'image-build-version-arn': 'arn:aws:imagebuilder:us-east-1:123456789012:image/web-ami/1.4.0' }, 'image-build-version-arn', 'arn:aws:imagebuilder:us-east-1:123456789012:image/web-ami/1.4.0', /append the build number/],
    [{ 'image-build-version-arn': 'arn:aws:s3:::bucket/key' }, 'image-build-version-arn', 'arn:aws:s3:::bucket/key', /not an Image Builder ARN/],
    [{ 'image-build-version-arn': 'arn:aws:imagebuilder:us-east-1:123456789012:component/c/1.0.0/1' }, 'image-build-version-arn', 'arn:aws:imagebuilder:us-east-1:123456789012:component/c/1.0.0/1', /not an image ARN \(Image Builder component\)/],
    [{ 'image-build-version-arn': 'arn:aws:imagebuilder:mars-north-1:123456789012:image/web-ami/1.4.0/7' }, 'image-build-version-arn', 'arn:aws:imagebuilder:mars-north-1:123456789012:image/web-ami/1.4.0/7', /not an AWS region/],
    [{ 'image-build-version-arn': ARN, 'aws-region': 'eu-west-1' }, 'image-build-version-arn', ARN, /differs from aws-region eu-west-1/],
    [{ 'image-build-version-arn': ARN, 'aws-region': 'useast1' }, 'aws-region', 'useast1', /AWS region code/],
    [{ 'image-build-version-arn': ARN, timeout: 'ten minutes' }, 'timeout', 'ten minutes', /duration like 90s/],
    [{ 'image-build-version-arn': ARN, timeout: '0s' }, 'timeout', '0s', /at least 1 ms/],
    [{ 'image-build-version-arn': ARN, 'poll-min-delay': '2m', 'poll-max-delay': '1m' }, 'poll-max-delay', '1m', /not be below poll-min-delay/],
    [{ 'image-build-version-arn': ARN, 'aws-max-attempts': '0' }, 'aws-max-attempts', '0', /whole number from 1 to 20/]
  ])('refuses %j naming the input, the value and a fix', (values, input, value, fix) => {
    const found = problems(values as Record<string, string>)
    expect(found).toEqual([expect.objectContaining({ input, value })])
    expect(found[0]?.fix).toMatch(fix)
  })

  it('reports every problem at once, with the input and value in the message', () => {
    try {
      parseConfig(inputs({ 'image-build-version-arn': 'nope', timeout: 'x' }), {})
      throw new Error('expected a ConfigError')
    } catch (error) {
      expect((error as Error).message).toBe(
        'Input "image-build-version-arn" is invalid: got "nope"; expected arn:aws:imagebuilder:<region>:<account>:image/<name>/<major.minor.patch>/<build>.\n' +
          'Input "timeout" is invalid: got "x"; use a duration like 90s, 15m or 2h of at least 1 ms.'
      )
    }
  })
})

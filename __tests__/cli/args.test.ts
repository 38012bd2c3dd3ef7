import { describe, expect, it } from '@jest/globals'
import { parseArgs, UsageError } from '../../src/cli/args.js'
import type { CliOption } from '../../src/cli/option.js'

const OPTIONS: CliOption[] = [
  { name: 'timeout', description: '' },
  { name: 'image-build-version-arn', description: '' },
  { name: 'dry-run', description: '', boolean: true, default: 'false' }
]

const parse = (argv: string[], env: NodeJS.ProcessEnv = {}) => parseArgs(argv, OPTIONS, env)

describe('parseArgs', () => {
  it('reads --name value and --name=value, values with = and spaces kept whole', () => {
    const a = parse(['--timeout', '5m', '--image-build-version-arn=a=b c'])
    expect(a.value('timeout')).toBe('5m')
    expect(a.value('image-build-version-arn')).toBe('a=b c')
  })

  it('gives a repeated option as one value per line, as the action takes a list', () => {
    expect(
      parse(['--image-build-version-arn', 'a', '--image-build-version-arn', 'b']).value('image-build-version-arn')
    ).toBe('a\nb')
  })

  it('takes a boolean bare, negated or with a value', () => {
    expect(parse(['--dry-run']).value('dry-run')).toBe('true')
    expect(parse(['--no-dry-run']).value('dry-run')).toBe('false')
    expect(parse(['--dry-run=false']).value('dry-run')).toBe('false')
    // A boolean takes no separate value: what follows is an argument.
    expect(parse(['--dry-run', 'x']).positionals).toEqual(['x'])
  })

  it('falls back to IMAGE_GATE_<NAME>, and the flag wins', () => {
    const env = { IMAGE_GATE_TIMEOUT: '9m', IMAGE_GATE_DRY_RUN: 'true' }
    expect(parse([], env).value('timeout')).toBe('9m')
    expect(parse([], env).value('dry-run')).toBe('true')
    expect(parse(['--timeout', '1m'], env).value('timeout')).toBe('1m')
    expect(parse([], {}).value('timeout')).toBe('')
  })

  it('keeps what follows -- as arguments, and notes --help', () => {
    const a = parse(['-h', 'r.json', '--', '--timeout'])
    expect(a.help).toBe(true)
    expect(a.positionals).toEqual(['r.json', '--timeout'])
  })

  it.each([
    [['--timout', '5m'], 'unknown option --timout; did you mean --timeout?'],
    [['--timeout'], '--timeout needs a value'],
    [['--timeout', '--dry-run'], '--timeout needs a value'],
    [['--no-timeout'], 'unknown option --no-timeout'],
    [['--no-dry-run=true'], '--no-dry-run takes no value'],
    [['-t'], 'unknown option -t']
  ])('refuses %j: %s', (argv, message) => {
    expect(() => parse(argv)).toThrow(new UsageError(message))
  })
})

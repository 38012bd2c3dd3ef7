/** The npm scripts' command lines: clear refusals instead of silent defaults or stack traces. */
import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { createServer, type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { checkPortFree, DEFAULT_PORT, parseSimArgs } from '../../sim/cli.js'
import { UsageError } from '../../scripts/cli-args.js'
import { demoScenario } from '../../scripts/demo.js'
import { showLogLine } from '../../scripts/runner-log.js'
import { readScenarioFile } from '../../scripts/scenario-file.js'

function usageMessage(act: () => unknown): string {
  try {
    act()
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError)
    return (error as Error).message
  }
  throw new Error('expected a UsageError')
}

describe('npm run demo arguments', () => {
  it('picks the bundled scenario for each flag, the failing build by default', () => {
    expect(demoScenario([])).toBe('scenarios/demo-fail.yml')
    expect(demoScenario(['--pass'])).toBe('scenarios/demo-pass.yml')
    expect(demoScenario(['--hooks'])).toBe('scenarios/demo-hooks.yml')
    expect(demoScenario(['--parallelcluster'])).toBe('scenarios/demo-parallelcluster.yml')
    expect(demoScenario(['--approval'])).toBe('scenarios/demo-approval.yml')
    expect(demoScenario(['--scenario', 'mine.yml'])).toBe('mine.yml')
    expect(demoScenario(['--help'])).toBeUndefined()
  })

  it('refuses an unknown flag, suggesting the nearest and listing the valid ones', () => {
    expect(usageMessage(() => demoScenario(['--hook']))).toBe(
      'unknown option --hook (did you mean --hooks?)\nvalid options: --pass, --hooks, --no-hooks, --parallelcluster, --approval, ' +
        '--scenario <value>, --help'
    )
    expect(usageMessage(() => demoScenario(['--verbose']))).toMatch(/^unknown option --verbose\nvalid options: /)
    expect(usageMessage(() => demoScenario(['--approve']))).toMatch(
      /^unknown option --approve \(did you mean --approval\?\)\n/
    )
  })

  it('refuses two scenarios at once, a stray argument and a flag without its value', () => {
    expect(usageMessage(() => demoScenario(['--pass', '--hooks']))).toBe('choose one scenario; got --pass and --hooks')
    expect(usageMessage(() => demoScenario(['--approval', '--hooks']))).toBe(
      'choose one scenario; got --hooks and --approval'
    )
    expect(usageMessage(() => demoScenario(['--pass', '--scenario', 'x.yml']))).toBe(
      'choose one scenario; got --pass and --scenario'
    )
    expect(usageMessage(() => demoScenario(['hooks']))).toMatch(/^unexpected argument hooks\n/)
    expect(usageMessage(() => demoScenario(['--scenario']))).toMatch(/^option '--scenario <value>' argument missing\n/)
  })
})

describe('npm run sim arguments', () => {
  it('serves on a port other than LocalStack 4566 by default', () => {
    expect(parseSimArgs(['s.yml'])).toEqual({ file: 's.yml', port: DEFAULT_PORT, host: '127.0.0.1' })
    expect(DEFAULT_PORT).not.toBe(4566)
    expect(parseSimArgs(['s.yml', '--port', '9000', '--host', '0.0.0.0'])).toEqual({
      file: 's.yml',
      port: 9000,
      host: '0.0.0.0'
    })
  })

  it('refuses a missing scenario, a second one and a port that is not one', () => {
    expect(usageMessage(() => parseSimArgs([]))).toMatch(/^name a scenario file/)
    expect(usageMessage(() => parseSimArgs(['a.yml', 'b.yml']))).toBe('one scenario file at a time; also got b.yml')
    for (const port of ['abc', '-1', '65536', '80.5', ''])
      expect(usageMessage(() => parseSimArgs(['a.yml', `--port=${port}`]))).toBe(
        `--port takes a port number from 0 to 65535, got "${port}"`
      )
    expect(usageMessage(() => parseSimArgs(['a.yml', '--prot', '1']))).toMatch(
      /^unknown option --prot \(did you mean --port\?\)/
    )
  })

  it('names a busy port and how to choose another', async () => {
    const busy = createServer()
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve))
    const { port } = busy.address() as AddressInfo
    try {
      await expect(checkPortFree('127.0.0.1', port)).rejects.toThrow(
        new RegExp(`^port ${port} on 127.0.0.1 is in use .*--port ${port + 1}`)
      )
    } finally {
      await new Promise((resolve) => busy.close(resolve))
    }
    await expect(checkPortFree('127.0.0.1', port)).resolves.toBeUndefined()
  })
})

describe('scenario files on the command line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'image-gate-scenario-'))
  const file = (name: string, text: string) => {
    const path = join(dir, name)
    writeFileSync(path, text)
    return path
  }

  it('reads a bundled scenario with its suggested inputs', () => {
    const { scenario, inputs } = readScenarioFile('scenarios/demo-hooks.yml')
    expect(scenario.hookResults.length).toBeGreaterThan(0)
    expect(inputs?.['change-set-arn']).toMatch(/^arn:aws:cloudformation:/)
    expect(readScenarioFile(file('no-inputs.yml', 'images: [{ name: web-ami }]\n')).inputs).toBeUndefined()
  })

  it('says what is wrong with each kind of bad file, without a stack trace', () => {
    expect(usageMessage(() => readScenarioFile('missing.yml'))).toMatch(
      /^scenario file not found: missing.yml \(the bundled ones: scenarios\/[^)]*scenarios\/demo-fail.yml, /
    )
    expect(usageMessage(() => readScenarioFile(dir))).toMatch(/is a folder; name a scenario file/)
    expect(usageMessage(() => readScenarioFile(file('bad.yml', 'images: [\n')))).toMatch(
      /bad.yml: not valid YAML or JSON: /
    )
    expect(usageMessage(() => readScenarioFile(file('list.yml', '- a\n- b\n')))).toMatch(
      /list.yml: a scenario is a mapping/
    )
    expect(usageMessage(() => readScenarioFile(file('empty.yml', 'name: nothing\n')))).toMatch(
      /empty.yml: the scenario names no images, changeSets, hookResults or stacks/
    )
    expect(
      usageMessage(() =>
        readScenarioFile(file('at.yml', 'images: [{ name: a, timeline: [{ at: soon, status: BUILDING }] }]\n'))
      )
    ).toMatch(/at.yml: images\[0\].*"at" must be a duration/)
  })
})

describe('the action log as the runner shows it', () => {
  it('turns workflow commands into the lines they stand for', () => {
    expect(showLogLine('::error title=image-gate%3A web 1.0%2C x::TEST ended FAILED: 100%25%0Adone')).toBe(
      'Error: image-gate: web 1.0, x — TEST ended FAILED: 100%\ndone'
    )
    expect(showLogLine('::warning::careful')).toBe('Warning: careful')
    expect(showLogLine('::group::web-ami: settled')).toBe('▸ web-ami: settled')
    expect(showLogLine('::endgroup::')).toBeUndefined()
    expect(showLogLine('::add-mask::secret')).toBeUndefined()
    expect(showLogLine('web-ami 1.4.0/7: BUILD running')).toBe('web-ami 1.4.0/7: BUILD running')
  })
})

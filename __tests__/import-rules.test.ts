/** The import rules of src/ (eslint.config.js) really refuse a wrong arrow, and let the right ones through. */
import { describe, expect, it } from '@jest/globals'
import { ESLint } from 'eslint'

const eslint = new ESLint()

/** The boundary errors ESLint reports for `code` as if it were the file at `path`. */
async function boundaryErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path })
  return (result?.messages ?? []).filter((m) => m.ruleId?.startsWith('boundaries/')).map((m) => m.message)
}

describe('import rules', () => {
  it.each([
    ['src/core/probe.ts', "import { evaluate } from '../policy/evaluate.js'", 'policy', 'core'],
    ['src/policy/probe.ts', "import { waitForAll } from '../wait/scheduler.js'", 'wait', 'policy'],
    ['src/wait/probe.ts', "import { renderRecord } from '../report/record.js'", 'report', 'wait'],
    ['src/config/probe.ts', "import { renderRecord } from '../report/record.js'", 'report', 'config'],
    ['src/run/probe.ts', "import { githubSink } from '../github/sink.js'", 'github', 'run'],
    ['src/github/probe.ts', "import { runConfig } from '../run/run.js'", 'run', 'github'],
    ['src/report/probe.ts', "import { runConfig } from '../run/run.js'", 'run', 'report'],
    ['src/report/probe.ts', "import { runLifecycle } from '../lifecycle/run.js'", 'lifecycle', 'report'],
    ['src/lifecycle/probe.ts', "import { run } from '../main.js'", 'entry', 'lifecycle'],
    ['src/main.ts', "import { VirtualClock } from '../sim/clock.js'", 'outside', 'entry']
  ])('refuses in %s: %s', async (path, line, to, from) => {
    const errors = await boundaryErrors(path, `${line}\nexport const probe = 1\n`)
    expect(errors).toEqual([expect.stringContaining(`type "${to}" are not allowed in elements of type "${from}"`)])
  })

  it.each(['src/run/probe.ts', 'src/report/probe.ts', 'src/core/probe.ts'])(
    'refuses @actions/* in %s: the run knows no runner',
    async (path) => {
      const [result] = await eslint.lintText("import * as core from '@actions/core'\nexport const probe = core\n", {
        filePath: path
      })
      expect(result?.messages.map((m) => m.ruleId)).toContain('no-restricted-imports')
    }
  )

  it.each([
    ['src/main.ts', "import { runConfig } from './run/run.js'"],
    ['src/main.ts', "import { githubSink } from './github/sink.js'"],
    ['src/run/probe.ts', "import { parseConfig } from '../config/config.js'"],
    ['src/config/probe.ts', "import { loadPolicy } from '../policy/load.js'"],
    ['src/lifecycle/probe.ts', "import { waitForAll } from '../wait/scheduler.js'"],
    ['src/policy/probe.ts', "import { matchesAny } from '../core/glob.js'"],
    ['src/core/probe.ts', "import { parseDuration } from './duration.js'"]
  ])('allows in %s: %s (downward or within its folder)', async (path, line) => {
    expect(await boundaryErrors(path, `${line}\nexport const probe = 1\n`)).toEqual([])
  })
})

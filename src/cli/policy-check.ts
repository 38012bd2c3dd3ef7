/** `image-gate policy check FILE...`: each file loaded as the gate would load it; problems as FILE:LINE:COLUMN. */
import { readFile } from 'node:fs/promises'
import { loadPolicy } from '../policy/load.js'
import { PolicyError } from '../policy/problems.js'
import type { Policy } from '../policy/types.js'
import { plain, plainLines } from '../report/escape.js'
import { UsageError } from './args.js'
import type { Io } from './io.js'
import { count } from '../core/count.js'

/** What a valid policy says, in a few words. */
function outline(policy: Policy): string {
  const parts = [
    count(policy.workflows.rules.length, 'workflow rule'),
    count(policy.hooks.rules.length, 'hook rule'),
    count(Object.values(policy.lifecycle).filter(Boolean).length, 'lifecycle action')
  ]
  if (policy.cleanup) parts.push('a cleanup section')
  return parts.join(', ')
}

export async function policyCheck(files: string[], io: Io): Promise<number> {
  if (files.length === 0) throw new UsageError('name the policy file(s) to check')
  let failed = false
  for (const file of files) {
    let text: string
    try {
      text = await readFile(file, 'utf8')
    } catch (error) {
      const code = error instanceof Error && 'code' in error ? String(error.code) : String(error)
      io.stderr.write(`${plain(file)}: cannot be read (${code})\n`)
      failed = true
      continue
    }
    try {
      io.stdout.write(`${plain(file)}: ok (${outline(loadPolicy(text, file))})\n`)
    } catch (error) {
      if (!(error instanceof PolicyError)) throw error
      io.stderr.write(`${plainLines(error.message)}\n`)
      failed = true
    }
  }
  return failed ? 1 : 0
}

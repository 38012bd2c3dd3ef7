/** Input problems as the command line tells them: each naming the flag and its environment variable. */
import { ConfigError, Inputs, type InputProblem } from '../config/inputs.js'
import { readPolicy } from '../config/policy-input.js'
import { PolicyError } from '../policy/problems.js'
import type { Policy } from '../policy/types.js'
import { plainLines } from '../report/escape.js'
import { envName } from './option.js'
import { count } from '../core/count.js'

export function describeProblems(error: ConfigError, policyFlag = 'policy'): string {
  const lines = error.problems.map(
    (p) => `--${p.input} (${envName(p.input)}) is invalid: got ${JSON.stringify(p.value)}; ${p.fix}.`
  )
  if (error.policyError)
    lines.push(
      `--${policyFlag} is invalid: ${count(error.policyError.problems.length, 'problem')}:`,
      error.policyError.message
    )
  return `${plainLines(lines.join('\n'))}\n`
}

/**
 * A policy option (`--policy`, `--old-policy`): a file, or the policy itself, loaded as the gate loads its policy
 * input; an empty value gives `fallback`, or a problem when there is none.
 */
export async function policyOption(flag: string, value: string, fallback?: Policy): Promise<Policy> {
  const problems: InputProblem[] = []
  if (value === '' && fallback) return fallback
  if (value === '') problems.push({ input: flag, value, fix: 'name the policy to judge by: a file, or the policy' })
  const inputs = new Inputs((name) => (name === 'policy' ? value : ''))
  const loaded = await readPolicy(inputs, process.cwd())
  problems.push(...inputs.problems.map((p) => ({ ...p, input: flag })))
  if (problems.length > 0 || loaded instanceof PolicyError)
    throw new ConfigError(problems, loaded instanceof PolicyError ? loaded : undefined)
  return loaded
}

/**
 * The `policy` input: a path in the repository, or the policy itself (YAML or JSON) written inline. The loader
 * (the YAML parser and the schema) is loaded only when there is a policy to load.
 */
import { readFileSync } from 'node:fs'
import { isAbsolute, resolve } from 'node:path'
import { PolicyError } from '../policy/problems.js'
import { DEFAULT_POLICY, type Policy } from '../policy/types.js'
import type { Inputs } from './inputs.js'

async function load(text: string, source: string): Promise<Policy | PolicyError> {
  const { loadPolicy } = await import('../policy/load.js')
  try {
    return loadPolicy(text, source)
  } catch (error) {
    if (error instanceof PolicyError) return error
    throw error
  }
}

export async function readPolicy(inputs: Inputs, workspace: string): Promise<Policy | PolicyError> {
  const value = inputs.text('policy')
  if (value === '') return DEFAULT_POLICY
  if (value.includes('\n') || value.startsWith('{')) return load(value, 'inline policy')
  const path = isAbsolute(value) ? value : resolve(workspace, value)
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : String(error)
    inputs.problem(
      'policy',
      value,
      `the file cannot be read (${code}); give a path relative to the repository root, or the policy inline`
    )
    return DEFAULT_POLICY
  }
  return load(text, value)
}

/** A scenario file named on the command line, read once; each way it can be wrong is one clear message. */
import { readdirSync, readFileSync } from 'node:fs'
import { parse, YAMLParseError } from 'yaml'
import { normalizeScenario, ScenarioError, type Scenario } from '../sim/scenario.js'
import { UsageError } from './cli-args.js'

export interface ScenarioFile {
  scenario: Scenario
  /** The action inputs the file suggests (its `inputs:` section), if any. */
  inputs?: Record<string, string>
  /** What the gate must conclude with those inputs (its `expect:` section), checked through dist/index.js. */
  expect?: { verdict: string; summary?: string[] }
}

function bundled(): string {
  const names = readdirSync('scenarios').filter((f) => /\.ya?ml$/.test(f))
  return names.length > 0 ? ` (the bundled ones: ${names.map((n) => `scenarios/${n}`).join(', ')})` : ''
}

export function readScenarioFile(path: string): ScenarioFile {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new UsageError(`scenario file not found: ${path}${bundled()}`)
    if (code === 'EISDIR') throw new UsageError(`${path} is a folder; name a scenario file${bundled()}`)
    throw new UsageError(`cannot read scenario file ${path}: ${(error as Error).message}`)
  }
  let doc: unknown
  try {
    doc = parse(text)
  } catch (error) {
    if (error instanceof YAMLParseError) throw new UsageError(`${path}: not valid YAML or JSON: ${error.message}`)
    throw error
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc))
    throw new UsageError(`${path}: a scenario is a mapping (images:, changeSets:, hookResults:, stacks:, ...)`)
  try {
    const raw = doc as Record<string, unknown>
    const inputs =
      raw.inputs && typeof raw.inputs === 'object'
        ? Object.fromEntries(Object.entries(raw.inputs).map(([k, v]) => [k, String(v)]))
        : undefined
    const scenario = normalizeScenario(raw)
    const resources =
      scenario.images.length + scenario.changeSets.length + scenario.hookResults.length + scenario.stacks.length
    if (resources === 0)
      throw new UsageError(`${path}: the scenario names no images, changeSets, hookResults or stacks`)
    const expect = raw.expect as ScenarioFile['expect'] | undefined
    return { scenario, inputs, expect }
  } catch (error) {
    if (error instanceof ScenarioError) throw new UsageError(`${path}: ${error.message}`)
    throw error
  }
}

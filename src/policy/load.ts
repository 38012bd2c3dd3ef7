/**
 * Policy text (YAML or JSON) -> Policy, with every problem pointing at file, line, column and key, and a
 * suggestion for a mistyped key. Pure: the caller reads the file.
 */
import { parseImageBuildVersionArn } from '../core/arn.js'
import { isMap, LineCounter, parseDocument, type Document } from 'yaml'
import type { z } from 'zod'
import { toPolicy } from './from-file.js'
import { policyFileSchema } from './schema.js'
import { nearest, PolicyError, type PolicyProblem } from './problems.js'
import type { Policy } from './types.js'

function keyPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${String(part)}` : String(part)),
    ''
  )
}

/** The keys the schema allows at a path, for suggestions. */
function allowedKeys(path: readonly PropertyKey[]): string[] {
  let schema: unknown = policyFileSchema
  for (const part of path) {
    let def = (
      schema as { def?: { type?: string; innerType?: unknown; element?: unknown; shape?: Record<string, unknown> } }
    ).def
    while (def?.type === 'optional' || def?.type === 'default') {
      schema = def.innerType
      def = (schema as { def?: typeof def }).def
    }
    if (typeof part === 'number') schema = def?.element
    else schema = def?.shape?.[String(part)]
  }
  let def = (schema as { def?: { type?: string; innerType?: unknown; shape?: Record<string, unknown> } } | undefined)
    ?.def
  while (def?.type === 'optional' || def?.type === 'default') def = (def.innerType as { def?: typeof def }).def
  return Object.keys(def?.shape ?? {})
}

function at(lines: LineCounter, offset: number): { line: number; column: number } {
  const { line, col } = lines.linePos(offset)
  return { line, column: col }
}

function position(
  doc: Document,
  lines: LineCounter,
  path: readonly PropertyKey[],
  key?: string
): { line: number; column: number } {
  // The node for the path, or its nearest ancestor that exists; for an unknown key, the key itself.
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth) as unknown[], true) as { range?: [number, number, number] } | undefined
    if (key && depth === path.length && isMap(node)) {
      const pair = node.items.find((p) => String((p.key as { value?: unknown })?.value ?? p.key) === key)
      const range = (pair?.key as { range?: [number, number, number] } | undefined)?.range
      if (range) return at(lines, range[0])
    }
    if (node?.range) return at(lines, node.range[0])
  }
  return { line: 1, column: 1 }
}

function describeIssue(issue: z.core.$ZodIssue, source: string, doc: Document, lines: LineCounter): PolicyProblem[] {
  if (issue.code === 'unrecognized_keys')
    return issue.keys.map((key) => {
      const suggestion = nearest(key, allowedKeys(issue.path))
      const allowed = allowedKeys(issue.path)
      return {
        source,
        ...position(doc, lines, issue.path, key),
        key: keyPath([...issue.path, key]),
        message: suggestion
          ? `unknown key; did you mean "${suggestion}"?`
          : `unknown key; allowed here: ${allowed.join(', ')}`
      }
    })
  let message = issue.message
  if (issue.code === 'invalid_value' && 'values' in issue) {
    const given = doc.getIn(issue.path as unknown[])
    const suggestion = typeof given === 'string' ? nearest(given, issue.values.map(String)) : undefined
    const allowed = issue.values.map((v) => String(v)).join(', ')
    const hint = suggestion ? ` (did you mean "${suggestion}"?)` : ''
    message = `${JSON.stringify(given)} is not allowed; use one of ${allowed}${hint}`
    if (issue.path[0] === 'waiting' && given === 'pass')
      message =
        `"pass" is no longer allowed here: a target that timed out, ended in an error or never reported is data ` +
        `the gate has not seen, so it can warn at most; use warn (the step succeeds with a warning) or fail`
  }
  const given = doc.getIn(issue.path as unknown[])
  // A wrong build ARN as a lifecycle target: the ARN parser says what exactly is wrong with it.
  const arnProblem = issue.path.at(-1) === 'target' && typeof given === 'string' && parseImageBuildVersionArn(given)
  if (typeof arnProblem === 'string')
    message = `${arnProblem}; use this-build, previous-versions or the ARN of an image build version`
  return [{ source, ...position(doc, lines, issue.path), key: keyPath(issue.path), message }]
}

/** Parse and check a policy; `source` names it in messages (a path, or `inline`). */
export function loadPolicy(text: string, source: string): Policy {
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true })
  if (doc.errors.length > 0)
    throw new PolicyError(
      doc.errors.map((e) => {
        return {
          source,
          ...at(lines, e.pos[0]),
          key: '',
          message: `not valid YAML or JSON: ${e.message.split('\n')[0]}`
        }
      })
    )
  let data: unknown
  try {
    data = doc.toJS({ maxAliasCount: 100 })
  } catch (error) {
    // Unresolved or exponentially expanding aliases are refused here, not at parse time.
    throw new PolicyError([
      { source, line: 1, column: 1, key: '', message: `not valid YAML or JSON: ${(error as Error).message}` }
    ])
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    throw new PolicyError([
      { source, line: 1, column: 1, key: '', message: 'a policy is a mapping that starts with "version: 1"' }
    ])
  const parsed = policyFileSchema.safeParse(data)
  if (!parsed.success)
    throw new PolicyError(
      parsed.error.issues
        .flatMap((issue) => describeIssue(issue, source, doc, lines))
        .sort((a, b) => a.line - b.line || a.column - b.column)
    )
  const { policy, problems } = toPolicy(parsed.data, source)
  if (problems.length > 0)
    throw new PolicyError(
      problems.map((p) => ({ source, ...position(doc, lines, p.path), key: keyPath(p.path), message: p.message }))
    )
  return policy
}

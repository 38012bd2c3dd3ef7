/**
 * Where a resource, or a path inside it, sits in a CloudFormation template (YAML or JSON: JSON is YAML to the
 * parser), so a finding can point at its line. CloudFormation's short-form tags (!Ref, !Sub, ...) are unknown to
 * the parser; it keeps their values and only warns, which is all locating needs.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml'

export interface TemplatePosition {
  line: number
  column: number
}

/** Position of a logical id's entry under Resources, or of the deepest node a template path reaches. */
export type Locate = (place: { logicalId?: string; path?: string }) => TemplatePosition | undefined

interface Ranged {
  range?: [number, number, number] | null
}

/** `/Resources/Queue/Properties/Tags/0` (a JSON pointer, as ValidationPath gives it) -> its segments. */
function segments(path: string): string[] {
  return path
    .split('/')
    .filter((s) => s !== '')
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'))
}

/** A locator for the template's text, or what is wrong with the text (not YAML or JSON, not a mapping). */
export function templateLocator(text: string): Locate | string {
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false })
  const error = doc.errors[0]
  if (error) return `not valid YAML or JSON: ${error.message.split('\n')[0]}`
  if (!isMap(doc.contents)) return 'a template is a mapping (AWSTemplateFormatVersion, Resources, ...)'
  const position = (node: Ranged | null | undefined): TemplatePosition | undefined => {
    if (!node?.range) return undefined
    const { line, col } = lines.linePos(node.range[0])
    return { line, column: col }
  }
  return ({ logicalId, path }) => {
    const wanted = path ? segments(path) : logicalId ? ['Resources', logicalId] : []
    let node: unknown = doc.contents
    let found: TemplatePosition | undefined
    let depth = 0
    for (const segment of wanted) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === segment)
        if (!pair) break
        found = position(pair.key as Ranged) ?? found
        node = pair.value
      } else if (isSeq(node) && /^\d+$/.test(segment)) {
        const item = node.items[Number(segment)] as Ranged | undefined
        if (!item) break
        found = position(item) ?? found
        node = item
      } else break
      depth += 1
    }
    // Short of the resource itself (a logical id the template does not have) the line would mislead: none.
    return depth >= Math.min(2, wanted.length) ? found : undefined
  }
}

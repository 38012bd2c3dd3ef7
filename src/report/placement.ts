/** Where a finding sits in the template: the line of its resource's logical id, or of the path AWS named. */
import type { TemplateFile } from '../core/settings.js'
import type { Finding } from '../core/verdict.js'

export interface Placed {
  /** The template's path in the repository. */
  file: string
  line: number
  column: number
}

export type Place = (finding: Finding) => Placed | undefined

export async function templatePlace(template: TemplateFile | undefined): Promise<Place> {
  if (!template) return () => undefined
  // The YAML parser is loaded only when there is a template to place findings in.
  const { templateLocator } = await import('../core/template-lines.js')
  const locate = templateLocator(template.text)
  // The config refuses a template that cannot be read: here there is always a locator when there is a template.
  if (typeof locate !== 'function') return () => undefined
  return (finding) => {
    const resource = finding.resource
    const at = resource && locate({ logicalId: resource.logicalId, path: resource.path })
    return at && { file: template.uri, line: at.line, column: at.column }
  }
}

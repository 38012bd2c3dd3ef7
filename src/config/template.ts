/**
 * The `template` and `sarif-path` inputs: the CloudFormation template the findings point into (a file in the
 * repository, read and parsed here, before any AWS call) and where the SARIF file for code scanning goes.
 */
import { readFileSync } from 'node:fs'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import type { TemplateFile } from '../core/settings.js'
import type { Inputs } from './inputs.js'

async function readTemplate(inputs: Inputs, workspace: string): Promise<TemplateFile | undefined> {
  const value = inputs.text('template')
  if (value === '') return undefined
  const path = resolve(workspace, value)
  const uri = relative(resolve(workspace), path)
  if (uri === '' || uri.startsWith('..') || isAbsolute(uri)) {
    inputs.problem('template', value, 'give the path of the template file inside the repository (GITHUB_WORKSPACE)')
    return undefined
  }
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error)
    inputs.problem(
      'template',
      value,
      `the file cannot be read (${code}); give its path relative to the repository root`
    )
    return undefined
  }
  // The YAML parser is loaded only for a template.
  const { templateLocator } = await import('../core/template-lines.js')
  const locate = templateLocator(text)
  if (typeof locate === 'string') {
    inputs.problem('template', value, `it is not a CloudFormation template: ${locate}`)
    return undefined
  }
  return { uri: uri.split(sep).join('/'), text }
}

export async function parseTemplate(
  inputs: Inputs,
  workspace: string
): Promise<{ template?: TemplateFile; sarifPath?: string }> {
  const template = await readTemplate(inputs, workspace)
  const sarif = inputs.text('sarif-path')
  if (sarif && !inputs.text('template'))
    inputs.problem(
      'sarif-path',
      sarif,
      'set template too: code scanning places each result on a line of a file in the repository, the template ' +
        'the change set or stack was made from'
    )
  return { template, sarifPath: sarif ? resolve(workspace, sarif) : undefined }
}

/** A validator for SARIF 2.1.0 logs: the official schema (draft-04, vendored in fixtures/, see its README). */
import { readFileSync } from 'node:fs'
import ajvDraft04 from 'ajv-draft-04'
import ajvFormats from 'ajv-formats'

export function sarifValidator() {
  const schema = JSON.parse(readFileSync('__tests__/fixtures/sarif-schema-2.1.0.json', 'utf8')) as object
  // Both are CommonJS modules whose class and plugin are also their `default` export.
  const ajv = new ajvDraft04.default({ allErrors: true })
  ajvFormats.default(ajv)
  return ajv.compile(schema)
}

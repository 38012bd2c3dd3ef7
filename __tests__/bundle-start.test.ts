/**
 * What the bundle's entry (`dist/index.js`) holds: only what every run needs at start. The YAML parser and the
 * schema come with a policy or a template, each AWS client with its targets, Octokit and the HTTP library under
 * it with the PR comment, each in a chunk of its own beside the entry (the runs through the bundle load them).
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'

const entry = readFileSync('dist/index.js', 'utf8')
const chunks = readdirSync('dist').filter((f) => /^\d+\.index\.js$/.test(f))
const chunkWith = (text: string) => chunks.filter((f) => readFileSync(`dist/${f}`, 'utf8').includes(text))

describe('the bundle at start', () => {
  it.each([
    ['the YAML parser', 'YAMLMap'],
    ['the schema library', 'ZodError'],
    ['Octokit', 'octokit-core.js'],
    ['undici', 'llhttp'],
    ['the Image Builder client', 'GetWorkflowExecutionCommand'],
    ['the CloudFormation client', 'ListHookResultsCommand']
  ])('leaves %s to a chunk loaded when needed', (_, marker) => {
    expect(entry).not.toContain(marker)
    expect(chunkWith(marker).length).toBeGreaterThan(0)
  })
})

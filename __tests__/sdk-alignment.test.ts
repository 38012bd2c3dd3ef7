/**
 * The two AWS clients are upgraded together and share one SDK runtime: a client that brings its own copy of
 * @aws-sdk/core or @smithy/core doubles the bundle and can disagree with the other on retries and errors.
 */
import { describe, expect, it } from '@jest/globals'
import { createRequire } from 'node:module'

const root = createRequire(import.meta.url)
const CLIENTS = ['@aws-sdk/client-imagebuilder', '@aws-sdk/client-cloudformation']
const RUNTIME = ['@aws-sdk/core', '@smithy/core', '@smithy/node-http-handler', '@aws-sdk/credential-provider-node']

describe('the AWS clients', () => {
  it.each(RUNTIME)('share one copy of %s', (name) => {
    const copies = CLIENTS.map((client) => createRequire(root.resolve(client)).resolve(`${name}/package.json`))
    expect(new Set(copies).size).toBe(1)
  })
})

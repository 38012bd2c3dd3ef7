/**
 * The SDK clients at their edges, against local servers: a request that runs over aws-request-timeout is
 * abandoned (an error the retry strategy retries, not a console warning), and an endpoint set in the
 * environment that nothing answers at ends in one permanent error naming the variable and its value.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { GetImageCommand } from '@aws-sdk/client-imagebuilder'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { AwsClients } from '../../src/aws/clients.js'
import { describeAwsError, isPermanentAwsError } from '../../src/core/aws-errors.js'

const ARN = 'arn:aws:imagebuilder:us-east-1:123456789012:image/web-ami/1.4.0/7'
const VARIABLE = 'AWS_ENDPOINT_URL_IMAGEBUILDER'
const saved = { ...process.env }

/** Point the SDK at `url`, as the runner's environment does, and a client that tries once. */
async function clientFor(url: string, requestTimeoutMs = 5000) {
  Object.assign(process.env, { [VARIABLE]: url, AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test' })
  const clients = await AwsClients.open(
    { maxAttempts: 1, retryBaseDelayMs: 1, requestTimeoutMs, endpoints: { imagebuilder: { variable: VARIABLE, url } } },
    ['imagebuilder']
  )
  return {
    clients,
    getImage: () => clients.imageBuilder('us-east-1').send(new GetImageCommand({ imageBuildVersionArn: ARN }))
  }
}

/** A port nothing listens on: one the system just gave out and took back. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

let silent: Server
let silentUrl = ''
beforeAll(async () => {
  // Takes each request and never answers it.
  silent = createServer(() => undefined)
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
  silentUrl = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`
})
afterAll(async () => {
  silent.closeAllConnections()
  await new Promise((resolve) => silent.close(resolve))
})
afterEach(() => {
  process.env = { ...saved }
  jest.restoreAllMocks()
})

describe('AwsClients', () => {
  it('abandons a request with no answer after aws-request-timeout, as an error and without a console warning', async () => {
    const warn = jest.spyOn(console, 'warn')
    const { clients, getImage } = await clientFor(silentUrl, 150)
    await expect(getImage()).rejects.toMatchObject({ name: 'TimeoutError' })
    clients.destroy()
    expect(warn).not.toHaveBeenCalled()
  })

  it.each(['127.0.0.1', 'localhost'])(
    'names the variable and its value when nothing listens at %s, as a permanent error with the fix',
    async (host) => {
      const url = `http://${host}:${await closedPort()}`
      const { clients, getImage } = await clientFor(url)
      const error = await getImage().catch((e: unknown) => e)
      clients.destroy()
      expect(error).toMatchObject({ name: 'EndpointUnreachable' })
      expect(isPermanentAwsError(error)).toBe(true)
      const text = describeAwsError(error)
      expect(text).toContain(`${VARIABLE}=${url}`)
      expect(text).toMatch(/ECONNREFUSED/)
      expect(text).toContain('start the simulator first: npm run sim -- scenarios/demo-pass.yml')
    }
  )

  it('names the variable when its host does not exist', async () => {
    const { clients, getImage } = await clientFor('http://no-such-host.invalid:8566')
    const error = await getImage().catch((e: unknown) => e)
    clients.destroy()
    expect(describeAwsError(error)).toContain(`EndpointUnreachable: nothing answers at ${VARIABLE}=http://no-such-host`)
  })

  it('makes only the clients of the services it was opened for', async () => {
    const clients = await AwsClients.open({ maxAttempts: 1, retryBaseDelayMs: 1 }, ['cloudformation'])
    expect(clients.cloudFormation('us-east-1').config.region).toBeDefined()
    expect(() => clients.imageBuilder('us-east-1')).toThrow('the imagebuilder client was not opened for this run')
    clients.destroy()
  })

  it('leaves the errors of an answering endpoint as they are', async () => {
    const { clients, getImage } = await clientFor(silentUrl, 150)
    const error = await getImage().catch((e: unknown) => e)
    clients.destroy()
    expect(isPermanentAwsError(error)).toBe(false)
  })
})

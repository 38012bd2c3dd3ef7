/**
 * The AWS simulator: one HTTP server that speaks Image Builder (restJson1) and CloudFormation (awsQuery),
 * answering from a scenario as of the time its clock says. Calls are recorded for tests and benchmarks.
 */
import { randomUUID } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { cloudFormationOperations } from './cloudformation.js'
import { SimError } from './errors.js'
import { imageBuilderOperations } from './imagebuilder.js'
import type { Scenario } from './scenario.js'
import { SimState } from './state.js'
import { toXml } from './xml.js'

export interface SimulatorOptions {
  /** Clock in epoch milliseconds; the scenario's offsets count from its reading at start. */
  now?: () => number
  port?: number
  host?: string
}

export interface RecordedCall {
  service: 'imagebuilder' | 'cloudformation'
  operation: string
  params: Record<string, unknown>
  /** Simulated offset of the call, in milliseconds. */
  at: number
  /** Error code answered, if any. */
  error?: string
  userAgent?: string
}

const CFN_NS = 'http://cloudformation.amazonaws.com/doc/2010-05-15/'

export class Simulator {
  readonly calls: RecordedCall[] = []
  readonly state: SimState
  private readonly now: () => number
  private readonly server: Server
  private readonly faultCalls = new Map<string, number>()
  /** Per operation: the current one-second window and the calls accepted in it. */
  private readonly windows = new Map<string, { start: number; calls: number }>()
  url = ''

  constructor(
    readonly scenario: Scenario,
    private readonly options: SimulatorOptions = {}
  ) {
    this.now = options.now ?? Date.now
    this.state = new SimState(scenario, this.now())
    this.server = createServer((req, res) => void this.handle(req, res))
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(this.options.port ?? 0, this.options.host ?? '127.0.0.1', resolve))
    const { address, port } = this.server.address() as AddressInfo
    this.url = `http://${address}:${port}`
    return this.url
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }

  /** Milliseconds of simulated time since the start. */
  elapsed(): number {
    return this.now() - this.state.epoch
  }

  /** How many calls of an operation (or of all) were received. */
  count(operation?: string): number {
    return operation ? this.calls.filter((c) => c.operation === operation).length : this.calls.length
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const body = Buffer.concat(chunks).toString('utf8')
    const url = new URL(req.url ?? '/', 'http://sim')
    if (url.pathname === '/' && req.method === 'POST') this.cloudFormation(new URLSearchParams(body), req, res)
    else this.imageBuilder(url, req.method ?? 'GET', body, req, res)
  }

  /** The scenario's fault for this call, if one is due; counts the call either way. */
  private fault(operation: string): string | undefined {
    const seen = (this.faultCalls.get(operation) ?? 0) + 1
    this.faultCalls.set(operation, seen)
    const fault = this.scenario.faults.find((f) => (f.operation === operation || f.operation === '*') && seen > f.after && seen <= f.after + f.times)
    return fault?.error
  }

  /** Whether the operation is over its rate limit in the current one-second window. */
  private throttled(operation: string): boolean {
    const limit = this.scenario.rateLimits[operation]
    if (limit === undefined) return false
    const now = this.elapsed()
    const window = this.windows.get(operation)
    if (!window || now - window.start >= 1000) {
      this.windows.set(operation, { start: now, calls: 1 })
      return false
    }
    window.calls += 1
    return window.calls > limit
  }

  private run<T>(service: RecordedCall['service'], operation: string, params: Record<string, unknown>, req: IncomingMessage, work: () => T): T | SimError | 'reset' {
    const at = this.elapsed()
    const call: RecordedCall = { service, operation, params, at, userAgent: req.headers['user-agent'] }
    this.calls.push(call)
    const injected = this.fault(operation)
    if (injected === 'reset') {
      call.error = 'reset'
      req.socket.destroy()
      return 'reset'
    }
    try {
      if (injected) throw new SimError(injected, injected.includes('Throttl') || injected.includes('Rate') ? 'Rate exceeded' : `Injected ${injected}`)
      if (this.throttled(operation))
        throw new SimError(service === 'imagebuilder' ? 'CallRateLimitExceededException' : 'Throttling', 'Rate exceeded')
      return work()
    } catch (error) {
      const simError = error instanceof SimError ? error : new SimError('InternalFailure', String(error), 500)
      call.error = simError.code
      return simError
    }
  }

  private imageBuilder(url: URL, method: string, body: string, req: IncomingMessage, res: ServerResponse): void {
    const operation = url.pathname.slice(1)
    const entry = imageBuilderOperations[operation]
    if (!entry || entry[0] !== method) {
      res.writeHead(404, { 'content-type': 'application/json', 'x-amzn-errortype': 'UnknownOperationException' })
      res.end(JSON.stringify({ message: `No operation ${method} ${url.pathname}` }))
      return
    }
    let params: Record<string, unknown>
    try {
      params = method === 'GET' ? Object.fromEntries(url.searchParams) : (JSON.parse(body || '{}') as Record<string, unknown>)
    } catch {
      params = {}
    }
    const result = this.run('imagebuilder', operation, params, req, () => entry[1](this.state, params, this.elapsed()))
    if (result === 'reset') return
    const requestId = randomUUID()
    if (result instanceof SimError) {
      res.writeHead(result.status, { 'content-type': 'application/json', 'x-amzn-errortype': result.code, 'x-amzn-requestid': requestId })
      res.end(JSON.stringify({ message: result.message }))
      return
    }
    res.writeHead(200, { 'content-type': 'application/json', 'x-amzn-requestid': requestId })
    res.end(JSON.stringify(result))
  }

  private cloudFormation(form: URLSearchParams, req: IncomingMessage, res: ServerResponse): void {
    const operation = form.get('Action') ?? ''
    const params = Object.fromEntries([...form].filter(([k]) => k !== 'Action' && k !== 'Version'))
    const handler = cloudFormationOperations[operation]
    const result = this.run('cloudformation', operation, params, req, () => {
      if (!handler) throw new SimError('InvalidAction', `Could not find operation ${operation}`)
      return handler(this.state, params, this.elapsed())
    })
    if (result === 'reset') return
    const requestId = `<ResponseMetadata><RequestId>${randomUUID()}</RequestId></ResponseMetadata>`
    if (result instanceof SimError) {
      const type = result.status >= 500 ? 'Receiver' : 'Sender'
      res.writeHead(result.status, { 'content-type': 'text/xml' })
      res.end(
        `<ErrorResponse xmlns="${CFN_NS}"><Error><Type>${type}</Type>${toXml('Code', result.code)}${toXml('Message', result.message)}</Error>${requestId}</ErrorResponse>`
      )
      return
    }
    res.writeHead(200, { 'content-type': 'text/xml' })
    res.end(`<${operation}Response xmlns="${CFN_NS}">${toXml(`${operation}Result`, result)}${requestId}</${operation}Response>`)
  }
}

/** Start a simulator for `scenario` and return it once it listens. */
export async function startSimulator(scenario: Scenario, options: SimulatorOptions = {}): Promise<Simulator> {
  const simulator = new Simulator(scenario, options)
  await simulator.start()
  return simulator
}

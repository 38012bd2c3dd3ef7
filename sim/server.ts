/**
 * The AWS simulator: one HTTP server that speaks Image Builder (restJson1), CloudFormation and Auto Scaling
 * (awsQuery) and EC2 (ec2), answering from a scenario as of the time its clock says. Calls are recorded for
 * tests and benchmarks.
 */
import { randomUUID } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { autoScalingService } from './autoscaling.js'
import { cloudFormationOperations } from './cloudformation.js'
import { ec2Service } from './ec2.js'
import { ec2World } from './ec2-state.js'
import { SimError } from './errors.js'
import { imageBuilderOperations } from './imagebuilder.js'
import type { Scenario, SimFault } from './scenario.js'
import { awsQueryAnswer, decodeQuery, signingScope, type Written } from './query.js'
import { SimState } from './state.js'

export interface SimulatorOptions {
  /** Clock in epoch milliseconds; the scenario's offsets count from its reading at start. */
  now?: () => number
  port?: number
  host?: string
  /** Keep each response's status, headers and body in `calls` (for conformance checks; off to save memory). */
  recordResponses?: boolean
  /** Start the scenario's clock at the first request, not at start(): for callers that take a while to start. */
  startOnFirstCall?: boolean
}

export interface RecordedCall {
  service: 'imagebuilder' | 'cloudformation' | 'ec2' | 'autoscaling'
  /** The region the request was signed for. */
  region: string
  operation: string
  params: Record<string, unknown>
  /** Simulated offset of the call, in milliseconds. */
  at: number
  /** Error code answered, if any. */
  error?: string
  userAgent?: string
  /** What went over the wire, when the simulator records responses (`recordResponses`). */
  response?: { status: number; headers: Record<string, string>; body: string }
}

const cloudFormationAnswer = awsQueryAnswer('http://cloudformation.amazonaws.com/doc/2010-05-15/')

/** Each service's throttling error: EC2's RequestLimitExceeded ("Error codes for the Amazon EC2 API"). */
const THROTTLING: Record<RecordedCall['service'], string> = {
  imagebuilder: 'CallRateLimitExceededException',
  cloudformation: 'Throttling',
  ec2: 'RequestLimitExceeded',
  autoscaling: 'Throttling'
}

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
    await new Promise<void>((resolve) =>
      this.server.listen(this.options.port ?? 0, this.options.host ?? '127.0.0.1', resolve)
    )
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
    if (this.options.startOnFirstCall && this.calls.length === 0) this.state.restart(this.now())
    const url = new URL(req.url ?? '/', 'http://sim')
    if (url.pathname !== '/' || req.method !== 'POST') this.imageBuilder(url, req.method ?? 'GET', body, req, res)
    else if (['ec2', 'autoscaling'].includes(signingScope(req).service ?? ''))
      this.query(new URLSearchParams(body), req, res)
    else this.cloudFormation(new URLSearchParams(body), req, res)
  }

  /** The scenario's fault for this call, if one is due; counts the call either way. */
  private fault(operation: string): SimFault | undefined {
    const seen = (this.faultCalls.get(operation) ?? 0) + 1
    this.faultCalls.set(operation, seen)
    return this.scenario.faults.find(
      (f) => (f.operation === operation || f.operation === '*') && seen > f.after && seen <= f.after + f.times
    )
  }

  /** Whether the operation is over its rate limit in the current one-second window (per region, as EC2 limits). */
  private throttled(operation: string, region: string): boolean {
    const limit = this.scenario.rateLimits[operation]
    if (limit === undefined) return false
    const now = this.elapsed()
    const key = `${region}/${operation}`
    const window = this.windows.get(key)
    if (!window || now - window.start >= 1000) {
      this.windows.set(key, { start: now, calls: 1 })
      return false
    }
    window.calls += 1
    return window.calls > limit
  }

  /** Answer one call: the handler's result or its error, with the scenario's faults applied on the way out. */
  private async answer(
    service: RecordedCall['service'],
    operation: string,
    params: Record<string, unknown>,
    req: IncomingMessage,
    res: ServerResponse,
    work: () => Record<string, unknown>,
    write: Writer
  ): Promise<void> {
    const region = signingScope(req).region ?? this.scenario.region
    const call: RecordedCall = {
      service,
      region,
      operation,
      params,
      at: this.elapsed(),
      userAgent: req.headers['user-agent']
    }
    this.calls.push(call)
    const fault = this.fault(operation)
    if (fault?.kind === 'reset') {
      call.error = 'reset'
      req.socket.destroy()
      return
    }
    if (fault?.kind === 'slow') {
      call.error = 'slow'
      await new Promise((resolve) => setTimeout(resolve, fault.delay))
    }
    let result: Record<string, unknown> | SimError
    try {
      if (fault?.kind === 'error')
        throw new SimError(
          fault.error as string,
          fault.message ?? (/Throttl|Rate/.test(fault.error as string) ? 'Rate exceeded' : `Injected ${fault.error}`)
        )
      if (this.throttled(operation, region)) throw new SimError(THROTTLING[service], 'Rate exceeded')
      result = work()
    } catch (error) {
      result = error instanceof SimError ? error : new SimError('InternalFailure', String(error), 500)
      call.error = result.code
    }
    if (!(result instanceof SimError) && (fault?.kind === 'duplicate-item' || fault?.kind === 'vanish')) {
      // The first list in the answer gets its first item twice, or loses it.
      const answer = result
      const key = Object.keys(answer).find((k) => Array.isArray(answer[k]) && (answer[k] as unknown[]).length > 0)
      if (key) {
        const items = answer[key] as unknown[]
        result = { ...answer, [key]: fault.kind === 'vanish' ? items.slice(1) : [items[0], ...items] }
        call.error = fault.kind
      }
    }
    if (!(result instanceof SimError) && fault?.kind === 'same-token') {
      const sent = params.nextToken ?? params.NextToken
      if (typeof sent === 'string') {
        result = { ...result, [service === 'imagebuilder' ? 'nextToken' : 'NextToken']: sent }
        call.error = fault.kind
      }
    }
    if (!(result instanceof SimError) && fault?.kind === 'foreign-target') {
      result = foreignTarget(result) as Record<string, unknown>
      call.error = fault.kind
    }
    const { status, headers, body } = write(result)
    if (this.options.recordResponses) call.response = { status, headers, body }
    if (fault?.kind === 'malformed' || fault?.kind === 'reset-mid-body') {
      call.error = fault.kind
      res.writeHead(status, headers)
      res.write(body.slice(0, Math.floor(body.length / 2)))
      if (fault.kind === 'malformed') res.end()
      else res.socket?.destroy()
      return
    }
    res.writeHead(status, headers)
    res.end(body)
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
      params =
        method === 'GET' ? Object.fromEntries(url.searchParams) : (JSON.parse(body || '{}') as Record<string, unknown>)
    } catch {
      params = {}
    }
    void this.answer(
      'imagebuilder',
      operation,
      params,
      req,
      res,
      () => entry[1](this.state, params, this.elapsed()) as Record<string, unknown>,
      (result): Written => {
        const requestId = randomUUID()
        if (result instanceof SimError)
          return {
            status: result.status,
            headers: {
              'content-type': 'application/json',
              'x-amzn-errortype': result.code,
              'x-amzn-requestid': requestId
            },
            body: JSON.stringify({ message: result.message })
          }
        return {
          status: 200,
          headers: { 'content-type': 'application/json', 'x-amzn-requestid': requestId },
          body: JSON.stringify(result)
        }
      }
    )
  }

  private cloudFormation(form: URLSearchParams, req: IncomingMessage, res: ServerResponse): void {
    const operation = form.get('Action') ?? ''
    const params = Object.fromEntries([...form].filter(([k]) => k !== 'Action' && k !== 'Version'))
    const handler = cloudFormationOperations[operation]
    const work = () => {
      if (!handler) throw new SimError('InvalidAction', `Could not find operation ${operation}`)
      return handler(this.state, params, this.elapsed())
    }
    void this.answer('cloudformation', operation, params, req, res, work, (result) =>
      cloudFormationAnswer(operation, result)
    )
  }

  /** EC2 and Auto Scaling: an unreachable region closes the connection; otherwise the service answers. */
  private query(form: URLSearchParams, req: IncomingMessage, res: ServerResponse): void {
    const { service: name, region = this.scenario.region } = signingScope(req)
    const service = name === 'ec2' ? ec2Service : autoScalingService
    const operation = form.get('Action') ?? ''
    const params = decodeQuery(form)
    if (ec2World(this.state).unreachable(region)) {
      this.calls.push({ service: service.name, region, operation, params, at: this.elapsed(), error: 'unreachable' })
      req.socket.destroy()
      return
    }
    const work = () => service.handle(this.state, operation, params, { elapsed: this.elapsed(), region })
    void this.answer(service.name, operation, params, req, res, work, (result) => service.answer(operation, result))
  }
}

/**
 * The fields that say which resource an answer is about, each pointed at another resource (EC2's answers name
 * the AMI, usage report or launch template each item is about).
 */
const TARGET_FIELDS = new Set([
  'TargetId',
  'imageBuildVersionArn',
  'StackName',
  'StackId',
  'imageId',
  'reportId',
  'launchTemplateId'
])

function foreignTarget(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((v) => foreignTarget(v))
  if (value instanceof Date || value === null || typeof value !== 'object')
    return TARGET_FIELDS.has(key) || key === 'image.arn' ? `${String(value)}-other` : value
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, foreignTarget(v, key === 'image' && k === 'arn' ? 'image.arn' : k)])
  )
}

type Writer = (result: Record<string, unknown> | SimError) => Written

/** Start a simulator for `scenario` and return it once it listens. */
export async function startSimulator(scenario: Scenario, options: SimulatorOptions = {}): Promise<Simulator> {
  const simulator = new Simulator(scenario, options)
  await simulator.start()
  return simulator
}

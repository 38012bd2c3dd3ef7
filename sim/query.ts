/**
 * The query protocols (form-encoded requests, XML answers): awsQuery (CloudFormation, Auto Scaling) and EC2's
 * own `ec2` protocol. Requests are told apart by the service they are signed for, as AWS tells them apart by
 * endpoint; the region comes from the same SigV4 credential scope.
 */
import { randomUUID } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import { SimError } from './errors.js'
import { toXml } from './xml.js'

/** A decoded query request: scalars as strings, `Name.N` and `Name.member.N` as arrays, `A.B` as objects. */
export type QueryParams = Record<string, unknown>

/** `Authorization: AWS4-HMAC-SHA256 Credential=AKID/20261201/eu-west-1/ec2/aws4_request, ...` */
export function signingScope(req: IncomingMessage): { region?: string; service?: string } {
  const scope = /Credential=[^/]+\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/.exec(req.headers.authorization ?? '')
  return { region: scope?.[1], service: scope?.[2] }
}

function isIndex(segment: string | undefined): boolean {
  return segment !== undefined && /^\d+$/.test(segment)
}

/**
 * Nest the flat form: `ImageId.1=a&ImageId.2=b` (ec2) and `Names.member.1=a` (awsQuery) become lists,
 * `ResourceType.1.ResourceTypeOption.1.OptionValue.1=x` nested lists of objects. List indexes start at 1.
 */
export function decodeQuery(form: URLSearchParams): QueryParams {
  const root: Record<string, unknown> = {}
  for (const [key, value] of form) {
    if (key === 'Action' || key === 'Version') continue
    const path = key.split('.').filter((segment, i, all) => !(segment === 'member' && isIndex(all[i + 1])))
    let node: Record<string, unknown> | unknown[] = root
    path.forEach((segment, i) => {
      const last = i === path.length - 1
      const slot = isIndex(segment) ? Number(segment) - 1 : segment
      const container = node as Record<string | number, unknown>
      if (last) container[slot] = value
      else container[slot] ??= isIndex(path[i + 1]) ? [] : {}
      node = container[slot] as Record<string, unknown> | unknown[]
    })
  }
  return root
}

/** A list parameter of a decoded request (absent: empty), dropping holes left by skipped indexes. */
export function listParam<T = unknown>(params: QueryParams, name: string): T[] {
  const value = params[name]
  return Array.isArray(value) ? (value.filter((v) => v !== undefined) as T[]) : []
}

export interface Written {
  status: number
  headers: Record<string, string>
  body: string
}

export type QueryAnswer = (operation: string, result: Record<string, unknown> | SimError) => Written

/**
 * awsQuery: `<OpResponse><OpResult/><ResponseMetadata><RequestId/></ResponseMetadata></OpResponse>`, lists as
 * `<member>`; an error is `<ErrorResponse><Error><Type/><Code/><Message/></Error><RequestId/></ErrorResponse>`.
 */
export function awsQueryAnswer(namespace: string): QueryAnswer {
  return (operation, result) => {
    const requestId = randomUUID()
    const headers = { 'content-type': 'text/xml', 'x-amzn-requestid': requestId }
    if (result instanceof SimError) {
      const type = result.status >= 500 ? 'Receiver' : 'Sender'
      const error = `<Error><Type>${type}</Type>${toXml('Code', result.code)}${toXml('Message', result.message)}</Error>`
      return {
        status: result.status,
        headers,
        body: `<ErrorResponse xmlns="${namespace}">${error}${toXml('RequestId', requestId)}</ErrorResponse>`
      }
    }
    const metadata = `<ResponseMetadata>${toXml('RequestId', requestId)}</ResponseMetadata>`
    return {
      status: 200,
      headers,
      body: `<${operation}Response xmlns="${namespace}">${toXml(`${operation}Result`, result)}${metadata}</${operation}Response>`
    }
  }
}

const EC2_NS = 'http://ec2.amazonaws.com/doc/2016-11-15/'

/**
 * ec2: `<OpResponse>` with no result wrapper, members named by their model `locationName` (the handlers
 * answer with those names), lists as `<item>`; errors as `<Response><Errors><Error>` ("Error codes for the
 * Amazon EC2 API", example error response).
 */
export const ec2Answer: QueryAnswer = (operation, result) => {
  const requestId = randomUUID()
  if (result instanceof SimError) {
    const error = `<Error>${toXml('Code', result.code)}${toXml('Message', result.message)}</Error>`
    return {
      status: result.status,
      headers: { 'content-type': 'text/xml', 'x-amzn-requestid': requestId },
      body: `<Response><Errors>${error}</Errors><RequestID>${requestId}</RequestID></Response>`
    }
  }
  const members = Object.entries(result)
    .map(([name, value]) => toXml(name, value, 'item'))
    .join('')
  const body = `<${operation}Response xmlns="${EC2_NS}"><requestId>${requestId}</requestId>${members}</${operation}Response>`
  return { status: 200, headers: { 'content-type': 'text/xml;charset=UTF-8', 'x-amzn-requestid': requestId }, body }
}

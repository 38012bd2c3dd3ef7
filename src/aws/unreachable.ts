/**
 * A configured endpoint nobody answers at (a local simulator not started, a typo in AWS_ENDPOINT_URL_*) fails
 * every call the same way: one error that names the variable and its value, which no later poll retries.
 */
import type { ConfiguredEndpoint } from '../core/settings.js'

/** Node's codes for "nothing there": refused, no such host, no route. */
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH'])

interface NetworkError {
  code?: unknown
  message?: unknown
  errors?: NetworkError[]
}

/** The refusal's own words; Node reports a host of several addresses (localhost) as an AggregateError of them. */
function networkDetail(error: unknown): string | undefined {
  const e = error as NetworkError | undefined
  if (typeof e !== 'object' || e === null || !UNREACHABLE.has(String(e.code))) return undefined
  const inner = (e.errors ?? []).map((x) => String(x.message)).filter(Boolean)
  return inner.length > 0 ? inner.join('; ') : String(e.message || e.code)
}

/**
 * Node's error, named: it keeps the code, which the SDK's retry strategy retries; once those retries are spent,
 * `EndpointUnreachable` is a permanent error (core/aws-errors) that no later poll repeats.
 */
export class EndpointUnreachableError extends Error {
  readonly code: string

  constructor(endpoint: ConfiguredEndpoint, code: string, detail: string) {
    super(`nothing answers at ${endpoint.variable}=${endpoint.url} (${detail})`)
    this.name = 'EndpointUnreachable'
    this.code = code
  }
}

/** The error to rethrow: unreachable endpoints named, anything else as it came. */
export function explainUnreachable(error: unknown, endpoint: ConfiguredEndpoint): unknown {
  const detail = networkDetail(error)
  return detail ? new EndpointUnreachableError(endpoint, String((error as NetworkError).code), detail) : error
}

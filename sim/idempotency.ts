/**
 * Client tokens (the `idempotencyToken` members of the model): "If you retry a request with the same client
 * token, Image Builder returns the original response without running the operation again"; the same token
 * with other parameters is an IdempotentParameterMismatchException.
 */
import { canonical } from '../src/core/canonical.js'
import { SimError } from './errors.js'

export interface TokenRecord {
  clientToken: string
  /** The request without its token, canonicalised. */
  fingerprint: string
}

/** The request's fingerprint, and the earlier record made with its token, if any. */
export function replay<T extends TokenRecord>(
  records: readonly T[],
  params: Record<string, unknown>
): { fingerprint: string; previous?: T } {
  const { clientToken, ...request } = params
  const fingerprint = canonical(request)
  const previous = records.find((r) => r.clientToken === clientToken)
  if (previous && previous.fingerprint !== fingerprint)
    throw new SimError(
      'IdempotentParameterMismatchException',
      `The client token ${String(clientToken)} was already used with other parameters.`
    )
  return { fingerprint, previous }
}

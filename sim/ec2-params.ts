/** Request pieces every EC2 describe operation shares: DryRun, MaxResults, Filters, pagination. */
import { createHash } from 'node:crypto'
import { canonical } from '../src/core/canonical.js'
import { SimError } from './errors.js'
import { paginate, type Page } from './pagination.js'
import { listParam, type QueryParams } from './query.js'
import type { SimState } from './state.js'

export interface Ec2Call {
  elapsed: number
  region: string
}

/** A query-protocol operation (EC2 or Auto Scaling): the decoded request in, the answer's members out. */
export type QueryHandler = (state: SimState, params: QueryParams, call: Ec2Call) => Record<string, unknown>

/**
 * `DryRun`: "If you have the required permissions, the error response is DryRunOperation. Otherwise, it is
 * UnauthorizedOperation" (every EC2 request shape). Call after the permission check.
 */
export function dryRun(params: QueryParams): void {
  if (params.DryRun === 'true')
    throw new SimError('DryRunOperation', 'Request would have succeeded, but DryRun flag is set.', 412)
}

/** `MaxResults` within the model's range (e.g. DescribeImageReferencesMaxResults: min 5), or the default. */
export function maxResults(params: QueryParams, range: { min: number; max: number }, fallback = range.max): number {
  if (params.MaxResults === undefined) return fallback
  const value = Number(params.MaxResults)
  if (!Number.isInteger(value) || value < range.min || value > range.max)
    throw new SimError(
      'InvalidParameterValue',
      `Value (${String(params.MaxResults)}) for parameter maxResults is invalid. Expect an integer between ${range.min} and ${range.max}.`
    )
  return value
}

/** Filters as name -> values; a filter this simulator does not model is refused, never silently ignored. */
export function filters(params: QueryParams, supported: string[]): Map<string, string[]> {
  const result = new Map<string, string[]>()
  for (const f of listParam<{ Name?: string; Value?: string[] }>(params, 'Filter')) {
    const name = f.Name ?? ''
    if (!supported.includes(name) && !(name.startsWith('tag:') && supported.includes('tag:*')))
      throw new SimError(
        'InvalidFilter',
        `The filter '${name}' is invalid (the simulator models: ${supported.join(', ')})`
      )
    result.set(
      name,
      (f.Value ?? []).filter((v) => v !== undefined)
    )
  }
  return result
}

/** A filter value match: `*` matches any run of characters, as EC2's filters allow. */
export function matches(values: string[] | undefined, actual: string | undefined): boolean {
  if (!values) return true
  if (actual === undefined) return false
  return values.some((v) =>
    new RegExp(`^${v.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*')}$`).test(actual)
  )
}

/**
 * One page of a listing. The token is bound to the operation and to the request's other parameters, so a
 * token from another request is refused (`InvalidPaginationToken`, "Error codes for the Amazon EC2 API").
 */
export function ec2Page<T>(
  state: SimState,
  operation: string,
  params: QueryParams,
  call: Ec2Call,
  size: number,
  listAt: (asOf: number) => T[]
): Page<T> {
  const { NextToken: token, MaxResults: _max, DryRun: _dry, ...request } = params
  const bound = `${operation}:${call.region}:${createHash('sha256').update(canonical(request)).digest('hex').slice(0, 16)}`
  const capped = Math.min(size, state.scenario.pageSize[operation] ?? size)
  return paginate(bound, token as string | undefined, capped, call.elapsed, 'InvalidPaginationToken', listAt)
}

/** `ami-` and 8 or 17 hex digits, else `InvalidAMIID.Malformed`. */
export function amiId(value: unknown): string {
  const id = String(value)
  if (!/^ami-([0-9a-f]{8}|[0-9a-f]{17})$/.test(id))
    throw new SimError('InvalidAMIID.Malformed', `Invalid id: "${id}" (expecting "ami-...")`)
  return id
}

/**
 * How the in-use check calls AWS: every call under the region's rate limit, every listing to its last page, and
 * any failure turned into what could not be checked and what would settle it. A check that cannot be made is
 * never taken for "not in use".
 */
import { describeAwsError } from '../core/aws-errors.js'
import { readAllPages, sameJson, uniqueById, UntrustedAnswerError } from '../core/listing.js'
import type { RateLimiter } from './rate-limit.js'

/** The check could not be made in a region: why, and what would settle it. */
export class CheckFailure extends Error {
  constructor(
    readonly reason: string,
    readonly settle: string
  ) {
    super(reason)
  }
}

const DENIED = new Set(['AccessDenied', 'AccessDeniedException', 'UnauthorizedOperation', 'UnauthorizedAccess'])
const THROTTLED = new Set(['RequestLimitExceeded', 'Throttling', 'ThrottlingException', 'TooManyRequestsException'])

interface AwsLikeError {
  name?: string
  message?: string
  $metadata?: { httpStatusCode?: number }
}

/** What a failed call of IAM action `action` in `region` means for the check. */
export function checkFailure(action: string, region: string, error: unknown): CheckFailure {
  if (error instanceof CheckFailure) return error
  const e = (typeof error === 'object' && error !== null ? error : {}) as AwsLikeError
  const name = e.name ?? 'Error'
  if (DENIED.has(name)) return new CheckFailure(`${action} denied in ${region}`, `allow ${action} in ${region}`)
  if (THROTTLED.has(name))
    return new CheckFailure(
      `${action} throttled in ${region} (${name}) after the SDK's retries`,
      `run again later, or raise the account's request rate in ${region}`
    )
  const status = e.$metadata?.httpStatusCode
  if (name === 'AbortError') return new CheckFailure('the run was cancelled during the check', 'run again')
  if (status === undefined || status >= 500)
    return new CheckFailure(
      `${region} did not answer ${action} (${describeAwsError(error)})`,
      `check that ${region} is enabled for the account and reachable from the runner, then run again`
    )
  return new CheckFailure(`${action} failed in ${region}: ${describeAwsError(error)}`, 'see the error and run again')
}

/** One call as IAM action `action`, under the limiter; a failure says what it means for the check. */
export async function call<T>(
  action: string,
  region: string,
  limiter: RateLimiter,
  signal: AbortSignal | undefined,
  send: () => Promise<T>
): Promise<T> {
  try {
    await limiter.acquire(signal)
    return await send()
  } catch (error) {
    throw checkFailure(action, region, error)
  }
}

/** `items` in slices of `size` (DescribeImageReferences takes at most 10 image ids). */
export function chunks<T>(items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size))
}

/** What a listing's items are: how to find them in a page, what makes one item, and what each is about. */
export interface Listing<P, T> {
  items: (page: P) => T[] | undefined
  /** The item's identity: an item listed twice counts once, or is a contradiction if its contents differ. */
  id: (item: T) => string | undefined
  /** When the request named what it asks about: those names, and what an item says it is about. */
  about?: { asked: string[]; of: (item: T) => string | undefined }
}

/**
 * Every item of a listing in one region, under the region's limiter, by the one listing rule: read to its last
 * page (a token given twice fails the check instead of being taken as complete), each item once (`uniqueById`),
 * and nothing about anything not asked: an item outside the question says the answer is not about what was
 * asked, so the check fails rather than filtering it away (what was asked about may be what went missing).
 */
export async function regionItems<P extends { NextToken?: string }, T>(
  apis: { region: string; limiter: RateLimiter; signal?: AbortSignal },
  action: string,
  page: (token: string | undefined) => Promise<P>,
  listing: Listing<P, T>
): Promise<T[]> {
  try {
    const items = await readAllPages(action, async (token) => {
      const answer = await call(action, apis.region, apis.limiter, apis.signal, () => page(token))
      return { items: listing.items(answer) ?? [], next: answer.NextToken }
    })
    const { about } = listing
    const stray = about && items.find((item) => !about.asked.includes(about.of(item) ?? ''))
    if (about && stray !== undefined)
      throw new UntrustedAnswerError(
        `${action} answered about ${about.of(stray) ?? 'nothing named'}, which was not asked about`
      )
    return uniqueById(action, items, listing.id, sameJson)
  } catch (error) {
    if (error instanceof UntrustedAnswerError) throw new CheckFailure(`${error.message} in ${apis.region}`, 'run again')
    throw error
  }
}

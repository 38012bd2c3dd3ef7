import { SimError } from './errors.js'

export interface Page<T> {
  items: T[]
  nextToken?: string
}

interface Cursor {
  /** Operation the token belongs to: a token from another call is refused, as AWS refuses it. */
  o: string
  /** Offset of the next item. */
  n: number
  /** Simulated time the first page was read at, so later pages come from the same listing. */
  t: number
}

const INVALID = 'The pagination token is not valid for this request.'

function decode(operation: string, token: string, invalidCode: string): Cursor {
  try {
    const cursor = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as Cursor
    if (cursor.o === operation && Number.isInteger(cursor.n) && cursor.n >= 0 && Number.isFinite(cursor.t))
      return cursor
  } catch {
    // refused below
  }
  throw new SimError(invalidCode, INVALID)
}

/**
 * One page of the listing `listAt(asOf)`, at most `size` long, starting where `token` says. The listing is
 * taken as of the first page's time, so items that appear meanwhile do not shift later pages.
 */
export function paginate<T>(
  operation: string,
  token: string | undefined,
  size: number,
  elapsed: number,
  invalidCode: string,
  listAt: (asOf: number) => T[]
): Page<T> {
  const cursor = token ? decode(operation, token, invalidCode) : { o: operation, n: 0, t: elapsed }
  const items = listAt(cursor.t)
  if (cursor.n > items.length) throw new SimError(invalidCode, INVALID)
  const end = cursor.n + size
  const nextToken =
    end < items.length ? Buffer.from(JSON.stringify({ ...cursor, n: end })).toString('base64url') : undefined
  return { items: items.slice(cursor.n, end), nextToken }
}

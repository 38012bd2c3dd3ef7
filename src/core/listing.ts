/**
 * Reading AWS listings so that only a complete and consistent one is ever judged. A page answered with a token
 * seen before in the same listing means the listing cannot be finished (it would loop, or stop short); the same
 * item listed twice with different contents cannot be both. Either way the answer is untrusted: the poll fails
 * (and is retried), it never yields a partial or contradictory list.
 */

/** An AWS answer the gate cannot judge by: truncated, contradictory or about another resource. */
export class UntrustedAnswerError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UntrustedAnswer'
  }
}

/** The pagination tokens of one listing: a token given twice means the listing cannot be read to its end. */
export class PageTokens {
  private readonly seen = new Set<string>()

  constructor(private readonly operation: string) {}

  /** The token to ask the next page with, or undefined at the end. */
  next(token: string | undefined): string | undefined {
    if (!token) return undefined
    if (this.seen.has(token))
      throw new UntrustedAnswerError(
        `${this.operation} answered a pagination token it had already given, so the listing cannot be read to its end`
      )
    this.seen.add(token)
    return token
  }
}

/** Every page of a listing, in order; `page(token)` reads one page and says the next token. */
export async function readAllPages<T>(
  operation: string,
  page: (token: string | undefined) => Promise<{ items: T[]; next?: string }>
): Promise<T[]> {
  const items: T[] = []
  const tokens = new PageTokens(operation)
  let token: string | undefined
  do {
    const answer = await page(token)
    items.push(...answer.items)
    token = tokens.next(answer.next)
  } while (token !== undefined)
  return items
}

/**
 * Each item once: an item repeated with the same contents counts once; the same id with other contents is a
 * contradiction. Items without an id are never merged (nothing says they are the same).
 */
export function uniqueById<T>(
  operation: string,
  items: T[],
  id: (item: T) => string | undefined,
  same: (a: T, b: T) => boolean
): T[] {
  const byId = new Map<string, T>()
  const result: T[] = []
  for (const item of items) {
    const key = id(item)
    if (!key) {
      result.push(item)
      continue
    }
    const earlier = byId.get(key)
    if (earlier === undefined) {
      byId.set(key, item)
      result.push(item)
    } else if (!same(earlier, item))
      throw new UntrustedAnswerError(`${operation} listed ${key} twice with different contents`)
  }
  return result
}

/** Same contents, for telling a repeated item from a contradictory one. */
export function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

/** The answer must be about the resource asked for. */
export function expectSame(operation: string, what: string, asked: string, answered: string | undefined): void {
  if (answered !== undefined && answered !== asked)
    throw new UntrustedAnswerError(`${operation} answered about ${what} ${answered}, not ${asked}`)
}

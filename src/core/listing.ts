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

/** Every page of a listing, in order; `page(token)` reads one page and says the next token. */
export async function readAllPages<T>(
  operation: string,
  page: (token: string | undefined) => Promise<{ items: T[]; next?: string }>
): Promise<T[]> {
  const items: T[] = []
  const seen = new Set<string>()
  let token: string | undefined
  do {
    const answer = await page(token)
    items.push(...answer.items)
    token = answer.next || undefined
    if (token !== undefined && seen.has(token))
      throw new UntrustedAnswerError(
        `${operation} answered a pagination token it had already given, so the listing cannot be read to its end`
      )
    if (token !== undefined) seen.add(token)
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

/** The answer must be about the resource asked for. */
export function expectSame(operation: string, what: string, asked: string, answered: string | undefined): void {
  if (answered !== undefined && answered !== asked)
    throw new UntrustedAnswerError(`${operation} answered about ${what} ${answered}, not ${asked}`)
}

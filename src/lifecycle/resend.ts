/** A mutating call whose answer may be lost on the way back, sent once more with the same client token. */
import { describeAwsError, isPermanentAwsError } from '../core/aws-errors.js'
import type { LifecycleContext } from './context.js'

export const THROTTLED = new Set([
  'ThrottlingException',
  'CallRateLimitExceededException',
  'Throttling',
  'TooManyRequestsException'
])

export function errorName(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : ''
}

/**
 * Paced by the run's limiter; a throttled answer slows the pace and is sent again until `deadline` (nothing is lost
 * to throttling). An answer lost on the way back (a reset, a garbled body) leaves it unknown whether the call took
 * effect: it is sent once more, unchanged, and its client token makes Image Builder answer with what the first did.
 */
export async function sendWithResend<T>(
  ctx: LifecycleContext,
  label: string,
  send: () => Promise<T>,
  deadline: number
): Promise<T> {
  const paced = async () => {
    for (;;) {
      await ctx.limiter.acquire(ctx.signal)
      try {
        const answer = await send()
        ctx.limiter.accepted()
        return answer
      } catch (error) {
        if (!THROTTLED.has(errorName(error)) || ctx.signal?.aborted || ctx.clock.now() >= deadline) throw error
        ctx.limiter.throttled()
      }
    }
  }
  return paced().catch((error: unknown) => {
    if (isPermanentAwsError(error) || ctx.signal?.aborted) throw error
    ctx.log(`${label}: ${describeAwsError(error)}; asking again with the same client token`)
    return paced()
  })
}

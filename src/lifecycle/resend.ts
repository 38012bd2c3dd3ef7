/** A mutating call whose answer may be lost on the way back, sent once more with the same client token. */
import { describeAwsError, isPermanentAwsError } from '../core/aws-errors.js'
import type { LifecycleContext } from './context.js'

/**
 * An answer lost on the way back (a reset, a garbled body) leaves it unknown whether the call took effect: it is
 * sent once more, unchanged. Its client token makes Image Builder answer with what the first one did.
 */
export async function sendWithResend<T>(ctx: LifecycleContext, label: string, send: () => Promise<T>): Promise<T> {
  const paced = async () => {
    await ctx.limiter.acquire(ctx.signal)
    return send()
  }
  return paced().catch((error: unknown) => {
    if (isPermanentAwsError(error) || ctx.signal?.aborted) throw error
    ctx.log(`${label}: ${describeAwsError(error)}; asking again with the same client token`)
    return paced()
  })
}

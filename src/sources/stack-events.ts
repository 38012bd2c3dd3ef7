/**
 * A stack's events, read as they come: DescribeStackEvents lists them newest first, so each read follows the pages
 * only down to the newest event an earlier read has seen (or until `enough` says so), and gives the new ones
 * oldest first. Events count as seen only once a read is complete: a read that fails is read again whole. The
 * answer must be about the stack asked for; an event repeated across pages counts once, and the same event told
 * two ways is not to be trusted.
 */
import { DescribeStackEventsCommand, type CloudFormationClient, type StackEvent } from '@aws-sdk/client-cloudformation'
import { expectSame, PageTokens, sameJson, UntrustedAnswerError } from '../core/listing.js'

const OP = 'DescribeStackEvents'

export class StackEventReader {
  private readonly seen = new Set<string>()

  /** `name` is the stack's name, which every event must carry. */
  constructor(
    private readonly client: CloudFormationClient,
    private readonly name: string
  ) {}

  /** The events since the last read, oldest first; `stack` is the name or the stack ID to ask with. */
  async readNew(stack: string, signal: AbortSignal, enough?: (event: StackEvent) => boolean): Promise<StackEvent[]> {
    const fresh: StackEvent[] = []
    const freshById = new Map<string, StackEvent>()
    const tokens = new PageTokens(OP)
    let NextToken: string | undefined
    read: do {
      const page = await this.client.send(new DescribeStackEventsCommand({ StackName: stack, NextToken }), {
        abortSignal: signal
      })
      for (const event of page.StackEvents ?? []) {
        expectSame(OP, 'stack', this.name, event.StackName)
        if (event.EventId && this.seen.has(event.EventId)) break read
        const earlier = event.EventId ? freshById.get(event.EventId) : undefined
        if (earlier && !sameJson(earlier, event))
          throw new UntrustedAnswerError(`${OP} listed event ${event.EventId} twice with different contents`)
        if (earlier) continue
        if (event.EventId) freshById.set(event.EventId, event)
        fresh.push(event)
        if (enough?.(event)) break read
      }
      NextToken = tokens.next(page.NextToken)
    } while (NextToken)
    for (const id of freshById.keys()) this.seen.add(id)
    return fresh.reverse()
  }
}

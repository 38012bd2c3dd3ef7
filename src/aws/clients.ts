/**
 * SDK clients, one per service and region. Endpoints and credentials come from the SDK's own environment
 * handling (AWS_ENDPOINT_URL_IMAGEBUILDER, AWS_ENDPOINT_URL_CLOUDFORMATION, AWS_ACCESS_KEY_ID, OIDC, ...);
 * throttling and 5xx answers are retried by the SDK's retry strategy, configured here and nowhere else. A gate
 * uses its adaptive mode, whose client-side rate limiter slows a client AWS throttles, so jobs sharing an
 * account's limits back off together instead of retrying into them; a cleanup paces itself. A run loads
 * the SDK package of a service only when its targets call that service: each is a large part of the start.
 */
import type { AutoScalingClient } from '@aws-sdk/client-auto-scaling'
import type { CloudFormationClient } from '@aws-sdk/client-cloudformation'
import type { EC2Client } from '@aws-sdk/client-ec2'
import type { ImagebuilderClient } from '@aws-sdk/client-imagebuilder'
import { AdaptiveRetryStrategy, ConfiguredRetryStrategy } from '@smithy/util-retry'
import type { AwsService, AwsSettings } from '../core/settings.js'
import { ACTION_NAME, ACTION_VERSION } from '../core/meta.js'
import { explainUnreachable } from './unreachable.js'

/** Full-jitter exponential delay, capped at 20 s as the SDK's default strategy is. */
function retryDelay(attempt: number, baseMs: number, random: () => number = Math.random): number {
  return Math.round(random() * Math.min(20_000, baseMs * 2 ** attempt))
}

type Refresh = AdaptiveRetryStrategy['refreshRetryTokenForRetry']

/** The SDK's adaptive retry strategy, counting the answers AWS throttled on the way. */
class CountingAdaptiveRetryStrategy extends AdaptiveRetryStrategy {
  constructor(
    maxAttempts: number,
    baseDelayMs: number,
    private readonly onThrottled: () => void
  ) {
    const backoff = {
      computeNextBackoffDelay: (attempt: number) => retryDelay(attempt, baseDelayMs),
      setDelayBase() {}
    }
    super(maxAttempts, { maxAttempts, backoff })
  }

  override async refreshRetryTokenForRetry(...[token, info]: Parameters<Refresh>): ReturnType<Refresh> {
    if (info.errorType === 'THROTTLING') this.onThrottled()
    return super.refreshRetryTokenForRetry(token, info)
  }
}

/** The client classes of the services a run calls. */
interface Sdks {
  imagebuilder?: typeof ImagebuilderClient
  cloudformation?: typeof CloudFormationClient
}

/** A service's client for a region, made the first time it is asked for. */
function perRegion<C>(clients: Map<string, C>, region: string, make: () => C): C {
  let client = clients.get(region)
  if (client === undefined) clients.set(region, (client = make()))
  return client
}

export class AwsClients {
  private readonly imageBuilders = new Map<string, ImagebuilderClient>()
  private readonly cloudFormations = new Map<string, CloudFormationClient>()
  private readonly ec2s = new Map<string, Promise<EC2Client>>()
  private readonly autoScalings = new Map<string, Promise<AutoScalingClient>>()
  private throttledAnswers = 0

  private constructor(
    private readonly settings: AwsSettings,
    private readonly sdks: Sdks
  ) {}

  /** Clients for `services`, and only those: asking for another one is a mistake in the caller. */
  static async open(settings: AwsSettings, services: readonly AwsService[]): Promise<AwsClients> {
    const [imagebuilder, cloudformation] = await Promise.all([
      services.includes('imagebuilder')
        ? import('@aws-sdk/client-imagebuilder').then((sdk) => sdk.ImagebuilderClient)
        : undefined,
      services.includes('cloudformation')
        ? import('@aws-sdk/client-cloudformation').then((sdk) => sdk.CloudFormationClient)
        : undefined
    ])
    return new AwsClients(settings, { imagebuilder, cloudformation })
  }

  private sdk<S extends AwsService>(service: S): NonNullable<Sdks[S]> {
    const sdk = this.sdks[service]
    if (!sdk) throw new Error(`the ${service} client was not opened for this run`)
    return sdk as NonNullable<Sdks[S]>
  }

  private common(region: string) {
    return {
      region,
      customUserAgent: [[ACTION_NAME, ACTION_VERSION]] as [string, string][],
      retryStrategy: this.settings.adaptive
        ? new CountingAdaptiveRetryStrategy(this.settings.maxAttempts, this.settings.retryBaseDelayMs, () => {
            this.throttledAnswers += 1
          })
        : new ConfiguredRetryStrategy(this.settings.maxAttempts, (attempt) =>
            retryDelay(attempt, this.settings.retryBaseDelayMs)
          ),
      // Without throwOnRequestTimeout the handler only warns when a request runs over, and waits on.
      requestHandler: {
        requestTimeout: this.settings.requestTimeoutMs ?? 30_000,
        throwOnRequestTimeout: true,
        connectionTimeout: 10_000
      }
    }
  }

  /**
   * Next to the request handler (below the retry middleware), where the network error is still Node's own: the
   * named error keeps its code, so the SDK's retry strategy retries it as before.
   */
  private named<C extends ImagebuilderClient | CloudFormationClient>(client: C, service: AwsService): C {
    const endpoint = this.settings.endpoints?.[service]
    if (!endpoint) return client
    // One middleware for both: the stacks differ only in the input and output types, which it passes through.
    ;(client as ImagebuilderClient).middlewareStack.add(
      (next) => async (args) => {
        try {
          return await next(args)
        } catch (error) {
          throw explainUnreachable(error, endpoint)
        }
      },
      { step: 'finalizeRequest', priority: 'low', name: 'imageGateEndpointUnreachable' }
    )
    return client
  }

  imageBuilder(region: string): ImagebuilderClient {
    return perRegion(this.imageBuilders, region, () =>
      this.named(new (this.sdk('imagebuilder'))(this.common(region)), 'imagebuilder')
    )
  }

  cloudFormation(region: string): CloudFormationClient {
    return perRegion(this.cloudFormations, region, () =>
      this.named(new (this.sdk('cloudformation'))(this.common(region)), 'cloudformation')
    )
  }

  /**
   * EC2 and Auto Scaling are loaded when first asked for (only runs that retire images ask): the EC2 client is
   * large, and a gate run should not pay for loading it.
   */
  ec2(region: string): Promise<EC2Client> {
    return perRegion(
      this.ec2s,
      region,
      async () => new (await import('@aws-sdk/client-ec2')).EC2Client(this.common(region))
    )
  }

  autoScaling(region: string): Promise<AutoScalingClient> {
    return perRegion(
      this.autoScalings,
      region,
      async () => new (await import('@aws-sdk/client-auto-scaling')).AutoScalingClient(this.common(region))
    )
  }

  /** How many answers AWS throttled in this run, over all clients (each was retried, by the SDK or the next poll). */
  throttled(): number {
    return this.throttledAnswers
  }

  async destroy(): Promise<void> {
    for (const client of [...this.imageBuilders.values(), ...this.cloudFormations.values()]) client.destroy()
    const lazy: Promise<{ destroy(): void }>[] = [...this.ec2s.values(), ...this.autoScalings.values()]
    await Promise.all(
      lazy.map((pending) =>
        pending.then(
          (c) => c.destroy(),
          () => undefined
        )
      )
    )
  }
}

/**
 * SDK clients, one per service and region. Endpoints and credentials come from the SDK's own environment
 * handling (AWS_ENDPOINT_URL_IMAGEBUILDER, AWS_ENDPOINT_URL_CLOUDFORMATION, AWS_ACCESS_KEY_ID, OIDC, ...);
 * throttling and 5xx answers are retried by the SDK's retry strategy, configured here and nowhere else.
 */
import { CloudFormationClient } from '@aws-sdk/client-cloudformation'
import { ImagebuilderClient } from '@aws-sdk/client-imagebuilder'
import { ConfiguredRetryStrategy } from '@smithy/util-retry'
import type { AwsSettings } from '../core/settings.js'
import { ACTION_NAME, ACTION_VERSION } from '../core/meta.js'

/** Full-jitter exponential delay, capped at 20 s as the SDK's default strategy is. */
function retryDelay(attempt: number, baseMs: number, random: () => number = Math.random): number {
  return Math.round(random() * Math.min(20_000, baseMs * 2 ** attempt))
}

export class AwsClients {
  private readonly imageBuilders = new Map<string, ImagebuilderClient>()
  private readonly cloudFormations = new Map<string, CloudFormationClient>()

  constructor(private readonly settings: AwsSettings) {}

  private common(region: string) {
    return {
      region,
      customUserAgent: [[ACTION_NAME, ACTION_VERSION]] as [string, string][],
      retryStrategy: new ConfiguredRetryStrategy(this.settings.maxAttempts, (attempt) =>
        retryDelay(attempt, this.settings.retryBaseDelayMs)
      ),
      requestHandler: { requestTimeout: this.settings.requestTimeoutMs ?? 30_000, connectionTimeout: 10_000 }
    }
  }

  imageBuilder(region: string): ImagebuilderClient {
    let client = this.imageBuilders.get(region)
    if (!client) this.imageBuilders.set(region, (client = new ImagebuilderClient(this.common(region))))
    return client
  }

  cloudFormation(region: string): CloudFormationClient {
    let client = this.cloudFormations.get(region)
    if (!client) this.cloudFormations.set(region, (client = new CloudFormationClient(this.common(region))))
    return client
  }

  destroy(): void {
    for (const client of [...this.imageBuilders.values(), ...this.cloudFormations.values()]) client.destroy()
  }
}

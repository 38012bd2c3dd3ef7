/** SDK clients of every simulated service against a simulator on a virtual clock that records what it answers. */
import * as asgSdk from '@aws-sdk/client-auto-scaling'
import * as cfnSdk from '@aws-sdk/client-cloudformation'
import * as ec2Sdk from '@aws-sdk/client-ec2'
import * as ibSdk from '@aws-sdk/client-imagebuilder'
import { autoScalingService } from '../../sim/autoscaling.js'
import { cloudFormationOperations } from '../../sim/cloudformation.js'
import { ec2Service } from '../../sim/ec2.js'
import { imageBuilderOperations } from '../../sim/imagebuilder.js'
import type { Scenario } from '../../sim/scenario.js'
import { startSimulator } from '../../sim/server.js'
import { VirtualClock } from '../../sim/clock.js'
import { ServiceModel } from './aws-model.js'

const model = (sdk: object, name: string, protocol: ServiceModel['protocol']) =>
  new ServiceModel(sdk as unknown as Record<string, unknown>, name, protocol)

export const MODELS = {
  imagebuilder: model(ibSdk, '@aws-sdk/client-imagebuilder', 'restJson1'),
  cloudformation: model(cfnSdk, '@aws-sdk/client-cloudformation', 'awsQuery'),
  ec2: model(ec2Sdk, '@aws-sdk/client-ec2', 'ec2'),
  autoscaling: model(asgSdk, '@aws-sdk/client-auto-scaling', 'awsQuery')
}
export type Service = keyof typeof MODELS
export const SERVED: Record<Service, string[]> = {
  imagebuilder: Object.keys(imageBuilderOperations),
  cloudformation: Object.keys(cloudFormationOperations),
  ec2: ec2Service.operations,
  autoscaling: autoScalingService.operations
}

/** The SDK's base exception class name of each service, for errors the model does not list. */
export const BASE_EXCEPTION: Record<Service, string> = {
  imagebuilder: 'ImagebuilderServiceException',
  cloudformation: 'CloudFormationServiceException',
  ec2: 'EC2ServiceException',
  autoscaling: 'AutoScalingServiceException'
}

/** Call an operation by name with the SDK's command for it (in the region given, else us-east-1). */
export type Send = (op: string, input: object, region?: string) => Promise<Record<string, unknown>>

export function serviceOf(op: string): Service {
  const service = (Object.keys(SERVED) as Service[]).find((s) => SERVED[s].includes(op))
  if (!service) throw new Error(`the simulator does not serve ${op}`)
  return service
}

type Client = { send(c: object): Promise<unknown>; destroy(): void }
const CLIENTS: Record<Service, new (config: object) => Client> = {
  imagebuilder: ibSdk.ImagebuilderClient,
  cloudformation: cfnSdk.CloudFormationClient,
  ec2: ec2Sdk.EC2Client,
  autoscaling: asgSdk.AutoScalingClient
}

/** A simulator on a virtual clock that records what it answers, and SDK clients pointed at it, per region. */
export async function harness(scenario: Scenario) {
  const clock = new VirtualClock()
  const start = clock.now()
  const sim = await startSimulator(scenario, { now: () => clock.now(), recordResponses: true })
  const clients = new Map<string, Client>()
  const client = (service: Service, region: string): Client => {
    const key = `${service} ${region}`
    const config = {
      endpoint: sim.url,
      region,
      maxAttempts: 1,
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' }
    }
    if (!clients.has(key)) clients.set(key, new CLIENTS[service](config))
    return clients.get(key) as Client
  }
  return {
    sim,
    at: (ms: number) => clock.advance(Math.max(0, start + ms - clock.now())),
    send: (async (op, input, region = 'us-east-1') => {
      const service = serviceOf(op)
      const Command = MODELS[service].command(op)
      return (await client(service, region).send(new Command(input))) as Record<string, unknown>
    }) as Send,
    async stop() {
      for (const c of clients.values()) c.destroy()
      await sim.stop()
    }
  }
}

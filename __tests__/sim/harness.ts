/** SDK clients of both services against a simulator on a virtual clock that records what it answers. */
import * as cfnSdk from '@aws-sdk/client-cloudformation'
import * as ibSdk from '@aws-sdk/client-imagebuilder'
import { cloudFormationOperations } from '../../sim/cloudformation.js'
import { imageBuilderOperations } from '../../sim/imagebuilder.js'
import type { Scenario } from '../../sim/scenario.js'
import { startSimulator } from '../../sim/server.js'
import { VirtualClock } from '../../sim/clock.js'
import { ServiceModel } from './aws-model.js'

export const MODELS = {
  imagebuilder: new ServiceModel(
    ibSdk as unknown as Record<string, unknown>,
    '@aws-sdk/client-imagebuilder',
    'restJson1'
  ),
  cloudformation: new ServiceModel(
    cfnSdk as unknown as Record<string, unknown>,
    '@aws-sdk/client-cloudformation',
    'awsQuery'
  )
}
export type Service = keyof typeof MODELS
export const SERVED: Record<Service, string[]> = {
  imagebuilder: Object.keys(imageBuilderOperations),
  cloudformation: Object.keys(cloudFormationOperations)
}

/** Call an operation by name with the SDK's command for it; resolves to the SDK's output. */
export type Send = (op: string, input: object) => Promise<Record<string, unknown>>

export function serviceOf(op: string): Service {
  const service = (Object.keys(SERVED) as Service[]).find((s) => SERVED[s].includes(op))
  if (!service) throw new Error(`the simulator does not serve ${op}`)
  return service
}

/** A simulator on a virtual clock that records what it answers, and SDK clients of both services pointed at it. */
export async function harness(scenario: Scenario) {
  const clock = new VirtualClock()
  const start = clock.now()
  const sim = await startSimulator(scenario, { now: () => clock.now(), recordResponses: true })
  const config = {
    endpoint: sim.url,
    region: 'us-east-1',
    maxAttempts: 1,
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' }
  }
  const clients = {
    imagebuilder: new ibSdk.ImagebuilderClient(config),
    cloudformation: new cfnSdk.CloudFormationClient(config)
  }
  return {
    sim,
    at: (ms: number) => clock.advance(Math.max(0, start + ms - clock.now())),
    send: (async (op, input) => {
      const service = serviceOf(op)
      const Command = MODELS[service].command(op)
      return (await (clients[service] as { send(c: object): Promise<unknown> }).send(new Command(input))) as Record<
        string,
        unknown
      >
    }) as Send,
    async stop() {
      clients.imagebuilder.destroy()
      clients.cloudformation.destroy()
      await sim.stop()
    }
  }
}

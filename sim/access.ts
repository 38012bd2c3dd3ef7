/**
 * IAM as the simulated caller sees it: a scenario can withhold actions (`denied`), everywhere or in some regions
 * (a policy condition on `aws:RequestedRegion`). CloudFormation and Auto Scaling answer a call its caller may not
 * make with `AccessDenied` (HTTP 403) and IAM's message "User: <arn> is not authorized to perform: <action> ..."
 * (IAM User Guide, "Troubleshoot access denied error messages").
 */
import { SimError } from './errors.js'
import { ScenarioError, type Raw } from './scenario-fields.js'
import type { SimState } from './state.js'

/** An action withheld, in the listed regions only when it names some. */
export interface Denial {
  action: string
  regions?: string[]
}

/** `denied: [cloudformation:GetHookResult, { action: ec2:DescribeImageReferences, regions: [eu-west-1] }]` */
export function parseDenied(raw: unknown): Denial[] {
  return (Array.isArray(raw) ? raw : []).map((d: unknown, i): Denial => {
    if (typeof d === 'string') return { action: d }
    const { action, regions } = (d ?? {}) as Raw
    if (typeof action !== 'string') throw new ScenarioError(`denied[${i}]: "action" is required`)
    return { action, regions: Array.isArray(regions) ? regions.map(String) : undefined }
  })
}

type Handler = (state: SimState, params: Record<string, string>, elapsed: number) => Record<string, unknown>

/** The role the simulated job runs as, for the messages. */
function caller(state: SimState): string {
  return `arn:aws:sts::${state.scenario.account}:assumed-role/image-gate/ci`
}

/** Whether the scenario withholds `action` in `region`. */
export function isDenied(state: SimState, action: string, region?: string): boolean {
  return state.scenario.denied.some(
    (d) => d.action === action && (!d.regions || (region !== undefined && d.regions.includes(region)))
  )
}

/** IAM's words for a denied action. */
export function deniedMessage(state: SimState, action: string, resource?: string): string {
  const on = resource ? ` on resource: ${resource}` : ''
  return `User: ${caller(state)} is not authorized to perform: ${action}${on} because no identity-based policy allows the ${action} action`
}

/** Refuse `action` (on `resource`, when it names one) if the scenario denies it (in `region`). */
export function authorize(state: SimState, action: string, resource?: string, region?: string): void {
  if (isDenied(state, action, region)) throw new SimError('AccessDenied', deniedMessage(state, action, resource), 403)
}

/** Every operation of `service` behind its IAM action, `<service>:<Operation>`. */
export function guarded(service: string, operations: Record<string, Handler>): Record<string, Handler> {
  return Object.fromEntries(
    Object.entries(operations).map(([name, handler]): [string, Handler] => [
      name,
      (state, params, elapsed) => {
        authorize(state, `${service}:${name}`)
        return handler(state, params, elapsed)
      }
    ])
  )
}

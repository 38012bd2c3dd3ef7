/**
 * The simulated account's EC2 and Auto Scaling side, per region: the scenario's resources, the AMIs its image
 * builds produced, and what callers created (image usage reports). Kept beside the SimState it belongs to.
 */
import type { SimAmi, SimEc2Region, SimLaunchTemplate, SimTemplateRef } from './ec2-scenario.js'
import { outputsOf } from './outputs.js'
import type { SimState } from './state.js'

export interface UsageReport {
  id: string
  region: string
  imageId: string
  resourceTypes: { type: string; depth?: number }[]
  accountIds: string[]
  clientToken?: string
  /** The request, canonicalised, to tell a retry from another request with the same token. */
  fingerprint: string
  createdAt: number
  tags: { Key?: string; Value?: string }[]
}

const EMPTY: SimEc2Region = {
  images: [],
  instances: [],
  launchTemplates: [],
  ssmParameters: [],
  recipes: [],
  autoScalingGroups: [],
  launchConfigurations: [],
  usage: []
}

export class Ec2World {
  readonly reports: UsageReport[] = []

  constructor(private readonly state: SimState) {}

  get account(): string {
    return this.state.scenario.account
  }

  region(name: string): SimEc2Region {
    return this.state.scenario.ec2.regions[name] ?? EMPTY
  }

  unreachable(region: string): boolean {
    return this.state.scenario.ec2.unreachable.includes(region)
  }

  /**
   * The account's AMIs in a region as of `elapsed`: those its image builds distributed there (once produced),
   * overridden by the scenario's own list for the same id.
   */
  amis(region: string, elapsed: number): SimAmi[] {
    const listed = this.region(region).images
    const byId = new Map<string, SimAmi>()
    for (const image of this.state.scenario.images)
      for (const ami of outputsOf(this.state, image, elapsed)?.amis ?? [])
        if (ami.region === region && ami.accountId === this.account)
          byId.set(ami.image, {
            id: ami.image,
            name: ami.name,
            owner: this.account,
            state: 'available',
            deprecated: false,
            public: false
          })
    for (const ami of listed) byId.set(ami.id, ami)
    return [...byId.values()]
  }

  /** The launch template a reference names (by id or by name), if it exists in the region. */
  template(region: string, ref: SimTemplateRef): SimLaunchTemplate | undefined {
    return this.region(region).launchTemplates.find((t) =>
      ref.id !== undefined ? t.id === ref.id : t.name === ref.name
    )
  }

  /** `arn:aws:ec2:eu-west-1:123456789012:launch-template/lt-...` and the like. */
  arn(service: string, region: string, resource: string): string {
    return `arn:aws:${service}:${region}:${this.account}:${resource}`
  }

  iso(elapsed: number): Date {
    return new Date(this.state.epoch + elapsed)
  }
}

const worlds = new WeakMap<SimState, Ec2World>()

export function ec2World(state: SimState): Ec2World {
  let world = worlds.get(state)
  if (!world) worlds.set(state, (world = new Ec2World(state)))
  return world
}

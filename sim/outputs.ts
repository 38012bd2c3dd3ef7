/**
 * What an image build produced: its `outputResources` (imagebuilder model: `OutputResources` with `amis`, each
 * an `Ami` with region, image, name, state and owning accountId, and `containers`, each a region with
 * imageUris). ListImageBuildVersions and GetImage answer them; EC2 sees the AMIs owned by the account.
 */
import { createHash } from 'node:crypto'
import type { SimImage } from './scenario.js'
import { list, optStr, str } from './scenario-fields.js'
import type { SimState } from './state.js'

export interface SimAmiOutput {
  region: string
  image: string
  name: string
  accountId: string
  description?: string
}

export interface SimOutputs {
  /** The scenario named them; otherwise they follow from the build (see `outputsOf`). */
  explicit: boolean
  amis: SimAmiOutput[]
  containers: { region: string; imageUris: string[] }[]
}

/** A stable AMI id for a build in a region: `ami-` and 17 hex digits, as EC2 forms them. */
export function amiIdFor(arn: string, region: string): string {
  return `ami-${createHash('sha256').update(`${arn}\n${region}`).digest('hex').slice(0, 17)}`
}

/**
 * `amis: [{ region, image?, name?, account? }]` and `containers: [{ region, imageUris }]` from a scenario
 * image; without them an AMI build has one AMI in the scenario's region and a container build one image URI.
 */
export function normalizeOutputs(
  img: Record<string, unknown>,
  where: string,
  build: { arn: string; name: string; version: string; type: string },
  home: { region: string; account: string }
): SimOutputs {
  const explicit = img.amis !== undefined || img.containers !== undefined
  const amis = list(img.amis).map((ami, i): SimAmiOutput => {
    const region = str(ami, 'region', `${where}.amis[${i}]`, home.region)
    return {
      region,
      image: str(ami, 'image', `${where}.amis[${i}]`, amiIdFor(build.arn, region)),
      name: str(ami, 'name', `${where}.amis[${i}]`, `${build.name} ${build.version}`),
      accountId: str(ami, 'account', `${where}.amis[${i}]`, home.account),
      description: optStr(ami.description)
    }
  })
  const containers = list(img.containers).map((c, i) => ({
    region: str(c, 'region', `${where}.containers[${i}]`, home.region),
    imageUris: Array.isArray(c.imageUris) ? c.imageUris.map(String) : []
  }))
  if (explicit) return { explicit, amis, containers }
  const semver = build.version.replace(/\/\d+$/, '')
  return build.type === 'DOCKER'
    ? {
        explicit,
        amis: [],
        containers: [
          {
            region: home.region,
            imageUris: [`${home.account}.dkr.ecr.${home.region}.amazonaws.com/${build.name}:${semver}`]
          }
        ]
      }
    : {
        explicit,
        amis: [
          {
            region: home.region,
            image: amiIdFor(build.arn, home.region),
            name: `${build.name} ${build.version}`,
            accountId: home.account
          }
        ],
        containers: []
      }
}

/** While a build runs its AMIs are not distributed yet; a failed or cancelled one has none unless named. */
const NOT_PRODUCED = new Set(['PENDING', 'CREATING', 'BUILDING', 'TESTING', 'DISTRIBUTING', 'INTEGRATING'])
const FAILED = new Set(['FAILED', 'CANCELLED'])

/** The build's outputs as of `elapsed`, or undefined when it has produced none (yet). */
export function outputsOf(state: SimState, image: SimImage, elapsed: number): SimOutputs | undefined {
  const status = state.imageState(image, elapsed)?.status
  if (!status || NOT_PRODUCED.has(status) || (FAILED.has(status) && !image.outputs.explicit)) return undefined
  return image.outputs
}

/** The `outputResources` member as Image Builder answers it. */
export function outputResources(state: SimState, image: SimImage, elapsed: number) {
  const outputs = outputsOf(state, image, elapsed)
  if (!outputs) return undefined
  return {
    amis: outputs.amis.map((a) => ({
      region: a.region,
      image: a.image,
      name: a.name,
      description: a.description,
      accountId: a.accountId
    })),
    containers: outputs.containers
  }
}

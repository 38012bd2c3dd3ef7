/** ARN parsing for the resources the gate reads; each parser says what was wrong and what form is expected. */

/** A region code; the pattern is shared with the policy's JSON Schema. */
export const REGION_PATTERN = '(?:us|eu|ap|sa|ca|me|af|il|mx|cn|us-gov|us-iso|us-isob|eusc)-[a-z]+-\\d{1,2}'
const REGION = new RegExp(`^${REGION_PATTERN}$`)

export function isRegion(text: string): boolean {
  return REGION.test(text)
}

/** The partition a region belongs to (ARNs of a region carry it): aws-cn for China, aws-us-gov for GovCloud. */
export function partitionOf(region: string): string {
  const prefixes: [string, string][] = [
    ['cn-', 'aws-cn'],
    ['us-gov-', 'aws-us-gov'],
    ['us-isob-', 'aws-iso-b'],
    ['us-iso-', 'aws-iso'],
    ['eusc-', 'aws-eusc']
  ]
  return prefixes.find(([prefix]) => region.startsWith(prefix))?.[1] ?? 'aws'
}

/** Why an ARN's partition cannot be right for its region, or undefined when it is. */
export function partitionProblem(partition: string, region: string): string | undefined {
  const expected = partitionOf(region)
  if (partition === expected) return undefined
  return `its partition ${partition} does not match its region ${region}, whose ARNs start arn:${expected}:`
}

export interface ImageBuildVersionArn {
  arn: string
  partition: string
  region: string
  account: string
  name: string
  version: string
  build: string
}

const IMAGE_BUILD_VERSION =
  /^arn:(aws[a-z-]*):imagebuilder:([^:]*):(\d{12}|aws):image\/([a-z0-9_-]+)\/(\d+\.\d+\.\d+)\/(\d+)$/
const IMAGE_VERSION = /^arn:aws[a-z-]*:imagebuilder:[^:]*:(\d{12}|aws):image\/[a-z0-9_-]+\/\d+\.\d+\.\d+$/

/**
 * An image build version ARN whose partition fits its region, as a pattern for the policy's JSON Schema (the
 * parser below says what is wrong; the pattern lets editors flag the same).
 */
export const IMAGE_BUILD_VERSION_PATTERN = (() => {
  const others = ['cn-', 'us-gov-', 'us-iso-', 'us-isob-', 'eusc-']
  const pairs = [
    `aws:imagebuilder:(?!${others.join('|')})${REGION_PATTERN}`,
    ...others.map((prefix) => `${partitionOf(prefix)}:imagebuilder:${prefix}[a-z]+-\\d{1,2}`)
  ]
  return `^arn:(?:${pairs.join('|')}):\\d{12}:image/[a-z0-9_-]+/\\d+\\.\\d+\\.\\d+/\\d+$`
})()

export const IMAGE_BUILD_VERSION_FORM =
  'arn:aws:imagebuilder:<region>:<account>:image/<name>/<major.minor.patch>/<build>'

/** `component` in `arn:aws:imagebuilder:<region>:<account>:component/...`. */
function resourceType(arn: string): string {
  return arn.split(':')[5]?.split('/')[0] ?? '?'
}

/** The parsed ARN, or a sentence saying what is wrong with it. */
export function parseImageBuildVersionArn(text: string): ImageBuildVersionArn | string {
  const match = IMAGE_BUILD_VERSION.exec(text)
  if (!match) {
    if (IMAGE_VERSION.test(text))
      return `it names an image version, not a build: append the build number, e.g. ${text}/1`
    if (/^arn:[^:]*:(?!imagebuilder:)/.test(text))
      return `it is not an Image Builder ARN; expected ${IMAGE_BUILD_VERSION_FORM}`
    if (/^arn:[^:]*:imagebuilder:[^:]*:[^:]*:(?!image\/)/.test(text))
      return `it is not an image ARN (Image Builder ${resourceType(text)}); expected ${IMAGE_BUILD_VERSION_FORM}`
    return `expected ${IMAGE_BUILD_VERSION_FORM}`
  }
  const [, partition, region, account, name, version, build] = match as unknown as string[]
  if (!isRegion(region as string)) return `"${region}" is not an AWS region (e.g. us-east-1)`
  const mismatch = partitionProblem(partition as string, region as string)
  if (mismatch) return mismatch
  return {
    arn: text,
    partition: partition as string,
    region: region as string,
    account: account as string,
    name: name as string,
    version: version as string,
    build: build as string
  }
}

export interface CloudFormationArn {
  arn: string
  region: string
  account: string
  /**
   * `changeSet/pr-42/0b1c...` -> `pr-42`; `stack/web/4f5e...` -> `web`;
   * `type/hook/MyOrg-Security-Scan` -> `MyOrg-Security-Scan`.
   */
  name: string
}

const CHANGE_SET = /^arn:(aws[a-z-]*):cloudformation:([^:]+):(\d{12}):changeSet\/([A-Za-z][-A-Za-z0-9]*)\/[-a-f0-9]+$/
const STACK = /^arn:(aws[a-z-]*):cloudformation:([^:]+):(\d{12}):stack\/([A-Za-z][-A-Za-z0-9]*)\/[-a-f0-9]+$/
const HOOK_TYPE = /^arn:(aws[a-z-]*):cloudformation:([^:]+):(\d{12}|aws):type\/hook\/([-A-Za-z0-9]+)(?:\/\d+)?$/

export const CHANGE_SET_FORM = 'arn:aws:cloudformation:<region>:<account>:changeSet/<name>/<id>'
export const STACK_FORM = 'arn:aws:cloudformation:<region>:<account>:stack/<name>/<id>'
export const HOOK_TYPE_FORM = 'arn:aws:cloudformation:<region>:<account>:type/hook/<Org-Service-Hook>'

function cloudFormationArn(text: string, pattern: RegExp, form: string): CloudFormationArn | string {
  const match = pattern.exec(text)
  if (!match) return `expected ${form}`
  const [, partition, region, account, name] = match as unknown as string[]
  if (!isRegion(region as string)) return `"${region}" is not an AWS region (e.g. us-east-1)`
  const mismatch = partitionProblem(partition as string, region as string)
  if (mismatch) return mismatch
  return { arn: text, region: region as string, account: account as string, name: name as string }
}

export function parseChangeSetArn(text: string): CloudFormationArn | string {
  return cloudFormationArn(text, CHANGE_SET, CHANGE_SET_FORM)
}

/** A stack ID: the stack's ARN. */
export function parseStackArn(text: string): CloudFormationArn | string {
  return cloudFormationArn(text, STACK, STACK_FORM)
}

export function parseHookTypeArn(text: string): CloudFormationArn | string {
  return cloudFormationArn(text, HOOK_TYPE, HOOK_TYPE_FORM)
}

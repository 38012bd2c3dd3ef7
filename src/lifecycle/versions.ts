/** The build versions of images (ListImages -> ListImageBuildVersions, every page of both). */
import {
  paginateListImageBuildVersions,
  paginateListImages,
  type ImagebuilderClient
} from '@aws-sdk/client-imagebuilder'
import type { BuildVersion } from '../core/lifecycle.js'

export interface ImageFilter {
  owner?: 'Self' | 'Shared' | 'Amazon' | 'ThirdParty' | 'AWSMarketplace'
  /** Exact image names; none means every image of the owner. */
  names?: string[]
}

/** Image version ARNs (`.../image/<name>/<x.y.z>`) matching the filter. */
async function listImageVersions(
  client: ImagebuilderClient,
  filter: ImageFilter,
  signal?: AbortSignal
): Promise<string[]> {
  const arns: string[] = []
  const filters = filter.names && filter.names.length > 0 ? [{ name: 'name', values: filter.names }] : undefined
  const pages = paginateListImages(
    { client, pageSize: 25, stopOnSameToken: true },
    { owner: filter.owner ?? 'Self', filters },
    { abortSignal: signal }
  )
  for await (const page of pages) for (const v of page.imageVersionList ?? []) if (v.arn) arns.push(v.arn)
  return arns
}

async function listBuildVersions(
  client: ImagebuilderClient,
  imageVersionArn: string,
  signal?: AbortSignal
): Promise<BuildVersion[]> {
  const builds: BuildVersion[] = []
  const pages = paginateListImageBuildVersions(
    { client, pageSize: 25, stopOnSameToken: true },
    { imageVersionArn },
    { abortSignal: signal }
  )
  for await (const page of pages)
    for (const b of page.imageSummaryList ?? [])
      if (b.arn)
        builds.push({
          arn: b.arn,
          name: b.name ?? '',
          version: b.version ?? '',
          state: b.state?.status,
          type: b.type,
          dateCreated: b.dateCreated,
          tags: b.tags
        })
  return builds
}

/** Every build version of every image the filter matches. */
export async function listAllBuildVersions(
  client: ImagebuilderClient,
  filter: ImageFilter,
  signal?: AbortSignal
): Promise<BuildVersion[]> {
  const versions = await listImageVersions(client, filter, signal)
  const builds: BuildVersion[] = []
  for (const arn of versions) builds.push(...(await listBuildVersions(client, arn, signal)))
  return builds
}

/** The build versions of images (ListImages -> ListImageBuildVersions, every page of both). */
import { ListImageBuildVersionsCommand, ListImagesCommand, type ImagebuilderClient } from '@aws-sdk/client-imagebuilder'
import { readAllPages, sameJson, uniqueById } from '../core/listing.js'
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
  const filters = filter.names && filter.names.length > 0 ? [{ name: 'name', values: filter.names }] : undefined
  const versions = await readAllPages('ListImages', async (nextToken) => {
    const page = await client.send(
      new ListImagesCommand({ owner: filter.owner ?? 'Self', filters, maxResults: 25, nextToken }),
      { abortSignal: signal }
    )
    return { items: page.imageVersionList ?? [], next: page.nextToken }
  })
  return [...new Set(versions.flatMap((v) => (v.arn ? [v.arn] : [])))]
}

async function listBuildVersions(
  client: ImagebuilderClient,
  imageVersionArn: string,
  signal?: AbortSignal
): Promise<BuildVersion[]> {
  const op = 'ListImageBuildVersions'
  const listed = await readAllPages(op, async (nextToken) => {
    const page = await client.send(new ListImageBuildVersionsCommand({ imageVersionArn, maxResults: 25, nextToken }), {
      abortSignal: signal
    })
    return { items: page.imageSummaryList ?? [], next: page.nextToken }
  })
  const builds = listed.flatMap((b): BuildVersion[] =>
    b.arn
      ? [
          {
            arn: b.arn,
            name: b.name ?? '',
            version: b.version ?? '',
            state: b.state?.status,
            type: b.type,
            dateCreated: b.dateCreated,
            tags: b.tags
          }
        ]
      : []
  )
  // A version listed twice counts once (it must not shift keep); listed with two states, it is not to be trusted.
  return uniqueById(op, builds, (b) => b.arn, sameJson)
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

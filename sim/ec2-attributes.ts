/**
 * ec2 model: DescribeImageAttribute, one attribute of one AMI at a time. The simulator models `launchPermission`
 * (who may launch the AMI besides its owner: the scenario's `launchPermissions`, and `group: all` for a public
 * AMI); other attributes are refused as not modelled, never answered empty.
 */
import { amiId, dryRun, type QueryHandler } from './ec2-params.js'
import { ec2World } from './ec2-state.js'
import { SimError } from './errors.js'

/** ec2 model: `ImageAttributeName`. */
const ATTRIBUTES = [
  'description',
  'kernel',
  'ramdisk',
  'launchPermission',
  'productCodes',
  'blockDeviceMapping',
  'sriovNetSupport',
  'bootMode',
  'tpmSupport',
  'uefiData',
  'lastLaunchedTime',
  'imdsSupport',
  'deregistrationProtection'
]

export const describeImageAttribute: QueryHandler = (state, params, call) => {
  for (const name of ['Attribute', 'ImageId'])
    if (params[name] === undefined)
      throw new SimError('MissingParameter', `The request must contain the parameter '${name}'.`)
  const image = amiId(params.ImageId)
  const attribute = String(params.Attribute)
  if (!ATTRIBUTES.includes(attribute))
    throw new SimError('InvalidParameterValue', `Value (${attribute}) for parameter attribute is invalid.`)
  // "The blockDeviceMapping attribute is deprecated. Using this attribute returns the Client.AuthFailure error."
  if (attribute === 'blockDeviceMapping')
    throw new SimError('AuthFailure', 'The blockDeviceMapping attribute is deprecated: describe the image instead.')
  if (attribute !== 'launchPermission')
    throw new SimError('InvalidParameterValue', `The simulator does not model the ${attribute} attribute.`)
  const world = ec2World(state)
  const ami = world.amis(call.region, call.elapsed).find((a) => a.id === image)
  if (!ami) throw new SimError('InvalidAMIID.NotFound', `The image id '[${image}]' does not exist`)
  // Only the owner reads an AMI's attributes ("Not authorized for image", AuthFailure).
  if (ami.owner !== world.account) throw new SimError('AuthFailure', `Not authorized for image:${image}`)
  dryRun(params)
  const permissions = world
    .region(call.region)
    .launchPermissions.filter((p) => p.image === image)
    .map(({ image: _image, ...p }) => p)
  return {
    imageId: image,
    launchPermission: [...(ami.public ? [{ group: 'all' }] : []), ...permissions]
  }
}

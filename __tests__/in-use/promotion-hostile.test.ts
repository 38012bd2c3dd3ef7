/**
 * Promotion outputs from hostile Image Builder text, through the bundle: an output that lists one value a line
 * gets no line a value did not bring, an AMI listed twice is promoted once, and a name stays data in the JSON.
 */
import { expect, it } from '@jest/globals'
import { gateOnce } from '../integrity/bundle.js'

const ARN = (name: string) => `arn:aws:imagebuilder:us-east-1:123456789012:image/${name}/1.0.0/1`
const WORKFLOWS = `[${['BUILD', 'TEST', 'DISTRIBUTION']
  .map((type) => `{ type: ${type}, timeline: [{ at: 0s, status: COMPLETED }] }`)
  .join(', ')}]`
const NAME = 'web\n::error::x "quoted" $(id) <b>'

it('promotes only values that are one line each, each AMI once', async () => {
  const r = await gateOnce(
    `images:
  - name: web-ami
    version: 1.0.0/1
    timeline: [{ at: 0s, status: AVAILABLE }]
    workflows: ${WORKFLOWS}
    amis:
      - { region: us-east-1, image: ami-0aaaa000000000001, name: ${JSON.stringify(NAME)} }
      - { region: us-east-1, image: ami-0aaaa000000000001, name: ${JSON.stringify(NAME)} }
      - { region: eu-west-1, image: "ami-0aaaa000000000002\\nami-0bbbb000000000002", name: web }
      - { region: "eu-west-1\\nus-west-2", image: ami-0aaaa000000000003, name: web }
  - name: web-app
    version: 1.0.0/1
    type: DOCKER
    timeline: [{ at: 0s, status: AVAILABLE }]
    workflows: ${WORKFLOWS}
    containers:
      - region: us-east-1
        imageUris:
          - 123456789012.dkr.ecr.us-east-1.amazonaws.com/web-app:1.0.0
          - "123456789012.dkr.ecr.us-east-1.amazonaws.com/web-app:1.0.0\\nevil.example.com/pwn:latest"
`,
    { 'aws-region': 'us-east-1', 'image-build-version-arn': `${ARN('web-ami')}\n${ARN('web-app')}` }
  )
  expect(r.out.verdict).toBe('pass')
  expect(JSON.parse(r.out.amis ?? '')).toEqual([
    { build: ARN('web-ami'), region: 'us-east-1', account: '123456789012', ami: 'ami-0aaaa000000000001', name: NAME }
  ])
  expect(r.out['container-image-uris']).toBe('123456789012.dkr.ecr.us-east-1.amazonaws.com/web-app:1.0.0')
}, 60_000)

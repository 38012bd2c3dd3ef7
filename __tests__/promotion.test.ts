/**
 * Promotion outputs through the bundle (dist/index.js) against the simulator: a passing gate says what it
 * produced (the AMIs of its image builds, their container images, a ParallelCluster build's AMI), as outputs and
 * in the JSON report; a build that did not pass produces nothing.
 */
import { expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { gateOnce } from './integrity/bundle.js'

const ARN = (name: string) => `arn:aws:imagebuilder:us-east-1:123456789012:image/${name}/1.0.0/1`
const done = (type: string) => `{ type: ${type}, timeline: [{ at: 0s, status: COMPLETED }] }`
const WORKFLOWS = `[${['BUILD', 'TEST', 'DISTRIBUTION'].map(done).join(', ')}]`

function scenario(testOutcome = 'COMPLETED') {
  const workflows = WORKFLOWS.replace(
    'TEST, timeline: [{ at: 0s, status: COMPLETED',
    `TEST, timeline: [{ at: 0s, status: ${testOutcome}`
  )
  return `images:
  - name: web-ami
    version: 1.0.0/1
    timeline: [{ at: 0s, status: AVAILABLE }]
    workflows: ${workflows}
    amis:
      - { region: us-east-1, image: ami-0aaaa000000000001, name: web-ami 1.0.0 }
      - { region: eu-west-1, image: ami-0aaaa000000000002, name: web-ami 1.0.0, account: "444455556666" }
  - name: web-app
    version: 1.0.0/1
    type: DOCKER
    timeline: [{ at: 0s, status: AVAILABLE }]
    workflows: ${workflows}
    containers: [{ region: us-east-1, imageUris: ["123456789012.dkr.ecr.us-east-1.amazonaws.com/web-app:1.0.0"] }]
`
}

it('a passing gate outputs its AMIs (region, account, id, name) and container image URIs', async () => {
  const r = await gateOnce(scenario(), {
    'aws-region': 'us-east-1',
    'image-build-version-arn': `${ARN('web-ami')}\n${ARN('web-app')}`
  })
  expect(r.out.verdict).toBe('pass')
  const amis = [
    {
      build: ARN('web-ami'),
      region: 'us-east-1',
      account: '123456789012',
      ami: 'ami-0aaaa000000000001',
      name: 'web-ami 1.0.0'
    },
    {
      build: ARN('web-ami'),
      region: 'eu-west-1',
      account: '444455556666',
      ami: 'ami-0aaaa000000000002',
      name: 'web-ami 1.0.0'
    }
  ]
  expect(JSON.parse(r.out.amis ?? '')).toEqual(amis)
  expect(r.out['container-image-uris']).toBe('123456789012.dkr.ecr.us-east-1.amazonaws.com/web-app:1.0.0')
  expect(r.report?.promotion).toMatchObject({ amis, parallelCluster: [] })
}, 60_000)

it('a gate that did not pass outputs nothing it produced', async () => {
  const r = await gateOnce(scenario('FAILED'), {
    'aws-region': 'us-east-1',
    'image-build-version-arn': `${ARN('web-ami')}\n${ARN('web-app')}`
  })
  expect(r.out.verdict).toBe('fail')
  expect(r.out.amis).toBe('[]')
  expect(r.out['container-image-uris']).toBe('')
  expect(r.report?.promotion).toEqual({ amis: [], containers: [], parallelCluster: [] })
}, 60_000)

it('a passing ParallelCluster build outputs the AMI its image made, read after the stack ended', async () => {
  const r = await gateOnce(
    readFileSync('scenarios/demo-parallelcluster.yml', 'utf8'),
    {
      'aws-region': 'us-east-1',
      'parallelcluster-image-id': 'alinux2-image'
    },
    { limitMs: 60_000 }
  )
  expect(r.out.verdict).toBe('pass')
  expect(r.out['parallelcluster-ami-ids']).toMatch(/^ami-[0-9a-f]{17}$/)
  expect(r.report?.promotion).toMatchObject({
    parallelCluster: [{ imageId: 'alinux2-image', region: 'us-east-1', ami: r.out['parallelcluster-ami-ids'] }]
  })
}, 90_000)

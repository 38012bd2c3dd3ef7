/** The example policies, each against a simulator scenario of its use case, through the whole action. */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { actionSuite } from './helpers.js'

const suite = actionSuite({ 'aws-region': 'us-east-1' })

/** Run the action on a scenario file, with the inputs the scenario names (or its images) plus `extra`. */
async function gate(file: string, extra: Record<string, string>, edit: (yaml: string) => string = (y) => y) {
  const text = edit(readFileSync(file, 'utf8'))
  const doc = parse(text) as { inputs?: Record<string, string>; images?: { name: string; version: string }[] }
  const targets = doc.inputs ?? {
    'image-build-version-arn': (doc.images ?? [])
      .map((i) => `arn:aws:imagebuilder:us-east-1:123456789012:image/${i.name}/${i.version}`)
      .join('\n')
  }
  return suite.run(text, { ...targets, ...extra })
}

describe('examples/policies/pr-hooks.yml', () => {
  const policy = 'examples/policies/pr-hooks.yml'

  it('fails the PR on the failing security hook and only warns on the cost hook', async () => {
    const r = await gate('scenarios/demo-hooks.yml', { policy })
    expect(r.verdict).toBe('fail')
    expect(r.out['failed-count']).toBe('1')
    expect(r.out['warning-count']).toBe('1')
  })

  it('fails when no security hook reported within the grace period', async () => {
    const r = await gate('scenarios/demo-hooks.yml', { policy }, (y) =>
      y.replace('MyOrg::Security::EncryptionCheck', 'MyOrg::Audit::EncryptionCheck')
    )
    expect(r.verdict).toBe('fail')
    expect(r.md).toContain('no result from a required hook matching MyOrg::Security::&#42;')
    expect(r.sim.elapsed()).toBeGreaterThanOrEqual(5 * 60_000)
  })

  it('passes when the security hook passes, the cost hook warning aside', async () => {
    const r = await gate('scenarios/demo-hooks.yml', { policy }, (y) =>
      y.replace(/HOOK_COMPLETE_FAILED, reason: "Bucket[^"]*"/, 'HOOK_COMPLETE_SUCCEEDED')
    )
    expect(r.verdict).toBe('warn')
  })
})

describe('examples/policies/deploy-hooks.yml', () => {
  const policy = 'examples/policies/deploy-hooks.yml'

  it('fails the deployment the FAIL-mode hook rolled back, and only warns on the cost hook', async () => {
    const r = await gate('scenarios/hooks-stack-deployment.yml', { policy })
    expect(r.verdict).toBe('fail')
    expect(r.out['failed-count']).toBe('2')
    expect(r.out['warning-count']).toBe('1')
  })

  it('passes the deployment whose hooks passed', async () => {
    const r = await gate('scenarios/hooks-stack-deployment-pass.yml', { policy })
    expect(r.verdict).toBe('pass')
  })
})

describe('examples/policies/image-promotion.yml', () => {
  const policy = 'examples/policies/image-promotion.yml'

  it('passes a build whose BUILD, TEST and DISTRIBUTION completed', async () => {
    expect((await gate('scenarios/demo-pass.yml', { policy })).verdict).toBe('pass')
  })

  it('fails a build whose TEST failed', async () => {
    const r = await gate('scenarios/demo-fail.yml', { policy })
    expect(r.verdict).toBe('fail')
    expect(r.md).toContain('workflows.rules&#91;0&#93;.fail-on')
  })

  it('fails a build that never ran its tests', async () => {
    const r = await gate('scenarios/demo-pass.yml', { policy }, (y) => y.replace('type: TEST', 'type: DISTRIBUTION'))
    expect(r.verdict).toBe('fail')
    expect(r.md).toContain('no TEST workflow ran for this build')
  })
})

describe('examples/policies/parallelcluster.yml', () => {
  it('fails the rolled-back ParallelCluster image build on its image resource', async () => {
    const r = await gate('scenarios/parallelcluster-rollback.yml', { policy: 'examples/policies/parallelcluster.yml' })
    expect(r.verdict).toBe('fail')
    expect(r.md).toContain('ParallelClusterImage (AWS::ImageBuilder::Image)')
  })

  it('passes a build whose stack ParallelCluster deleted after the image was made', async () => {
    const r = await gate('scenarios/demo-parallelcluster.yml', { policy: 'examples/policies/parallelcluster.yml' })
    expect(r.verdict).toBe('pass')
  })
})

describe('the policy input', () => {
  it('takes a policy inline', async () => {
    const r = await gate('scenarios/demo-fail.yml', {
      policy: 'version: 1\nworkflows:\n  rules:\n    - { type: TEST, fail-on: [], max-failed-steps: 5 }\n'
    })
    // TEST's failure is tolerated by this policy; the image's own FAILED state still fails the gate.
    expect(r.verdict).toBe('fail')
    expect(r.out['failed-count']).toBe('1')
  })

  it('refuses a bad policy with its position before any AWS call', async () => {
    const r = await gate('scenarios/demo-fail.yml', { policy: 'version: 1\nhooks:\n  hook-faild: warn\n' })
    expect(r.verdict).toBe('invalid-input')
    expect(r.sim.count()).toBe(0)
  })

  it('refuses a policy file that does not exist', async () => {
    const r = await gate('scenarios/demo-fail.yml', { policy: '.github/nope.yml' })
    expect(r.verdict).toBe('invalid-input')
    expect(r.sim.count()).toBe(0)
  })
})

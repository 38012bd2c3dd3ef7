/** Workflow steps, waiting steps and their answers: the real SDK client against the simulator. */
import { describe, expect, it } from '@jest/globals'
import {
  GetImageCommand,
  IdempotentParameterMismatchException,
  ImagebuilderClient,
  InvalidParameterValueException,
  InvalidRequestException,
  ListWaitingWorkflowStepsCommand,
  ListWorkflowExecutionsCommand,
  ListWorkflowStepExecutionsCommand,
  ResourceNotFoundException,
  SendWorkflowStepActionCommand,
  paginateListWaitingWorkflowSteps,
  paginateListWorkflowStepExecutions,
  type SendWorkflowStepActionCommandInput
} from '@aws-sdk/client-imagebuilder'
import { normalizeScenario, ScenarioError } from '../../sim/scenario.js'
import { scenarioFile, sdkSuite } from '../helpers.js'

const FAILED_BUILD = 'arn:aws:imagebuilder:us-east-1:123456789012:image/web-ami/1.4.2/1'
const FAILED_TEST = 'wf-860d0af2-32c6-4fab-9987-d0551018c892'
const WAITING_BUILD = 'arn:aws:imagebuilder:us-east-1:123456789012:image/web-ami/1.5.0/1'
const WAITING_TEST = 'wf-5f16435a-8330-4f48-8499-1bee97b9d179'

const suite = sdkSuite(() => new ImagebuilderClient({ maxAttempts: 1 }))
const start = (scenario: string, extra = '') => suite.open(scenarioFile(scenario, extra))

async function steps(workflowExecutionId: string) {
  return (await suite.client.send(new ListWorkflowStepExecutionsCommand({ workflowExecutionId }))).steps ?? []
}

async function workflows(imageBuildVersionArn: string) {
  return (await suite.client.send(new ListWorkflowExecutionsCommand({ imageBuildVersionArn }))).workflowExecutions ?? []
}

async function imageStatus(imageBuildVersionArn: string) {
  return (await suite.client.send(new GetImageCommand({ imageBuildVersionArn }))).image?.state?.status
}

/** The waiting-approval build 9 s in, paused at its WaitForAction step: the step's execution id. */
async function paused() {
  const { clock } = await start('waiting-approval')
  clock.advance(9_000)
  return { clock, id: (await waiting())[0]?.stepExecutionId as string }
}

async function waiting() {
  return (await suite.client.send(new ListWaitingWorkflowStepsCommand({}))).steps ?? []
}

describe('ListWorkflowStepExecutions', () => {
  it('names the failing step of a failed TEST, with its message, the rollback of the step before and the skipped one after', async () => {
    const { clock } = await start('step-failed')
    clock.advance(20_000)
    const answer = await suite.client.send(new ListWorkflowStepExecutionsCommand({ workflowExecutionId: FAILED_TEST }))
    expect(answer).toMatchObject({ workflowExecutionId: FAILED_TEST, imageBuildVersionArn: FAILED_BUILD })
    expect(answer.workflowBuildVersionArn).toMatch(/:workflow\/test\//)
    expect(answer.steps?.map((s) => [s.name, s.action, s.status, s.rollbackStatus])).toEqual([
      ['LaunchTestInstance', 'LaunchInstance', 'COMPLETED', 'COMPLETED'],
      ['RunTestComponents', 'ExecuteComponents', 'FAILED', undefined],
      ['TerminateTestInstance', 'TerminateInstance', 'SKIPPED', undefined]
    ])
    const failed = answer.steps?.[1]
    expect(failed?.message).toContain('nginx is not running')
    expect(failed?.stepExecutionId).toMatch(/^step-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/)
    expect(Date.parse(failed?.endTime ?? '') - Date.parse(failed?.startTime ?? '')).toBe(4000)
    expect(answer.steps?.[2]?.startTime).toBeUndefined()
    // The workflow's counts agree with its steps.
    const test = (await workflows(FAILED_BUILD)).find((w) => w.workflowExecutionId === FAILED_TEST)
    expect(test).toMatchObject({
      status: 'FAILED',
      totalStepCount: 3,
      totalStepsSucceeded: 1,
      totalStepsFailed: 1,
      totalStepsSkipped: 1
    })
  })

  it('shows steps as they run: pending without times, running without an end', async () => {
    const { clock } = await start('step-failed')
    clock.advance(6_000)
    expect(
      (await steps(FAILED_TEST)).map((s) => [s.status, s.startTime !== undefined, s.endTime !== undefined])
    ).toEqual([
      ['COMPLETED', true, true],
      ['RUNNING', true, false],
      ['PENDING', false, false]
    ])
  })

  it('pages with the SDK paginator and refuses what the model refuses', async () => {
    const { clock } = await start('step-failed', 'pageSize: { ListWorkflowStepExecutions: 2 }\n')
    clock.advance(20_000)
    const pages = []
    for await (const page of paginateListWorkflowStepExecutions(
      { client: suite.client },
      { workflowExecutionId: FAILED_TEST }
    ))
      pages.push(page.steps?.length)
    expect(pages).toEqual([2, 1])
    for (const workflowExecutionId of ['wf-0b1c2d3e-test', 'wf-00000000-0000-4000-8000-000000000000'])
      await expect(steps(workflowExecutionId)).rejects.toBeInstanceOf(InvalidRequestException)
    await expect(
      suite.client.send(new ListWorkflowStepExecutionsCommand({ workflowExecutionId: FAILED_TEST, maxResults: 26 }))
    ).rejects.toBeInstanceOf(InvalidRequestException)
  })

  it('lists both attempts of a retried distribution, each with its own steps', async () => {
    const { clock } = await start('retried-distribution')
    clock.advance(7_000)
    expect(
      (
        await suite.client.send(
          new GetImageCommand({
            imageBuildVersionArn: 'arn:aws:imagebuilder:us-east-1:123456789012:image/web-ami/1.4.3/1'
          })
        )
      ).image?.state?.status
    ).toBe('FAILED')
    clock.advance(10_000)
    const listed = await workflows('arn:aws:imagebuilder:us-east-1:123456789012:image/web-ami/1.4.3/1')
    expect(listed.map((w) => [w.type, w.status])).toEqual([
      ['BUILD', 'COMPLETED'],
      ['DISTRIBUTION', 'FAILED'],
      ['DISTRIBUTION', 'COMPLETED']
    ])
    const first = await steps(listed[1]?.workflowExecutionId ?? '')
    expect(first.map((s) => [s.name, s.status])).toEqual([
      ['DistributeImage', 'FAILED'],
      ['ApplyImageConfigurations', 'SKIPPED']
    ])
    expect(first[0]?.message).toContain('eu-west-1')
    expect((await steps(listed[2]?.workflowExecutionId ?? '')).map((s) => s.status)).toEqual(['COMPLETED', 'COMPLETED'])
  })
})

describe('WaitForAction: ListWaitingWorkflowSteps and SendWorkflowStepAction', () => {
  const answer = (
    stepExecutionId: string,
    action: 'RESUME' | 'STOP',
    more: Partial<SendWorkflowStepActionCommandInput> = {}
  ) =>
    suite.client.send(
      new SendWorkflowStepActionCommand({
        stepExecutionId,
        imageBuildVersionArn: WAITING_BUILD,
        action,
        clientToken: 'tok-1',
        ...more
      })
    )

  it('lists a paused step from when it starts, takes one RESUME, and the build goes on to distribute', async () => {
    const { clock, sim } = await start('waiting-approval')
    clock.advance(7_000)
    expect(await waiting()).toEqual([])
    clock.advance(2_000)
    const [paused] = await waiting()
    expect(paused).toMatchObject({
      imageBuildVersionArn: WAITING_BUILD,
      workflowExecutionId: WAITING_TEST,
      name: 'ApproveRelease',
      action: 'WaitForAction'
    })
    expect(Date.parse(paused?.startTime ?? '') - sim.state.epoch).toBe(8_000)
    expect((await workflows(WAITING_BUILD)).map((w) => [w.type, w.status, w.totalStepsSucceeded])).toEqual([
      ['BUILD', 'COMPLETED', 3],
      ['TEST', 'RUNNING', 4]
    ])
    const id = paused?.stepExecutionId as string
    const sent = await answer(id, 'RESUME', { reason: 'image-gate: pass' })
    expect(sent).toMatchObject({ stepExecutionId: id, imageBuildVersionArn: WAITING_BUILD, clientToken: 'tok-1' })
    // The same request again (an answer lost on the way back) gets the first answer; anything else is refused.
    expect(await answer(id, 'RESUME', { reason: 'image-gate: pass' })).toMatchObject({ stepExecutionId: id })
    await expect(answer(id, 'RESUME', { reason: 'other' })).rejects.toBeInstanceOf(IdempotentParameterMismatchException)
    await expect(answer(id, 'STOP', { clientToken: 'tok-2' })).rejects.toBeInstanceOf(InvalidRequestException)
    expect(await waiting()).toEqual([])
    const approve = (await steps(WAITING_TEST)).at(-1)
    expect(approve).toMatchObject({ name: 'ApproveRelease', status: 'COMPLETED', message: 'image-gate: pass' })
    expect(JSON.parse(approve?.outputs ?? '{}')).toEqual({ action: 'RESUME', reason: 'image-gate: pass' })
    clock.advance(5_000)
    expect((await workflows(WAITING_BUILD)).map((w) => [w.type, w.status])).toEqual([
      ['BUILD', 'COMPLETED'],
      ['TEST', 'COMPLETED'],
      ['DISTRIBUTION', 'COMPLETED']
    ])
    expect(await imageStatus(WAITING_BUILD)).toBe('AVAILABLE')
  })

  it('fails the step and the build on STOP, and no distribution starts', async () => {
    const { clock, id } = await paused()
    await answer(id, 'STOP', { reason: 'image-gate: fail: 1 CRITICAL finding with a fix' })
    clock.advance(10_000)
    expect((await workflows(WAITING_BUILD)).map((w) => [w.type, w.status])).toEqual([
      ['BUILD', 'COMPLETED'],
      ['TEST', 'FAILED']
    ])
    expect((await steps(WAITING_TEST)).at(-1)).toMatchObject({
      status: 'FAILED',
      message: 'image-gate: fail: 1 CRITICAL finding with a fix'
    })
    expect(await imageStatus(WAITING_BUILD)).toBe('FAILED')
  })

  it('times the step out when nobody answers, and refuses a late answer', async () => {
    const { clock, id } = await paused()
    clock.advance(60 * 60_000)
    expect(await waiting()).toEqual([])
    expect((await steps(WAITING_TEST)).at(-1)).toMatchObject({
      status: 'FAILED',
      message: 'The step timed out waiting for an action.'
    })
    await expect(answer(id, 'RESUME')).rejects.toBeInstanceOf(InvalidRequestException)
    expect(await imageStatus(WAITING_BUILD)).toBe('FAILED')
  })

  it('refuses what the model refuses: a step of another image, an unknown step, bad values', async () => {
    const { id } = await paused()
    await expect(answer(id, 'RESUME', { imageBuildVersionArn: FAILED_BUILD })).rejects.toBeInstanceOf(
      InvalidParameterValueException
    )
    await expect(answer('step-00000000-0000-4000-8000-000000000000', 'RESUME')).rejects.toBeInstanceOf(
      ResourceNotFoundException
    )
    for (const more of [
      { stepExecutionId: 'step-1' },
      { action: 'PAUSE' as 'STOP' },
      { reason: '' },
      { reason: 'x'.repeat(1025) },
      { clientToken: 't'.repeat(65) }
    ])
      await expect(answer(id, 'RESUME', more)).rejects.toBeInstanceOf(InvalidRequestException)
    // None of them answered the step.
    expect(await waiting()).toHaveLength(1)
  })

  it('pages the waiting steps of the whole account', async () => {
    const many = Array.from(
      { length: 3 },
      (_, i) => `
  - name: app-${i}
    version: 1.0.0/1
    timeline: [{ at: 0s, status: TESTING }]
    workflows:
      - type: TEST
        id: wf-00000000-0000-4000-8000-00000000000${i}
        steps: [{ name: Approve, action: WaitForAction, at: 1s }]
        timeline: [{ at: 0s, status: RUNNING }]`
    ).join('')
    const h = await suite.open(`pageSize: { ListWaitingWorkflowSteps: 2 }\nimages:${many}\n`)
    h.clock.advance(2_000)
    const pages = []
    for await (const page of paginateListWaitingWorkflowSteps({ client: suite.client }, {}))
      pages.push(page.steps?.map((s) => s.imageBuildVersionArn?.split('/')[1]))
    expect(pages).toEqual([['app-0', 'app-1'], ['app-2']])
  })
})

describe('scenario files', () => {
  it.each([
    [
      'on: MAYBE',
      'images: [{ name: a, timeline: [{ at: 0s, status: BUILDING, on: MAYBE }] }]',
      /"on" must be RESUME, STOP or TIMEOUT/
    ],
    [
      'a wait that waits',
      'images: [{ name: a, workflows: [{ type: TEST, steps: [{ name: W, action: WaitForAction, at: 1s, on: RESUME }] }] }]',
      /cannot itself wait/
    ],
    [
      'a step without a name',
      'images: [{ name: a, workflows: [{ type: TEST, steps: [{ action: LaunchInstance }] }] }]',
      /"name" is required/
    ]
  ])('refuses %s', async (_name, yaml, message) => {
    const { parse } = await import('yaml')
    expect(() => normalizeScenario(parse(yaml) as Record<string, unknown>)).toThrow(ScenarioError)
    expect(() => normalizeScenario(parse(yaml) as Record<string, unknown>)).toThrow(message)
  })
})

import { describe, expect, it } from '@jest/globals'
import type { WorkflowExecution } from '../../src/core/observations.js'
import { latestAttemptOf, retryHistories } from '../../src/policy/retries.js'

const attempt = (id: string, status: string, start?: string, retried?: boolean): WorkflowExecution => ({
  id,
  type: 'DISTRIBUTION',
  status,
  totalSteps: 2,
  succeededSteps: 0,
  failedSteps: status === 'FAILED' ? 1 : 0,
  skippedSteps: 0,
  startTime: start && `2026-11-23T12:${start}:00Z`,
  retried
})

describe('the attempts of a retried workflow', () => {
  it('judges every superseded attempt by the latest one, whatever order they are listed in', () => {
    const first = attempt('a', 'FAILED', '00', true)
    const second = attempt('b', 'FAILED', '10', true)
    const third = attempt('c', 'RUNNING', '20')
    const listed = [third, first, second]
    expect(latestAttemptOf(first, listed)).toBe(third)
    expect(latestAttemptOf(second, listed)).toBe(third)
    expect(latestAttemptOf(third, listed)).toBeUndefined()
    expect(retryHistories(listed)).toEqual([
      {
        type: 'DISTRIBUTION',
        attempts: [
          expect.objectContaining({ attempt: 1, id: 'a', retried: true }),
          expect.objectContaining({ attempt: 2, id: 'b', retried: true }),
          expect.objectContaining({ attempt: 3, id: 'c', status: 'RUNNING', retried: false })
        ]
      }
    ])
  })

  it('judges an attempt itself when no later attempt is listed yet, or when it cannot be placed in time', () => {
    const alone = attempt('a', 'FAILED', '00', true)
    expect(latestAttemptOf(alone, [alone])).toBeUndefined()
    expect(retryHistories([alone])).toEqual([])
    const undated = attempt('u', 'FAILED', undefined, true)
    expect(latestAttemptOf(undated, [undated, attempt('c', 'COMPLETED', '20')])).toBeUndefined()
    // A `retried` attempt listed after the one said to supersede it is not superseded by an earlier one.
    const later = attempt('l', 'FAILED', '30', true)
    expect(latestAttemptOf(later, [attempt('c', 'COMPLETED', '20'), later])).toBeUndefined()
  })
})

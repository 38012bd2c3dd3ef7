import { describe, expect, it } from '@jest/globals'
import { formatDuration, parseDuration } from '../../src/core/duration.js'

describe('parseDuration', () => {
  it.each([
    ['90s', 90_000],
    ['15m', 900_000],
    ['2h', 7_200_000],
    ['1h30m', 5_400_000],
    ['500ms', 500],
    ['45', 45_000],
    [' 3M ', 180_000],
    [30, 30_000]
  ])('reads %p as %p ms', (text, ms) => expect(parseDuration(text)).toBe(ms))

  it.each(['', 'soon', '-5s', '10 minutes', '5x', 'm5', '1h 30m'])('refuses %p', (text) =>
    expect(parseDuration(text)).toBeUndefined()
  )
})

describe('formatDuration', () => {
  it.each([
    [0, '0s'],
    [59_400, '59s'],
    [845_000, '14m 05s'],
    [5_460_000, '1h 31m'],
    [90 * 86_400_000, '90d 00h']
  ])('formats %p ms as %p', (ms, text) => expect(formatDuration(ms)).toBe(text))
})

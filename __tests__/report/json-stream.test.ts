/** The report's JSON in pieces is the text JSON.stringify gives, for any value, and comes in bounded pieces. */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { jsonPieces } from '../../src/report/json-stream.js'

const whole = (value: unknown, depth?: number) => [...jsonPieces(value, depth)].join('')

describe('jsonPieces', () => {
  it('gives exactly what JSON.stringify gives, at any depth', () => {
    // Values JSON writes specially: undefined (left out of objects, null in arrays), dates (toJSON), NaN.
    const odd = fc.constantFrom(undefined, new Date(0), Number.NaN, -0, () => 1)
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.jsonValue({ maxDepth: 2 }),
        odd,
        fc.array(tie('node'), { maxLength: 4 }),
        fc.dictionary(fc.string(), tie('node'), { maxKeys: 4 })
      )
    })).node
    fc.assert(
      fc.property(value, fc.integer({ min: 0, max: 6 }), (v, depth) => {
        expect(whole(v, depth)).toBe(JSON.stringify(v) ?? 'null')
      })
    )
  })

  it('never holds the whole text of a large value: pieces of about 64 KiB', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => ({ id: i, text: `hook ${i} reason text`, ok: i % 2 === 0 }))
    const pieces = [...jsonPieces({ targets: [{ snapshot: { rows } }] })]
    expect(pieces.join('')).toBe(JSON.stringify({ targets: [{ snapshot: { rows } }] }))
    expect(pieces.length).toBeGreaterThan(5)
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(65 * 1024)
  })
})

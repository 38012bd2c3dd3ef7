/**
 * A value as compact JSON text, in pieces of about `PIECE` characters, the same text JSON.stringify gives: a large
 * report is written while it is serialized, never held whole (at 100,000 hook results it is 100 MB of text).
 * Arrays and objects are walked element by element down to `depth` (in a report, each item of each target);
 * below that, each element is one JSON.stringify call.
 */

const PIECE = 64 * 1024

type Json = unknown

/** A value JSON leaves out of an object, and writes as null in an array. */
const absent = (value: Json) => value === undefined || typeof value === 'function' || typeof value === 'symbol'

function* parts(value: Json, depth: number): Generator<string> {
  const plain =
    value !== null &&
    typeof value === 'object' &&
    typeof (value as { toJSON?: unknown }).toJSON !== 'function' &&
    depth > 0
  if (!plain) {
    yield JSON.stringify(value) ?? 'null'
    return
  }
  if (Array.isArray(value)) {
    yield '['
    for (let i = 0; i < value.length; i++) {
      if (i > 0) yield ','
      yield* absent(value[i]) ? ['null'] : parts(value[i], depth - 1)
    }
    yield ']'
    return
  }
  yield '{'
  let first = true
  for (const [key, item] of Object.entries(value)) {
    if (absent(item)) continue
    yield `${first ? '' : ','}${JSON.stringify(key)}:`
    first = false
    yield* parts(item, depth - 1)
  }
  yield '}'
}

/** The JSON text of `value` in pieces; a value JSON has no text for (undefined) is written as null. */
export function* jsonPieces(value: Json, depth = 5): Generator<string> {
  let buffer = ''
  for (const part of parts(value, depth)) {
    buffer += part
    if (buffer.length >= PIECE) {
      yield buffer
      buffer = ''
    }
  }
  if (buffer) yield buffer
}

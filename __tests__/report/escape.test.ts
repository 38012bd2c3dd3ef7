import { describe, expect, it } from '@jest/globals'
import { inert, link } from '../../src/report/escape.js'

describe('inert', () => {
  it('escapes HTML, Markdown, table pipes, mentions and references', () => {
    expect(inert('<img src=x onerror=alert(1)> | @org/team #123 [x](javascript:alert(1)) *b* `c`')).toBe(
      '&#60;img src=x onerror=alert(1)&#62; &#124; &#64;org/team &#35;123 &#91;x&#93;(javascript:alert(1)) ' +
        '&#42;b&#42; &#96;c&#96;'
    )
  })

  it('drops control and bidi characters and folds newlines', () => {
    expect(inert('a\u0000b\u202ec\r\n\n  d\te')).toBe('abc d\te')
  })

  it('cuts long text', () => {
    expect(inert('x'.repeat(100_000), 10)).toBe(`${'x'.repeat(10)}…`)
  })
})

describe('link', () => {
  it('only links https addresses', () => {
    expect(link('https://a.example/?q=1&r=2', 'a <b>')).toBe(
      '<a href="https://a.example/?q=1&#38;r=2">a &#60;b&#62;</a>'
    )
    expect(link('javascript:alert(1)', 'x')).toBe('x')
  })
})

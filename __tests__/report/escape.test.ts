import { describe, expect, it } from '@jest/globals'
import { breakable, folded, inert, link } from '../../src/report/escape.js'

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

describe('breakable', () => {
  it('lets long AWS words wrap, and only those', () => {
    expect(breakable('AWS::ImageBuilder::InfrastructureConfiguration')).toBe(
      'AWS::<wbr>Image<wbr>Builder::<wbr>Infrastructure<wbr>Configuration'
    )
    expect(breakable('UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS')).toBe(
      'UPDATE&#95;<wbr>ROLLBACK&#95;<wbr>COMPLETE&#95;<wbr>CLEANUP&#95;<wbr>IN&#95;<wbr>PROGRESS'
    )
    expect(breakable('DELETE_COMPLETE')).toBe('DELETE&#95;COMPLETE')
    expect(breakable('AWS::IAM::Role')).toBe('AWS::IAM::Role')
  })

  it('escapes like inert, and hostile text cannot place anything but a break', () => {
    expect(breakable('<script>alert(1)</script>_______________________')).not.toContain('<script')
    expect(breakable('a\ue000b<wbr>')).toBe('ab&#60;wbr&#62;')
  })
})

describe('folded', () => {
  it('shows short text as it is and long text as a preview with all of it one click away', () => {
    expect(folded('short <b>')).toBe('short &#60;b&#62;')
    expect(folded('y'.repeat(130), 120, 125)).toBe(
      `<details><summary>${'y'.repeat(120)}…</summary>${'y'.repeat(125)}…</details>`
    )
    expect(folded(undefined)).toBe('')
  })
})

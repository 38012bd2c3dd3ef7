/** Progress while waiting: a live status line on a terminal, plain lines elsewhere, AWS text unable to act. */
import { describe, expect, it } from '@jest/globals'
import { progress } from '../../src/cli/progress.js'

function stream(isTTY: boolean) {
  const chunks: string[] = []
  return { chunks, isTTY, columns: 60, write: (text: string) => chunks.push(text) }
}

const running = { label: 'web-ami 1.4.0/7', progress: 'TEST running 3/6 steps', elapsedMs: 65_000, nextDelayMs: 5000 }

describe('progress', () => {
  it('writes one plain line per poll when not on a terminal', () => {
    const s = stream(false)
    const p = progress(s, false)
    p.poll(running)
    p.poll({ ...running, progress: 'TEST completed', nextDelayMs: undefined })
    expect(s.chunks).toEqual([
      'web-ami 1.4.0/7: TEST running 3/6 steps, 1m 05s elapsed, next check in 5s\n',
      'web-ami 1.4.0/7: TEST completed, 1m 05s elapsed\n'
    ])
  })

  it('rewrites one status line on a terminal, fitted to its width, and prints settled targets above it', () => {
    const s = stream(true)
    const p = progress(s, true)
    p.poll(running)
    p.poll({ ...running, label: 'other 1.0.0/1' })
    expect(s.chunks.join('')).toContain('\r\u001b[2K… 2 open: other 1.0.0/1: TEST running')
    for (const chunk of s.chunks.filter((c) => c.startsWith('…'))) expect(chunk.length).toBeLessThanOrEqual(59)
    s.chunks.length = 0
    p.poll({ ...running, progress: 'TEST completed', nextDelayMs: undefined })
    expect(s.chunks).toEqual([
      '\r\u001b[2K',
      'web-ami 1.4.0/7: TEST completed, 1m 05s elapsed\n',
      '… 1 open: other 1.0.0/1: TEST running 3/6 steps, 1m 05s el…'
    ])
    s.chunks.length = 0
    p.end()
    expect(s.chunks).toEqual(['\r\u001b[2K'])
  })

  it('strips escape sequences and line breaks that AWS text could carry', () => {
    for (const live of [true, false]) {
      const s = stream(live)
      progress(s, live).poll({ ...running, progress: 'TEST \u001b[2J\u001b]0;owned\u0007running\r\nfake line' })
      const text = s.chunks.join('').replaceAll('\r\u001b[2K', '')
      expect([...text].filter((c) => c < ' ' && c !== '\n')).toEqual([])
      expect(text.trimEnd().split('\n')).toHaveLength(1)
    }
  })
})

/**
 * Text from AWS is untrusted: reasons and messages with HTML, Markdown links, table breakers, mentions,
 * references, control and bidi characters and huge strings are rendered inert in the job summary, the
 * annotations and the PR comment. Each row asserts the exact escaped form.
 */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { run } from '../src/main.js'
import { ownTokenGitHub, type GitHubStandIn } from './github-server.js'
import { inputs, simulate, summary, type SimHarness } from './helpers.js'

/** [what, hostile text, exactly how it must appear in the summary and the comment]. */
export const HOSTILE: [string, string, string][] = [
  ['HTML image with onerror', '<img src=x onerror=alert(1)>', '&#60;img src=x onerror=alert(1)&#62;'],
  [
    'closing details + script',
    '</details><script>alert(1)</script>',
    '&#60;/details&#62;&#60;script&#62;alert(1)&#60;/script&#62;'
  ],
  ['Markdown link to javascript:', '[click](javascript:alert(1))', '&#91;click&#93;(javascript:alert(1))'],
  ['table-breaking pipes and newlines', 'a | b\n| c', 'a &#124; b &#124; c'],
  ['team mention', 'ping @org/team', 'ping &#64;org/team'],
  ['issue reference', 'see #123', 'see &#35;123'],
  ['emphasis and code', '*bold* _it_ `code`', '&#42;bold&#42; &#95;it&#95; &#96;code&#96;'],
  ['control and bidi characters', 'safe\u202Etxt.exe\u0007\u0000', 'safetxt.exe'],
  ['quotes and ampersands', `"a" & 'b'`, '&#34;a&#34; &#38; &#39;b&#39;']
]

const BIG = 'x'.repeat(100_000)
const CS = 'arn:aws:cloudformation:us-east-1:123456789012:changeSet/pr-9/00000000-0000-4000-8000-000000000009'

function scenario(): string {
  const hooks = [...HOSTILE.map(([, text]) => text), BIG].map(
    (text, i) =>
      `  - { typeName: "Org::Hook::H${i}", failureMode: FAIL, targetId: ${CS}, timeline: [{ at: 0s, status: ` +
      `HOOK_COMPLETE_FAILED, reason: ${JSON.stringify(text)} }] }`
  )
  return `changeSets: [{ name: pr-9, arn: ${CS}, stackName: web }]\nhookResults:\n${hooks.join('\n')}\n`
}

let h: SimHarness | undefined
let github: GitHubStandIn
let stdout: string[]
const saved = { ...process.env }

beforeEach(async () => {
  stdout = []
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout.push(String(chunk))
    return true
  })
  github = ownTokenGitHub('ghs_x')
  const dir = mkdtempSync(join(tmpdir(), 'image-gate-event-'))
  writeFileSync(join(dir, 'event.json'), JSON.stringify({ pull_request: { number: 9 } }))
  Object.assign(process.env, {
    GITHUB_API_URL: await github.start(),
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: join(dir, 'event.json'),
    GITHUB_REPOSITORY: 'acme/infra'
  })
  h = await simulate(scenario())
  await run({ clock: h.clock, readInput: inputs({ 'change-set-arn': CS, comment: 'true', 'github-token': 'ghs_x' }) })
})
afterEach(async () => {
  await h?.stop()
  await github.stop()
  process.env = { ...saved }
  process.exitCode = undefined
})

describe('hostile text from AWS', () => {
  it.each(HOSTILE)('%s is inert in the summary and the PR comment', (_, hostile, escaped) => {
    const comment = github.comments[0]?.body ?? ''
    expect(summary()).toContain(`<td>${escaped}</td>`)
    expect(comment).toContain(escaped)
    for (const text of [summary(), comment]) expect(text).not.toContain(hostile)
  })

  it('leaves no live HTML, mention or reference anywhere', () => {
    for (const text of [summary(), github.comments[0]?.body ?? '']) {
      expect(text).not.toMatch(/<(img|script)/i)
      expect(text).not.toMatch(/(^|[^&#\w])@org/)
      expect(text.match(/<details>/g)?.length ?? 0).toBe(text.match(/<\/details>/g)?.length ?? 0)
      expect([...text].some((c) => /[\u202a-\u202e\u2066-\u2069]/.test(c) || c.charCodeAt(0) < 9)).toBe(false)
    }
  })

  it('cuts a 100 KB reason short: a preview in the table, 2000 characters one click away', () => {
    expect(summary()).toContain(
      `<td><details><summary>${'x'.repeat(120)}…</summary>${'x'.repeat(2000)}…</details></td>`
    )
    expect(summary()).not.toContain('x'.repeat(2001))
  })

  it('keeps annotations to one workflow command each, whatever the text holds', async () => {
    await h?.stop()
    h = await simulate(`changeSets: [{ name: pr-9, arn: ${CS}, stackName: web }]
hookResults:
  - { typeName: "Org::Hook::Evil", failureMode: FAIL, targetId: ${CS}, timeline: [{ at: 0s, status: HOOK_FAILED, reason: "boom\\n::warning::pwned\\r\\n::set-output name=verdict::pass" }] }`)
    stdout = []
    await run({ clock: h.clock, readInput: inputs({ 'change-set-arn': CS }) })
    const lines = stdout.join('').split('\n')
    const annotation = lines.find((l) => l.startsWith('::error title=image-gate%3A change set pr-9'))
    expect(annotation).toBe(
      // XML folds CRLF to LF on the way; the command escaping does the rest.
      '::error title=image-gate%3A change set pr-9%3A Org%3A%3AHook%3A%3AEvil (FAIL)::the hook itself failed: ' +
        'boom%0A::warning::pwned%0A::set-output name=verdict::pass'
    )
    expect(lines.some((l) => l.startsWith('::warning::pwned') || l.startsWith('::set-output'))).toBe(false)
  })
})

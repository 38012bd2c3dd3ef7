/** Findings for the answers to paused builds: one that did not go through leaves the build paused. */
import type { StepAnswer } from '../core/lifecycle.js'
import type { Finding } from '../core/verdict.js'
import { answerItem } from './items.js'

export function answerFindings(answers: StepAnswer[]): Finding[] {
  return answers.flatMap((a): Finding[] => {
    const base = { target: a.label, item: answerItem(a.step), rule: 'answer-wait' }
    if (a.mode === 'failed')
      return [{ ...base, severity: 'fail', message: `the answer ${a.action} was not taken: ${a.note ?? 'failed'}` }]
    if (a.mode === 'dry-run')
      return [{ ...base, severity: 'warn', message: `dry run: would answer ${a.action}; the build stays paused` }]
    return [{ ...base, severity: 'pass', message: `answered ${a.action}: ${a.reason}` }]
  })
}

/** `image-gate judge REPORT.json... --policy FILE`: saved reports judged again under another policy, without AWS. */
import { readFile } from 'node:fs/promises'
import { ConfigError } from '../config/inputs.js'
import { rejudged, type Rejudged } from '../policy/compare.js'
import { evaluate } from '../policy/evaluate.js'
import type { Policy } from '../policy/types.js'
import { renderComparison, type Comparison, type ComparisonFormat } from '../report/comparison.js'
import { parseSavedReport, ReportError } from '../report/saved-report.js'
import { UsageError, type Parsed } from './args.js'
import type { Io } from './io.js'
import { describeProblems, policyOption } from './problems.js'

const FORMATS: readonly ComparisonFormat[] = ['text', 'markdown', 'json']

export function formatOption(args: Parsed): ComparisonFormat {
  const value = args.value('format') || 'text'
  if (!(FORMATS as readonly string[]).includes(value))
    throw new UsageError(`--format ${JSON.stringify(value)}: use ${FORMATS.join(', ')}`)
  return value as ComparisonFormat
}

/** The report's targets, named for the table: `web-ami 1.4.0/7` (and how many more). */
function buildName(labels: string[]): string {
  const [first] = labels
  if (!first) return '(no targets)'
  return labels.length > 1 ? `${first} and ${labels.length - 1} more` : first
}

async function judgeFile(file: string, policy: Policy): Promise<Rejudged> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : String(error)
    throw new ReportError(file, `cannot be read (${code})`)
  }
  const report = parseSavedReport(text, file)
  const before = { verdict: report.verdict, findings: report.findings }
  return rejudged(buildName(report.results.map((r) => r.label)), file, before, evaluate(report.results, policy))
}

export async function judgeCommand(args: Parsed, io: Io): Promise<number> {
  if (args.positionals.length === 0) throw new UsageError('name the JSON report(s) to judge')
  const format = formatOption(args)
  let policy: Policy
  try {
    policy = await policyOption('policy', args.value('policy'))
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    io.stderr.write(describeProblems(error))
    return 1
  }
  const comparison: Comparison = { rows: [], unjudged: [] }
  for (const file of args.positionals)
    try {
      comparison.rows.push(await judgeFile(file, policy))
    } catch (error) {
      if (!(error instanceof ReportError)) throw error
      comparison.unjudged.push({ build: file, source: file, why: error.problem })
    }
  io.stdout.write(renderComparison(comparison, format))
  return comparison.unjudged.length > 0 ? 1 : 0
}

/** A Mermaid gantt chart of when each workflow, hook and stack resource ran and how it ended. */
import type { Observation } from '../core/observations.js'

interface Bar {
  section: string
  name: string
  status: string
  start: string
  end: string
}

const FAILED = /FAILED|CANCELLED|ROLLBACK/
const RUNNING = /RUNNING|IN_PROGRESS|PENDING/

/** Mermaid's task syntax breaks on `:`, `#`, `;` and friends; keep names to a safe alphabet. */
function safe(text: string): string {
  return text
    .replaceAll('::', '.')
    .replace(/[^A-Za-z0-9 ._()/-]/g, '_')
    .slice(0, 80)
}

function stamp(iso: string): string {
  return iso.slice(0, 19).replace('T', ' ')
}

function bars(observation: Observation, endedAt: string): Bar[] {
  const section = observation.label
  switch (observation.kind) {
    case 'image-build':
      // The steps of a failed or warned workflow (the ones whose steps were read) under its own bar.
      return observation.executions.flatMap((e) =>
        [{ ...e, name: e.type }, ...(e.steps ?? []).map((s) => ({ ...s, name: `${e.type} ${s.name}` }))].flatMap((b) =>
          b.startTime
            ? [{ section, name: b.name, status: b.status, start: b.startTime, end: b.endTime ?? endedAt }]
            : []
        )
      )
    case 'hook-results':
      return observation.results.flatMap((r) =>
        r.invokedAt
          ? [{ section, name: r.typeName, status: r.status, start: r.invokedAt, end: r.finishedAt ?? endedAt }]
          : []
      )
    case 'parallelcluster-stack':
      return observation.resources.map((r) => ({
        section,
        name: r.logicalId,
        status: r.failedStatus ?? r.status,
        start: r.firstAt,
        end: r.lastAt
      }))
  }
}

/** The chart, or '' when there is nothing to draw; at most `maxBars` bars, failed ones first. */
export function renderTimeline(observations: Observation[], endedAt: string, maxBars = 60): string {
  const all = observations.flatMap((o) => bars(o, endedAt)).filter((b) => Number.isFinite(Date.parse(b.start)))
  if (all.length === 0) return ''
  const shown = [...all.filter((b) => FAILED.test(b.status)), ...all.filter((b) => !FAILED.test(b.status))].slice(
    0,
    maxBars
  )
  const lines = ['```mermaid', 'gantt', '  dateFormat YYYY-MM-DD HH:mm:ss', '  axisFormat %H:%M']
  for (const section of [...new Set(shown.map((b) => b.section))]) {
    lines.push(`  section ${safe(section)}`)
    for (const b of shown.filter((x) => x.section === section)) {
      const tag = FAILED.test(b.status) ? 'crit, ' : RUNNING.test(b.status) ? 'active, ' : 'done, '
      // A zero-length bar is not drawn: give it a second.
      const end = Date.parse(b.end) > Date.parse(b.start) ? b.end : new Date(Date.parse(b.start) + 1000).toISOString()
      lines.push(`  ${safe(`${b.name} ${b.status}`)} :${tag}${stamp(b.start)}, ${stamp(end)}`)
    }
  }
  lines.push('```')
  const hidden = all.length - shown.length
  return `${lines.join('\n')}\n${hidden > 0 ? `\n<sub>${hidden} more bar(s) not drawn.</sub>\n` : ''}`
}

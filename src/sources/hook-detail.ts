/**
 * H1: GetHookResult for the hook results that failed: the rules the hook evaluated, with their remediation. Each
 * result is read once. The detail is a bonus to the verdict, never a condition of it: a refusal for want of
 * `cloudformation:GetHookResult`, or of `kms:Decrypt` on a hook's customer managed key (the API reference:
 * callers "must have kms:Decrypt permissions"), becomes a gap that names the permission, and any other error a
 * gap that the next poll tries again.
 */
import {
  GetHookResultCommand,
  type CloudFormationClient,
  type GetHookResultOutput
} from '@aws-sdk/client-cloudformation'
import { describeAwsError, isAccessDenied } from '../core/aws-errors.js'
import type { DetailGap, HookDetail, HookResult } from '../core/observations.js'

/** Statuses whose results have rules worth showing. */
const FAILED = new Set(['HOOK_COMPLETE_FAILED', 'HOOK_FAILED'])
/** Shape HookInvocationId: only such ids can be asked for (a result listed without one has a made-up id). */
const RESULT_ID = /^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/
/** GetHookResult calls in flight at once. */
const CONCURRENCY = 4

function toDetail(r: GetHookResultOutput): HookDetail {
  const target = r.Target
  return {
    originalTypeName: r.OriginalTypeName,
    resource: target?.TargetId ? { logicalId: target.TargetId, type: target.TargetTypeName } : undefined,
    annotations: (r.Annotations ?? []).map((a) => ({
      name: a.AnnotationName,
      status: a.Status,
      message: a.StatusMessage,
      remediation: a.RemediationMessage,
      link: a.RemediationLink,
      level: a.SeverityLevel
    }))
  }
}

/** The permission a refusal is about: kms:Decrypt when the message names KMS, else GetHookResult itself. */
function gapOf(error: unknown): DetailGap {
  const text = describeAwsError(error)
  if (!isAccessDenied(error)) return { error: text }
  if (/kms/i.test(text)) {
    const key = /arn:aws[\w-]*:kms:[\w-]+:\d{12}:(?:key|alias)\/[\w/-]+/.exec(text)?.[0]
    return { permission: key ? `kms:Decrypt on ${key}` : "kms:Decrypt on the hook's KMS key", error: text }
  }
  return { permission: 'cloudformation:GetHookResult', error: text }
}

/** The detail of a run's failed hook results, read once per result and per role. */
export class HookDetails {
  private readonly read = new Map<string, HookDetail>()
  private readonly refused = new Map<string, DetailGap>()
  /** Once GetHookResult itself is refused, asking for the next result is pointless. */
  private denied?: DetailGap

  constructor(private readonly client: CloudFormationClient) {}

  private async one(id: string, signal: AbortSignal): Promise<HookDetail | DetailGap> {
    const known = this.read.get(id) ?? this.refused.get(id) ?? this.denied
    if (known) return known
    try {
      const detail = toDetail(
        await this.client.send(new GetHookResultCommand({ HookResultId: id }), { abortSignal: signal })
      )
      this.read.set(id, detail)
      return detail
    } catch (error) {
      if (signal.aborted) throw error
      const gap = gapOf(error)
      if (gap.permission === 'cloudformation:GetHookResult') this.denied = gap
      else if (gap.permission) this.refused.set(id, gap)
      return gap
    }
  }

  /** The results, each failed one with its detail or the gap that kept it out. */
  async fill(results: HookResult[], signal: AbortSignal): Promise<HookResult[]> {
    const filled = [...results]
    const wanted = results.flatMap((r, i) => (FAILED.has(r.status) && !r.detail && RESULT_ID.test(r.id) ? [i] : []))
    for (let start = 0; start < wanted.length; start += CONCURRENCY)
      await Promise.all(
        wanted.slice(start, start + CONCURRENCY).map(async (i) => {
          const r = results[i] as HookResult
          const got = await this.one(r.id, signal)
          filled[i] = 'annotations' in got ? { ...r, detail: got, detailGap: undefined } : { ...r, detailGap: got }
        })
      )
    return filled
  }
}

export const id = 750;
export const ids = [750];
export const modules = {

/***/ 9969:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ HookDetails)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3805);
/* harmony import */ var _core_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5912);
/**
 * H1: GetHookResult for the hook results that failed: the rules the hook evaluated, with their remediation. Each
 * result is read once. The detail is a bonus to the verdict, never a condition of it: a refusal for want of
 * `cloudformation:GetHookResult`, or of `kms:Decrypt` on a hook's customer managed key (the API reference:
 * callers "must have kms:Decrypt permissions"), becomes a gap that names the permission, and any other error a
 * gap that the next poll tries again.
 */


/** Statuses whose results have rules worth showing. */
const FAILED = new Set(['HOOK_COMPLETE_FAILED', 'HOOK_FAILED']);
/** Shape HookInvocationId: only such ids can be asked for (a result listed without one has a made-up id). */
const RESULT_ID = /^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/;
/** GetHookResult calls in flight at once. */
const CONCURRENCY = 4;
function toDetail(r) {
    const target = r.Target;
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
    };
}
/** The permission a refusal is about: kms:Decrypt when the message names KMS, else GetHookResult itself. */
function gapOf(error) {
    const text = (0,_core_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeAwsError */ .Pp)(error);
    if (!(0,_core_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isAccessDenied */ .w7)(error))
        return { error: text };
    if (/kms/i.test(text)) {
        const key = /arn:aws[\w-]*:kms:[\w-]+:\d{12}:(?:key|alias)\/[\w/-]+/.exec(text)?.[0];
        return { permission: key ? `kms:Decrypt on ${key}` : "kms:Decrypt on the hook's KMS key", error: text };
    }
    return { permission: 'cloudformation:GetHookResult', error: text };
}
/** The detail of a run's failed hook results, read once per result and per role. */
class HookDetails {
    client;
    read = new Map();
    refused = new Map();
    /** Once GetHookResult itself is refused, asking for the next result is pointless. */
    denied;
    constructor(client) {
        this.client = client;
    }
    async one(id, signal) {
        const known = this.read.get(id) ?? this.refused.get(id) ?? this.denied;
        if (known)
            return known;
        try {
            const detail = toDetail(await this.client.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_1__.GetHookResultCommand({ HookResultId: id }), { abortSignal: signal }));
            this.read.set(id, detail);
            return detail;
        }
        catch (error) {
            if (signal.aborted)
                throw error;
            const gap = gapOf(error);
            if (gap.permission === 'cloudformation:GetHookResult')
                this.denied = gap;
            else if (gap.permission)
                this.refused.set(id, gap);
            return gap;
        }
    }
    /** The results, each failed one with its detail or the gap that kept it out. */
    async fill(results, signal) {
        const filled = [...results];
        const wanted = results.flatMap((r, i) => (FAILED.has(r.status) && !r.detail && RESULT_ID.test(r.id) ? [i] : []));
        for (let start = 0; start < wanted.length; start += CONCURRENCY)
            await Promise.all(wanted.slice(start, start + CONCURRENCY).map(async (i) => {
                const r = results[i];
                const got = await this.one(r.id, signal);
                filled[i] = 'annotations' in got ? { ...r, detail: got, detailGap: undefined } : { ...r, detailGap: got };
            }));
        return filled;
    }
}


/***/ }),

/***/ 7358:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ StackEventReader)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3805);
/* harmony import */ var _core_listing_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(799);
/**
 * A stack's events, read as they come: DescribeStackEvents lists them newest first, so each read follows the pages
 * only down to the newest event an earlier read has seen (or until `enough` says so), and gives the new ones
 * oldest first. Events count as seen only once a read is complete: a read that fails is read again whole. The
 * answer must be about the stack asked for; an event repeated across pages counts once, and the same event told
 * two ways is not to be trusted.
 */


const OP = 'DescribeStackEvents';
class StackEventReader {
    client;
    name;
    seen = new Set();
    /** `name` is the stack's name, which every event must carry. */
    constructor(client, name) {
        this.client = client;
        this.name = name;
    }
    /** The events since the last read, oldest first; `stack` is the name or the stack ID to ask with. */
    async readNew(stack, signal, enough) {
        const fresh = [];
        const freshById = new Map();
        const tokens = new _core_listing_js__WEBPACK_IMPORTED_MODULE_0__/* .PageTokens */ .aW(OP);
        let NextToken;
        read: do {
            const page = await this.client.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_1__.DescribeStackEventsCommand({ StackName: stack, NextToken }), {
                abortSignal: signal
            });
            for (const event of page.StackEvents ?? []) {
                (0,_core_listing_js__WEBPACK_IMPORTED_MODULE_0__/* .expectSame */ .K9)(OP, 'stack', this.name, event.StackName);
                if (event.EventId && this.seen.has(event.EventId))
                    break read;
                const earlier = event.EventId ? freshById.get(event.EventId) : undefined;
                if (earlier && !(0,_core_listing_js__WEBPACK_IMPORTED_MODULE_0__/* .sameJson */ .Vk)(earlier, event))
                    throw new _core_listing_js__WEBPACK_IMPORTED_MODULE_0__/* .UntrustedAnswerError */ .hJ(`${OP} listed event ${event.EventId} twice with different contents`);
                if (earlier)
                    continue;
                if (event.EventId)
                    freshById.set(event.EventId, event);
                fresh.push(event);
                if (enough?.(event))
                    break read;
            }
            NextToken = tokens.next(page.NextToken);
        } while (NextToken);
        for (const id of freshById.keys())
            this.seen.add(id);
        return fresh.reverse();
    }
}


/***/ }),

/***/ 750:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   stackOperationTarget: () => (/* binding */ stackOperationTarget)
/* harmony export */ });
/* harmony import */ var _core_count_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1940);
/* harmony import */ var _core_observations_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2552);
/* harmony import */ var _hook_detail_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9969);
/* harmony import */ var _stack_events_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7358);




/** The stack statuses an operation starts with (a rollback continues the operation it undoes). */
const STARTS = new Set(['CREATE_IN_PROGRESS', 'UPDATE_IN_PROGRESS', 'DELETE_IN_PROGRESS', 'IMPORT_IN_PROGRESS']);
/** The stack's own status events; a stack hook's events are on the stack too, but are hook events. */
function isOwn(e) {
    return e.ResourceType === 'AWS::CloudFormation::Stack' && e.LogicalResourceId === e.StackName && !e.HookStatus;
}
const isStart = (e) => isOwn(e) && STARTS.has(e.ResourceStatus ?? '');
/** A stack status AWS has not documented never ends the operation. */
const isFinal = (status) => (0,_core_observations_js__WEBPACK_IMPORTED_MODULE_2__/* .isOneOf */ .EK)(status, _core_observations_js__WEBPACK_IMPORTED_MODULE_2__/* .TERMINAL_STACK_STATUSES */ .$V);
const iso = (e) => e.Timestamp?.toISOString();
/** The operation's hook invocations, one per HookInvocationId, each at its latest status. */
function invocations(events) {
    const byId = new Map();
    for (const e of events) {
        if (!e.HookStatus)
            continue;
        // Before HookInvocationId (2025-09) an invocation is told apart by its hook and resource: in one operation a
        // hook runs once per resource (HookInvocationPoint has the one value PRE_PROVISION).
        const id = e.HookInvocationId ?? `${e.HookType}@${e.LogicalResourceId}`;
        const before = byId.get(id);
        byId.set(id, {
            id,
            typeName: e.HookType ?? 'unknown',
            failureMode: e.HookFailureMode ?? 'FAIL',
            status: e.HookStatus,
            reason: e.HookStatusReason,
            invocationPoint: e.HookInvocationPoint,
            targetId: e.LogicalResourceId,
            resource: e.LogicalResourceId ? { logicalId: e.LogicalResourceId, type: e.ResourceType } : undefined,
            invokedAt: before?.invokedAt ?? iso(e),
            finishedAt: before?.finishedAt ?? ((0,_core_observations_js__WEBPACK_IMPORTED_MODULE_2__/* .isOneOf */ .EK)(e.HookStatus, _core_observations_js__WEBPACK_IMPORTED_MODULE_2__/* .TERMINAL_HOOK_STATUSES */ .I$) ? iso(e) : undefined)
        });
    }
    return [...byId.values()];
}
/** The operation as its events (oldest first, from its start event) tell it. */
function operationOf(base, events) {
    const own = events.filter(isOwn);
    const failed = own.find((e) => /ROLLBACK_IN_PROGRESS$|_FAILED$/.test(e.ResourceStatus ?? ''));
    const last = own.at(-1);
    return {
        ...base,
        operationId: events[0]?.OperationId,
        startedAt: events[0] && iso(events[0]),
        status: last?.ResourceStatus,
        failureReason: failed?.ResourceStatusReason,
        endedAt: last && isFinal(last.ResourceStatus) ? iso(last) : undefined,
        eventCount: events.length
    };
}
function stackOperationTarget(client, deployment, clock, options) {
    const started = clock.now();
    const details = new _hook_detail_js__WEBPACK_IMPORTED_MODULE_0__/* .HookDetails */ .c(client);
    const reader = new _stack_events_js__WEBPACK_IMPORTED_MODULE_1__/* .StackEventReader */ .a(client, deployment.name);
    const { token } = deployment;
    const matches = (e) => isStart(e) && (!token || e.ClientRequestToken === token);
    /** The operation's events, oldest first, from its start event on; empty until it has started. */
    let operation = [];
    let stackId;
    return {
        key: `stack-operation:${deployment.region}:${deployment.stack}:${token ?? ''}`,
        label: deployment.label,
        async poll(signal) {
            // Once known, by the stack ID: a deleted stack is readable by its ID only (DescribeStackEventsInput). Until
            // the operation is found, a read stops at its start event.
            const fresh = await reader.readNew(stackId ?? deployment.stack, signal, (e) => operation.length === 0 && matches(e));
            stackId ??= fresh.find((e) => e.StackId)?.StackId;
            if (operation.length === 0) {
                const start = fresh.findLastIndex(matches);
                if (start >= 0)
                    operation = fresh.slice(start);
            }
            else
                operation.push(...fresh);
            // The operation ends where the next one starts.
            const next = operation.findIndex((e, k) => k > 0 && isStart(e));
            const events = next < 0 ? operation : operation.slice(0, next);
            const base = { stackName: deployment.name, stackId, token, eventCount: 0 };
            const op = events.length > 0 ? operationOf(base, events) : base;
            const results = await details.fill(invocations(events), signal);
            const inProgress = results.filter((r) => !(0,_core_observations_js__WEBPACK_IMPORTED_MODULE_2__/* .isOneOf */ .EK)(r.status, _core_observations_js__WEBPACK_IMPORTED_MODULE_2__/* .TERMINAL_HOOK_STATUSES */ .I$)).length;
            const graceOver = clock.now() - started >= options.graceMs;
            const snapshot = {
                kind: 'hook-results',
                label: deployment.label,
                region: deployment.region,
                filter: {},
                results,
                operation: op
            };
            const waiting = token ? `no operation with ClientRequestToken ${token} yet` : 'no operation yet';
            return {
                snapshot,
                // Not started after the grace: the policy says there is no such operation.
                settled: op.endedAt !== undefined || (events.length === 0 && graceOver),
                progress: op.startedAt
                    ? `stack ${op.status ?? 'unknown'}, ${(0,_core_count_js__WEBPACK_IMPORTED_MODULE_3__/* .count */ .U)(results.length, 'hook invocation')}` +
                        `${inProgress > 0 ? `, ${inProgress} in progress` : ''}`
                    : waiting
            };
        }
    };
}


/***/ })

};

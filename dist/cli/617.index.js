export const id = 617;
export const ids = [617];
export const modules = {

/***/ 4701:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  m: () => (/* binding */ buildRequest),
  $: () => (/* binding */ clientToken)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/core/canonical.ts
/** JSON with sorted keys at every level (undefined left out), so equal requests compare and hash equally. */
function canonical(value) {
    if (value instanceof Date)
        return JSON.stringify(value.toISOString());
    if (Array.isArray(value))
        return `[${value.map(canonical).join(',')}]`;
    if (value && typeof value === 'object')
        return `{${Object.keys(value)
            .filter((k) => value[k] !== undefined)
            .sort()
            .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
            .join(',')}}`;
    return JSON.stringify(value);
}

;// CONCATENATED MODULE: ./src/lifecycle/request.ts
/** Pure: a policy's lifecycle action on one resource -> the exact StartResourceStateUpdate request. */


const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/**
 * `+30d` counts from the start of the current UTC day and `+12h` from the start of the current UTC hour, so
 * a re-run of the same job sends the same time (and so the same request, which the client token requires).
 */
function resolveUpdateAt(spec, now) {
    if (!spec)
        return undefined;
    const relative = /^\+(\d+)([dh])$/.exec(spec);
    if (!relative)
        return new Date(spec);
    const unit = relative[2] === 'd' ? DAY : HOUR;
    return new Date(Math.floor(now / unit) * unit + Number(relative[1]) * unit);
}
/**
 * The idempotency token: the same run (re-runs included), resource and parameters give the same token, so a
 * re-run starts nothing new; anything else gives another. At most 36 characters, as the API allows.
 */
function clientToken(runIdentity, params) {
    return `ig-${(0,external_node_crypto_.createHash)('sha256')
        .update(`${runIdentity}\n${canonical(params)}`)
        .digest('hex')
        .slice(0, 32)}`;
}
function buildRequest(action, resourceArn, label, reason, runIdentity, now) {
    const exclude = action.exclude && Object.values(action.exclude).some((v) => v !== undefined) ? { amis: action.exclude } : undefined;
    const params = {
        resourceArn,
        state: action.state,
        includeResources: action.include,
        exclusionRules: exclude,
        updateAt: resolveUpdateAt(action.updateAt, now),
        executionRole: action.executionRole
    };
    return { ...params, label, reason, clientToken: clientToken(runIdentity, params) };
}


/***/ }),

/***/ 4137:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Is: () => (/* binding */ errorName),
/* harmony export */   mG: () => (/* binding */ sendWithResend),
/* harmony export */   pJ: () => (/* binding */ THROTTLED)
/* harmony export */ });
/* harmony import */ var _core_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5912);
/** A mutating call whose answer may be lost on the way back, sent once more with the same client token. */

const THROTTLED = new Set([
    'ThrottlingException',
    'CallRateLimitExceededException',
    'Throttling',
    'TooManyRequestsException'
]);
function errorName(error) {
    return typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
}
/**
 * Paced by the run's limiter; a throttled answer slows the pace and is sent again until `deadline` (nothing is lost
 * to throttling). An answer lost on the way back (a reset, a garbled body) leaves it unknown whether the call took
 * effect: it is sent once more, unchanged, and its client token makes Image Builder answer with what the first did.
 */
async function sendWithResend(ctx, label, send, deadline) {
    const paced = async () => {
        for (;;) {
            await ctx.limiter.acquire(ctx.signal);
            try {
                const answer = await send();
                ctx.limiter.accepted();
                return answer;
            }
            catch (error) {
                if (!THROTTLED.has(errorName(error)) || ctx.signal?.aborted || ctx.clock.now() >= deadline)
                    throw error;
                ctx.limiter.throttled();
            }
        }
    };
    return paced().catch((error) => {
        if ((0,_core_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isPermanentAwsError */ .y8)(error) || ctx.signal?.aborted)
            throw error;
        ctx.log(`${label}: ${(0,_core_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeAwsError */ .Pp)(error)}; asking again with the same client token`);
        return paced();
    });
}


/***/ }),

/***/ 2617:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  answerPaused: () => (/* binding */ answerPaused)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-imagebuilder/dist-cjs/index.js
var dist_cjs = __webpack_require__(1309);
// EXTERNAL MODULE: ./src/core/aws-errors.ts
var aws_errors = __webpack_require__(5912);
// EXTERNAL MODULE: ./src/core/lifecycle.ts
var lifecycle = __webpack_require__(2043);
// EXTERNAL MODULE: ./src/policy/actions.ts
var actions = __webpack_require__(8929);
// EXTERNAL MODULE: ./src/lifecycle/request.ts + 1 modules
var lifecycle_request = __webpack_require__(4701);
// EXTERNAL MODULE: ./src/lifecycle/resend.ts
var resend = __webpack_require__(4137);
;// CONCATENATED MODULE: ./src/lifecycle/answers.ts
/**
 * L2: answer builds paused at a WaitForAction step with the verdict on what ran before the wait: RESUME when it
 * passes (pass or warn), STOP when it fails, with the verdict's reason. Once per step: the client token comes
 * from the run and the request, so a re-run of the job, or an answer lost on the way back and sent again, gets
 * Image Builder's first answer back instead of a second action.
 */






/** SendWorkflowStepAction's reason: a NonEmptyString of at most 1024 characters. */
const REASON_LENGTH = 1024;
/**
 * The reason flows into the user's workflow (later steps read it, maybe into a shell or a message): printable
 * ASCII of a plain alphabet only, one line, no quotes, `$`, braces, backticks or other shell and template
 * characters, cut to what the API takes.
 */
function stepReason(text) {
    const plain = text
        .normalize('NFKC')
        .replace(/;/g, ',')
        .replace(/[^A-Za-z0-9 .,:_/+=#%@()[\]-]/g, (c) => (/\s/.test(c) ? ' ' : '_'))
        .replace(/\s+/g, ' ')
        .trim();
    const reason = plain.length > REASON_LENGTH ? `${plain.slice(0, REASON_LENGTH - 3)}...` : plain;
    return reason || 'image-gate';
}
/** The answer to each step, as it will be sent. */
function planAnswers(paused, settings) {
    return paused.flatMap(({ label, arn, region, steps, evaluation }) => steps.map((step) => {
        const { verdict } = evaluation;
        const action = (0,actions/* isPassing */.WG)(verdict) ? 'RESUME' : 'STOP';
        const why = verdict === 'pass' ? 'every item passed' : evaluation.reason;
        const run = settings.runUrl ? ` (${settings.runUrl})` : '';
        const reason = stepReason(`image-gate ${verdict} on ${label} before step ${step.name}: ${why}${run}`);
        const request = { stepExecutionId: step.id, imageBuildVersionArn: arn, action, reason };
        const token = (0,lifecycle_request/* clientToken */.$)(settings.runIdentity, request);
        return { label, region, step: step.name, verdict, clientToken: token, mode: 'sent', ...request };
    }));
}
/**
 * Send the answers (rate-limited, one at a time; throttled ones again within the lifecycle timeout), or in a dry
 * run only say what would be sent.
 */
async function sendAnswers(ctx, answers, settings) {
    const sent = [];
    const deadline = ctx.clock.now() + settings.timeoutMs;
    for (const answer of answers) {
        const what = `${answer.label}: ${answer.action} step ${answer.step}`;
        if (settings.dryRun) {
            ctx.log(`dry-run: would call SendWorkflowStepAction ${JSON.stringify((0,lifecycle/* answerWire */.Wr)(answer))}`);
            sent.push({ ...answer, mode: 'dry-run' });
            continue;
        }
        try {
            const command = () => ctx.imageBuilder(answer.region).send(new dist_cjs.SendWorkflowStepActionCommand((0,lifecycle/* answerWire */.Wr)(answer)), {
                abortSignal: ctx.signal
            });
            await (0,resend/* sendWithResend */.mG)(ctx, what, command, deadline);
            ctx.log(`${what}: sent (${answer.reason})`);
            sent.push(answer);
        }
        catch (error) {
            const note = (0,aws_errors/* describeAwsError */.Pp)(error);
            ctx.log(`${what}: ${note}`);
            sent.push({ ...answer, mode: 'failed', note });
        }
    }
    return sent;
}

// EXTERNAL MODULE: ./src/policy/evaluate.ts + 5 modules
var evaluate = __webpack_require__(887);
// EXTERNAL MODULE: ./src/run/context.ts
var context = __webpack_require__(670);
;// CONCATENATED MODULE: ./src/run/answer.ts



/** Builds that settled paused at steps not answered yet, each with the verdict on what ran before. */
function pausedBuilds(config, results, answered) {
    return results.flatMap((result) => {
        const o = result.snapshot;
        if (result.outcome !== 'settled' || o?.kind !== 'image-build')
            return [];
        const steps = (o.waiting ?? []).filter((w) => !answered.has(w.id));
        if (steps.length === 0)
            return [];
        // Each build is answered by its own verdict: another build's failure is not this one's.
        return [{ label: o.label, arn: o.arn, region: o.region, steps, evaluation: (0,evaluate/* evaluate */._)([result], config.policy) }];
    });
}
async function answerPaused(config, ctx, answered, first, targets, wait) {
    let results = first;
    const answers = [];
    for (;;) {
        const paused = pausedBuilds(config, results, answered);
        if (paused.length === 0 || ctx.signal?.aborted)
            return { results, answers };
        const planned = planAnswers(paused, config.lifecycle);
        const title = `answer waiting steps${config.lifecycle.dryRun ? ' (dry run)' : ''}`;
        const sent = await ctx.sink.group(title, () => sendAnswers((0,context/* lifecycleContext */.e)(config, ctx), planned, config.lifecycle));
        answers.push(...sent);
        for (const a of sent)
            answered.add(a.stepExecutionId);
        // A dry run leaves the builds paused; a build whose answer was refused stays paused: neither is waited for.
        const goOn = new Set(paused.filter((p) => sent.some((a) => a.label === p.label && a.mode === 'sent')).map((p) => p.arn));
        if (goOn.size === 0)
            return { results, answers };
        const again = await wait(targets.filter((t) => goOn.has(t.key)));
        results = results.map((r) => again.find((a) => a.key === r.key) ?? r);
    }
}


/***/ })

};

export const id = 810;
export const ids = [810];
export const modules = {

/***/ 8810:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cleanup: () => (/* binding */ cleanup)
});

// EXTERNAL MODULE: ./src/core/aws-errors.ts
var aws_errors = __webpack_require__(5912);
// EXTERNAL MODULE: ./src/core/lifecycle.ts
var lifecycle = __webpack_require__(2043);
// EXTERNAL MODULE: ./src/lifecycle/execute.ts + 1 modules
var execute = __webpack_require__(5813);
// EXTERNAL MODULE: ./src/core/count.ts
var count = __webpack_require__(1940);
// EXTERNAL MODULE: ./src/core/in-use.ts
var in_use = __webpack_require__(7494);
// EXTERNAL MODULE: ./src/lifecycle/in-use-guard.ts
var in_use_guard = __webpack_require__(755);
// EXTERNAL MODULE: ./src/lifecycle/request.ts + 1 modules
var request = __webpack_require__(4701);
// EXTERNAL MODULE: ./src/core/duration.ts
var duration = __webpack_require__(8571);
// EXTERNAL MODULE: ./src/core/glob.ts
var glob = __webpack_require__(6085);
// EXTERNAL MODULE: ./src/lifecycle/select.ts
var lifecycle_select = __webpack_require__(2882);
;// CONCATENATED MODULE: ./src/lifecycle/stale.ts
/** Pure: which image build versions a scheduled cleanup retires, and why every other one is left alone. */



function excludedByTag(build, tags) {
    for (const [key, value] of Object.entries(tags)) {
        const actual = build.tags?.[key];
        if (actual !== undefined && (value === '*' || value === actual))
            return `carries the exclusion tag ${key}=${actual}`;
    }
    return undefined;
}
/**
 * One decision per build, in order of image name and newest version first. `current` names versions never
 * touched; `now` is epoch milliseconds.
 */
function selectStale(builds, rules, now, current = new Set()) {
    const byImage = new Map();
    for (const build of builds) {
        if (rules.images.length > 0 && !(0,glob/* matchesAny */._)(build.name, rules.images))
            continue;
        byImage.set(build.name, [...(byImage.get(build.name) ?? []), build]);
    }
    const decisions = [];
    const byName = [...byImage].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [name, versions] of byName) {
        const newestFirst = versions.sort((a, b) => (0,lifecycle_select/* compareVersions */.Zy)(b.version, a.version));
        newestFirst.forEach((build, index) => {
            const decide = (decision, why) => decisions.push({ build, decision, why });
            if (current.has(build.arn))
                return decide('kept', 'named as the current version');
            const tagged = excludedByTag(build, rules.excludeTags);
            if (tagged)
                return decide('kept', tagged);
            if (index < rules.keep)
                return decide('kept', rules.keep === 1 ? `the newest version of ${name}` : `one of the newest ${rules.keep} versions of ${name}`);
            const created = build.dateCreated ? Date.parse(build.dateCreated) : NaN;
            if (rules.olderThanMs !== undefined) {
                if (!Number.isFinite(created))
                    return decide('kept', 'its creation date is unknown');
                if (now - created < rules.olderThanMs)
                    return decide('kept', `created ${(0,duration/* formatDuration */.a3)(now - created)} ago, not older than ${(0,duration/* formatDuration */.a3)(rules.olderThanMs)}`);
            }
            if (!rules.states.includes(build.state ?? ''))
                return decide('skipped', `its state ${build.state ?? 'unknown'} is not one of ${rules.states.join(', ')}`);
            const need = (0,lifecycle_select/* needsUpdate */.Ts)(build.state, rules.action.state, false, build.type);
            if (!need.needed)
                return decide('skipped', need.why);
            decide('act', `stale: ${build.state} -> ${rules.action.state}`);
        });
    }
    return decisions;
}

// EXTERNAL MODULE: ./src/lifecycle/versions.ts
var versions = __webpack_require__(4699);
;// CONCATENATED MODULE: ./src/lifecycle/cleanup.ts







/** Every version's decision, and the requests for the stale ones that are not in use. */
async function planCleanup(ctx, options, { region, rules, current }) {
    // Exact names filter on the server; globs need the whole list.
    const exact = rules.images.length > 0 && rules.images.every((n) => !/[*?]/.test(n));
    const builds = await (0,versions/* listAllBuildVersions */.J)(ctx.imageBuilder(region), { owner: 'Self', names: exact ? rules.images : undefined }, ctx.signal);
    const now = ctx.clock.now();
    const { state } = rules.action;
    const selected = selectStale(builds, rules, now, current);
    const found = await (0,in_use_guard/* findInUse */.Y)(ctx, options, state, selected.filter((d) => d.decision === 'act').map((d) => d.build));
    const decisions = selected.map((d) => {
        const inUse = d.decision === 'act' ? found.get(d.build.arn) : undefined;
        const kept = (0,in_use_guard/* keptBy */.m)(inUse, state);
        if (kept)
            return { ...d, decision: 'kept', why: kept, inUse };
        const note = (0,in_use/* goesAheadNote */.mi)(inUse);
        return inUse ? { ...d, why: note ? `${d.why}; ${note}` : d.why, inUse } : d;
    });
    const stale = decisions.filter((d) => d.decision === 'act');
    ctx.log(`cleanup: ${(0,count/* count */.U)(builds.length, 'build version')} read, ${stale.length} to update`);
    const requests = stale.map(({ build, inUse }) => ({
        request: (0,request/* buildRequest */.m)(rules.action, build.arn, `${build.name} ${build.version}`, 'cleanup', options.runIdentity, now),
        region,
        trigger: 'cleanup',
        inUse
    }));
    return { decisions, requests };
}
async function runCleanup(ctx, options, target) {
    const { decisions, requests } = await planCleanup(ctx, options, target);
    return { decisions, entries: await (0,execute/* execute */.g)(ctx, options, requests) };
}

;// CONCATENATED MODULE: ./src/policy/cleanup.ts
/** The verdict of a cleanup run: it passes when every update it started (or would start) went through. */


function cleanupEvaluation(result, dryRun) {
    const counts = (0,lifecycle/* cleanupCounts */.pp)(result);
    const findings = result.entries.filter(lifecycle/* isFailed */.Ix).map((e) => ({
        target: 'cleanup',
        item: e.label,
        rule: 'cleanup',
        severity: 'fail',
        message: e.note ?? `${e.status}${e.statusReason ? `: ${e.statusReason}` : ''}`
    }));
    const did = dryRun ? 'would update' : 'updated';
    const state = result.entries[0]?.state ?? 'the target state';
    const reason = `${(0,count/* count */.U)(counts.acted, 'version')} ${did} to ${state}, ` +
        `${counts.kept} kept, ${counts.skipped} skipped, ${counts.failed} failed.`;
    return { verdict: counts.failed > 0 ? 'fail' : 'pass', reason, findings };
}
/** Listing the versions failed: nothing was started, and the run ends in an error. */
function cleanupListingFailed(error) {
    const reason = `Listing the image build versions failed: ${error}`;
    return {
        verdict: 'error',
        reason,
        findings: [{ target: 'cleanup', item: 'listing', rule: 'cleanup', severity: 'fail', message: reason }]
    };
}

// EXTERNAL MODULE: ./src/run/context.ts
var context = __webpack_require__(670);
;// CONCATENATED MODULE: ./src/run/cleanup.ts





async function cleanup(config, ctx) {
    const startedAt = ctx.clock.now();
    const { dryRun } = config.lifecycle;
    const common = { results: [], dryRun, inUse: config.policy.inUse, policySource: config.policy.source, startedAt };
    // A cancelled job keeps what it had not started (the in-use check fails closed), and says it was cancelled.
    const marked = (evaluation) => ctx.signal?.aborted
        ? {
            ...evaluation,
            verdict: 'cancelled',
            reason: `The job was cancelled during the cleanup. ${evaluation.reason}`
        }
        : evaluation;
    let result;
    try {
        result = await runCleanup((0,context/* lifecycleContext */.e)(config, ctx), { ...config.lifecycle, backoff: config.backoff, inUse: config.policy.inUse }, config.cleanup);
    }
    catch (error) {
        // Listing failed: nothing was started.
        const evaluation = marked(cleanupListingFailed((0,aws_errors/* describeAwsError */.Pp)(error)));
        const empty = { decisions: [], entries: [] };
        await ctx.sink.finish({
            ...common,
            evaluation,
            lifecycle: [],
            lifecycleStatus: 'none',
            cleanup: empty,
            finishedAt: ctx.clock.now()
        });
        return evaluation.verdict;
    }
    const evaluation = marked(cleanupEvaluation(result, dryRun));
    await ctx.sink.finish({
        ...common,
        evaluation,
        lifecycle: result.entries,
        lifecycleStatus: (0,lifecycle/* lifecycleStatus */.lq)(result.entries, dryRun),
        cleanup: result,
        finishedAt: ctx.clock.now()
    });
    return evaluation.verdict;
}


/***/ })

};

export const id = 829;
export const ids = [829];
export const modules = {

/***/ 1345:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ProxyAgent: () => (/* binding */ ProxyAgent),
/* harmony export */   fetch: () => (/* binding */ fetch),
/* harmony export */   loadUndici: () => (/* binding */ loadUndici)
/* harmony export */ });
// Live bindings, filled once, when the package is loaded.
let ProxyAgent;
let fetch;
/** Load undici before anything that calls it: the PR comment's Octokit. */
async function loadUndici() {
    ;
    ({ ProxyAgent, fetch } = await __webpack_require__.e(/* import() */ 752).then(__webpack_require__.t.bind(__webpack_require__, 4371, 19)));
}


/***/ }),

/***/ 7829:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mergeAction: () => (/* binding */ mergeAction)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(6257);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
// EXTERNAL MODULE: ./src/core/arn.ts
var core_arn = __webpack_require__(7136);
// EXTERNAL MODULE: ./src/core/meta.ts
var meta = __webpack_require__(7898);
// EXTERNAL MODULE: ./src/report/record.ts + 3 modules
var record = __webpack_require__(1680);
;// CONCATENATED MODULE: ./src/report/saved-report.ts
/**
 * The JSON report read back, for `image-gate judge`: everything judging needs (each target's outcome and its last
 * observation), checked before anything trusts it, since a report may come from anywhere (a workflow artifact).
 * Observations keep fields this release does not know, so what a later release adds within a version still reaches
 * its policy; a newer version is refused with a hint to upgrade.
 */


const saved_report_text = schemas/* string */.YjP();
const maybe = schemas/* string */.YjP().optional();
const workflowExecution = schemas/* looseObject */._H3({
    id: saved_report_text,
    type: saved_report_text,
    status: saved_report_text,
    message: maybe,
    totalSteps: schemas/* number */.aig(),
    succeededSteps: schemas/* number */.aig(),
    failedSteps: schemas/* number */.aig(),
    skippedSteps: schemas/* number */.aig(),
    startTime: maybe,
    endTime: maybe,
    notListed: schemas/* boolean */.zMY().optional()
});
const imageBuild = schemas/* looseObject */._H3({
    kind: schemas/* literal */.euz('image-build'),
    arn: saved_report_text,
    region: saved_report_text,
    label: saved_report_text,
    imageStatus: maybe,
    imageReason: maybe,
    executions: schemas/* array */.YOg(workflowExecution)
});
const hookResults = schemas/* looseObject */._H3({
    kind: schemas/* literal */.euz('hook-results'),
    label: saved_report_text,
    region: saved_report_text,
    filter: schemas/* record */.g1P(schemas/* string */.YjP(), maybe),
    changeSetArn: maybe,
    changeSetStatus: maybe,
    changeSetReason: maybe,
    results: schemas/* array */.YOg(schemas/* looseObject */._H3({ id: saved_report_text, typeName: saved_report_text, failureMode: saved_report_text, status: saved_report_text, reason: maybe, invokedAt: maybe }))
});
const parallelClusterStack = schemas/* looseObject */._H3({
    kind: schemas/* literal */.euz('parallelcluster-stack'),
    label: saved_report_text,
    region: saved_report_text,
    imageId: saved_report_text,
    stackName: saved_report_text,
    stackStatus: maybe,
    stackReason: maybe,
    eventCount: schemas/* number */.aig(),
    resources: schemas/* array */.YOg(schemas/* looseObject */._H3({ logicalId: saved_report_text, type: saved_report_text, status: saved_report_text, reason: maybe, firstAt: saved_report_text, lastAt: saved_report_text })),
    imageBuild: imageBuild.optional()
});
const target = schemas/* looseObject */._H3({
    key: saved_report_text,
    label: saved_report_text,
    outcome: schemas/* enum */.k5n(['settled', 'timeout', 'error', 'cancelled']),
    snapshot: schemas/* discriminatedUnion */.gMt('kind', [imageBuild, hookResults, parallelClusterStack]).optional(),
    error: maybe,
    polls: schemas/* number */.aig(),
    startedAt: schemas/* number */.aig(),
    endedAt: schemas/* number */.aig()
});
const VERDICTS = ['pass', 'warn', 'fail', 'timeout', 'error', 'cancelled'];
const report = schemas/* looseObject */._H3({
    version: schemas/* number */.aig(),
    mode: schemas/* enum */.k5n(['gate', 'cleanup']),
    verdict: schemas/* enum */.k5n(VERDICTS),
    reason: saved_report_text,
    finishedAt: saved_report_text,
    targets: schemas/* array */.YOg(target),
    findings: schemas/* array */.YOg(schemas/* object */.Ikc({ target: saved_report_text, item: saved_report_text, rule: saved_report_text, severity: schemas/* enum */.k5n(['fail', 'warn', 'pass']), message: saved_report_text }))
});
class ReportError extends Error {
    source;
    problem;
    name = 'ReportError';
    constructor(source, 
    /** What is wrong with it. */
    problem) {
        super(`${source}: ${problem}`);
        this.source = source;
        this.problem = problem;
    }
}
/** `targets[0].snapshot.executions`: where in the report a problem is. */
function where(path) {
    return path
        .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
        .join('')
        .replace(/^\./, '');
}
/** The report in `text`, named `source` in messages; throws a ReportError that says what is wrong. */
function parseSavedReport(text, source) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new ReportError(source, `not JSON (${error.message})`);
    }
    const head = (data ?? {});
    if (typeof data !== 'object' || data === null || head.format !== REPORT_FORMAT || typeof head.version !== 'number')
        throw new ReportError(source, `not an image-gate JSON report (it has no "format": "${REPORT_FORMAT}")`);
    if (head.version > REPORT_VERSION || head.version < 1 || !Number.isInteger(head.version))
        throw new ReportError(source, `report version ${head.version}, from another image-gate release; this one reads versions 1 to ` +
            `${REPORT_VERSION}: run the image-gate that wrote it, or a newer one`);
    const parsed = report.safeParse(data);
    if (!parsed.success) {
        const problems = parsed.error.issues.slice(0, 5).map((i) => `${where(i.path) || '(top)'}: ${i.message}`);
        throw new ReportError(source, `not a valid image-gate report: ${problems.join('; ')}`);
    }
    const r = parsed.data;
    if (r.mode === 'cleanup')
        throw new ReportError(source, `a cleanup report; it has no targets to judge`);
    return {
        source,
        version: r.version,
        verdict: r.verdict,
        reason: r.reason,
        finishedAt: r.finishedAt,
        results: r.targets,
        findings: r.findings
    };
}

;// CONCATENATED MODULE: ./src/report/merge.ts
/**
 * Per-account cleanup reports merged into one: totals per account and region, every retirement and every keep
 * with its reason. Reports come from other jobs (a matrix), so each is checked before it is trusted; fields a
 * later release of the same format version adds are ignored, and what an older one lacks is derived from the
 * build ARN (account, region). A report that cannot be read is refused, named.
 */





const decision = schemas/* looseObject */._H3({
    arn: schemas/* string */.YjP(),
    name: schemas/* string */.YjP().optional(),
    version: schemas/* string */.YjP().optional(),
    state: schemas/* string */.YjP().optional(),
    decision: schemas/* enum */.k5n(['act', 'kept', 'skipped']),
    why: schemas/* string */.YjP()
});
const entry = schemas/* looseObject */._H3({
    resourceArn: schemas/* string */.YjP(),
    state: schemas/* string */.YjP(),
    mode: schemas/* string */.YjP(),
    status: schemas/* string */.YjP().optional(),
    note: schemas/* string */.YjP().optional(),
    statusReason: schemas/* string */.YjP().optional()
});
const cleanupReport = schemas/* looseObject */._H3({
    mode: schemas/* literal */.euz('cleanup'),
    dryRun: schemas/* boolean */.zMY().optional(),
    verdict: schemas/* string */.YjP(),
    reason: schemas/* string */.YjP(),
    finishedAt: schemas/* string */.YjP(),
    lifecycle: schemas/* looseObject */._H3({ entries: schemas/* array */.YOg(entry) }),
    cleanup: schemas/* looseObject */._H3({ decisions: schemas/* array */.YOg(decision) })
});
/** A cleanup report read back, or a ReportError that names the file and what is wrong. */
function readCleanupReport(text, file) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new ReportError(file, `not JSON (${error.message})`);
    }
    const head = (typeof data === 'object' && data !== null ? data : {});
    if (head.format !== record/* REPORT_FORMAT */.t3 || typeof head.version !== 'number')
        throw new ReportError(file, `not an image-gate JSON report (it has no "format": "${record/* REPORT_FORMAT */.t3}")`);
    if (head.version !== record/* REPORT_VERSION */.Aj)
        throw new ReportError(file, `report version ${head.version}; this image-gate merges version ${record/* REPORT_VERSION */.Aj}`);
    const parsed = cleanupReport.safeParse(data);
    if (!parsed.success) {
        const problems = parsed.error.issues.slice(0, 5).map((i) => `${where(i.path) || '(top)'}: ${i.message}`);
        throw new ReportError(file, `not a cleanup report image-gate can merge: ${problems.join('; ')}`);
    }
    return parsed.data;
}
/**
 * Which report each build counts from: a build in several reports (the same report given twice, a re-run of an
 * account) counts once, from the report that finished last, so that no total is doubled.
 */
function buildOwners(read) {
    const owner = new Map();
    read.forEach(({ file, report }, i) => {
        for (const d of report.cleanup.decisions) {
            const arn = (0,core_arn/* parseImageBuildVersionArn */.s9)(d.arn);
            if (typeof arn === 'string')
                throw new ReportError(file, `decision for "${d.arn}": ${arn}`);
            const earlier = owner.get(d.arn);
            const finished = (k) => Date.parse(read[k]?.report.finishedAt ?? '');
            if (earlier === undefined || finished(i) > finished(earlier))
                owner.set(d.arn, i);
        }
    });
    return owner;
}
/** Merge the reports, `files[i]` naming `texts[i]`; the first unreadable one is refused. */
function mergeReports(reports) {
    const merged = { sources: [], totals: [], retired: [], kept: [] };
    const totals = new Map();
    const read = reports.map(({ file, text }) => ({ file, report: readCleanupReport(text, file) }));
    const owner = buildOwners(read);
    const counted = new Set();
    read.forEach(({ file, report: r }, i) => {
        const source = { file, verdict: r.verdict, finishedAt: r.finishedAt, dryRun: r.dryRun === true, repeated: 0 };
        merged.sources.push(source);
        const entries = new Map(r.lifecycle.entries.map((e) => [e.resourceArn, e]));
        for (const d of r.cleanup.decisions) {
            if (owner.get(d.arn) !== i || counted.has(d.arn)) {
                source.repeated += 1;
                continue;
            }
            counted.add(d.arn);
            const arn = (0,core_arn/* parseImageBuildVersionArn */.s9)(d.arn);
            const key = `${arn.account}\n${arn.region}`;
            const total = totals.get(key) ?? {
                account: arn.account,
                region: arn.region,
                retired: 0,
                failed: 0,
                kept: 0,
                skipped: 0
            };
            totals.set(key, total);
            const line = {
                source: file,
                account: arn.account,
                region: arn.region,
                build: d.arn,
                label: `${arn.name} ${arn.version}/${arn.build}`,
                why: d.why
            };
            if (d.decision === 'kept') {
                total.kept += 1;
                merged.kept.push(line);
            }
            else if (d.decision === 'skipped')
                total.skipped += 1;
            else {
                const e = entries.get(d.arn);
                const failed = e === undefined ||
                    e.mode === 'failed' ||
                    e.mode === 'unknown' ||
                    e.status === 'FAILED' ||
                    e.status === 'CANCELLED';
                if (failed)
                    total.failed += 1;
                else
                    total.retired += 1;
                const outcome = e ? (e.status ?? e.mode) : 'not started';
                const note = e?.note ?? e?.statusReason;
                merged.retired.push({ ...line, state: e?.state, outcome, why: note ? `${d.why}; ${note}` : d.why });
            }
        }
    });
    merged.totals = [...totals.values()].sort((a, b) => a.account.localeCompare(b.account) || a.region.localeCompare(b.region));
    return merged;
}
const MERGED_FORMAT = 'image-gate-merged-report';
/** The merged report as written to a file. */
function mergedJson(merged) {
    return { format: MERGED_FORMAT, version: 1, generator: `${meta/* ACTION_NAME */.p} ${meta/* ACTION_VERSION */.Y}`, ...merged };
}
/** A merge fails the step when a report did not pass or a retirement failed. */
function mergeFailed(merged) {
    return (merged.sources.some((s) => s.verdict !== 'pass' && s.verdict !== 'warn') || merged.totals.some((t) => t.failed > 0));
}
/** Retired, failed, kept and skipped over every account and region. */
function grandTotals(merged) {
    const sum = (k) => merged.totals.reduce((n, t) => n + t[k], 0);
    return { retired: sum('retired'), failed: sum('failed'), kept: sum('kept'), skipped: sum('skipped') };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/report/merge-files.ts
/** The report files a merge reads: each path a file, or a folder whose .json files (at any depth) are taken. */



function code(error) {
    return error instanceof Error && 'code' in error ? String(error.code) : String(error);
}
async function expand(path) {
    let info;
    try {
        info = await (0,promises_.stat)(path);
    }
    catch (error) {
        throw new ReportError(path, `cannot be read (${code(error)})`);
    }
    if (!info.isDirectory())
        return [path];
    const entries = await (0,promises_.readdir)(path, { recursive: true, withFileTypes: true }).catch((error) => {
        throw new ReportError(path, `cannot be read (${code(error)})`);
    });
    const names = [];
    for (const e of entries) {
        const file = (0,external_node_path_.join)(e.parentPath, e.name);
        // A link is followed to a report, never into a folder: a folder it leads to could hold the link (a loop).
        const target = e.isSymbolicLink() ? await (0,promises_.stat)(file).catch(() => undefined) : e;
        if (target === undefined && e.name.endsWith('.json'))
            throw new ReportError(file, 'a symbolic link that leads nowhere');
        if (e.isSymbolicLink() && target?.isDirectory())
            throw new ReportError(file, 'a symbolic link to a folder, which the merge does not follow: name that folder');
        if (target?.isFile() && e.name.endsWith('.json'))
            names.push(file);
    }
    if (names.length === 0)
        throw new ReportError(path, 'a folder with no .json report in it');
    return names.sort();
}
/** Every report's text, named by its file; an unreadable one is refused, named. */
async function readReportFiles(paths) {
    const files = (await Promise.all(paths.map(expand))).flat();
    return Promise.all(files.map(async (file) => {
        try {
            return { file, text: await (0,promises_.readFile)(file, 'utf8') };
        }
        catch (error) {
            throw new ReportError(file, `cannot be read (${code(error)})`);
        }
    }));
}

// EXTERNAL MODULE: ./src/core/count.ts
var count = __webpack_require__(1940);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/report/sections.ts
var sections = __webpack_require__(3844);
// EXTERNAL MODULE: ./src/report/summary.ts + 1 modules
var summary = __webpack_require__(2360);
;// CONCATENATED MODULE: ./src/report/merge-summary.ts
/** The merged cleanup reports as a job summary: totals per account and region, every retirement, every keep. */





function renderMerged(merged, budget = summary/* SUMMARY_BUDGET_BYTES */.Xb) {
    const sum = (k) => grandTotals(merged)[k];
    const accounts = new Set(merged.totals.map((t) => t.account)).size;
    const dry = merged.sources.some((s) => s.dryRun) ? ' (dry runs among them: "retired" means would be)' : '';
    const head = `## image-gate cleanup: ${(0,count/* count */.U)(merged.sources.length, 'report')} merged${(0,report_escape/* inert */.tJ)(dry)}\n\n` +
        `${sum('retired')} retired, ${sum('failed')} failed, ${sum('kept')} kept, ${sum('skipped')} skipped, in ` +
        `${(0,count/* count */.U)(accounts, 'account')} and ${(0,count/* count */.U)(merged.totals.length, 'account region')}.\n`;
    const place = (x) => [x.account, x.region];
    const totals = (0,sections/* table */.tp)(['Account', 'Region', 'Retired', 'Failed', 'Kept', 'Skipped'], merged.totals.map((t) => [...place(t), ...[t.retired, t.failed, t.kept, t.skipped].map(String)]));
    const retired = (0,sections/* table */.tp)(['Account', 'Region', 'Build', 'Update', 'Outcome', 'Why'], merged.retired.map((b) => [...place(b), ...[b.label, b.state, b.outcome].map((v) => (0,report_escape/* inert */.tJ)(v)), (0,report_escape/* inert */.tJ)(b.why, 500)]));
    const kept = (0,sections/* table */.tp)(['Account', 'Region', 'Build', 'Why'], merged.kept.map((b) => [...place(b), (0,report_escape/* inert */.tJ)(b.label), (0,report_escape/* inert */.tJ)(b.why, 500)]));
    const sources = merged.sources.map((s) => `- ${(0,report_escape/* inert */.tJ)(s.file)}: ${(0,report_escape/* inert */.tJ)(s.verdict)}, finished ${(0,report_escape/* inert */.tJ)(s.finishedAt)}` +
        (s.repeated > 0
            ? `; ${(0,count/* count */.U)(s.repeated, 'build')} also in another report (or twice in this one), counted once, from ` +
                'the report that finished last'
            : ''));
    const parts = [head, `### Totals\n\n${totals}`, `### Retired\n\n${retired}`, `### Kept\n\n${kept}`];
    const tail = `### Reports\n\n${sources.join('\n')}\n`;
    for (let shown = parts.length; shown >= 2; shown--) {
        const cut = shown < parts.length ? '\nThe rest is in the merged JSON report.\n' : '';
        const text = [...parts.slice(0, shown), tail].join('\n') + cut;
        if (Buffer.byteLength(text) <= budget)
            return text;
    }
    return `${head}\nThe detail is in the merged JSON report.\n`;
}

// EXTERNAL MODULE: ./src/github/log.ts + 1 modules
var log = __webpack_require__(452);
// EXTERNAL MODULE: ./src/github/pr-comment.ts + 1 modules
var pr_comment = __webpack_require__(3008);
;// CONCATENATED MODULE: ./src/github/merge.ts
/**
 * The action's merge mode (the fan-in of a matrix): per-account cleanup reports merged into one job summary and
 * one JSON report. A report that cannot be read fails the step, named, before anything is written.
 */








async function mergeAction(config) {
    let merged;
    try {
        merged = mergeReports(await readReportFiles(config.reports));
    }
    catch (error) {
        if (!(error instanceof ReportError))
            throw error;
        core/* setFailed */.C1(`Input reports: ${error.message}`);
        return 'invalid-input';
    }
    const { reportPath } = config;
    await (0,record/* writeJson */.GF)(reportPath, mergedJson(merged));
    const totals = grandTotals(merged);
    const failed = mergeFailed(merged);
    core/* setOutput */.uH('verdict', failed ? 'fail' : 'pass');
    core/* setOutput */.uH('report-path', reportPath);
    core/* setOutput */.uH('acted-count', totals.retired);
    core/* setOutput */.uH('kept-count', totals.kept);
    core/* setOutput */.uH('skipped-count', totals.skipped);
    core/* setOutput */.uH('failed-count', totals.failed);
    core/* setOutput */.uH('summary-markdown', renderMerged(merged, pr_comment/* COMMENT_BUDGET_BYTES */.eT));
    if (config.stepSummary)
        await core/* summary */.z.addRaw(renderMerged(merged), true).write();
    else
        (0,log/* logBlock */.M)(renderMerged(merged));
    if (failed)
        core/* setFailed */.C1('image-gate merge: a report did not pass or a retirement failed; see the summary');
    return failed ? 'fail' : 'pass';
}


/***/ }),

/***/ 3008:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  eT: () => (/* binding */ COMMENT_BUDGET_BYTES),
  lB: () => (/* binding */ upsertComment)
});

// UNUSED EXPORTS: marker

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(6257);
;// CONCATENATED MODULE: ./src/github/comment-identity.ts
/** The login the token writes as, or undefined when GitHub would not say. */
async function tokenLogin(octokit) {
    try {
        return (await octokit.rest.users.getAuthenticated()).data.login;
    }
    catch {
        // An installation token: GET /user is "not accessible by integration".
    }
    try {
        return (await octokit.graphql('query { viewer { login } }')).viewer.login;
    }
    catch {
        return undefined;
    }
}
/** An app's comments are signed `<slug>[bot]`; GraphQL may name the same bot without the suffix. */
function isAuthor(author, login) {
    const bare = (name) => name.toLowerCase().replace(/\[bot\]$/, '');
    return author !== undefined && bare(author) === bare(login);
}

// EXTERNAL MODULE: ./src/github/deferred-undici.ts
var deferred_undici = __webpack_require__(1345);
// EXTERNAL MODULE: ./src/github/log.ts + 1 modules
var log = __webpack_require__(452);
;// CONCATENATED MODULE: ./src/github/pr-comment.ts
/**
 * R3: one sticky PR comment per gate, found again by a hidden marker and updated in place on re-runs, under
 * GitHub's 65,536-character limit. A missing token or permission is a warning; it never changes the verdict.
 */




/** GitHub refuses comments over 65,536 characters; keep room for the marker and the footer. */
const COMMENT_BUDGET_BYTES = 60_000;
function marker(key) {
    // The key is the workflow and job names: keep it from closing the HTML comment.
    return `<!-- image-gate:${key.replace(/-->|[<>]/g, '_')} -->`;
}
function commentBody(markdown, settings) {
    const footer = settings.runUrl
        ? `\n\n<small>Full details in the [job summary](${settings.runUrl}) and the JSON report.</small>`
        : '';
    return `${marker(settings.key)}\n${markdown}${footer}`;
}
function pr_comment_status(error) {
    return typeof error === 'object' && error !== null && 'status' in error
        ? Number(error.status)
        : undefined;
}
async function upsertComment(settings, markdown) {
    const pr = settings.pullRequest;
    if (!pr) {
        (0,log/* logLine */.B)('comment: this run is not for a pull request, so there is no comment to write');
        return 'skipped';
    }
    if (!settings.token) {
        core/* warning */.$e('comment: no github-token was given; set github-token (e.g. ${{ github.token }}) with the pull-requests: ' +
            'write permission');
        return 'skipped';
    }
    // Octokit, and the HTTP library under it, are loaded only to comment.
    await (0,deferred_undici.loadUndici)();
    const { getOctokit } = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413));
    const octokit = getOctokit(settings.token, { baseUrl: settings.apiUrl });
    const body = commentBody(markdown, settings);
    try {
        const comments = await octokit.paginate(octokit.rest.issues.listComments, {
            owner: pr.owner,
            repo: pr.repo,
            issue_number: pr.number,
            per_page: 100
        });
        // Anyone can copy the marker: only a comment the token's own identity wrote is the gate's.
        const login = await tokenLogin(octokit);
        if (!login)
            (0,log/* logLine */.B)('comment: GitHub did not say whose token this is, so no earlier comment is taken as ours');
        const mine = login && comments.find((c) => c.body?.startsWith(marker(settings.key)) && isAuthor(c.user?.login, login));
        if (mine) {
            await octokit.rest.issues.updateComment({ owner: pr.owner, repo: pr.repo, comment_id: mine.id, body });
            (0,log/* logLine */.B)(`comment: updated ${mine.html_url}`);
            return 'updated';
        }
        const created = await octokit.rest.issues.createComment({
            owner: pr.owner,
            repo: pr.repo,
            issue_number: pr.number,
            body
        });
        (0,log/* logLine */.B)(`comment: created ${created.data.html_url}`);
        return 'created';
    }
    catch (error) {
        const code = pr_comment_status(error);
        const hint = code === 403 || code === 401
            ? 'the token lacks the pull-requests: write permission ' +
                "(add it to the job's permissions:; fork PRs get a read-only token)"
            : `GitHub answered ${code ?? 'with an error'}: ${error instanceof Error ? error.message : String(error)}`;
        core/* warning */.$e(`comment: the PR comment was not written: ${hint}`);
        return 'failed';
    }
}


/***/ })

};

export const id = 354;
export const ids = [354];
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

/***/ 7354:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publish: () => (/* binding */ publish)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(6257);
// EXTERNAL MODULE: ./src/core/lifecycle.ts
var lifecycle = __webpack_require__(2043);
// EXTERNAL MODULE: ./src/report/hook-rules.ts
var hook_rules = __webpack_require__(7729);
;// CONCATENATED MODULE: ./src/report/placement.ts
async function templatePlace(template) {
    if (!template)
        return () => undefined;
    // The YAML parser is loaded only when there is a template to place findings in.
    const { templateLocator } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(539)]).then(__webpack_require__.bind(__webpack_require__, 8539));
    const locate = templateLocator(template.text);
    // The config refuses a template that cannot be read: here there is always a locator when there is a template.
    if (typeof locate !== 'function')
        return () => undefined;
    return (finding) => {
        const resource = finding.resource;
        const at = resource && locate({ logicalId: resource.logicalId, path: resource.path });
        return at && { file: template.uri, line: at.line, column: at.column };
    };
}

// EXTERNAL MODULE: ./src/report/promotion.ts
var promotion = __webpack_require__(1971);
// EXTERNAL MODULE: ./src/report/record.ts + 3 modules
var report_record = __webpack_require__(1680);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/core/meta.ts
var meta = __webpack_require__(7898);
// EXTERNAL MODULE: ./src/policy/items.ts
var items = __webpack_require__(2658);
// EXTERNAL MODULE: ./src/report/advisory.ts
var advisory = __webpack_require__(2983);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
;// CONCATENATED MODULE: ./src/report/sarif.ts
/**
 * SARIF 2.1.0 for GitHub code scanning: one result per failing or warning finding, on the line of its resource
 * in the template. Rules are what decided: a hook's annotation (a Guard rule id, a Control Tower control id), an
 * early-validation check, or one of the policy's own rules. Text stays plain (`message.text`); links only http(s).
 */





const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** GitHub's security-severity scores, by AWS severity level (GitHub: 9.0+ critical, 7.0+ high, 4.0+ medium). */
const SECURITY_SEVERITY = { CRITICAL: '9.5', HIGH: '8.0', MEDIUM: '5.5', LOW: '3.0' };
/** GitHub refuses longer messages in places; the JSON report has the full text. */
const MESSAGE_MAX = 4000;
function rule(entry) {
    const score = entry.severityLevel ? SECURITY_SEVERITY[entry.severityLevel] : undefined;
    const helpUri = (0,report_escape/* webAddress */.Dy)(entry.helpUri);
    return {
        id: entry.ruleId,
        name: entry.ruleName,
        shortDescription: { text: entry.description },
        ...(helpUri ? { helpUri } : {}),
        defaultConfiguration: { level: entry.level },
        ...(score ? { properties: { 'security-severity': score, tags: ['security'] } } : {})
    };
}
/** The log for `entries`, each placed in the template at `templateUri` (a path relative to the repository root). */
function sarifLog(entries, templateUri) {
    const rules = [];
    const index = new Map();
    const results = entries.map((entry) => {
        let ruleIndex = index.get(entry.ruleId);
        if (ruleIndex === undefined) {
            ruleIndex = rules.push(rule(entry)) - 1;
            index.set(entry.ruleId, ruleIndex);
        }
        const text = entry.message.length > MESSAGE_MAX ? `${entry.message.slice(0, MESSAGE_MAX)}…` : entry.message;
        const { line, column } = entry.position ?? { line: 1, column: 1 };
        return {
            ruleId: entry.ruleId,
            ruleIndex,
            level: entry.level,
            message: { text: text || entry.ruleName },
            locations: [
                {
                    physicalLocation: { artifactLocation: { uri: templateUri }, region: { startLine: line, startColumn: column } }
                }
            ],
            partialFingerprints: {
                'imageGateFinding/v1': (0,external_node_crypto_.createHash)('sha256').update(entry.identity).digest('hex').slice(0, 32)
            }
        };
    });
    return {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: meta/* ACTION_NAME */.p,
                        version: meta/* ACTION_VERSION */.Y,
                        informationUri: 'https://github.com/image-gate/image-gate',
                        rules
                    }
                },
                results
            }
        ]
    };
}
/** `openssl-libs 3.0.8-1 (fixed in 3.0.8-9)`, or `(no fixed version)`, for each package of a scan finding. */
function packagesText(v) {
    const each = v.packages.map((p) => {
        const fixed = p.fixedInVersion ? `fixed in ${p.fixedInVersion}` : 'no fixed version';
        return `${p.name}${p.version ? ` ${p.version}` : ''} (${fixed})`;
    });
    return each.length > 0 ? each.join(', ') : 'no package named';
}
/** A vulnerability a threshold counted: its id is the rule, its record the help, AWS's severity its score. */
function vulnerabilityEntry(f, v, position) {
    const score = v.score === undefined ? '' : `, score ${v.score}`;
    return {
        ruleId: v.id,
        ruleName: v.id,
        description: `${v.id}${v.title ? `: ${v.title}` : ''}`,
        helpUri: (0,advisory/* advisoryUrl */.L)(v.id),
        level: f.severity === 'fail' ? 'error' : 'warning',
        message: [
            `${f.target}: ${v.id} (${v.severity}${score}) in ${packagesText(v)}`,
            `Fix available: ${v.fixAvailable ?? 'unknown'}. Counted by ${f.rule}.`
        ].join('\n'),
        severityLevel: v.severity.trim().toUpperCase(),
        position,
        identity: [f.target, items/* SCAN_ITEM */.gY, v.id, ...v.packages.map((p) => p.name)].join('|')
    };
}
/**
 * One entry per failing or warning finding; for a hook with failed rules, per rule that counts: its rule id
 * is the hook and the rule (`MyOrg::Guard::Storage/S3_BUCKET_SSE_ENABLED`), its help the remediation link; for
 * a vulnerability threshold, per scan finding it counted: its rule id is the CVE id, its help the CVE's record.
 */
function sarifEntries(findings, place) {
    return findings.flatMap((f) => {
        if (f.severity === 'pass')
            return [];
        const position = place(f);
        if (f.vulnerabilities)
            return f.vulnerabilities.map((v) => vulnerabilityEntry(f, v, position));
        const where = f.resource ? ` on ${f.resource.logicalId}` : '';
        const counted = (f.rules ?? []).filter((r) => r.severity !== 'pass');
        if (counted.length === 0)
            return [
                {
                    ruleId: `image-gate/${f.rule}`,
                    ruleName: f.rule,
                    description: `image-gate policy rule ${f.rule}`,
                    level: f.severity === 'fail' ? 'error' : 'warning',
                    message: `${f.target}: ${f.item}: ${f.message}`,
                    position,
                    identity: [f.target, f.item, f.rule].join('|')
                }
            ];
        return counted.map((r) => ({
            ruleId: `${r.hook}/${r.name}`,
            ruleName: r.name,
            description: `${r.name}, checked by ${r.hook}`,
            helpUri: r.link,
            level: r.severity === 'fail' ? 'error' : 'warning',
            message: [
                `${r.name}${where}: ${r.message ?? 'failed'}`,
                r.remediation && `Remediation: ${r.remediation}`,
                r.link && `See: ${r.link}`
            ]
                .filter(Boolean)
                .join('\n'),
            severityLevel: r.level,
            position,
            identity: [f.target, f.resource?.logicalId ?? f.item, r.hook, r.name].join('|')
        }));
    });
}

;// CONCATENATED MODULE: ./src/github/annotations.ts
/**
 * The step's annotations: one per failing or warning finding; for a hook with failed rules, one per rule that
 * counts, with its remediation. `@actions/core` encodes the text as one workflow command each.
 */

function ruleText(rule) {
    const remediation = [rule.remediation, rule.link].filter(Boolean).join(' ');
    const level = rule.level ? ` (${rule.level})` : '';
    return `${rule.message ?? 'failed'}${level}${remediation ? `\nRemediation: ${remediation}` : ''}`;
}
function annotate(findings, place = () => undefined) {
    for (const finding of findings) {
        const placed = place(finding);
        // On the template's line when the finding names a resource in it.
        const at = placed && { file: placed.file, startLine: placed.line, startColumn: placed.column };
        const counted = (finding.rules ?? []).filter((r) => r.severity !== 'pass');
        const on = finding.resource ? ` on ${finding.resource.logicalId}` : '';
        const entries = counted.length > 0
            ? counted.map((rule) => ({
                severity: rule.severity,
                title: `image-gate: ${rule.name}${on} (${rule.hook})`,
                text: ruleText(rule)
            }))
            : [
                {
                    severity: finding.severity,
                    title: `image-gate: ${finding.target}: ${finding.item}`,
                    text: finding.message
                }
            ];
        for (const e of entries) {
            if (e.severity === 'fail')
                core/* error */.z3(e.text, { title: e.title, ...at });
            else if (e.severity === 'warn')
                core/* warning */.$e(e.text, { title: e.title, ...at });
        }
    }
}

// EXTERNAL MODULE: ./src/github/log.ts + 1 modules
var log = __webpack_require__(452);
// EXTERNAL MODULE: ./src/github/pr-comment.ts + 1 modules
var pr_comment = __webpack_require__(3008);
;// CONCATENATED MODULE: ./src/github/outputs.ts
/** Everything the run leaves behind for GitHub: summary, outputs, annotations, the PR comment and the JSON report. */










async function publish(record, settings) {
    const { evaluation } = record;
    const reportPath = settings.path;
    const render = (0,report_record/* recordRenderer */.dn)(record);
    const markdown = render();
    await (0,report_record/* writeReport */.u5)(reportPath, record);
    const place = await templatePlace(settings.template);
    annotate(evaluation.findings, place);
    if (settings.sarifPath && settings.template) {
        await (0,report_record/* writeJson */.GF)(settings.sarifPath, sarifLog(sarifEntries(evaluation.findings, place), settings.template.uri));
        core/* setOutput */.uH('sarif-path', settings.sarifPath);
    }
    for (const line of (0,hook_rules/* detailGapLines */.hJ)(record.results))
        core/* notice */.lm(line);
    core/* setOutput */.uH('verdict', evaluation.verdict);
    core/* setOutput */.uH('failed-count', evaluation.findings.filter((f) => f.severity === 'fail').length);
    core/* setOutput */.uH('warning-count', evaluation.findings.filter((f) => f.severity === 'warn').length);
    core/* setOutput */.uH('report-path', reportPath);
    // The output gets the comment-sized summary: it is meant for comments and chat messages, which have limits.
    const short = render(pr_comment/* COMMENT_BUDGET_BYTES */.eT);
    core/* setOutput */.uH('summary-markdown', short);
    core/* setOutput */.uH('lifecycle-status', record.lifecycleStatus);
    core/* setOutput */.uH('lifecycle-execution-ids', record.lifecycle.flatMap((e) => e.executionId ?? []).join('\n'));
    const answers = record.answers ?? [];
    core/* setOutput */.uH('step-answers', answers.map((a) => `${a.action} ${a.stepExecutionId} ${a.mode}`).join('\n'));
    if (!record.cleanup) {
        // What a passing gate produced, for the next step; empty when it did not pass.
        const produced = (0,promotion/* promotion */.K)(evaluation, record.results);
        core/* setOutput */.uH('amis', JSON.stringify(produced.amis));
        core/* setOutput */.uH('container-image-uris', produced.containers.map((c) => c.imageUri).join('\n'));
        core/* setOutput */.uH('parallelcluster-ami-ids', produced.parallelCluster.map((c) => c.ami).join('\n'));
    }
    if (record.cleanup) {
        const counts = (0,lifecycle/* cleanupCounts */.pp)(record.cleanup);
        core/* setOutput */.uH('acted-count', counts.acted);
        core/* setOutput */.uH('kept-count', counts.kept);
        core/* setOutput */.uH('skipped-count', counts.skipped);
    }
    // Cleanup failures are findings already; a gate's lifecycle failures get their own annotation.
    for (const e of record.cleanup ? [] : record.lifecycle.filter(lifecycle/* isFailed */.Ix))
        core/* error */.z3(`${e.note ?? e.statusReason ?? e.status ?? 'failed'}`, {
            title: `image-gate lifecycle: ${e.label} -> ${e.state}`
        });
    if (settings.stepSummary)
        await core/* summary */.z.addRaw(markdown, true).write();
    else
        (0,log/* logBlock */.M)(markdown);
    if (settings.comment)
        await (0,pr_comment/* upsertComment */.lB)(settings.comment, short);
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

export const id = 366;
export const ids = [366];
export const modules = {

/***/ 5366:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDiffMode: () => (/* binding */ runDiffMode)
});

// UNUSED EXPORTS: diffMode

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/diff/render.ts + 1 modules
var render = __webpack_require__(6225);
// EXTERNAL MODULE: ./src/github/errors.ts
var errors = __webpack_require__(3116);
// EXTERNAL MODULE: ./src/github/octokit-api.ts + 3 modules
var octokit_api = __webpack_require__(2161);
// EXTERNAL MODULE: ./src/github/sticky-comment.ts
var sticky_comment = __webpack_require__(7648);
// EXTERNAL MODULE: ./src/plugsync/client.ts + 8 modules
var client = __webpack_require__(4366);
// EXTERNAL MODULE: ./src/review/marker.ts
var review_marker = __webpack_require__(468);
// EXTERNAL MODULE: ./src/review/record.ts
var review_record = __webpack_require__(4271);
// EXTERNAL MODULE: ./src/diff/markdown.ts
var markdown = __webpack_require__(5326);
// EXTERNAL MODULE: ./src/report/markdown.ts
var report_markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/diff/config-diff.ts + 5 modules
var config_diff = __webpack_require__(1327);
// EXTERNAL MODULE: ./src/diff/unified.ts + 3 modules
var unified = __webpack_require__(254);
// EXTERNAL MODULE: ./src/plugsync/concurrency.ts
var concurrency = __webpack_require__(9948);
// EXTERNAL MODULE: ./src/promote/target.ts
var target = __webpack_require__(5447);
;// CONCATENATED MODULE: ./src/review/compare.ts





/** The most lines of a unified diff kept: more is never shown anyway. */
const UNIFIED_LINES = 20_000;
/**
 * Compares each connector the manifest maps with its active version in
 * PlugSync. A connector that cannot be read is a `failed` review, never a
 * thrown error, so that one bad id does not hide the others' diffs.
 */
async function reviewConnectors(options) {
    const { check, environment } = options;
    const entries = check.connectors.filter((entry) => environment === '' || entry.environment === environment);
    const configs = new Map(check.files.map((file) => [file.file, file]));
    const connectors = await (0,concurrency/* mapLimit */.s)(entries, options.concurrency, (entry) => reviewOne(entry, configs.get(entry.path), options));
    const mapped = new Set(check.connectors.map((entry) => entry.path));
    const listed = new Set(check.listed ?? []);
    const notMapped = check.files
        .map((file) => file.file)
        .filter((file) => !mapped.has(file));
    const unmapped = notMapped.filter((file) => !listed.has(file));
    const dropped = notMapped.filter((file) => listed.has(file));
    return { connectors, unmapped, ...(dropped.length > 0 ? { dropped } : {}) };
}
async function reviewOne(entry, file, options) {
    const name = (0,target/* displayName */.QC)(entry.path);
    if (file?.config === undefined) {
        const silenced = (file?.findings.length ?? 0) === 0;
        return { kind: 'unreadable', entry, name, silenced };
    }
    try {
        const connector = await options.client.getConnector(entry.id);
        const active = connector.activeVersion === null
            ? null
            : await options.client.getActiveVersion(entry.id);
        options.logger.debug(`${entry.id}: compared with ${active ? `v${active.version}` : 'nothing published'}`);
        return compared(entry, name, active, file.config, errorsIn(file.findings));
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return { kind: 'failed', entry, name, reason };
    }
}
function compared(entry, name, active, config, errors) {
    const before = active?.config ?? null;
    return {
        kind: 'compared',
        entry,
        name,
        activeVersion: active?.version ?? null,
        config,
        diff: (0,config_diff/* diffConfigs */.p)(before, config),
        unified: (0,unified/* unifiedConfigDiff */.IV)(before, config, { maxLines: UNIFIED_LINES }),
        configHash: (0,review_record/* configHash */.r_)(config),
        errors
    };
}
function errorsIn(findings) {
    return findings.filter((finding) => finding.severity === 'error').length;
}
/** True when merging would change what PlugSync runs for the connector. */
function hasChanges(review) {
    return review.kind === 'compared' && !review.diff.unchanged;
}
/**
 * The record of what was reviewed: every connector that was compared,
 * with the version it was compared against and its config's hash.
 */
function recordOf(review, headSha) {
    const connectors = review.connectors
        .filter((c) => c.kind === 'compared')
        .map((c) => ({
        id: c.entry.id,
        path: c.entry.path,
        ...(c.entry.environment ? { environment: c.entry.environment } : {}),
        activeVersion: c.activeVersion,
        configHash: c.configHash
    }));
    return { version: 1, headSha, connectors };
}
/**
 * Why a connector whose file is not a config was not compared, around its
 * `path` as the caller formats it (Markdown or plain).
 */
function unreadableReason(path, silenced) {
    const what = `${path} is not JSON, or not a JSON object`;
    return silenced
        ? `${what}; the manifest turns off the findings that would say where`
        : `${what}: see its findings`;
}
/**
 * The line for configs no manifest entry maps, around the manifest's name
 * and the files as the caller formats them (Markdown or plain).
 */
function unmappedLine(manifest, files) {
    return `not compared, as no entry of ${manifest} maps them to a connector: ${files}`;
}
/** The same for configs whose manifest entries were left out. */
function droppedLine(manifest, files) {
    return `not compared, as their entries in ${manifest} are left out for a problem (a repeated id or path, a missing id): ${files}`;
}
/** Both lines in plain text, for the ones the review has. */
function notComparedLines(review, manifest) {
    const lines = [];
    if (review.unmapped.length > 0) {
        lines.push(unmappedLine(manifest, review.unmapped.join(', ')));
    }
    if (review.dropped !== undefined) {
        lines.push(droppedLine(manifest, review.dropped.join(', ')));
    }
    return lines;
}

;// CONCATENATED MODULE: ./src/review/diff-document.ts

/** The structured diff of a review, for the `diff` output and `--format json`. */
function diffDocument(review) {
    return {
        version: 1,
        connectors: review.connectors.map(documentEntry),
        unmapped: review.unmapped,
        ...(review.dropped ? { dropped: review.dropped } : {})
    };
}
/** The connectors merging would change, as the `changed` output lists them. */
function changedConnectors(review) {
    return review.connectors
        .filter((c) => c.kind === 'compared' && !c.diff.unchanged)
        .map((c) => ({
        connector: c.name,
        id: c.entry.id,
        ...(c.entry.environment ? { environment: c.entry.environment } : {})
    }));
}
/**
 * What merging does to a connector: publish the version after the active
 * one, or nothing when the config is unchanged, has errors, or could not
 * be compared.
 */
function mergeOutcome(review) {
    if (review.kind === 'unreadable') {
        return { kind: 'unreadable', silenced: review.silenced };
    }
    if (review.kind === 'failed')
        return { kind: 'unknown' };
    if (review.diff.unchanged) {
        return { kind: 'unchanged', version: review.activeVersion };
    }
    if (review.errors > 0)
        return { kind: 'blocked', errors: review.errors };
    return { kind: 'publishes', version: (review.activeVersion ?? 0) + 1 };
}
/** The version merging publishes, or null when it publishes nothing. */
function nextVersion(review) {
    const outcome = mergeOutcome(review);
    return outcome.kind === 'publishes' ? outcome.version : null;
}
/**
 * One sentence on what merging does to a connector, around its `label`
 * and its file's `path` as the caller formats them (Markdown or plain).
 */
function mergeSentence(review, label, path) {
    const outcome = mergeOutcome(review);
    switch (outcome.kind) {
        case 'publishes': {
            const first = outcome.version === 1 ? ', its first version' : '';
            return `merging publishes v${outcome.version} of ${label}${first}`;
        }
        case 'unchanged':
            return `merging publishes nothing for ${label}: it equals published v${outcome.version}`;
        case 'blocked': {
            const errors = outcome.errors === 1
                ? 'its error is'
                : `its ${outcome.errors} errors are`;
            return `merging publishes nothing for ${label} until ${errors} fixed`;
        }
        case 'unreadable':
            return `merging publishes nothing for ${label}: ${unreadableReason(path, outcome.silenced)}`;
        case 'unknown':
            return `what merging does to ${label} is not known: PlugSync could not be read`;
    }
}
function documentEntry(review) {
    const base = {
        connector: review.name,
        id: review.entry.id,
        path: review.entry.path,
        ...(review.entry.environment
            ? { environment: review.entry.environment }
            : {})
    };
    if (review.kind === 'unreadable')
        return { ...base, status: 'unreadable' };
    if (review.kind === 'failed') {
        return { ...base, status: 'failed', reason: review.reason };
    }
    const { diff } = review;
    return {
        ...base,
        status: diff.firstPublish
            ? 'new'
            : diff.unchanged
                ? 'unchanged'
                : 'changed',
        activeVersion: review.activeVersion,
        nextVersion: nextVersion(review),
        configHash: review.configHash,
        errors: review.errors,
        counts: diff.counts,
        changes: diff.changes
    };
}

;// CONCATENATED MODULE: ./src/review/review-markdown.ts





const SEPARATOR = '\n\n';
/** The heading of the diffs, in the comment and the job summary. */
const CHANGES_HEADING = '### Changes against PlugSync';
/**
 * The review as Markdown within `budget` characters: the diffs, what
 * merging does, and the configs no connector id maps. Only the diffs are
 * cut to fit; the other parts are a line per connector.
 */
function renderReview(review, manifest, budget) {
    const rest = [
        renderMerge(review),
        renderUnmapped(review.unmapped, manifest),
        review.dropped === undefined
            ? ''
            : `Validated but ${droppedLine((0,report_markdown/* escapeMarkdown */.F)(manifest), review.dropped.map(markdown/* codeSpan */.SS).join(', '))}.`
    ].filter((part) => part !== '');
    const restLength = rest.reduce((sum, part) => sum + part.length + 2, 0);
    const changes = renderChanges(review, budget - restLength);
    return {
        markdown: [changes.markdown, ...rest].join(SEPARATOR),
        cut: changes.cut
    };
}
/**
 * Each connector's diff against its active version, within `budget`
 * characters. Every connector keeps its headline; when the whole does not
 * fit, the room left is shared so that short diffs stay whole and long ones
 * are cut to equal shares.
 */
function renderChanges(review, budget) {
    if (review.connectors.length === 0) {
        return {
            markdown: `${CHANGES_HEADING}\n\nNo config is mapped to a connector id, so nothing was compared with PlugSync.`,
            cut: false
        };
    }
    const head = CHANGES_HEADING + SEPARATOR;
    const room = budget - head.length;
    const full = review.connectors.map((c) => connectorMarkdown(c, Infinity));
    const whole = full.join(SEPARATOR);
    if (whole.length <= room)
        return { markdown: head + whole, cut: false };
    const floors = full.map((text) => text.split('\n', 1)[0].length);
    const shares = share(full.map((text) => text.length), floors, room - SEPARATOR.length * (full.length - 1));
    const parts = review.connectors.map((c, i) => shares[i] >= full[i].length
        ? full[i]
        : cutSection(c, shares[i], floors[i]));
    return { markdown: head + parts.join(SEPARATOR), cut: true };
}
/**
 * A connector's section cut to `share` characters. The fold around a long
 * changelog is added after the cut, so its room is set aside first; a
 * share too small for that keeps the headline alone.
 */
function cutSection(review, share, headline) {
    const room = share - FOLD_ROOM;
    return connectorMarkdown(review, room >= headline ? room : headline);
}
/**
 * Shares `room` among parts that need `needs` and must get `floors`: each
 * gets its floor, then the rest is poured in from the smallest extra need
 * up, so that no part gets more than it needs and the longest are cut
 * evenly.
 */
function share(needs, floors, room) {
    const shares = [...floors];
    let left = room - floors.reduce((sum, floor) => sum + floor, 0);
    const order = needs
        .map((need, i) => ({ i, extra: Math.max(0, need - floors[i]) }))
        .sort((a, b) => a.extra - b.extra);
    order.forEach(({ i, extra }, rank) => {
        const even = Math.floor(Math.max(0, left) / (order.length - rank));
        const given = Math.min(extra, even);
        shares[i] = floors[i] + given;
        left -= given;
    });
    return shares;
}
/** One connector's section, at most `maxChars` long beyond its headline. */
function connectorMarkdown(review, maxChars) {
    const label = connectorLabel(review);
    if (review.kind === 'unreadable') {
        return `${label}: not compared: ${unreadableReason((0,report_markdown/* escapeMarkdown */.F)(review.entry.path), review.silenced)}`;
    }
    if (review.kind === 'failed') {
        return `${label}: could not be compared with PlugSync: ${(0,report_markdown/* escapeMarkdown */.F)(review.reason)}`;
    }
    const markdown = (0,render/* renderDiffMarkdown */.r)({
        name: review.name,
        id: review.entry.id,
        ...(review.entry.environment
            ? { environment: review.entry.environment }
            : {})
    }, review.diff, {
        activeVersion: review.activeVersion,
        publishable: review.errors === 0,
        unified: review.unified.text,
        unifiedOmitted: review.unified.omitted,
        maxChars
    });
    return foldChangelog(markdown, review.diff.changes.length);
}
/** A changelog longer than this many lines is folded. */
const FOLD_OVER = 15;
/** The most characters folding adds to a section. */
const FOLD_ROOM = 80;
/**
 * Folds a long changelog in `<details>`, as the unified diff after it
 * already is, so that a pull request with a big change stays readable.
 * The changelog is the paragraph after the headline whose every line is a
 * list item; anything else is left as it is.
 */
function foldChangelog(markdown, changes) {
    const paragraphs = markdown.split(SEPARATOR);
    const list = paragraphs[1];
    if (list === undefined)
        return markdown;
    const lines = list.split('\n');
    if (lines.length <= FOLD_OVER || !lines.every((l) => l.startsWith('- '))) {
        return markdown;
    }
    const summary = `Changelog: ${changes} changes`;
    paragraphs[1] = `<details><summary>${summary}</summary>${SEPARATOR}${list}${SEPARATOR}</details>`;
    return paragraphs.join(SEPARATOR);
}
/** The heading of the consequences of merging. */
const MERGE_HEADING = '### What merging does';
/** One line per connector: what merging the pull request publishes. */
function renderMerge(review) {
    if (review.connectors.length === 0)
        return '';
    const lines = review.connectors.map((c) => `- ${mergeLine(c)}`);
    return `${MERGE_HEADING}\n\n${lines.join('\n')}`;
}
function mergeLine(review) {
    return mergeSentence(review, connectorLabel(review), (0,report_markdown/* escapeMarkdown */.F)(review.entry.path));
}
/** The most unmapped files named; the JSON diff lists them all. */
const UNMAPPED_SHOWN = 20;
/** The line that names configs with no connector id, or '' when none. */
function renderUnmapped(unmapped, manifest) {
    if (unmapped.length === 0)
        return '';
    const shown = unmapped.slice(0, UNMAPPED_SHOWN).map(markdown/* codeSpan */.SS);
    const more = unmapped.length - shown.length;
    const tail = more > 0 ? ` and ${more} more` : '';
    return `Validated but ${unmappedLine((0,report_markdown/* escapeMarkdown */.F)(manifest), `${shown.join(', ')}${tail}`)}.`;
}
/** "**compass** (cn_123, production)", escaped so no mention can form. */
function connectorLabel(review) {
    const { id, environment } = review.entry;
    const place = environment ? `${id}, ${environment}` : id;
    return `**${(0,report_markdown/* escapeMarkdown */.F)(review.name)}** (${(0,report_markdown/* escapeMarkdown */.F)(place)})`;
}

// EXTERNAL MODULE: ./src/report/describe.ts
var describe = __webpack_require__(313);
// EXTERNAL MODULE: ./src/report/validation-summary.ts
var validation_summary = __webpack_require__(538);
;// CONCATENATED MODULE: ./src/report/pr-comment.ts





/** GitHub refuses a comment body over 65,536 characters. */
const COMMENT_LIMIT = 65_536;
/** How many findings the comment lists; the job summary has them all. */
const COMMENT_FINDINGS = 10;
/** The most characters the validation part of the comment may take. */
const VALIDATION_BUDGET = 12_000;
const pr_comment_SEPARATOR = '\n\n';
/**
 * The pull request comment, in this order: whether the configs are valid
 * (counts and the first findings, linked to their lines), each
 * connector's diff against its active version, what merging does, then
 * the hidden record. Never longer than `limit`: the diffs are cut first,
 * each connector keeping its headline, with a link to the job summary.
 */
function composeComment(input, limit = COMMENT_LIMIT) {
    const top = `${input.marker}\n## PlugSync config`;
    const validation = (0,review_marker/* neutraliseMarkers */.GT)(validationPart(input));
    const record = recordPart(input, limit);
    const cutNote = `_Some diffs were cut to fit a comment: ${summaryLink(input, 'the job summary')} has more of them._`;
    let middle;
    if ('skipped' in input.review) {
        middle = (0,review_marker/* neutraliseMarkers */.GT)(input.review.skipped);
    }
    else {
        const fixed = [top, validation, cutNote, record].join(pr_comment_SEPARATOR);
        const budget = limit - fixed.length - 2 * pr_comment_SEPARATOR.length;
        const { shown, cut } = fitShown(input.review, input.manifest, budget);
        middle = cut ? shown + pr_comment_SEPARATOR + cutNote : shown;
    }
    const body = [top, validation, middle, record].filter((part) => part !== '');
    return capComment(body.join(pr_comment_SEPARATOR) + '\n', top, record, input, limit);
}
/**
 * The diffs fitted to `budget` as the comment shows them, markers broken:
 * each broken marker is a character longer, so a diff that quotes many is
 * fitted again with that much less room until it fits.
 */
function fitShown(review, manifest, budget) {
    for (let room = budget;;) {
        const fitted = renderReview(review, manifest, room);
        const shown = (0,review_marker/* neutraliseMarkers */.GT)(fitted.markdown);
        const over = shown.length - budget;
        if (over <= 0 || room <= 0)
            return { shown, cut: fitted.cut };
        room -= over;
    }
}
/**
 * The hidden record, or a visible line when it would take more than half
 * the comment (some hundreds of connectors): the promotion then finds no
 * record and says so, rather than the comment losing every diff.
 */
function recordPart(input, limit) {
    if (!input.record)
        return '';
    const record = (0,review_record/* encodeRecord */.Ym)(input.record);
    if (record.length <= limit / 2)
        return record;
    return `_The record of this review (${(0,describe/* plural */.LS)(input.record.connectors.length, 'connector')}) is too large for a comment: promote with require-review: false, or keep the record with "plugsync-config diff --record"._`;
}
/** The validity headline and the first findings, linked to their lines. */
function validationPart(input) {
    const { verdict } = input;
    const mark = verdict.valid
        ? '✅ **The configs are valid**'
        : '❌ **The configs are not valid**';
    const lines = [
        `${mark}: ${(0,describe/* plural */.LS)(input.files, 'config')}, ${(0,describe/* countsText */.WN)(verdict.counts)}.`
    ];
    let length = lines[0].length;
    let listed = 0;
    for (const finding of input.findings.slice(0, COMMENT_FINDINGS)) {
        const line = (0,validation_summary/* findingLine */.m)(finding, input.links);
        if (length + line.length + 1 > VALIDATION_BUDGET)
            break;
        if (listed === 0)
            lines.push('');
        lines.push(line);
        length += line.length + 1;
        listed++;
    }
    const more = input.findings.length - listed;
    if (more > 0) {
        lines.push(`- … and ${(0,describe/* plural */.LS)(more, 'more finding')}: see ${summaryLink(input, 'the job summary')}.`);
    }
    return lines.join('\n');
}
function summaryLink(input, text) {
    return input.summaryUrl ? `[${text}](${input.summaryUrl})` : text;
}
/**
 * The last guard of the size limit, for reviews too large to show even as
 * headlines (hundreds of connectors): keeps the marker and the record, and
 * cuts what is between at a line break.
 */
function capComment(body, top, record, input, limit) {
    if (body.length <= limit)
        return body;
    const note = `\n\n… cut at GitHub's comment size limit: ${summaryLink(input, 'the job summary')} has more.`;
    const tail = record === '' ? '\n' : `${pr_comment_SEPARATOR}${record}\n`;
    const room = limit - note.length - tail.length;
    const end = body.lastIndexOf('\n', room);
    const kept = body.slice(0, Math.max(end, top.length));
    return kept + note + tail;
}

;// CONCATENATED MODULE: ./src/modes/diff-mode.ts














/** The job summary may hold about 1 MiB; main.ts caps the whole at 900,000. */
const SUMMARY_ROOM = 880_000;
/**
 * The diff mode of the action: compares each connector's config with the
 * version active in PlugSync, writes the `changed` and `diff` outputs,
 * and shows the result in the job summary and in one pull request comment
 * kept up to date.
 */
function runDiffMode(context) {
    return diffMode(context, {
        openPlugSync: (options) => new client/* PlugSyncClient */.L(options),
        openGitHub: octokit_api/* openGitHubApi */.I
    });
}
/** `runDiffMode` with the clients passed in. */
async function diffMode(context, services) {
    const unknown = (0,target/* unknownEnvironment */.Iu)(context.check, context.inputs.environment);
    if (unknown !== undefined) {
        return result(`**Diff failed**: ${unknown}\n`, [
            `PlugSync config: ${unknown}`
        ]);
    }
    const skipped = skipReason(context);
    if (skipped !== undefined) {
        context.runtime.info(skipped);
        const failure = await keepComment(context, services, { skipped });
        return result(`${skipped}\n`, [failure]);
    }
    let client;
    try {
        client = services.openPlugSync(plugSyncOptions(context));
    }
    catch (error) {
        const message = messageOf(error);
        return result(`**Diff failed**: ${message}\n`, [
            `PlugSync config: ${message}`
        ]);
    }
    const review = await reviewConnectors({
        client,
        check: context.check,
        environment: context.inputs.environment,
        concurrency: context.inputs.concurrency,
        logger: context.logger
    });
    logReview(context, review);
    await writeOutputs(context, review);
    const room = Math.max(10_000, SUMMARY_ROOM - context.validationMarkdown.length);
    const summary = renderReview(review, context.inputs.manifest, room);
    const record = recordOf(review, headSha(context));
    const commentFailure = await keepComment(context, services, review, record);
    return result(`${summary.markdown}\n`, [failedLine(review), commentFailure]);
}
/**
 * Why the diff cannot run, or undefined when it can. A fork's run gets
 * no secrets, so it is never sent to PlugSync even if a token is set.
 */
function skipReason(context) {
    if (context.event.pullRequest?.fork) {
        return '**Diff skipped**: this pull request comes from a fork, whose runs get no PlugSync token; the configs were validated.';
    }
    if (context.inputs.plugsyncToken === '') {
        return '**Diff skipped**: no plugsync-token was given; the configs were validated.';
    }
    return undefined;
}
function plugSyncOptions(context) {
    const { inputs } = context;
    return {
        apiUrl: inputs.apiUrl,
        token: inputs.plugsyncToken,
        timeoutMs: inputs.timeoutMs,
        retries: inputs.retries,
        logger: context.logger
    };
}
/** One log line per connector: its diff's headline. */
function logReview(context, review) {
    for (const connector of review.connectors) {
        context.runtime.info(headline(connector));
    }
    for (const line of notComparedLines(review, context.inputs.manifest)) {
        context.runtime.info(line);
    }
}
function headline(review) {
    const place = `${review.name} (${review.entry.id})`;
    if (review.kind === 'unreadable') {
        return `${place}: not compared: ${unreadableReason(review.entry.path, review.silenced)}`;
    }
    if (review.kind === 'failed')
        return `${place}: ${review.reason}`;
    const ref = {
        name: review.name,
        id: review.entry.id,
        ...(review.entry.environment
            ? { environment: review.entry.environment }
            : {})
    };
    const text = (0,render/* renderDiffText */.p)(ref, review.diff, {
        color: false,
        activeVersion: review.activeVersion
    });
    return text.split('\n', 1)[0];
}
/** The `changed` list and the structured diff in a file of RUNNER_TEMP. */
async function writeOutputs(context, review) {
    const { env, runtime, inputs } = context;
    const key = (0,review_marker/* scopeKey */.OD)(inputs);
    const path = (0,external_node_path_.join)(env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)(), `plugsync-config-diff-${key}.json`);
    await (0,promises_.writeFile)(path, JSON.stringify(diffDocument(review), null, 2) + '\n');
    runtime.setOutput('changed', JSON.stringify(changedConnectors(review)));
    runtime.setOutput('diff', path);
}
/**
 * Keeps the one pull request comment up to date. Returns the run's
 * failure line when GitHub failed; a token that may not comment is only
 * a warning (and expected on a fork).
 */
async function keepComment(context, services, review, record) {
    const { event, inputs, logger } = context;
    const pull = event.pullRequest;
    if (pull === undefined) {
        logger.debug('not a pull request event: no comment');
        return undefined;
    }
    if (!inputs.comment || inputs.githubToken === '') {
        logger.info(inputs.comment
            ? 'no github-token: no pull request comment'
            : 'comment is false: no pull request comment');
        return undefined;
    }
    const marker = (0,review_marker/* commentMarker */.Ql)(inputs);
    const body = commentBody(context, marker, review, record);
    try {
        const api = await services.openGitHub(gitHubOptions(context));
        const outcome = await (0,sticky_comment/* upsertComment */.l)(api, pull.number, marker, body, logger);
        reportOutcome(context, outcome);
        return undefined;
    }
    catch (error) {
        if (!(error instanceof errors/* GitHubError */.y))
            throw error;
        return `PlugSync config: the pull request comment is not up to date: ${error.message}`;
    }
}
function commentBody(context, marker, review, record) {
    const { event, inputs } = context;
    return composeComment({
        marker,
        verdict: context.verdict,
        files: context.check.files.length,
        findings: context.check.findings,
        links: {
            serverUrl: event.serverUrl,
            repository: event.repository,
            sha: headSha(context),
            directory: context.directory
        },
        review,
        manifest: inputs.manifest,
        ...(record ? { record } : {}),
        ...summaryUrl(context)
    });
}
/** Says what became of the comment: info, or a warning when refused. */
function reportOutcome(context, outcome) {
    const { runtime } = context;
    if (outcome.status !== 'forbidden') {
        const url = outcome.comment.url;
        runtime.info(`${outcome.status} the pull request comment ${url}`.trim());
    }
    else if (context.event.pullRequest?.fork) {
        runtime.info(`no pull request comment from a fork: ${outcome.message}`);
    }
    else {
        runtime.warning(`${outcome.message}. The job summary has the results.`);
    }
}
function gitHubOptions(context) {
    return {
        token: context.inputs.githubToken,
        apiUrl: context.env.GITHUB_API_URL ?? 'https://api.github.com',
        repository: context.event.repository,
        logger: context.logger,
        timeoutMs: context.inputs.timeoutMs,
        retry: { retries: context.inputs.retries }
    };
}
/** The run's page, where the job summary is. */
function summaryUrl(context) {
    const run = context.env.GITHUB_RUN_ID;
    if (!run || !/^\d+$/.test(run))
        return {};
    const { serverUrl, repository } = context.event;
    return { summaryUrl: `${serverUrl}/${repository}/actions/runs/${run}` };
}
function headSha(context) {
    return context.event.pullRequest?.headSha ?? context.event.sha;
}
/** The failure line for connectors PlugSync could not be read for. */
/**
 * The run's failure line for connectors not compared: PlugSync failed, or
 * the file is not a config. The second fails the run even when the
 * manifest turns that file's findings off, as the CLI's diff does: a
 * review that compared nothing must not pass.
 */
function failedLine(review) {
    const names = (kind) => review.connectors
        .filter((c) => c.kind === kind)
        .map((c) => `${c.name} (${c.entry.id})`);
    const lines = [];
    const failed = names('failed');
    if (failed.length > 0) {
        lines.push(`PlugSync config: ${failed.length} connector(s) could not be compared with PlugSync: ${failed.join(', ')}; see the job summary`);
    }
    const unreadable = names('unreadable');
    if (unreadable.length > 0) {
        lines.push(`PlugSync config: ${unreadable.length} connector(s) not compared, as their file is not JSON or not a JSON object: ${unreadable.join(', ')}`);
    }
    return lines.length > 0 ? lines.join('\n') : undefined;
}
function result(summary, failures) {
    const lines = failures.filter((line) => line !== undefined);
    return lines.length > 0 ? { summary, failure: lines.join('\n') } : { summary };
}
function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ })

};

export const id = 687;
export const ids = [687];
export const modules = {

/***/ 9687:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  diffCommand: () => (/* binding */ diffCommand)
});

// UNUSED EXPORTS: DIFF_HELP

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/action/verdict.ts
var action_verdict = __webpack_require__(8263);
// EXTERNAL MODULE: ./src/engine/check-repository.ts + 9 modules
var check_repository = __webpack_require__(6390);
// EXTERNAL MODULE: ./src/findings/finding.ts
var finding = __webpack_require__(4879);
// EXTERNAL MODULE: ./src/report/describe.ts
var describe = __webpack_require__(313);
;// CONCATENATED MODULE: ./src/report/links.ts
/** The link to a line of a file at the commit, or undefined without one. */
function lineLink(links, file, line) {
    if (!links)
        return undefined;
    const path = inRepository(links.directory, file)
        .split('/')
        .map(encodePathPart)
        .join('/');
    return `${links.serverUrl}/${links.repository}/blob/${links.sha}/${path}#L${line}`;
}
/**
 * Encodes one part of a path for a URL inside a Markdown link: what
 * `encodeURIComponent` leaves, `(`, `)` and the like, would end the link.
 */
function encodePathPart(part) {
    return encodeURIComponent(part).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
/** A path relative to the checked root as a path in the repository. */
function inRepository(directory, file) {
    return directory ? `${directory}/${file}` : file;
}

;// CONCATENATED MODULE: ./src/report/markdown.ts
/**
 * Makes user text safe inside Markdown prose and table cells: no HTML, no
 * links, emphasis or table breaks can come from a config value or a path,
 * and no `@name` notifies anyone (GitHub links mentions even when escaped,
 * so a word joiner, U+2060, follows each `@`).
 */
function escapeMarkdown(text) {
    return text
        .replace(/[\\`*_{}[\]()#+!|~>-]/g, (c) => `\\${c}`)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/@/g, '@\u2060')
        .replace(/\r\n|\r|\n/g, ' ');
}
/** Escapes a path or URL part for a Markdown link target. */
function linkTarget(url) {
    return url.replace(/[()<> ]/g, (c) => encodeURIComponent(c));
}

;// CONCATENATED MODULE: ./src/report/validation-summary.ts




const ICONS = {
    error: '❌',
    warning: '⚠️',
    notice: 'ℹ️'
};
/**
 * The job summary of a validation in Markdown: a headline, a table with one
 * row per file (counts and each entity's mode), then every finding, linked
 * to its line on the commit.
 */
function renderValidationSummary(input) {
    const counts = (0,finding/* countBySeverity */.Ot)(input.findings);
    const byFile = groupByFile(input.findings);
    const paths = [
        ...new Set([...input.files.map((f) => f.file), ...byFile.keys()])
    ].sort();
    const out = [
        `### Validation: ${(0,describe/* plural */.LS)(input.files.length, 'config')}, ${(0,describe/* countsText */.WN)(counts)}`
    ];
    if (paths.length === 0) {
        out.push('', 'No connector config was found: a config is a JSON object with a "version" key and "entities" or "flows", or a file the manifest lists.');
        return out.join('\n') + '\n';
    }
    out.push('', '| file | errors | warnings | notices | entities |', '| --- | ---: | ---: | ---: | --- |');
    const modes = new Map(input.files.map((f) => [f.file, f.entities]));
    for (const path of paths) {
        const c = (0,finding/* countBySeverity */.Ot)(byFile.get(path) ?? []);
        const entities = (modes.get(path) ?? [])
            .map((e) => `${escapeMarkdown(e.name)} (${e.mode})`)
            .join(', ');
        out.push(`| ${fileCell(path, input.links)} | ${c.error} | ${c.warning} | ${c.notice} | ${entities} |`);
    }
    for (const path of paths) {
        const findings = byFile.get(path);
        if (!findings)
            continue;
        out.push('', `#### ${escapeMarkdown(path)}`, '');
        for (const finding of findings)
            out.push(findingLine(finding, input.links));
    }
    return out.join('\n') + '\n';
}
/** One finding as a Markdown list item, linked to its line. */
function findingLine(finding, links) {
    const where = `line ${finding.line}, column ${finding.column}`;
    const url = lineLink(links, finding.file, finding.line);
    const place = url ? `[${where}](${url})` : where;
    return `- ${ICONS[finding.severity]} **${finding.severity}** \`${finding.rule}\` ${place}: ${escapeMarkdown((0,describe/* fullMessage */.P8)(finding))}`;
}
function fileCell(path, links) {
    const url = lineLink(links, path, 1);
    const name = escapeMarkdown(path);
    return url ? `[${name}](${url.replace(/#L1$/, '')})` : name;
}
function groupByFile(findings) {
    const groups = new Map();
    for (const finding of findings) {
        const group = groups.get(finding.file);
        if (group)
            group.push(finding);
        else
            groups.set(finding.file, [finding]);
    }
    return groups;
}

// EXTERNAL MODULE: ./src/promote/target.ts
var target = __webpack_require__(5447);
// EXTERNAL MODULE: ./src/diff/config-diff.ts + 5 modules
var config_diff = __webpack_require__(1327);
// EXTERNAL MODULE: ./src/config/normalise.ts
var normalise = __webpack_require__(7028);
// EXTERNAL MODULE: ./src/diff/keyed-list.ts
var keyed_list = __webpack_require__(70);
// EXTERNAL MODULE: ./src/diff/normalise-lazily.ts
var normalise_lazily = __webpack_require__(1851);
;// CONCATENATED MODULE: ./src/diff/text-lines.ts
/**
 * The lines of a text, found once and cut out only when asked for: a diff
 * of two large texts reads few of their lines, and a string per line would
 * cost more than the text itself.
 */
class text_lines_TextLines {
    text;
    /** How many lines the text has: '' has none, a final newline adds none. */
    count;
    /** True when the text ends without a final newline. */
    noFinalNewline;
    /**
     * Where each line starts, then one past the end of the last line as if a
     * newline ended it; the rest of the array is spare room.
     */
    starts;
    constructor(text) {
        this.text = text;
        this.noFinalNewline = text !== '' && !text.endsWith('\n');
        // Room for lines of about 32 characters; more is made when needed.
        let starts = new Int32Array(Math.min(1024, 4 + (text.length >> 5)));
        let count = 0;
        for (let at = 0; at < text.length; count++) {
            if (count + 1 === starts.length)
                starts = grown(starts);
            const end = text.indexOf('\n', at);
            at = end === -1 ? text.length + 1 : end + 1;
            starts[count + 1] = at;
        }
        this.count = count;
        this.starts = starts;
    }
    /** The line at `index`, without its newline. */
    line(index) {
        return this.text.slice(this.starts[index], this.starts[index + 1] - 1);
    }
    /**
     * The lines from `first` up to `end` (exclusive) as one string, the
     * newlines between them kept. A last line without a newline gets one
     * added, so that it differs from the same text with one, as in diff(1).
     */
    span(first, end) {
        const text = this.text.slice(this.starts[first], this.starts[end] - 1);
        return this.isLastWithoutNewline(end - 1) ? text + '\n' : text;
    }
    /** How many spaces open the line at `index`, counting up to `most`. */
    indent(index, most) {
        const start = this.starts[index];
        const end = Math.min(start + most, this.starts[index + 1] - 1);
        return leadingSpaces(this.text, start, end);
    }
    /** Whether the line at `index` is the last and ends without a newline. */
    isLastWithoutNewline(index) {
        return this.noFinalNewline && index === this.count - 1;
    }
}
/** A copy of the array with twice the room. */
function grown(array) {
    const larger = new Int32Array(array.length * 2);
    larger.set(array);
    return larger;
}
/** How many spaces open `text` at `start`, looking no further than `end`. */
function leadingSpaces(text, start, end) {
    let at = start;
    while (at < end && text.charCodeAt(at) === 0x20)
        at++;
    return at - start;
}

;// CONCATENATED MODULE: ./src/diff/config-lines.ts




/** Entities and flows both pair by name. */
const itemName = (0,keyed_list/* memberIdentity */.nN)('name');
/**
 * A normalised config as the lines of `prettyJson(normaliseConfig(config))`
 * without that text ever being built: each item of `entities` and `flows`
 * is one unit, printed only when one of its lines is read. An item equal
 * on both sides (same name, equal value) is a unit with the same key on
 * both, so the diff pairs it whole and never prints it unless it is
 * context of a change. A 20 MB config is then compared for the cost of
 * the semantic diff's own comparison, not that of printing both configs.
 */
class ConfigLines {
    count;
    /** The first line of each unit, then `count`. */
    starts;
    units;
    /** The unit of the last line read, as lines are mostly read in order. */
    cursor = 0;
    constructor(units, added = new AddedLines()) {
        this.units = units;
        this.starts = new Int32Array(units.length + 1);
        let line = 0;
        units.forEach((unit, index) => {
            this.starts[index] = line;
            line += typeof unit === 'string' ? 1 : lineCount(unit, added);
        });
        this.starts[units.length] = line;
        this.count = line;
    }
    line(index) {
        const unit = this.unitOf(index);
        const found = this.units[unit];
        if (typeof found === 'string')
            return found;
        return printed(found).line(index - this.starts[unit]);
    }
    indent(index, most) {
        const unit = this.unitOf(index);
        const found = this.units[unit];
        if (typeof found !== 'string') {
            return printed(found).indent(index - this.starts[unit], most);
        }
        return leadingSpaces(found, 0, Math.min(most, found.length));
    }
    span(first, end) {
        const unit = this.unitOf(first);
        const found = this.units[unit];
        const start = this.starts[unit];
        if (typeof found !== 'string' && end <= this.starts[unit + 1]) {
            return printed(found).span(first - start, end - start);
        }
        const lines = [];
        for (let line = first; line < end; line++)
            lines.push(this.line(line));
        return lines.join('\n');
    }
    /** The text ends with a newline, as prettyJson writes it. */
    isLastWithoutNewline() {
        return false;
    }
    /** The pairing key of each unit. */
    unitKeys() {
        return this.units.map((unit) => typeof unit === 'string' ? `line ${unit}` : unit.key);
    }
    /** The unit holding line `index`: a binary search from the last one. */
    unitOf(index) {
        const { starts } = this;
        if (starts[this.cursor] <= index && index < starts[this.cursor + 1]) {
            return this.cursor;
        }
        let [low, high] = [0, this.units.length - 1];
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if (starts[middle] <= index)
                low = middle;
            else
                high = middle - 1;
        }
        return (this.cursor = low);
    }
}
/**
 * The two sides of a config diff as units with shared keys. `before` is
 * null for a connector never published: no lines at all.
 */
function configSides(before, after) {
    const from = before === null ? null : (0,normalise_lazily/* normaliseRoot */.ZW)(before);
    const to = (0,normalise_lazily/* normaliseRoot */.ZW)(after);
    const keys = new ItemKeys(from, to);
    const added = new AddedLines();
    const sides = [from, to].map((root, side) => {
        const lines = new ConfigLines(root === null ? [] : unitsOf(root, side, keys), added);
        return {
            lines,
            units: lines.starts,
            unitKeys: lines.unitKeys(),
            coarse: true
        };
    });
    return [sides[0], sides[1]];
}
/**
 * Gives each item its pairing key: items of a list paired by name with an
 * equal value share one, and so do equal scalars; every other item has a
 * key of its own.
 */
class ItemKeys {
    /** Per list, since one object may sit in both and print differently. */
    shared = new Map();
    fresh = 0;
    constructor(before, after) {
        for (const list of normalise_lazily/* LISTS */.m5) {
            const keys = new Map();
            this.shared.set(list, keys);
            const [from, to] = [before?.[list], after[list]];
            if (!Array.isArray(from) || !Array.isArray(to))
                continue;
            (0,keyed_list/* matchList */.Kl)(from, to, itemName).partner.forEach((partner, index) => {
                if (partner < 0 || !(0,normalise_lazily/* itemsEqual */.zj)(list, from[partner], to[index])) {
                    return;
                }
                keys.set(from[partner], `${list} ${index}`);
                keys.set(to[index], `${list} ${index}`);
            });
        }
    }
    /**
     * The key of an item of a list on one side. A comma is part of the
     * item's last line, so it is part of the key too.
     */
    keyOf(list, item, side, comma) {
        const base = typeof item !== 'object' || item === null
            ? `${list} value ${JSON.stringify(item)}`
            : (this.shared.get(list).get(item) ?? `item ${side} ${this.fresh++}`);
        return comma ? `${base},` : base;
    }
}
/** The units of one normalised config, in the order prettyJson prints. */
function unitsOf(root, side, keys) {
    const units = ['{'];
    const names = Object.keys(root);
    names.forEach((name, index) => {
        const comma = index < names.length - 1 ? ',' : '';
        const value = root[name];
        const label = `  ${JSON.stringify(name)}: `;
        const list = (0,normalise_lazily/* listNamed */.SB)(name);
        if (list !== undefined && Array.isArray(value) && value.length > 0) {
            units.push(`${label}[`);
            value.forEach((item, at) => {
                const more = at < value.length - 1;
                units.push({
                    list,
                    value: item,
                    comma: more,
                    key: keys.keyOf(list, item, side, more)
                });
            });
            units.push(`  ]${comma}`);
            return;
        }
        const printedValue = JSON.stringify(value, null, 2);
        if (!printedValue.includes('\n')) {
            units.push(label + printedValue + comma);
            return;
        }
        const text = `${label}${printedValue.replaceAll('\n', '\n  ')}${comma}\n`;
        units.push({ key: `member ${text}`, text: new text_lines_TextLines(text) });
    });
    units.push('}');
    return units;
}
/**
 * An item's lines as prettyJson prints them inside the config. Printed
 * nested two levels deep, as in the config, and after a sibling when a
 * comma follows it, so that JSON.stringify writes the indentation and the
 * comma itself; the item's lines are then a slice of that text.
 */
function printed(item) {
    if (!('list' in item))
        return item.text;
    if (item.text !== undefined)
        return item.text;
    const value = (0,normalise_lazily/* normaliseItem */.KB)(item.list, item.value);
    const json = JSON.stringify([item.comma ? [value, 0] : [value]], null, 2);
    const start = '[\n  [\n'.length;
    const end = json.length - (item.comma ? ITEM_AFTER : LIST_CLOSE).length;
    return (item.text = new text_lines_TextLines(json.slice(start, end)));
}
/** What follows an item printed with a sibling, after its own newline. */
const ITEM_AFTER = '    0\n  ]\n]';
/** What closes the lists an item is printed in, after its own newline. */
const LIST_CLOSE = '  ]\n]';
/**
 * How many lines an item takes once normalised, without printing it or
 * copying it: the lines of its value, and those of the members that
 * normalisation adds (`addedLines`).
 */
function lineCount(item, added) {
    if (!('list' in item))
        return item.text.count;
    if (item.text !== undefined)
        return item.text.count;
    const { value } = item;
    if (!(0,normalise/* isObject */.Gv)(value))
        return prettyLines(value);
    const names = Object.keys(value);
    const extra = added.of(item.list, names);
    // `{}` is one line; with members it opens and closes on lines of its own.
    if (names.length === 0)
        return extra === 0 ? 1 : 2 + extra;
    return prettyLines(value) + extra;
}
/**
 * The lines of the members that normalisation adds to an item with given
 * keys (a flow's defaults), found by normalising an item with those keys
 * and no values. Items of a list mostly share their keys, so each set of
 * keys is normalised once.
 */
class AddedLines {
    known = new Map();
    of(list, names) {
        const key = JSON.stringify([list, names]);
        let lines = this.known.get(key);
        if (lines === undefined) {
            const stub = Object.fromEntries(names.map((name) => [name, null]));
            const normalised = (0,normalise_lazily/* normaliseItem */.KB)(list, stub);
            lines = 0;
            for (const name of Object.keys(normalised)) {
                if (!Object.hasOwn(stub, name))
                    lines += prettyLines(normalised[name]);
            }
            this.known.set(key, lines);
        }
        return lines;
    }
}
/**
 * How many lines `JSON.stringify(value, null, 2)` prints: one for a scalar
 * or an empty object or array, else one to open, one to close and those
 * of the members. Iterative, as a config may nest deeply.
 */
function prettyLines(value) {
    let lines = 0;
    const pending = [value];
    while (pending.length > 0) {
        const current = pending.pop();
        if (typeof current !== 'object' || current === null) {
            lines++;
            continue;
        }
        const names = Array.isArray(current) ? null : Object.keys(current);
        const size = names === null ? current.length : names.length;
        lines += size === 0 ? 1 : 2;
        for (let at = 0; at < size; at++) {
            const member = names === null
                ? current[at]
                : current[names[at]];
            if (typeof member === 'object' && member !== null)
                pending.push(member);
            else
                lines++;
        }
    }
    return lines;
}

// EXTERNAL MODULE: ./src/diff/increasing-run.ts
var increasing_run = __webpack_require__(4516);
;// CONCATENATED MODULE: ./src/diff/line-diff.ts

/**
 * Above this many lines a range is first cut at its unique common lines;
 * below, Myers runs on it directly.
 */
const SMALL_RANGE = 400;
/** The largest edit distance Myers looks for in one range. */
const MAX_EDITS = 1000;
/** How many times a range is cut at unique lines before Myers takes over. */
const MAX_DEPTH = 8;
/**
 * Lines indented this many spaces or more are paired in runs first: in
 * two-space JSON, the body of each item of a top-level array (an entity,
 * a flow) is one run.
 */
const RUN_INDENT = 6;
/** Myers may spend this much work per line of a large range. */
const WORK_PER_LINE = 32;
/**
 * Pairs the lines of two texts along a short edit script: for each line of
 * `a`, the index of the equal line of `b` it is kept as, or -1 if deleted.
 *
 * In passes, each on what the one before left unpaired. The first pairs
 * the sides' own units, so that an unchanged entity or flow pairs as a
 * whole and its lines are never compared one by one. After coarse units,
 * a second pairs runs of lines indented RUN_INDENT or more. The last pairs
 * lines. Each pass uses Myers' O(ND) algorithm, which finds minimal
 * scripts; so that huge inputs stay fast, large ranges are first cut at
 * items unique on both sides (as patience diff does), a large range where
 * Myers would take too long is halved and each half diffed alone, and the
 * work of each pass is bounded by a budget linear in the input, past which
 * what is left is reported as replaced. The script is always valid, and
 * minimal in units for ordinary inputs.
 */
function matchLines(a, b) {
    const matches = new Int32Array(a.lines.count).fill(-1);
    const whole = {
        aLow: 0,
        aHigh: a.lines.count,
        bLow: 0,
        bHigh: b.lines.count,
        depth: 0
    };
    const own = (side) => () => ({
        starts: Array.from(side.units.subarray(0, -1)),
        keys: side.unitKeys
    });
    let gaps = pairUnits(a.lines, b.lines, [whole], [own(a), own(b)], matches);
    if (a.coarse || b.coarse) {
        gaps = pairUnits(a.lines, b.lines, gaps, [indentRuns, indentRuns], matches);
    }
    const lines = internGapLines(a.lines, b.lines, gaps);
    pairAll({ ...lines, matches }, gaps);
    return matches;
}
/**
 * One pass: splits each gap into units on both sides, pairs equal units
 * within each gap, marks the lines of paired units in `matches`, and
 * returns the gaps of lines left between paired units.
 */
function pairUnits(a, b, gaps, split, matches) {
    const left = { starts: [], ends: [], keys: [] };
    const right = { starts: [], ends: [], keys: [] };
    const place = (into, units, high) => {
        const low = into.starts.length;
        units.starts.forEach((start, index) => {
            into.starts.push(start);
            into.ends.push(units.starts[index + 1] ?? high);
            into.keys.push(units.keys[index]);
        });
        return [low, into.starts.length];
    };
    const ranges = gaps.map((gap) => {
        const [aLow, aHigh] = place(left, split[0](a, gap.aLow, gap.aHigh), gap.aHigh);
        const [bLow, bHigh] = place(right, split[1](b, gap.bLow, gap.bHigh), gap.bHigh);
        return { aLow: aLow, aHigh: aHigh, bLow: bLow, bHigh: bHigh, depth: 0 };
    });
    const unitMatches = pairAll(internUnits(left.keys, right.keys), ranges.map((range) => ({ ...range })));
    const rest = [];
    const keep = (aLow, aHigh, bLow, bHigh) => {
        if (aLow < aHigh && bLow < bHigh) {
            rest.push({ aLow, aHigh, bLow, bHigh, depth: 0 });
        }
    };
    gaps.forEach((gap, index) => {
        const range = ranges[index];
        let [aLine, bLine] = [gap.aLow, gap.bLow];
        for (let unit = range.aLow; unit < range.aHigh; unit++) {
            const match = unitMatches[unit];
            if (match === -1)
                continue;
            const [from, to] = [left.starts[unit], right.starts[match]];
            keep(aLine, from, bLine, to);
            for (let line = from; line < left.ends[unit]; line++) {
                matches[line] = to + line - from;
            }
            ;
            [aLine, bLine] = [left.ends[unit], right.ends[match]];
        }
        keep(aLine, gap.aHigh, bLine, gap.bHigh);
    });
    return rest;
}
/**
 * Splits lines into units: a line indented less than RUN_INDENT is a unit
 * of its own, a run of lines indented more is one unit.
 */
function indentRuns(lines, low, high) {
    const starts = [];
    let inRun = false;
    for (let line = low; line < high; line++) {
        const deep = lines.indent(line, RUN_INDENT) === RUN_INDENT;
        if (!deep || !inRun)
            starts.push(line);
        inRun = deep;
    }
    const keys = starts.map((start, unit) => lines.span(start, starts[unit + 1] ?? high));
    return { starts, keys };
}
/**
 * A line as the diff compares it: a last line without a newline differs
 * from the same text with one, as in diff(1).
 */
function lineKey(lines, index) {
    const text = lines.line(index);
    return lines.isLastWithoutNewline(index) ? text + '\n' : text;
}
/** A text as units: runs of indented lines, and every other line. */
function line_diff_textSide(text) {
    const { starts, keys } = indentRuns(text, 0, text.count);
    const units = Int32Array.from([...starts, text.count]);
    return { lines: text, units, unitKeys: keys, coarse: false };
}
/** The units of both sides as ids: equal keys, equal ids. */
function internUnits(a, b) {
    const ids = new Map();
    const intern = (keys) => Int32Array.from(keys, (key) => {
        let id = ids.get(key);
        if (id === undefined)
            ids.set(key, (id = ids.size));
        return id;
    });
    return { a: intern(a), b: intern(b), distinct: ids.size };
}
/**
 * The lines inside the gaps as ids, equal lines by equal ids; lines outside
 * the gaps are never read and keep id 0.
 */
function internGapLines(a, b, gaps) {
    const ids = new Map();
    const [left, right] = [new Int32Array(a.count), new Int32Array(b.count)];
    const intern = (text, into, low, high) => {
        for (let line = low; line < high; line++) {
            const key = lineKey(text, line);
            let id = ids.get(key);
            if (id === undefined)
                ids.set(key, (id = ids.size));
            into[line] = id;
        }
    };
    for (const gap of gaps) {
        intern(a, left, gap.aLow, gap.aHigh);
        intern(b, right, gap.bLow, gap.bHigh);
    }
    return { a: left, b: right, distinct: ids.size };
}
/**
 * Pairs the items of the ranges given; `matches` (all -1 when left out)
 * holds the pairs already known and receives the new ones.
 */
function pairAll(sides, ranges) {
    const state = {
        a: sides.a,
        b: sides.b,
        matches: sides.matches ?? new Int32Array(sides.a.length).fill(-1),
        budget: 1_000_000 + 2 * WORK_PER_LINE * (sides.a.length + sides.b.length),
        anchors: new AnchorFinder(sides.distinct)
    };
    while (ranges.length > 0) {
        for (const rest of diffRange(ranges.pop(), state))
            ranges.push(rest);
    }
    return state.matches;
}
/** Pairs what it can in one range; returns the ranges still to diff. */
function diffRange(whole, state) {
    const range = trimEqualEnds(whole, state);
    const n = range.aHigh - range.aLow;
    const m = range.bHigh - range.bLow;
    if (n === 0 || m === 0)
        return [];
    const large = n + m > SMALL_RANGE;
    if (large && !state.anchors.shareAny(state.a, state.b, range))
        return [];
    if (large && range.depth < MAX_DEPTH) {
        const found = state.anchors.find(state.a, state.b, range);
        if (found.length > 0)
            return cutAtAnchors(range, found, state.matches);
    }
    const limit = large ? WORK_PER_LINE * (n + m) : Infinity;
    // A script needs at least |n - m| edits: past MAX_EDITS, Myers would only
    // spend the budget before it gave up.
    const hopeless = Math.abs(n - m) > MAX_EDITS;
    if (!hopeless && myers(range, state, limit))
        return [];
    if (!large || state.budget <= 0)
        return [];
    return halve(range);
}
/**
 * Cuts a range in two at the middle of each side: a guess that keeps
 * nearby lines together when a range is too costly to diff whole.
 */
function halve(range) {
    const aMiddle = (range.aLow + range.aHigh) >> 1;
    const bMiddle = (range.bLow + range.bHigh) >> 1;
    const depth = range.depth + 1;
    return [
        { ...range, aHigh: aMiddle, bHigh: bMiddle, depth },
        { ...range, aLow: aMiddle, bLow: bMiddle, depth }
    ];
}
/** Pairs the equal lines at both ends of a range and returns the rest. */
function trimEqualEnds(range, state) {
    const { a, b, matches } = state;
    let { aLow, aHigh, bLow, bHigh } = range;
    while (aLow < aHigh && bLow < bHigh && a[aLow] === b[bLow]) {
        matches[aLow++] = bLow++;
    }
    while (aLow < aHigh && bLow < bHigh && a[aHigh - 1] === b[bHigh - 1]) {
        matches[--aHigh] = --bHigh;
    }
    return { aLow, aHigh, bLow, bHigh, depth: range.depth };
}
/** Pairs the anchor lines and returns the gaps between them as ranges. */
function cutAtAnchors(range, anchors, matches) {
    const gaps = [];
    let [aLow, bLow] = [range.aLow, range.bLow];
    const depth = range.depth + 1;
    for (const [aAt, bAt] of anchors) {
        matches[aAt] = bAt;
        gaps.push({ aLow, aHigh: aAt, bLow, bHigh: bAt, depth });
        [aLow, bLow] = [aAt + 1, bAt + 1];
    }
    gaps.push({ aLow, aHigh: range.aHigh, bLow, bHigh: range.bHigh, depth });
    return gaps;
}
/**
 * Finds the lines that occur exactly once in each side of a range, and of
 * those the longest chain in the same order on both sides. Counters are
 * indexed by line id and reset after each use, so a range costs its size.
 */
class AnchorFinder {
    countA;
    countB;
    whereB;
    constructor(distinct) {
        this.countA = new Int32Array(distinct);
        this.countB = new Int32Array(distinct);
        this.whereB = new Int32Array(distinct);
    }
    /** Whether any item occurs on both sides of a range. */
    shareAny(a, b, range) {
        for (let i = range.aLow; i < range.aHigh; i++)
            this.countA[a[i]] = 1;
        let shared = false;
        for (let j = range.bLow; j < range.bHigh && !shared; j++) {
            shared = this.countA[b[j]] === 1;
        }
        for (let i = range.aLow; i < range.aHigh; i++)
            this.countA[a[i]] = 0;
        return shared;
    }
    /** The anchors of a range as [a index, b index] pairs, in order. */
    find(a, b, range) {
        for (let i = range.aLow; i < range.aHigh; i++)
            this.countA[a[i]]++;
        for (let j = range.bLow; j < range.bHigh; j++) {
            this.countB[b[j]]++;
            this.whereB[b[j]] = j;
        }
        const candidates = [];
        for (let i = range.aLow; i < range.aHigh; i++) {
            const id = a[i];
            if (this.countA[id] === 1 && this.countB[id] === 1) {
                candidates.push([i, this.whereB[id]]);
            }
        }
        for (let i = range.aLow; i < range.aHigh; i++)
            this.countA[a[i]] = 0;
        for (let j = range.bLow; j < range.bHigh; j++)
            this.countB[b[j]] = 0;
        const order = (0,increasing_run/* longestIncreasingRun */.R)(candidates.map(([, bAt]) => bAt));
        return order.map((index) => candidates[index]);
    }
}
/**
 * Myers' greedy O(ND) algorithm on one range: extends the furthest-reaching
 * path on every diagonal for edit distance d = 0, 1, 2, ... until one
 * reaches the end, then walks the saved frontiers back to pair the equal
 * lines. Gives up, pairing nothing, past MAX_EDITS or after `limit` work
 * or when the shared budget runs out; returns whether it finished.
 */
function myers(range, state, limit) {
    const { a, b } = state;
    const { aLow, bLow } = range;
    const n = range.aHigh - aLow;
    const m = range.bHigh - bLow;
    const maxD = Math.min(n + m, MAX_EDITS);
    const offset = maxD + 1;
    const frontier = new Int32Array(2 * maxD + 3);
    const trace = [];
    const stop = Math.max(0, state.budget - limit);
    for (let d = 0; d <= maxD && state.budget > stop; d++) {
        trace.push(frontier.slice(offset - d - 1, offset + d + 2));
        for (let k = -d; k <= d; k += 2) {
            const down = k === -d ||
                (k !== d && frontier[offset + k - 1] < frontier[offset + k + 1]);
            let x = down ? frontier[offset + k + 1] : frontier[offset + k - 1] + 1;
            let y = x - k;
            const start = x;
            while (x < n && y < m && a[aLow + x] === b[bLow + y]) {
                x++;
                y++;
            }
            state.budget -= 1 + x - start;
            frontier[offset + k] = x;
            if (x >= n && y >= m) {
                const pair = (x0, y0) => (state.matches[aLow + x0] = bLow + y0);
                walkBack(trace, n, m, pair);
                return true;
            }
        }
    }
    return false;
}
/**
 * Follows the saved frontiers from the end back to the start, reporting
 * every diagonal step (a pair of equal lines).
 */
function walkBack(trace, n, m, pair) {
    let [x, y] = [n, m];
    for (let d = trace.length - 1; d >= 0; d--) {
        const saved = trace[d];
        const at = (k) => saved[k + d + 1];
        const k = x - y;
        const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
        const previousK = down ? k + 1 : k - 1;
        const previousX = at(previousK);
        const previousY = previousX - previousK;
        while (x > previousX && y > previousY)
            pair(--x, --y);
        [x, y] = [previousX, previousY];
    }
}

;// CONCATENATED MODULE: ./src/diff/unified.ts



const EQUAL = 0;
const DELETE = 1;
const INSERT = 2;
const NO_NEWLINE = '\\ No newline at end of file';
/**
 * The line diff of two texts in unified format: `@@ -a,b +c,d @@` hunk
 * headers (a count of 1 is left out, as diff -u does), then the lines
 * prefixed with ' ', '-' or '+'. File headers (`---`, `+++`) are left to the
 * caller.
 */
function unifiedDiff(beforeText, afterText, options = {}) {
    const before = textSide(new TextLines(beforeText));
    const after = textSide(new TextLines(afterText));
    return diffSides(before, after, options);
}
/** The unified diff of two sides, whatever their lines are made of. */
function diffSides(before, after, options) {
    const ops = editScript(matchLines(before, after), after.lines.count);
    const output = new Output(options.maxLines ?? Infinity);
    // A fraction of a line would never end a hunk.
    const wanted = options.context ?? 3;
    const context = Number.isNaN(wanted) ? 3 : Math.max(0, Math.floor(wanted));
    writeHunks({
        ops,
        before: before.lines,
        after: after.lines,
        context,
        output
    });
    return {
        text: output.lines.join('\n'),
        truncated: output.omitted > 0,
        omitted: output.omitted
    };
}
/**
 * JSON text with two-space indentation and a final newline, as a file would
 * hold it and the unified diff shows it. Key order is the caller's: pass a
 * normalised config for sorted keys.
 */
function prettyJson(value) {
    return JSON.stringify(value, null, 2) + '\n';
}
/**
 * The unified diff of two connector configs as prettyJson prints them
 * normalised, so that it agrees with diffConfigs. A `before` of null
 * (never published) diffs against nothing. Neither text is built whole:
 * entities and flows equal on both sides are paired unprinted.
 */
function unifiedConfigDiff(before, after, options = {}) {
    const [from, to] = configSides(before, after);
    return diffSides(from, to, options);
}
/**
 * Turns the pairing of lines into one operation per output line: within a
 * changed stretch deletions come before insertions.
 */
function editScript(matches, afterLength) {
    const ops = new Uint8Array(matches.length + afterLength - countPairs(matches));
    let [i, j, p] = [0, 0, 0];
    while (i < matches.length || j < afterLength) {
        if (i < matches.length && matches[i] === -1) {
            ops[p++] = DELETE;
            i++;
        }
        else if (j < afterLength && (i >= matches.length || j < matches[i])) {
            ops[p++] = INSERT;
            j++;
        }
        else {
            ops[p++] = EQUAL;
            i++;
            j++;
        }
    }
    return ops;
}
/** How many lines are kept. */
function countPairs(matches) {
    let count = 0;
    for (const match of matches)
        if (match >= 0)
            count++;
    return count;
}
/** Collects output lines up to a limit and counts the ones left out. */
class Output {
    limit;
    lines = [];
    omitted = 0;
    constructor(limit) {
        this.limit = limit;
    }
    /**
     * Adds a line made of a prefix and a text; returns its index, or -1 if
     * it was left out.
     */
    push(prefix, text = '') {
        if (this.lines.length >= this.limit) {
            this.omitted++;
            return -1;
        }
        return this.lines.push(prefix + text) - 1;
    }
    /** Adds a line of a text, cut out of it only if the line is kept. */
    pushLine(prefix, lines, index) {
        if (this.lines.length >= this.limit)
            this.omitted++;
        else
            this.lines.push(prefix + lines.line(index));
    }
}
/**
 * Writes the hunks: each change with `context` equal lines around it,
 * changes closer than twice the context sharing one hunk.
 */
function writeHunks(script) {
    let at = { op: 0, a: 0, b: 0 };
    let equalRun = 0;
    while (at.op < script.ops.length) {
        if (script.ops[at.op] !== EQUAL) {
            const lead = Math.min(script.context, equalRun);
            at = writeHunk(script, {
                op: at.op - lead,
                a: at.a - lead,
                b: at.b - lead
            });
            equalRun = 0;
            continue;
        }
        at = { op: at.op + 1, a: at.a + 1, b: at.b + 1 };
        equalRun++;
    }
}
/** Writes one hunk from its first context line; returns where it ended. */
function writeHunk(script, start) {
    const { ops, context, output } = script;
    const header = output.push('');
    const at = { ...start };
    while (ops[at.op] === EQUAL)
        writeLine(script, at);
    for (;;) {
        while (at.op < ops.length && ops[at.op] !== EQUAL)
            writeLine(script, at);
        let run = 0;
        while (at.op + run < ops.length && ops[at.op + run] === EQUAL)
            run++;
        const last = at.op + run === ops.length || run > 2 * context;
        const shown = last ? Math.min(run, context) : run;
        for (let line = 0; line < shown; line++)
            writeLine(script, at);
        if (last)
            break;
    }
    if (header >= 0) {
        const from = hunkRange(start.a, at.a - start.a);
        const to = hunkRange(start.b, at.b - start.b);
        output.lines[header] = `@@ -${from} +${to} @@`;
    }
    return at;
}
/** A hunk's start and length as diff -u writes them. */
function hunkRange(start, length) {
    if (length === 0)
        return `${start},0`;
    return length === 1 ? `${start + 1}` : `${start + 1},${length}`;
}
/** Writes the line under the cursor with its prefix, and moves on. */
function writeLine(script, at) {
    const { before, after, output } = script;
    const op = script.ops[at.op++];
    if (op === INSERT) {
        output.pushLine('+', after, at.b);
        if (after.isLastWithoutNewline(at.b++))
            output.push(NO_NEWLINE);
        return;
    }
    output.pushLine(op === DELETE ? '-' : ' ', before, at.a);
    if (before.isLastWithoutNewline(at.a++))
        output.push(NO_NEWLINE);
    if (op === EQUAL)
        at.b++;
}

// EXTERNAL MODULE: ./src/plugsync/concurrency.ts
var concurrency = __webpack_require__(9948);
// EXTERNAL MODULE: ./src/review/record.ts
var record = __webpack_require__(4271);
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
        unified: unifiedConfigDiff(before, config, { maxLines: UNIFIED_LINES }),
        configHash: (0,record/* configHash */.r_)(config),
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

// EXTERNAL MODULE: ./src/diff/markdown.ts
var markdown = __webpack_require__(5326);
// EXTERNAL MODULE: ./src/diff/render.ts + 1 modules
var render = __webpack_require__(6225);
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
            : `Validated but ${droppedLine(escapeMarkdown(manifest), review.dropped.map(markdown/* codeSpan */.SS).join(', '))}.`
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
        return `${label}: not compared: ${unreadableReason(escapeMarkdown(review.entry.path), review.silenced)}`;
    }
    if (review.kind === 'failed') {
        return `${label}: could not be compared with PlugSync: ${escapeMarkdown(review.reason)}`;
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
    return mergeSentence(review, connectorLabel(review), escapeMarkdown(review.entry.path));
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
    return `Validated but ${unmappedLine(escapeMarkdown(manifest), `${shown.join(', ')}${tail}`)}.`;
}
/** "**compass** (cn_123, production)", escaped so no mention can form. */
function connectorLabel(review) {
    const { id, environment } = review.entry;
    const place = environment ? `${id}, ${environment}` : id;
    return `**${escapeMarkdown(review.name)}** (${escapeMarkdown(place)})`;
}

// EXTERNAL MODULE: ./src/append.ts
var append = __webpack_require__(1871);
// EXTERNAL MODULE: ./src/diff/value-format.ts
var value_format = __webpack_require__(2568);
;// CONCATENATED MODULE: ./src/review/review-text.ts





/**
 * The review for a terminal: each connector's diff, one line per change,
 * then what merging does and the configs no connector id maps.
 */
function renderReviewText(review, manifest, color) {
    if (review.connectors.length === 0) {
        // Configs not mapped need no line when nothing is: the first says it.
        const dropped = notComparedLines({ ...review, unmapped: [] }, manifest);
        return [
            'No config is mapped to a connector id, so nothing was compared with PlugSync.\n',
            ...dropped.map((line) => `${line}\n`)
        ].join('\n');
    }
    const blocks = [
        review.connectors.map((c) => connectorText(c, color)).join('\n'),
        review.connectors
            .map((c) => mergeSentence(c, label(c), (0,value_format/* cleanText */.X5)(c.entry.path, 200)))
            .join('\n')
    ];
    (0,append/* appendAll */.u)(blocks, notComparedLines(review, manifest));
    return blocks.join('\n\n') + '\n';
}
function connectorText(review, color) {
    if (review.kind === 'unreadable') {
        return `${label(review)}: not compared: ${unreadableReason(review.entry.path, review.silenced)}`;
    }
    if (review.kind === 'failed') {
        return `${label(review)}: could not be compared with PlugSync: ${review.reason}`;
    }
    const ref = {
        name: review.name,
        id: review.entry.id,
        ...(review.entry.environment
            ? { environment: review.entry.environment }
            : {})
    };
    return (0,render/* renderDiffText */.p)(ref, review.diff, {
        color,
        activeVersion: review.activeVersion,
        publishable: review.errors === 0
    });
}
/** "compass (cn_123, production)", with unsafe characters replaced. */
function label(review) {
    const { id, environment } = review.entry;
    const place = environment ? `${id}, ${environment}` : id;
    return `${(0,value_format/* cleanText */.X5)(review.name)} (${(0,value_format/* cleanText */.X5)(place)})`;
}

// EXTERNAL MODULE: ./src/cli/format-text.ts
var format_text = __webpack_require__(9451);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
// EXTERNAL MODULE: ./src/cli/options.ts
var options = __webpack_require__(776);
// EXTERNAL MODULE: ./src/cli/token.ts + 9 modules
var token = __webpack_require__(589);
// EXTERNAL MODULE: ./src/plugsync/limits.ts
var limits = __webpack_require__(4543);
;// CONCATENATED MODULE: ./src/cli/diff-command.ts
















/** The help text of `plugsync-config diff`. */
const DIFF_HELP = `Usage: plugsync-config diff [options]

Compares each connector that plugsync.yaml maps with the version active in
PlugSync, and shows what merging would change. The PlugSync token is read
from the PLUGSYNC_TOKEN environment variable or from --token-file, never
from the command line, where other users could see it in process lists.

Options:
  --api-url <url>                PlugSync API (default: $PLUGSYNC_API_URL or
                                 https://app.plugsync.com/api)
  --token-file <file>            read the token from this file
  --root <dir>                   repository root (default: .)
  --manifest <file>              manifest path, relative to the root
                                 (default: plugsync.yaml)
  --environment <name>           only this environment's connectors
                                 (default: every connector)
  --format <text|json|markdown>  output format (default: text)
  --record <file>                write the record of what was reviewed, for
                                 "plugsync-config publish --record <file>"
  --sha <commit>                 the commit reviewed, kept in the record
                                 (default: $GITHUB_SHA or $CI_COMMIT_SHA)
  --fail-on <error|warning|never>
                                 least finding severity that exits 1
                                 (default: error)
  --configs <glob>               where configs live (repeatable)
  --exclude <glob>               files never to check (repeatable)
  --timeout <seconds>            per PlugSync request, 1 to 3600 (default: 30)
  --retries <n>                  retries of a failed request (default: 3)
  --concurrency <n>              connectors read at once (default: 4)
  --no-color                     plain text even on a terminal
  -h, --help                     this help

Exit codes: 0 compared, 1 findings at or above --fail-on or a connector
that could not be compared, 2 usage or I/O error.
`;
const OPTIONS = {
    'api-url': { type: 'string' },
    'token-file': { type: 'string' },
    root: { type: 'string', default: '.' },
    manifest: { type: 'string', default: 'plugsync.yaml' },
    environment: { type: 'string', default: '' },
    format: { type: 'string', default: 'text' },
    record: { type: 'string' },
    sha: { type: 'string' },
    'fail-on': { type: 'string', default: 'error' },
    configs: { type: 'string', multiple: true, default: [] },
    exclude: { type: 'string', multiple: true, default: [] },
    timeout: { type: 'string', default: '30' },
    retries: { type: 'string', default: '3' },
    concurrency: { type: 'string', default: '4' },
    'no-color': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false }
};
/**
 * `plugsync-config diff`: validates the configs, compares each mapped
 * connector with its active version in PlugSync, and prints the diff.
 */
async function diffCommand(argv, io) {
    (0,token/* refuseTokenArgument */.LB)(argv);
    const { values } = parse(argv);
    if (values.help) {
        io.stdout(DIFF_HELP);
        return cli_io/* EXIT */.dc.ok;
    }
    const format = (0,options/* oneOf */.yL)('--format', values.format, ['text', 'json', 'markdown']);
    const failOn = (0,options/* failOnOf */.tC)(values['fail-on']);
    const logger = (0,cli_io/* stderrLogger */.D7)(io);
    const client = (0,token/* openPlugSync */.GD)({
        apiUrl: (0,token/* apiUrlOf */.po)(values['api-url'], io),
        token: await (0,token/* readToken */.AI)(values['token-file'], io),
        timeoutMs: (0,options/* wholeNumber */.rD)('--timeout', values.timeout, 1, limits/* MAX_TIMEOUT_S */.d) * 1000,
        retries: (0,options/* wholeNumber */.rD)('--retries', values.retries, 0)
    }, logger);
    const root = (0,external_node_path_.resolve)(io.cwd, values.root);
    const check = await (0,check_repository/* checkRepository */.n)({
        root,
        patterns: values.configs,
        exclude: values.exclude,
        manifest: values.manifest,
        logger,
        // The file standard output is redirected to is no config to check.
        ...(io.output ? { output: io.output } : {})
    });
    const unknown = (0,target/* unknownEnvironment */.Iu)(check, values.environment);
    if (unknown !== undefined)
        throw new cli_io/* UsageError */.eb(unknown);
    if (values.record !== undefined) {
        // Before any request: the record must not replace what it records.
        const tokenFile = values['token-file'];
        await refuseChecked((0,external_node_path_.resolve)(io.cwd, values.record), check, values.record, tokenFile === undefined ? undefined : (0,external_node_path_.resolve)(io.cwd, tokenFile));
    }
    const verdict = (0,action_verdict/* judge */.S)(check.findings, failOn);
    const review = await reviewConnectors({
        client,
        check,
        environment: values.environment,
        concurrency: (0,options/* wholeNumber */.rD)('--concurrency', values.concurrency, 1),
        logger
    });
    io.stdout(diff_command_render(format, review, check, values, io));
    if (values.record !== undefined) {
        await writeRecord((0,external_node_path_.resolve)(io.cwd, values.record), review, values, io);
    }
    // A connector whose file is not a config is not compared, even when the
    // manifest has turned off the findings that say why.
    const failed = review.connectors.some((c) => c.kind === 'failed' || c.kind === 'unreadable');
    return verdict.valid && !failed ? cli_io/* EXIT */.dc.ok : cli_io/* EXIT */.dc.findings;
}
function parse(argv) {
    return (0,options/* parseOptions */.Ac)('diff', {
        args: argv,
        allowPositionals: false,
        options: OPTIONS
    });
}
function diff_command_render(format, review, check, values, io) {
    if (format === 'json') {
        return JSON.stringify(diffDocument(review), null, 2) + '\n';
    }
    if (format === 'markdown') {
        const validation = renderValidationSummary({
            files: check.files,
            findings: check.findings
        });
        const diff = renderReview(review, values.manifest, Infinity).markdown;
        return `## PlugSync config\n\n${validation}\n${diff}\n`;
    }
    const color = io.color && !values['no-color'];
    const findings = (0,format_text/* formatText */.vX)(check.findings, check.files.length, (0,format_text/* sourcesOf */.u0)(check), color);
    return `${findings}\n${renderReviewText(review, values.manifest, color)}`;
}
/**
 * Refuses a record path that is a folder, or a file the run reads: a
 * config, the manifest, a path the manifest names, the token file, by any
 * name (a symlink or a hard link to it included). The record would replace
 * the very text it records.
 */
async function refuseChecked(path, check, named, tokenFile) {
    const target = await (0,promises_.stat)(path).catch(() => undefined);
    if (target?.isDirectory()) {
        throw new cli_io/* UsageError */.eb(`--record ${named} is a folder: name a file in it`);
    }
    const read = (0,check_repository/* checkedPaths */.C)(check);
    if (tokenFile !== undefined)
        read.push(tokenFile);
    for (const file of read) {
        const same = file === path ||
            (target !== undefined &&
                (await (0,promises_.stat)(file).then((stats) => stats.dev === target.dev && stats.ino === target.ino, () => false)));
        if (same) {
            throw new cli_io/* UsageError */.eb(`--record ${named} is a file this run reads: it was not overwritten; name another file`);
        }
    }
}
async function writeRecord(path, review, values, io) {
    const sha = values.sha ?? io.env.GITHUB_SHA ?? io.env.CI_COMMIT_SHA ?? '';
    if (sha === '') {
        io.stderr('warning: the record names no commit: pass --sha <commit> (or set GITHUB_SHA) so that it says what was reviewed\n');
    }
    try {
        await (0,promises_.writeFile)(path, (0,record/* formatRecordFile */.Tf)(recordOf(review, sha)));
    }
    catch (error) {
        const code = error.code ?? 'an I/O error';
        throw new cli_io/* UsageError */.eb(`--record ${values.record} could not be written (${code}): name a file in a writable directory`);
    }
}


/***/ })

};

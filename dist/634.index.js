export const id = 634;
export const ids = [634];
export const modules = {

/***/ 1634:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readManifestShape: () => (/* binding */ readManifestShape)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _json_pointer_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9391);
/* harmony import */ var _plugsync_api_contract_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6886);
/* harmony import */ var _manifest_words_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7890);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3413);





const LEVEL_WORDS = 'off, notice, warning or error';
/**
 * Reads the manifest's YAML into connector entries and rule severities.
 * Anything it cannot use becomes a problem at its own line; the rest is
 * still read.
 */
function readManifestShape(text, problems, knownRules) {
    const shape = { entries: [], severities: {} };
    const root = parseRoot(text, problems);
    if (root === undefined)
        return shape;
    for (const pair of root.items) {
        const key = keyOf(pair, problems, '');
        if (key === undefined)
            continue;
        if (key.value === 'connectors') {
            shape.entries = readConnectors(pair.value, problems);
        }
        else if (key.value === 'rules') {
            shape.severities = readRules(pair.value, problems, knownRules);
        }
        else {
            reportUnknownKey(key, _manifest_words_js__WEBPACK_IMPORTED_MODULE_2__/* .TOP_KEYS */ .Bi, 'the manifest', problems, (0,_json_pointer_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPointer */ .$2)([key.value]));
        }
    }
    return shape;
}
/** The top-level mapping, or undefined when the YAML has nothing to read. */
function parseRoot(text, problems) {
    const documents = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseAllDocuments */ .hR)(text, { prettyErrors: false });
    const document = documents[0];
    if (document === undefined)
        return undefined;
    const error = document.errors[0];
    if (error !== undefined) {
        problems.add('manifest-invalid', yamlMessage(error.message), error.pos, '');
        return undefined;
    }
    const second = documents[1];
    if (second !== undefined) {
        const start = second.range[0];
        problems.add('manifest-invalid', 'the manifest holds more than one YAML document: keep one, without ---', [start, start + 3], '');
        return undefined;
    }
    const root = document.contents;
    if (root === null || isNull(root))
        return undefined;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(root)) {
        problems.add('manifest-invalid', 'the manifest must be a mapping with the keys connectors and rules', rangeOf(root), '');
        return undefined;
    }
    return root;
}
function readConnectors(value, problems) {
    if (isNull(value))
        return [];
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(value)) {
        problems.add('manifest-invalid-value', (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(value)
            ? `connectors is an alias (${sourceOf(value)}), which the manifest does not follow: write the list out`
            : 'connectors must be a list of connectors, each with path and id', rangeOf(value), '/connectors');
        return [];
    }
    const entries = [];
    value.items.forEach((item, index) => {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(item)) {
            entries.push(readEntry(item, index, problems));
            return;
        }
        problems.add('manifest-invalid-value', `connector ${index + 1} must be a mapping with path and id`, rangeOf(item), (0,_json_pointer_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPointer */ .$2)(['connectors', index]));
    });
    return entries;
}
function readEntry(map, index, problems) {
    const entry = { index, range: rangeOf(map) };
    const seen = new Set();
    const name = `connector ${index + 1}`;
    for (const pair of map.items) {
        const key = keyOf(pair, problems, (0,_json_pointer_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPointer */ .$2)(['connectors', index]));
        if (key === undefined)
            continue;
        const field = _manifest_words_js__WEBPACK_IMPORTED_MODULE_2__/* .ENTRY_KEYS */ .Oe.find((known) => known === key.value);
        if (field === undefined) {
            const pointer = (0,_json_pointer_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPointer */ .$2)(['connectors', index, key.value]);
            reportUnknownKey(key, _manifest_words_js__WEBPACK_IMPORTED_MODULE_2__/* .ENTRY_KEYS */ .Oe, name, problems, pointer);
            continue;
        }
        seen.add(field);
        const pointer = (0,_json_pointer_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPointer */ .$2)(['connectors', index, field]);
        const text = readText(pair, key, `the ${field} of ${name}`, problems, pointer);
        if (text === undefined)
            continue;
        if (field !== 'path' && !isPlainName(text.value)) {
            problems.add('manifest-invalid-value', `the ${field} of ${name}, ${JSON.stringify(text.value)}, may hold only letters, digits, '_', '-' and '.', starting with a letter or digit: write it as PlugSync shows it`, text.range, pointer);
            continue;
        }
        entry[field] = text;
    }
    reportMissing(entry, seen, name, problems);
    return entry;
}
/** Connector ids and environment names: see PLAIN_NAME. */
function isPlainName(value) {
    return _plugsync_api_contract_js__WEBPACK_IMPORTED_MODULE_1__/* .PLAIN_NAME */ .ZL.test(value);
}
function reportMissing(entry, seen, name, problems) {
    const pointer = (0,_json_pointer_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPointer */ .$2)(['connectors', entry.index]);
    const range = entry.range;
    if (!seen.has('path')) {
        problems.add('manifest-invalid-value', `${name} has no path: add the path of its config file, relative to ` +
            'the repository root', range, pointer);
    }
    if (!seen.has('id')) {
        problems.add('manifest-invalid-value', `${name} has no id: add its PlugSync connector id`, range, pointer);
    }
}
function readRules(value, problems, knownRules) {
    const severities = {};
    if (isNull(value))
        return severities;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(value)) {
        problems.add('manifest-invalid-value', `rules must map rule ids to ${LEVEL_WORDS}`, rangeOf(value), '/rules');
        return severities;
    }
    for (const pair of value.items) {
        const key = keyOf(pair, problems, '/rules');
        if (key === undefined)
            continue;
        const pointer = (0,_json_pointer_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPointer */ .$2)(['rules', key.value]);
        const level = readLevel(pair, key, problems, pointer);
        if (_manifest_words_js__WEBPACK_IMPORTED_MODULE_2__/* .FIXED_RULES */ .nd.includes(key.value)) {
            problems.add('manifest-unknown-rule', `rule '${key.value}' cannot be changed: a manifest that does not parse has no rules to read, so its finding is always an error; remove this line`, key.range, pointer);
        }
        else if (!knownRules.includes(key.value)) {
            reportUnknownRule(key, knownRules, problems, pointer);
        }
        else if (level !== undefined) {
            severities[key.value] = level;
        }
    }
    return severities;
}
function readLevel(pair, key, problems, pointer) {
    const value = pair.value;
    const word = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(value) ? String(value.value) : undefined;
    const level = _manifest_words_js__WEBPACK_IMPORTED_MODULE_2__/* .LEVELS */ .A_.find((known) => known === word);
    if (level !== undefined)
        return level;
    const suggestion = word === undefined
        ? undefined
        : ((0,_suggest_js__WEBPACK_IMPORTED_MODULE_4__/* .closest */ .kp)(word, _manifest_words_js__WEBPACK_IMPORTED_MODULE_2__/* .LEVELS */ .A_) ?? (0,_suggest_js__WEBPACK_IMPORTED_MODULE_4__/* .completion */ .zk)(word, _manifest_words_js__WEBPACK_IMPORTED_MODULE_2__/* .LEVELS */ .A_));
    const shown = isNode(value) ? sourceOf(value) : '';
    problems.add('manifest-invalid-value', `the severity '${shown}' of rule '${key.value}' must be ${LEVEL_WORDS}` +
        (suggestion === undefined ? '' : `: did you mean ${suggestion}?`), valueRange(pair, key), pointer, suggestion);
    return undefined;
}
function reportUnknownRule(key, knownRules, problems, pointer) {
    const suggestion = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_4__/* .closest */ .kp)(key.value, knownRules);
    problems.add('manifest-unknown-rule', `unknown rule '${key.value}' under rules: ` +
        (suggestion === undefined
            ? 'no rule has this id'
            : `did you mean '${suggestion}'?`), key.range, pointer, suggestion);
}
function reportUnknownKey(key, known, where, problems, pointer) {
    const suggestion = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_4__/* .closest */ .kp)(key.value, known);
    const knownWords = known.join(', ').replace(/, (\w+)$/, ' and $1');
    // A YAML merge key reads as a key named '<<' here: say what it is.
    const merge = key.value === '<<' ? 'merge keys are not followed; ' : '';
    problems.add('manifest-unknown-key', `unknown key '${key.value}' in ${where}: ${merge}` +
        (suggestion === undefined
            ? `the keys are ${knownWords}`
            : `did you mean '${suggestion}'?`), key.range, pointer, suggestion);
}
/** A non-empty text value; anything else is a problem at the value. */
function readText(pair, key, what, problems, pointer) {
    const value = pair.value;
    const range = valueRange(pair, key);
    let complaint;
    if (isNull(value)) {
        complaint = `${what} is empty: write a value or remove the key`;
    }
    else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(value) && typeof value.value === 'string') {
        if (value.value.trim() !== '')
            return { value: value.value, range };
        complaint = `${what} is empty: write a value or remove the key`;
    }
    else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(value)) {
        const source = sourceOf(value);
        complaint = `${what} must be text: quote it, as in "${source}"`;
    }
    else {
        complaint = `${what} must be text, not ${describeNode(value)}`;
    }
    problems.add('manifest-invalid-value', complaint, range, pointer);
    return undefined;
}
/** The text of a mapping key; any other kind of key is a problem. */
function keyOf(pair, problems, parent) {
    const key = pair.key;
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key) && key.value !== null && typeof key.value !== 'object') {
        return { value: String(key.value), range: rangeOf(key) };
    }
    problems.add('manifest-invalid-value', 'a key must be a plain word, not ' + describeNode(key), isNode(key) ? rangeOf(key) : [0, 0], parent);
    return undefined;
}
/** The value's range, or the key's when the value is absent. */
function valueRange(pair, key) {
    const value = pair.value;
    if (!isNode(value))
        return key.range;
    const range = rangeOf(value);
    return range[0] === range[1] ? key.range : range;
}
function rangeOf(node) {
    const range = isNode(node) ? node.range : undefined;
    return range ? [range[0], range[1]] : [0, 0];
}
/** A value as the author wrote it, for quoting in messages. */
function sourceOf(node) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node))
        return String(node).trim();
    return node.source ?? String(node.value ?? '');
}
function describeNode(node) {
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
        return 'a mapping';
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node))
        return 'a list';
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node))
        return 'an alias: write the value out';
    return 'empty';
}
function isNode(value) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(value) || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(value) || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(value) || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(value);
}
function isNull(value) {
    return (value === null ||
        value === undefined ||
        ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(value) && value.value === null));
}
/** yaml's message in the manifest's words, without its position suffix. */
function yamlMessage(message) {
    const plain = message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '');
    return `invalid YAML: ${plain.charAt(0).toLowerCase()}${plain.slice(1)}`;
}


/***/ })

};

import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 4006:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(8016);
const utils = __nccwpck_require__(4059);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 5595:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 8265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(5595);
const utils = __nccwpck_require__(4059);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 8016:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(1781);
const parse = __nccwpck_require__(8265);
const utils = __nccwpck_require__(4059);
const constants = __nccwpck_require__(5595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 1781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(4059);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(5595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 4059:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(5595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 7376:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   TL: () => (/* binding */ AnnotationBudget),
/* harmony export */   fz: () => (/* binding */ annotate)
/* harmony export */ });
/* unused harmony exports ANNOTATIONS_PER_SEVERITY, annotationProperties */
/* harmony import */ var _report_describe_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(313);
/* harmony import */ var _report_links_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3303);


/**
 * GitHub shows at most ten annotations of each severity per step (and fifty
 * per job); any more are dropped without a word. We choose which ones show:
 * errors first, each severity in file and line order.
 */
const ANNOTATIONS_PER_SEVERITY = 10;
/**
 * The annotations of each severity a step has left for findings. One error
 * is kept back for the run's own failure message, which says why the step
 * failed, and one warning for the run's own warnings (a draft overwritten,
 * a comment it may not write): neither must be the one GitHub drops. One
 * budget serves the whole run, the findings and then any promotion's
 * rejections.
 */
class AnnotationBudget {
    left = {
        error: ANNOTATIONS_PER_SEVERITY - 1,
        warning: ANNOTATIONS_PER_SEVERITY - 1,
        notice: ANNOTATIONS_PER_SEVERITY
    };
    /** Takes one annotation of a severity; false when none is left. */
    take(severity) {
        if (this.left[severity] === 0)
            return false;
        this.left[severity]--;
        return true;
    }
}
/**
 * Writes one annotation per finding, errors first, while the budget lasts,
 * and returns how many were left out. `@actions/core` escapes every
 * property and the message, so a file name or a value cannot break out of
 * the command.
 */
function annotate(findings, annotator, directory = '', budget = new AnnotationBudget()) {
    let omitted = 0;
    for (const severity of ['error', 'warning', 'notice']) {
        for (const finding of findings) {
            if (finding.severity !== severity)
                continue;
            if (!budget.take(severity)) {
                omitted++;
                continue;
            }
            const properties = annotationProperties(finding);
            properties.file = (0,_report_links_js__WEBPACK_IMPORTED_MODULE_0__/* .inRepository */ .y)(directory, finding.file);
            annotator[severity]((0,_report_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .fullMessage */ .P8)(finding), properties);
        }
    }
    return omitted;
}
/**
 * GitHub reads columns only on one-line annotations, and its end column is
 * inclusive where ours is exclusive.
 */
function annotationProperties(finding) {
    const properties = {
        title: finding.rule,
        file: finding.file,
        startLine: finding.line,
        endLine: finding.endLine
    };
    if (finding.line === finding.endLine) {
        properties.startColumn = finding.column;
        properties.endColumn = Math.max(finding.column, finding.endColumn - 1);
    }
    return properties;
}


/***/ }),

/***/ 6285:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  V: () => (/* binding */ runnerRuntime)
});

// UNUSED EXPORTS: inputOf

// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}
function issue(name, message = '') {
    issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
    const convertedValue = toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return __awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return __awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: ./src/report/describe.ts
var describe = __nccwpck_require__(313);
;// CONCATENATED MODULE: ./src/action/log-line.ts

/**
 * Makes text safe for the runner's log: a line of a log message that
 * begins with `::` would be read as a workflow command, so text that came
 * from a config, a manifest or PlugSync could forge an annotation or an
 * output. Such a line gets a zero-width space between its two colons.
 * (`@actions/core` escapes annotations and debug lines itself; plain info
 * lines it writes as they are.)
 */
function safeLogText(text) {
    return printable(text).replace(/^(\s*):(?=:)/gm, '$1:\u200b');
}
/**
 * Text with its control characters and bidi controls written as `\u{...}`,
 * line by line (see visibleText): the log shows terminal escapes, so a file
 * or connector name could otherwise clear it, recolour it or reorder what
 * it shows. The line breaks stay: messages have lines.
 */
function printable(text) {
    return text.split('\n').map(describe/* visibleText */.Q6).join('\n');
}

;// CONCATENATED MODULE: ./src/action/runner.ts
// The action's runtime on a GitHub runner: inputs, outputs, workflow
// commands and the job summary, written by @actions/core.
//
// The package's entry module also loads its OIDC client, and with it
// @actions/http-client and undici: about 85 ms of every start of the action
// (`npm run bench`, "cold start"), for getIDToken, which this action never
// calls. So the action imports the four modules of @actions/core that write
// the runner's protocol by their files, and this module holds the few lines
// of the entry module it needs. They are not the package's public interface:
// package.json pins the version, and tsc fails the build if a file moves.






/**
 * The runtime of this step. Like @actions/core, it reads the inputs and the
 * paths of the output and summary files from the process's environment.
 */
function runnerRuntime() {
    const annotation = (command) => (message, properties) => issueCommand(command, properties ? toCommandProperties(properties) : {}, printable(message));
    return {
        getInput: (name) => inputOf(process.env, name),
        setSecret: (secret) => issueCommand('add-mask', {}, secret),
        setOutput: (name, value) => {
            if (process.env.GITHUB_OUTPUT) {
                issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
            }
            else {
                issueCommand('set-output', { name }, value);
            }
        },
        setFailed: (message) => {
            process.exitCode = 1;
            issueCommand('error', {}, printable(message));
        },
        info: (message) => process.stdout.write(safeLogText(message) + external_node_os_.EOL),
        debug: (message) => issueCommand('debug', {}, printable(message)),
        error: annotation('error'),
        warning: annotation('warning'),
        notice: annotation('notice'),
        appendSummary: async (markdown) => {
            // A run outside a runner (by hand, another CI) has no job summary.
            if (!process.env.GITHUB_STEP_SUMMARY) {
                issueCommand('debug', {}, 'no job summary: GITHUB_STEP_SUMMARY is not set');
                return;
            }
            await summary.addRaw(markdown).write();
        }
    };
}
/**
 * An input as the runner passes it: `INPUT_` and the name upper-cased,
 * spaces as underscores (hyphens stay), trimmed; '' when not set.
 */
function inputOf(env, name) {
    const key = `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
    return (env[key] ?? '').trim();
}


/***/ }),

/***/ 1871:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ appendAll)
/* harmony export */ });
/**
 * Appends every item of `items` to `target`. `target.push(...items)` passes
 * each item as an argument, which overflows the stack for a few hundred
 * thousand items (a config with that many findings, a directory with that
 * many files); a loop has no such limit.
 */
function appendAll(target, items) {
    for (const item of items)
        target.push(item);
}


/***/ }),

/***/ 7028:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C5: () => (/* binding */ memberOf),
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   QZ: () => (/* binding */ configsEqual),
/* harmony export */   di: () => (/* binding */ sortKeys),
/* harmony export */   rW: () => (/* binding */ normaliseConfig),
/* harmony export */   xF: () => (/* binding */ withFlowDefaults)
/* harmony export */ });
/* unused harmony export canonicalJson */
/** Tells whether a value is a plain JSON object (not an array, not null). */
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/**
 * Brings a config to the form that comparisons and diffs use: `$schema`
 * dropped, the defaults of the contract filled in (`entities`, `flows`,
 * `settings`, a flow's `enabled` and `event_type_from`), and every object's
 * keys sorted so that key order never counts. Array order is kept: the order
 * of steps is meaningful. The input is not modified.
 */
function normaliseConfig(config) {
    const root = { ...config };
    delete root.$schema;
    root.entities ??= [];
    root.flows ??= [];
    root.settings ??= {};
    if (Array.isArray(root.flows))
        root.flows = root.flows.map(withFlowDefaults);
    return sortKeys(root);
}
/**
 * A flow with the defaults of the contract filled in, `enabled` and
 * `event_type_from`; what is not an object is left as it is.
 */
function withFlowDefaults(flow) {
    return isObject(flow)
        ? { enabled: true, event_type_from: null, ...flow }
        : flow;
}
/** Nesting past which the copy switches from recursion to a loop. */
const RECURSION_LIMIT = 200;
/**
 * Returns a copy of a JSON value whose objects have their keys in sorted
 * order. Recursive while the nesting is shallow (fast), iterative past
 * that, so that deeply nested free-form settings cannot exhaust the stack.
 */
function sortKeys(value) {
    return copySorted(value, 0);
}
function copySorted(value, depth) {
    if (typeof value !== 'object' || value === null)
        return value;
    if (depth > RECURSION_LIMIT)
        return copySortedIteratively(value);
    if (Array.isArray(value))
        return value.map((v) => copySorted(v, depth + 1));
    const copy = {};
    for (const key of Object.keys(value).sort()) {
        setMember(copy, key, copySorted(value[key], depth + 1));
    }
    return copy;
}
function copySortedIteratively(value) {
    const rootCopy = Array.isArray(value) ? [] : {};
    const stack = [{ from: value, to: rootCopy }];
    while (stack.length > 0) {
        const { from, to } = stack.pop();
        const entries = Array.isArray(from)
            ? from.map((item, index) => [index, item])
            : Object.keys(from)
                .sort()
                .map((key) => [key, from[key]]);
        for (const [key, child] of entries) {
            let copy = child;
            if (typeof child === 'object' && child !== null) {
                copy = Array.isArray(child) ? [] : {};
                stack.push({ from: child, to: copy });
            }
            if (Array.isArray(to))
                to[key] = copy;
            else
                setMember(to, key, copy);
        }
    }
    return rootCopy;
}
/**
 * An object's own member, or undefined. A plain `object[key]` would find
 * `Object.prototype`'s methods for keys such as `toString` or
 * `constructor`, which a config may well use as setting names.
 */
function memberOf(object, key) {
    return Object.hasOwn(object, key) ? object[key] : undefined;
}
/**
 * Sets a member by plain assignment (fast), except `__proto__`, which would
 * change the prototype instead: JSON.parse makes it an own property, and so
 * do we.
 */
function setMember(target, key, value) {
    if (key === '__proto__')
        defineMember(target, key, value);
    else
        target[key] = value;
}
/** Adds a member even when its name is `__proto__`, as JSON.parse does. */
function defineMember(target, key, value) {
    Object.defineProperty(target, key, {
        value,
        enumerable: true,
        writable: true,
        configurable: true
    });
}
/** Compares two normalised configs: equal when their canonical JSON is. */
function configsEqual(a, b) {
    return canonicalJson(normaliseConfig(a)) === canonicalJson(normaliseConfig(b));
}
/** The canonical text of a JSON value: sorted keys, no white space. */
function canonicalJson(value) {
    return JSON.stringify(sortKeys(value));
}


/***/ }),

/***/ 5876:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Oq: () => (/* binding */ sniffContent),
/* harmony export */   hF: () => (/* binding */ takeSniffed)
/* harmony export */ });
/* unused harmony export sniffConfig */
/* harmony import */ var _config_normalise_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7028);
/* harmony import */ var _file_content_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3635);


const decoder = new TextDecoder('utf-8', { fatal: true });
// The engine parses every config it checks; handing it the sniff's parse
// halves the parsing of a repository searched by content. Keyed by the very
// bytes, so nothing outlives them.
const sniffed = new WeakMap();
/**
 * Tells a connector config from other JSON: a JSON object with a `version`
 * key and an `entities` or `flows` key. A file that is not UTF-8 or not
 * JSON is `unparsable`: nobody can tell whether it was meant to be a config.
 */
function sniffConfig(bytes) {
    let text;
    let value;
    try {
        text = decoder.decode(bytes);
        value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    }
    catch {
        return 'unparsable';
    }
    if (!isConfigShaped(value))
        return 'other';
    // A second byte-order mark makes the engine's text differ: it parses that.
    if (text.charCodeAt(0) !== 0xfeff)
        sniffed.set(bytes, { text, value });
    return 'config';
}
/**
 * Tells a config from other JSON by its content, like `sniffConfig`, for a
 * file read in pieces and parsed as it was read.
 */
function sniffContent(content) {
    if (!(0,_file_content_js__WEBPACK_IMPORTED_MODULE_0__/* .isStreamed */ .eW)(content))
        return sniffConfig(content);
    return isConfigShaped(content.value) ? 'config' : 'other';
}
/** A JSON object with a `version` key and an `entities` or `flows` key. */
function isConfigShaped(value) {
    if (!(0,_config_normalise_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(value) || !Object.hasOwn(value, 'version'))
        return false;
    return Object.hasOwn(value, 'entities') || Object.hasOwn(value, 'flows');
}
/**
 * The text (after a byte-order mark) and value that `sniffConfig` parsed
 * from these bytes, when it found a config in them; handed over once.
 */
function takeSniffed(bytes) {
    const found = sniffed.get(bytes);
    sniffed.delete(bytes);
    return found;
}


/***/ }),

/***/ 3635:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  gZ: () => (/* binding */ MAX_FILE_BYTES),
  eW: () => (/* binding */ isStreamed),
  c_: () => (/* binding */ readContent),
  az: () => (/* binding */ writesTinyNumber)
});

// UNUSED EXPORTS: STREAM_BYTES

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:string_decoder"
const external_node_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");
// EXTERNAL MODULE: ./src/engine/decode.ts
var decode = __nccwpck_require__(9334);
// EXTERNAL MODULE: ./src/engine/located-text.ts + 5 modules
var located_text = __nccwpck_require__(9335);
// EXTERNAL MODULE: ./src/json/json-stream.ts
var json_stream = __nccwpck_require__(2343);
// EXTERNAL MODULE: ./src/json/scan.ts
var scan = __nccwpck_require__(2197);
;// CONCATENATED MODULE: ./src/discover/file-content.ts






/**
 * Files from this size on are read in pieces and parsed as they are read,
 * so that a large config's text is never held whole next to its value.
 */
const STREAM_BYTES = 4 * 1024 * 1024;
/**
 * The largest file the checker reads. A JavaScript string holds at most
 * about 512 MiB, and a config a quarter of that size is not a config.
 */
const MAX_FILE_BYTES = 128 * 1024 * 1024;
/** What Node's decoder puts for a byte that is not UTF-8. */
const REPLACEMENT = '\uFFFD';
/** How much of a file each read takes: below V8's large-object size. */
const PIECE_BYTES = 64 * 1024;
/** Whether the content was read in pieces. */
function isStreamed(content) {
    return !Buffer.isBuffer(content);
}
/**
 * Reads a file: whole when it is smaller than `streamFrom` bytes, else in
 * pieces and parsed. A large file that is not plain UTF-8 JSON (a bad
 * byte, a byte-order mark, a syntax error) is read again whole, so that
 * the engine can say where the problem is. Throws what the file system
 * throws.
 */
function readContent(path, streamFrom = STREAM_BYTES) {
    const fd = (0,external_node_fs_.openSync)(path, 'r');
    try {
        const size = (0,external_node_fs_.fstatSync)(fd).size;
        // A file over the cap is read whole, for the engine to refuse.
        if (size >= streamFrom && size <= MAX_FILE_BYTES) {
            const streamed = streamJson(path, fd);
            if (streamed !== undefined)
                return streamed;
        }
        // Reads at explicit positions left the file's offset at its start.
        return (0,external_node_fs_.readFileSync)(fd);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/**
 * The file's value, or undefined when it is not plain UTF-8 JSON. Node's
 * own decoder is several times faster than a strict TextDecoder; it turns
 * a bad byte into U+FFFD, which sends the file to the whole-text path, as
 * does a U+FFFD written in the file, which is rare.
 */
function streamJson(path, fd) {
    // Deeper than the backend reads is reported from the whole text.
    const parser = new json_stream/* JsonStream */.B5(located_text/* MAX_DEPTH */.l);
    const strings = new scan/* StringCount */.fW();
    try {
        const read = eachPiece(fd, (piece) => {
            strings.add(piece);
            parser.push(piece);
        });
        if (!read)
            return undefined;
        return { path, value: parser.end(), strings: strings.strings };
    }
    catch (error) {
        if (error instanceof json_stream/* JsonStreamError */.l1)
            return undefined;
        throw error;
    }
}
/**
 * Whether a file read in pieces writes a number so small that it may have
 * read as zero (see `mayHoldInexactNumber`). Asked only of a file whose
 * value holds a zero, so that the search costs nothing otherwise. Throws
 * what the file system throws.
 */
function writesTinyNumber(path) {
    const fd = (0,external_node_fs_.openSync)(path, 'r');
    try {
        const search = new scan/* TinyNumberSearch */.CN();
        // A file changed since into one not read in pieces goes to the whole
        // text, as if it did.
        const read = eachPiece(fd, (piece) => search.add(piece));
        return !read || search.writesTinyNumber;
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/**
 * Hands the file's text to `take` in pieces; false, having stopped, at a
 * byte-order mark or a piece that holds U+FFFD.
 */
function eachPiece(fd, take) {
    const buffer = Buffer.allocUnsafe(PIECE_BYTES);
    const decoder = new external_node_string_decoder_namespaceObject.StringDecoder('utf8');
    const give = (piece) => {
        if (piece.includes(REPLACEMENT))
            return false;
        take(piece);
        return true;
    };
    let position = 0;
    for (let read; (read = (0,external_node_fs_.readSync)(fd, buffer, 0, PIECE_BYTES, position));) {
        const bytes = buffer.subarray(0, read);
        if (position === 0 && (0,decode/* startsWithBom */.Mk)(bytes))
            return false;
        position += read;
        if (!give(decoder.write(bytes)))
            return false;
    }
    return give(decoder.end());
}


/***/ }),

/***/ 7890:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A_: () => (/* binding */ LEVELS),
/* harmony export */   Bi: () => (/* binding */ TOP_KEYS),
/* harmony export */   Oe: () => (/* binding */ ENTRY_KEYS),
/* harmony export */   nd: () => (/* binding */ FIXED_RULES)
/* harmony export */ });
// The manifest's vocabulary, shared by its two readers: the direct one of
// plain-manifest.ts and the YAML library's of manifest-shape.ts, which the
// entry chunk must not import.
/** The keys of the manifest's top level. */
const TOP_KEYS = ['connectors', 'rules'];
/** The keys of a connector entry. */
const ENTRY_KEYS = ['path', 'id', 'environment'];
/** The severities a rule may be given, in the order messages list them. */
const LEVELS = [
    'off',
    'notice',
    'warning',
    'error'
];
/**
 * The rules the manifest cannot change: a manifest that does not parse has
 * no rules to read.
 */
const FIXED_RULES = ['manifest-invalid'];


/***/ }),

/***/ 3413:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   kp: () => (/* binding */ closest),
/* harmony export */   zk: () => (/* binding */ completion)
/* harmony export */ });
/* unused harmony export editDistance */
/**
 * The edit distance between two strings, counted in code points: the
 * fewest insertions, deletions, substitutions and swaps of two adjacent
 * characters that turn one into the other (the optimal string alignment
 * form of Damerau–Levenshtein: a swapped pair is not edited again).
 */
function editDistance(a, b) {
    const from = Array.from(a);
    const to = Array.from(b);
    // Three rows suffice: the swap looks two rows back.
    let before = new Array(to.length + 1).fill(0);
    let previous = Array.from({ length: to.length + 1 }, (_, j) => j);
    let current = new Array(to.length + 1).fill(0);
    for (let i = 1; i <= from.length; i++) {
        current[0] = i;
        for (let j = 1; j <= to.length; j++) {
            const cost = from[i - 1] === to[j - 1] ? 0 : 1;
            let best = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
            if (i > 1 &&
                j > 1 &&
                from[i - 1] === to[j - 2] &&
                from[i - 2] === to[j - 1]) {
                best = Math.min(best, before[j - 2] + 1);
            }
            current[j] = best;
        }
        ;
        [before, previous, current] = [previous, current, before];
    }
    return previous[to.length];
}
/**
 * The candidate a misspelt word most likely meant, or undefined when none
 * is close. Words are compared ignoring case. A candidate is close when its
 * distance is at most max(1, floor(length / 3)), length being the word's in
 * code points, and it keeps at least one character of the word (so `x` does
 * not suggest `y`). The smallest distance wins; ties go to the candidate
 * that also differs least in case, then to the earliest in the list.
 */
function closest(word, candidates) {
    const lower = word.toLowerCase();
    const length = Array.from(word).length;
    const limit = Math.max(1, Math.floor(length / 3));
    let best;
    for (const candidate of candidates) {
        const candidateLength = Array.from(candidate).length;
        if (Math.abs(candidateLength - length) > limit)
            continue;
        const distance = editDistance(lower, candidate.toLowerCase());
        if (distance > limit || distance >= Math.max(length, candidateLength)) {
            continue;
        }
        const exact = editDistance(word, candidate);
        if (best === undefined ||
            distance < best.distance ||
            (distance === best.distance && exact < best.exact)) {
            best = { candidate, distance, exact };
        }
    }
    return best?.candidate;
}
/**
 * The one candidate a word of three letters or more begins, ignoring case,
 * as `valid` begins `validate` and `warn` begins `warning`: words too short
 * for the edit distance of `closest` to reach what they stand for.
 */
function completion(word, candidates) {
    const lower = word.toLowerCase();
    const matches = candidates.filter((candidate) => candidate.startsWith(lower));
    return lower.length >= 3 && matches.length === 1 ? matches[0] : undefined;
}


/***/ }),

/***/ 1479:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  aG: () => (/* binding */ checkContent),
  kv: () => (/* binding */ placeProblems)
});

// UNUSED EXPORTS: checkBytes

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./src/config/normalise.ts
var normalise = __nccwpck_require__(7028);
// EXTERNAL MODULE: ./src/json/line-index.ts
var line_index = __nccwpck_require__(5127);
// EXTERNAL MODULE: ./src/discover/file-content.ts + 1 modules
var file_content = __nccwpck_require__(3635);
// EXTERNAL MODULE: ./src/discover/config-sniff.ts
var config_sniff = __nccwpck_require__(5876);
// EXTERNAL MODULE: ./src/json/scan.ts
var scan = __nccwpck_require__(2197);
// EXTERNAL MODULE: ./src/append.ts
var append = __nccwpck_require__(1871);
;// CONCATENATED MODULE: ./src/generated/lean-validators.js
// Generated by scripts/compile-schemas.mjs from schemas/. Do not edit.
const acceptsConnectorConfig = validate20;const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://app.plugsync.com/schemas/connector-config-v3.schema.json","title":"PlugSync ConnectorConfigV3","description":"One PlugSync connector configuration: the entities it knows, and the flows that turn incoming events into writes. Unknown keys are kept by the backend but read by nothing, except in an entity, where they are rejected.","type":"object","required":["version"],"properties":{"$schema":{"description":"The JSON Schema editors use for completion. Allowed at the top level only; it is never sent to PlugSync."},"version":{"description":"The config format version: \"3.0\", or \"3.1\" to use the bulk actions (upsert_many, create_many, update_many, delete_many, associate_many). A string, not a number.","type":"string","enum":["3.0","3.1"]},"entities":{"description":"The kinds of record this connector syncs. Entity names must be unique.","type":"array","default":[],"items":{"description":"A kind of record (e.g. a company), with its shape in each system. Accepts only name and schemas; its mode (simple or federated) is derived from its schemas, never written.","type":"object","required":["name","schemas"],"properties":{"name":{"description":"The entity's name, unique in the config; steps refer to it as entity.","type":"string"},"schemas":{"description":"The entity's shape per system: keys are system names (hubspot, canonical, or a source name). Exactly one schema named hubspot makes a simple entity; anything else is federated.","type":"object","additionalProperties":{"description":"How an entity looks in one system and how its records are matched there.","type":"object","properties":{"object_type":{"description":"The target system's object id, e.g. companies or 0-2.","type":["string","null"]},"identity":{"description":"How a record is matched in the target system.","type":["object","null"],"properties":{"strategy":{"description":"The matching strategy. The documented one is match_or_create: look the record up by property, create it if none matches.","type":["string","null"],"examples":["match_or_create"]},"property":{"description":"The target property used for the lookup, e.g. hs_tax_id.","type":["string","null"]}}},"identity_source_path":{"description":"A JSONPath query (RFC 9535) starting with $, e.g. $.payload.id; null leaves the field unset.","type":["string","null"]},"identity_response_path":{"description":"A JSONPath query (RFC 9535) starting with $, e.g. $.payload.id; null leaves the field unset.","type":["string","null"]},"field_mappings":{"description":"Which source value goes to which target property.","type":["array","null"],"items":{"description":"One value copied from the source to a target property.","type":"object","properties":{"source":{"description":"A JSONPath query (RFC 9535) starting with $, e.g. $.payload.id; null leaves the field unset.","type":["string","null"]},"target":{"description":"The target property to write, e.g. name.","type":["string","null"]}}}}}}}},"additionalProperties":false}},"flows":{"description":"What to do when an event arrives. Every enabled flow whose source and event_type equal the event's runs, in config order. Flow names must be unique.","type":"array","default":[],"items":{"$ref":"#/$defs/Flow"}},"settings":{"description":"Free-form connector settings. The v3 runtime reads no key of it.","type":"object","default":{}}},"allOf":[{"if":{"type":"object","required":["version"],"properties":{"version":{"description":"The config format version.","const":"3.0"}}},"then":{"type":"object","properties":{"flows":{"description":"The flows, whose steps may not use bulk actions under \"3.0\".","type":"array","items":{"type":"object","properties":{"steps":{"description":"The flow's steps.","type":"array","items":{"type":"object","properties":{"action":{"description":"The step's action: no bulk action under \"3.0\".","not":{"description":"The bulk actions, allowed only with version \"3.1\".","enum":["upsert_many","create_many","update_many","delete_many","associate_many"]}}}}}}}}}}}],"$defs":{"JsonPath":{"description":"A JSONPath query (RFC 9535) starting with $, e.g. $.payload.id; null leaves the field unset.","type":["string","null"]},"BulkAction":{"description":"The bulk actions, allowed only with version \"3.1\".","enum":["upsert_many","create_many","update_many","delete_many","associate_many"]},"Entity":{"description":"A kind of record (e.g. a company), with its shape in each system. Accepts only name and schemas; its mode (simple or federated) is derived from its schemas, never written.","type":"object","required":["name","schemas"],"properties":{"name":{"description":"The entity's name, unique in the config; steps refer to it as entity.","type":"string"},"schemas":{"description":"The entity's shape per system: keys are system names (hubspot, canonical, or a source name). Exactly one schema named hubspot makes a simple entity; anything else is federated.","type":"object","additionalProperties":{"description":"How an entity looks in one system and how its records are matched there.","type":"object","properties":{"object_type":{"description":"The target system's object id, e.g. companies or 0-2.","type":["string","null"]},"identity":{"description":"How a record is matched in the target system.","type":["object","null"],"properties":{"strategy":{"description":"The matching strategy. The documented one is match_or_create: look the record up by property, create it if none matches.","type":["string","null"],"examples":["match_or_create"]},"property":{"description":"The target property used for the lookup, e.g. hs_tax_id.","type":["string","null"]}}},"identity_source_path":{"description":"A JSONPath query (RFC 9535) starting with $, e.g. $.payload.id; null leaves the field unset.","type":["string","null"]},"identity_response_path":{"description":"A JSONPath query (RFC 9535) starting with $, e.g. $.payload.id; null leaves the field unset.","type":["string","null"]},"field_mappings":{"description":"Which source value goes to which target property.","type":["array","null"],"items":{"description":"One value copied from the source to a target property.","type":"object","properties":{"source":{"description":"A JSONPath query (RFC 9535) starting with $, e.g. $.payload.id; null leaves the field unset.","type":["string","null"]},"target":{"description":"The target property to write, e.g. name.","type":["string","null"]}}}}}}}},"additionalProperties":false},"EntitySchemaSpec":{"description":"How an entity looks in one system and how its records are matched there.","type":"object","properties":{"object_type":{"description":"The target system's object id, e.g. companies or 0-2.","type":["string","null"]},"identity":{"description":"How a record is matched in the target system.","type":["object","null"],"properties":{"strategy":{"description":"The matching strategy. The documented one is match_or_create: look the record up by property, create it if none matches.","type":["string","null"],"examples":["match_or_create"]},"property":{"description":"The target property used for the lookup, e.g. hs_tax_id.","type":["string","null"]}}},"identity_source_path":{"description":"A JSONPath query (RFC 9535) starting with $, e.g. $.payload.id; null leaves the field unset.","type":["string","null"]},"identity_response_path":{"description":"A JSONPath query (RFC 9535) starting with $, e.g. $.payload.id; null leaves the field unset.","type":["string","null"]},"field_mappings":{"description":"Which source value goes to which target property.","type":["array","null"],"items":{"description":"One value copied from the source to a target property.","type":"object","properties":{"source":{"description":"A JSONPath query (RFC 9535) starting with $, e.g. $.payload.id; null leaves the field unset.","type":["string","null"]},"target":{"description":"The target property to write, e.g. name.","type":["string","null"]}}}}}},"IdentityConfig":{"description":"How a record is matched in the target system.","type":["object","null"],"properties":{"strategy":{"description":"The matching strategy. The documented one is match_or_create: look the record up by property, create it if none matches.","type":["string","null"],"examples":["match_or_create"]},"property":{"description":"The target property used for the lookup, e.g. hs_tax_id.","type":["string","null"]}}},"FieldMapping":{"description":"One value copied from the source to a target property.","type":"object","properties":{"source":{"description":"A JSONPath query (RFC 9535) starting with $, e.g. $.payload.id; null leaves the field unset.","type":["string","null"]},"target":{"description":"The target property to write, e.g. name.","type":["string","null"]}}},"Flow":{"description":"Steps run in order when an event from source with event_type arrives.","type":"object","required":["name","source","event_type","steps"],"properties":{"name":{"description":"The flow's name, unique in the config.","type":"string"},"source":{"description":"An event source attached to the connector, e.g. stripe.","type":"string"},"event_type":{"description":"The event type this flow handles, compared by strict equality with the message's.","type":"string"},"event_type_from":{"description":"A recorded hint of where the event type sits in the message (JSONPath); the runtime never reads it.","type":["string","null"],"default":null},"enabled":{"description":"false pauses the flow.","type":"boolean","default":true},"steps":{"description":"The steps, run in order. Step ids must be unique within the flow.","type":"array","items":{"$ref":"#/$defs/Step"}}}},"Step":{"description":"One action of a flow. Which other fields a step reads depends on its action.","type":"object","required":["id","action"],"properties":{"id":{"description":"The step's id, unique within its flow.","type":"string"},"action":{"description":"What the step does. From version \"3.0\": transform, upsert, create, update, delete, find, notify, plugin, post, skip. With version \"3.1\" also: upsert_many, create_many, update_many, delete_many, associate_many.","type":"string","enum":["transform","upsert","create","update","delete","find","notify","plugin","post","skip","upsert_many","create_many","update_many","delete_many","associate_many"]},"when":{"description":"A condition (WhenCondition) for running the step; skipped when false.","type":["object","null"]}},"allOf":[{"if":{"type":"object","required":["action"],"properties":{"action":{"description":"The step's action.","const":"transform"}}},"then":{"description":"A transform step maps an entity's record from one schema to another (usually canonical).","type":"object","required":["entity","to_schema"],"properties":{"entity":{"description":"The entity to transform: a name from entities.","type":["string","null"]},"to_schema":{"description":"The schema to write, a key of the entity's schemas; usually canonical.","type":["string","null"],"examples":["canonical"]},"from_schema":{"description":"The schema to read; by default the inbound payload.","type":["string","null"]}}}},{"if":{"type":"object","required":["action"],"properties":{"action":{"description":"The step's action.","enum":["upsert","create","update","upsert_many","create_many","update_many"]}}},"then":{"description":"A step that writes a record of an entity to a target system.","type":"object","properties":{"data":{"description":"A JSONPath query (RFC 9535) starting with $, e.g. $.payload.id; null leaves the field unset.","type":["string","null"]}},"allOf":[{"description":"A step that acts on a record of an entity in a target system.","type":"object","properties":{"target":{"description":"The system to act on: a key of the entity's schemas, e.g. hubspot.","type":["string","null"],"examples":["hubspot"]},"entity":{"description":"The entity whose record is acted on: a name from entities.","type":["string","null"]}}}]}},{"if":{"type":"object","required":["action"],"properties":{"action":{"description":"The step's action.","enum":["delete","delete_many"]}}},"then":{"description":"A step that acts on a record of an entity in a target system.","type":"object","properties":{"target":{"description":"The system to act on: a key of the entity's schemas, e.g. hubspot.","type":["string","null"],"examples":["hubspot"]},"entity":{"description":"The entity whose record is acted on: a name from entities.","type":["string","null"]}}}},{"if":{"type":"object","required":["action"],"properties":{"action":{"description":"The step's action.","const":"find"}}},"then":{"description":"A find step looks a record up in HubSpot; any other target fails at run time.","type":"object","properties":{"target":{"description":"Must be hubspot: find works with HubSpot only.","const":"hubspot"}},"allOf":[{"description":"A step that acts on a record of an entity in a target system.","type":"object","properties":{"target":{"description":"The system to act on: a key of the entity's schemas, e.g. hubspot.","type":["string","null"],"examples":["hubspot"]},"entity":{"description":"The entity whose record is acted on: a name from entities.","type":["string","null"]}}}]}},{"if":{"type":"object","required":["action"],"properties":{"action":{"description":"The step's action.","const":"post"}}},"then":{"description":"A post step writes to a system other than HubSpot.","type":"object","properties":{"target":{"description":"The non-HubSpot system to write to: a key of the entity's schemas. HubSpot writes go through upsert, create or update.","type":["string","null"]}},"allOf":[{"description":"A step that writes a record of an entity to a target system.","type":"object","properties":{"data":{"description":"A JSONPath query (RFC 9535) starting with $, e.g. $.payload.id; null leaves the field unset.","type":["string","null"]}},"allOf":[{"description":"A step that acts on a record of an entity in a target system.","type":"object","properties":{"target":{"description":"The system to act on: a key of the entity's schemas, e.g. hubspot.","type":["string","null"],"examples":["hubspot"]},"entity":{"description":"The entity whose record is acted on: a name from entities.","type":["string","null"]}}}]}]}},{"if":{"type":"object","required":["action"],"properties":{"action":{"description":"The bulk actions, allowed only with version \"3.1\".","enum":["upsert_many","create_many","update_many","delete_many","associate_many"]}}},"then":{"description":"The fields only bulk actions read (version \"3.1\").","type":"object","properties":{"items":{"description":"A JSONPath query (RFC 9535) starting with $, e.g. $.payload.id; null leaves the field unset.","type":["string","null"]},"chunk_size":{"description":"How many records go in one request: a whole number of 1 or more.","type":["integer","null"],"minimum":1},"output":{"description":"Where the step's results are kept, for later steps.","type":["string","null"]},"reconcile":{"description":"Whether to reconcile the target with the items.","type":["boolean","null"]}}}}]},"ActionIs":{"description":"Conditions on a step's action that select the fields it reads.","$defs":{"transform":{"type":"object","required":["action"],"properties":{"action":{"description":"The step's action.","const":"transform"}}},"write":{"type":"object","required":["action"],"properties":{"action":{"description":"The step's action.","enum":["upsert","create","update","upsert_many","create_many","update_many"]}}},"delete":{"type":"object","required":["action"],"properties":{"action":{"description":"The step's action.","enum":["delete","delete_many"]}}},"find":{"type":"object","required":["action"],"properties":{"action":{"description":"The step's action.","const":"find"}}},"post":{"type":"object","required":["action"],"properties":{"action":{"description":"The step's action.","const":"post"}}},"bulk":{"type":"object","required":["action"],"properties":{"action":{"description":"The bulk actions, allowed only with version \"3.1\".","enum":["upsert_many","create_many","update_many","delete_many","associate_many"]}}}}},"TransformFields":{"description":"A transform step maps an entity's record from one schema to another (usually canonical).","type":"object","required":["entity","to_schema"],"properties":{"entity":{"description":"The entity to transform: a name from entities.","type":["string","null"]},"to_schema":{"description":"The schema to write, a key of the entity's schemas; usually canonical.","type":["string","null"],"examples":["canonical"]},"from_schema":{"description":"The schema to read; by default the inbound payload.","type":["string","null"]}}},"TargetFields":{"description":"A step that acts on a record of an entity in a target system.","type":"object","properties":{"target":{"description":"The system to act on: a key of the entity's schemas, e.g. hubspot.","type":["string","null"],"examples":["hubspot"]},"entity":{"description":"The entity whose record is acted on: a name from entities.","type":["string","null"]}}},"WriteFields":{"description":"A step that writes a record of an entity to a target system.","type":"object","properties":{"data":{"description":"A JSONPath query (RFC 9535) starting with $, e.g. $.payload.id; null leaves the field unset.","type":["string","null"]}},"allOf":[{"description":"A step that acts on a record of an entity in a target system.","type":"object","properties":{"target":{"description":"The system to act on: a key of the entity's schemas, e.g. hubspot.","type":["string","null"],"examples":["hubspot"]},"entity":{"description":"The entity whose record is acted on: a name from entities.","type":["string","null"]}}}]},"FindFields":{"description":"A find step looks a record up in HubSpot; any other target fails at run time.","type":"object","properties":{"target":{"description":"Must be hubspot: find works with HubSpot only.","const":"hubspot"}},"allOf":[{"description":"A step that acts on a record of an entity in a target system.","type":"object","properties":{"target":{"description":"The system to act on: a key of the entity's schemas, e.g. hubspot.","type":["string","null"],"examples":["hubspot"]},"entity":{"description":"The entity whose record is acted on: a name from entities.","type":["string","null"]}}}]},"PostFields":{"description":"A post step writes to a system other than HubSpot.","type":"object","properties":{"target":{"description":"The non-HubSpot system to write to: a key of the entity's schemas. HubSpot writes go through upsert, create or update.","type":["string","null"]}},"allOf":[{"description":"A step that writes a record of an entity to a target system.","type":"object","properties":{"data":{"description":"A JSONPath query (RFC 9535) starting with $, e.g. $.payload.id; null leaves the field unset.","type":["string","null"]}},"allOf":[{"description":"A step that acts on a record of an entity in a target system.","type":"object","properties":{"target":{"description":"The system to act on: a key of the entity's schemas, e.g. hubspot.","type":["string","null"],"examples":["hubspot"]},"entity":{"description":"The entity whose record is acted on: a name from entities.","type":["string","null"]}}}]}]},"BulkFields":{"description":"The fields only bulk actions read (version \"3.1\").","type":"object","properties":{"items":{"description":"A JSONPath query (RFC 9535) starting with $, e.g. $.payload.id; null leaves the field unset.","type":["string","null"]},"chunk_size":{"description":"How many records go in one request: a whole number of 1 or more.","type":["integer","null"],"minimum":1},"output":{"description":"Where the step's results are kept, for later steps.","type":["string","null"]},"reconcile":{"description":"Whether to reconcile the target with the items.","type":["boolean","null"]}}}}};const schema32 = {"description":"Steps run in order when an event from source with event_type arrives.","type":"object","required":["name","source","event_type","steps"],"properties":{"name":{"description":"The flow's name, unique in the config.","type":"string"},"source":{"description":"An event source attached to the connector, e.g. stripe.","type":"string"},"event_type":{"description":"The event type this flow handles, compared by strict equality with the message's.","type":"string"},"event_type_from":{"description":"A recorded hint of where the event type sits in the message (JSONPath); the runtime never reads it.","type":["string","null"],"default":null},"enabled":{"description":"false pauses the flow.","type":"boolean","default":true},"steps":{"description":"The steps, run in order. Step ids must be unique within the flow.","type":"array","items":{"$ref":"#/$defs/Step"}}}};const schema33 = {"description":"One action of a flow. Which other fields a step reads depends on its action.","type":"object","required":["id","action"],"properties":{"id":{"description":"The step's id, unique within its flow.","type":"string"},"action":{"description":"What the step does. From version \"3.0\": transform, upsert, create, update, delete, find, notify, plugin, post, skip. With version \"3.1\" also: upsert_many, create_many, update_many, delete_many, associate_many.","type":"string","enum":["transform","upsert","create","update","delete","find","notify","plugin","post","skip","upsert_many","create_many","update_many","delete_many","associate_many"]},"when":{"description":"A condition (WhenCondition) for running the step; skipped when false.","type":["object","null"]}},"allOf":[{"if":{"type":"object","required":["action"],"properties":{"action":{"description":"The step's action.","const":"transform"}}},"then":{"description":"A transform step maps an entity's record from one schema to another (usually canonical).","type":"object","required":["entity","to_schema"],"properties":{"entity":{"description":"The entity to transform: a name from entities.","type":["string","null"]},"to_schema":{"description":"The schema to write, a key of the entity's schemas; usually canonical.","type":["string","null"],"examples":["canonical"]},"from_schema":{"description":"The schema to read; by default the inbound payload.","type":["string","null"]}}}},{"if":{"type":"object","required":["action"],"properties":{"action":{"description":"The step's action.","enum":["upsert","create","update","upsert_many","create_many","update_many"]}}},"then":{"description":"A step that writes a record of an entity to a target system.","type":"object","properties":{"data":{"description":"A JSONPath query (RFC 9535) starting with $, e.g. $.payload.id; null leaves the field unset.","type":["string","null"]}},"allOf":[{"description":"A step that acts on a record of an entity in a target system.","type":"object","properties":{"target":{"description":"The system to act on: a key of the entity's schemas, e.g. hubspot.","type":["string","null"],"examples":["hubspot"]},"entity":{"description":"The entity whose record is acted on: a name from entities.","type":["string","null"]}}}]}},{"if":{"type":"object","required":["action"],"properties":{"action":{"description":"The step's action.","enum":["delete","delete_many"]}}},"then":{"description":"A step that acts on a record of an entity in a target system.","type":"object","properties":{"target":{"description":"The system to act on: a key of the entity's schemas, e.g. hubspot.","type":["string","null"],"examples":["hubspot"]},"entity":{"description":"The entity whose record is acted on: a name from entities.","type":["string","null"]}}}},{"if":{"type":"object","required":["action"],"properties":{"action":{"description":"The step's action.","const":"find"}}},"then":{"description":"A find step looks a record up in HubSpot; any other target fails at run time.","type":"object","properties":{"target":{"description":"Must be hubspot: find works with HubSpot only.","const":"hubspot"}},"allOf":[{"description":"A step that acts on a record of an entity in a target system.","type":"object","properties":{"target":{"description":"The system to act on: a key of the entity's schemas, e.g. hubspot.","type":["string","null"],"examples":["hubspot"]},"entity":{"description":"The entity whose record is acted on: a name from entities.","type":["string","null"]}}}]}},{"if":{"type":"object","required":["action"],"properties":{"action":{"description":"The step's action.","const":"post"}}},"then":{"description":"A post step writes to a system other than HubSpot.","type":"object","properties":{"target":{"description":"The non-HubSpot system to write to: a key of the entity's schemas. HubSpot writes go through upsert, create or update.","type":["string","null"]}},"allOf":[{"description":"A step that writes a record of an entity to a target system.","type":"object","properties":{"data":{"description":"A JSONPath query (RFC 9535) starting with $, e.g. $.payload.id; null leaves the field unset.","type":["string","null"]}},"allOf":[{"description":"A step that acts on a record of an entity in a target system.","type":"object","properties":{"target":{"description":"The system to act on: a key of the entity's schemas, e.g. hubspot.","type":["string","null"],"examples":["hubspot"]},"entity":{"description":"The entity whose record is acted on: a name from entities.","type":["string","null"]}}}]}]}},{"if":{"type":"object","required":["action"],"properties":{"action":{"description":"The bulk actions, allowed only with version \"3.1\".","enum":["upsert_many","create_many","update_many","delete_many","associate_many"]}}},"then":{"description":"The fields only bulk actions read (version \"3.1\").","type":"object","properties":{"items":{"description":"A JSONPath query (RFC 9535) starting with $, e.g. $.payload.id; null leaves the field unset.","type":["string","null"]},"chunk_size":{"description":"How many records go in one request: a whole number of 1 or more.","type":["integer","null"],"minimum":1},"output":{"description":"Where the step's results are kept, for later steps.","type":["string","null"]},"reconcile":{"description":"Whether to reconcile the target with the items.","type":["boolean","null"]}}}}]};function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate21.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if(((((data.name === undefined) && (missing0 = "name")) || ((data.source === undefined) && (missing0 = "source"))) || ((data.event_type === undefined) && (missing0 = "event_type"))) || ((data.steps === undefined) && (missing0 = "steps"))){validate21.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];return false;}else {if(data.name !== undefined){const _errs1 = errors;if(typeof data.name !== "string"){validate21.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}}];return false;}var valid0 = _errs1 === errors;}else {var valid0 = true;}if(valid0){if(data.source !== undefined){const _errs3 = errors;if(typeof data.source !== "string"){validate21.errors = [{instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "string"}}];return false;}var valid0 = _errs3 === errors;}else {var valid0 = true;}if(valid0){if(data.event_type !== undefined){const _errs5 = errors;if(typeof data.event_type !== "string"){validate21.errors = [{instancePath:instancePath+"/event_type",schemaPath:"#/properties/event_type/type",keyword:"type",params:{type: "string"}}];return false;}var valid0 = _errs5 === errors;}else {var valid0 = true;}if(valid0){if(data.event_type_from !== undefined){let data3 = data.event_type_from;const _errs7 = errors;if((typeof data3 !== "string") && (data3 !== null)){validate21.errors = [{instancePath:instancePath+"/event_type_from",schemaPath:"#/properties/event_type_from/type",keyword:"type",params:{type: schema32.properties.event_type_from.type}}];return false;}var valid0 = _errs7 === errors;}else {var valid0 = true;}if(valid0){if(data.enabled !== undefined){const _errs9 = errors;if(typeof data.enabled !== "boolean"){validate21.errors = [{instancePath:instancePath+"/enabled",schemaPath:"#/properties/enabled/type",keyword:"type",params:{type: "boolean"}}];return false;}var valid0 = _errs9 === errors;}else {var valid0 = true;}if(valid0){if(data.steps !== undefined){let data5 = data.steps;const _errs11 = errors;if(errors === _errs11){if(Array.isArray(data5)){var valid1 = true;const len0 = data5.length;for(let i0=0; i0<len0; i0++){let data6 = data5[i0];const _errs13 = errors;const _errs14 = errors;const _errs16 = errors;const _errs17 = errors;let valid4 = true;const _errs18 = errors;if(errors === _errs18){if(data6 && typeof data6 == "object" && !Array.isArray(data6)){let missing1;if((data6.action === undefined) && (missing1 = "action")){const err0 = {};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}else {if(data6.action !== undefined){if("transform" !== data6.action){const err1 = {};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}}}else {const err2 = {};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}var _valid0 = _errs18 === errors;errors = _errs17;if(vErrors !== null){if(_errs17){vErrors.length = _errs17;}else {vErrors = null;}}if(_valid0){const _errs21 = errors;if(errors === _errs21){if(data6 && typeof data6 == "object" && !Array.isArray(data6)){let missing2;if(((data6.entity === undefined) && (missing2 = "entity")) || ((data6.to_schema === undefined) && (missing2 = "to_schema"))){validate21.errors = [{instancePath:instancePath+"/steps/" + i0,schemaPath:"#/$defs/Step/allOf/0/then/required",keyword:"required",params:{missingProperty: missing2}}];return false;}else {if(data6.entity !== undefined){let data8 = data6.entity;const _errs23 = errors;if((typeof data8 !== "string") && (data8 !== null)){validate21.errors = [{instancePath:instancePath+"/steps/" + i0+"/entity",schemaPath:"#/$defs/Step/allOf/0/then/properties/entity/type",keyword:"type",params:{type: schema33.allOf[0].then.properties.entity.type}}];return false;}var valid6 = _errs23 === errors;}else {var valid6 = true;}if(valid6){if(data6.to_schema !== undefined){let data9 = data6.to_schema;const _errs25 = errors;if((typeof data9 !== "string") && (data9 !== null)){validate21.errors = [{instancePath:instancePath+"/steps/" + i0+"/to_schema",schemaPath:"#/$defs/Step/allOf/0/then/properties/to_schema/type",keyword:"type",params:{type: schema33.allOf[0].then.properties.to_schema.type}}];return false;}var valid6 = _errs25 === errors;}else {var valid6 = true;}if(valid6){if(data6.from_schema !== undefined){let data10 = data6.from_schema;const _errs27 = errors;if((typeof data10 !== "string") && (data10 !== null)){validate21.errors = [{instancePath:instancePath+"/steps/" + i0+"/from_schema",schemaPath:"#/$defs/Step/allOf/0/then/properties/from_schema/type",keyword:"type",params:{type: schema33.allOf[0].then.properties.from_schema.type}}];return false;}var valid6 = _errs27 === errors;}else {var valid6 = true;}}}}}else {validate21.errors = [{instancePath:instancePath+"/steps/" + i0,schemaPath:"#/$defs/Step/allOf/0/then/type",keyword:"type",params:{type: "object"}}];return false;}}var _valid0 = _errs21 === errors;valid4 = _valid0;if(valid4){var props0 = {};props0.entity = true;props0.to_schema = true;props0.from_schema = true;props0.action = true;}}if(!valid4){const err3 = {instancePath:instancePath+"/steps/" + i0,schemaPath:"#/$defs/Step/allOf/0/if",keyword:"if",params:{failingKeyword: "then"}};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;validate21.errors = vErrors;return false;}var valid3 = _errs16 === errors;if(valid3){const _errs29 = errors;const _errs30 = errors;let valid7 = true;const _errs31 = errors;if(errors === _errs31){if(data6 && typeof data6 == "object" && !Array.isArray(data6)){let missing3;if((data6.action === undefined) && (missing3 = "action")){const err4 = {};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}else {if(data6.action !== undefined){let data11 = data6.action;if(!((((((data11 === "upsert") || (data11 === "create")) || (data11 === "update")) || (data11 === "upsert_many")) || (data11 === "create_many")) || (data11 === "update_many"))){const err5 = {};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}}else {const err6 = {};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}var _valid1 = _errs31 === errors;errors = _errs30;if(vErrors !== null){if(_errs30){vErrors.length = _errs30;}else {vErrors = null;}}if(_valid1){const _errs34 = errors;const _errs36 = errors;if(errors === _errs36){if(data6 && typeof data6 == "object" && !Array.isArray(data6)){if(data6.target !== undefined){let data12 = data6.target;const _errs38 = errors;if((typeof data12 !== "string") && (data12 !== null)){validate21.errors = [{instancePath:instancePath+"/steps/" + i0+"/target",schemaPath:"#/$defs/Step/allOf/1/then/allOf/0/properties/target/type",keyword:"type",params:{type: schema33.allOf[1].then.allOf[0].properties.target.type}}];return false;}var valid10 = _errs38 === errors;}else {var valid10 = true;}if(valid10){if(data6.entity !== undefined){let data13 = data6.entity;const _errs40 = errors;if((typeof data13 !== "string") && (data13 !== null)){validate21.errors = [{instancePath:instancePath+"/steps/" + i0+"/entity",schemaPath:"#/$defs/Step/allOf/1/then/allOf/0/properties/entity/type",keyword:"type",params:{type: schema33.allOf[1].then.allOf[0].properties.entity.type}}];return false;}var valid10 = _errs40 === errors;}else {var valid10 = true;}}}else {validate21.errors = [{instancePath:instancePath+"/steps/" + i0,schemaPath:"#/$defs/Step/allOf/1/then/allOf/0/type",keyword:"type",params:{type: "object"}}];return false;}}if(errors === _errs34){if(data6 && typeof data6 == "object" && !Array.isArray(data6)){if(data6.data !== undefined){let data14 = data6.data;if((typeof data14 !== "string") && (data14 !== null)){validate21.errors = [{instancePath:instancePath+"/steps/" + i0+"/data",schemaPath:"#/$defs/Step/allOf/1/then/properties/data/type",keyword:"type",params:{type: schema33.allOf[1].then.properties.data.type}}];return false;}}}else {validate21.errors = [{instancePath:instancePath+"/steps/" + i0,schemaPath:"#/$defs/Step/allOf/1/then/type",keyword:"type",params:{type: "object"}}];return false;}}var _valid1 = _errs34 === errors;valid7 = _valid1;if(valid7){var props1 = {};props1.data = true;props1.target = true;props1.entity = true;props1.action = true;}}if(!valid7){const err7 = {instancePath:instancePath+"/steps/" + i0,schemaPath:"#/$defs/Step/allOf/1/if",keyword:"if",params:{failingKeyword: "then"}};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;validate21.errors = vErrors;return false;}var valid3 = _errs29 === errors;if(valid3){if(props0 !== true && props1 !== undefined){if(props1 === true){props0 = true;}else {props0 = props0 || {};Object.assign(props0, props1);}}const _errs44 = errors;const _errs45 = errors;let valid12 = true;const _errs46 = errors;if(errors === _errs46){if(data6 && typeof data6 == "object" && !Array.isArray(data6)){let missing4;if((data6.action === undefined) && (missing4 = "action")){const err8 = {};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}else {if(data6.action !== undefined){let data15 = data6.action;if(!((data15 === "delete") || (data15 === "delete_many"))){const err9 = {};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}}else {const err10 = {};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}var _valid2 = _errs46 === errors;errors = _errs45;if(vErrors !== null){if(_errs45){vErrors.length = _errs45;}else {vErrors = null;}}if(_valid2){const _errs49 = errors;if(errors === _errs49){if(data6 && typeof data6 == "object" && !Array.isArray(data6)){if(data6.target !== undefined){let data16 = data6.target;const _errs51 = errors;if((typeof data16 !== "string") && (data16 !== null)){validate21.errors = [{instancePath:instancePath+"/steps/" + i0+"/target",schemaPath:"#/$defs/Step/allOf/2/then/properties/target/type",keyword:"type",params:{type: schema33.allOf[2].then.properties.target.type}}];return false;}var valid14 = _errs51 === errors;}else {var valid14 = true;}if(valid14){if(data6.entity !== undefined){let data17 = data6.entity;const _errs53 = errors;if((typeof data17 !== "string") && (data17 !== null)){validate21.errors = [{instancePath:instancePath+"/steps/" + i0+"/entity",schemaPath:"#/$defs/Step/allOf/2/then/properties/entity/type",keyword:"type",params:{type: schema33.allOf[2].then.properties.entity.type}}];return false;}var valid14 = _errs53 === errors;}else {var valid14 = true;}}}else {validate21.errors = [{instancePath:instancePath+"/steps/" + i0,schemaPath:"#/$defs/Step/allOf/2/then/type",keyword:"type",params:{type: "object"}}];return false;}}var _valid2 = _errs49 === errors;valid12 = _valid2;if(valid12){var props2 = {};props2.target = true;props2.entity = true;props2.action = true;}}if(!valid12){const err11 = {instancePath:instancePath+"/steps/" + i0,schemaPath:"#/$defs/Step/allOf/2/if",keyword:"if",params:{failingKeyword: "then"}};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;validate21.errors = vErrors;return false;}var valid3 = _errs44 === errors;if(valid3){if(props0 !== true && props2 !== undefined){if(props2 === true){props0 = true;}else {props0 = props0 || {};Object.assign(props0, props2);}}const _errs55 = errors;const _errs56 = errors;let valid15 = true;const _errs57 = errors;if(errors === _errs57){if(data6 && typeof data6 == "object" && !Array.isArray(data6)){let missing5;if((data6.action === undefined) && (missing5 = "action")){const err12 = {};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}else {if(data6.action !== undefined){if("find" !== data6.action){const err13 = {};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}}else {const err14 = {};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}var _valid3 = _errs57 === errors;errors = _errs56;if(vErrors !== null){if(_errs56){vErrors.length = _errs56;}else {vErrors = null;}}if(_valid3){const _errs60 = errors;const _errs62 = errors;if(errors === _errs62){if(data6 && typeof data6 == "object" && !Array.isArray(data6)){if(data6.target !== undefined){let data19 = data6.target;const _errs64 = errors;if((typeof data19 !== "string") && (data19 !== null)){validate21.errors = [{instancePath:instancePath+"/steps/" + i0+"/target",schemaPath:"#/$defs/Step/allOf/3/then/allOf/0/properties/target/type",keyword:"type",params:{type: schema33.allOf[3].then.allOf[0].properties.target.type}}];return false;}var valid18 = _errs64 === errors;}else {var valid18 = true;}if(valid18){if(data6.entity !== undefined){let data20 = data6.entity;const _errs66 = errors;if((typeof data20 !== "string") && (data20 !== null)){validate21.errors = [{instancePath:instancePath+"/steps/" + i0+"/entity",schemaPath:"#/$defs/Step/allOf/3/then/allOf/0/properties/entity/type",keyword:"type",params:{type: schema33.allOf[3].then.allOf[0].properties.entity.type}}];return false;}var valid18 = _errs66 === errors;}else {var valid18 = true;}}}else {validate21.errors = [{instancePath:instancePath+"/steps/" + i0,schemaPath:"#/$defs/Step/allOf/3/then/allOf/0/type",keyword:"type",params:{type: "object"}}];return false;}}if(errors === _errs60){if(data6 && typeof data6 == "object" && !Array.isArray(data6)){if(data6.target !== undefined){if("hubspot" !== data6.target){validate21.errors = [{instancePath:instancePath+"/steps/" + i0+"/target",schemaPath:"#/$defs/Step/allOf/3/then/properties/target/const",keyword:"const",params:{allowedValue: "hubspot"}}];return false;}}}else {validate21.errors = [{instancePath:instancePath+"/steps/" + i0,schemaPath:"#/$defs/Step/allOf/3/then/type",keyword:"type",params:{type: "object"}}];return false;}}var _valid3 = _errs60 === errors;valid15 = _valid3;if(valid15){var props3 = {};props3.target = true;props3.entity = true;props3.action = true;}}if(!valid15){const err15 = {instancePath:instancePath+"/steps/" + i0,schemaPath:"#/$defs/Step/allOf/3/if",keyword:"if",params:{failingKeyword: "then"}};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;validate21.errors = vErrors;return false;}var valid3 = _errs55 === errors;if(valid3){if(props0 !== true && props3 !== undefined){if(props3 === true){props0 = true;}else {props0 = props0 || {};Object.assign(props0, props3);}}const _errs69 = errors;const _errs70 = errors;let valid20 = true;const _errs71 = errors;if(errors === _errs71){if(data6 && typeof data6 == "object" && !Array.isArray(data6)){let missing6;if((data6.action === undefined) && (missing6 = "action")){const err16 = {};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}else {if(data6.action !== undefined){if("post" !== data6.action){const err17 = {};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}}}else {const err18 = {};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}var _valid4 = _errs71 === errors;errors = _errs70;if(vErrors !== null){if(_errs70){vErrors.length = _errs70;}else {vErrors = null;}}if(_valid4){const _errs74 = errors;const _errs76 = errors;const _errs78 = errors;if(errors === _errs78){if(data6 && typeof data6 == "object" && !Array.isArray(data6)){if(data6.target !== undefined){let data23 = data6.target;const _errs80 = errors;if((typeof data23 !== "string") && (data23 !== null)){validate21.errors = [{instancePath:instancePath+"/steps/" + i0+"/target",schemaPath:"#/$defs/Step/allOf/4/then/allOf/0/allOf/0/properties/target/type",keyword:"type",params:{type: schema33.allOf[4].then.allOf[0].allOf[0].properties.target.type}}];return false;}var valid24 = _errs80 === errors;}else {var valid24 = true;}if(valid24){if(data6.entity !== undefined){let data24 = data6.entity;const _errs82 = errors;if((typeof data24 !== "string") && (data24 !== null)){validate21.errors = [{instancePath:instancePath+"/steps/" + i0+"/entity",schemaPath:"#/$defs/Step/allOf/4/then/allOf/0/allOf/0/properties/entity/type",keyword:"type",params:{type: schema33.allOf[4].then.allOf[0].allOf[0].properties.entity.type}}];return false;}var valid24 = _errs82 === errors;}else {var valid24 = true;}}}else {validate21.errors = [{instancePath:instancePath+"/steps/" + i0,schemaPath:"#/$defs/Step/allOf/4/then/allOf/0/allOf/0/type",keyword:"type",params:{type: "object"}}];return false;}}if(errors === _errs76){if(data6 && typeof data6 == "object" && !Array.isArray(data6)){if(data6.data !== undefined){let data25 = data6.data;if((typeof data25 !== "string") && (data25 !== null)){validate21.errors = [{instancePath:instancePath+"/steps/" + i0+"/data",schemaPath:"#/$defs/Step/allOf/4/then/allOf/0/properties/data/type",keyword:"type",params:{type: schema33.allOf[4].then.allOf[0].properties.data.type}}];return false;}}}else {validate21.errors = [{instancePath:instancePath+"/steps/" + i0,schemaPath:"#/$defs/Step/allOf/4/then/allOf/0/type",keyword:"type",params:{type: "object"}}];return false;}}if(errors === _errs74){if(data6 && typeof data6 == "object" && !Array.isArray(data6)){if(data6.target !== undefined){let data26 = data6.target;if((typeof data26 !== "string") && (data26 !== null)){validate21.errors = [{instancePath:instancePath+"/steps/" + i0+"/target",schemaPath:"#/$defs/Step/allOf/4/then/properties/target/type",keyword:"type",params:{type: schema33.allOf[4].then.properties.target.type}}];return false;}}}else {validate21.errors = [{instancePath:instancePath+"/steps/" + i0,schemaPath:"#/$defs/Step/allOf/4/then/type",keyword:"type",params:{type: "object"}}];return false;}}var _valid4 = _errs74 === errors;valid20 = _valid4;if(valid20){var props4 = {};props4.target = true;props4.data = true;props4.entity = true;props4.action = true;}}if(!valid20){const err19 = {instancePath:instancePath+"/steps/" + i0,schemaPath:"#/$defs/Step/allOf/4/if",keyword:"if",params:{failingKeyword: "then"}};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;validate21.errors = vErrors;return false;}var valid3 = _errs69 === errors;if(valid3){if(props0 !== true && props4 !== undefined){if(props4 === true){props0 = true;}else {props0 = props0 || {};Object.assign(props0, props4);}}const _errs88 = errors;const _errs89 = errors;let valid27 = true;const _errs90 = errors;if(errors === _errs90){if(data6 && typeof data6 == "object" && !Array.isArray(data6)){let missing7;if((data6.action === undefined) && (missing7 = "action")){const err20 = {};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}else {if(data6.action !== undefined){let data27 = data6.action;if(!(((((data27 === "upsert_many") || (data27 === "create_many")) || (data27 === "update_many")) || (data27 === "delete_many")) || (data27 === "associate_many"))){const err21 = {};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}}}else {const err22 = {};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}var _valid5 = _errs90 === errors;errors = _errs89;if(vErrors !== null){if(_errs89){vErrors.length = _errs89;}else {vErrors = null;}}if(_valid5){const _errs93 = errors;if(errors === _errs93){if(data6 && typeof data6 == "object" && !Array.isArray(data6)){if(data6.items !== undefined){let data28 = data6.items;const _errs95 = errors;if((typeof data28 !== "string") && (data28 !== null)){validate21.errors = [{instancePath:instancePath+"/steps/" + i0+"/items",schemaPath:"#/$defs/Step/allOf/5/then/properties/items/type",keyword:"type",params:{type: schema33.allOf[5].then.properties.items.type}}];return false;}var valid29 = _errs95 === errors;}else {var valid29 = true;}if(valid29){if(data6.chunk_size !== undefined){let data29 = data6.chunk_size;const _errs97 = errors;if((!(((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29))) && (isFinite(data29)))) && (data29 !== null)){validate21.errors = [{instancePath:instancePath+"/steps/" + i0+"/chunk_size",schemaPath:"#/$defs/Step/allOf/5/then/properties/chunk_size/type",keyword:"type",params:{type: schema33.allOf[5].then.properties.chunk_size.type}}];return false;}if(errors === _errs97){if((typeof data29 == "number") && (isFinite(data29))){if(data29 < 1 || isNaN(data29)){validate21.errors = [{instancePath:instancePath+"/steps/" + i0+"/chunk_size",schemaPath:"#/$defs/Step/allOf/5/then/properties/chunk_size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];return false;}}}var valid29 = _errs97 === errors;}else {var valid29 = true;}if(valid29){if(data6.output !== undefined){let data30 = data6.output;const _errs99 = errors;if((typeof data30 !== "string") && (data30 !== null)){validate21.errors = [{instancePath:instancePath+"/steps/" + i0+"/output",schemaPath:"#/$defs/Step/allOf/5/then/properties/output/type",keyword:"type",params:{type: schema33.allOf[5].then.properties.output.type}}];return false;}var valid29 = _errs99 === errors;}else {var valid29 = true;}if(valid29){if(data6.reconcile !== undefined){let data31 = data6.reconcile;const _errs101 = errors;if((typeof data31 !== "boolean") && (data31 !== null)){validate21.errors = [{instancePath:instancePath+"/steps/" + i0+"/reconcile",schemaPath:"#/$defs/Step/allOf/5/then/properties/reconcile/type",keyword:"type",params:{type: schema33.allOf[5].then.properties.reconcile.type}}];return false;}var valid29 = _errs101 === errors;}else {var valid29 = true;}}}}}else {validate21.errors = [{instancePath:instancePath+"/steps/" + i0,schemaPath:"#/$defs/Step/allOf/5/then/type",keyword:"type",params:{type: "object"}}];return false;}}var _valid5 = _errs93 === errors;valid27 = _valid5;if(valid27){var props5 = {};props5.items = true;props5.chunk_size = true;props5.output = true;props5.reconcile = true;props5.action = true;}}if(!valid27){const err23 = {instancePath:instancePath+"/steps/" + i0,schemaPath:"#/$defs/Step/allOf/5/if",keyword:"if",params:{failingKeyword: "then"}};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;validate21.errors = vErrors;return false;}var valid3 = _errs88 === errors;if(valid3){if(props0 !== true && props5 !== undefined){if(props5 === true){props0 = true;}else {props0 = props0 || {};Object.assign(props0, props5);}}}}}}}}if(errors === _errs14){if(data6 && typeof data6 == "object" && !Array.isArray(data6)){let missing8;if(((data6.id === undefined) && (missing8 = "id")) || ((data6.action === undefined) && (missing8 = "action"))){validate21.errors = [{instancePath:instancePath+"/steps/" + i0,schemaPath:"#/$defs/Step/required",keyword:"required",params:{missingProperty: missing8}}];return false;}else {if(props0 !== true){props0 = props0 || {};props0.id = true;props0.action = true;props0.when = true;}if(data6.id !== undefined){const _errs103 = errors;if(typeof data6.id !== "string"){validate21.errors = [{instancePath:instancePath+"/steps/" + i0+"/id",schemaPath:"#/$defs/Step/properties/id/type",keyword:"type",params:{type: "string"}}];return false;}var valid30 = _errs103 === errors;}else {var valid30 = true;}if(valid30){if(data6.action !== undefined){let data33 = data6.action;const _errs105 = errors;if(typeof data33 !== "string"){validate21.errors = [{instancePath:instancePath+"/steps/" + i0+"/action",schemaPath:"#/$defs/Step/properties/action/type",keyword:"type",params:{type: "string"}}];return false;}if(!(((((((((((((((data33 === "transform") || (data33 === "upsert")) || (data33 === "create")) || (data33 === "update")) || (data33 === "delete")) || (data33 === "find")) || (data33 === "notify")) || (data33 === "plugin")) || (data33 === "post")) || (data33 === "skip")) || (data33 === "upsert_many")) || (data33 === "create_many")) || (data33 === "update_many")) || (data33 === "delete_many")) || (data33 === "associate_many"))){validate21.errors = [{instancePath:instancePath+"/steps/" + i0+"/action",schemaPath:"#/$defs/Step/properties/action/enum",keyword:"enum",params:{allowedValues: schema33.properties.action.enum}}];return false;}var valid30 = _errs105 === errors;}else {var valid30 = true;}if(valid30){if(data6.when !== undefined){let data34 = data6.when;const _errs107 = errors;if((!(data34 && typeof data34 == "object" && !Array.isArray(data34))) && (data34 !== null)){validate21.errors = [{instancePath:instancePath+"/steps/" + i0+"/when",schemaPath:"#/$defs/Step/properties/when/type",keyword:"type",params:{type: schema33.properties.when.type}}];return false;}var valid30 = _errs107 === errors;}else {var valid30 = true;}}}}}else {validate21.errors = [{instancePath:instancePath+"/steps/" + i0,schemaPath:"#/$defs/Step/type",keyword:"type",params:{type: "object"}}];return false;}}var valid1 = _errs13 === errors;if(!valid1){break;}}}else {validate21.errors = [{instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/type",keyword:"type",params:{type: "array"}}];return false;}}var valid0 = _errs11 === errors;}else {var valid0 = true;}}}}}}}}else {validate21.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];return false;}}validate21.errors = vErrors;return errors === 0;}validate21.evaluated = {"props":{"name":true,"source":true,"event_type":true,"event_type_from":true,"enabled":true,"steps":true},"dynamicProps":false,"dynamicItems":false};function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){/*# sourceURL="https://app.plugsync.com/schemas/connector-config-v3.schema.json" */;let vErrors = null;let errors = 0;const evaluated0 = validate20.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}const _errs2 = errors;let valid1 = true;const _errs3 = errors;if(errors === _errs3){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.version === undefined) && (missing0 = "version")){const err0 = {};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}else {if(data.version !== undefined){if("3.0" !== data.version){const err1 = {};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}}}else {const err2 = {};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}var _valid0 = _errs3 === errors;errors = _errs2;if(vErrors !== null){if(_errs2){vErrors.length = _errs2;}else {vErrors = null;}}if(_valid0){const _errs6 = errors;if(errors === _errs6){if(data && typeof data == "object" && !Array.isArray(data)){if(data.flows !== undefined){let data1 = data.flows;const _errs8 = errors;if(errors === _errs8){if(Array.isArray(data1)){var valid4 = true;const len0 = data1.length;for(let i0=0; i0<len0; i0++){let data2 = data1[i0];const _errs10 = errors;if(errors === _errs10){if(data2 && typeof data2 == "object" && !Array.isArray(data2)){if(data2.steps !== undefined){let data3 = data2.steps;const _errs12 = errors;if(errors === _errs12){if(Array.isArray(data3)){var valid6 = true;const len1 = data3.length;for(let i1=0; i1<len1; i1++){let data4 = data3[i1];const _errs14 = errors;if(errors === _errs14){if(data4 && typeof data4 == "object" && !Array.isArray(data4)){if(data4.action !== undefined){let data5 = data4.action;const _errs17 = errors;const _errs18 = errors;if(!(((((data5 === "upsert_many") || (data5 === "create_many")) || (data5 === "update_many")) || (data5 === "delete_many")) || (data5 === "associate_many"))){const err3 = {};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}var valid8 = _errs18 === errors;if(valid8){validate20.errors = [{instancePath:instancePath+"/flows/" + i0+"/steps/" + i1+"/action",schemaPath:"#/allOf/0/then/properties/flows/items/properties/steps/items/properties/action/not",keyword:"not",params:{}}];return false;}else {errors = _errs17;if(vErrors !== null){if(_errs17){vErrors.length = _errs17;}else {vErrors = null;}}}}}else {validate20.errors = [{instancePath:instancePath+"/flows/" + i0+"/steps/" + i1,schemaPath:"#/allOf/0/then/properties/flows/items/properties/steps/items/type",keyword:"type",params:{type: "object"}}];return false;}}var valid6 = _errs14 === errors;if(!valid6){break;}}}else {validate20.errors = [{instancePath:instancePath+"/flows/" + i0+"/steps",schemaPath:"#/allOf/0/then/properties/flows/items/properties/steps/type",keyword:"type",params:{type: "array"}}];return false;}}}}else {validate20.errors = [{instancePath:instancePath+"/flows/" + i0,schemaPath:"#/allOf/0/then/properties/flows/items/type",keyword:"type",params:{type: "object"}}];return false;}}var valid4 = _errs10 === errors;if(!valid4){break;}}}else {validate20.errors = [{instancePath:instancePath+"/flows",schemaPath:"#/allOf/0/then/properties/flows/type",keyword:"type",params:{type: "array"}}];return false;}}}}else {validate20.errors = [{instancePath,schemaPath:"#/allOf/0/then/type",keyword:"type",params:{type: "object"}}];return false;}}var _valid0 = _errs6 === errors;valid1 = _valid0;if(valid1){var props0 = {};props0.flows = true;props0.version = true;}}if(!valid1){const err4 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"}};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;validate20.errors = vErrors;return false;}if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing1;if((data.version === undefined) && (missing1 = "version")){validate20.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing1}}];return false;}else {if(props0 !== true){props0 = props0 || {};props0.$schema = true;props0.version = true;props0.entities = true;props0.flows = true;props0.settings = true;}if(data.version !== undefined){let data6 = data.version;const _errs19 = errors;if(typeof data6 !== "string"){validate20.errors = [{instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"}}];return false;}if(!((data6 === "3.0") || (data6 === "3.1"))){validate20.errors = [{instancePath:instancePath+"/version",schemaPath:"#/properties/version/enum",keyword:"enum",params:{allowedValues: schema31.properties.version.enum}}];return false;}var valid9 = _errs19 === errors;}else {var valid9 = true;}if(valid9){if(data.entities !== undefined){let data7 = data.entities;const _errs21 = errors;if(errors === _errs21){if(Array.isArray(data7)){var valid10 = true;const len2 = data7.length;for(let i2=0; i2<len2; i2++){let data8 = data7[i2];const _errs23 = errors;if(errors === _errs23){if(data8 && typeof data8 == "object" && !Array.isArray(data8)){let missing2;if(((data8.name === undefined) && (missing2 = "name")) || ((data8.schemas === undefined) && (missing2 = "schemas"))){validate20.errors = [{instancePath:instancePath+"/entities/" + i2,schemaPath:"#/properties/entities/items/required",keyword:"required",params:{missingProperty: missing2}}];return false;}else {const _errs25 = errors;for(const key0 in data8){if(!((key0 === "name") || (key0 === "schemas"))){validate20.errors = [{instancePath:instancePath+"/entities/" + i2,schemaPath:"#/properties/entities/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];return false;break;}}if(_errs25 === errors){if(data8.name !== undefined){const _errs26 = errors;if(typeof data8.name !== "string"){validate20.errors = [{instancePath:instancePath+"/entities/" + i2+"/name",schemaPath:"#/properties/entities/items/properties/name/type",keyword:"type",params:{type: "string"}}];return false;}var valid11 = _errs26 === errors;}else {var valid11 = true;}if(valid11){if(data8.schemas !== undefined){let data10 = data8.schemas;const _errs28 = errors;if(errors === _errs28){if(data10 && typeof data10 == "object" && !Array.isArray(data10)){for(const key1 in data10){let data11 = data10[key1];const _errs31 = errors;if(errors === _errs31){if(data11 && typeof data11 == "object" && !Array.isArray(data11)){if(data11.object_type !== undefined){let data12 = data11.object_type;const _errs33 = errors;if((typeof data12 !== "string") && (data12 !== null)){validate20.errors = [{instancePath:instancePath+"/entities/" + i2+"/schemas/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/object_type",schemaPath:"#/properties/entities/items/properties/schemas/additionalProperties/properties/object_type/type",keyword:"type",params:{type: schema31.properties.entities.items.properties.schemas.additionalProperties.properties.object_type.type}}];return false;}var valid13 = _errs33 === errors;}else {var valid13 = true;}if(valid13){if(data11.identity !== undefined){let data13 = data11.identity;const _errs35 = errors;if((!(data13 && typeof data13 == "object" && !Array.isArray(data13))) && (data13 !== null)){validate20.errors = [{instancePath:instancePath+"/entities/" + i2+"/schemas/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/identity",schemaPath:"#/properties/entities/items/properties/schemas/additionalProperties/properties/identity/type",keyword:"type",params:{type: schema31.properties.entities.items.properties.schemas.additionalProperties.properties.identity.type}}];return false;}if(errors === _errs35){if(data13 && typeof data13 == "object" && !Array.isArray(data13)){if(data13.strategy !== undefined){let data14 = data13.strategy;const _errs37 = errors;if((typeof data14 !== "string") && (data14 !== null)){validate20.errors = [{instancePath:instancePath+"/entities/" + i2+"/schemas/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/identity/strategy",schemaPath:"#/properties/entities/items/properties/schemas/additionalProperties/properties/identity/properties/strategy/type",keyword:"type",params:{type: schema31.properties.entities.items.properties.schemas.additionalProperties.properties.identity.properties.strategy.type}}];return false;}var valid14 = _errs37 === errors;}else {var valid14 = true;}if(valid14){if(data13.property !== undefined){let data15 = data13.property;const _errs39 = errors;if((typeof data15 !== "string") && (data15 !== null)){validate20.errors = [{instancePath:instancePath+"/entities/" + i2+"/schemas/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/identity/property",schemaPath:"#/properties/entities/items/properties/schemas/additionalProperties/properties/identity/properties/property/type",keyword:"type",params:{type: schema31.properties.entities.items.properties.schemas.additionalProperties.properties.identity.properties.property.type}}];return false;}var valid14 = _errs39 === errors;}else {var valid14 = true;}}}}var valid13 = _errs35 === errors;}else {var valid13 = true;}if(valid13){if(data11.identity_source_path !== undefined){let data16 = data11.identity_source_path;const _errs41 = errors;if((typeof data16 !== "string") && (data16 !== null)){validate20.errors = [{instancePath:instancePath+"/entities/" + i2+"/schemas/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/identity_source_path",schemaPath:"#/properties/entities/items/properties/schemas/additionalProperties/properties/identity_source_path/type",keyword:"type",params:{type: schema31.properties.entities.items.properties.schemas.additionalProperties.properties.identity_source_path.type}}];return false;}var valid13 = _errs41 === errors;}else {var valid13 = true;}if(valid13){if(data11.identity_response_path !== undefined){let data17 = data11.identity_response_path;const _errs43 = errors;if((typeof data17 !== "string") && (data17 !== null)){validate20.errors = [{instancePath:instancePath+"/entities/" + i2+"/schemas/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/identity_response_path",schemaPath:"#/properties/entities/items/properties/schemas/additionalProperties/properties/identity_response_path/type",keyword:"type",params:{type: schema31.properties.entities.items.properties.schemas.additionalProperties.properties.identity_response_path.type}}];return false;}var valid13 = _errs43 === errors;}else {var valid13 = true;}if(valid13){if(data11.field_mappings !== undefined){let data18 = data11.field_mappings;const _errs45 = errors;if((!(Array.isArray(data18))) && (data18 !== null)){validate20.errors = [{instancePath:instancePath+"/entities/" + i2+"/schemas/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/field_mappings",schemaPath:"#/properties/entities/items/properties/schemas/additionalProperties/properties/field_mappings/type",keyword:"type",params:{type: schema31.properties.entities.items.properties.schemas.additionalProperties.properties.field_mappings.type}}];return false;}if(errors === _errs45){if(Array.isArray(data18)){var valid15 = true;const len3 = data18.length;for(let i3=0; i3<len3; i3++){let data19 = data18[i3];const _errs47 = errors;if(errors === _errs47){if(data19 && typeof data19 == "object" && !Array.isArray(data19)){if(data19.source !== undefined){let data20 = data19.source;const _errs49 = errors;if((typeof data20 !== "string") && (data20 !== null)){validate20.errors = [{instancePath:instancePath+"/entities/" + i2+"/schemas/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/field_mappings/" + i3+"/source",schemaPath:"#/properties/entities/items/properties/schemas/additionalProperties/properties/field_mappings/items/properties/source/type",keyword:"type",params:{type: schema31.properties.entities.items.properties.schemas.additionalProperties.properties.field_mappings.items.properties.source.type}}];return false;}var valid16 = _errs49 === errors;}else {var valid16 = true;}if(valid16){if(data19.target !== undefined){let data21 = data19.target;const _errs51 = errors;if((typeof data21 !== "string") && (data21 !== null)){validate20.errors = [{instancePath:instancePath+"/entities/" + i2+"/schemas/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/field_mappings/" + i3+"/target",schemaPath:"#/properties/entities/items/properties/schemas/additionalProperties/properties/field_mappings/items/properties/target/type",keyword:"type",params:{type: schema31.properties.entities.items.properties.schemas.additionalProperties.properties.field_mappings.items.properties.target.type}}];return false;}var valid16 = _errs51 === errors;}else {var valid16 = true;}}}else {validate20.errors = [{instancePath:instancePath+"/entities/" + i2+"/schemas/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/field_mappings/" + i3,schemaPath:"#/properties/entities/items/properties/schemas/additionalProperties/properties/field_mappings/items/type",keyword:"type",params:{type: "object"}}];return false;}}var valid15 = _errs47 === errors;if(!valid15){break;}}}}var valid13 = _errs45 === errors;}else {var valid13 = true;}}}}}}else {validate20.errors = [{instancePath:instancePath+"/entities/" + i2+"/schemas/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/entities/items/properties/schemas/additionalProperties/type",keyword:"type",params:{type: "object"}}];return false;}}var valid12 = _errs31 === errors;if(!valid12){break;}}}else {validate20.errors = [{instancePath:instancePath+"/entities/" + i2+"/schemas",schemaPath:"#/properties/entities/items/properties/schemas/type",keyword:"type",params:{type: "object"}}];return false;}}var valid11 = _errs28 === errors;}else {var valid11 = true;}}}}}else {validate20.errors = [{instancePath:instancePath+"/entities/" + i2,schemaPath:"#/properties/entities/items/type",keyword:"type",params:{type: "object"}}];return false;}}var valid10 = _errs23 === errors;if(!valid10){break;}}}else {validate20.errors = [{instancePath:instancePath+"/entities",schemaPath:"#/properties/entities/type",keyword:"type",params:{type: "array"}}];return false;}}var valid9 = _errs21 === errors;}else {var valid9 = true;}if(valid9){if(data.flows !== undefined){let data22 = data.flows;const _errs53 = errors;if(errors === _errs53){if(Array.isArray(data22)){var valid17 = true;const len4 = data22.length;for(let i4=0; i4<len4; i4++){const _errs55 = errors;if(!(validate21(data22[i4], {instancePath:instancePath+"/flows/" + i4,parentData:data22,parentDataProperty:i4,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);errors = vErrors.length;}var valid17 = _errs55 === errors;if(!valid17){break;}}}else {validate20.errors = [{instancePath:instancePath+"/flows",schemaPath:"#/properties/flows/type",keyword:"type",params:{type: "array"}}];return false;}}var valid9 = _errs53 === errors;}else {var valid9 = true;}if(valid9){if(data.settings !== undefined){let data24 = data.settings;const _errs56 = errors;if(!(data24 && typeof data24 == "object" && !Array.isArray(data24))){validate20.errors = [{instancePath:instancePath+"/settings",schemaPath:"#/properties/settings/type",keyword:"type",params:{type: "object"}}];return false;}var valid9 = _errs56 === errors;}else {var valid9 = true;}}}}}}else {validate20.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];return false;}}validate20.errors = vErrors;evaluated0.props = props0;return errors === 0;}validate20.evaluated = {"dynamicProps":true,"dynamicItems":false};

// EXTERNAL MODULE: ./src/rules/entities.ts
var entities = __nccwpck_require__(88);
// EXTERNAL MODULE: ./src/rules/flows.ts
var flows = __nccwpck_require__(4514);
// EXTERNAL MODULE: ./src/rules/jsonpath-rules.ts + 1 modules
var jsonpath_rules = __nccwpck_require__(6040);
// EXTERNAL MODULE: ./src/rules/on-demand.ts
var on_demand = __nccwpck_require__(4380);
// EXTERNAL MODULE: ./src/rules/references.ts
var references = __nccwpck_require__(4329);
// EXTERNAL MODULE: ./src/rules/registry.ts + 1 modules
var registry = __nccwpck_require__(2409);
// EXTERNAL MODULE: ./src/rules/root.ts
var root = __nccwpck_require__(9491);
// EXTERNAL MODULE: ./src/rules/describe.ts
var describe = __nccwpck_require__(4974);
// EXTERNAL MODULE: ./src/rules/view.ts + 1 modules
var rules_view = __nccwpck_require__(3780);
;// CONCATENATED MODULE: ./src/rules/entity-mode.ts


/**
 * The mode of an entity's schemas: simple if and only if there is exactly
 * one schema and its key is `hubspot`; federated otherwise, including a
 * single schema of another system.
 */
function modeOf(schemas) {
    if (!(0,normalise/* isObject */.Gv)(schemas))
        return 'federated';
    const keys = Object.keys(schemas);
    return keys.length === 1 && keys[0] === 'hubspot' ? 'simple' : 'federated';
}
/**
 * The mode of every entity of a config that is an object with a string
 * name, in config order, with the entity's pointer, for reports.
 */
function entityModes(config) {
    const modes = [];
    (0,rules_view/* forEachObject */.iV)(config.entities, '/entities', (entity, _index, pointer) => {
        if (typeof entity.name !== 'string')
            return;
        modes.push({ name: entity.name, mode: modeOf(entity.schemas), pointer });
    });
    return modes;
}

// EXTERNAL MODULE: ./src/rules/labels.ts
var labels = __nccwpck_require__(8268);
// EXTERNAL MODULE: ./src/rules/pointer.ts
var rules_pointer = __nccwpck_require__(6190);
// EXTERNAL MODULE: ./src/rules/schema-rules.ts
var schema_rules = __nccwpck_require__(74);
;// CONCATENATED MODULE: ./src/rules/schema-problems.ts







/**
 * Turns the schema validator's errors into problems: one problem per
 * place, named after the rule, in plain words. Errors the semantic rules
 * report better (actions, JSONPath, find targets, transform fields) are
 * left to them.
 */
function schemaProblems(config, errors, suggest) {
    const places = new Map();
    for (const error of unwrap(errors)) {
        const place = placeOf(places, error.instancePath);
        record(place, error);
    }
    const problems = [];
    for (const place of places.values())
        describePlace(config, place, suggest, problems);
    return problems;
}
/** The original errors behind ajv-errors' custom messages. */
function unwrap(errors) {
    const originals = [];
    for (const error of errors) {
        const inner = error.keyword === 'errorMessage' ? error.params.errors : undefined;
        if (Array.isArray(inner))
            (0,append/* appendAll */.u)(originals, inner);
        else
            originals.push(error);
    }
    return originals;
}
function placeOf(places, pointer) {
    let place = places.get(pointer);
    if (place === undefined) {
        place = { path: (0,rules_pointer/* pointerSegments */.cP)(pointer), missing: [], extra: [] };
        places.set(pointer, place);
    }
    return place;
}
function record(place, error) {
    const { params } = error;
    switch (error.keyword) {
        case 'type':
            place.type = [params.type].flat();
            break;
        case 'required':
            if (!place.missing.includes(params.missingProperty)) {
                place.missing.push(params.missingProperty);
            }
            break;
        case 'additionalProperties':
            place.extra.push(params.additionalProperty);
            break;
        case 'minimum':
            place.minimum = params.limit;
            break;
        case 'enum':
            if (place.path.length === 1 && place.path[0] === 'version') {
                place.versionValue = true;
            }
            break;
    }
}
function describePlace(config, place, suggest, out) {
    const { path } = place;
    const pointer = (0,rules_pointer/* toPointer */.rb)(path);
    if (path.length === 1 && path[0] === 'version') {
        if (place.type || place.versionValue)
            out.push(invalidVersion(config.version));
        return;
    }
    if (place.type) {
        const problem = typeProblem(config, path, place.type);
        if (problem)
            out.push(problem);
        return;
    }
    if (place.minimum !== undefined) {
        out.push(stepFieldProblem(config, path, `a whole number of ${place.minimum} or more`));
    }
    const required = requiredFields(path, place.missing);
    if (path.length === 0 && required.includes('version')) {
        out.push(invalidVersion(undefined));
    }
    else if (required.length > 0) {
        out.push(missingFields(config, path, required));
    }
    for (const key of place.extra)
        out.push(unknownEntityKey(config, pointer, path, key, suggest));
}
function invalidVersion(value) {
    const problem = {
        rule: schema_rules/* INVALID_VERSION */.fm.id,
        message: '',
        pointer: '/version',
        backendMessage: schema_rules/* INVALID_VERSION */.fm.backendMessage
    };
    if (value === undefined) {
        problem.pointer = '';
        problem.message =
            'the config has no "version": add "version": "3.0" (or "3.1" to use bulk actions)';
        return problem;
    }
    const text = typeof value === 'number'
        ? value === 3
            ? '3.0'
            : String(value)
        : undefined;
    if (text === '3.0' || text === '3.1') {
        // JSON.parse reads 3 and 3.0 alike, so the message names no digits.
        problem.message = `"version" is a number; it must be the string "${text}": write "version": "${text}"`;
        problem.suggestion = text;
        return problem;
    }
    problem.message = `"version" is ${(0,describe/* show */.WU)(value)}; it must be the string "3.0" or "3.1"`;
    return problem;
}
/**
 * The missing fields the schema rule reports: a transform step's entity and
 * to_schema have a rule of their own, with the backend's own message.
 */
function requiredFields(path, missing) {
    if (!isStepPath(path))
        return [...missing];
    return missing.filter((key) => key === 'id' || key === 'action');
}
function missingFields(config, path, missing) {
    const what = path[0] === 'entities'
        ? 'an entity'
        : isStepPath(path)
            ? 'a step'
            : 'a flow';
    return {
        rule: schema_rules/* MISSING_REQUIRED_FIELD */.mf.id,
        message: `${(0,labels/* labelOf */.Wy)(config, path)} has ${(0,describe/* noneOf */.kO)(missing)}, which ${what} requires: add ${missing.length > 1 ? 'them' : 'it'}`,
        pointer: (0,rules_pointer/* toPointer */.rb)(path),
        backendMessage: schema_rules/* MISSING_REQUIRED_FIELD */.mf.backendMessage
    };
}
function unknownEntityKey(config, pointer, path, key, suggest) {
    const entity = valueAt(config, path);
    const label = (0,labels/* labelOf */.Wy)(config, path);
    const problem = {
        rule: schema_rules/* UNKNOWN_ENTITY_KEY */.jN.id,
        message: '',
        pointer: (0,rules_pointer/* childPointer */.Y2)(pointer, key),
        at: 'key',
        backendMessage: schema_rules/* UNKNOWN_ENTITY_KEY */.jN.backendMessage
    };
    if (key === 'mode') {
        const mode = modeOf((0,normalise/* isObject */.Gv)(entity) ? entity.schemas : undefined);
        problem.message = `${label} has a "mode" key, which entities do not accept: remove it; the mode is derived from the schemas (this entity is ${mode})`;
        return problem;
    }
    const suggestion = suggest(key, ['name', 'schemas']);
    problem.message = `${label} has a key ${(0,describe/* quote */.hD)(key)}, which entities do not accept (only "name" and "schemas")${suggestion === undefined ? ': remove it' : (0,describe/* didYouMean */.au)(suggestion)}`;
    if (suggestion !== undefined)
        problem.suggestion = suggestion;
    return problem;
}
function isStepPath(path) {
    return path.length === 4 && path[0] === 'flows' && path[2] === 'steps';
}
/** A step field other than id, action and when: its type is assumed. */
function isAssumedStepField(path) {
    const field = path[4];
    return (path.length === 5 &&
        isStepPath(path.slice(0, 4)) &&
        field !== 'id' &&
        field !== 'action' &&
        field !== 'when');
}
function typeProblem(config, path, types) {
    if (path.length === 0)
        return undefined;
    const expected = expectation(path, types);
    if (isAssumedStepField(path))
        return stepFieldProblem(config, path, expected);
    const value = valueAt(config, path);
    const field = path[path.length - 1] ?? '';
    if (path.length === 5 && field === 'when' && isStepPath(path.slice(0, 4))) {
        return {
            rule: schema_rules/* INVALID_WHEN */.F_.id,
            message: `${(0,labels/* labelOf */.Wy)(config, path.slice(0, 4))} has "when": ${(0,describe/* show */.WU)(value)}; it must be an object (a condition) or null`,
            pointer: (0,rules_pointer/* toPointer */.rb)(path)
        };
    }
    return {
        rule: schema_rules/* WRONG_TYPE */.V$.id,
        message: `${subject(config, path, value)}; it must be ${expected}`,
        pointer: (0,rules_pointer/* toPointer */.rb)(path),
        backendMessage: pydanticMessage(path, types)
    };
}
function stepFieldProblem(config, path, expected) {
    const value = valueAt(config, path);
    return {
        rule: schema_rules/* INVALID_STEP_FIELD */.yM.id,
        message: `${subject(config, path, value)}; it must be ${expected}`,
        pointer: (0,rules_pointer/* toPointer */.rb)(path)
    };
}
/** `flow "sync" has "enabled": "yes"`, `"entities" is "x"`, `entities[1] is 5`. */
function subject(config, path, value) {
    const field = path[path.length - 1] ?? '';
    if (path.length === 1)
        return `${(0,describe/* quote */.hD)(field)} is ${(0,describe/* show */.WU)(value)}`;
    if (/^\d+$/.test(field) || isSchemaPath(path)) {
        return `${(0,labels/* labelOf */.Wy)(config, path)} is ${(0,describe/* show */.WU)(value)}`;
    }
    return `${(0,labels/* labelOf */.Wy)(config, path.slice(0, -1))} has ${(0,describe/* quote */.hD)(field)}: ${(0,describe/* show */.WU)(value)}`;
}
function isSchemaPath(path) {
    return path.length === 4 && path[0] === 'entities' && path[2] === 'schemas';
}
const TYPE_WORDS = new Map([
    ['string', 'a string'],
    ['array', 'an array'],
    ['object', 'an object'],
    ['boolean', 'true or false'],
    ['integer', 'a whole number'],
    ['number', 'a number'],
    ['null', 'null']
]);
// Maps, not object literals: a config's key may be "__proto__".
const ELEMENT_SHAPES = new Map([
    ['entities', 'an object with "name" and "schemas"'],
    ['flows', 'an object with "name", "source", "event_type" and "steps"'],
    ['steps', 'an object with "id" and "action"'],
    ['field_mappings', 'an object with "source" and "target"']
]);
const LIST_SHAPES = new Map([
    ['entities', 'an array of entities'],
    ['flows', 'an array of flows'],
    ['steps', 'an array of steps'],
    ['field_mappings', 'an array of field mappings']
]);
/** What the value should have been, in words. */
function expectation(path, types) {
    const field = path[path.length - 1] ?? '';
    const parent = path[path.length - 2] ?? '';
    const isElement = /^\d+$/.test(field);
    const main = isElement ? ELEMENT_SHAPES.get(parent) : LIST_SHAPES.get(field);
    const words = types.map((type) => type === 'array' || type === 'object'
        ? (main ?? TYPE_WORDS.get(type))
        : TYPE_WORDS.get(type));
    return words.filter((word) => word !== undefined).join(' or ');
}
const MODELS = [
    [/^entities\/\d+$/, 'EntityV3'],
    [/^entities\/\d+\/schemas\/[^/]*$/, 'EntitySchemaSpec'],
    [/^entities\/\d+\/schemas\/[^/]*\/identity$/, 'IdentityConfig'],
    [/^entities\/\d+\/schemas\/[^/]*\/field_mappings\/\d+$/, 'FieldMapping'],
    [/^flows\/\d+$/, 'FlowV3'],
    [/^flows\/\d+\/steps\/\d+$/, 'StepV3']
];
/** The message pydantic gives for a value of the wrong type there. */
function pydanticMessage(path, types) {
    const type = types[0];
    if (type === 'object') {
        const joined = path.map((segment) => segment.replace(/\//g, '~1')).join('/');
        const model = MODELS.find(([pattern]) => pattern.test(joined))?.[1];
        return model === undefined
            ? 'Input should be a valid dictionary'
            : `Input should be a valid dictionary or instance of ${model}`;
    }
    if (type === 'array')
        return 'Input should be a valid list';
    if (type === 'boolean')
        return 'Input should be a valid boolean';
    return 'Input should be a valid string';
}
/** The value at a path of the config, or undefined; never an inherited member. */
function valueAt(config, path) {
    let value = config;
    for (const segment of path) {
        if (Array.isArray(value))
            value = value[Number(segment)];
        else if ((0,normalise/* isObject */.Gv)(value) &&
            Object.prototype.hasOwnProperty.call(value, segment)) {
            value = value[segment];
        }
        else
            return undefined;
    }
    return value;
}

// EXTERNAL MODULE: ./src/rules/schema-specs.ts
var schema_specs = __nccwpck_require__(5077);
// EXTERNAL MODULE: ./src/rules/step-fields.ts
var step_fields = __nccwpck_require__(3539);
// EXTERNAL MODULE: ./src/rules/steps.ts
var steps = __nccwpck_require__(1124);
;// CONCATENATED MODULE: ./src/rules/index.ts
















/**
 * Checks a parsed config against every config rule: the JSON Schema first,
 * then the rules the schema cannot express (uniqueness, versions, actions,
 * references, JSONPath). Never throws, whatever the config holds; each
 * problem appears once.
 */
function checkConfig(config) {
    const problems = [];
    const view = (0,rules_view/* viewConfig */.m5)(config);
    // The lean validator answers for a clean config, the common case; the
    // one that gathers every error with its message runs only on a no.
    if (!acceptsConnectorConfig(config)) {
        const validate = (0,on_demand/* explainingValidator */.mZ)();
        validate(config);
        const errors = validate.errors ?? [];
        (0,append/* appendAll */.u)(problems, schemaProblems(config, errors, view.suggest));
    }
    (0,root/* checkRoot */.d9)(view, problems);
    (0,entities/* checkEntities */.e8)(view, problems);
    (0,schema_specs/* checkSchemaSpecs */.S)(view, problems);
    (0,flows/* checkFlows */.m_)(view, problems);
    (0,steps/* checkSteps */.w)(view, problems);
    (0,step_fields/* checkStepFields */.q)(view, problems);
    (0,references/* checkReferences */.$)(view, problems);
    (0,jsonpath_rules/* checkJsonPaths */.V)(view, problems);
    return unique(problems);
}
/**
 * The problems the PlugSync backend itself rejects a config for, with its
 * own messages: what the local sandbox answers with a 422.
 */
function backendProblems(config) {
    return checkConfig(config).filter((problem) => ruleInfo(problem.rule).source === 'backend');
}
/** One problem per rule and place: the first one found. */
function unique(problems) {
    const seen = new Set();
    return problems.filter((problem) => {
        const key = `${problem.rule} ${problem.at ?? 'value'} ${problem.pointer}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}

// EXTERNAL MODULE: ./src/engine/decode.ts
var decode = __nccwpck_require__(9334);
// EXTERNAL MODULE: ./src/json/number-loss.ts
var number_loss = __nccwpck_require__(6173);
;// CONCATENATED MODULE: ./src/engine/inexact-numbers.ts

/** Longer number tokens are shortened in messages. */
const SHOWN_LENGTH = 40;
/**
 * The `inexact-number` problems of a valid JSON text: every number of its
 * value that `JSON.parse` cannot carry exactly, placed at its token.
 */
function inexactNumberProblems(source) {
    const outcome = source.parsed;
    if (!outcome.ok)
        return [];
    return outcome.json.inexactNumbers.map(({ pointer, range, loss }) => {
        const token = source.text.slice(range.start, range.end);
        return {
            problem: {
                rule: 'inexact-number',
                pointer,
                message: inexactNumberMessage(token, loss)
            },
            span: source.span(range.start, range.end)
        };
    });
}
/** What happens to the number, and what to write instead. */
function inexactNumberMessage(token, loss) {
    const number = `the number ${shorten(token)}`;
    const sent = `it would be sent to PlugSync as ${(0,number_loss/* numberAsSent */.YK)(token)}`;
    const fix = 'write it as a string if it is an identifier, or as a smaller number';
    switch (loss) {
        case 'rounded':
            return `${number} is an integer too long for this tool to hold exactly (it reads JSON numbers as doubles): ${sent}; ${fix}`;
        case 'notation':
            return `${number} would be sent to PlugSync in exponent notation, as ${(0,number_loss/* numberAsSent */.YK)(token)}, which PlugSync reads as a decimal number, not an integer (this tool reads JSON numbers as doubles): ${fix}`;
        case 'overflow':
            return `${number} is too large for this tool (it reads JSON numbers as doubles, at most about 1.8e308): ${sent}; ${fix}`;
        case 'underflow':
            return `${number} is too small for this tool (it reads JSON numbers as doubles, whose smallest above 0 is about 5e-324): ${sent}; write 0 if that is meant, or a larger number`;
    }
}
/** A long token as its start and end, so that the message stays readable. */
function shorten(token) {
    if (token.length <= SHOWN_LENGTH)
        return token;
    return `${token.slice(0, 20)}…${token.slice(-10)} (${token.length} characters)`;
}

// EXTERNAL MODULE: ./src/engine/located-text.ts + 5 modules
var located_text = __nccwpck_require__(9335);
;// CONCATENATED MODULE: ./src/engine/check-file.ts












const START = { line: 1, column: 1, endLine: 1, endColumn: 1 };
/**
 * Checks one config file from its bytes: encoding, JSON syntax, duplicate
 * keys, nesting, numbers JSON.parse changes, then the schema and the
 * semantic rules. The position-aware parse runs only when a finding needs
 * a place. `parsed` is the bytes' text and value when the caller already
 * decoded and parsed them.
 */
function checkBytes(file, bytes, severities = {}, parsed) {
    const report = { file, findings: [], entities: [] };
    const add = (problem, span) => {
        const placed = placeProblem(file, problem, span, severities);
        if (placed)
            report.findings.push(placed);
    };
    if (bytes.length > file_content/* MAX_FILE_BYTES */.gZ) {
        const size = Math.round(bytes.length / (1024 * 1024));
        add(problem('unreadable-file', `the file is ${size} MiB, more than the ${file_content/* MAX_FILE_BYTES */.gZ / (1024 * 1024)} MiB a config may have: if it is not a config, add it to exclude`), START);
        return report;
    }
    if (bytes.length === 0) {
        add(problem('empty-file', 'the file is empty: a config holds one JSON object, e.g. {"version": "3.1"}'), START);
        return report;
    }
    const decoded = parsed
        ? { ok: true, text: parsed.text, bom: (0,decode/* startsWithBom */.Mk)(bytes) }
        : (0,decode/* decodeUtf8 */._6)(bytes);
    if (!decoded.ok) {
        const at = new line_index/* LineIndex */.r(decoded.prefix).position(decoded.prefix.length);
        const hex = decoded.badByte.toString(16).toUpperCase().padStart(2, '0');
        const message = `byte 0x${hex} at line ${at.line}, column ${at.column} is not UTF-8: save the file as UTF-8`;
        add(problem('invalid-utf8', message), {
            ...at,
            endLine: at.line,
            endColumn: at.column + 1
        });
        return report;
    }
    if (decoded.bom) {
        const message = 'the file starts with a UTF-8 byte-order mark: PlugSync tolerates it, but many tools do not; save the file as UTF-8 without BOM';
        add(problem('byte-order-mark', message), START);
    }
    report.source = new located_text/* LocatedText */.s(decoded.text);
    checkJson(report, report.source, add, parsed);
    if (report.config)
        checkRules(report, report.source, severities);
    return report;
}
/**
 * Checks one config file as discovery or the engine read it (see
 * `readContent`): from its bytes, or from the value of a large file read
 * in pieces, which is read again whole when its findings need the text to
 * be placed. Throws what the file system throws on that second read.
 */
function checkContent(file, content, severities) {
    if (!(0,file_content/* isStreamed */.eW)(content)) {
        return checkBytes(file, content, severities, (0,config_sniff/* takeSniffed */.hF)(content));
    }
    return checkStreamed(file, content, severities);
}
/**
 * Checks a large file from the value it was read into. A clean config
 * keeps no text: it is read again only if something asks for a place in
 * it. Anything to report is placed by checking the file's bytes again, as
 * for any file: findings are rare, and places need the whole text.
 */
function checkStreamed(file, streamed, severities) {
    const { value, strings, path } = streamed;
    const read = () => (0,external_node_fs_.readFileSync)(path);
    const shape = (0,scan/* measureParsed */.iT)(value);
    const clean = (0,normalise/* isObject */.Gv)(value) &&
        shape.depth <= located_text/* MAX_DEPTH */.l &&
        strings === shape.strings &&
        !(0,scan/* numbersMayBeInexact */.X6)(shape.numbers, () => (0,file_content/* writesTinyNumber */.az)(path));
    if (clean) {
        const problems = checkConfig(value).filter((problem) => severityOf(problem, severities) !== undefined);
        if (problems.length === 0) {
            return {
                file,
                findings: [],
                entities: entityModes(value),
                config: value,
                source: new located_text/* LocatedText */.s(() => textOf(read))
            };
        }
    }
    return checkBytes(file, read(), severities);
}
/** The text read again; empty when the file has gone since. */
function textOf(read) {
    try {
        return read().toString('utf8');
    }
    catch {
        return '';
    }
}
/** Parses the text and reports what makes it unusable as a config. */
function checkJson(report, source, add, parsed) {
    if (source.text.trim() === '') {
        add(problem('empty-file', 'the file holds only white space: a config holds one JSON object, e.g. {"version": "3.1"}'), START);
        return;
    }
    // The native parser decides quickly whether the text is JSON at all; ours
    // runs only to explain why not.
    let value = parsed?.value;
    try {
        if (parsed === undefined)
            value = JSON.parse(source.text);
    }
    catch {
        reportSyntax(source, add);
        return;
    }
    const shape = (0,scan/* measureParsed */.iT)(value);
    if (shape.depth > located_text/* MAX_DEPTH */.l) {
        reportSyntax(source, add);
        return;
    }
    if ((0,scan/* countStrings */.Ig)(source.text) !== shape.strings) {
        // A duplicate key can replace a value nested too deep, which the parsed
        // value then hides: our parser, which reads every key, still sees it.
        if (!source.parsed.ok) {
            reportSyntax(source, add);
            return;
        }
        reportDuplicates(source, add);
    }
    if (!(0,normalise/* isObject */.Gv)(value)) {
        const found = source.parsed.ok ? source.parsed.json.locate('') : undefined;
        const span = found ? source.span(found.value.start, found.value.end) : START;
        add(problem('not-an-object', `the top-level value is ${check_file_describe(value)}: a config is one JSON object, e.g. {"version": "3.1", "entities": [], "flows": []}`), span);
        return;
    }
    // The value shows which numbers may have changed in the parse; only then
    // does our parser look at the tokens.
    if ((0,scan/* mayHoldInexactNumber */.k)(source.text, shape.numbers)) {
        for (const { problem, span } of inexactNumberProblems(source)) {
            add(problem, span);
        }
    }
    report.config = value;
}
function reportSyntax(source, add) {
    const outcome = source.parsed;
    if (outcome.ok)
        return;
    const { message, start, end } = outcome.error;
    const span = source.span(start, Math.max(end, start + 1));
    if (message.startsWith('nesting deeper')) {
        const advice = `${message}: PlugSync's backend cannot read JSON nested this deep; flatten the structure`;
        add(problem('nesting-too-deep', advice), span);
    }
    else {
        add(problem('invalid-json', message), span);
    }
}
function reportDuplicates(source, add) {
    if (!source.parsed.ok)
        return;
    for (const duplicate of source.parsed.json.duplicates) {
        const name = JSON.parse(source.text.slice(duplicate.key.start, duplicate.key.end));
        const first = source.index.position(duplicate.first.start);
        add({
            rule: 'duplicate-key',
            pointer: duplicate.pointer,
            at: 'key',
            message: `key "${name}" appears twice in this object (first at line ${first.line}, column ${first.column}); JSON readers keep only the last one: remove or merge one of them`
        }, source.span(duplicate.key.start, duplicate.key.end));
    }
}
/** Runs the schema and the semantic rules and places what they find. */
function checkRules(report, source, severities) {
    const config = report.config;
    report.entities = entityModes(config);
    const problems = checkConfig(config);
    (0,append/* appendAll */.u)(report.findings, placeProblems(report.file, source, problems, severities));
}
/**
 * Places problems found by pointer (by the rules, or in a 422 from PlugSync)
 * at their line and column in the file, with their final severity.
 */
function placeProblems(file, source, problems, severities = {}) {
    const findings = [];
    for (const problem of problems) {
        if (severityOf(problem, severities) === undefined)
            continue;
        const span = source.spanOf(problem.pointer, problem.at);
        findings.push(placeProblem(file, problem, span, severities));
    }
    return findings;
}
function placeProblem(file, problem, span, severities) {
    const severity = severityOf(problem, severities);
    if (severity === undefined)
        return undefined;
    const finding = {
        rule: problem.rule,
        severity,
        message: problem.message,
        file,
        pointer: problem.pointer,
        ...span
    };
    if (problem.backendMessage !== undefined)
        finding.backendMessage = problem.backendMessage;
    if (problem.suggestion !== undefined)
        finding.suggestion = problem.suggestion;
    return finding;
}
/** The manifest's level for the rule wins over the problem's and the rule's. */
function severityOf(problem, severities) {
    const level = severities[problem.rule];
    if (level === 'off')
        return undefined;
    return level ?? problem.severity ?? (0,registry/* ruleInfo */.PI)(problem.rule).severity;
}
function problem(rule, message) {
    return { rule, message, pointer: '' };
}
function check_file_describe(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    return `a ${typeof value}`;
}


/***/ }),

/***/ 9334:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Mk: () => (/* binding */ startsWithBom),
/* harmony export */   _6: () => (/* binding */ decodeUtf8)
/* harmony export */ });
/* unused harmony export firstInvalidByte */
const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder('utf-8', { ignoreBOM: true });
/** Decodes UTF-8 strictly; on failure says where the first bad byte is. */
function decodeUtf8(bytes) {
    const bom = startsWithBom(bytes);
    const body = bom ? bytes.subarray(3) : bytes;
    try {
        return { ok: true, text: strict.decode(body), bom };
    }
    catch {
        const bad = firstInvalidByte(body);
        return {
            ok: false,
            badByteOffset: bad + (bom ? 3 : 0),
            badByte: body[bad] ?? 0,
            prefix: lenient.decode(body.subarray(0, bad))
        };
    }
}
/** Whether the bytes start with the UTF-8 byte-order mark. */
function startsWithBom(bytes) {
    return (bytes.length >= 3 &&
        bytes[0] === 0xef &&
        bytes[1] === 0xbb &&
        bytes[2] === 0xbf);
}
/**
 * Finds the first byte that does not start or continue a well-formed UTF-8
 * sequence (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF).
 * Only called once the native decoder has already said the bytes are bad.
 */
function firstInvalidByte(bytes) {
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        if (b < 0x80) {
            i++;
            continue;
        }
        const length = sequenceLength(b);
        if (length === 0 || i + length > bytes.length)
            return i;
        const second = bytes[i + 1];
        const [low, high] = secondByteRange(b);
        if (second < low || second > high)
            return i;
        for (let k = 2; k < length; k++) {
            const next = bytes[i + k];
            if (next < 0x80 || next > 0xbf)
                return i;
        }
        i += length;
    }
    return bytes.length;
}
function sequenceLength(lead) {
    if (lead >= 0xc2 && lead <= 0xdf)
        return 2;
    if (lead >= 0xe0 && lead <= 0xef)
        return 3;
    if (lead >= 0xf0 && lead <= 0xf4)
        return 4;
    return 0;
}
/** The allowed range of the byte after a lead byte (RFC 3629, section 4). */
function secondByteRange(lead) {
    if (lead === 0xe0)
        return [0xa0, 0xbf];
    if (lead === 0xed)
        return [0x80, 0x9f];
    if (lead === 0xf0)
        return [0x90, 0xbf];
    if (lead === 0xf4)
        return [0x80, 0x8f];
    return [0x80, 0xbf];
}


/***/ }),

/***/ 9335:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  s: () => (/* binding */ LocatedText),
  l: () => (/* binding */ MAX_DEPTH)
});

// EXTERNAL MODULE: ./src/json/line-index.ts
var line_index = __nccwpck_require__(5127);
// EXTERNAL MODULE: ./src/json/number-loss.ts
var number_loss = __nccwpck_require__(6173);
// EXTERNAL MODULE: ./src/json/pointer.ts
var json_pointer = __nccwpck_require__(9391);
// EXTERNAL MODULE: ./src/json/scan.ts
var scan = __nccwpck_require__(2197);
;// CONCATENATED MODULE: ./src/json/node-table.ts
const STRIDE = 5;
const KEY_START = 0;
const KEY_END = 1;
const VALUE_START = 2;
const VALUE_END = 3;
const SUBTREE_END = 4;
/**
 * The ranges of every value of a JSON text, in document order (a container
 * before its children), packed in one typed array so that a file of
 * millions of values costs 20 bytes per value and no objects. A node whose
 * key start is -1 is an array item or the root.
 */
class NodeTable {
    data;
    /** The number of nodes recorded. */
    count = 0;
    constructor(expected) {
        this.data = new Int32Array(Math.max(16, expected) * STRIDE);
    }
    /** Records a node and returns its index; its value range comes later. */
    add(keyStart, keyEnd) {
        if ((this.count + 1) * STRIDE > this.data.length)
            this.grow();
        const base = this.count * STRIDE;
        this.data[base + KEY_START] = keyStart;
        this.data[base + KEY_END] = keyEnd;
        return this.count++;
    }
    /** Sets where a node's value starts. */
    open(node, valueStart) {
        this.data[node * STRIDE + VALUE_START] = valueStart;
    }
    /** Sets where a node's value ends; its descendants are all recorded. */
    close(node, valueEnd) {
        this.data[node * STRIDE + VALUE_END] = valueEnd;
        this.data[node * STRIDE + SUBTREE_END] = this.count;
    }
    /** Offset of the member's opening key quote, or -1 for an array item. */
    keyStart(node) {
        return this.data[node * STRIDE + KEY_START];
    }
    /** Offset just after the member's closing key quote. */
    keyEnd(node) {
        return this.data[node * STRIDE + KEY_END];
    }
    /** Offset of the first character of the value. */
    valueStart(node) {
        return this.data[node * STRIDE + VALUE_START];
    }
    /** Offset just after the last character of the value. */
    valueEnd(node) {
        return this.data[node * STRIDE + VALUE_END];
    }
    /** The index of the node after this one's last descendant: its next sibling. */
    subtreeEnd(node) {
        return this.data[node * STRIDE + SUBTREE_END];
    }
    /** The direct children of a container, in document order. */
    *children(node) {
        const end = this.subtreeEnd(node);
        for (let child = node + 1; child < end; child = this.subtreeEnd(child)) {
            yield child;
        }
    }
    grow() {
        const bigger = new Int32Array(this.data.length * 2);
        bigger.set(this.data);
        this.data = bigger;
    }
}

;// CONCATENATED MODULE: ./src/json/syntax-messages.ts
/**
 * The plain-words messages of the JSON parser for tokens that are not JSON:
 * each names what was found and, where there is one, the fix.
 */
/** Characters people paste that look like spaces but JSON does not allow. */
const LOOKALIKE_SPACES = {
    0x0b: 'vertical tab',
    0x0c: 'form feed',
    0x85: 'next line',
    0xa0: 'no-break space',
    0x1680: 'ogham space mark',
    0x2000: 'en quad',
    0x2001: 'em quad',
    0x2002: 'en space',
    0x2003: 'em space',
    0x2004: 'three-per-em space',
    0x2005: 'four-per-em space',
    0x2006: 'six-per-em space',
    0x2007: 'figure space',
    0x2008: 'punctuation space',
    0x2009: 'thin space',
    0x200a: 'hair space',
    0x200b: 'zero-width space',
    0x2028: 'line separator',
    0x2029: 'paragraph separator',
    0x202f: 'narrow no-break space',
    0x205f: 'medium mathematical space',
    0x3000: 'ideographic space',
    0xfeff: 'byte-order mark'
};
const CURLY_QUOTES = new Set([0x2018, 0x2019, 0x201c, 0x201d]);
/** `U+00A0`: the code point in the notation of the Unicode standard. */
function codePointName(codePoint) {
    return 'U+' + codePoint.toString(16).toUpperCase().padStart(4, '0');
}
/** How a message quotes one character: `'x'`, or `U+0007` when invisible. */
function describeCodePoint(codePoint) {
    if (codePoint > 0x20 && codePoint < 0x7f) {
        return `'${String.fromCodePoint(codePoint)}'`;
    }
    const name = LOOKALIKE_SPACES[codePoint];
    if (name !== undefined)
        return `${codePointName(codePoint)} (${name})`;
    if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0)) {
        return `control character ${codePointName(codePoint)}`;
    }
    return `'${String.fromCodePoint(codePoint)}' (${codePointName(codePoint)})`;
}
/**
 * The message for a character that cannot start or follow anything here, if
 * it is one people commonly mistake for valid JSON; undefined otherwise.
 */
function explainStrayCharacter(codePoint, next) {
    if (codePoint === 0x2f && (next === 0x2f || next === 0x2a)) {
        return 'comments are not allowed in JSON: remove the comment';
    }
    if (LOOKALIKE_SPACES[codePoint] !== undefined) {
        return (`unexpected ${describeCodePoint(codePoint)}: only spaces, tabs and ` +
            'line breaks may separate JSON values');
    }
    if (CURLY_QUOTES.has(codePoint)) {
        return (`unexpected curly quote ${describeCodePoint(codePoint)}: ` +
            'strings must use straight double quotes (")');
    }
    if (codePoint === 0x27) {
        return 'strings must use double quotes, not single quotes';
    }
    return undefined;
}
const LITERALS = ['true', 'false', 'null'];
/** The message for a bare word where a value belongs (`tru`, `NaN`, `yes`). */
function badWordMessage(word) {
    if (word === 'NaN' || word === 'Infinity') {
        return `${word} is not valid JSON: use null or a number`;
    }
    if (word === 'undefined') {
        return 'undefined is not valid JSON: use null or leave the member out';
    }
    if (word === 'None' || word === 'nil') {
        return `'${word}' is not valid JSON: use null`;
    }
    const lower = word.toLowerCase();
    const literal = LITERALS.find((candidate) => candidate === lower);
    if (literal !== undefined) {
        return `'${word}' is not valid JSON: write ${literal} in lower case`;
    }
    const near = LITERALS.find((candidate) => candidate.startsWith(lower) || lower.startsWith(candidate));
    if (near !== undefined && lower.length > 1) {
        return `invalid literal '${word}': did you mean ${near}?`;
    }
    return (`unexpected word '${shorten(word)}': text values must be ` +
        'double-quoted strings');
}
/** The message for a token that starts like a number but is not one. */
function badNumberMessage(token) {
    const quoted = `invalid number '${shorten(token)}'`;
    if (/^[+-]?Infinity$/.test(token)) {
        return `${token} is not valid JSON: use null or a number`;
    }
    if (token.startsWith('+'))
        return `${quoted}: remove the '+' sign`;
    if (/^-?0[xXoObB]/.test(token)) {
        return `${quoted}: JSON numbers are written in decimal`;
    }
    if (/^-?0\d/.test(token))
        return `${quoted}: leading zeros are not allowed`;
    if (/^-?\./.test(token)) {
        return `${quoted}: write a digit before the decimal point`;
    }
    if (/\.(?!\d)/.test(token)) {
        return `${quoted}: write a digit after the decimal point`;
    }
    if (/[eE][+-]?$/.test(token))
        return `${quoted}: the exponent needs digits`;
    if (token === '-')
        return `${quoted}: a minus sign must be followed by digits`;
    return quoted;
}
/** The short escape of a control character, or its `\u` escape. */
function escapeFor(code) {
    const short = {
        0x08: '\\b',
        0x09: '\\t',
        0x0a: '\\n',
        0x0c: '\\f',
        0x0d: '\\r'
    };
    return short[code] ?? '\\u' + code.toString(16).padStart(4, '0');
}
/** A key as messages quote it: JSON-quoted, cut short if it is long. */
function quoteKey(key) {
    return JSON.stringify(shorten(key));
}
function shorten(text) {
    return text.length > 40 ? text.slice(0, 37) + '...' : text;
}

;// CONCATENATED MODULE: ./src/json/syntax-scanner.ts




// What the scanner expects next.
const VALUE = 0;
const FIRST_ITEM = 1;
const FIRST_KEY = 2;
const NEXT_KEY = 3;
const AFTER_VALUE = 4;
const DONE = 5;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const MINUS = 0x2d;
const BOM = 0xfeff;
/** Carries a syntax error out of the scan; caught in `scanStructure`. */
class SyntaxFault {
    error;
    constructor(error) {
        this.error = error;
    }
}
/**
 * Checks a JSON text against RFC 8259 and records the range of every value
 * and key, without building the values. Iterative: nesting depth costs
 * memory in typed arrays, never call-stack frames. Returns the first error,
 * placed at the first bad character, when the text is not JSON.
 */
function scanStructure(text, maxDepth = Infinity) {
    try {
        return new Scanner(text, maxDepth).run();
    }
    catch (thrown) {
        if (thrown instanceof SyntaxFault)
            return thrown.error;
        throw thrown;
    }
}
class Scanner {
    text;
    maxDepth;
    length;
    nodes;
    state = VALUE;
    // Open containers, innermost last; `aux` holds an array's item count or
    // an object's current member node, for messages.
    stack = new Int32Array(64);
    aux = new Int32Array(64);
    top = -1;
    depth = 0;
    members = 0;
    pending = -1;
    lastComma = -1;
    inexactNumbers = [];
    constructor(text, maxDepth) {
        this.text = text;
        this.maxDepth = maxDepth;
        this.length = text.length;
        this.nodes = new NodeTable(text.length >> 4);
    }
    run() {
        const start = this.text.charCodeAt(0) === BOM ? 1 : 0;
        let pos = this.skipWhitespace(start);
        if (pos >= this.length)
            this.failEmpty(start);
        while (this.state !== DONE) {
            pos = this.skipWhitespace(pos);
            switch (this.state) {
                case VALUE:
                case FIRST_ITEM:
                    pos = this.readValue(pos);
                    break;
                case FIRST_KEY:
                case NEXT_KEY:
                    pos = this.readKey(pos);
                    break;
                default:
                    pos = this.readSeparator(pos);
            }
        }
        const { nodes, depth, members, inexactNumbers } = this;
        return { nodes, depth, members, start, inexactNumbers };
    }
    readValue(pos) {
        const code = this.text.charCodeAt(pos);
        if (code === CLOSE_ARRAY && this.state === FIRST_ITEM) {
            return this.closeContainer(pos);
        }
        if (pos >= this.length)
            this.failUnclosed();
        if (this.pending < 0 && this.top >= 0) {
            if (code === CLOSE_ARRAY)
                this.failTrailingComma(']');
            this.aux[this.top]++;
        }
        const node = this.pending >= 0 ? this.pending : this.nodes.add(-1, -1);
        this.pending = -1;
        this.nodes.open(node, pos);
        if (code === OPEN_OBJECT || code === OPEN_ARRAY) {
            return this.openContainer(node, pos, code);
        }
        const end = this.scanScalar(node, pos, code);
        this.nodes.close(node, end);
        this.state = AFTER_VALUE;
        return end;
    }
    scanScalar(node, pos, code) {
        if (code === QUOTE)
            return this.scanString(pos);
        if (code === MINUS || isDigit(code))
            return this.scanNumber(node, pos);
        if (isWordCharacter(code))
            return this.scanWord(pos);
        return this.failValue(node, pos);
    }
    readKey(pos) {
        const code = this.text.charCodeAt(pos);
        if (code === CLOSE_OBJECT) {
            if (this.state === FIRST_KEY)
                return this.closeContainer(pos);
            this.failTrailingComma('}');
        }
        if (code !== QUOTE)
            return this.failKey(pos);
        const keyEnd = this.scanString(pos);
        const node = this.nodes.add(pos, keyEnd);
        this.members++;
        this.aux[this.top] = node;
        const colon = this.skipWhitespace(keyEnd);
        if (this.text.charCodeAt(colon) !== COLON)
            this.failColon(node, colon);
        this.pending = node;
        this.state = VALUE;
        return colon + 1;
    }
    readSeparator(pos) {
        if (this.top < 0) {
            if (pos < this.length)
                this.failAfterRoot(pos);
            this.state = DONE;
            return pos;
        }
        const code = this.text.charCodeAt(pos);
        const inObject = this.isObject(this.stack[this.top]);
        if (code === COMMA) {
            this.lastComma = pos;
            this.state = inObject ? NEXT_KEY : VALUE;
            return pos + 1;
        }
        if (code === (inObject ? CLOSE_OBJECT : CLOSE_ARRAY)) {
            return this.closeContainer(pos);
        }
        return this.failSeparator(pos, inObject);
    }
    openContainer(node, pos, code) {
        const level = this.top + 2;
        if (level > this.maxDepth) {
            this.fail(`nesting deeper than ${this.maxDepth} levels`, pos, pos + 1);
        }
        if (level > this.stack.length)
            this.growStack();
        this.top++;
        this.stack[this.top] = node;
        this.aux[this.top] = code === OPEN_OBJECT ? -1 : 0;
        if (level > this.depth)
            this.depth = level;
        this.state = code === OPEN_OBJECT ? FIRST_KEY : FIRST_ITEM;
        return pos + 1;
    }
    closeContainer(pos) {
        this.nodes.close(this.stack[this.top], pos + 1);
        this.top--;
        this.state = AFTER_VALUE;
        return pos + 1;
    }
    growStack() {
        const stack = new Int32Array(this.stack.length * 2);
        stack.set(this.stack);
        this.stack = stack;
        const aux = new Int32Array(this.aux.length * 2);
        aux.set(this.aux);
        this.aux = aux;
    }
    /** Returns the offset after the closing quote of the string at `pos`. */
    scanString(pos) {
        const text = this.text;
        let i = pos + 1;
        for (;;) {
            const code = text.charCodeAt(i);
            if (code >= 0x20 && code !== QUOTE && code !== BACKSLASH) {
                i++;
            }
            else if (code === QUOTE) {
                return i + 1;
            }
            else if (code === BACKSLASH) {
                i = this.scanEscape(i);
            }
            else if (i >= this.length) {
                this.fail(`unterminated string: the string opened at ${this.where(pos)} ` +
                    'has no closing quote', i, i);
            }
            else {
                this.failControlCharacter(code, i);
            }
        }
    }
    scanEscape(i) {
        const next = this.text.charCodeAt(i + 1);
        if (isShortEscape(next))
            return i + 2;
        if (next === 0x75) {
            let digits = 0;
            while (digits < 4 && isHexDigit(this.text.charCodeAt(i + 2 + digits))) {
                digits++;
            }
            if (digits === 4)
                return i + 6;
            const escape = this.text.slice(i, i + 2 + digits);
            this.fail(`invalid escape '${escape}' in a string: \\u must be followed by ` +
                'four hexadecimal digits', i, i + 2 + digits);
        }
        if (i + 1 >= this.length)
            return i + 1;
        const width = codePointWidth(this.text, i + 1);
        const escaped = this.text.slice(i + 1, i + 1 + width);
        const shown = next < 0x20 ? describeCodePoint(next) : escaped;
        this.fail(`invalid escape '\\${shown}' in a string: write \\\\ for a backslash`, i, i + 1 + width);
    }
    scanNumber(node, pos) {
        const text = this.text;
        let i = pos;
        if (text.charCodeAt(i) === MINUS)
            i++;
        const digits = i;
        const first = text.charCodeAt(i);
        if (first === 0x30)
            i++;
        else if (isDigit(first))
            i = skipDigits(text, i);
        else
            return this.failNumber(pos);
        if (text.charCodeAt(i) === 0x2e) {
            if (!isDigit(text.charCodeAt(i + 1)))
                return this.failNumber(pos);
            i = skipDigits(text, i + 1);
        }
        const e = text.charCodeAt(i);
        const exponent = e === 0x65 || e === 0x45;
        if (exponent) {
            i++;
            const sign = text.charCodeAt(i);
            if (sign === 0x2b || sign === MINUS)
                i++;
            if (!isDigit(text.charCodeAt(i)))
                return this.failNumber(pos);
            i = skipDigits(text, i);
        }
        if (isNumberTail(text.charCodeAt(i)))
            return this.failNumber(pos);
        // Short tokens without an exponent are exact, and they are nearly all.
        if (exponent || i - digits > number_loss/* EXACT_NUMBER_LENGTH */.FU) {
            if ((0,number_loss/* numberLoss */.hj)(text.slice(pos, i)))
                this.inexactNumbers.push(node);
        }
        return i;
    }
    scanWord(pos) {
        const end = wordEnd(this.text, pos);
        const word = this.text.slice(pos, end);
        if (word === 'true' || word === 'false' || word === 'null')
            return end;
        return this.fail(badWordMessage(word), pos, end);
    }
    isObject(node) {
        return this.text.charCodeAt(this.nodes.valueStart(node)) === OPEN_OBJECT;
    }
    keyOf(node) {
        return quoteKey(decodeString(this.text, this.nodes.keyStart(node), this.nodes.keyEnd(node)));
    }
    /** `line 3, column 5`, for messages that point back at an opening. */
    where(offset) {
        const { line, column } = new line_index/* LineIndex */.r(this.text).position(offset);
        return `line ${line}, column ${column}`;
    }
    skipWhitespace(pos) {
        const text = this.text;
        for (;;) {
            const code = text.charCodeAt(pos);
            if (code !== 0x20 && code !== 0x0a && code !== 0x0d && code !== 0x09) {
                return pos;
            }
            pos++;
        }
    }
    fail(message, start, end) {
        throw new SyntaxFault({ message, start, end });
    }
    failEmpty(start) {
        if (this.length === start)
            this.fail('the file is empty', start, start);
        this.fail('the file holds only whitespace: a config holds one JSON object', this.length, this.length);
    }
    failUnclosed() {
        const opening = this.nodes.valueStart(this.stack[this.top]);
        const kind = this.isObject(this.stack[this.top]) ? 'object' : 'array';
        this.fail(`unexpected end of file: the ${kind} opened at ${this.where(opening)} ` +
            'is not closed', this.length, this.length);
    }
    failTrailingComma(closer) {
        this.fail(`trailing comma before '${closer}': remove it`, this.lastComma, this.lastComma + 1);
    }
    /** Stops with the message for a stray character, if it has one. */
    failStray(pos) {
        const codePoint = this.text.codePointAt(pos);
        const message = explainStrayCharacter(codePoint, this.text.charCodeAt(pos + 1));
        if (message === undefined)
            return;
        const width = message.startsWith('comments')
            ? 2
            : codePointWidth(this.text, pos);
        this.fail(message, pos, pos + width);
    }
    failValue(node, pos) {
        this.failStray(pos);
        const code = this.text.charCodeAt(pos);
        if (code === 0x2e || code === 0x2b)
            this.failNumber(pos);
        const what = this.nodes.keyStart(node) >= 0
            ? `the value of ${this.keyOf(node)}`
            : 'a value';
        this.fail(`expected ${what}`, pos, pos + codePointWidth(this.text, pos));
    }
    failNumber(pos) {
        let end = pos + 1;
        while (isNumberTail(this.text.charCodeAt(end)))
            end++;
        this.fail(badNumberMessage(this.text.slice(pos, end)), pos, end);
    }
    failKey(pos) {
        if (pos >= this.length)
            this.failUnclosed();
        this.failStray(pos);
        const code = this.text.charCodeAt(pos);
        if (isWordCharacter(code) || isNumberTail(code)) {
            const end = Math.max(wordEnd(this.text, pos), pos + 1);
            this.fail('property names must be double-quoted strings', pos, end);
        }
        const or = this.state === FIRST_KEY ? " or '}'" : '';
        this.fail(`expected a property name in double quotes${or}`, pos, pos + codePointWidth(this.text, pos));
    }
    failColon(node, pos) {
        if (pos >= this.length)
            this.failUnclosed();
        this.failStray(pos);
        this.fail(`expected ':' after the property name ${this.keyOf(node)}`, pos, pos + codePointWidth(this.text, pos));
    }
    failSeparator(pos, inObject) {
        if (pos >= this.length)
            this.failUnclosed();
        this.failStray(pos);
        const current = this.aux[this.top];
        const message = inObject
            ? `expected ',' or '}' after the value of ${this.keyOf(current)}`
            : `expected ',' or ']' after item ${current} of the array`;
        this.fail(message, pos, pos + codePointWidth(this.text, pos));
    }
    failAfterRoot(pos) {
        this.failStray(pos);
        const found = describeCodePoint(this.text.codePointAt(pos));
        this.fail(`unexpected ${found} after the top-level value: a config holds ` +
            'exactly one JSON value', pos, pos + codePointWidth(this.text, pos));
    }
    failControlCharacter(code, i) {
        const name = describeCodePoint(code).replace('control character ', '');
        const lineBreak = code === 0x0a || code === 0x0d;
        this.fail(`control character ${name} in a string: write it as ${escapeFor(code)}` +
            (lineBreak ? ', or close the string before the line break' : ''), i, i + 1);
    }
}
/** Decodes the JSON string literal in [start, end), quotes included. */
function decodeString(text, start, end) {
    const body = text.slice(start + 1, end - 1);
    return body.includes('\\')
        ? JSON.parse(text.slice(start, end))
        : body;
}
/** `"`, `\\`, `/`, `b`, `f`, `n`, `r`, `t`: the one-letter escapes. */
function isShortEscape(code) {
    switch (code) {
        case QUOTE:
        case BACKSLASH:
        case 0x2f:
        case 0x62:
        case 0x66:
        case 0x6e:
        case 0x72:
        case 0x74:
            return true;
        default:
            return false;
    }
}
function isDigit(code) {
    return code >= 0x30 && code <= 0x39;
}
function isHexDigit(code) {
    return (isDigit(code) ||
        (code >= 0x41 && code <= 0x46) ||
        (code >= 0x61 && code <= 0x66));
}
function skipDigits(text, i) {
    while (isDigit(text.charCodeAt(i)))
        i++;
    return i;
}
/** Letters, `_` and `$`: what a bare word (`tru`, `NaN`, `name`) is made of. */
function isWordCharacter(code) {
    return ((code >= 0x61 && code <= 0x7a) ||
        (code >= 0x41 && code <= 0x5a) ||
        code === 0x5f ||
        code === 0x24);
}
/** Characters that continue a malformed number token (`01`, `1.2.3`, `0x1F`). */
function isNumberTail(code) {
    return (isDigit(code) ||
        isWordCharacter(code) ||
        code === 0x2e ||
        code === 0x2b ||
        code === MINUS);
}
function wordEnd(text, pos) {
    let end = pos;
    while (isWordCharacter(text.charCodeAt(end)) ||
        isDigit(text.charCodeAt(end))) {
        end++;
    }
    return end;
}
/** 2 for a surrogate pair at `pos`, else 1. */
function codePointWidth(text, pos) {
    const code = text.codePointAt(pos);
    return code !== undefined && code > 0xffff ? 2 : 1;
}

;// CONCATENATED MODULE: ./src/json/located-document.ts




const located_document_OPEN_OBJECT = 0x7b;
const located_document_OPEN_ARRAY = 0x5b;
const ARRAY_INDEX = /^(?:0|[1-9]\d*)$/;
/**
 * A parsed JSON text with the ranges of its values. The value, the
 * duplicate keys and each container's child index are computed on first
 * use, so a caller that only locates a few pointers pays for little more
 * than the syntax scan.
 */
class LocatedDocument {
    text;
    structure;
    parsed;
    duplicateKeys;
    inexact;
    memberIndex = new Map();
    childLists = new Map();
    nodes;
    constructor(text, structure, given) {
        this.text = text;
        this.structure = structure;
        this.nodes = structure.nodes;
        this.parsed = given;
    }
    /** The value `JSON.parse` gives for the text (a byte-order mark aside). */
    get value() {
        this.parsed ??= {
            value: JSON.parse(this.text.slice(this.structure.start))
        };
        return this.parsed.value;
    }
    /** The deepest nesting: 1 for a root object or array, 0 for a scalar. */
    get depth() {
        return this.structure.depth;
    }
    /** Every key that repeats an earlier key of its object, in text order. */
    get duplicates() {
        this.duplicateKeys ??= this.findDuplicates();
        return this.duplicateKeys;
    }
    /**
     * The numbers of the value that `JSON.parse` cannot carry exactly, in
     * text order.
     */
    get inexactNumbers() {
        this.inexact ??= this.findInexactNumbers();
        return this.inexact;
    }
    /** The ranges of the value a JSON Pointer names, or undefined if none. */
    locate(pointer) {
        let segments;
        try {
            segments = (0,json_pointer/* parsePointer */.vp)(pointer);
        }
        catch {
            return undefined;
        }
        let node = 0;
        for (const segment of segments) {
            node = this.child(node, segment);
            if (node === undefined)
                return undefined;
        }
        return this.rangesOf(node);
    }
    rangesOf(node) {
        const value = {
            start: this.nodes.valueStart(node),
            end: this.nodes.valueEnd(node)
        };
        const keyStart = this.nodes.keyStart(node);
        if (keyStart < 0)
            return { value };
        return { key: { start: keyStart, end: this.nodes.keyEnd(node) }, value };
    }
    child(node, segment) {
        const kind = this.text.charCodeAt(this.nodes.valueStart(node));
        if (kind === located_document_OPEN_OBJECT)
            return this.membersOf(node).get(segment);
        if (kind !== located_document_OPEN_ARRAY || !ARRAY_INDEX.test(segment))
            return undefined;
        return this.childrenOf(node)[Number(segment)];
    }
    /** Key to member node; a repeated key maps to its last occurrence. */
    membersOf(node) {
        let members = this.memberIndex.get(node);
        if (members === undefined) {
            members = new Map();
            for (const child of this.childrenOf(node)) {
                members.set(this.keyOf(child), child);
            }
            this.memberIndex.set(node, members);
        }
        return members;
    }
    /** The direct children of a container, in document (and node) order. */
    childrenOf(node) {
        let children = this.childLists.get(node);
        if (children === undefined) {
            children = [...this.nodes.children(node)];
            this.childLists.set(node, children);
        }
        return children;
    }
    keyOf(node) {
        return decodeString(this.text, this.nodes.keyStart(node), this.nodes.keyEnd(node));
    }
    /**
     * Each duplicate takes one own key away from the parsed value, so equal
     * counts prove there are none without decoding a single key.
     */
    findDuplicates() {
        if ((0,scan/* countParsedKeys */.fl)(this.value) === this.structure.members)
            return [];
        const found = [];
        for (let node = 0; node < this.nodes.count; node++) {
            if (this.text.charCodeAt(this.nodes.valueStart(node)) !== located_document_OPEN_OBJECT) {
                continue;
            }
            const seen = new Map();
            for (const child of this.nodes.children(node)) {
                const key = this.keyOf(child);
                const first = seen.get(key);
                if (first === undefined)
                    seen.set(key, child);
                else
                    found.push(this.duplicateOf(child, first));
            }
        }
        return found.sort((a, b) => a.key.start - b.key.start);
    }
    duplicateOf(node, first) {
        return {
            pointer: (0,json_pointer/* formatPointer */.$2)(this.pathOf(node)),
            key: { start: this.nodes.keyStart(node), end: this.nodes.keyEnd(node) },
            first: {
                start: this.nodes.keyStart(first),
                end: this.nodes.keyEnd(first)
            }
        };
    }
    findInexactNumbers() {
        const found = [];
        for (const node of this.structure.inexactNumbers) {
            const pointer = (0,json_pointer/* formatPointer */.$2)(this.pathOf(node));
            const start = this.nodes.valueStart(node);
            // A member that a later duplicate key replaces is not in the value.
            if (this.locate(pointer)?.value.start !== start)
                continue;
            const end = this.nodes.valueEnd(node);
            const loss = (0,number_loss/* numberLoss */.hj)(this.text.slice(start, end));
            found.push({ pointer, range: { start, end }, loss });
        }
        return found;
    }
    /**
     * The pointer segments of a node, found by descending from the root. The
     * child holding the node is found by binary search, so that an array of
     * a million items costs twenty steps per level, not a million.
     */
    pathOf(target) {
        const path = [];
        let node = 0;
        while (node !== target) {
            const children = this.childrenOf(node);
            const index = lastAtOrBefore(children, target);
            const child = children[index];
            path.push(this.nodes.keyStart(child) >= 0 ? this.keyOf(child) : index);
            node = child;
        }
        return path;
    }
}
/** The index of the last of the ascending numbers that is at most `value`. */
function lastAtOrBefore(ascending, value) {
    let low = 0;
    let high = ascending.length - 1;
    while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (ascending[middle] <= value)
            low = middle;
        else
            high = middle - 1;
    }
    return low;
}

;// CONCATENATED MODULE: ./src/json/parse.ts


/**
 * Parses a JSON text strictly by RFC 8259, recording the range of every key
 * and value. A leading byte-order mark is skipped (RFC 8259 allows that);
 * offsets stay those of the text given. Iterative, so any nesting depth is
 * safe; `maxDepth` bounds it.
 */
function parseJson(text, options = {}) {
    const scanned = scanStructure(text, options.maxDepth);
    if ('message' in scanned)
        return { ok: false, error: scanned };
    const given = options.value !== undefined ? { value: options.value } : undefined;
    return { ok: true, json: new LocatedDocument(text, scanned, given) };
}

;// CONCATENATED MODULE: ./src/engine/located-text.ts



/** The deepest nesting PlugSync's Python backend can read. */
const MAX_DEPTH = 1000;
/**
 * A file's text with its position machinery built on first use: the line
 * table and the position-aware parse cost time, so a clean file never pays
 * for them.
 */
class LocatedText {
    source;
    lines;
    outcome;
    held;
    /**
     * The text, or how to read it when it is first needed: a large config
     * without findings keeps no text until something asks for a position.
     */
    constructor(source) {
        this.source = source;
        if (typeof source === 'string')
            this.held = source;
    }
    /** The text. */
    get text() {
        this.held ??= this.source();
        return this.held;
    }
    /** The line table of the text. */
    get index() {
        this.lines ??= new line_index/* LineIndex */.r(this.text);
        return this.lines;
    }
    /** The position-aware parse of the text, with the backend's depth limit. */
    get parsed() {
        this.outcome ??= parseJson(this.text, { maxDepth: MAX_DEPTH });
        return this.outcome;
    }
    /** The span of two UTF-16 offsets. */
    span(start, end) {
        return (0,line_index/* spanOf */.e)(this.index, start, end);
    }
    /**
     * The span of the value at a JSON Pointer, or of its member key. A pointer
     * that does not exist (a missing property) falls back to its nearest
     * existing ancestor, so a finding always has a place.
     */
    spanOf(pointer, at = 'value') {
        const json = this.json();
        if (json === undefined)
            return { line: 1, column: 1, endLine: 1, endColumn: 1 };
        const segments = (0,json_pointer/* parsePointer */.vp)(pointer);
        for (let keep = segments.length; keep >= 0; keep--) {
            const found = json.locate((0,json_pointer/* formatPointer */.$2)(segments.slice(0, keep)));
            if (found === undefined)
                continue;
            const range = at === 'key' && keep === segments.length && found.key
                ? found.key
                : found.value;
            return this.span(range.start, range.end);
        }
        return { line: 1, column: 1, endLine: 1, endColumn: 1 };
    }
    json() {
        const outcome = this.parsed;
        return outcome.ok ? outcome.json : undefined;
    }
}


/***/ }),

/***/ 4879:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Eg: () => (/* binding */ compareFindings),
/* harmony export */   Ot: () => (/* binding */ countBySeverity),
/* harmony export */   sb: () => (/* binding */ fileFinding)
/* harmony export */ });
/* unused harmony export SEVERITIES */
/** The order of severities, most serious first. */
const SEVERITIES = ['error', 'warning', 'notice'];
/** Orders findings by file, then position, then severity, then rule id. */
function compareFindings(a, b) {
    if (a.file !== b.file)
        return a.file < b.file ? -1 : 1;
    if (a.line !== b.line)
        return a.line - b.line;
    if (a.column !== b.column)
        return a.column - b.column;
    const rank = SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity);
    if (rank !== 0)
        return rank;
    return a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0;
}
/** Counts findings per severity. */
function countBySeverity(findings) {
    const counts = { error: 0, warning: 0, notice: 0 };
    for (const finding of findings)
        counts[finding.severity]++;
    return counts;
}
/**
 * A finding about a whole file (one that cannot be read, a symlink not
 * followed), placed at its first character.
 */
function fileFinding(rule, file, message) {
    return {
        rule,
        severity: 'error',
        message,
        file,
        pointer: '',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1
    };
}


/***/ }),

/***/ 9407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _action_runner_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6285);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1219);


await (0,_main_js__WEBPACK_IMPORTED_MODULE_1__/* .run */ .e)((0,_action_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runnerRuntime */ .V)(), process.env);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2343:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B5: () => (/* binding */ JsonStream),
/* harmony export */   l1: () => (/* binding */ JsonStreamError)
/* harmony export */ });
/* unused harmony exports SMALL_VALUE, indexWithin, containerEnd */
/**
 * A JSON parser fed in pieces, for texts too large to hold whole next to
 * their value. It walks only the outer levels itself: each value that
 * fits in `SMALL_VALUE` characters is handed to `JSON.parse` whole (the
 * small objects of a list a batch at a time), so the value built is the
 * one `JSON.parse` gives (the last duplicate key wins in its first place,
 * `__proto__` is an own key), and only the part of the text not yet parsed
 * is held. Where a value ends is guessed from how the text is indented,
 * `JSON.parse` confirming each guess, and found by a scan otherwise.
 */
/** A text that is not JSON; the message is terse, since callers re-parse. */
class JsonStreamError extends Error {
    name = 'JsonStreamError';
}
/**
 * Values up to this many characters are parsed by `JSON.parse` whole;
 * larger arrays and objects are opened and walked member by member. Below
 * V8's large-object size, so each piece of text dies young.
 */
const SMALL_VALUE = 64 * 1024;
/** Where a walk stands in an opened array or object. */
const State = {
    /** Just opened: a member, an item or the close may come. */
    First: 0,
    /** After a comma: a member must come. */
    Next: 1,
    /** After a key and its colon, or in an array: a value must come. */
    Value: 2,
    /** After a member or an item: a comma or the close must come. */
    After: 3
};
const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const COMMA = 0x2c;
const COLON = 0x3a;
const BACKSLASH = 0x5c;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
/** About how much text one batch of small objects in an array holds. */
const BATCH = 16 * 1024;
const MIN_BATCH = 4 * 1024;
/** Where a value ends: an offset, or that the text so far cannot tell. */
const INCOMPLETE = -1;
const LARGE = -2;
/**
 * Builds one JSON value from the pieces of its text, in order. `end`
 * returns the value, or throws `JsonStreamError` when the text is not one
 * JSON value.
 */
class JsonStream {
    maxDepth;
    text = '';
    at = 0;
    retryAt = 0;
    frames = [];
    root;
    done = false;
    /**
     * Where each closing line was looked for, by its line: the first one in
     * [from, to), or -1.
     */
    closingLines = new Map();
    /** How much text has been pushed. */
    pushed = 0;
    /**
     * How much text the guesses that failed searched. Guessing pauses while
     * it exceeds the text pushed, so that a layout that misleads the guesses
     * costs at most one more reading of the text.
     */
    wasted = 0;
    /** Where the last batch that failed ended: none is tried before it. */
    noBatchBefore = 0;
    /**
     * Arrays and objects found larger than SMALL_VALUE by the scan of one
     * that holds them: opened without a scan of their own, so that deep
     * nesting costs one scan per SMALL_VALUE, not one per level.
     */
    large = new Set();
    /**
     * `maxDepth` bounds the arrays and objects opened one inside another,
     * which each cost memory: a text that nests deeper is refused.
     */
    constructor(maxDepth = Infinity) {
        this.maxDepth = maxDepth;
    }
    /** Adds the next piece of the text. */
    push(piece) {
        this.pushed += piece.length;
        this.text =
            this.at === 0 ? this.text + piece : this.text.slice(this.at) + piece;
        this.at = 0;
        this.forgetSearches();
        // A value longer than the pieces waits until the text has doubled, so
        // that rescanning it costs no more than reading it.
        if (this.text.length < this.retryAt)
            return;
        this.retryAt = 0;
        this.run(false);
    }
    /** The value of the whole text. */
    end() {
        this.run(true);
        this.skipSpace();
        if (!this.done || this.at < this.text.length) {
            throw new JsonStreamError(this.done ? 'text after the value' : 'the text ends inside a value');
        }
        return this.root;
    }
    run(final) {
        for (;;) {
            const before = this.at;
            const lineStart = this.skipSpace();
            if (this.at >= this.text.length)
                return;
            const frame = this.frames[this.frames.length - 1];
            if (frame === undefined && this.done) {
                throw new JsonStreamError('text after the value');
            }
            const indent = lineStart === -1 ? undefined : this.text.slice(lineStart, this.at);
            const stepped = frame === undefined || frame.state === State.Value
                ? this.value(indent ?? frame?.keyIndent, final)
                : this.punctuation(frame, indent, final);
            if (!stepped) {
                // Wait for more text from where the spaces began: a value's
                // indentation is how its end is found.
                this.text = this.text.slice(before);
                this.at = 0;
                this.forgetSearches();
                this.retryAt = this.text.length * 2;
                return;
            }
        }
    }
    /** Skips white space; returns where the last line began, or -1. */
    skipSpace() {
        const text = this.text;
        let at = this.at;
        let lineStart = -1;
        for (; at < text.length; at++) {
            const c = text.charCodeAt(at);
            if (c === LF)
                lineStart = at + 1;
            else if (c !== SPACE && c !== TAB && c !== CR)
                break;
        }
        this.at = at;
        return lineStart;
    }
    /**
     * Commas, closes, keys, and the first item of an array; false when the
     * text so far is too short.
     */
    punctuation(frame, indent, final) {
        const c = this.text.charCodeAt(this.at);
        const close = frame.items ? CLOSE_ARRAY : CLOSE_OBJECT;
        if (frame.state === State.After || frame.state === State.First) {
            if (c === close) {
                this.at++;
                this.frames.pop();
                this.attach(frame.items ?? frame.members);
                return true;
            }
            if (frame.state === State.After) {
                if (c !== COMMA)
                    throw new JsonStreamError('expected a comma');
                this.at++;
                frame.state = frame.items ? State.Value : State.Next;
                return true;
            }
        }
        if (frame.items) {
            frame.state = State.Value;
            return this.value(indent, final);
        }
        return this.key(frame, indent, final);
    }
    /** A member's key and its colon. */
    key(frame, indent, final) {
        const text = this.text;
        if (text.charCodeAt(this.at) !== QUOTE) {
            throw new JsonStreamError('expected a key');
        }
        const end = stringEnd(text, this.at);
        if (end === INCOMPLETE)
            return this.short(final);
        let colon = end;
        while (colon < text.length && isSpace(text.charCodeAt(colon)))
            colon++;
        if (colon >= text.length)
            return this.short(final);
        if (text.charCodeAt(colon) !== COLON) {
            throw new JsonStreamError('expected a colon');
        }
        frame.key = parse(text.slice(this.at, end));
        frame.keyIndent = indent;
        frame.state = State.Value;
        this.at = colon + 1;
        return true;
    }
    /**
     * One value: parsed whole when small, else opened. `indent` is the white
     * space that starts its line (or its key's), when it starts one.
     */
    value(indent, final) {
        const text = this.text;
        const start = this.at;
        const c = text.charCodeAt(start);
        if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
            return this.container(indent, final);
        }
        let end = c === QUOTE ? stringEnd(text, start) : tokenEnd(text, start);
        if (end === text.length && c !== QUOTE && !final)
            end = INCOMPLETE;
        if (end === INCOMPLETE)
            return this.short(final);
        this.attach(parse(text.slice(start, end)));
        this.at = end;
        return true;
    }
    /**
     * An array or object: with the small objects after it when it is one of
     * a list, or alone, its end guessed from its indentation or found by a
     * scan; opened when it is large.
     */
    container(indent, final) {
        const text = this.text;
        const start = this.at;
        const array = text.charCodeAt(start) === OPEN_ARRAY;
        if (this.large.has(start))
            return this.open(array);
        const frame = this.frames[this.frames.length - 1];
        const guess = this.wasted <= this.pushed ? indent : undefined;
        const batch = frame?.items && !array && guess !== undefined
            ? this.batch(start, guess)
            : undefined;
        if (batch !== undefined) {
            for (const item of batch.values)
                frame.items.push(item);
            frame.state = State.After;
            this.at = batch.end;
            return true;
        }
        const indented = guess === undefined ? undefined : this.indentedValue(start, guess);
        if (indented !== undefined) {
            this.attach(indented.value);
            this.at = indented.end;
            return true;
        }
        const end = containerEnd(text, start, this.large);
        if (end === LARGE)
            return this.open(array);
        if (end === INCOMPLETE)
            return this.short(final);
        this.attach(parse(text.slice(start, end)));
        this.at = end;
        return true;
    }
    /**
     * The value written indented at `start`, found without reading every
     * character. A value written on one line ends where its line does; one
     * that opens a block ends where a line holds only its close at its own
     * indentation. A JSON string cannot hold a line break, so neither line
     * end is ever inside one, and `JSON.parse` confirms the guess. Undefined
     * when the guess is wrong or cannot be made within SMALL_VALUE.
     */
    indentedValue(start, indent) {
        const text = this.text;
        const lineEnd = indexWithin(text, '\n', start, start + SMALL_VALUE);
        if (lineEnd === -1)
            return this.missed(start);
        const last = lastCharacter(text, start, lineEnd);
        const close = text.charCodeAt(start) === OPEN_OBJECT ? '}' : ']';
        let end;
        if (text[last] === close) {
            end = last + 1;
        }
        else {
            const found = this.closingLine(`\n${indent}${close}`, start);
            if (found === -1)
                return this.missed(start);
            end = found + indent.length + 2;
        }
        if (end - start > SMALL_VALUE)
            return undefined;
        try {
            return { value: JSON.parse(text.slice(start, end)), end };
        }
        catch {
            return this.missed(start);
        }
    }
    /**
     * A guess at the value at `start` that failed, counted at the most its
     * searches can have read: a line end and a closing line.
     */
    missed(start) {
        this.wasted += 2 * Math.min(SMALL_VALUE, this.text.length - start);
        return undefined;
    }
    /**
     * The first closing line within SMALL_VALUE of `from`, or -1. What was
     * searched before in the same text is remembered, found or not, so that
     * the values of a long run that each search the same stretch search it
     * once.
     */
    closingLine(line, from) {
        const to = from + SMALL_VALUE;
        const known = this.closingLines.get(line);
        let searchFrom = from;
        if (known !== undefined && known.from <= from) {
            if (known.found >= from)
                return known.found;
            if (known.found === -1) {
                if (known.to >= to)
                    return -1;
                searchFrom = Math.max(from, known.to - line.length + 1);
            }
        }
        const found = indexWithin(this.text, line, searchFrom, to);
        const since = searchFrom === from ? from : known.from;
        this.closingLines.set(line, { from: since, to, found });
        return found;
    }
    /** The text changed: what was searched in the old one says nothing. */
    forgetSearches() {
        this.closingLines.clear();
        this.noBatchBefore = 0;
        this.large.clear();
    }
    /**
     * The objects written indented in an array from `start` on, as many as
     * about BATCH characters hold, parsed by one call to `JSON.parse`: one
     * call per small object costs more than parsing it. The run is cut where
     * an object's closing line or a line ends, and wrapped in brackets, which
     * parse only if the run is whole values separated by commas.
     */
    batch(start, indent) {
        const text = this.text;
        const left = text.length - start;
        if (start < this.noBatchBefore || left < MIN_BATCH)
            return undefined;
        // Half of what is left, so that the end of the text is batched too.
        const from = start + Math.min(BATCH, left >> 1);
        let cut = this.closingLine(`\n${indent}}`, from);
        if (cut !== -1) {
            cut += indent.length + 2;
        }
        else {
            const lineEnd = indexWithin(text, '\n', from, start + 2 * BATCH);
            if (lineEnd === -1)
                return undefined;
            cut = lastCharacter(text, start, lineEnd) + 1;
        }
        if (cut - start <= 2 * BATCH) {
            try {
                const values = JSON.parse(`[${text.slice(start, cut)}]`);
                return { values, end: cut };
            }
            catch {
                // Not a run of whole objects: they are parsed one by one.
            }
        }
        this.noBatchBefore = cut;
        return this.missed(start);
    }
    /** Opens an array or object, to walk it member by member. */
    open(array) {
        if (this.frames.length >= this.maxDepth) {
            throw new JsonStreamError(`nesting deeper than ${this.maxDepth} levels`);
        }
        this.frames.push({
            items: array ? [] : undefined,
            members: array ? undefined : {},
            state: State.First,
            key: '',
            keyIndent: undefined
        });
        this.at++;
        return true;
    }
    attach(value) {
        const frame = this.frames[this.frames.length - 1];
        if (frame === undefined) {
            this.root = value;
            this.done = true;
        }
        else if (frame.items) {
            frame.items.push(value);
            frame.state = State.After;
        }
        else {
            setMember(frame.members, frame.key, value);
            frame.state = State.After;
        }
    }
    short(final) {
        if (final)
            throw new JsonStreamError('the text ends inside a value');
        return false;
    }
}
/** Sets a member as `JSON.parse` does: `__proto__` is an own key. */
function setMember(members, key, value) {
    if (key === '__proto__') {
        Object.defineProperty(members, key, {
            value,
            writable: true,
            enumerable: true,
            configurable: true
        });
    }
    else {
        members[key] = value;
    }
}
function parse(slice) {
    try {
        return JSON.parse(slice);
    }
    catch (error) {
        throw new JsonStreamError(error.message);
    }
}
/**
 * The first `needle` that starts in [from, to) of the text, or -1, found
 * without reading past the range.
 */
function indexWithin(text, needle, from, to) {
    const found = text
        .slice(from, Math.min(text.length, to + needle.length - 1))
        .indexOf(needle);
    return found === -1 ? -1 : from + found;
}
/**
 * Where the last character of a line that matters to its value is: before
 * the white space and the one comma that end the line.
 */
function lastCharacter(text, start, lineEnd) {
    let at = lineEnd - 1;
    while (at > start && isSpace(text.charCodeAt(at)))
        at--;
    if (text.charCodeAt(at) === COMMA)
        at--;
    while (at > start && isSpace(text.charCodeAt(at)))
        at--;
    return at;
}
function isSpace(c) {
    return c === SPACE || c === LF || c === CR || c === TAB;
}
/** The offset after the string that opens at `start`, or INCOMPLETE. */
function stringEnd(text, start) {
    let quote = text.indexOf('"', start + 1);
    while (quote !== -1 && text.charCodeAt(quote - 1) === BACKSLASH) {
        let backslashes = 1;
        while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) {
            backslashes++;
        }
        if (backslashes % 2 === 0)
            break;
        quote = text.indexOf('"', quote + 1);
    }
    return quote === -1 ? INCOMPLETE : quote + 1;
}
/** The offset after a number or literal: the next delimiter. */
function tokenEnd(text, start) {
    let at = start;
    for (; at < text.length; at++) {
        const c = text.charCodeAt(at);
        if (c === COMMA || c === CLOSE_ARRAY || c === CLOSE_OBJECT || isSpace(c)) {
            break;
        }
    }
    return at;
}
/**
 * The offset after the array or object that opens at `start`, found by
 * reading each character outside strings: INCOMPLETE (-1) when the text
 * ends first, LARGE (-2) when it is longer than SMALL_VALUE. For LARGE,
 * `unclosed` gets the offsets of the arrays and objects read that are
 * still open, the first among them.
 */
function containerEnd(text, start, unclosed) {
    const stop = Math.min(text.length, start + SMALL_VALUE);
    const open = [];
    for (let at = start; at < stop; at++) {
        const c = text.charCodeAt(at);
        if (c === QUOTE) {
            const end = stringEnd(text, at);
            if (end === INCOMPLETE || end > stop)
                break;
            at = end - 1;
        }
        else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
            open.push(at);
        }
        else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
            open.pop();
            if (open.length === 0)
                return at + 1;
        }
    }
    if (stop < start + SMALL_VALUE)
        return INCOMPLETE;
    for (const at of open)
        unclosed.add(at);
    return LARGE;
}


/***/ }),

/***/ 5127:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ spanOf),
/* harmony export */   r: () => (/* binding */ LineIndex)
/* harmony export */ });
const LF = 0x0a;
const CR = 0x0d;
const NO_SURROGATE = -1;
const UNKNOWN = -2;
const BOM = 0xfeff;
/**
 * Turns UTF-16 offsets into the lines and columns an editor shows. The line
 * table is built on the first query, in one pass; each line remembers where
 * its first surrogate sits, so columns on lines without astral characters
 * cost nothing and the others are counted only from that point. A leading
 * byte-order mark takes no column, as editors hide it.
 */
class LineIndex {
    text;
    starts;
    firstSurrogate;
    memo = { line: -1, offset: 0, column: 0 };
    constructor(text) {
        this.text = text;
    }
    /** The number of lines: a text ending in a line break has an empty last line. */
    get lineCount() {
        return this.lineStarts().length;
    }
    /** The text of a 1-based line without its line break, if it exists. */
    lineText(line) {
        const starts = this.lineStarts();
        const start = starts[line - 1];
        if (start === undefined)
            return undefined;
        const next = starts[line];
        const end = next === undefined ? this.text.length : next;
        return this.text.slice(start, end).replace(/\r?\n$|\r$/, '');
    }
    /** The 1-based line and code-point column of a UTF-16 offset. */
    position(offset) {
        const at = Math.max(0, Math.min(Math.trunc(offset), this.text.length));
        const line = this.lineOf(at);
        return { line: line + 1, column: this.columnOf(line, at) };
    }
    lineStarts() {
        this.starts ??= findLineStarts(this.text);
        return this.starts;
    }
    /** Binary search for the last line starting at or before the offset. */
    lineOf(offset) {
        const starts = this.lineStarts();
        let low = 0;
        let high = starts.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >>> 1;
            if (starts[middle] <= offset)
                low = middle;
            else
                high = middle - 1;
        }
        return low;
    }
    columnOf(line, offset) {
        const start = this.lineStarts()[line];
        const surrogate = this.surrogateOf(line);
        if (surrogate === NO_SURROGATE || offset <= surrogate) {
            return Math.max(1, offset - start + 1);
        }
        // Findings usually arrive in order, so counting resumes where the last
        // query on this line stopped.
        let from = surrogate;
        let column = surrogate - start + 1;
        if (this.memo.line === line && this.memo.offset <= offset) {
            from = this.memo.offset;
            column = this.memo.column;
        }
        const counted = countColumns(this.text, from, offset, column);
        this.memo = { line, offset: counted.offset, column: counted.column };
        return counted.result;
    }
    /** Where the line's first surrogate is, or NO_SURROGATE; cached per line. */
    surrogateOf(line) {
        const starts = this.lineStarts();
        this.firstSurrogate ??= new Int32Array(starts.length).fill(UNKNOWN);
        const cached = this.firstSurrogate[line];
        if (cached !== UNKNOWN)
            return cached;
        const end = line + 1 < starts.length ? starts[line + 1] : this.text.length;
        let found = NO_SURROGATE;
        for (let i = starts[line]; i < end; i++) {
            const code = this.text.charCodeAt(i);
            if (code >= 0xd800 && code <= 0xdfff) {
                found = i;
                break;
            }
        }
        this.firstSurrogate[line] = found;
        return found;
    }
}
/**
 * Counts code points from `from` (at `column`) up to `offset`. An offset in
 * the middle of a surrogate pair gets the pair's column. Also returns the
 * last code-point boundary reached, so a later query can resume there.
 */
function countColumns(text, from, offset, column) {
    let i = from;
    let col = column;
    while (i < offset) {
        if (isPairAt(text, i)) {
            if (i + 1 === offset)
                return { result: col, offset: i, column: col };
            i += 2;
        }
        else {
            i += 1;
        }
        col += 1;
    }
    return { result: col, offset: i, column: col };
}
function isPairAt(text, i) {
    const high = text.charCodeAt(i);
    if (high < 0xd800 || high > 0xdbff)
        return false;
    const low = text.charCodeAt(i + 1);
    return low >= 0xdc00 && low <= 0xdfff;
}
/** Offsets where lines start: after `\r\n`, `\n` or a lone `\r`. */
function findLineStarts(text) {
    const starts = [text.charCodeAt(0) === BOM ? 1 : 0];
    // Most files use `\n` alone; `indexOf` finds those far faster than a loop.
    if (!text.includes('\r')) {
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
            starts.push(i + 1);
        }
        return starts;
    }
    const length = text.length;
    for (let i = 0; i < length; i++) {
        const code = text.charCodeAt(i);
        if (code > CR)
            continue;
        if (code === LF)
            starts.push(i + 1);
        else if (code === CR) {
            if (text.charCodeAt(i + 1) === LF)
                i++;
            starts.push(i + 1);
        }
    }
    return starts;
}
/** The editor span of the UTF-16 range [start, end). */
function spanOf(index, start, end) {
    const from = index.position(start);
    const to = index.position(Math.max(start, end));
    return {
        line: from.line,
        column: from.column,
        endLine: to.line,
        endColumn: to.column
    };
}


/***/ }),

/***/ 6173:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FU: () => (/* binding */ EXACT_NUMBER_LENGTH),
/* harmony export */   YK: () => (/* binding */ numberAsSent),
/* harmony export */   hj: () => (/* binding */ numberLoss)
/* harmony export */ });
/**
 * A number token with at most this many characters, its sign aside, and no
 * exponent is always carried exactly: no integer of 15 digits passes
 * `Number.MAX_SAFE_INTEGER`, and no such decimal overflows or underflows.
 */
const EXACT_NUMBER_LENGTH = 15;
const INTEGER = /^-?\d+$/;
const NONZERO_DIGIT = /[1-9]/;
/**
 * What `JSON.parse` loses of a valid JSON number token, or undefined when
 * it loses nothing that matters. A decimal fraction with more digits than a
 * double keeps (3.141592653589793238) loses nothing that matters: Python
 * reads it as the same double.
 */
function numberLoss(token) {
    const value = Number(token);
    if (!Number.isFinite(value))
        return 'overflow';
    if (value === 0) {
        const mantissa = token.split(/[eE]/, 1)[0];
        return NONZERO_DIGIT.test(mantissa) ? 'underflow' : undefined;
    }
    if (Math.abs(value) <= Number.MAX_SAFE_INTEGER || !INTEGER.test(token)) {
        return undefined;
    }
    if (BigInt(token) !== BigInt(value))
        return 'rounded';
    // Number#toString, and so JSON.stringify, switches to exponent notation
    // at 1e21.
    return Math.abs(value) >= 1e21 ? 'notation' : undefined;
}
/** What `JSON.stringify` writes for the value `JSON.parse` reads. */
function numberAsSent(token) {
    return JSON.stringify(Number(token));
}


/***/ }),

/***/ 9391:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $2: () => (/* binding */ formatPointer),
/* harmony export */   vp: () => (/* binding */ parsePointer)
/* harmony export */ });
/* unused harmony export escapeToken */
/**
 * Formats a JSON Pointer (RFC 6901) from its reference tokens, escaping `~`
 * as `~0` and `/` as `~1`. No tokens is the root, the empty pointer.
 */
function formatPointer(segments) {
    let pointer = '';
    for (const segment of segments)
        pointer += '/' + escapeToken(String(segment));
    return pointer;
}
/** Escapes one reference token of a JSON Pointer. */
function escapeToken(token) {
    if (!token.includes('~') && !token.includes('/'))
        return token;
    return token.replace(/~/g, '~0').replace(/\//g, '~1');
}
/**
 * Splits a JSON Pointer into its unescaped reference tokens; the empty
 * pointer gives none. Throws on a pointer that does not start with `/` or
 * holds a `~` not followed by `0` or `1`, as RFC 6901 requires.
 */
function parsePointer(pointer) {
    if (pointer === '')
        return [];
    if (!pointer.startsWith('/')) {
        throw new Error(`invalid JSON Pointer "${pointer}": it must be empty or start with '/'`);
    }
    if (/~(?![01])/.test(pointer)) {
        throw new Error(`invalid JSON Pointer "${pointer}": '~' must be followed by 0 or 1`);
    }
    return pointer
        .slice(1)
        .split('/')
        .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
}


/***/ }),

/***/ 2197:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CN: () => (/* binding */ TinyNumberSearch),
/* harmony export */   Ig: () => (/* binding */ countStrings),
/* harmony export */   X6: () => (/* binding */ numbersMayBeInexact),
/* harmony export */   fW: () => (/* binding */ StringCount),
/* harmony export */   fl: () => (/* binding */ countParsedKeys),
/* harmony export */   iT: () => (/* binding */ measureParsed),
/* harmony export */   k: () => (/* binding */ mayHoldInexactNumber)
/* harmony export */ });
/**
 * Cheap passes over JSON that the engine runs on its fast path, next to
 * `JSON.parse`, to decide whether the full parser is needed.
 */
const QUOTE = '"';
const BACKSLASH = 0x5c;
const SAFE = Number.MAX_SAFE_INTEGER;
// A nonzero number reads as zero only below about 2.5e-324: written with
// a negative exponent of three digits or more, or as a fraction that
// starts with more than two hundred zeros.
const NEGATIVE_EXPONENT = /[eE]-\d\d\d/;
const LEADING_ZEROS = '.000000000000000';
/**
 * Counts the strings of a valid JSON text, member keys and values alike:
 * its quotes that no backslash escapes, halved. JSON.parse keeps one
 * member of each repeated key, and each member it drops takes at least its
 * key's string with it, so the text holds more strings than the parsed
 * value (`measureParsed`) exactly when a key repeats.
 */
function countStrings(text) {
    const count = new StringCount();
    count.add(text);
    return count.strings;
}
/** `countStrings` over a text given in pieces. */
class StringCount {
    quotes = 0;
    /** The backslashes that end the text so far. */
    backslashes = 0;
    /**
     * Counts the quotes of the next piece that no backslash escapes. Quotes
     * are found with `indexOf`; only a quote after a backslash costs more.
     */
    add(piece) {
        for (let at = piece.indexOf(QUOTE); at !== -1;) {
            if (at === 0 || piece.charCodeAt(at - 1) === BACKSLASH) {
                if (this.backslashesBefore(piece, at) % 2 === 0)
                    this.quotes++;
            }
            else {
                this.quotes++;
            }
            at = piece.indexOf(QUOTE, at + 1);
        }
        const run = trailingBackslashes(piece);
        this.backslashes = run === piece.length ? this.backslashes + run : run;
    }
    /** The strings of the text so far. */
    get strings() {
        return this.quotes >> 1;
    }
    backslashesBefore(piece, quote) {
        let count = 0;
        while (piece.charCodeAt(quote - 1 - count) === BACKSLASH)
            count++;
        return count === quote ? count + this.backslashes : count;
    }
}
function trailingBackslashes(piece) {
    let count = 0;
    while (piece.charCodeAt(piece.length - 1 - count) === BACKSLASH)
        count++;
    return count;
}
/**
 * The text half of `mayHoldInexactNumber` over a text given in pieces:
 * whether it writes a number so small that it may have read as zero.
 */
class TinyNumberSearch {
    found = false;
    /** The end of the text so far, where a tiny number may start. */
    tail = '';
    /** Searches the next piece, and where it joins the last. */
    add(piece) {
        if (this.found)
            return;
        const joint = this.tail + piece.slice(0, LEADING_ZEROS.length);
        this.found = writesTinyNumber(joint) || writesTinyNumber(piece);
        this.tail = (this.tail + piece).slice(-LEADING_ZEROS.length);
    }
    /** Whether the text so far writes a number that may have read as zero. */
    get writesTinyNumber() {
        return this.found;
    }
}
function writesTinyNumber(text) {
    return NEGATIVE_EXPONENT.test(text) || text.includes(LEADING_ZEROS);
}
/**
 * Counts the own keys of every object in a parsed JSON value. Iterative, so
 * any nesting depth is safe.
 */
function countParsedKeys(value) {
    return measureParsed(value).keys;
}
/**
 * Counts the own keys of every object in a parsed JSON value, measures its
 * nesting depth and notes its suspect numbers, in one iterative walk: the
 * native parser accepts nesting a recursive walk could not follow.
 */
function measureParsed(value) {
    let keys = 0;
    let values = typeof value === 'string' ? 1 : 0;
    let deepest = 0;
    const numbers = { unsafe: false, zero: false };
    const pending = [value];
    const levels = [1];
    while (pending.length > 0) {
        const current = pending.pop();
        const level = levels.pop();
        if (typeof current !== 'object' || current === null)
            continue;
        if (level > deepest)
            deepest = level;
        if (Array.isArray(current)) {
            for (const item of current) {
                if (typeof item === 'object' && item !== null) {
                    pending.push(item);
                    levels.push(level + 1);
                }
                else if (typeof item === 'number')
                    noteNumber(item, numbers);
                else if (typeof item === 'string')
                    values++;
            }
            continue;
        }
        for (const key in current) {
            keys++;
            const item = current[key];
            if (typeof item === 'object' && item !== null) {
                pending.push(item);
                levels.push(level + 1);
            }
            else if (typeof item === 'number')
                noteNumber(item, numbers);
            else if (typeof item === 'string')
                values++;
        }
    }
    return { keys, strings: keys + values, depth: deepest, numbers };
}
function noteNumber(value, numbers) {
    if (value === 0)
        numbers.zero = true;
    else if (value > SAFE || value < -SAFE)
        numbers.unsafe = true;
}
/**
 * Tells whether a valid JSON text, whose parsed value `measureParsed`
 * measured, may hold a number that `JSON.parse` does not carry exactly
 * (see `numberLoss`). Never false when it does; the text is searched only
 * when the value holds a zero.
 */
function mayHoldInexactNumber(text, numbers) {
    return numbersMayBeInexact(numbers, () => writesTinyNumber(text));
}
/**
 * The rule of `mayHoldInexactNumber` for a text held elsewhere:
 * `writesTiny` searches it, and is asked only when the value holds a zero.
 */
function numbersMayBeInexact(numbers, writesTiny) {
    if (numbers.unsafe)
        return true;
    return numbers.zero && writesTiny();
}


/***/ }),

/***/ 1219:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/action/annotations.ts
var action_annotations = __nccwpck_require__(7376);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./src/action/event.ts

/**
 * Reads the event from `GITHUB_*` variables and the event file, without
 * loading `@actions/github`: validation needs only these few fields.
 */
function readEvent(env) {
    const payload = readPayload(env.GITHUB_EVENT_PATH);
    const event = {
        name: env.GITHUB_EVENT_NAME ?? '',
        ref: env.GITHUB_REF ?? '',
        sha: env.GITHUB_SHA ?? '',
        repository: env.GITHUB_REPOSITORY ?? '',
        serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com'
    };
    const repository = record(payload.repository);
    if (typeof repository.default_branch === 'string') {
        event.defaultBranch = repository.default_branch;
    }
    const pull = record(payload.pull_request);
    if (typeof pull.number === 'number') {
        const head = record(pull.head);
        const base = record(pull.base);
        const headRepo = record(head.repo).full_name;
        const baseRepo = record(base.repo).full_name;
        event.pullRequest = {
            number: pull.number,
            headSha: typeof head.sha === 'string' ? head.sha : event.sha,
            fork: typeof headRepo === 'string' && headRepo !== baseRepo
        };
    }
    return event;
}
/**
 * Picks the mode from the event unless an input names it: a pull request
 * diffs; a push to the default branch, a manual run or a release promotes;
 * anything else only validates. Returns the reason too, for the log.
 */
function decideMode(requested, event) {
    if (requested !== 'auto')
        return { mode: requested, reason: 'input mode' };
    if (event.name === 'pull_request' || event.name === 'pull_request_target') {
        return { mode: 'diff', reason: `${event.name} event` };
    }
    if (event.name === 'workflow_dispatch' || event.name === 'release') {
        return { mode: 'promote', reason: `${event.name} event` };
    }
    if (event.name === 'push') {
        const main = event.defaultBranch && `refs/heads/${event.defaultBranch}`;
        if (main && event.ref === main) {
            return {
                mode: 'promote',
                reason: `push to the default branch ${event.defaultBranch}`
            };
        }
        return {
            mode: 'validate',
            reason: `push to ${event.ref}, not the default branch`
        };
    }
    return { mode: 'validate', reason: `${event.name || 'no'} event` };
}
function readPayload(path) {
    if (!path)
        return {};
    try {
        return record(JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8')));
    }
    catch {
        return {};
    }
}
function record(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
        ? value
        : {};
}

// EXTERNAL MODULE: ./src/discover/suggest.ts
var suggest = __nccwpck_require__(3413);
;// CONCATENATED MODULE: ./src/plugsync/limits.ts
/**
 * The longest timeout per request, in seconds, that the inputs and the CLI
 * take: an hour is far more than any answer needs, and Node's timers cannot
 * wait past about 24 days (a longer one fires at once).
 */
const MAX_TIMEOUT_S = 3600;

;// CONCATENATED MODULE: ./src/action/inputs.ts


/** An input that is not what `action.yml` allows. */
class InputError extends Error {
    name = 'InputError';
}
/**
 * Reads and checks every input. Secrets are handed to `mask` before anything
 * else happens, so they cannot reach the log even through an error message.
 */
function readInputs(read, mask) {
    const plugsyncToken = read('plugsync-token').trim();
    const githubToken = read('github-token').trim();
    if (plugsyncToken)
        mask(plugsyncToken);
    if (githubToken)
        mask(githubToken);
    return {
        mode: oneOf(read, 'mode', ['auto', 'validate', 'diff', 'promote'], 'auto'),
        configs: lines(read('configs')),
        exclude: lines(read('exclude')),
        manifest: read('manifest').trim() || 'plugsync.yaml',
        workingDirectory: read('working-directory').trim() || '.',
        failOn: oneOf(read, 'fail-on', ['error', 'warning', 'never'], 'error'),
        report: read('report').trim(),
        plugsyncToken,
        apiUrl: read('api-url').trim() || 'https://app.plugsync.com/api',
        githubToken,
        comment: flag(read, 'comment', true),
        environment: read('environment').trim(),
        dryRun: flag(read, 'dry-run', false),
        requireReview: flag(read, 'require-review', true),
        allowDraftOverwrite: flag(read, 'allow-draft-overwrite', false),
        allowDrift: flag(read, 'allow-drift', false),
        timeoutMs: count(read, 'timeout', 30, 1, MAX_TIMEOUT_S) * 1000,
        retries: count(read, 'retries', 3, 0),
        concurrency: count(read, 'concurrency', 4, 1)
    };
}
/** Splits a multi-line input into its non-empty, trimmed lines. */
function lines(value) {
    return value
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'));
}
function oneOf(read, name, allowed, fallback) {
    const value = read(name).trim();
    if (value === '')
        return fallback;
    if (allowed.includes(value))
        return value;
    const near = (0,suggest/* closest */.kp)(value, allowed);
    const guess = near === undefined ? '' : `did you mean "${near}"? `;
    throw new InputError(`input ${name} is "${value}": ${guess}use one of ${allowed.map((a) => `"${a}"`).join(', ')}`);
}
function flag(read, name, fallback) {
    const value = read(name).trim().toLowerCase();
    if (value === '')
        return fallback;
    if (['true', 'yes', 'on', '1'].includes(value))
        return true;
    if (['false', 'no', 'off', '0'].includes(value))
        return false;
    throw new InputError(`input ${name} is "${value}": use "true" or "false"`);
}
function count(read, name, fallback, least, most = Number.MAX_SAFE_INTEGER) {
    const value = read(name).trim();
    if (value === '')
        return fallback;
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed < least || parsed > most) {
        const range = most === Number.MAX_SAFE_INTEGER
            ? `of at least ${least}`
            : `from ${least} to ${most}`;
        throw new InputError(`input ${name} is "${value}": use a whole number ${range}`);
    }
    return parsed;
}

;// CONCATENATED MODULE: ./src/discover/repo-path.ts


/** Tells whether a real (symlink-free) path is the root or inside it. */
function isInside(realRoot, real) {
    return real === realRoot || real.startsWith(realRoot + (external_node_path_default()).sep);
}
/** The repository-relative form of an absolute path, with forward slashes. */
function toRepoPath(root, absolute) {
    return external_node_path_default().relative(root, absolute).split((external_node_path_default()).sep).join('/');
}
/**
 * Resolves every symlink on a path and says whether the result stays in
 * the repository, is missing or loops. A path that is itself a link to
 * nothing is missing, with where the link points.
 */
async function resolveInside(realRoot, absolute) {
    try {
        const real = await external_node_fs_.promises.realpath(absolute);
        return isInside(realRoot, real)
            ? { kind: 'inside', real }
            : { kind: 'outside', real };
    }
    catch (error) {
        const code = error.code;
        if (code === 'ELOOP')
            return { kind: 'loop' };
        if (code === 'ENOENT' || code === 'ENOTDIR') {
            const target = await external_node_fs_.promises.readlink(absolute).catch(() => undefined);
            return target === undefined
                ? { kind: 'missing' }
                : { kind: 'missing', danglingTo: target };
        }
        throw error;
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./src/action/report-file.ts




/**
 * Writes the JSON report without going through links that a pull request
 * may have planted in the workspace: its folder must really lead into one
 * of the roots, and the text is written to a new file beside the target and
 * renamed over it, so that a symlink or hard link at the path is replaced,
 * never written through. The text may come in pieces (see `jsonText`).
 * Returns why it was not written, or undefined.
 */
async function writeReportFile(path, text, place) {
    const folderWritten = (0,external_node_path_.resolve)((0,external_node_path_.dirname)(path));
    if (!place.roots.some((root) => isInside((0,external_node_path_.resolve)(root), folderWritten))) {
        return 'it is outside the workspace: name a file in the repository, or leave the input empty';
    }
    // A root may not exist yet (a RUNNER_TEMP not made): it is compared as
    // far as it exists, its missing folders as written.
    const roots = await Promise.all(place.roots.map(realAsFarAsItExists));
    const leadsOut = (real) => !roots.some((root) => isInside(root, real));
    // The folders to make must not be made through a link that leads out.
    if (leadsOut(await realAsFarAsItExists(folderWritten)))
        return LEADS_OUT;
    await (0,promises_.mkdir)(folderWritten, { recursive: true });
    const folder = await (0,promises_.realpath)(folderWritten);
    if (leadsOut(folder))
        return LEADS_OUT;
    const target = (0,external_node_path_.join)(folder, (0,external_node_path_.basename)(path));
    const existing = await (0,promises_.lstat)(target).catch(() => undefined);
    if (existing?.isDirectory()) {
        return 'it is a folder: name a file in it, or leave the input empty';
    }
    const keep = await Promise.all(place.keep.map(real));
    if (keep.includes(target)) {
        return 'it is a file this run checks: it was not overwritten; name another file';
    }
    const temporary = (0,external_node_path_.join)(folder, `.${(0,external_node_path_.basename)(path)}.${(0,external_node_crypto_.randomUUID)()}.tmp`);
    try {
        await (0,promises_.writeFile)(temporary, text, { flag: 'wx' });
        await (0,promises_.rename)(temporary, target);
    }
    catch (error) {
        await (0,promises_.rm)(temporary, { force: true });
        throw error;
    }
    return undefined;
}
const LEADS_OUT = 'its folder leads out of the workspace (through a symlink): name a folder of the repository, or leave the input empty';
/**
 * The real path of the nearest folder of `path` that exists, with the rest
 * of `path` as written: where making its missing folders would lead.
 */
async function realAsFarAsItExists(path) {
    const existing = await existingAncestor(path);
    return (0,external_node_path_.join)(await (0,promises_.realpath)(existing), (0,external_node_path_.relative)(existing, path));
}
/** The folder itself, or the nearest one above it that exists. */
async function existingAncestor(folder) {
    let at = folder;
    while ((await (0,promises_.lstat)(at).catch(() => undefined)) === undefined) {
        const up = (0,external_node_path_.dirname)(at);
        if (up === at)
            break;
        at = up;
    }
    return at;
}
async function real(path) {
    return (0,promises_.realpath)(path).catch(() => path);
}

// EXTERNAL MODULE: ./src/findings/finding.ts
var findings_finding = __nccwpck_require__(4879);
// EXTERNAL MODULE: ./src/report/describe.ts
var describe = __nccwpck_require__(313);
;// CONCATENATED MODULE: ./src/action/verdict.ts


/**
 * Judges the findings against `fail-on`: the run fails once, at the end,
 * with one line that says how many findings and in which files.
 */
function judge(findings, failOn) {
    const counts = (0,findings_finding/* countBySeverity */.Ot)(findings);
    const failing = findings.filter((finding) => failOn === 'never'
        ? false
        : failOn === 'warning'
            ? finding.severity !== 'notice'
            : finding.severity === 'error');
    if (failing.length === 0)
        return { valid: true, counts };
    const files = [...new Set(failing.map((finding) => finding.file))];
    const shown = files.slice(0, 3).map(describe/* visibleText */.Q6).join(', ');
    const more = files.length > 3 ? ` and ${(0,describe/* plural */.LS)(files.length - 3, 'more file')}` : '';
    return {
        valid: false,
        counts,
        line: `PlugSync config: ${(0,describe/* countsText */.WN)((0,findings_finding/* countBySeverity */.Ot)(failing))} in ${shown}${more} (fail-on: ${failOn}); see the annotations and the job summary`
    };
}

// EXTERNAL MODULE: ./src/discover/file-content.ts + 1 modules
var file_content = __nccwpck_require__(3635);
// EXTERNAL MODULE: ./src/discover/config-sniff.ts
var config_sniff = __nccwpck_require__(5876);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(4006);
var picomatch_default = /*#__PURE__*/__nccwpck_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/discover/discovery-filter.ts

/** Directories never searched: dependencies, VCS data, build output, editor settings. */
const SKIPPED_DIRECTORIES = new Set([
    'node_modules',
    '.git',
    'dist',
    '.vscode',
    '.devcontainer'
]);
/** Files that are JSON with comments by convention. */
const SKIPPED_FILE = /^(?:tsconfig.*|jsconfig.*|\.devcontainer)\.json$/;
/** Where configs are looked for when the `configs` input is empty. */
const DEFAULT_PATTERNS = ['**/*.json'];
/**
 * Compiles the user's patterns and exclusions. A pattern starting with `!`
 * is an exclusion; `./` prefixes and trailing slashes are dropped; blank
 * lines are ignored. Dot files match.
 */
function createFilter(patterns, exclude) {
    for (const line of [...patterns, ...exclude])
        refuseOutward(line);
    const lines = patterns.map(cleanPattern).filter((line) => line !== '');
    const positive = lines.filter((line) => !line.startsWith('!'));
    const negative = lines
        .filter((line) => line.startsWith('!'))
        .map((line) => cleanPattern(line.slice(1)));
    const exclusions = [...negative, ...exclude.map(cleanPattern)].filter((line) => line !== '');
    const used = positive.length > 0 ? positive : DEFAULT_PATTERNS;
    const matches = picomatch_default()(used, { dot: true });
    const excluded = globMatcher(exclusions);
    const isExcluded = (repoPath) => excluded(repoPath) || isSkippedByConvention(repoPath);
    const reaches = used.map(reachOf);
    return {
        starts: startsOf(used),
        isExcluded,
        enterDirectory: (repoPath) => !isExcluded(repoPath) && reaches.some((reach) => reach(repoPath)),
        wantFile: (repoPath) => !isExcluded(repoPath) && matches(repoPath)
    };
}
/**
 * Whether a pattern can match anything under a directory: each of the
 * directory's names must match the pattern's part at its depth, with a
 * part left over for the file, unless a `**` comes first. A pattern with
 * braces or parentheses may hold a `/` inside them, so it is taken to reach
 * everywhere, as does one with an empty part (`a//b`).
 */
function reachOf(pattern) {
    const parts = pattern.split('/');
    if (/[{}()]/.test(pattern) || parts.includes(''))
        return () => true;
    const matchers = parts.map((part) => picomatch_default()(part, { dot: true }));
    return (directory) => {
        const names = directory.split('/');
        for (let depth = 0; depth < names.length; depth++) {
            if (parts[depth] === '**')
                return true;
            if (depth >= parts.length - 1)
                return false;
            if (!matchers[depth](names[depth]))
                return false;
        }
        return true;
    };
}
/**
 * A glob is relative to the repository root and stays below it: one that
 * is absolute, or climbs out with `..`, says so.
 */
function refuseOutward(line) {
    const glob = line.trim().replace(/^!/, '');
    if (glob.startsWith('/') || /^[A-Za-z]:[\\/]/.test(glob)) {
        throw new Error(`the pattern '${line.trim()}' is absolute: write it relative to the repository root, as in connectors/*.json`);
    }
    if (glob.split(/[\\/]/).includes('..')) {
        throw new Error(`the pattern '${line.trim()}' has a '..' part, but patterns match only below the repository root: write it from the root, as in connectors/*.json, or check another root (--root on the command line, working-directory in the action)`);
    }
}
/**
 * Whether the user's exclude patterns leave out a path relative to the
 * root: for a file named outright, which the conventions (node_modules,
 * dist and the like) never leave out.
 */
function userExclusion(exclude) {
    for (const line of exclude)
        refuseOutward(line);
    return globMatcher(exclude.map(cleanPattern).filter((line) => line !== ''));
}
/** Whether a path matches any of the globs; none matches nothing. */
function globMatcher(globs) {
    return globs.length > 0 ? picomatch_default()([...globs], { dot: true }) : () => false;
}
function cleanPattern(line) {
    return line.trim().replace(/^\.\//, '').replace(/\/+$/, '');
}
function isSkippedByConvention(repoPath) {
    const parts = repoPath.split('/');
    const name = parts[parts.length - 1];
    return (parts.some((part) => SKIPPED_DIRECTORIES.has(part)) ||
        SKIPPED_FILE.test(name));
}
/**
 * The directories the patterns can match under: a pattern's part before
 * its first glob character. Nested starts are dropped; '' is the root.
 */
function startsOf(patterns) {
    const bases = patterns.map((pattern) => {
        const scan = picomatch_default().scan(pattern);
        if (scan.isGlob)
            return scan.base;
        const slash = pattern.lastIndexOf('/');
        return slash === -1 ? '' : pattern.slice(0, slash);
    });
    if (bases.includes(''))
        return [''];
    const unique = [...new Set(bases)].sort();
    return unique.filter((base) => !unique.some((other) => other !== base && base.startsWith(other + '/')));
}

// EXTERNAL MODULE: ./src/append.ts
var append = __nccwpck_require__(1871);
;// CONCATENATED MODULE: ./src/discover/pool.ts

/**
 * Runs `work` on every job with at most `limit` running at once. A job may
 * give back more jobs, which join the queue; the promise settles when the
 * queue is empty and nothing runs, or rejects on the first failure.
 */
function runPool(jobs, limit, work) {
    const queue = [...jobs];
    let next = 0;
    let running = 0;
    let failed = false;
    return new Promise((resolve, reject) => {
        const pump = () => {
            while (!failed && running < limit && next < queue.length) {
                const job = queue[next++];
                running++;
                work(job).then((more) => {
                    running--;
                    if (more)
                        (0,append/* appendAll */.u)(queue, more);
                    pump();
                }, (error) => {
                    failed = true;
                    reject(error);
                });
            }
            if (!failed && running === 0 && next === queue.length)
                resolve();
        };
        pump();
    });
}
/** Maps items through an async function, at most `limit` at once, in order. */
async function mapPool(items, limit, map) {
    const results = new Array(items.length);
    await runPool(items.map((_, index) => index), limit, async (index) => {
        results[index] = await map(items[index]);
    });
    return results;
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
;// CONCATENATED MODULE: ./src/discover/walk-tree.ts





const CONCURRENCY = 16;
const listDirectory = (0,external_node_util_.promisify)(external_node_fs_.readdir);
const readDirectoryEntries = (absolute) => listDirectory(absolute, { withFileTypes: true });
/**
 * Walks directory trees from the given starting directories, reading up to
 * 16 directories at once. Symlinks are followed only when they stay in the
 * repository (`boundary`, the root unless the walk starts below it); the real tree is walked first and the links afterwards, in
 * path order, so that the result never depends on timing. A link to a
 * directory already walked is not followed (its files are found under
 * their own paths); a link back into its own ancestry, or a link chain
 * that never ends, is a loop.
 */
async function walkTree(root, starts, filter, list = readDirectoryEntries, boundary = root) {
    const realRoot = await external_node_fs_.promises.realpath(root);
    const realBoundary = await external_node_fs_.promises.realpath(boundary);
    const walk = { files: [], links: [], unreadable: [] };
    const walked = new Set();
    let links = [];
    const readJob = async (job) => {
        walked.add(job.real);
        const entries = await readDirectory(job, walk, list);
        return classifyEntries(job, entries, filter, walk, links);
    };
    const firstJobs = await startJobs(root, realRoot, realBoundary, starts, walk);
    await runPool(firstJobs, CONCURRENCY, readJob);
    while (links.length > 0) {
        const round = links.sort((a, b) => compare(a.path, b.path));
        links = [];
        const next = await followLinks(round, realBoundary, walked, filter, walk);
        await runPool(next, CONCURRENCY, readJob);
    }
    return walk;
}
async function startJobs(root, realRoot, realBoundary, starts, walk) {
    const jobs = [];
    for (const start of starts) {
        const absolute = external_node_path_default().join(root, ...start.split('/').filter(Boolean));
        const resolution = await resolveInside(realBoundary, absolute);
        if (resolution.kind === 'outside' || resolution.kind === 'loop') {
            walk.links.push({ path: start, reason: resolution.kind });
            continue;
        }
        if (resolution.kind === 'missing')
            continue;
        if (!(await external_node_fs_.promises.stat(resolution.real)).isDirectory())
            continue;
        const above = { real: realRoot, above: undefined };
        const viaLink = resolution.real !== external_node_path_default().join(realRoot, ...start.split('/'));
        jobs.push({ path: start, absolute, real: resolution.real, viaLink, above });
    }
    return jobs;
}
async function readDirectory(job, walk, list) {
    try {
        return await list(job.absolute);
    }
    catch (error) {
        const code = error.code;
        if (code !== 'ENOENT' && code !== 'ENOTDIR') {
            walk.unreadable.push({ path: job.path, reason: code ?? String(error) });
        }
        return [];
    }
}
/** Files go to the walk, directories come back as jobs, links wait. */
function classifyEntries(job, entries, filter, walk, links) {
    const jobs = [];
    for (const entry of entries) {
        const repoPath = job.path === '' ? entry.name : `${job.path}/${entry.name}`;
        const absolute = external_node_path_default().join(job.absolute, entry.name);
        const real = external_node_path_default().join(job.real, entry.name);
        if (entry.isDirectory()) {
            if (!filter.enterDirectory(repoPath))
                continue;
            const above = { real: job.real, above: job.above };
            jobs.push({ path: repoPath, absolute, real, viaLink: job.viaLink, above });
        }
        else if (entry.isFile()) {
            if (!filter.wantFile(repoPath))
                continue;
            walk.files.push({
                path: repoPath,
                absolutePath: absolute,
                real,
                viaLink: job.viaLink
            });
        }
        else if (entry.isSymbolicLink()) {
            links.push({ path: repoPath, absolute, job });
        }
    }
    return jobs;
}
/**
 * Decides, in path order, what each link of a round leads to: a file to
 * keep, a directory to walk next, or a link to report.
 */
async function followLinks(round, realBoundary, walked, filter, walk) {
    const targets = await mapPool(round, CONCURRENCY, (link) => inspectLink(realBoundary, link.absolute));
    const jobs = [];
    round.forEach((link, position) => {
        const target = targets[position];
        // A link that loops may have been meant as a file or a directory.
        const wanted = target.type === 'file'
            ? filter.wantFile(link.path)
            : target.type === 'directory'
                ? filter.enterDirectory(link.path)
                : filter.wantFile(link.path) || filter.enterDirectory(link.path);
        if (!wanted)
            return;
        if (target.resolution.kind === 'missing') {
            // A link to nothing where a config could be is kept, for the check
            // to say it cannot be read; other missing links say nothing.
            if (target.resolution.danglingTo !== undefined &&
                filter.wantFile(link.path)) {
                walk.files.push({
                    path: link.path,
                    absolutePath: link.absolute,
                    real: link.absolute,
                    viaLink: true
                });
            }
            return;
        }
        if (target.resolution.kind !== 'inside') {
            walk.links.push({ path: link.path, reason: target.resolution.kind });
            return;
        }
        const real = target.resolution.real;
        if (target.type === 'file') {
            walk.files.push({
                path: link.path,
                absolutePath: link.absolute,
                real,
                viaLink: true
            });
            return;
        }
        if (target.type !== 'directory')
            return;
        if (leadsBack(real, link.job)) {
            walk.links.push({ path: link.path, reason: 'loop' });
            return;
        }
        if (walked.has(real))
            return;
        walked.add(real);
        const above = { real: link.job.real, above: link.job.above };
        jobs.push({
            path: link.path,
            absolute: link.absolute,
            real,
            viaLink: true,
            above
        });
    });
    return jobs;
}
/** Where a link leads, and whether that is a file or a directory. */
async function inspectLink(realRoot, absolute) {
    const resolution = await resolveInside(realRoot, absolute);
    if (resolution.kind === 'missing' || resolution.kind === 'loop') {
        return { resolution, type: 'other' };
    }
    // Only the type is asked for, never the content, even outside the root.
    const stats = await external_node_fs_.promises.stat(absolute).catch(() => undefined);
    const type = stats?.isFile()
        ? 'file'
        : stats?.isDirectory()
            ? 'directory'
            : 'other';
    return { resolution, type };
}
/** Whether a directory is the link's own directory or one above it. */
function leadsBack(real, job) {
    if (isInside(real, job.real))
        return true;
    for (let up = job.above; up !== undefined; up = up.above) {
        if (isInside(real, up.real))
            return true;
    }
    return false;
}
/** Orders paths by UTF-16 code units, the same on every platform. */
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/discover/find-configs.ts









/** Looks at most this many manifest paths at once. */
const READ_CONCURRENCY = 16;
/**
 * Finds the connector configs of a repository: the manifest's paths, and
 * the files the patterns match or, without patterns, every `.json` file
 * that holds a config or does not parse. Sorted by path. `readDirectory`
 * replaces the directory listing, for tests of unreadable directories.
 */
async function findConfigs(options, readDirectory) {
    const root = external_node_path_default().resolve(options.root);
    await assertDirectory(root);
    const filter = createFilter(options.patterns, options.exclude);
    const byContent = !options.patterns.some((line) => isPattern(line));
    const walk = await walkTree(root, filter.starts, filter, readDirectory, options.repository?.root);
    const walked = preferDirectRoutes(walk.files);
    const found = byContent
        ? await keepConfigs(walked, options.takeContent, options.leaveOut)
        : walked.map((file) => candidateOf(file, 'pattern'));
    const listed = await manifestFiles(root, options.manifestPaths);
    return {
        files: merge(listed, found),
        problems: problemsOf(walk, options.repository?.folder ?? ''),
        ...(byContent ? {} : { patternMatches: found.length })
    };
}
function isPattern(line) {
    const trimmed = line.trim();
    return trimmed !== '' && !trimmed.startsWith('!');
}
/** Refuses a repository root that is not a directory, saying so. */
async function assertDirectory(root) {
    const stats = await external_node_fs_.promises.stat(root).catch(() => undefined);
    if (!stats?.isDirectory()) {
        throw new Error(`the repository root ${root} is not a directory: check the working directory`);
    }
}
/**
 * One entry per real file: a route without symlinks wins over one through
 * a link, then the smaller path.
 */
function preferDirectRoutes(files) {
    const best = new Map();
    for (const file of files) {
        const other = best.get(file.real);
        if (other === undefined || isBetterRoute(file, other))
            best.set(file.real, file);
    }
    return [...best.values()];
}
function isBetterRoute(file, other) {
    if (file.viaLink !== other.viaLink)
        return !file.viaLink;
    return compare(file.path, other.path) < 0;
}
/**
 * Reads and sniffs each file in turn. Checking a file costs far more than
 * reading it, and a synchronous read of a file in the page cache costs half
 * of an asynchronous one: reading ahead would gain nothing.
 */
async function keepConfigs(files, takeContent, leaveOut) {
    const kept = [];
    for (const file of files) {
        const content = readCandidate(file.absolutePath);
        if (content === undefined) {
            // It may be a config: the check reads it again and says why not.
            kept.push(candidateOf(file, 'content'));
            continue;
        }
        if ((0,config_sniff/* sniffContent */.Oq)(content) === 'other')
            continue;
        if (leaveOut?.(file.absolutePath, content))
            continue;
        const candidate = candidateOf(file, 'content');
        if (await takeContent?.(candidate, content))
            kept.push(candidate);
        else
            kept.push({ ...candidate, content });
    }
    return kept;
}
/** A file's content, or undefined when it cannot be read. */
function readCandidate(file) {
    try {
        return (0,file_content/* readContent */.c_)(file);
    }
    catch {
        return undefined;
    }
}
function candidateOf(file, source) {
    return {
        path: file.path,
        absolutePath: file.absolutePath,
        source,
        real: file.real
    };
}
/**
 * The manifest's files that exist inside the repository. The manifest
 * check reports the others, so they are left out here without a word.
 */
async function manifestFiles(root, paths) {
    const realRoot = await external_node_fs_.promises.realpath(root);
    const files = await mapPool(paths, READ_CONCURRENCY, async (listed) => {
        const repoPath = external_node_path_default().posix.normalize(listed.trim());
        if (repoPath === '..' || repoPath.startsWith('../'))
            return undefined;
        const absolutePath = external_node_path_default().join(root, ...repoPath.split('/'));
        const resolution = await resolveInside(realRoot, absolutePath);
        if (resolution.kind !== 'inside')
            return undefined;
        if (!(await external_node_fs_.promises.stat(resolution.real)).isFile())
            return undefined;
        const file = {
            path: repoPath,
            absolutePath,
            source: 'manifest',
            real: resolution.real
        };
        return file;
    });
    return files.filter((file) => file !== undefined);
}
/**
 * One candidate per real file, sorted by path: the manifest's path wins
 * over the same file found by the walk, and keeps the bytes the walk read.
 */
function merge(listed, found) {
    const byReal = new Map();
    for (const file of [...listed, ...found]) {
        const first = byReal.get(file.real);
        if (first === undefined)
            byReal.set(file.real, file);
        else if (first.content === undefined && file.content !== undefined) {
            byReal.set(file.real, { ...first, content: file.content });
        }
    }
    return [...byReal.values()]
        .map(({ real: _real, ...file }) => file)
        .sort((a, b) => compare(a.path, b.path));
}
/** The walk's refusals as findings on the link or directory. */
function problemsOf(walk, folder) {
    const named = (path) => [folder, path].filter((part) => part !== '').join('/');
    const problems = [
        ...walk.links.map((link) => link.reason === 'outside'
            ? problem('symlink-outside-repo', named(link.path), `the symlink ${named(link.path)} leads out of the repository: ` +
                'it was not followed; point it inside the repository or exclude it')
            : problem('symlink-loop', named(link.path), `the symlink ${named(link.path)} leads back into a directory ` +
                'above it or never ends: it was not followed; remove it or exclude it')),
        ...walk.unreadable.map((directory) => problem('unreadable-directory', named(directory.path), `the directory ${named(directory.path) || '.'} could not be read ` +
            `(${directory.reason}): configs in it were not checked`))
    ];
    return problems.sort((a, b) => compare(a.file, b.file));
}
function problem(rule, file, message) {
    return (0,findings_finding/* fileFinding */.sb)(rule, file, message);
}

// EXTERNAL MODULE: ./src/engine/decode.ts
var decode = __nccwpck_require__(9334);
// EXTERNAL MODULE: ./src/json/line-index.ts
var line_index = __nccwpck_require__(5127);
// EXTERNAL MODULE: ./src/json/pointer.ts
var json_pointer = __nccwpck_require__(9391);
;// CONCATENATED MODULE: ./src/discover/manifest-paths.ts





/**
 * Checks each entry's path against the file system and the entries against
 * each other. Keeps the entries that are whole, whose path is a file in the
 * repository, and that repeat no earlier id or path of their environment.
 */
async function checkEntries(entries, problems, root) {
    const realRoot = await external_node_fs_.promises.realpath(root);
    const paths = await Promise.all(entries.map((entry) => entry.path === undefined
        ? undefined
        : checkPath(entry, entry.path, problems, root, realRoot)));
    const repeated = findRepeats(entries, paths, problems);
    const kept = [];
    entries.forEach((entry, position) => {
        const checked = paths[position];
        if (checked === undefined || entry.id === undefined)
            return;
        if (repeated.has(position))
            return;
        kept.push({
            path: checked,
            id: entry.id.value,
            ...(entry.environment ? { environment: entry.environment.value } : {}),
            span: problems.span(entry.range)
        });
    });
    return kept;
}
/** The normalised repository path of an entry's file, or undefined. */
async function checkPath(entry, written, problems, root, realRoot) {
    const pointer = (0,json_pointer/* formatPointer */.$2)(['connectors', entry.index, 'path']);
    const shown = `the path '${written.value}' of connector ${entry.index + 1}`;
    const fail = (rule, why) => {
        problems.add(rule, `${shown} ${why}`, written.range, pointer);
        return undefined;
    };
    const value = written.value.trim();
    if (value.includes('\\')) {
        return fail('manifest-invalid-value', 'uses \\: write it with forward slashes');
    }
    if (external_node_path_default().posix.isAbsolute(value) || /^[A-Za-z]:/.test(value)) {
        return fail('manifest-path-outside-repo', 'is absolute: write it relative to the repository root');
    }
    const normal = external_node_path_default().posix.normalize(value);
    if (normal === '..' || normal.startsWith('../')) {
        return fail('manifest-path-outside-repo', 'leads out of the repository');
    }
    const absolute = external_node_path_default().join(root, ...normal.split('/'));
    const resolution = await resolveInside(realRoot, absolute);
    if (resolution.kind === 'missing') {
        if (resolution.danglingTo !== undefined) {
            return fail('manifest-missing-path', `is a symlink to '${resolution.danglingTo}', which does not exist: point it at the config file or name the file itself`);
        }
        const near = await nearestFile(root, normal);
        const guess = near === undefined ? '' : `: did you mean '${near}'?`;
        return fail('manifest-missing-path', `does not exist in the repository${guess}`);
    }
    if (resolution.kind === 'loop') {
        return fail('manifest-missing-path', 'is a symlink that loops');
    }
    if (resolution.kind === 'outside') {
        return fail('manifest-path-outside-repo', 'is a symlink that leads out of the repository');
    }
    if (!(await external_node_fs_.promises.stat(resolution.real)).isFile()) {
        return fail('manifest-invalid-value', 'is not a file: name the config file');
    }
    return normal.replace(/\/$/, '');
}
/**
 * The file beside a missing path whose name is closest to the one written,
 * as a repository path; undefined when its folder does not exist either.
 */
async function nearestFile(root, written) {
    const folder = external_node_path_default().posix.dirname(written);
    const names = await external_node_fs_.promises
        .readdir(external_node_path_default().join(root, ...folder.split('/')))
        .catch(() => []);
    const near = (0,suggest/* closest */.kp)(external_node_path_default().posix.basename(written), names);
    return near === undefined ? undefined : external_node_path_default().posix.join(folder, near);
}
/**
 * Reports an id, or a path, that an earlier entry of the same environment
 * already lists, and returns the positions of the repeating entries.
 */
function findRepeats(entries, paths, problems) {
    const repeated = new Set();
    const firstIds = new Map();
    const firstPaths = new Map();
    entries.forEach((entry, position) => {
        const environment = entry.environment?.value;
        const scope = environment === undefined ? '' : ` in environment '${environment}'`;
        const firstId = claim(firstIds, environment, entry.id?.value, entry);
        if (firstId !== undefined && entry.id !== undefined) {
            repeated.add(position);
            problems.add('manifest-duplicate-id', `connector id '${entry.id.value}' is listed twice${scope} (first at ` +
                `line ${problems.lineOf((firstId.id ?? firstId).range[0])}): one PlugSync ` +
                'connector has one config', entry.id.range, (0,json_pointer/* formatPointer */.$2)(['connectors', entry.index, 'id']));
        }
        const file = paths[position];
        const firstPath = claim(firstPaths, environment, file, entry);
        if (firstPath !== undefined && entry.path !== undefined) {
            repeated.add(position);
            problems.add('manifest-duplicate-path', `path '${file}' is listed twice${scope} (first at line ` +
                `${problems.lineOf((firstPath.path ?? firstPath).range[0])}): remove one entry`, entry.path.range, (0,json_pointer/* formatPointer */.$2)(['connectors', entry.index, 'path']));
        }
    });
    return repeated;
}
/**
 * Records the entry as the first with this value in its environment, or
 * returns the entry that was first. Entries without the value claim nothing.
 */
function claim(firsts, environment, value, entry) {
    if (value === undefined)
        return undefined;
    const key = JSON.stringify([environment ?? null, value]);
    const first = firsts.get(key);
    if (first === undefined)
        firsts.set(key, entry);
    return first;
}

// EXTERNAL MODULE: ./src/rules/registry.ts + 1 modules
var registry = __nccwpck_require__(2409);
;// CONCATENATED MODULE: ./src/discover/manifest-problems.ts


/** Collects the problems of one manifest, placed by line and column. */
class ManifestProblems {
    file;
    text;
    list = [];
    index;
    constructor(file, text) {
        this.file = file;
        this.text = text;
        this.index = new line_index/* LineIndex */.r(text);
    }
    /**
     * The editor span of a range. yaml's block collections end after their
     * last line break; the span stops before it, on the last line.
     */
    span(range) {
        let end = range[1];
        while (end > range[0] && /[\r\n]/.test(this.text.charAt(end - 1)))
            end--;
        return (0,line_index/* spanOf */.e)(this.index, range[0], end);
    }
    /** Records a problem at a range, with the rule's default severity. */
    add(rule, message, range, pointer, suggestion) {
        this.list.push({
            rule,
            severity: (0,registry/* ruleInfo */.PI)(rule).severity,
            message,
            file: this.file,
            pointer,
            ...this.span(range),
            ...(suggestion === undefined ? {} : { suggestion })
        });
    }
    /** The 1-based line of an offset, for messages that point back. */
    lineOf(offset) {
        return this.index.position(offset).line;
    }
}

// EXTERNAL MODULE: ./src/plugsync/api-contract.ts
var api_contract = __nccwpck_require__(6886);
// EXTERNAL MODULE: ./src/discover/manifest-words.ts
var manifest_words = __nccwpck_require__(7890);
;// CONCATENATED MODULE: ./src/discover/plain-manifest.ts


/**
 * The manifest as most teams write it, read without the YAML library,
 * whose loading and first parse cost a run more time than the rest of its
 * start (issue 6, cold start). It reads one layout:
 *
 *     connectors:
 *       - path: connectors/hubspot.json   # a comment
 *         id: cn_hubspot
 *         environment: "production"
 *     rules:
 *       disabled-flow: off
 *
 * printable ASCII and line feeds only, plain words and quoted text without
 * escapes for values, every entry whole and every value right. Anything
 * else, from a tab to an unknown key or a value YAML would read as a
 * number, gives undefined, and the YAML library reads the text and reports
 * what is wrong. So where this gives a shape, it is the one the library's
 * reading gives, ranges included (a test holds the two to that).
 */
function readPlainManifest(text, knownRules) {
    if (!/^[\x20-\x7e\n]*$/.test(text))
        return undefined;
    const reader = new Reader(text, knownRules);
    return reader.read() ? reader.shape : undefined;
}
/** `key: value` with an optional comment; the groups are key and value. */
const PAIR = /^([A-Za-z0-9_][A-Za-z0-9_.-]*):(?: +([^ #'"][^ #]*|"[^"\\]*"|'[^']*'))?(?: +#.*)? *$/;
/** A key alone on its line: a block follows. */
const BLOCK = /^([A-Za-z0-9_][A-Za-z0-9_.-]*):(?: +#.*)? *$/;
/** What a plain value may hold: a path or a name, nothing YAML reads apart. */
const PLAIN_WORD = /^[A-Za-z0-9_./][A-Za-z0-9_./@+-]*$/;
/** Plain words that YAML's core schema reads as null, a boolean or a number. */
const NOT_TEXT = [
    /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/,
    /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/,
    /^0o[0-7]+$/,
    /^0x[0-9a-fA-F]+$/,
    /^[-+]?\.(?:inf|Inf|INF)$/,
    /^\.(?:nan|NaN|NAN)$/
];
class Reader {
    knownRules;
    shape = { entries: [], severities: {} };
    lines = [];
    /** The indentation of the deepest comment after the last line, or -1. */
    commentBelow;
    at = 0;
    constructor(text, knownRules) {
        this.knownRules = knownRules;
        let comment = -1;
        for (let start = 0; start < text.length;) {
            const end = text.indexOf('\n', start);
            const stop = end === -1 ? text.length : end;
            const line = text.slice(start, stop);
            // Blank lines and comments say nothing, but a comment indented past
            // an entry's keys ends where YAML decides (see `entry`).
            if (/^ *#/.test(line)) {
                comment = Math.max(comment, indentOf(line));
            }
            else if (!/^ *$/.test(line)) {
                const next = end === -1 ? stop : end + 1;
                this.lines.push({ start, text: line, next, commentAbove: comment });
                comment = -1;
            }
            start = end === -1 ? text.length : end + 1;
        }
        this.commentBelow = comment;
    }
    /** Reads the whole text; false at anything outside the layout. */
    read() {
        const seen = new Set();
        if (this.lines.length === 0)
            return false;
        while (this.at < this.lines.length) {
            const block = BLOCK.exec(this.lines[this.at].text);
            const key = block?.[1];
            if (key === undefined || seen.has(key))
                return false;
            seen.add(key);
            this.at++;
            const read = key === 'connectors'
                ? this.connectors()
                : key === 'rules' && this.rules();
            if (!read)
                return false;
        }
        return true;
    }
    connectors() {
        const first = this.lines[this.at];
        const indent = first === undefined ? -1 : indentOf(first.text);
        if (indent < 0 || first.text.slice(indent, indent + 2) !== '- ') {
            return false;
        }
        while (this.at < this.lines.length) {
            const line = this.lines[this.at];
            if (indentOf(line.text) !== indent)
                break;
            if (line.text.slice(indent, indent + 2) !== '- ') {
                // The next top-level key ends a list written at its indentation.
                if (indent === 0)
                    break;
                return false;
            }
            if (!this.entry(indent + 2))
                return false;
        }
        return true;
    }
    /** One list item: a mapping whose keys start at `indent`. */
    entry(indent) {
        const entry = {
            index: this.shape.entries.length,
            range: [0, 0]
        };
        let end = 0;
        for (let first = true; this.at < this.lines.length; first = false) {
            const line = this.lines[this.at];
            if (!first && indentOf(line.text) !== indent)
                break;
            // YAML may read a comment indented past the keys as part of the
            // value above it, and the entry then ends after the comment.
            if (!first && line.commentAbove > indent)
                return false;
            const pair = this.pair(line, indent);
            if (pair === undefined)
                return false;
            const field = manifest_words/* ENTRY_KEYS */.Oe.find((known) => known === pair.key.value);
            if (field === undefined || entry[field] !== undefined)
                return false;
            if (field !== 'path' && !api_contract/* PLAIN_NAME */.ZL.test(pair.value.value))
                return false;
            if (first)
                entry.range = [pair.key.range[0], 0];
            entry[field] = pair.value;
            end = line.next;
            this.at++;
        }
        const below = this.lines[this.at]?.commentAbove ?? this.commentBelow;
        if (below > indent)
            return false;
        if (entry.path === undefined || entry.id === undefined)
            return false;
        // A block mapping ends after its last value's line, comment included.
        entry.range = [entry.range[0], end];
        this.shape.entries.push(entry);
        return true;
    }
    rules() {
        const first = this.lines[this.at];
        const indent = first === undefined ? 0 : indentOf(first.text);
        if (indent === 0)
            return false;
        const severities = {};
        while (this.at < this.lines.length) {
            const line = this.lines[this.at];
            const inset = indentOf(line.text);
            if (inset === 0)
                break;
            if (inset !== indent)
                return false;
            const pair = this.pair(line, indent);
            if (pair === undefined)
                return false;
            const { key, value } = pair;
            // What is unknown, repeated or fixed, the YAML reader reports.
            if (!this.knownRules.includes(key.value) ||
                manifest_words/* FIXED_RULES */.nd.includes(key.value) ||
                key.value in severities) {
                return false;
            }
            const level = manifest_words/* LEVELS */.A_.find((known) => known === value.value);
            if (level === undefined)
                return false;
            severities[key.value] = level;
            this.at++;
        }
        this.shape.severities = severities;
        return true;
    }
    /** A `key: value` line whose key starts at `indent`, value required. */
    pair(line, indent) {
        const match = PAIR.exec(line.text.slice(indent));
        const [, key, written] = match ?? [];
        if (key === undefined || written === undefined)
            return undefined;
        const value = unquote(written);
        if (value === undefined)
            return undefined;
        const keyStart = line.start + indent;
        const valueStart = line.text.indexOf(written, indent + key.length + 1);
        return {
            key: { value: key, range: [keyStart, keyStart + key.length] },
            value: {
                value,
                range: [
                    line.start + valueStart,
                    line.start + valueStart + written.length
                ]
            }
        };
    }
}
/** The text a value holds, or undefined when it is not plainly text. */
function unquote(written) {
    const quote = written.charAt(0);
    if (quote === '"' || quote === "'") {
        const inner = written.slice(1, -1);
        return inner.trim() === '' ? undefined : inner;
    }
    if (!PLAIN_WORD.test(written))
        return undefined;
    return NOT_TEXT.some((pattern) => pattern.test(written)) ? undefined : written;
}
/** The spaces that start a line. */
function indentOf(line) {
    return line.length - line.trimStart().length;
}

;// CONCATENATED MODULE: ./src/discover/manifest.ts








/** Where the manifest is looked for, relative to the repository root. */
const DEFAULT_MANIFEST_PATH = 'plugsync.yaml';
/**
 * Reads and checks the manifest, or gives undefined when the file does not
 * exist (the manifest is optional). Bytes that are not UTF-8 are a
 * `manifest-invalid` problem, not an exception.
 */
async function readManifest(options) {
    const file = options.path ?? DEFAULT_MANIFEST_PATH;
    if (file.trim() === '') {
        throw new Error(`the manifest path is empty: name the manifest file, or leave it out to use ${DEFAULT_MANIFEST_PATH}`);
    }
    const absolute = external_node_path_default().resolve(options.root, file);
    const realRoot = await external_node_fs_.promises.realpath(options.root).catch(() => options.root);
    const resolution = await resolveInside(realRoot, absolute).catch(() => ({
        kind: 'inside'
    }));
    if (resolution.kind === 'outside') {
        // A pull request must not make the action read other files of the
        // runner through a manifest that is a link.
        throw new Error(`the manifest ${file} leads out of the repository (a symlink, or a path with ..): it was not read; keep the manifest in the repository`);
    }
    if (resolution.kind === 'loop') {
        throw new Error(`the manifest ${file} is a symlink that loops: point it at the YAML file or remove it`);
    }
    if (resolution.kind === 'missing' && resolution.danglingTo !== undefined) {
        // A manifest that was meant to be there must not vanish in silence,
        // taking its connectors and severities with it.
        throw new Error(`the manifest ${file} is a symlink to '${resolution.danglingTo}', which does not exist: point it at the YAML file or remove it`);
    }
    const stats = await external_node_fs_.promises.stat(absolute).catch(() => undefined);
    if (stats !== undefined && !stats.isFile() && !stats.isDirectory()) {
        // Reading a named pipe or a device would wait for ever.
        throw new Error(`the manifest ${file} is not a regular file (a device, a pipe or a socket): name the YAML file`);
    }
    let bytes;
    try {
        bytes = await external_node_fs_.promises.readFile(absolute);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            return undefined;
        throw new Error(unreadable(file, code, error));
    }
    const decoded = (0,decode/* decodeUtf8 */._6)(bytes);
    if (!decoded.ok) {
        // The text up to the bad byte, which shows as U+FFFD, places the
        // finding and shows its line.
        const text = `${decoded.prefix}\uFFFD`;
        const problems = new ManifestProblems(file, text);
        const at = new line_index/* LineIndex */.r(text).position(decoded.prefix.length);
        const hex = decoded.badByte.toString(16).toUpperCase().padStart(2, '0');
        problems.add('manifest-invalid', `byte 0x${hex} at line ${at.line}, column ${at.column} is not UTF-8: save the manifest as UTF-8`, [decoded.prefix.length, text.length], '');
        return {
            file,
            connectors: [],
            listed: [],
            severities: {},
            problems: problems.list,
            text
        };
    }
    return parseManifest(decoded.text, { ...options, path: file });
}
/** Why a manifest that exists cannot be read, and what to do about it. */
function unreadable(file, code, error) {
    if (code === 'EISDIR') {
        return `the manifest ${file} is a directory: name the YAML file in it, as in ${external_node_path_default().posix.join(file.replace(/\/+$/, ''), DEFAULT_MANIFEST_PATH)}`;
    }
    const reason = error?.message;
    return `cannot read the manifest ${file}: ${reason ?? String(error)}`;
}
/**
 * Checks manifest text: its YAML, its keys and values, and each connector
 * path against the files under the root. Problems are placed by line and
 * column in the text.
 */
async function parseManifest(text, options) {
    const file = options.path ?? DEFAULT_MANIFEST_PATH;
    const problems = new ManifestProblems(file, text);
    const shape = await readShape(text, problems, options.knownRules);
    const connectors = await checkEntries(shape.entries, problems, options.root);
    return {
        file,
        connectors,
        // As discovery writes paths: `./a.json` and `a//b.json` are theirs.
        listed: shape.entries.flatMap((entry) => entry.path === undefined
            ? []
            : [external_node_path_default().posix.normalize(entry.path.value.trim())]),
        severities: shape.severities,
        problems: problems.list.sort(byPosition),
        text
    };
}
/**
 * The manifest's shape: read directly when it is written the usual way,
 * else by the YAML library, loaded only then (see `readPlainManifest`).
 */
async function readShape(text, problems, knownRules) {
    // A carriage return alone ends a line in YAML 1.2, but not for the YAML
    // library; as a line feed it keeps every offset where it was.
    const lines = text.replace(/\r(?!\n)/g, '\n');
    const plain = readPlainManifest(lines, knownRules);
    if (plain !== undefined)
        return plain;
    const { readManifestShape } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(634)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1634));
    return readManifestShape(lines, problems, knownRules);
}
function byPosition(a, b) {
    return a.line - b.line || a.column - b.column;
}

// EXTERNAL MODULE: ./src/rules/on-demand.ts
var on_demand = __nccwpck_require__(4380);
// EXTERNAL MODULE: ./src/engine/check-file.ts + 5 modules
var check_file = __nccwpck_require__(1479);
;// CONCATENATED MODULE: ./src/engine/check-repository.ts













/**
 * Finds and checks every connector config of a repository: reads the
 * manifest, discovers the configs, checks each file, and gathers every
 * finding in file and line order.
 */
async function checkRepository(options) {
    // Before the manifest, whose path under a file root would fail less
    // plainly (ENOTDIR).
    await assertDirectory(options.root);
    const manifest = await readManifest({
        root: options.root,
        path: options.manifest,
        knownRules: registry/* RULES */.y0.map((rule) => rule.id)
    });
    if (manifest) {
        options.logger.info(`using manifest ${manifest.file}: ${manifest.connectors.length} connector(s)`);
    }
    else if (options.manifest !== DEFAULT_MANIFEST_PATH) {
        // A manifest someone named and mistyped would drop every connector
        // and severity override without a word.
        throw new Error(`the manifest ${options.manifest} does not exist: check the path (relative to ${options.root}), or leave it out to use ${DEFAULT_MANIFEST_PATH} when there is one`);
    }
    else {
        options.logger.debug(`no manifest at ${options.manifest}`);
    }
    const severities = manifest?.severities ?? {};
    const connectorPaths = manifest?.connectors.map((entry) => entry.path) ?? [];
    const early = earlyChecks(severities, connectorPaths, manifest?.listed ?? []);
    // Files named outright and not checked as configs: what exclude leaves
    // out, each warned about, and the manifest, which has its own checks.
    const leftOut = [];
    const found = options.paths
        ? await findUnder(options, options.paths, early.take, leftOut)
        : await findConfigs({
            root: options.root,
            patterns: options.patterns,
            exclude: options.exclude,
            manifestPaths: connectorPaths,
            takeContent: early.take,
            leaveOut: isOutputFile(options.output)
        });
    if ('patternMatches' in found && found.patternMatches === 0) {
        const kept = options.exclude.length > 0 ? ' that exclude leaves in' : '';
        options.logger.warning(`the configs patterns matched no file${kept} (${options.patterns.join(', ')}): check them, or leave configs empty to find configs by content`);
    }
    // A run that finds nothing else to say says why it checked nothing;
    // patterns that match nothing and a manifest's missing connectors have
    // their own warning and findings.
    const silent = found.files.length === 0 &&
        found.problems.length === 0 &&
        leftOut.length === 0 &&
        (manifest?.problems.length ?? 0) === 0;
    if (silent && options.patterns.length === 0) {
        const where = options.paths
            ? `in ${options.paths.join(', ')}`
            : `under ${options.root}`;
        options.logger.warning(`found no connector config ${where}: configs are found by content, as JSON objects with a "version" key and an "entities" or "flows" key; check the path, or name the files with configs patterns`);
    }
    const files = [];
    const findings = withSeverities([...found.problems, ...(manifest?.problems ?? [])], severities);
    for (const file of found.files) {
        const report = early.reportFor(file) ??
            (await checkCandidate(file.path, file.absolutePath, file.content, severities));
        files.push(report);
        (0,append/* appendAll */.u)(findings, report.findings);
    }
    options.logger.info(`checked ${files.length} config file(s)`);
    const check = {
        root: options.root,
        files,
        findings: findings.sort(findings_finding/* compareFindings */.Eg),
        connectors: manifest?.connectors ?? []
    };
    if (manifest) {
        check.manifestFile = manifest.file;
        check.manifestText = manifest.text;
        check.listed = manifest.listed;
    }
    return check;
}
/**
 * The files a check read as configs, its manifest, and the paths the
 * manifest names (a config may be missing yet): what no report or record
 * the run writes may replace.
 */
function checkedPaths(check) {
    const paths = check.files.map((file) => (0,external_node_path_.resolve)(check.root, file.file));
    if (check.manifestFile !== undefined) {
        paths.push((0,external_node_path_.resolve)(check.root, check.manifestFile));
    }
    for (const path of check.listed ?? [])
        paths.push((0,external_node_path_.resolve)(check.root, path));
    return paths;
}
/**
 * Checks each file found by content as soon as discovery has read and
 * parsed it, while that parse is fresh, and keeps only what later steps
 * read. The manifest's connectors are left to the main loop: their reports
 * keep the parsed config for the diff and the promotion.
 */
function earlyChecks(severities, connectorPaths, listedPaths) {
    const normal = (paths) => new Set(paths.map((path) => external_node_path_.posix.normalize(path.trim())));
    const [connectors, listed] = [normal(connectorPaths), normal(listedPaths)];
    const reports = new Map();
    return {
        take: async (file, content) => {
            if (connectors.has(file.path))
                return false;
            const report = await checkWithRules(file.path, content, severities);
            // A file the manifest lists, its entry left out for a problem, is
            // meant as a config: no hint to leave it out.
            const hinted = listed.has(file.path) ? report : withExcludeHint(report);
            reports.set(file.absolutePath, lighten(hinted));
            return true;
        },
        reportFor: (file) => {
            // A connector's report must keep its config: check it again.
            if (file.source === 'manifest')
                return undefined;
            const report = reports.get(file.absolutePath);
            return report?.file === file.path ? report : undefined;
        }
    };
}
/**
 * Tells the output file among the files found by content: only an empty
 * file can be it, so only an empty one is looked at again.
 */
function isOutputFile(output) {
    if (output === undefined)
        return undefined;
    return (path, content) => {
        if ((0,file_content/* isStreamed */.eW)(content) || content.length > 0)
            return false;
        const stats = (0,external_node_fs_.statSync)(path, { throwIfNoEntry: false });
        return stats?.dev === output.dev && stats.ino === output.ino;
    };
}
/**
 * The manifest's severities applied to what was found before any file was
 * checked: the manifest's own problems and discovery's.
 */
function withSeverities(findings, severities) {
    const kept = [];
    for (const finding of findings) {
        const level = severities[finding.rule];
        if (level === 'off')
            continue;
        kept.push(level === undefined ? finding : { ...finding, severity: level });
    }
    return kept;
}
/**
 * A file found by its content that does not parse may be no config at all
 * (settings written as JSON with comments): its syntax finding says how to
 * leave it out.
 */
function withExcludeHint(report) {
    for (const finding of report.findings) {
        if (UNPARSED.has(finding.rule))
            finding.message += EXCLUDE_HINT;
    }
    return report;
}
/** The findings of a file that could not be read as JSON at all. */
const UNPARSED = new Set(['invalid-json', 'invalid-utf8', 'empty-file']);
const EXCLUDE_HINT = '; if this file is not a connector config, leave it out with exclude (--exclude on the command line)';
/**
 * What is kept of a file that is not a connector: its findings and
 * entities, and its text only when a finding is shown in context.
 */
function lighten(report) {
    const light = {
        file: report.file,
        findings: report.findings,
        entities: report.entities
    };
    if (report.findings.length > 0 && report.source)
        light.source = report.source;
    return light;
}
/** The stats of a path named on the command line, or a clear error. */
async function statNamed(named, absolute) {
    try {
        return await (0,promises_.stat)(absolute);
    }
    catch (error) {
        const code = error.code;
        throw new Error(code === 'ELOOP'
            ? `${named} is a symlink loop: point it at a file or remove it`
            : `${named} does not exist: name a config file or a directory`);
    }
}
/** Candidates from named files and directories, each directory searched. */
async function findUnder(options, paths, takeContent, leftOut) {
    const files = [];
    const problems = [];
    let patternMatches;
    const excluded = userExclusion(options.exclude);
    const manifest = (0,external_node_fs_.statSync)((0,external_node_path_.resolve)(options.root, options.manifest), {
        throwIfNoEntry: false
    });
    const warned = new Set();
    for (const named of paths) {
        const absolute = (0,external_node_path_.resolve)(options.root, named);
        const stats = await statNamed(named, absolute);
        if (!stats.isDirectory() && !stats.isFile()) {
            throw new Error(`${named} is not a regular file (a device, a pipe or a socket): name a config file or a directory`);
        }
        const relative = toRepoPath(options.root, absolute);
        // A file outside the root keeps the absolute path the user can open.
        const prefix = relative.startsWith('../') ? absolute : relative;
        if (!stats.isDirectory()) {
            // The manifest, by any name, has its own checks.
            if (manifest?.dev === stats.dev && manifest.ino === stats.ino) {
                leftOut.push(named);
                continue;
            }
            // Exclude means never checked, a file named outright included.
            if (prefix === relative && excluded(relative)) {
                if (!warned.has(relative)) {
                    options.logger.warning(`${named} is named, but exclude leaves it out: it was not checked`);
                }
                warned.add(relative);
                leftOut.push(named);
                continue;
            }
            files.push({ path: prefix, absolutePath: absolute, source: 'pattern' });
            continue;
        }
        const under = (path) => prefix === '' ? path : `${prefix}/${path}`;
        const found = await findConfigs({
            root: absolute,
            patterns: options.patterns,
            exclude: options.exclude,
            manifestPaths: [],
            takeContent: (file, content) => takeContent({ ...file, path: under(file.path) }, content),
            leaveOut: isOutputFile(options.output),
            // A folder inside the root is part of the repository: its links may
            // lead anywhere in the root. A folder outside is its own repository.
            repository: {
                root: (0,external_node_path_.isAbsolute)(prefix) ? absolute : options.root,
                folder: prefix
            }
        });
        if (found.patternMatches !== undefined) {
            patternMatches = (patternMatches ?? 0) + found.patternMatches;
        }
        (0,append/* appendAll */.u)(files, found.files.map((file) => ({ ...file, path: under(file.path) })));
        (0,append/* appendAll */.u)(problems, found.problems);
    }
    const unique = new Map(files.map((file) => [file.absolutePath, file]));
    return {
        files: [...unique.values()].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
        problems,
        ...(patternMatches === undefined ? {} : { patternMatches })
    };
}
async function checkCandidate(path, absolutePath, content, severities) {
    // Discovery by content read and parsed the file already: no need to
    // parse it twice.
    let read = content;
    try {
        read ??= (0,file_content/* readContent */.c_)(absolutePath);
    }
    catch (error) {
        return check_repository_unreadable(path, errorCode(error), severities);
    }
    return checkWithRules(path, read, severities);
}
/**
 * Checks a file, loading the parts of the rules it asks for (see
 * `withRules`). A large file gets every part first: checking it twice
 * would cost more than loading them (a 20 MB config, about 150 ms).
 */
async function checkWithRules(path, content, severities) {
    if ((0,file_content/* isStreamed */.eW)(content) || content.length >= LOAD_RULES_FROM) {
        await (0,on_demand/* loadRules */.A7)();
    }
    return (0,on_demand/* withRules */.O2)(() => checkRead(path, content, severities));
}
/** The size from which a file's check loads every part of the rules first. */
const LOAD_RULES_FROM = 1024 * 1024;
/**
 * Checks a file from what was read of it. A large file with findings is
 * read again to place them: if it has gone since, it is unreadable.
 */
function checkRead(path, content, severities) {
    try {
        return (0,check_file/* checkContent */.aG)(path, content, severities);
    }
    catch (error) {
        if (error.code === undefined)
            throw error;
        return check_repository_unreadable(path, errorCode(error), severities);
    }
}
function errorCode(error) {
    return error.code ?? 'an I/O error';
}
function check_repository_unreadable(file, reason, severities) {
    // Node reads a name that is not UTF-8 with U+FFFD for the bad bytes, and
    // then cannot open the file by that name.
    const message = reason === 'ENOENT' && file.includes('\uFFFD')
        ? 'the file name is not UTF-8, so the file cannot be opened by it: rename it'
        : `the file could not be read (${reason}): check that it exists (a symlink, that what it points at does) and is readable`;
    const finding = (0,findings_finding/* fileFinding */.sb)('unreadable-file', file, message);
    return {
        file,
        findings: withSeverities([finding], severities),
        entities: []
    };
}

;// CONCATENATED MODULE: ./src/report/json-report.ts

/** Builds the JSON report from the checked files and every finding. */
function buildJsonReport(files, findings, failOn, valid) {
    return {
        tool: 'plugsync-config',
        valid,
        failOn,
        counts: (0,findings_finding/* countBySeverity */.Ot)(findings),
        files: files.map(({ file, entities }) => ({ file, entities })),
        findings: [...findings]
    };
}

;// CONCATENATED MODULE: ./src/report/json-text.ts
/**
 * `JSON.stringify(value, null, 2)` and a line feed, given in pieces of
 * about PIECE characters: a report of a huge run is written without its
 * whole text ever being one string, which V8 caps at about 512 MiB. Arrays
 * and objects are opened down to `depth` levels (the list of findings, a
 * SARIF run's results); anything deeper, a finding for one, is
 * stringified whole. The pieces join into exactly the text
 * `JSON.stringify` gives.
 */
function* jsonText(value, depth) {
    let buffer = '';
    for (const part of parts(value, '', depth)) {
        buffer += part;
        if (buffer.length >= PIECE) {
            yield buffer;
            buffer = '';
        }
    }
    yield `${buffer}\n`;
}
/** The JSON report's depth: its findings and files, opened one by one. */
const REPORT_DEPTH = 2;
/** About how much text each piece holds. */
const PIECE = 64 * 1024;
function* parts(value, indent, depth) {
    if (depth <= 0 || !isOpenable(value)) {
        // A nested value's own lines take the indentation of where it stands;
        // a JSON string never holds a raw line feed.
        yield (JSON.stringify(value, null, 2) ?? 'null').replaceAll('\n', `\n${indent}`);
        return;
    }
    const inner = `${indent}  `;
    if (Array.isArray(value)) {
        if (value.length === 0) {
            yield '[]';
            return;
        }
        for (let index = 0; index < value.length; index++) {
            yield `${index === 0 ? '[' : ','}\n${inner}`;
            const item = value[index];
            if (isOmitted(item))
                yield 'null';
            else
                yield* parts(item, inner, depth - 1);
        }
        yield `\n${indent}]`;
        return;
    }
    let first = true;
    for (const key of Object.keys(value)) {
        const member = value[key];
        if (isOmitted(member))
            continue;
        yield `${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `;
        first = false;
        yield* parts(member, inner, depth - 1);
    }
    yield first ? '{}' : `\n${indent}}`;
}
/** An array or plain object, which this writer opens itself. */
function isOpenable(value) {
    return (typeof value === 'object' &&
        value !== null &&
        typeof value.toJSON !== 'function');
}
/** What `JSON.stringify` leaves out of an object and writes as null in a list. */
function isOmitted(value) {
    return (value === undefined ||
        typeof value === 'function' ||
        typeof value === 'symbol');
}

;// CONCATENATED MODULE: ./src/report/summary-cap.ts
/**
 * GitHub refuses a job summary over 1 MiB, counted in UTF-8 bytes: a
 * summary of non-ASCII names is up to three times its length in bytes.
 * Stay well under it.
 */
const SUMMARY_BYTES = 900_000;
const LINE_FEED = 0x0a;
/**
 * The job summary, cut at its last whole line within SUMMARY_BYTES when it
 * is longer, with a note that says where every finding is.
 */
function capSummary(markdown) {
    if (Buffer.byteLength(markdown) <= SUMMARY_BYTES)
        return markdown;
    // A line feed is a byte no other character's encoding holds, so a cut
    // before one never splits a character.
    const bytes = Buffer.from(markdown);
    const cut = bytes.lastIndexOf(LINE_FEED, SUMMARY_BYTES);
    return `${bytes.subarray(0, Math.max(cut, 0)).toString()}\n\n… the summary was cut at GitHub's size limit: the JSON report (output \`report\`) has every finding.\n`;
}

// EXTERNAL MODULE: ./src/report/validation-summary.ts
var validation_summary = __nccwpck_require__(538);
;// CONCATENATED MODULE: ./src/main.ts














/**
 * The action: validate every config, annotate and summarise the findings,
 * then diff (pull requests) or promote (the default branch) as the event
 * asks, and fail once, at the end, if anything failed.
 */
async function run(runtime, env) {
    try {
        // The runner passes every input, its default when the workflow names
        // none, so an empty api-url was asked for: most likely an unset
        // variable, which must not fall back to production.
        if (env['INPUT_API-URL']?.trim() === '') {
            throw new InputError('input api-url is empty: give the PlugSync API URL (check the variable it comes from), or leave the input out to use PlugSync itself');
        }
        const inputs = readInputs((name) => runtime.getInput(name), runtime.setSecret);
        const event = readEvent(env);
        const { mode, reason } = decideMode(inputs.mode, event);
        runtime.info(`mode: ${mode} (${reason})`);
        const logger = loggerOf(runtime);
        const root = await rootOf(env, inputs.workingDirectory);
        const check = await checkRepository({
            root,
            patterns: inputs.configs,
            exclude: inputs.exclude,
            manifest: inputs.manifest,
            logger
        });
        const verdict = judge(check.findings, inputs.failOn);
        const directory = directoryInRepository(env, root);
        const annotations = new action_annotations/* AnnotationBudget */.TL();
        const omitted = (0,action_annotations/* annotate */.fz)(check.findings, runtime, directory, annotations);
        if (omitted > 0) {
            runtime.info(`${omitted} more finding(s) than GitHub shows as annotations: the JSON report (output report) lists them all, the job summary as many as fit`);
        }
        runtime.setOutput('valid', String(verdict.valid));
        runtime.setOutput('errors', String(verdict.counts.error));
        runtime.setOutput('warnings', String(verdict.counts.warning));
        const report = await writeReport(inputs, env, check, verdict.valid);
        if ('path' in report)
            runtime.setOutput('report', report.path);
        const links = {
            serverUrl: event.serverUrl,
            repository: event.repository,
            sha: event.pullRequest?.headSha ?? event.sha,
            directory
        };
        const validationMarkdown = (0,validation_summary/* renderValidationSummary */.V)({
            files: check.files,
            findings: check.findings,
            links
        });
        const context = {
            directory,
            inputs,
            event,
            check,
            verdict,
            runtime,
            logger,
            env,
            validationMarkdown,
            annotations
        };
        const result = await runMode(mode, context);
        await writeSummary(runtime, capSummary([
            '## PlugSync config',
            '',
            validationMarkdown,
            result?.summary ?? ''
        ].join('\n')));
        const failures = [verdict.line, report.problem, result?.failure].filter((line) => line !== undefined);
        if (failures.length > 0)
            runtime.setFailed(failures.join('\n'));
    }
    catch (error) {
        runtime.setFailed(`PlugSync config: ${error instanceof Error ? error.message : String(error)}`);
    }
}
/**
 * Appends the run's Markdown to the job summary. A summary that cannot be
 * written is a warning: the findings are in the annotations and the
 * report, and the run's verdict must not be lost to it.
 */
async function writeSummary(runtime, markdown) {
    try {
        await runtime.appendSummary(markdown);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        runtime.warning(`PlugSync config: the job summary could not be written (${reason}); the annotations and the report file hold the findings`);
    }
}
/**
 * Loads the code of a mode only when the run needs it: the GitHub and
 * PlugSync clients cost start-up time a plain validation should not pay.
 */
async function runMode(mode, context) {
    if (mode === 'diff') {
        const { runDiffMode } = await Promise.all(/* import() */[__nccwpck_require__.e(600), __nccwpck_require__.e(366)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5366));
        return runDiffMode(context);
    }
    if (mode === 'promote') {
        const { runPromoteMode } = await Promise.all(/* import() */[__nccwpck_require__.e(600), __nccwpck_require__.e(737)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4737));
        return runPromoteMode(context);
    }
    return undefined;
}
async function writeReport(inputs, env, check, valid) {
    const path = inputs.report
        ? (0,external_node_path_.resolve)(env.GITHUB_WORKSPACE ?? process.cwd(), inputs.report)
        : (0,external_node_path_.join)(env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)(), 'plugsync-config-report.json');
    const report = buildJsonReport(check.files, check.findings, inputs.failOn, valid);
    const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
    const place = {
        roots: [workspace, env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)()],
        keep: checkedPaths(check)
    };
    try {
        const text = jsonText(report, REPORT_DEPTH);
        const refused = await writeReportFile(path, text, place);
        if (refused === undefined)
            return { path };
        return {
            problem: `PlugSync config: the report input names ${inputs.report || path}, but ${refused}`
        };
    }
    catch (error) {
        const reason = error?.message;
        return {
            problem: `PlugSync config: the JSON report could not be written to ${inputs.report || path} (input report): ${reason ?? String(error)}; name a file the job may write, or leave the input empty`
        };
    }
}
function loggerOf(runtime) {
    return {
        info: (message) => runtime.info(message),
        debug: (message) => runtime.debug(message),
        warning: (message) => runtime.warning(message)
    };
}
/**
 * The folder to check: working-directory, inside the workspace, symlinks
 * resolved too, since a pull request may turn the folder into a link. A
 * path that leads out would check files that are not the repository's.
 */
async function rootOf(env, workingDirectory) {
    const workspace = (0,external_node_path_.resolve)(env.GITHUB_WORKSPACE ?? process.cwd());
    const root = (0,external_node_path_.resolve)(workspace, workingDirectory);
    const [realWorkspace, realRoot] = await Promise.all([workspace, root].map((path) => (0,promises_.realpath)(path).catch(() => path)));
    if (!isInside(workspace, root) || !isInside(realWorkspace, realRoot)) {
        throw new InputError(`working-directory "${workingDirectory}" leads out of the workspace: name a folder of the repository, relative to its top (as in "connectors")`);
    }
    return root;
}
/**
 * The checked root's path inside the repository, '' when it is the top (or
 * lies outside the workspace, where no link could reach it).
 */
function directoryInRepository(env, root) {
    const workspace = (0,external_node_path_.resolve)(env.GITHUB_WORKSPACE ?? process.cwd());
    const path = (0,external_node_path_.relative)(workspace, root).split(external_node_path_.sep).join('/');
    return path.startsWith('..') || (0,external_node_path_.isAbsolute)(path) ? '' : path;
}


/***/ }),

/***/ 6886:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $s: () => (/* binding */ validationDetail),
/* harmony export */   CM: () => (/* binding */ bearer),
/* harmony export */   GE: () => (/* binding */ bodyChecks),
/* harmony export */   HS: () => (/* binding */ detailText),
/* harmony export */   ZL: () => (/* binding */ PLAIN_NAME),
/* harmony export */   d0: () => (/* binding */ HEADERS),
/* harmony export */   f0: () => (/* binding */ paths),
/* harmony export */   sR: () => (/* binding */ JSON_TYPE)
/* harmony export */ });
/* unused harmony exports DEFAULT_API_URL, API_PREFIX, matchRoute */
/* harmony import */ var _config_normalise_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7028);

/*
 * Every path, header and body shape of the PlugSync API, as
 * shared/spec/plugsync-api.md reads it. The client and the sandbox both take
 * them from here, so one edit adapts both if the real API differs.
 */
/** The address the action talks to unless told otherwise. */
const DEFAULT_API_URL = 'https://app.plugsync.com/api';
/** The path prefix every route of the API lives under. */
const API_PREFIX = '/api';
/** Header names, lower-cased as Node reports them. */
const HEADERS = {
    authorization: 'authorization',
    contentType: 'content-type',
    etag: 'etag',
    ifMatch: 'if-match',
    retryAfter: 'retry-after',
    location: 'location'
};
/** The media type of every request and response body. */
const JSON_TYPE = 'application/json';
/** The value of the Authorization header for a token. */
function bearer(token) {
    return `Bearer ${token}`;
}
/**
 * The connector ids (and environment names) this project accepts: a letter
 * or digit, then up to 127 letters, digits, `_`, `.` or `-`. The public
 * reference states no format. Ids go into URL paths, log lines and comment
 * markers, so they are plain words: no line break that could forge a
 * workflow command, no `.` or `..` alone that a URL would resolve. The
 * manifest checks ids against it, and the sandbox creates only such ids.
 */
const PLAIN_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;
/** Paths relative to the API's base URL, one per route. */
const paths = {
    connectors: () => '/connectors',
    connector: (id) => `/connectors/${encodeURIComponent(id)}`,
    draft: (id) => `${paths.connector(id)}/draft`,
    activeVersion: (id) => `${paths.connector(id)}/versions/active`,
    version: (id, n) => `${paths.connector(id)}/versions/${n}`,
    publish: (id) => `${paths.connector(id)}/publish`
};
/**
 * Recognises a path relative to the API prefix, or returns undefined. A
 * version number that is not a positive integer is no route at all.
 */
function matchRoute(path) {
    if (path === '/connectors')
        return { name: 'connectors' };
    const match = /^\/connectors\/([^/]+)(\/.*)?$/.exec(path);
    if (!match)
        return undefined;
    const id = safeDecode(match[1] ?? '');
    const rest = match[2] ?? '';
    if (id === undefined)
        return undefined;
    if (rest === '')
        return { name: 'connector', id };
    if (rest === '/draft')
        return { name: 'draft', id };
    if (rest === '/publish')
        return { name: 'publish', id };
    if (rest === '/versions/active')
        return { name: 'active-version', id };
    const version = /^\/versions\/([1-9][0-9]{0,8})$/.exec(rest);
    if (version)
        return { name: 'version', id, version: Number(version[1]) };
    return undefined;
}
function safeDecode(segment) {
    try {
        return decodeURIComponent(segment);
    }
    catch {
        return undefined;
    }
}
const isVersionNumber = (value) => Number.isInteger(value) && value >= 1;
function fieldCheck(fields) {
    return (body) => {
        if (!(0,_config_normalise_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(body))
            return 'the body is not a JSON object';
        for (const [field, ok] of Object.entries(fields)) {
            if (!ok(body[field]))
                return `the field "${field}" is missing or wrong`;
        }
        return '';
    };
}
const isString = (v) => typeof v === 'string';
/** What each success body must hold, checked before a caller reads it. */
const bodyChecks = {
    connector: fieldCheck({
        id: isString,
        name: isString,
        active_version: (v) => v === null || isVersionNumber(v)
    }),
    draft: fieldCheck({ config: _config_normalise_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv, updated_at: isString }),
    version: fieldCheck({
        version: isVersionNumber,
        config: _config_normalise_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv,
        published_at: isString
    }),
    published: fieldCheck({ version: isVersionNumber, published_at: isString })
};
/** Reads the `detail` list of a 422 body, keeping only well-formed items. */
function validationDetail(body) {
    if (!(0,_config_normalise_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(body) || !Array.isArray(body.detail))
        return undefined;
    const detail = [];
    for (const item of body.detail) {
        if (!(0,_config_normalise_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(item) || typeof item.msg !== 'string')
            continue;
        if (!Array.isArray(item.loc) || !item.loc.every(isLocSegment))
            continue;
        const type = typeof item.type === 'string' ? item.type : '';
        detail.push({ loc: item.loc, msg: item.msg, type });
    }
    return detail;
}
function isLocSegment(segment) {
    return typeof segment === 'string' || Number.isInteger(segment);
}
/** The text of an error body such as `{"detail": "Not Found"}`, if any. */
function detailText(body) {
    return (0,_config_normalise_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(body) && typeof body.detail === 'string'
        ? body.detail
        : undefined;
}


/***/ }),

/***/ 313:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   P8: () => (/* binding */ fullMessage),
/* harmony export */   Q6: () => (/* binding */ visibleText),
/* harmony export */   WN: () => (/* binding */ countsText),
/* harmony export */   pq: () => (/* binding */ countOf)
/* harmony export */ });
/**
 * The full text of a finding's message: our words, then the backend's own
 * wording where it has one, so authors can match what the dashboard says.
 * Control characters are shown as escapes, never sent as they are: the
 * backend's wording quotes config values raw, and an ESC or BEL from a
 * config must not reach a terminal or a log.
 */
function fullMessage(finding) {
    const message = visibleText(finding.message);
    if (finding.backendMessage === undefined)
        return message;
    const backend = visibleText(finding.backendMessage);
    if (message.includes(backend))
        return message;
    return `${message} (PlugSync says: ${backend})`;
}
/**
 * Text with its control characters (C0 but tab, DEL, C1) and the bidi
 * controls that can reorder what a reader sees written as `\u{...}`.
 */
function visibleText(text) {
    return text.replace(
    // Matching control characters is the point here.
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u{${c.codePointAt(0).toString(16).toUpperCase()}}`);
}
/** `1 step`, `3 steps`; `many` for irregular plurals (`entities`). */
function countOf(count, noun, many = `${noun}s`) {
    return `${count} ${count === 1 ? noun : many}`;
}
/** `3 errors`, `1 warning`, `no notices`. */
function plural(count, noun) {
    if (count === 0)
        return `no ${noun}s`;
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
/** `3 errors, 1 warning and 2 notices`, leaving out the zero counts. */
function countsText(counts) {
    const parts = ['error', 'warning', 'notice']
        .filter((severity) => counts[severity] > 0)
        .map((severity) => plural(counts[severity], severity));
    if (parts.length === 0)
        return 'no findings';
    if (parts.length === 1)
        return parts[0];
    return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}


/***/ }),

/***/ 3303:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ lineLink),
/* harmony export */   y: () => (/* binding */ inRepository)
/* harmony export */ });
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


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ escapeMarkdown)
/* harmony export */ });
/* unused harmony export linkTarget */
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


/***/ }),

/***/ 538:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ renderValidationSummary),
/* harmony export */   m: () => (/* binding */ findingLine)
/* harmony export */ });
/* harmony import */ var _findings_finding_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4879);
/* harmony import */ var _describe_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(313);
/* harmony import */ var _links_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3303);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4285);




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
    const counts = (0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .countBySeverity */ .Ot)(input.findings);
    const byFile = groupByFile(input.findings);
    const paths = [
        ...new Set([...input.files.map((f) => f.file), ...byFile.keys()])
    ].sort();
    const out = [
        `### Validation: ${(0,_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(input.files.length, 'config')}, ${(0,_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .countsText */ .WN)(counts)}`
    ];
    if (paths.length === 0) {
        out.push('', 'No connector config was found: a config is a JSON object with a "version" key and "entities" or "flows", or a file the manifest lists.');
        return out.join('\n') + '\n';
    }
    out.push('', '| file | errors | warnings | notices | entities |', '| --- | ---: | ---: | ---: | --- |');
    const modes = new Map(input.files.map((f) => [f.file, f.entities]));
    for (const path of paths) {
        const c = (0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .countBySeverity */ .Ot)(byFile.get(path) ?? []);
        const entities = (modes.get(path) ?? [])
            .map((e) => `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .F)(e.name)} (${e.mode})`)
            .join(', ');
        out.push(`| ${fileCell(path, input.links)} | ${c.error} | ${c.warning} | ${c.notice} | ${entities} |`);
    }
    for (const path of paths) {
        const findings = byFile.get(path);
        if (!findings)
            continue;
        out.push('', `#### ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .F)(path)}`, '');
        for (const finding of findings)
            out.push(findingLine(finding, input.links));
    }
    return out.join('\n') + '\n';
}
/** One finding as a Markdown list item, linked to its line. */
function findingLine(finding, links) {
    const where = `line ${finding.line}, column ${finding.column}`;
    const url = (0,_links_js__WEBPACK_IMPORTED_MODULE_3__/* .lineLink */ .l)(links, finding.file, finding.line);
    const place = url ? `[${where}](${url})` : where;
    return `- ${ICONS[finding.severity]} **${finding.severity}** \`${finding.rule}\` ${place}: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .F)((0,_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .fullMessage */ .P8)(finding))}`;
}
function fileCell(path, links) {
    const url = (0,_links_js__WEBPACK_IMPORTED_MODULE_3__/* .lineLink */ .l)(links, path, 1);
    const name = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .F)(path);
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


/***/ }),

/***/ 2508:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M2: () => (/* binding */ singleActionOf),
/* harmony export */   Py: () => (/* binding */ BULK_FIELDS),
/* harmony export */   Yk: () => (/* binding */ bulkActionOf),
/* harmony export */   jZ: () => (/* binding */ COMMON_STEP_FIELDS),
/* harmony export */   kl: () => (/* binding */ ACTIONS),
/* harmony export */   pj: () => (/* binding */ isBulkAction),
/* harmony export */   uD: () => (/* binding */ actionFields),
/* harmony export */   ve: () => (/* binding */ isAction)
/* harmony export */ });
/* unused harmony exports BASELINE_ACTIONS, BULK_ACTIONS */
/** The actions allowed from version "3.0". */
const BASELINE_ACTIONS = [
    'transform',
    'upsert',
    'create',
    'update',
    'delete',
    'find',
    'notify',
    'plugin',
    'post',
    'skip'
];
/** The bulk actions, allowed only with version "3.1". */
const BULK_ACTIONS = [
    'upsert_many',
    'create_many',
    'update_many',
    'delete_many',
    'associate_many'
];
/** Every action the backend accepts, sorted as its message lists them. */
const ACTIONS = [
    ...BASELINE_ACTIONS,
    ...BULK_ACTIONS
].sort();
/** The step fields only bulk actions read. */
const BULK_FIELDS = [
    'items',
    'chunk_size',
    'output',
    'reconcile'
];
/** The fields every step has, whatever its action. */
const COMMON_STEP_FIELDS = ['id', 'action', 'when'];
const BASELINE_FIELDS = {
    transform: ['entity', 'to_schema', 'from_schema'],
    upsert: ['target', 'entity', 'data'],
    create: ['target', 'entity', 'data'],
    update: ['target', 'entity', 'data'],
    delete: ['target', 'entity'],
    find: ['target', 'entity'],
    post: ['target', 'entity', 'data'],
    notify: 'any',
    plugin: 'any',
    skip: 'any',
    // Nothing is known of the singular form, which is reserved, so nothing is
    // known of associate_many's own fields either.
    associate: 'any'
};
/** Tells whether an action name is one the backend accepts. */
function isAction(action) {
    return ACTIONS.includes(action);
}
/** Tells whether an action is a bulk action. */
function isBulkAction(action) {
    return BULK_ACTIONS.includes(action);
}
/** The single action a bulk action repeats: `upsert` for `upsert_many`. */
function singleActionOf(action) {
    return action.endsWith('_many') ? action.slice(0, -'_many'.length) : action;
}
/** The bulk form of a single action, when there is one. */
function bulkActionOf(action) {
    const bulk = `${action}_many`;
    return isBulkAction(bulk) ? bulk : undefined;
}
// Every rule asks for the fields of every step: look them up, never rebuild.
const FIELDS_OF = new Map(ACTIONS.map((action) => [action, fieldsOf(action)]));
/**
 * The fields (besides id, action and when) a step of this action reads, or
 * 'any' when nothing is known and every key is accepted. Undefined for a
 * name that is not an action.
 */
function actionFields(action) {
    return FIELDS_OF.get(action);
}
function fieldsOf(action) {
    if (!isAction(action))
        return undefined;
    const single = BASELINE_FIELDS[singleActionOf(action)];
    if (single === undefined || single === 'any' || !isBulkAction(action)) {
        return single;
    }
    return [...single, ...BULK_FIELDS];
}


/***/ }),

/***/ 4974:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   WU: () => (/* binding */ show),
/* harmony export */   au: () => (/* binding */ didYouMean),
/* harmony export */   hD: () => (/* binding */ quote),
/* harmony export */   kO: () => (/* binding */ noneOf),
/* harmony export */   yh: () => (/* binding */ listWords)
/* harmony export */ });
/* harmony import */ var _config_normalise_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7028);

const LONGEST_QUOTE = 60;
/**
 * A value as a message quotes it: strings in double quotes (shortened when
 * long), numbers, booleans and null as JSON, containers by their kind, so
 * that a message never dumps a large object.
 */
function show(value) {
    if (typeof value === 'string')
        return quote(value);
    if (Array.isArray(value))
        return value.length === 0 ? '[]' : 'an array';
    if ((0,_config_normalise_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(value))
        return Object.keys(value).length ? 'an object' : '{}';
    if (value === undefined)
        return 'missing';
    return JSON.stringify(value) ?? String(value);
}
/** A string in double quotes as JSON writes it, shortened when long. */
function quote(text) {
    if (text.length <= LONGEST_QUOTE)
        return JSON.stringify(text);
    const chars = Array.from(text.slice(0, LONGEST_QUOTE * 2));
    if (chars.length <= LONGEST_QUOTE)
        return JSON.stringify(text);
    return JSON.stringify(chars.slice(0, LONGEST_QUOTE - 1).join('') + '…');
}
/**
 * Joins quoted words as prose: `"a"`, `"a" and "b"`, `"a", "b" and "c"`;
 * past `most` words, the rest is counted: `"a", "b" and 3 more`.
 */
function listWords(words, most = Infinity) {
    if (words.length > most) {
        const shown = words.slice(0, most).map(quote).join(', ');
        return `${shown} and ${words.length - most} more`;
    }
    const quoted = words.map(quote);
    if (quoted.length <= 1)
        return quoted.join('');
    return `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}
/** A did-you-mean tail for a message, or nothing without a suggestion. */
function didYouMean(suggestion) {
    return suggestion === undefined ? '' : `; did you mean ${quote(suggestion)}?`;
}
/**
 * What an object lacks, as prose: `no "a"`, `no "a" or "b"`,
 * `no "a", "b" or "c"`.
 */
function noneOf(keys) {
    const quoted = keys.map(quote);
    if (quoted.length <= 1)
        return `no ${quoted.join('')}`;
    return `no ${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}


/***/ }),

/***/ 88:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e8: () => (/* binding */ checkEntities),
/* harmony export */   y3: () => (/* binding */ ENTITY_RULES)
/* harmony export */ });
/* unused harmony export SCHEMA_SPEC_KEYS */
/* harmony import */ var _describe_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4974);
/* harmony import */ var _pointer_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6190);
/* harmony import */ var _unknown_keys_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5226);



/** The keys of an EntitySchemaSpec. */
const SCHEMA_SPEC_KEYS = [
    'object_type',
    'identity',
    'identity_source_path',
    'identity_response_path',
    'field_mappings'
];
const DUPLICATE_ENTITY_NAME = {
    id: 'duplicate-entity-name',
    severity: 'error',
    source: 'backend',
    group: 'config',
    summary: 'Two entities have the same name; steps refer to entities by name, so the backend rejects the config.',
    backendMessage: 'entity names must be unique within a config',
    example: {
        bad: `{
  "version": "3.0",
  "entities": [
    { "name": "company", "schemas": { "hubspot": {} } },
    { "name": "company", "schemas": { "hubspot": {} } }
  ]
}`,
        good: `{
  "version": "3.0",
  "entities": [
    { "name": "company", "schemas": { "hubspot": {} } },
    { "name": "contact", "schemas": { "hubspot": {} } }
  ]
}`
    }
};
const EMPTY_ENTITY_SCHEMAS = {
    id: 'empty-entity-schemas',
    severity: 'warning',
    source: 'project',
    group: 'config',
    summary: 'An entity whose `schemas` is empty: the backend accepts it, but no step has a schema to read or write.',
    example: {
        bad: '{ "version": "3.0", "entities": [{ "name": "company", "schemas": {} }] }',
        good: '{ "version": "3.0", "entities": [{ "name": "company", "schemas": { "hubspot": {} } }] }'
    }
};
/** The rules about entities as a whole. */
const ENTITY_RULES = [
    DUPLICATE_ENTITY_NAME,
    EMPTY_ENTITY_SCHEMAS
];
/**
 * Checks that entity names are unique, that each entity has a schema, and
 * the keys of each schema.
 */
function checkEntities(view, out) {
    for (const entity of view.entities) {
        const first = entity.name === undefined ? undefined : view.entityByName.get(entity.name);
        if (entity.name !== undefined && first !== undefined && first !== entity) {
            out.push({
                rule: DUPLICATE_ENTITY_NAME.id,
                message: `entity name ${(0,_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(entity.name)} is already used by entities[${first.index}]: entity names must be unique, rename one of them`,
                pointer: (0,_pointer_js__WEBPACK_IMPORTED_MODULE_2__/* .childPointer */ .Y2)(entity.pointer, 'name'),
                backendMessage: DUPLICATE_ENTITY_NAME.backendMessage
            });
        }
        if (entity.schemas && Object.keys(entity.schemas).length === 0) {
            out.push({
                rule: EMPTY_ENTITY_SCHEMAS.id,
                message: `${entity.label} has no schemas, so no step can read or write it: add one, e.g. "hubspot": {}`,
                pointer: (0,_pointer_js__WEBPACK_IMPORTED_MODULE_2__/* .childPointer */ .Y2)(entity.pointer, 'schemas')
            });
        }
    }
    for (const schema of view.schemas) {
        if ((0,_unknown_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .hasOnlyKeys */ .zr)(schema.value, SCHEMA_SPEC_KEYS))
            continue;
        (0,_unknown_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .checkUnknownKeys */ .t$)(out, view.suggest, schema.value, schema.pointer, SCHEMA_SPEC_KEYS, schema.label);
    }
}


/***/ }),

/***/ 2897:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ FirstSeen)
/* harmony export */ });
/** Lists up to this long are searched directly for a repeat. */
const DIRECT = 32;
/**
 * Where each string of a list, offered in order, was first seen: for the
 * rules that report a repeated target, step id and the like. The lists are
 * mostly short (a schema's mappings, a flow's steps), and searching a short
 * array directly is several times faster than a Map, which allocates and
 * hashes each string. Past DIRECT strings it moves them to a Map, so a long
 * list is still searched in linear time.
 */
class FirstSeen {
    values = [];
    indexes = [];
    map;
    /**
     * The index `value` was first offered with; the first time, -1, and
     * `index` is remembered as its first.
     */
    firstIndex(value, index) {
        const map = this.map;
        if (map !== undefined) {
            const first = map.get(value);
            if (first !== undefined)
                return first;
            map.set(value, index);
            return -1;
        }
        const at = this.values.indexOf(value);
        if (at !== -1)
            return this.indexes[at];
        this.values.push(value);
        this.indexes.push(index);
        if (this.values.length > DIRECT) {
            this.map = new Map(this.values.map((seen, i) => [seen, this.indexes[i]]));
        }
        return -1;
    }
}


/***/ }),

/***/ 4514:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   m_: () => (/* binding */ checkFlows),
/* harmony export */   ty: () => (/* binding */ FLOW_RULES)
/* harmony export */ });
/* unused harmony export FLOW_KEYS */
/* harmony import */ var _describe_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4974);
/* harmony import */ var _first_seen_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2897);
/* harmony import */ var _pointer_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6190);
/* harmony import */ var _unknown_keys_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5226);




/** The keys of a FlowV3. */
const FLOW_KEYS = [
    'name',
    'source',
    'event_type',
    'event_type_from',
    'enabled',
    'steps'
];
const FLOW = `{
      "name": "sync_company",
      "source": "stripe",
      "event_type": "customer.updated",
      "steps": [{ "id": "skip", "action": "skip" }]
    }`;
const DUPLICATE_FLOW_NAME = {
    id: 'duplicate-flow-name',
    severity: 'error',
    source: 'backend',
    group: 'config',
    summary: 'Two flows have the same name, which the backend rejects.',
    backendMessage: 'flow names must be unique within a config',
    example: {
        bad: `{
  "version": "3.0",
  "flows": [
    { "name": "sync", "source": "stripe", "event_type": "customer.created", "steps": [{ "id": "a", "action": "skip" }] },
    { "name": "sync", "source": "stripe", "event_type": "customer.updated", "steps": [{ "id": "a", "action": "skip" }] }
  ]
}`,
        good: `{
  "version": "3.0",
  "flows": [
    { "name": "on_create", "source": "stripe", "event_type": "customer.created", "steps": [{ "id": "a", "action": "skip" }] },
    { "name": "on_update", "source": "stripe", "event_type": "customer.updated", "steps": [{ "id": "a", "action": "skip" }] }
  ]
}`
    }
};
const DUPLICATE_STEP_ID = {
    id: 'duplicate-step-id',
    severity: 'error',
    source: 'backend',
    group: 'config',
    summary: 'Two steps of one flow have the same id, which the backend rejects.',
    backendMessage: 'step ids within a flow must be unique',
    example: {
        bad: `{
  "version": "3.0",
  "flows": [{
    "name": "sync", "source": "stripe", "event_type": "customer.updated",
    "steps": [{ "id": "a", "action": "skip" }, { "id": "a", "action": "notify" }]
  }]
}`,
        good: `{
  "version": "3.0",
  "flows": [{
    "name": "sync", "source": "stripe", "event_type": "customer.updated",
    "steps": [{ "id": "a", "action": "skip" }, { "id": "b", "action": "notify" }]
  }]
}`
    }
};
const OVERLAPPING_FLOWS = {
    id: 'overlapping-flows',
    severity: 'warning',
    source: 'project',
    group: 'config',
    summary: 'Two enabled flows have the same `source` and `event_type`: the worker runs every matching flow, so both run on each such event, in config order.',
    example: {
        bad: `{
  "version": "3.0",
  "flows": [
    { "name": "a", "source": "stripe", "event_type": "customer.updated", "steps": [{ "id": "a", "action": "skip" }] },
    { "name": "b", "source": "stripe", "event_type": "customer.updated", "steps": [{ "id": "a", "action": "skip" }] }
  ]
}`,
        good: `{
  "version": "3.0",
  "flows": [
    { "name": "a", "source": "stripe", "event_type": "customer.updated", "steps": [{ "id": "a", "action": "skip" }] },
    { "name": "b", "source": "stripe", "event_type": "customer.updated", "enabled": false, "steps": [{ "id": "a", "action": "skip" }] }
  ]
}`
    }
};
const EMPTY_FLOW = {
    id: 'empty-flow',
    severity: 'warning',
    source: 'project',
    group: 'config',
    summary: 'A flow with no steps does nothing when its event arrives.',
    example: {
        bad: `{
  "version": "3.0",
  "flows": [{ "name": "sync", "source": "stripe", "event_type": "customer.updated", "steps": [] }]
}`,
        good: `{
  "version": "3.0",
  "flows": [${FLOW}]
}`
    }
};
const DISABLED_FLOW = {
    id: 'disabled-flow',
    severity: 'notice',
    source: 'project',
    group: 'config',
    summary: 'A flow with `"enabled": false` is paused and will not run; a reminder, in case it was disabled for a test.',
    example: {
        bad: `{
  "version": "3.0",
  "flows": [{ "name": "sync", "source": "stripe", "event_type": "customer.updated", "enabled": false, "steps": [{ "id": "a", "action": "skip" }] }]
}`,
        good: `{
  "version": "3.0",
  "flows": [{ "name": "sync", "source": "stripe", "event_type": "customer.updated", "enabled": true, "steps": [{ "id": "a", "action": "skip" }] }]
}`
    }
};
/** The rules about flows as a whole. */
const FLOW_RULES = [
    DUPLICATE_FLOW_NAME,
    DUPLICATE_STEP_ID,
    OVERLAPPING_FLOWS,
    EMPTY_FLOW,
    DISABLED_FLOW
];
/**
 * Checks flow names and step ids for uniqueness, flows that run on the same
 * events, and flows that do nothing.
 */
function checkFlows(view, out) {
    const firstByName = new Map();
    const firstByEvent = new Map();
    for (const flow of view.flows) {
        if (!(0,_unknown_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .hasOnlyKeys */ .zr)(flow.value, FLOW_KEYS)) {
            (0,_unknown_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .checkUnknownKeys */ .t$)(out, view.suggest, flow.value, flow.pointer, FLOW_KEYS, flow.label);
        }
        duplicateName(flow, firstByName, out);
        duplicateStepIds(flow, out);
        overlap(flow, firstByEvent, out);
        idleFlow(flow, out);
    }
}
function duplicateName(flow, firstByName, out) {
    if (flow.name === undefined)
        return;
    const first = firstByName.get(flow.name);
    if (first === undefined) {
        firstByName.set(flow.name, flow);
        return;
    }
    out.push({
        rule: DUPLICATE_FLOW_NAME.id,
        message: `flow name ${(0,_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(flow.name)} is already used by flows[${first.index}]: flow names must be unique, rename one of them`,
        pointer: (0,_pointer_js__WEBPACK_IMPORTED_MODULE_2__/* .childPointer */ .Y2)(flow.pointer, 'name'),
        backendMessage: DUPLICATE_FLOW_NAME.backendMessage
    });
}
function duplicateStepIds(flow, out) {
    const ids = new _first_seen_js__WEBPACK_IMPORTED_MODULE_3__/* .FirstSeen */ .i();
    for (const step of flow.steps) {
        const { id } = step.value;
        if (typeof id !== 'string')
            continue;
        const first = ids.firstIndex(id, step.index);
        if (first === -1)
            continue;
        out.push({
            rule: DUPLICATE_STEP_ID.id,
            message: `step id ${(0,_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(id)} is already used by steps[${first}] of ${flow.label}: step ids must be unique within a flow, rename one of them`,
            pointer: (0,_pointer_js__WEBPACK_IMPORTED_MODULE_2__/* .childPointer */ .Y2)(step.pointer, 'id'),
            backendMessage: DUPLICATE_STEP_ID.backendMessage
        });
    }
}
/** Two enabled flows on one source and event type: both run on each event. */
function overlap(flow, firstByEvent, out) {
    const { source, event_type: eventType, enabled } = flow.value;
    if (enabled === false)
        return;
    if (typeof source !== 'string' || typeof eventType !== 'string')
        return;
    let bySource = firstByEvent.get(source);
    if (bySource === undefined)
        firstByEvent.set(source, (bySource = new Map()));
    const first = bySource.get(eventType);
    if (first === undefined) {
        bySource.set(eventType, flow);
        return;
    }
    // Two flows of one name need their places to tell them apart.
    const [one, two] = first.label === flow.label
        ? [`flows[${first.index}]`, `flows[${flow.index}]`]
        : [first.label, flow.label];
    out.push({
        rule: OVERLAPPING_FLOWS.id,
        message: `${one} and ${two} both handle source ${(0,_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(source)} and event_type ${(0,_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(eventType)}, so every such event runs both, in that order: merge them, or disable or change one`,
        pointer: (0,_pointer_js__WEBPACK_IMPORTED_MODULE_2__/* .childPointer */ .Y2)(flow.pointer, 'event_type')
    });
}
function idleFlow(flow, out) {
    const { steps, enabled } = flow.value;
    if (Array.isArray(steps) && steps.length === 0) {
        out.push({
            rule: EMPTY_FLOW.id,
            message: `${flow.label} has no steps, so it does nothing: add its steps or remove the flow`,
            pointer: (0,_pointer_js__WEBPACK_IMPORTED_MODULE_2__/* .childPointer */ .Y2)(flow.pointer, 'steps')
        });
    }
    if (enabled === false) {
        out.push({
            rule: DISABLED_FLOW.id,
            message: `${flow.label} is disabled ("enabled": false) and will not run: remove "enabled": false when it should run`,
            pointer: (0,_pointer_js__WEBPACK_IMPORTED_MODULE_2__/* .childPointer */ .Y2)(flow.pointer, 'enabled')
        });
    }
}


/***/ }),

/***/ 6040:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  S: () => (/* binding */ JSONPATH_RULES),
  V: () => (/* binding */ checkJsonPaths)
});

// EXTERNAL MODULE: ./src/config/normalise.ts
var normalise = __nccwpck_require__(7028);
// EXTERNAL MODULE: ./src/rules/actions.ts
var actions = __nccwpck_require__(2508);
// EXTERNAL MODULE: ./src/rules/describe.ts
var describe = __nccwpck_require__(4974);
// EXTERNAL MODULE: ./src/rules/on-demand.ts
var on_demand = __nccwpck_require__(4380);
;// CONCATENATED MODULE: ./src/rules/jsonpath.ts


/** The functions RFC 9535 defines, with their number of arguments. */
const FUNCTIONS = new Map([
    ['length', 1],
    ['count', 1],
    ['match', 2],
    ['search', 2],
    ['value', 1]
]);
// Dotted names and plain indexes: the common case, valid without a parse.
const SIMPLE = /^\$(?:\.[A-Za-z_][A-Za-z0-9_]*|\[(?:0|-?[1-9][0-9]{0,14})\])*$/;
/**
 * Whether a string is a query of dotted names and plain indexes, such as
 * `$.payload.lines[0].sku`: valid without a parse.
 */
function isPlainQuery(text) {
    return SIMPLE.test(text);
}
/**
 * Checks that a string is a JSONPath query as RFC 9535 defines it (which
 * also makes it start with `$`). Returns undefined when it is one.
 */
function jsonPathFault(text) {
    if (isPlainQuery(text))
        return undefined;
    if (!text.startsWith('$'))
        return missingRoot(text);
    const parse = (0,on_demand/* jsonPathParser */.v_)();
    let query;
    try {
        query = parse(text);
    }
    catch (error) {
        return syntaxFault(text, error);
    }
    return functionFault(query);
}
function missingRoot(text) {
    const fault = { reason: 'it must start with "$"' };
    const candidate = /^[.[]/.test(text)
        ? `$${text}`
        : text.startsWith('@')
            ? `$${text.slice(1)}`
            : `$.${text}`;
    if (text.trim() !== '' && parses(candidate))
        fault.suggestion = candidate;
    return fault;
}
function parses(text) {
    const parse = (0,on_demand/* jsonPathParser */.v_)();
    try {
        parse(text);
        return true;
    }
    catch {
        return false;
    }
}
function syntaxFault(text, error) {
    const { found, location } = (error ?? {});
    const offset = location?.start?.offset;
    if (typeof offset !== 'number')
        return { reason: 'it cannot be parsed' };
    const column = Array.from(text.slice(0, offset)).length + 1;
    const what = typeof found === 'string' ? (0,describe/* quote */.hD)(found) : 'end of text';
    const fault = {
        reason: `unexpected ${what} at character ${column}`
    };
    const bracketed = bracketName(text, offset);
    if (bracketed !== undefined) {
        fault.reason += `; a name with such characters needs brackets: ${bracketed}`;
        fault.suggestion = bracketed;
    }
    return fault;
}
/**
 * The query with the dotted name at the error written in brackets
 * (`$.a.first-name` to `$.a['first-name']`), when that parses: the usual
 * mistake behind a parse error inside a name.
 */
function bracketName(text, offset) {
    const dot = text.lastIndexOf('.', offset - 1);
    if (dot < 1 || text[dot - 1] === '.' || offset === dot + 1)
        return undefined;
    const end = text.slice(dot + 1).search(/[.[]/);
    const stop = end === -1 ? text.length : dot + 1 + end;
    const name = text.slice(dot + 1, stop);
    if (/['\\]/.test(name) || name.trim() !== name)
        return undefined;
    const candidate = `${text.slice(0, dot)}['${name}']${text.slice(stop)}`;
    return parses(candidate) ? candidate : undefined;
}
/**
 * Function names and arities and index ranges, which RFC 9535 makes part
 * of well-formedness but the parser leaves unchecked.
 */
function functionFault(query) {
    const stack = [query];
    while (stack.length > 0) {
        const node = stack.pop();
        if (typeof node !== 'object' || node === null)
            continue;
        const fault = nodeFault(node);
        if (fault)
            return fault;
        for (const child of Object.values(node))
            stack.push(child);
    }
    return undefined;
}
function nodeFault(node) {
    if (node.type === 'FunctionExpr' && typeof node.name === 'string') {
        const arity = FUNCTIONS.get(node.name);
        const given = Array.isArray(node.arguments) ? node.arguments.length : 0;
        if (arity === undefined) {
            return {
                reason: `${(0,describe/* quote */.hD)(node.name)} is not a JSONPath function (RFC 9535 has length, count, match, search and value)`
            };
        }
        if (given !== arity) {
            return {
                reason: `${node.name}() takes ${arity} argument${arity > 1 ? 's' : ''}, not ${given}`
            };
        }
    }
    for (const key of ['value', 'start', 'end', 'step']) {
        const number = node[key];
        const isIndex = node.type === 'IndexSelector' || node.type === 'SliceSelector';
        if (isIndex &&
            typeof number === 'number' &&
            !Number.isSafeInteger(number)) {
            return { reason: `index ${number} is out of range (at most 2^53 - 1)` };
        }
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/rules/pointer.ts
var rules_pointer = __nccwpck_require__(6190);
;// CONCATENATED MODULE: ./src/rules/jsonpath-rules.ts





const INVALID_JSONPATH = {
    id: 'invalid-jsonpath',
    severity: 'warning',
    source: 'project',
    group: 'config',
    summary: "A field documented as JSONPath (`data`, `items`, `event_type_from`, a mapping's `source`, `identity_source_path`, `identity_response_path`) that does not parse as an RFC 9535 query starting with `$`.",
    example: {
        bad: `{
  "version": "3.0",
  "entities": [{
    "name": "company",
    "schemas": { "hubspot": { "field_mappings": [{ "source": "$.payload.legal-name", "target": "name" }] } }
  }]
}`,
        good: `{
  "version": "3.0",
  "entities": [{
    "name": "company",
    "schemas": { "hubspot": { "field_mappings": [{ "source": "$.payload['legal-name']", "target": "name" }] } }
  }]
}`
    }
};
/** The rule about JSONPath fields. */
const JSONPATH_RULES = [INVALID_JSONPATH];
/**
 * Checks every string the contract documents as JSONPath. Pointers and
 * labels are built only for a query at fault: a clean config has thousands
 * of queries and no fault.
 */
function checkJsonPaths(view, out) {
    for (const schema of view.schemas) {
        checkQuery(out, schema.value, 'identity_source_path', schema);
        checkQuery(out, schema.value, 'identity_response_path', schema);
        checkMappings(out, schema);
    }
    for (const flow of view.flows) {
        checkQuery(out, flow.value, 'event_type_from', flow);
    }
    for (const step of view.steps) {
        const fields = step.action === undefined ? undefined : (0,actions/* actionFields */.uD)(step.action);
        if (fields === undefined || fields === 'any')
            continue;
        if (fields.includes('data'))
            checkQuery(out, step.value, 'data', step);
        if (fields.includes('items'))
            checkQuery(out, step.value, 'items', step);
    }
}
function checkMappings(out, schema) {
    const mappings = schema.value.field_mappings;
    if (!Array.isArray(mappings))
        return;
    for (let index = 0; index < mappings.length; index++) {
        const mapping = mappings[index];
        // A named read, not a keyed one: this runs for every mapping.
        if (!(0,normalise/* isObject */.Gv)(mapping) || !isFaulty(mapping.source))
            continue;
        const list = (0,rules_pointer/* childPointer */.Y2)(schema.pointer, 'field_mappings');
        checkQuery(out, mapping, 'source', {
            pointer: (0,rules_pointer/* childPointer */.Y2)(list, index),
            label: `field_mappings[${index}] of ${schema.label}`
        });
    }
}
/** Reports the member `key` of an object when it is not a JSONPath query. */
function checkQuery(out, object, key, owner) {
    const text = object[key];
    if (typeof text !== 'string')
        return;
    const fault = faultOf(text);
    if (fault === undefined)
        return;
    const pointer = (0,rules_pointer/* childPointer */.Y2)(owner.pointer, key);
    out.push(problem(fault, text, key, pointer, owner.label));
}
/** Whether a member is a string that is not a JSONPath query. */
function isFaulty(text) {
    return typeof text === 'string' && faultOf(text) !== undefined;
}
// Queries repeat across the configs of a repository ($.payload.email, $.id):
// each is judged once per run. The bound keeps a run over many distinct
// queries from growing without end.
const faults = new Map();
const MOST_REMEMBERED = 50_000;
function faultOf(text) {
    if (isPlainQuery(text))
        return undefined;
    if (faults.has(text))
        return faults.get(text);
    if (faults.size >= MOST_REMEMBERED)
        faults.clear();
    const fault = jsonPathFault(text);
    faults.set(text, fault);
    return fault;
}
function problem(fault, text, key, pointer, owner) {
    const what = text.startsWith('$')
        ? 'not valid JSONPath (RFC 9535)'
        : 'not a JSONPath';
    const tail = fault.suggestion === undefined || fault.reason.includes(fault.suggestion)
        ? ''
        : `; did you mean ${(0,describe/* quote */.hD)(fault.suggestion)}?`;
    const result = {
        rule: INVALID_JSONPATH.id,
        message: `${(0,describe/* quote */.hD)(key)} of ${owner} is ${(0,describe/* quote */.hD)(text)}, which is ${what}: ${fault.reason}${tail}`,
        pointer
    };
    if (fault.suggestion !== undefined)
        result.suggestion = fault.suggestion;
    return result;
}


/***/ }),

/***/ 8268:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Co: () => (/* binding */ entityLabel),
/* harmony export */   Wy: () => (/* binding */ labelOf),
/* harmony export */   YB: () => (/* binding */ schemaLabel),
/* harmony export */   b5: () => (/* binding */ flowLabel),
/* harmony export */   vO: () => (/* binding */ stepLabel)
/* harmony export */ });
/* harmony import */ var _config_normalise_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7028);
/* harmony import */ var _describe_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4974);


/** How messages name an entity: by its name, else by its place. */
function entityLabel(entity, index) {
    const name = (0,_config_normalise_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(entity) ? entity.name : undefined;
    return typeof name === 'string'
        ? `entity ${(0,_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(name)}`
        : `entities[${index}]`;
}
/** How messages name a flow: by its name, else by its place. */
function flowLabel(flow, index) {
    const name = (0,_config_normalise_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(flow) ? flow.name : undefined;
    return typeof name === 'string' ? `flow ${(0,_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(name)}` : `flows[${index}]`;
}
/**
 * How messages name a step: by its id, which authors know it by, else by
 * its place in its flow.
 */
function stepLabel(step, index, flow) {
    const id = (0,_config_normalise_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(step) ? step.id : undefined;
    return typeof id === 'string'
        ? `step ${(0,_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(id)}`
        : `steps[${index}] of ${flow}`;
}
/** How messages name one schema of an entity. */
function schemaLabel(key, entity) {
    return `schema ${(0,_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(key)} of ${entity}`;
}
/**
 * How messages name the value at a path of the config, for the shapes the
 * contract defines (an entity, a schema, an identity, a mapping, a flow, a
 * step); other paths are named by the path itself.
 */
function labelOf(config, path) {
    if (path.length === 0)
        return 'the config';
    const [top, first, ...rest] = path;
    const list = (0,_config_normalise_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(config) ? config[top ?? ''] : undefined;
    const index = Number(first);
    const item = Array.isArray(list) ? list[index] : undefined;
    if (top === 'entities' && first !== undefined) {
        return entityPartLabel(entityLabel(item, index), rest);
    }
    if (top === 'flows' && first !== undefined) {
        return flowPartLabel(item, flowLabel(item, index), rest);
    }
    return `"${path.join('.')}"`;
}
function entityPartLabel(label, rest) {
    const [schemas, key, part, index, ...deeper] = rest;
    if (schemas === undefined)
        return label;
    if (schemas !== 'schemas')
        return `"${rest.join('.')}" of ${label}`;
    if (key === undefined)
        return `the schemas of ${label}`;
    const schema = schemaLabel(key, label);
    if (part === undefined)
        return schema;
    if (part === 'identity' && index === undefined) {
        return `the identity of ${schema}`;
    }
    if (part === 'field_mappings' && index !== undefined && !deeper.length) {
        return `field_mappings[${index}] of ${schema}`;
    }
    return `"${rest.slice(2).join('.')}" of ${schema}`;
}
function flowPartLabel(flow, label, rest) {
    const [steps, index, ...deeper] = rest;
    if (steps === undefined)
        return label;
    if (steps !== 'steps' || index === undefined) {
        return `"${rest.join('.')}" of ${label}`;
    }
    const list = (0,_config_normalise_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(flow) ? flow.steps : undefined;
    const step = Array.isArray(list) ? list[Number(index)] : undefined;
    const owner = stepLabel(step, Number(index), label);
    return deeper.length ? `"${deeper.join('.')}" of ${owner}` : owner;
}


/***/ }),

/***/ 4380:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A7: () => (/* binding */ loadRules),
/* harmony export */   O2: () => (/* binding */ withRules),
/* harmony export */   mZ: () => (/* binding */ explainingValidator),
/* harmony export */   v_: () => (/* binding */ jsonPathParser)
/* harmony export */ });
/* unused harmony export PartNotLoaded */
let explaining;
let jsonPath;
/** A check asked for a part of the rules that is not loaded yet. */
class PartNotLoaded extends Error {
    part;
    load;
    name = 'PartNotLoaded';
    constructor(part, load) {
        super(`the ${part} of the rules is not loaded: run the check through withRules`);
        this.part = part;
        this.load = load;
    }
}
/** The validator that gathers every schema error with its message. */
function explainingValidator() {
    if (explaining === undefined) {
        throw new PartNotLoaded('explaining validator', loadExplaining);
    }
    return explaining;
}
/**
 * The JSONPath parser. Ask for it before a `try` that catches the parser's
 * errors, so that `PartNotLoaded` is not taken for one.
 */
function jsonPathParser() {
    if (jsonPath === undefined) {
        throw new PartNotLoaded('JSONPath parser', loadJsonPath);
    }
    return jsonPath;
}
async function loadExplaining() {
    if (explaining !== undefined)
        return;
    const { validateConnectorConfig } = await __nccwpck_require__.e(/* import() */ 161).then(__nccwpck_require__.bind(__nccwpck_require__, 6161));
    explaining = validateConnectorConfig;
}
async function loadJsonPath() {
    if (jsonPath !== undefined)
        return;
    const { default: parse } = await __nccwpck_require__.e(/* import() */ 185).then(__nccwpck_require__.bind(__nccwpck_require__, 1185));
    jsonPath = parse;
}
/** Loads every part, for a caller that runs the rules directly. */
async function loadRules() {
    await Promise.all([loadExplaining(), loadJsonPath()]);
}
/**
 * Runs a synchronous check that uses the rules, loading each part it asks
 * for and running it again, as often as it asks for a new part.
 */
async function withRules(check) {
    const loaded = new Set();
    for (;;) {
        try {
            return check();
        }
        catch (error) {
            if (!(error instanceof PartNotLoaded) || loaded.has(error.part)) {
                throw error;
            }
            loaded.add(error.part);
            await error.load();
        }
    }
}


/***/ }),

/***/ 6190:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Y2: () => (/* binding */ childPointer),
/* harmony export */   cP: () => (/* binding */ pointerSegments),
/* harmony export */   rb: () => (/* binding */ toPointer)
/* harmony export */ });
/** The JSON Pointer (RFC 6901) of a path of keys and indexes. */
function toPointer(segments) {
    let pointer = '';
    for (const segment of segments)
        pointer += '/' + escapeSegment(segment);
    return pointer;
}
/** Appends one key or index to a JSON Pointer. */
function childPointer(pointer, segment) {
    return pointer + '/' + escapeSegment(segment);
}
/** The keys and indexes of a JSON Pointer, unescaped; indexes stay strings. */
function pointerSegments(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'));
}
function escapeSegment(segment) {
    const text = String(segment);
    // Most keys need no escape; skipping the regular expressions halves the
    // cost of building the view of a clean config.
    if (!text.includes('~') && !text.includes('/'))
        return text;
    return text.replace(/~/g, '~0').replace(/\//g, '~1');
}


/***/ }),

/***/ 4329:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ checkReferences),
/* harmony export */   O: () => (/* binding */ REFERENCE_RULES)
/* harmony export */ });
/* harmony import */ var _actions_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2508);
/* harmony import */ var _describe_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4974);
/* harmony import */ var _pointer_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6190);
/* harmony import */ var _view_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3780);




const CANONICAL = 'canonical';
const MOST_LISTED = 10;
const withSteps = (steps, schemas = '{ "hubspot": {} }') => `{
  "version": "3.0",
  "entities": [{ "name": "company", "schemas": ${schemas} }],
  "flows": [{
    "name": "sync", "source": "stripe", "event_type": "customer.updated",
    "steps": [${steps}]
  }]
}`;
const UNKNOWN_ENTITY_REFERENCE = {
    id: 'unknown-entity-reference',
    severity: 'error',
    source: 'project',
    group: 'config',
    summary: "A step's `entity` names no entity of the config; the backend accepts it, but the step fails every time it runs.",
    example: {
        bad: withSteps('{ "id": "push", "action": "upsert", "target": "hubspot", "entity": "compnay", "data": "$.payload" }'),
        good: withSteps('{ "id": "push", "action": "upsert", "target": "hubspot", "entity": "company", "data": "$.payload" }')
    }
};
const UNKNOWN_SCHEMA_REFERENCE = {
    id: 'unknown-schema-reference',
    severity: 'warning',
    source: 'project',
    group: 'config',
    summary: "A step's `target`, `from_schema` or `to_schema` names no schema of the step's entity.",
    example: {
        bad: withSteps('{ "id": "push", "action": "upsert", "target": "hubspto", "entity": "company", "data": "$.payload" }'),
        good: withSteps('{ "id": "push", "action": "upsert", "target": "hubspot", "entity": "company", "data": "$.payload" }')
    }
};
const UNDECLARED_CANONICAL_SCHEMA = {
    id: 'undeclared-canonical-schema',
    severity: 'notice',
    source: 'project',
    group: 'config',
    summary: '`"to_schema": "canonical"` for an entity without a `canonical` schema: allowed, but declaring the schema documents the shape that mappings read from `$.canonical`.',
    example: {
        bad: withSteps('{ "id": "map", "action": "transform", "entity": "company", "to_schema": "canonical" }'),
        good: withSteps('{ "id": "map", "action": "transform", "entity": "company", "to_schema": "canonical" }', '{ "hubspot": {}, "canonical": {} }')
    }
};
/** The rules about names a step refers to. */
const REFERENCE_RULES = [
    UNKNOWN_ENTITY_REFERENCE,
    UNKNOWN_SCHEMA_REFERENCE,
    UNDECLARED_CANONICAL_SCHEMA
];
/**
 * Checks that each step's entity exists and that the schemas it names are
 * the entity's. Only the fields the step's action reads are looked at.
 */
function checkReferences(view, out) {
    const names = [...view.entityByName.keys()];
    for (const step of view.steps) {
        const fields = step.action === undefined ? undefined : (0,_actions_js__WEBPACK_IMPORTED_MODULE_0__/* .actionFields */ .uD)(step.action);
        if (fields === undefined || fields === 'any')
            continue;
        const { entity: name } = step.value;
        if (typeof name !== 'string' || name === '')
            continue;
        const entity = view.entityByName.get(name);
        if (entity === undefined) {
            out.push(unknownEntity(step, name, names, view.suggest));
            continue;
        }
        for (const field of SCHEMA_FIELDS) {
            if (!fields.includes(field))
                continue;
            const problem = schemaReference(step, field, entity, view.suggest);
            if (problem)
                out.push(problem);
        }
    }
}
/** The step fields that name a schema of the step's entity. */
const SCHEMA_FIELDS = ['target', 'from_schema', 'to_schema'];
function unknownEntity(step, name, names, suggest) {
    const suggestion = suggest(name, names);
    const known = names.length === 0
        ? 'this config defines no entity'
        : `its entities are ${(0,_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .listWords */ .yh)(names, MOST_LISTED)}`;
    const problem = {
        rule: UNKNOWN_ENTITY_REFERENCE.id,
        message: `${step.label} refers to entity ${(0,_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(name)}, which this config does not define, so the step fails when it runs${suggestion === undefined ? `: ${known}` : (0,_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .didYouMean */ .au)(suggestion)}`,
        pointer: (0,_pointer_js__WEBPACK_IMPORTED_MODULE_2__/* .childPointer */ .Y2)(step.pointer, 'entity')
    };
    if (suggestion !== undefined)
        problem.suggestion = suggestion;
    return problem;
}
function schemaReference(step, field, entity, suggest) {
    const value = step.value[field];
    if (typeof value !== 'string' || entity.schemas === undefined)
        return undefined;
    if ((0,_view_js__WEBPACK_IMPORTED_MODULE_3__/* .has */ .zy)(entity.schemas, value))
        return undefined;
    // find and post targets have rules of their own.
    if (field === 'target' && step.action === 'find' && value !== 'hubspot')
        return undefined;
    if (field === 'target' && step.action === 'post' && value === 'hubspot')
        return undefined;
    const pointer = (0,_pointer_js__WEBPACK_IMPORTED_MODULE_2__/* .childPointer */ .Y2)(step.pointer, field);
    if (field === 'to_schema' && value === CANONICAL) {
        return {
            rule: UNDECLARED_CANONICAL_SCHEMA.id,
            message: `${step.label} writes "to_schema": "canonical", which ${entity.label} does not declare; that works, but declaring a "canonical" schema documents the shape later steps read from $.canonical`,
            pointer
        };
    }
    const keys = Object.keys(entity.schemas);
    const suggestion = suggest(value, keys);
    const has_ = keys.length === 0 ? 'has no schemas' : `has ${(0,_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .listWords */ .yh)(keys, MOST_LISTED)}`;
    const problem = {
        rule: UNKNOWN_SCHEMA_REFERENCE.id,
        message: `${step.label} has ${field} ${(0,_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(value)}, but ${entity.label} has no ${(0,_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(value)} schema (it ${has_})${suggestion === undefined ? ': add the schema or fix the name' : (0,_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .didYouMean */ .au)(suggestion)}`,
        pointer
    };
    if (suggestion !== undefined)
        problem.suggestion = suggestion;
    return problem;
}


/***/ }),

/***/ 2409:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  y0: () => (/* binding */ RULES),
  PI: () => (/* binding */ ruleInfo)
});

// UNUSED EXPORTS: isRuleId

// EXTERNAL MODULE: ./src/rules/flows.ts
var flows = __nccwpck_require__(4514);
// EXTERNAL MODULE: ./src/rules/entities.ts
var entities = __nccwpck_require__(88);
;// CONCATENATED MODULE: ./src/rules/external-rules.ts
/** Rules about a config file's bytes and JSON syntax (checked by the engine). */
const FILE_RULES = [
    {
        id: 'invalid-json',
        severity: 'error',
        source: 'backend',
        group: 'file',
        summary: 'The file is not JSON (RFC 8259): comments, trailing commas, NaN or Infinity, single quotes or a second top-level value; the finding points at the first bad character.',
        example: {
            bad: '{ "version": "3.0", }',
            good: '{ "version": "3.0" }'
        }
    },
    {
        id: 'duplicate-key',
        severity: 'error',
        source: 'project',
        group: 'file',
        summary: 'One object has the same key twice. JSON.parse keeps the last one silently, but it is almost always a merge accident; the finding points at the second key.',
        example: {
            bad: '{ "version": "3.0", "version": "3.1" }',
            good: '{ "version": "3.1" }'
        }
    },
    {
        id: 'byte-order-mark',
        severity: 'notice',
        source: 'project',
        group: 'file',
        summary: 'The file starts with a UTF-8 byte-order mark (the bytes EF BB BF); PlugSync tolerates it, many other tools do not.',
        example: {
            bad: '\uFEFF{ "version": "3.0" }',
            good: '{ "version": "3.0" }'
        }
    },
    {
        id: 'invalid-utf8',
        severity: 'error',
        source: 'backend',
        group: 'file',
        summary: 'The file holds bytes that are not UTF-8 (for example Latin-1 text); the finding points at the first bad byte.',
        example: {
            bad: '{ "version": "3.0", "settings": { "city": "M\\xFCnchen" } }  (the byte 0xFC, Latin-1 for ü)',
            good: '{ "version": "3.0", "settings": { "city": "München" } }'
        }
    },
    {
        id: 'empty-file',
        severity: 'error',
        source: 'backend',
        group: 'file',
        summary: 'The file is empty; a config holds one JSON object.',
        example: { bad: '', good: '{ "version": "3.0" }' }
    },
    {
        id: 'not-an-object',
        severity: 'error',
        source: 'backend',
        group: 'file',
        summary: 'The file holds JSON that is not an object (an array, a string, a number, true, false or null); a config is one JSON object.',
        example: { bad: '[{ "version": "3.0" }]', good: '{ "version": "3.0" }' }
    },
    {
        id: 'nesting-too-deep',
        severity: 'error',
        source: 'backend',
        group: 'file',
        summary: 'Arrays and objects nested deeper than 1,000 levels, which the Python backend cannot read.',
        example: {
            bad: '{ "version": "3.0", "settings": { "a": [[[[ … 1,001 levels … ]]]] } }',
            good: '{ "version": "3.0", "settings": { "a": [[1]] } }'
        }
    },
    {
        id: 'inexact-number',
        severity: 'error',
        source: 'project',
        group: 'file',
        summary: 'A number this tool reads as a double and would change: an integer a double rounds (12345678901234567890123 becomes 1.2345678901234568e+22) or writes with an exponent, or one that overflows to null or underflows to 0.',
        example: {
            bad: '{ "version": "3.1", "settings": { "big_id": 12345678901234567890123 } }',
            good: '{ "version": "3.1", "settings": { "big_id": "12345678901234567890123" } }'
        }
    },
    {
        id: 'unreadable-file',
        severity: 'error',
        source: 'project',
        group: 'file',
        summary: 'A config file named in the manifest, matched by the configs patterns, or a `.json` file met while looking for configs, cannot be read (missing, a directory, no permission, or a name that is not UTF-8).',
        example: {
            bad: 'connectors/acme.json: permission denied',
            good: 'connectors/acme.json: a readable file'
        }
    },
    {
        id: 'unreadable-directory',
        severity: 'error',
        source: 'project',
        group: 'file',
        summary: 'A directory of the repository cannot be read while looking for configs, so the configs in it were not checked.',
        example: {
            bad: 'connectors/eu/: permission denied',
            good: 'connectors/eu/: a readable directory'
        }
    },
    {
        id: 'symlink-outside-repo',
        severity: 'error',
        source: 'project',
        group: 'file',
        summary: 'A symbolic link met while looking for configs (to a file or a directory, where the `configs` patterns could find one) leads outside the repository; it is not followed, so that a pull request cannot make the action read other files of the runner.',
        example: {
            bad: 'connectors/acme.json -> /etc/passwd',
            good: 'connectors/acme.json -> ../shared/acme.json (inside the repository)'
        }
    },
    {
        id: 'symlink-loop',
        severity: 'error',
        source: 'project',
        group: 'file',
        summary: 'A config path is a symbolic link that leads back to itself.',
        example: {
            bad: 'connectors/a.json -> b.json, connectors/b.json -> a.json',
            good: 'connectors/a.json -> ../shared/a.json (a regular file)'
        }
    }
];
const MANIFEST = (connectors, rules = '') => `connectors:\n${connectors}${rules}`;
const ACME = '  - path: connectors/acme.json\n    id: cn_acme\n';
/** Rules about the manifest, plugsync.yaml (checked by the manifest reader). */
const MANIFEST_RULES = [
    {
        id: 'manifest-invalid',
        severity: 'error',
        source: 'project',
        group: 'manifest',
        summary: 'The manifest is not valid YAML or not UTF-8, or is not a mapping (its `connectors` list may be left out: the manifest then maps no connector).',
        example: {
            bad: 'connectors:\n  - path: connectors/acme.json\n   id: cn_acme\n',
            good: MANIFEST(ACME)
        }
    },
    {
        id: 'manifest-unknown-key',
        severity: 'warning',
        source: 'project',
        group: 'manifest',
        summary: 'A manifest key this tool does not know, at the top level or in a connector entry; it is ignored, so a misspelt key drops what it meant to set.',
        example: {
            bad: MANIFEST('  - path: connectors/acme.json\n    ids: cn_acme\n'),
            good: MANIFEST(ACME)
        }
    },
    {
        id: 'manifest-invalid-value',
        severity: 'error',
        source: 'project',
        group: 'manifest',
        summary: 'A manifest value of the wrong kind or missing: a path or id that is not a string, a connector entry without its path or id, or a rule level other than off, notice, warning and error.',
        example: {
            bad: MANIFEST(ACME, 'rules:\n  disabled-flow: silent\n'),
            good: MANIFEST(ACME, 'rules:\n  disabled-flow: off\n')
        }
    },
    {
        id: 'manifest-missing-path',
        severity: 'error',
        source: 'project',
        group: 'manifest',
        summary: 'A connector entry names a path that does not exist in the repository (an entry with no path at all is manifest-invalid-value).',
        example: {
            bad: MANIFEST('  - path: connectors/acmee.json\n    id: cn_acme\n'),
            good: MANIFEST(ACME)
        }
    },
    {
        id: 'manifest-path-outside-repo',
        severity: 'error',
        source: 'project',
        group: 'manifest',
        summary: 'A connector path that leads outside the repository (absolute, or climbing out with `..`); it is not read.',
        example: {
            bad: MANIFEST('  - path: ../../etc/acme.json\n    id: cn_acme\n'),
            good: MANIFEST(ACME)
        }
    },
    {
        id: 'manifest-duplicate-id',
        severity: 'error',
        source: 'project',
        group: 'manifest',
        summary: 'Two connector entries have the same id: promoting both would publish two files to one connector, each overwriting the other.',
        example: {
            bad: MANIFEST(ACME + '  - path: connectors/acme-eu.json\n    id: cn_acme\n'),
            good: MANIFEST(ACME + '  - path: connectors/acme-eu.json\n    id: cn_acme_eu\n')
        }
    },
    {
        id: 'manifest-duplicate-path',
        severity: 'warning',
        source: 'project',
        group: 'manifest',
        summary: 'Two connector entries name the same file: one config promoted to two connectors, which is rarely meant.',
        example: {
            bad: MANIFEST(ACME + '  - path: connectors/acme.json\n    id: cn_acme_eu\n'),
            good: MANIFEST(ACME + '  - path: connectors/acme-eu.json\n    id: cn_acme_eu\n')
        }
    },
    {
        id: 'manifest-unknown-rule',
        severity: 'warning',
        source: 'project',
        group: 'manifest',
        summary: 'The `rules` section names a rule id that does not exist, so the severity it sets changes nothing.',
        example: {
            bad: MANIFEST(ACME, 'rules:\n  disabled-flows: off\n'),
            good: MANIFEST(ACME, 'rules:\n  disabled-flow: off\n')
        }
    }
];
/** Rules about PlugSync's answers (checked by the PlugSync client). */
const API_RULES = [
    {
        id: 'backend-rejected',
        severity: 'error',
        source: 'backend',
        group: 'api',
        summary: 'PlugSync answered 422 with a message that no local rule explains; the finding carries the backend message and the place it names.',
        example: {
            bad: '422 {"detail": [{"loc": ["body", "flows", 0, "steps", 0], "msg": "Value error, step is not allowed here", "type": "value_error"}]}',
            good: '200 {"config": {…}, "updated_at": "…"}'
        }
    }
];

// EXTERNAL MODULE: ./src/rules/jsonpath-rules.ts + 1 modules
var jsonpath_rules = __nccwpck_require__(6040);
// EXTERNAL MODULE: ./src/rules/references.ts
var references = __nccwpck_require__(4329);
// EXTERNAL MODULE: ./src/rules/root.ts
var root = __nccwpck_require__(9491);
// EXTERNAL MODULE: ./src/rules/schema-rules.ts
var schema_rules = __nccwpck_require__(74);
// EXTERNAL MODULE: ./src/rules/schema-specs.ts
var schema_specs = __nccwpck_require__(5077);
// EXTERNAL MODULE: ./src/rules/step-fields.ts
var step_fields = __nccwpck_require__(3539);
// EXTERNAL MODULE: ./src/rules/steps.ts
var steps = __nccwpck_require__(1124);
// EXTERNAL MODULE: ./src/rules/unknown-keys.ts
var unknown_keys = __nccwpck_require__(5226);
;// CONCATENATED MODULE: ./src/rules/registry.ts











/** Every rule of the product, in catalogue order. */
const RULES = [
    ...FILE_RULES,
    ...schema_rules/* SCHEMA_RULES */.kQ,
    unknown_keys/* UNKNOWN_KEY */.dC,
    ...root/* ROOT_RULES */.ff,
    ...entities/* ENTITY_RULES */.y3,
    ...schema_specs/* SCHEMA_SPEC_RULES */.s,
    ...flows/* FLOW_RULES */.ty,
    ...steps/* STEP_RULES */.L,
    ...step_fields/* STEP_FIELD_RULES */.C,
    ...references/* REFERENCE_RULES */.O,
    ...jsonpath_rules/* JSONPATH_RULES */.S,
    ...MANIFEST_RULES,
    ...API_RULES
];
const BY_ID = new Map(RULES.map((rule) => [rule.id, rule]));
/** The rule with this id; throws for an id no rule has, which is a bug. */
function ruleInfo(id) {
    const rule = BY_ID.get(id);
    if (rule === undefined)
        throw new Error(`unknown rule id "${id}"`);
    return rule;
}
/** Tells whether a rule id exists (for the manifest's `rules` section). */
function isRuleId(id) {
    return BY_ID.has(id);
}


/***/ }),

/***/ 9491:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d9: () => (/* binding */ checkRoot),
/* harmony export */   ff: () => (/* binding */ ROOT_RULES)
/* harmony export */ });
/* unused harmony export ROOT_KEYS */
/* harmony import */ var _config_normalise_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7028);
/* harmony import */ var _unknown_keys_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5226);
/* harmony import */ var _view_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3780);



/** The top-level keys of ConnectorConfigV3, `$schema` included. */
const ROOT_KEYS = [
    '$schema',
    'version',
    'entities',
    'flows',
    'settings'
];
const SCOPE_OVERRIDES_UNUSED = {
    id: 'scope-overrides-unused',
    severity: 'warning',
    source: 'runtime',
    group: 'config',
    summary: '`settings.scope_overrides` was a v2.1 key; the v3 runtime has no reader for it, so the overrides it holds do nothing.',
    example: {
        bad: '{ "version": "3.0", "settings": { "scope_overrides": { "crm": "read" } } }',
        good: '{ "version": "3.0", "settings": {} }'
    }
};
const EMPTY_CONFIG = {
    id: 'empty-config',
    severity: 'notice',
    source: 'project',
    group: 'config',
    summary: 'A config with no entities and no flows is valid but does nothing.',
    example: {
        bad: '{ "version": "3.0" }',
        good: `{
  "version": "3.0",
  "entities": [{ "name": "company", "schemas": { "hubspot": {} } }]
}`
    }
};
/** The rules about the config as a whole. */
const ROOT_RULES = [
    SCOPE_OVERRIDES_UNUSED,
    EMPTY_CONFIG
];
/** Checks the top-level keys, the settings and whether the config does anything. */
function checkRoot(view, out) {
    const { config } = view;
    (0,_unknown_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .checkUnknownKeys */ .t$)(out, view.suggest, config, '', ROOT_KEYS, 'the config');
    const { settings } = config;
    if ((0,_config_normalise_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(settings) && (0,_view_js__WEBPACK_IMPORTED_MODULE_2__/* .has */ .zy)(settings, 'scope_overrides')) {
        out.push({
            rule: SCOPE_OVERRIDES_UNUSED.id,
            message: '"settings.scope_overrides" is a v2.1 key that nothing reads in v3, so its overrides do nothing: remove it',
            pointer: '/settings/scope_overrides',
            at: 'key'
        });
    }
    if (isEmptyList(config.entities) && isEmptyList(config.flows)) {
        out.push({
            rule: EMPTY_CONFIG.id,
            message: 'this config has no entities and no flows, so it does nothing: add the entities it syncs and the flows that write them',
            pointer: ''
        });
    }
}
/** Absent or `[]`: a list that holds nothing (a wrong type is another rule's). */
function isEmptyList(value) {
    return value === undefined || (Array.isArray(value) && value.length === 0);
}


/***/ }),

/***/ 74:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F_: () => (/* binding */ INVALID_WHEN),
/* harmony export */   V$: () => (/* binding */ WRONG_TYPE),
/* harmony export */   fm: () => (/* binding */ INVALID_VERSION),
/* harmony export */   jN: () => (/* binding */ UNKNOWN_ENTITY_KEY),
/* harmony export */   kQ: () => (/* binding */ SCHEMA_RULES),
/* harmony export */   mf: () => (/* binding */ MISSING_REQUIRED_FIELD),
/* harmony export */   yM: () => (/* binding */ INVALID_STEP_FIELD)
/* harmony export */ });
/** `version` missing or not one of the two strings. */
const INVALID_VERSION = {
    id: 'invalid-version',
    severity: 'error',
    source: 'backend',
    group: 'config',
    summary: '`version` is missing or is not the string "3.0" or "3.1" (a number such as 3.0 is wrong).',
    backendMessage: "Input should be '3.0' or '3.1'",
    example: { bad: '{ "version": 3.0 }', good: '{ "version": "3.0" }' }
};
/** A required field of an entity, a flow or a step is missing. */
const MISSING_REQUIRED_FIELD = {
    id: 'missing-required-field',
    severity: 'error',
    source: 'backend',
    group: 'config',
    summary: 'An entity without `name` or `schemas`, a flow without `name`, `source`, `event_type` or `steps`, or a step without `id` or `action`.',
    backendMessage: 'Field required',
    example: {
        bad: '{ "version": "3.0", "entities": [{ "name": "company" }] }',
        good: '{ "version": "3.0", "entities": [{ "name": "company", "schemas": { "hubspot": {} } }] }'
    }
};
/** A value of another type than the contract states. */
const WRONG_TYPE = {
    id: 'wrong-type',
    severity: 'error',
    source: 'backend',
    group: 'config',
    summary: 'A field whose type the contract states has a value of another type, e.g. `"entities": {}` or `"enabled": "yes"`; the backend (pydantic) rejects it.',
    backendMessage: 'Input should be a valid <type>',
    example: {
        bad: '{ "version": "3.0", "entities": { "name": "company", "schemas": { "hubspot": {} } } }',
        good: '{ "version": "3.0", "entities": [{ "name": "company", "schemas": { "hubspot": {} } }] }'
    }
};
/** A key an entity does not accept. */
const UNKNOWN_ENTITY_KEY = {
    id: 'unknown-entity-key',
    severity: 'error',
    source: 'backend',
    group: 'config',
    summary: 'An entity key other than `name` and `schemas`; EntityV3 accepts no other key. A `mode` key is the classic mistake: the mode is derived from the schemas, never stored.',
    backendMessage: 'Extra inputs are not permitted',
    example: {
        bad: '{ "version": "3.0", "entities": [{ "name": "company", "mode": "simple", "schemas": { "hubspot": {} } }] }',
        good: '{ "version": "3.0", "entities": [{ "name": "company", "schemas": { "hubspot": {} } }] }'
    }
};
/** A per-action step field of the wrong (assumed) type. */
const INVALID_STEP_FIELD = {
    id: 'invalid-step-field',
    severity: 'warning',
    source: 'project',
    group: 'config',
    summary: 'A step field of the wrong type for its action (`target`, `entity`, `data`, `items` and `output` are strings, `chunk_size` a whole number of 1 or more, `reconcile` true or false); these types are assumed, so this is a warning.',
    example: {
        bad: `{
  "version": "3.1",
  "entities": [{ "name": "company", "schemas": { "hubspot": {} } }],
  "flows": [{
    "name": "sync", "source": "stripe", "event_type": "customer.updated",
    "steps": [{ "id": "push", "action": "upsert_many", "target": "hubspot", "entity": "company", "items": "$.payload.items", "chunk_size": 0 }]
  }]
}`,
        good: `{
  "version": "3.1",
  "entities": [{ "name": "company", "schemas": { "hubspot": {} } }],
  "flows": [{
    "name": "sync", "source": "stripe", "event_type": "customer.updated",
    "steps": [{ "id": "push", "action": "upsert_many", "target": "hubspot", "entity": "company", "items": "$.payload.items", "chunk_size": 100 }]
  }]
}`
    }
};
/** A step's `when` that is not an object. */
const INVALID_WHEN = {
    id: 'invalid-when',
    severity: 'warning',
    source: 'project',
    group: 'config',
    summary: "A step's `when` that is not an object; its grammar (WhenCondition) is not public, so only its being an object is checked.",
    example: {
        bad: `{
  "version": "3.0",
  "flows": [{
    "name": "sync", "source": "stripe", "event_type": "customer.updated",
    "steps": [{ "id": "a", "action": "skip", "when": "$.payload.deleted" }]
  }]
}`,
        good: `{
  "version": "3.0",
  "flows": [{
    "name": "sync", "source": "stripe", "event_type": "customer.updated",
    "steps": [{ "id": "a", "action": "skip", "when": {} }]
  }]
}`
    }
};
/** The rules the JSON Schema checks. */
const SCHEMA_RULES = [
    INVALID_VERSION,
    MISSING_REQUIRED_FIELD,
    WRONG_TYPE,
    UNKNOWN_ENTITY_KEY,
    INVALID_STEP_FIELD,
    INVALID_WHEN
];


/***/ }),

/***/ 5077:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ checkSchemaSpecs),
/* harmony export */   s: () => (/* binding */ SCHEMA_SPEC_RULES)
/* harmony export */ });
/* harmony import */ var _config_normalise_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7028);
/* harmony import */ var _describe_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4974);
/* harmony import */ var _first_seen_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(2897);
/* harmony import */ var _pointer_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6190);
/* harmony import */ var _unknown_keys_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5226);





const MATCH_OR_CREATE = 'match_or_create';
const UNDOCUMENTED_IDENTITY_STRATEGY = {
    id: 'undocumented-identity-strategy',
    severity: 'notice',
    source: 'project',
    group: 'config',
    summary: 'An identity strategy other than `match_or_create`, the one documented strategy; it may be right, but nothing public says what it does.',
    example: {
        bad: `{
  "version": "3.0",
  "entities": [{
    "name": "company",
    "schemas": { "hubspot": { "identity": { "strategy": "match", "property": "domain" } } }
  }]
}`,
        good: `{
  "version": "3.0",
  "entities": [{
    "name": "company",
    "schemas": { "hubspot": { "identity": { "strategy": "match_or_create", "property": "domain" } } }
  }]
}`
    }
};
const IDENTITY_MISSING_PROPERTY = {
    id: 'identity-missing-property',
    severity: 'warning',
    source: 'project',
    group: 'config',
    summary: '`match_or_create` without `property`: the strategy looks records up by that property, so without it nothing can match.',
    example: {
        bad: `{
  "version": "3.0",
  "entities": [{
    "name": "company",
    "schemas": { "hubspot": { "identity": { "strategy": "match_or_create" } } }
  }]
}`,
        good: `{
  "version": "3.0",
  "entities": [{
    "name": "company",
    "schemas": { "hubspot": { "identity": { "strategy": "match_or_create", "property": "domain" } } }
  }]
}`
    }
};
const MAPPING_MISSING_FIELD = {
    id: 'mapping-missing-field',
    severity: 'warning',
    source: 'project',
    group: 'config',
    summary: 'A field mapping without `source` or without `target`: it cannot copy anything.',
    example: {
        bad: `{
  "version": "3.0",
  "entities": [{
    "name": "company",
    "schemas": { "hubspot": { "field_mappings": [{ "source": "$.payload.name" }] } }
  }]
}`,
        good: `{
  "version": "3.0",
  "entities": [{
    "name": "company",
    "schemas": { "hubspot": { "field_mappings": [{ "source": "$.payload.name", "target": "name" }] } }
  }]
}`
    }
};
const DUPLICATE_MAPPING_TARGET = {
    id: 'duplicate-mapping-target',
    severity: 'warning',
    source: 'project',
    group: 'config',
    summary: 'Two field mappings of one schema write the same target property; the later one wins, so the earlier one is dead.',
    example: {
        bad: `{
  "version": "3.0",
  "entities": [{
    "name": "company",
    "schemas": { "hubspot": { "field_mappings": [
      { "source": "$.payload.name", "target": "name" },
      { "source": "$.payload.legal_name", "target": "name" }
    ] } }
  }]
}`,
        good: `{
  "version": "3.0",
  "entities": [{
    "name": "company",
    "schemas": { "hubspot": { "field_mappings": [
      { "source": "$.payload.name", "target": "name" },
      { "source": "$.payload.legal_name", "target": "legal_name" }
    ] } }
  }]
}`
    }
};
/** The rules about identities and field mappings. */
const SCHEMA_SPEC_RULES = [
    UNDOCUMENTED_IDENTITY_STRATEGY,
    IDENTITY_MISSING_PROPERTY,
    MAPPING_MISSING_FIELD,
    DUPLICATE_MAPPING_TARGET
];
/** Checks the identity and the field mappings of every schema. */
function checkSchemaSpecs(view, out) {
    for (const schema of view.schemas) {
        checkIdentity(schema, view.suggest, out);
        checkMappings(schema, view.suggest, out);
    }
}
function checkIdentity(schema, suggest, out) {
    const identity = schema.value.identity;
    if (!(0,_config_normalise_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(identity))
        return;
    // Built only for an identity with a problem.
    const pointer = () => (0,_pointer_js__WEBPACK_IMPORTED_MODULE_2__/* .childPointer */ .Y2)(schema.pointer, 'identity');
    const owner = () => `the identity of ${schema.label}`;
    if (!(0,_unknown_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .hasOnlyKeys */ .zr)(identity, IDENTITY_KEYS)) {
        (0,_unknown_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .checkUnknownKeys */ .t$)(out, suggest, identity, pointer(), IDENTITY_KEYS, owner());
    }
    const { strategy } = identity;
    if (typeof strategy === 'string' && strategy !== MATCH_OR_CREATE) {
        const suggestion = suggest(strategy, [MATCH_OR_CREATE]);
        const problem = {
            rule: UNDOCUMENTED_IDENTITY_STRATEGY.id,
            message: `${owner()} uses strategy ${(0,_describe_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(strategy)}, which is not a documented strategy; the documented one is "match_or_create"${(0,_describe_js__WEBPACK_IMPORTED_MODULE_3__/* .didYouMean */ .au)(suggestion)}`,
            pointer: (0,_pointer_js__WEBPACK_IMPORTED_MODULE_2__/* .childPointer */ .Y2)(pointer(), 'strategy')
        };
        if (suggestion !== undefined)
            problem.suggestion = suggestion;
        out.push(problem);
    }
    if (strategy === MATCH_OR_CREATE &&
        (identity.property === undefined || identity.property === null)) {
        out.push({
            rule: IDENTITY_MISSING_PROPERTY.id,
            message: `${owner()} uses "match_or_create" without "property", so it has nothing to match records on: add the target property to look up, e.g. "property": "domain"`,
            pointer: pointer()
        });
    }
}
function checkMappings(schema, suggest, out) {
    const mappings = schema.value.field_mappings;
    if (!Array.isArray(mappings))
        return;
    // Places and labels are built only for a mapping with a problem.
    const pointerOf = (index) => (0,_pointer_js__WEBPACK_IMPORTED_MODULE_2__/* .childPointer */ .Y2)((0,_pointer_js__WEBPACK_IMPORTED_MODULE_2__/* .childPointer */ .Y2)(schema.pointer, 'field_mappings'), index);
    const labelOf = (index) => `field_mappings[${index}] of ${schema.label}`;
    const targets = new _first_seen_js__WEBPACK_IMPORTED_MODULE_4__/* .FirstSeen */ .i();
    for (let index = 0; index < mappings.length; index++) {
        const mapping = mappings[index];
        if (!(0,_config_normalise_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(mapping))
            continue;
        if (!(0,_unknown_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .hasOnlyKeys */ .zr)(mapping, MAPPING_KEYS)) {
            const [pointer, label] = [pointerOf(index), labelOf(index)];
            (0,_unknown_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .checkUnknownKeys */ .t$)(out, suggest, mapping, pointer, MAPPING_KEYS, label);
        }
        // Named, not keyed, reads: the rules' hottest loop on a large config.
        const { source, target } = mapping;
        if (isNullish(source) || isNullish(target)) {
            out.push(missingMappingFields(mapping, labelOf(index), pointerOf(index)));
        }
        if (typeof target !== 'string')
            continue;
        const first = targets.firstIndex(target, index);
        if (first === -1)
            continue;
        out.push({
            rule: DUPLICATE_MAPPING_TARGET.id,
            message: `field_mappings[${first}] and [${index}] of ${schema.label} both write target ${(0,_describe_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(target)}; the later one wins: remove one or change its target`,
            pointer: (0,_pointer_js__WEBPACK_IMPORTED_MODULE_2__/* .childPointer */ .Y2)(pointerOf(index), 'target')
        });
    }
}
const IDENTITY_KEYS = ['strategy', 'property'];
const MAPPING_KEYS = ['source', 'target'];
function isMissing(mapping, key) {
    return isNullish(mapping[key]);
}
function isNullish(value) {
    return value === undefined || value === null;
}
function missingMappingFields(mapping, label, pointer) {
    const missing = MAPPING_KEYS.filter((key) => isMissing(mapping, key));
    return {
        rule: MAPPING_MISSING_FIELD.id,
        message: `${label} has ${(0,_describe_js__WEBPACK_IMPORTED_MODULE_3__/* .noneOf */ .kO)(missing)}, so it copies nothing: ${missingFix(missing)}`,
        pointer
    };
}
function missingFix(missing) {
    if (missing.length === 2) {
        return 'add "source" (where to read, e.g. "$.payload.name") and "target" (the property to write)';
    }
    return missing[0] === 'source'
        ? 'add "source", where to read, e.g. "$.payload.name"'
        : 'add "target", the property to write';
}


/***/ }),

/***/ 3539:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ STEP_FIELD_RULES),
/* harmony export */   q: () => (/* binding */ checkStepFields)
/* harmony export */ });
/* harmony import */ var _actions_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2508);
/* harmony import */ var _describe_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4974);
/* harmony import */ var _pointer_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6190);



const STEP_CONFIG = (step, version) => `{
  "version": "${version}",
  "entities": [{ "name": "company", "schemas": { "hubspot": {} } }],
  "flows": [{
    "name": "sync", "source": "stripe", "event_type": "customer.updated",
    "steps": [${step}]
  }]
}`;
const UNKNOWN_STEP_FIELD = {
    id: 'unknown-step-field',
    severity: 'warning',
    source: 'project',
    group: 'config',
    summary: 'A step key its action does not read: the backend keeps unknown step keys silently, so a misspelt field (`entitty`, `to_shema`) is invisible until run time. Steps of `notify`, `plugin`, `skip` and `associate_many` accept any key.',
    example: {
        bad: STEP_CONFIG('{ "id": "push", "action": "upsert", "target": "hubspot", "entitty": "company", "data": "$.payload" }', '3.0'),
        good: STEP_CONFIG('{ "id": "push", "action": "upsert", "target": "hubspot", "entity": "company", "data": "$.payload" }', '3.0')
    }
};
const BULK_FIELD_REQUIRES_3_1 = {
    id: 'bulk-field-requires-3-1',
    severity: 'warning',
    source: 'project',
    group: 'config',
    summary: 'A step field that only bulk actions read (`items`, `chunk_size`, `output`, `reconcile`) in a config whose version is "3.0", where no bulk action exists.',
    example: {
        bad: STEP_CONFIG('{ "id": "push", "action": "upsert", "target": "hubspot", "entity": "company", "data": "$.payload", "chunk_size": 50 }', '3.0'),
        good: STEP_CONFIG('{ "id": "push", "action": "upsert_many", "target": "hubspot", "entity": "company", "items": "$.payload.items", "chunk_size": 50 }', '3.1')
    }
};
/** The rules about the keys of a step. */
const STEP_FIELD_RULES = [
    UNKNOWN_STEP_FIELD,
    BULK_FIELD_REQUIRES_3_1
];
/**
 * Checks each key of each step against the fields its action reads. Steps
 * whose action is not an action are left alone: which fields they should
 * have is unknown.
 */
function checkStepFields(view, out) {
    for (const step of view.steps) {
        if (step.action === undefined)
            continue;
        const fields = (0,_actions_js__WEBPACK_IMPORTED_MODULE_0__/* .actionFields */ .uD)(step.action);
        if (fields === undefined)
            continue;
        for (const key in step.value) {
            if (!Object.hasOwn(step.value, key))
                continue;
            if (_actions_js__WEBPACK_IMPORTED_MODULE_0__/* .COMMON_STEP_FIELDS */ .jZ.includes(key))
                continue;
            const problem = fieldProblem(view.suggest, step, step.action, fields, key, view.version);
            if (problem)
                out.push(problem);
        }
    }
}
function fieldProblem(suggest, step, action, fields, key, version) {
    const bulkUnder30 = _actions_js__WEBPACK_IMPORTED_MODULE_0__/* .BULK_FIELDS */ .Py.includes(key) && version === '3.0';
    if (!bulkUnder30 && (fields === 'any' || fields.includes(key))) {
        return undefined;
    }
    const pointer = (0,_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .childPointer */ .Y2)(step.pointer, key);
    if (bulkUnder30) {
        return {
            rule: BULK_FIELD_REQUIRES_3_1.id,
            message: `${step.label} has ${(0,_describe_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(key)}, which only bulk actions read, and bulk actions need version "3.1"; this config is "3.0": remove it or set "version": "3.1"`,
            pointer,
            at: 'key'
        };
    }
    if (fields === 'any')
        return undefined;
    if (_actions_js__WEBPACK_IMPORTED_MODULE_0__/* .BULK_FIELDS */ .Py.includes(key)) {
        const bulk = (0,_actions_js__WEBPACK_IMPORTED_MODULE_0__/* .bulkActionOf */ .Yk)(action);
        const fix = bulk === undefined ? 'remove it' : `use ${(0,_describe_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(bulk)} or remove it`;
        return {
            rule: UNKNOWN_STEP_FIELD.id,
            message: `${step.label} (${action}) has ${(0,_describe_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(key)}, which only bulk actions read: ${fix}`,
            pointer,
            at: 'key'
        };
    }
    const known = [..._actions_js__WEBPACK_IMPORTED_MODULE_0__/* .COMMON_STEP_FIELDS */ .jZ, ...fields];
    const suggestion = suggest(key, known);
    const problem = {
        rule: UNKNOWN_STEP_FIELD.id,
        message: `${step.label} (${action}) has ${(0,_describe_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(key)}, which ${action} does not read and the backend ignores${suggestion === undefined ? `: remove it (${action} reads ${(0,_describe_js__WEBPACK_IMPORTED_MODULE_2__/* .listWords */ .yh)(fields)})` : (0,_describe_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .au)(suggestion)}`,
        pointer,
        at: 'key'
    };
    if (suggestion !== undefined)
        problem.suggestion = suggestion;
    return problem;
}


/***/ }),

/***/ 1124:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ STEP_RULES),
/* harmony export */   w: () => (/* binding */ checkSteps)
/* harmony export */ });
/* harmony import */ var _actions_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2508);
/* harmony import */ var _describe_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4974);
/* harmony import */ var _pointer_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6190);



const ACTION_LIST = `[${_actions_js__WEBPACK_IMPORTED_MODULE_0__/* .ACTIONS */ .kl.map((action) => `'${action}'`).join(', ')}]`;
const ENTITY = '{ "name": "company", "schemas": { "hubspot": {}, "canonical": {} } }';
/** A config around one step, for the examples. */
function withStep(step, version = '3.0') {
    return `{
  "version": "${version}",
  "entities": [${ENTITY}],
  "flows": [{
    "name": "sync", "source": "stripe", "event_type": "customer.updated",
    "steps": [${step}]
  }]
}`;
}
const UNKNOWN_ACTION = {
    id: 'unknown-action',
    severity: 'error',
    source: 'backend',
    group: 'config',
    summary: 'A step action outside the closed set of 15 actions; this includes `associate`, which is reserved for a future release (use `associate_many` under "3.1").',
    backendMessage: `Unknown action '<x>'; must be one of ${ACTION_LIST}`,
    example: {
        bad: withStep('{ "id": "push", "action": "upsertt", "target": "hubspot", "entity": "company", "data": "$.payload" }'),
        good: withStep('{ "id": "push", "action": "upsert", "target": "hubspot", "entity": "company", "data": "$.payload" }')
    }
};
const BULK_ACTION_REQUIRES_3_1 = {
    id: 'bulk-action-requires-3-1',
    severity: 'error',
    source: 'backend',
    group: 'config',
    summary: 'A bulk action (`upsert_many`, `create_many`, `update_many`, `delete_many`, `associate_many`) in a config whose version is "3.0"; the backend allows them only under "3.1".',
    example: {
        bad: withStep('{ "id": "push", "action": "upsert_many", "target": "hubspot", "entity": "company", "items": "$.payload.items" }'),
        good: withStep('{ "id": "push", "action": "upsert_many", "target": "hubspot", "entity": "company", "items": "$.payload.items" }', '3.1')
    }
};
const TRANSFORM_MISSING_FIELD = {
    id: 'transform-missing-field',
    severity: 'error',
    source: 'backend',
    group: 'config',
    summary: 'A `transform` step without `entity` or without `to_schema`, which the backend rejects.',
    backendMessage: 'transform step requires entity and to_schema',
    example: {
        bad: withStep('{ "id": "map", "action": "transform", "entity": "company" }'),
        good: withStep('{ "id": "map", "action": "transform", "entity": "company", "to_schema": "canonical" }')
    }
};
const STEP_MISSING_FIELD = {
    id: 'step-missing-field',
    severity: 'warning',
    source: 'project',
    group: 'config',
    summary: 'A step that acts on a record (`upsert`, `create`, `update`, `delete`, `find`, `post` and their bulk forms) without `entity` or without `target`: it has no record type or no system to act on.',
    example: {
        bad: withStep('{ "id": "push", "action": "upsert", "entity": "company", "data": "$.payload" }'),
        good: withStep('{ "id": "push", "action": "upsert", "target": "hubspot", "entity": "company", "data": "$.payload" }')
    }
};
const FIND_TARGET_NOT_HUBSPOT = {
    id: 'find-target-not-hubspot',
    severity: 'error',
    source: 'runtime',
    group: 'config',
    summary: 'A `find` step whose `target` is not `hubspot`: find works with HubSpot only, and the worker fails such a step with a permanent error.',
    example: {
        bad: withStep('{ "id": "lookup", "action": "find", "target": "canonical", "entity": "company" }'),
        good: withStep('{ "id": "lookup", "action": "find", "target": "hubspot", "entity": "company" }')
    }
};
const POST_TO_HUBSPOT = {
    id: 'post-to-hubspot',
    severity: 'warning',
    source: 'project',
    group: 'config',
    summary: 'A `post` step whose `target` is `hubspot`: post is the way to write to other systems; HubSpot writes go through `upsert`, `create` or `update`.',
    example: {
        bad: withStep('{ "id": "push", "action": "post", "target": "hubspot", "entity": "company", "data": "$.payload" }'),
        good: withStep('{ "id": "push", "action": "upsert", "target": "hubspot", "entity": "company", "data": "$.payload" }')
    }
};
/** The rules about a step's action and the fields it needs. */
const STEP_RULES = [
    UNKNOWN_ACTION,
    BULK_ACTION_REQUIRES_3_1,
    TRANSFORM_MISSING_FIELD,
    STEP_MISSING_FIELD,
    FIND_TARGET_NOT_HUBSPOT,
    POST_TO_HUBSPOT
];
/** Checks each step's action against the action set and the version. */
function checkSteps(view, out) {
    for (const step of view.steps) {
        const { action } = step;
        if (action === undefined)
            continue;
        if (!(0,_actions_js__WEBPACK_IMPORTED_MODULE_0__/* .isAction */ .ve)(action)) {
            out.push(unknownAction(step, action, view.version, view.suggest));
            continue;
        }
        if (view.version === '3.0' && (0,_actions_js__WEBPACK_IMPORTED_MODULE_0__/* .isBulkAction */ .pj)(action)) {
            out.push(bulkUnder30(step, action));
        }
        checkRequiredFields(step, action, out);
        checkTarget(step, action, out);
    }
}
function unknownAction(step, action, version, suggest) {
    const backendMessage = `Unknown action '${action}'; must be one of ${ACTION_LIST}`;
    const pointer = (0,_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .childPointer */ .Y2)(step.pointer, 'action');
    if (action === 'associate') {
        const fix = version === '3.1'
            ? 'use "associate_many"'
            : 'use "associate_many" and set "version": "3.1"';
        return {
            rule: UNKNOWN_ACTION.id,
            message: `${step.label} has action "associate", which is reserved for a future release and rejected today: ${fix}`,
            pointer,
            backendMessage,
            suggestion: 'associate_many'
        };
    }
    const suggestion = suggest(action, _actions_js__WEBPACK_IMPORTED_MODULE_0__/* .ACTIONS */ .kl);
    const problem = {
        rule: UNKNOWN_ACTION.id,
        message: `${step.label} has action ${(0,_describe_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(action)}, which is not an action${(0,_describe_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .au)(suggestion)}${suggestion === undefined ? `: use one of ${(0,_describe_js__WEBPACK_IMPORTED_MODULE_2__/* .listWords */ .yh)(_actions_js__WEBPACK_IMPORTED_MODULE_0__/* .ACTIONS */ .kl)}` : ''}`,
        pointer,
        backendMessage
    };
    if (suggestion !== undefined)
        problem.suggestion = suggestion;
    return problem;
}
function bulkUnder30(step, action) {
    const single = (0,_actions_js__WEBPACK_IMPORTED_MODULE_0__/* .singleActionOf */ .M2)(action);
    const or = (0,_actions_js__WEBPACK_IMPORTED_MODULE_0__/* .isAction */ .ve)(single) ? ` or use ${(0,_describe_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(single)}` : '';
    return {
        rule: BULK_ACTION_REQUIRES_3_1.id,
        message: `${step.label} uses action ${(0,_describe_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(action)}, which needs version "3.1"; this config is "3.0": set "version": "3.1"${or}`,
        pointer: (0,_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .childPointer */ .Y2)(step.pointer, 'action')
    };
}
/** Whether a field is absent: missing, null or an empty string. */
function isBlank(value) {
    return value === undefined || value === null || value === '';
}
function checkRequiredFields(step, action, out) {
    if (action === 'transform') {
        const missing = blanks(step, TRANSFORM_FIELDS);
        if (missing.length === 0)
            return;
        out.push({
            rule: TRANSFORM_MISSING_FIELD.id,
            message: `${step.label} (transform) has ${(0,_describe_js__WEBPACK_IMPORTED_MODULE_2__/* .noneOf */ .kO)(missing)}: add ${missing.map(transformHint).join(' and ')}`,
            pointer: (0,_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .childPointer */ .Y2)(step.pointer, 'action'),
            backendMessage: TRANSFORM_MISSING_FIELD.backendMessage
        });
        return;
    }
    const fields = (0,_actions_js__WEBPACK_IMPORTED_MODULE_0__/* .actionFields */ .uD)(action);
    if (fields === 'any' || fields === undefined || !fields.includes('target'))
        return;
    const missing = blanks(step, RECORD_FIELDS);
    if (missing.length === 0)
        return;
    out.push({
        rule: STEP_MISSING_FIELD.id,
        message: `${step.label} (${action}) has ${(0,_describe_js__WEBPACK_IMPORTED_MODULE_2__/* .noneOf */ .kO)(missing)}: add ${missing.map(recordHint).join(' and ')}`,
        pointer: (0,_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .childPointer */ .Y2)(step.pointer, 'action')
    });
}
const TRANSFORM_FIELDS = ['entity', 'to_schema'];
const RECORD_FIELDS = ['entity', 'target'];
const NONE = [];
/** The fields a step leaves blank; the shared empty list when none is. */
function blanks(step, fields) {
    if (!fields.some((key) => isBlank(step.value[key])))
        return NONE;
    return fields.filter((key) => isBlank(step.value[key]));
}
function transformHint(field) {
    return field === 'entity'
        ? '"entity" (the entity to transform)'
        : '"to_schema" (the schema to write, usually "canonical")';
}
function recordHint(field) {
    return field === 'entity'
        ? '"entity" (the entity it acts on)'
        : '"target" (the system to act on, e.g. "hubspot")';
}
function checkTarget(step, action, out) {
    const { target } = step.value;
    if (typeof target !== 'string')
        return;
    const pointer = () => (0,_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .childPointer */ .Y2)(step.pointer, 'target');
    if (action === 'find' && target !== 'hubspot') {
        out.push({
            rule: FIND_TARGET_NOT_HUBSPOT.id,
            message: `${step.label} (find) has target ${(0,_describe_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(target)}, but find works only with "hubspot"; the worker fails this step with a permanent error: set "target": "hubspot"`,
            pointer: pointer(),
            suggestion: 'hubspot'
        });
    }
    if (action === 'post' && target === 'hubspot') {
        out.push({
            rule: POST_TO_HUBSPOT.id,
            message: `${step.label} (post) has target "hubspot", but post is for other systems; HubSpot writes go through "upsert", "create" or "update": use one of those`,
            pointer: pointer()
        });
    }
}


/***/ }),

/***/ 5226:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   dC: () => (/* binding */ UNKNOWN_KEY),
/* harmony export */   t$: () => (/* binding */ checkUnknownKeys),
/* harmony export */   zr: () => (/* binding */ hasOnlyKeys)
/* harmony export */ });
/* harmony import */ var _describe_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4974);
/* harmony import */ var _pointer_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6190);


/** The rule for keys the backend keeps but nothing reads. */
const UNKNOWN_KEY = {
    id: 'unknown-key',
    severity: 'warning',
    source: 'project',
    group: 'config',
    summary: 'A key the contract does not define at the top level, in a flow, in a schema, an identity or a field mapping: the backend keeps it and nothing reads it, so a misspelt key silently drops what it meant to set.',
    example: {
        bad: '{ "version": "3.0", "entites": [] }',
        good: '{ "version": "3.0", "entities": [] }'
    }
};
/**
 * Whether every key of an object is one of the known keys: the common case,
 * checked before building the place and name a report would need.
 */
function hasOnlyKeys(object, known) {
    // for...in lists the keys without making an array of them.
    for (const key in object) {
        if (Object.hasOwn(object, key) && !known.includes(key))
            return false;
    }
    return true;
}
/**
 * Reports to `out` each key of an object that is not one of the known keys, at the
 * key, with the closest known key as a suggestion.
 */
function checkUnknownKeys(out, suggest, object, pointer, known, owner) {
    for (const key of Object.keys(object)) {
        if (known.includes(key))
            continue;
        const suggestion = suggest(key, known);
        const fix = suggestion === undefined
            ? `: remove it or use one of ${known.map(_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD).join(', ')}`
            : (0,_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .didYouMean */ .au)(suggestion);
        const problem = {
            rule: UNKNOWN_KEY.id,
            message: `${owner} has an unknown key ${(0,_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(key)}, which the backend keeps but nothing reads${fix}`,
            pointer: (0,_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .childPointer */ .Y2)(pointer, key),
            at: 'key'
        };
        if (suggestion !== undefined)
            problem.suggestion = suggestion;
        out.push(problem);
    }
}


/***/ }),

/***/ 3780:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  iV: () => (/* binding */ forEachObject),
  zy: () => (/* binding */ has),
  m5: () => (/* binding */ viewConfig)
});

// EXTERNAL MODULE: ./src/config/normalise.ts
var normalise = __nccwpck_require__(7028);
// EXTERNAL MODULE: ./src/rules/labels.ts
var labels = __nccwpck_require__(8268);
// EXTERNAL MODULE: ./src/discover/suggest.ts
var suggest = __nccwpck_require__(3413);
;// CONCATENATED MODULE: ./src/rules/did-you-mean.ts

// Past this many candidates a suggestion costs more than it helps, and a
// config with thousands of unknown names would make checking quadratic.
const MOST_CANDIDATES = 200;
// Edit distance is quadratic in length; nobody misspells a word this long.
const LONGEST_WORD = 64;
// A config with more misspellings than this is not worth advising on word
// by word, and the edit distances would dominate the time it takes.
const MOST_SUGGESTIONS = 1000;
/**
 * A suggester for one config: the closest candidate while there are few
 * enough candidates and words to compare, nothing after that.
 */
function createSuggest(budget = MOST_SUGGESTIONS) {
    let left = budget;
    return (word, candidates) => {
        if (left <= 0)
            return undefined;
        if (candidates.length > MOST_CANDIDATES || word.length > LONGEST_WORD) {
            return undefined;
        }
        left--;
        const short = candidates.filter((c) => c.length <= LONGEST_WORD);
        return (0,suggest/* closest */.kp)(word, short);
    };
}

// EXTERNAL MODULE: ./src/rules/pointer.ts
var rules_pointer = __nccwpck_require__(6190);
;// CONCATENATED MODULE: ./src/rules/view.ts




/** Gathers the entities, schemas, flows and steps of a config. */
function viewConfig(config) {
    const version = config.version;
    const view = {
        config,
        entities: [],
        schemas: [],
        flows: [],
        steps: [],
        entityByName: new Map(),
        suggest: createSuggest()
    };
    if (version === '3.0' || version === '3.1')
        view.version = version;
    eachObject(config.entities, (value, index) => {
        addEntity(view, new Entity(index, value));
    });
    eachObject(config.flows, (value, index) => {
        addFlow(view, new Flow(index, value));
    });
    return view;
}
// Pointers and labels are built on first use: a clean config has thousands
// of items and asks for none of them.
class Entity {
    index;
    value;
    name;
    schemas;
    where;
    called;
    constructor(index, value) {
        this.index = index;
        this.value = value;
    }
    get pointer() {
        return (this.where ??= (0,rules_pointer/* childPointer */.Y2)('/entities', this.index));
    }
    get label() {
        return (this.called ??= (0,labels/* entityLabel */.Co)(this.value, this.index));
    }
}
class Schema {
    entity;
    key;
    value;
    where;
    called;
    constructor(entity, key, value) {
        this.entity = entity;
        this.key = key;
        this.value = value;
    }
    get pointer() {
        const schemas = () => (0,rules_pointer/* childPointer */.Y2)(this.entity.pointer, 'schemas');
        return (this.where ??= (0,rules_pointer/* childPointer */.Y2)(schemas(), this.key));
    }
    get label() {
        return (this.called ??= (0,labels/* schemaLabel */.YB)(this.key, this.entity.label));
    }
}
class Flow {
    index;
    value;
    name;
    steps = [];
    where;
    called;
    constructor(index, value) {
        this.index = index;
        this.value = value;
    }
    get pointer() {
        return (this.where ??= (0,rules_pointer/* childPointer */.Y2)('/flows', this.index));
    }
    get label() {
        return (this.called ??= (0,labels/* flowLabel */.b5)(this.value, this.index));
    }
}
class Step {
    index;
    value;
    flow;
    action;
    where;
    called;
    constructor(index, value, flow) {
        this.index = index;
        this.value = value;
        this.flow = flow;
    }
    get pointer() {
        const steps = () => (0,rules_pointer/* childPointer */.Y2)(this.flow.pointer, 'steps');
        return (this.where ??= (0,rules_pointer/* childPointer */.Y2)(steps(), this.index));
    }
    get label() {
        return (this.called ??= (0,labels/* stepLabel */.vO)(this.value, this.index, this.flow.label));
    }
}
function addEntity(view, entity) {
    const { name, schemas } = entity.value;
    if (typeof name === 'string') {
        entity.name = name;
        if (!view.entityByName.has(name))
            view.entityByName.set(name, entity);
    }
    if ((0,normalise/* isObject */.Gv)(schemas))
        entity.schemas = schemas;
    view.entities.push(entity);
    for (const key of Object.keys(entity.schemas ?? {})) {
        const value = entity.schemas?.[key];
        if ((0,normalise/* isObject */.Gv)(value))
            view.schemas.push(new Schema(entity, key, value));
    }
}
function addFlow(view, flow) {
    if (typeof flow.value.name === 'string')
        flow.name = flow.value.name;
    view.flows.push(flow);
    eachObject(flow.value.steps, (value, index) => {
        const step = new Step(index, value, flow);
        if (typeof value.action === 'string')
            step.action = value.action;
        flow.steps.push(step);
        view.steps.push(step);
    });
}
/** Calls back for each element of an array that is an object. */
function eachObject(list, visit) {
    if (!Array.isArray(list))
        return;
    for (let index = 0; index < list.length; index++) {
        const value = list[index];
        if ((0,normalise/* isObject */.Gv)(value))
            visit(value, index);
    }
}
/** Calls back for each element of an array that is an object. */
function forEachObject(list, pointer, visit) {
    if (!Array.isArray(list))
        return;
    for (let index = 0; index < list.length; index++) {
        const value = list[index];
        if ((0,normalise/* isObject */.Gv)(value))
            visit(value, index, (0,rules_pointer/* childPointer */.Y2)(pointer, index));
    }
}
/** Whether an object has its own member of this name (not an inherited one). */
function has(object, key) {
    return Object.prototype.hasOwnProperty.call(object, key);
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat */
/******/ 
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = new URL('.', import.meta.url).pathname.slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

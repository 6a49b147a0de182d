import type { RuleInfo } from './rule.js'

/** Rules about a config file's bytes and JSON syntax (checked by the engine). */
export const FILE_RULES: readonly RuleInfo[] = [
  {
    id: 'invalid-json',
    severity: 'error',
    source: 'backend',
    group: 'file',
    summary:
      'The file is not JSON (RFC 8259): comments, trailing commas, NaN or Infinity, single quotes or a second top-level value; the finding points at the first bad character.',
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
    summary:
      'One object has the same key twice. JSON.parse keeps the last one silently, but it is almost always a merge accident; the finding points at the second key.',
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
    summary:
      'The file starts with a UTF-8 byte-order mark (the bytes EF BB BF); PlugSync tolerates it, many other tools do not.',
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
    summary:
      'The file holds bytes that are not UTF-8 (for example Latin-1 text); the finding points at the first bad byte.',
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
    summary:
      'The file holds JSON that is not an object (an array, a string, a number, true, false or null); a config is one JSON object.',
    example: { bad: '[{ "version": "3.0" }]', good: '{ "version": "3.0" }' }
  },
  {
    id: 'nesting-too-deep',
    severity: 'error',
    source: 'backend',
    group: 'file',
    summary:
      'Arrays and objects nested deeper than 1,000 levels, which the Python backend cannot read.',
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
    summary:
      'A number this tool reads as a double and would change: an integer a double rounds (12345678901234567890123 becomes 1.2345678901234568e+22) or writes with an exponent, or one that overflows to null or underflows to 0.',
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
    summary:
      'A config file named in the manifest, matched by the configs patterns, or a `.json` file met while looking for configs, cannot be read (missing, a directory, no permission, or a name that is not UTF-8).',
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
    summary:
      'A directory of the repository cannot be read while looking for configs, so the configs in it were not checked.',
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
    summary:
      'A symbolic link met while looking for configs (to a file or a directory, where the `configs` patterns could find one) leads outside the repository; it is not followed, so that a pull request cannot make the action read other files of the runner.',
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
]

const MANIFEST = (connectors: string, rules = ''): string =>
  `connectors:\n${connectors}${rules}`
const ACME = '  - path: connectors/acme.json\n    id: cn_acme\n'

/** Rules about the manifest, plugsync.yaml (checked by the manifest reader). */
export const MANIFEST_RULES: readonly RuleInfo[] = [
  {
    id: 'manifest-invalid',
    severity: 'error',
    source: 'project',
    group: 'manifest',
    summary:
      'The manifest is not valid YAML or not UTF-8, or is not a mapping (its `connectors` list may be left out: the manifest then maps no connector).',
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
    summary:
      'A manifest key this tool does not know, at the top level or in a connector entry; it is ignored, so a misspelt key drops what it meant to set.',
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
    summary:
      'A manifest value of the wrong kind or missing: a path or id that is not a string, a connector entry without its path or id, or a rule level other than off, notice, warning and error.',
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
    summary:
      'A connector entry names a path that does not exist in the repository (an entry with no path at all is manifest-invalid-value).',
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
    summary:
      'A connector path that leads outside the repository (absolute, or climbing out with `..`); it is not read.',
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
    summary:
      'Two connector entries have the same id: promoting both would publish two files to one connector, each overwriting the other.',
    example: {
      bad: MANIFEST(
        ACME + '  - path: connectors/acme-eu.json\n    id: cn_acme\n'
      ),
      good: MANIFEST(
        ACME + '  - path: connectors/acme-eu.json\n    id: cn_acme_eu\n'
      )
    }
  },
  {
    id: 'manifest-duplicate-path',
    severity: 'warning',
    source: 'project',
    group: 'manifest',
    summary:
      'Two connector entries name the same file: one config promoted to two connectors, which is rarely meant.',
    example: {
      bad: MANIFEST(
        ACME + '  - path: connectors/acme.json\n    id: cn_acme_eu\n'
      ),
      good: MANIFEST(
        ACME + '  - path: connectors/acme-eu.json\n    id: cn_acme_eu\n'
      )
    }
  },
  {
    id: 'manifest-unknown-rule',
    severity: 'warning',
    source: 'project',
    group: 'manifest',
    summary:
      'The `rules` section names a rule id that does not exist, so the severity it sets changes nothing.',
    example: {
      bad: MANIFEST(ACME, 'rules:\n  disabled-flows: off\n'),
      good: MANIFEST(ACME, 'rules:\n  disabled-flow: off\n')
    }
  }
]

/** Rules about PlugSync's answers (checked by the PlugSync client). */
export const API_RULES: readonly RuleInfo[] = [
  {
    id: 'backend-rejected',
    severity: 'error',
    source: 'backend',
    group: 'api',
    summary:
      'PlugSync answered 422 with a message that no local rule explains; the finding carries the backend message and the place it names.',
    example: {
      bad: '422 {"detail": [{"loc": ["body", "flows", 0, "steps", 0], "msg": "Value error, step is not allowed here", "type": "value_error"}]}',
      good: '200 {"config": {…}, "updated_at": "…"}'
    }
  }
]

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { checkBytes } from '../../src/engine/check-file.js'
import {
  encodeRecord,
  formatRecordFile,
  configHash,
  type ReviewRecord,
  type ReviewedConnector
} from '../../src/review/record.js'

/** A manifest entry of a test repository. */
export interface Entry {
  path: string
  id: string
  environment?: string
}

/** A repository on disk with a manifest and configs, for whole runs. */
export class Workspace {
  readonly root = mkdtempSync(join(tmpdir(), 'plugsync-promote-'))

  constructor(readonly entries: Entry[]) {
    const lines = ['connectors:']
    for (const entry of entries) {
      lines.push(`  - path: ${entry.path}`, `    id: ${entry.id}`)
      if (entry.environment) lines.push(`    environment: ${entry.environment}`)
    }
    this.write('plugsync.yaml', lines.join('\n') + '\n')
  }

  /** Writes a file under the root, making its folders. */
  write(path: string, text: string): void {
    const full = join(this.root, path)
    mkdirSync(dirname(full), { recursive: true })
    writeFileSync(full, text)
  }

  /** A review record of configs as they were reviewed, by path. */
  record(
    reviewed: Record<string, { text: string; activeVersion: number | null }>,
    headSha = 'feedfacefeedfacefeedfacefeedfacefeedface'
  ): ReviewRecord {
    const connectors: ReviewedConnector[] = []
    for (const entry of this.entries) {
      const seen =
        reviewed[`${entry.environment ?? ''}:${entry.path}`] ??
        reviewed[entry.path]
      if (seen === undefined) continue
      const config = checkBytes(entry.path, Buffer.from(seen.text)).config!
      const connector: ReviewedConnector = {
        id: entry.id,
        path: entry.path,
        activeVersion: seen.activeVersion,
        configHash: configHash(config)
      }
      if (entry.environment) connector.environment = entry.environment
      connectors.push(connector)
    }
    return { version: 1, headSha, connectors }
  }

  /** Writes a record file as `plugsync-config diff --record` does. */
  writeRecord(path: string, record: ReviewRecord): void {
    this.write(path, formatRecordFile(record))
  }

  remove(): void {
    rmSync(this.root, { recursive: true, force: true })
  }
}

/** A pull request comment carrying a record, as the diff mode writes it. */
export function commentWithRecord(
  marker: string,
  record: ReviewRecord
): string {
  return `${marker}\n## PlugSync config\n\n**compass**: 1 changed\n\n${encodeRecord(record)}\n`
}

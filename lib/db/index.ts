/**
 * The caseload database (IndexedDB through Dexie): `cases`, one row per case, and `sightings`,
 * one row per person and case type whose casework step the worker opened untracked ("Found in
 * Mosaic" in the checklist, lib/db/found.ts; kept 14 days at most, docs/privacy.md).
 *
 * Schema versions are listed in SCHEMA_VERSIONS, oldest first, and never edited once released:
 * a change adds a new version (with an upgrade function when rows must change), so a database
 * written by any earlier release opens with every case kept (tests/unit/db/migration.test.ts).
 *
 * Rows are typed `unknown` on the way out: every read goes through CaseRecordSchema
 * (lib/db/cases.ts) or SightingSchema (lib/db/found.ts), so a corrupt row is skipped, never trusted.
 */
import Dexie, { type Table, type Transaction } from 'dexie';

export const DEFAULT_DB_NAME = 'mosaic-companion-cases';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

/** Version 1: the first released schema. Version 2 adds `sightings` (no row changes). */
export const SCHEMA_VERSIONS: SchemaVersion[] = [
  {
    version: 1,
    stores: { cases: 'id, personId, kind, nextDue, closedOn, [personId+kind]' },
  },
  {
    version: 2,
    stores: { sightings: '[personId+kind], seenOn' },
  },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].version;

export class CaseDb extends Dexie {
  /** Rows as stored; read them through lib/db/cases.ts, which validates each one. */
  cases!: Table<unknown, string>;
  /** Casework steps seen untracked, keyed by [personId, kind]; read them through lib/db/found.ts. */
  sightings!: Table<unknown, [string, string]>;

  constructor(
    name: string,
    options?: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange },
  ) {
    super(
      name,
      options?.indexedDB
        ? { indexedDB: options.indexedDB, IDBKeyRange: options.IDBKeyRange }
        : undefined,
    );
    for (const v of SCHEMA_VERSIONS) {
      const version = this.version(v.version).stores(v.stores);
      if (v.upgrade) version.upgrade(v.upgrade);
    }
  }
}

/** Opens (lazily, on first use) the caseload database. The IndexedDB factory can be injected for tests. */
export function openCaseDb(options?: {
  name?: string;
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}): CaseDb {
  return new CaseDb(options?.name ?? DEFAULT_DB_NAME, options);
}

/**
 * Small bundles of the project's own core code, built with esbuild for the benchmark only and run
 * inside a page or the service worker: the same reader, rules and store code as the extension, in
 * the same DOM and the same IndexedDB. Nothing here is part of any extension build.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const ROOT = process.cwd();

/**
 * tsx compiles the benchmark with esbuild's keepNames, which wraps named functions in a `__name`
 * helper; functions handed to page.evaluate / worker.evaluate need it where they run.
 */
export const NAME_SHIM = 'globalThis.__name ??= (f) => f; undefined';

export type Bundle = { ok: true; code: string } | { ok: false; why: string };

/** Bundles `contents` (TypeScript, imports through '@/…') into one script that runs as an expression. */
export async function bundle(contents: string, globalName: string, minify = true): Promise<Bundle> {
  const esbuild = await import('esbuild');

  try {
    const out = await esbuild.build({
      stdin: { contents, resolveDir: ROOT, loader: 'ts', sourcefile: `${globalName}.ts` },
      bundle: true,
      write: false,
      format: 'iife',
      globalName,
      platform: 'browser',
      target: 'chrome120',
      minify,
      // Unminified, esbuild marks each module with a `// <path>` comment (read by profile.ts).
      alias: { '@': ROOT },
      define: { 'process.env.NODE_ENV': '"production"', 'import.meta.env.MODE': '"production"' },
      logLevel: 'silent',
    });
    // The extension's scripts run under its CSP, which forbids eval, so zod runs without its
    // compiled (eval-based) parsers there; the bundles do the same wherever they run. zod reads
    // this setting when each schema is made, so it is set before the bundle runs.
    const jitless = '(globalThis.__zod_globalConfig ??= {}).jitless = true;';
    return {
      ok: true,
      code: `${jitless}${out.outputFiles[0].text};globalThis.${globalName}=${globalName};`,
    };
  } catch (error) {
    const e = error as { errors?: Array<{ text: string }> };
    return { ok: false, why: e.errors?.map((x) => x.text).join('; ') ?? String(error) };
  }
}

/** readPage + runRules + the default settings, as `globalThis.__mcRecheck`. */
export function recheckBundle(minify = true): Promise<Bundle> {
  return bundle(
    `export * as reader from '@/lib/page/reader';
     export { readPage } from '@/lib/page/reader';
     export { runRules, RULES } from '@/lib/rules';
     export { DEFAULT_SETTINGS } from '@/lib/settings/schema';`,
    '__mcRecheck',
    minify,
  );
}

const has = (p: string) =>
  ['.ts', '.tsx', '/index.ts'].some((ext) => existsSync(resolve(ROOT, p + ext)));

/** The case store, the calendar, and (once it exists) the JSON export/import, as `globalThis.__mcStore`. */
export function storeBundle(minify = true): Promise<Bundle> {
  if (!has('lib/db'))
    return Promise.resolve({ ok: false, why: 'lib/db (the case store) is not there yet' });
  const io = has('lib/cases/io')
    ? `export * as io from '@/lib/cases/io';`
    : 'export const io = null;';
  return bundle(
    `export { openCaseDb, DEFAULT_DB_NAME } from '@/lib/db';
     export { countBadge, parseRow, withNextDue } from '@/lib/db/cases';
     export { importCases } from '@/lib/db/import';
     export { createCalendar } from '@/lib/calendar';
     export { badgeFor } from '@/lib/deadlines';
     export { CaseRecordSchema } from '@/lib/cases/types';
     ${io}`,
    '__mcStore',
    minify,
  );
}

/** The sidebar's own re-check (entrypoints/sidebar/checker.ts), as `globalThis.__mcChecker`, where it exists. */
export function checkerBundle(): Promise<Bundle> | null {
  if (!has('entrypoints/sidebar/checker')) return null;
  return bundle(
    `export { Checker } from '@/entrypoints/sidebar/checker';
     export { detectPage } from '@/lib/page/detect';`,
    '__mcChecker',
  );
}

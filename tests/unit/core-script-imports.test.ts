/**
 * A module that another core script takes from the global object is taken whole: an `import x
 * from` of it would give the module itself, not its default export, and nothing fails at build time
 * (entrypoints/sidebar-libraries/names.ts). Each default import between the project's modules must
 * stay within one script: a rule is its module's default export, imported by the registry in the
 * same script.
 */
import { describe, expect, it } from 'vitest';
import { readFile, readdir } from 'node:fs/promises';
import { dirname, join, normalize } from 'node:path';
import { existsSync } from 'node:fs';
import { coreScriptOf } from '../../entrypoints/sidebar-libraries/names';

const DIRS = ['lib', 'components/sidebar', 'entrypoints/sidebar'];
/** `import name from '…'` or `import name, { … } from '…'`, not `import type`. */
const DEFAULT_IMPORT = /^import\s+(?!type\b)[\w$]+\s*(?:,\s*\{[^}]*\})?\s+from\s+'([^']+)'/gm;

/** The project file an import names, or null for a package. */
function resolve(from: string, spec: string): string | null {
  const base = spec.startsWith('@/')
    ? spec.slice(2)
    : spec.startsWith('.')
      ? normalize(join(dirname(from), spec))
      : null;
  if (base === null) return null;
  for (const ext of ['.ts', '.tsx', '/index.ts']) if (existsSync(base + ext)) return base + ext;
  return null;
}

describe('default imports between the sidebar core scripts', () => {
  it('none takes a default export from a module of another script', async () => {
    const files: string[] = [];
    for (const dir of DIRS)
      for (const f of await readdir(dir, { recursive: true }))
        if (/\.tsx?$/.test(f)) files.push(`${dir}/${f}`);
    const across: string[] = [];
    let within = 0;
    for (const file of files) {
      const script = coreScriptOf(file) ?? 'sidebar';
      const text = await readFile(file, 'utf8');
      for (const [, spec] of text.matchAll(DEFAULT_IMPORT)) {
        const target = resolve(file, spec);
        const held = target && coreScriptOf(target);
        if (!held) continue;
        if (held === script) within++;
        else across.push(`${file} (${script}) imports the default of ${target} (${held})`);
      }
    }
    expect(across).toEqual([]);
    // The registry's imports of the rules are found, so the pattern above reads real imports.
    expect(within).toBeGreaterThan(40);
  });
});

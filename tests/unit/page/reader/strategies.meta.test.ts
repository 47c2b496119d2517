/**
 * Every way of reading in lib/page/reader/strategies/ has a fixture test of the same name in
 * tests/unit/page/reader/strategies/, and every test there is of an existing way.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { STRATEGIES } from '@/lib/page/reader/strategies';

const HERE = dirname(fileURLToPath(import.meta.url));
const LIB = join(HERE, '..', '..', '..', '..', 'lib', 'page', 'reader', 'strategies');
const TESTS = join(HERE, 'strategies');

/** Strategy files by name, without `.ts`: all but the list and the types. */
const strategyFiles = readdirSync(LIB)
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'types.ts')
  .map((f) => f.slice(0, -'.ts'.length));
/** The files beside the tests but the shared fixture helper. */
const testFiles = readdirSync(TESTS).filter((f) => f !== 'fixture.ts');

describe('strategy fixture tests', () => {
  it('finds the strategy files', () => {
    expect(strategyFiles.length).toBeGreaterThanOrEqual(STRATEGIES.length);
  });

  it('has a test file for every strategy file', () => {
    const missing = strategyFiles.filter((n) => !testFiles.includes(`${n}.test.ts`));
    expect(missing).toEqual([]);
  });

  it('has a file for every strategy in STRATEGIES', () => {
    const missing = STRATEGIES.map((s) => s.name).filter((n) => !strategyFiles.includes(n));
    expect(missing).toEqual([]);
  });

  it('names an existing strategy file in every test file', () => {
    const stray = testFiles.filter(
      (f) => !f.endsWith('.test.ts') || !strategyFiles.includes(f.slice(0, -'.test.ts'.length)),
    );
    expect(stray).toEqual([]);
  });
});

/**
 * The rules against the spec. Every id in rules.md's tables must have its file lib/rules/<id>.ts
 * (default export: that rule), be registered in RULES with the spec's severity, and have at least
 * one test named `<id> fires …` and one named `<id> stays quiet …` in its own test file,
 * tests/unit/rules/<id>.test.ts (it(…), test(…) or it.each(…)(…)). No rule file, registered rule,
 * test or test file may name an id the spec does not list; besides the rules' test files, only the
 * shared tests below live in tests/unit/rules/.
 *
 * The spec is ../shared/spec/rules.md (beside the repository); where that is absent, the copy kept
 * at tests/fixtures/spec/rules.md, which must stay identical to it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { answer } from '../../../lib/page/answers';
import { fieldDef } from '../../../lib/page/fields';
import { RULES } from '../../../lib/rules';
import type { RuleDefinition } from '../../../lib/rules/types';
import { conversation } from './snapshot-builder';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(HERE, '../../..');
const SHARED_SPEC = resolve(REPO, '../shared/spec/rules.md');
const FIXTURE_SPEC = resolve(REPO, 'tests/fixtures/spec/rules.md');
const SPEC_PATH = existsSync(SHARED_SPEC) ? SHARED_SPEC : FIXTURE_SPEC;
const RULES_DIR = resolve(REPO, 'lib/rules');
const TESTS_DIR = HERE;

/** Files in lib/rules that are not rules: the registry and the types. Helpers live in lib/rules/common/. */
const NOT_RULE_FILES = new Set(['index.ts', 'types.ts']);
/** Test files in tests/unit/rules that test no single rule: this file and the runner's. */
const SHARED_TEST_FILES = new Set(['meta.test.ts', 'runner.test.ts']);

/** `| \`id\` | sev | …` rows of the spec's tables. */
function specRules(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of text.split('\n')) {
    const m = /^\| `([^`]+)` \| *([a-z]+) *\|/.exec(line);
    if (m) out.set(m[1], m[2]);
  }
  return out;
}

interface NamedTests {
  fires: number;
  quiet: number;
  /** The test files they are in. */
  files: Set<string>;
}

/** Test names of the form `<id> fires …` / `<id> stays quiet …`, by id. */
function testNames(): Map<string, NamedTests> {
  const found = new Map<string, NamedTests>();
  const NAME =
    /(?:\bit|\btest|\))\s*\(\s*(['"`])([a-z][a-z0-9]*\.[a-z0-9-]+(?:\.[a-z0-9-]+)*) (fires|stays quiet)\b/g;
  for (const file of readdirSync(TESTS_DIR)) {
    if (!file.endsWith('.test.ts') || file === 'meta.test.ts') continue;
    const text = readFileSync(join(TESTS_DIR, file), 'utf8');
    for (const m of text.matchAll(NAME)) {
      const e = found.get(m[2]) ?? { fires: 0, quiet: 0, files: new Set<string>() };
      e.files.add(file);
      if (m[3] === 'fires') e.fires++;
      else e.quiet++;
      found.set(m[2], e);
    }
  }
  return found;
}

const spec = specRules(readFileSync(SPEC_PATH, 'utf8'));
const ruleFiles = readdirSync(RULES_DIR)
  .filter((f) => f.endsWith('.ts') && !NOT_RULE_FILES.has(f))
  .map((f) => f.slice(0, -3));
const ruleTestFiles = readdirSync(TESTS_DIR)
  .filter((f) => f.endsWith('.test.ts') && !SHARED_TEST_FILES.has(f))
  .map((f) => f.slice(0, -'.test.ts'.length));
const registered = new Map(RULES.map((r) => [r.id, r]));
const names = testNames();

describe('rules.md ↔ lib/rules', () => {
  it('reads the spec’s ids', () => {
    expect(spec.size).toBeGreaterThanOrEqual(50);
    for (const [id, sev] of spec) {
      expect(id).toMatch(/^(s1|s2|s3|pd|act|wf|page)\.[a-z-]+$/);
      expect(['error', 'warning', 'info']).toContain(sev);
    }
  });

  it('keeps tests/fixtures/spec/rules.md identical to ../shared/spec/rules.md', () => {
    expect(existsSync(FIXTURE_SPEC)).toBe(true);
    if (!existsSync(SHARED_SPEC)) return;
    expect(readFileSync(FIXTURE_SPEC, 'utf8')).toBe(readFileSync(SHARED_SPEC, 'utf8'));
  });

  it.each([...spec])(
    '%s (%s) has its file, is registered with that severity, and is tested both ways',
    async (id, severity) => {
      expect(ruleFiles, `lib/rules/${id}.ts is missing`).toContain(id);
      const mod = (await import(`../../../lib/rules/${id}.ts`)) as { default: RuleDefinition };
      expect(mod.default.id, `lib/rules/${id}.ts exports the rule ${mod.default.id}`).toBe(id);
      expect(registered.get(id), `${id} is not registered in RULES`).toBe(mod.default);
      expect(mod.default.severity, `${id}'s severity`).toBe(severity);
      expect(names.get(id)?.fires ?? 0, `no test named "${id} fires …"`).toBeGreaterThan(0);
      expect(names.get(id)?.quiet ?? 0, `no test named "${id} stays quiet …"`).toBeGreaterThan(0);
    },
  );

  it('has no rule file the spec does not list', () => {
    expect(ruleFiles.filter((id) => !spec.has(id))).toEqual([]);
  });

  it('registers no rule the spec does not list, and each once', () => {
    expect(RULES.map((r) => r.id).filter((id) => !spec.has(id))).toEqual([]);
    expect(registered.size).toBe(RULES.length);
  });

  it('names no rule in a test that the spec does not list', () => {
    expect([...names.keys()].filter((id) => !spec.has(id))).toEqual([]);
  });

  it('has a test file for every rule file, named by its id', () => {
    expect(ruleFiles.filter((id) => !ruleTestFiles.includes(id))).toEqual([]);
  });

  it('has no test file in tests/unit/rules that names no rule, besides the shared ones', () => {
    expect(ruleTestFiles.filter((id) => !ruleFiles.includes(id))).toEqual([]);
  });

  it('keeps each rule’s named tests in that rule’s test file', () => {
    for (const [id, tests] of names) expect([...tests.files], id).toEqual([`${id}.test.ts`]);
  });

  it('points rules only at field ids of forms.md', () => {
    for (const r of RULES)
      for (const f of r.fields) expect(fieldDef(f), `${r.id} → ${f}`).toBeDefined();
  });

  it('refuses a misspelt field id when type-checked (tsc checks the tests too)', () => {
    const s = conversation();
    // @ts-expect-error 'adultsCaredfor' is no field id: read, it is "not found" and the rule goes quiet.
    expect(answer(s, 'adultsCaredfor')).toBeUndefined();
    expect(answer(s, 'adultsCaredFor')).toBe('1');
  });
});

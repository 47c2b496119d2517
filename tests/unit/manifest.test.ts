/**
 * Least privilege, checked on the built manifests: the production builds for Chrome/Edge and
 * Firefox ask for no host permission, run no content script until a Mosaic address is set, hold
 * exactly the permissions they need and a strict CSP; the demo build adds only the local demo
 * server. A build in .output is reused when it is newer than every source; otherwise it is built
 * once here.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SETTINGS_KEYS } from '@/lib/settings/schema';

const ROOT = resolve(__dirname, '../..');
const SOURCES = ['wxt.config.ts', 'package.json', 'entrypoints', 'public', 'lib', 'components'];
const ALLOWED_PERMISSIONS = ['alarms', 'notifications', 'scripting', 'storage'];
const OPTIONAL_HOSTS = ['http://*/*', 'https://*/*'];
const LOCAL_ORIGINS = /^http:\/\/(localhost|127\.0\.0\.1)(:(\*|\d+))?\/\*$/;

interface Target {
  dir: string;
  args: string[];
}
const TARGETS = {
  chrome: { dir: '.output/chrome-mv3', args: ['build'] },
  firefox: { dir: '.output/firefox-mv2', args: ['build', '-b', 'firefox'] },
  demo: { dir: '.output/chrome-mv3-demo', args: ['build', '--mode', 'demo'] },
} satisfies Record<string, Target>;

function newest(path: string): number {
  const full = join(ROOT, path);
  if (!existsSync(full)) return 0;
  const st = statSync(full);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = 0;
  for (const name of readdirSync(full)) max = Math.max(max, newest(join(path, name)));
  return max;
}

function built(target: Target): string {
  const manifest = join(ROOT, target.dir, 'manifest.json');
  const sources = Math.max(...SOURCES.map(newest));
  if (!existsSync(manifest) || statSync(manifest).mtimeMs < sources) {
    execFileSync(join(ROOT, 'node_modules/.bin/wxt'), target.args, { cwd: ROOT, stdio: 'pipe' });
  }
  return join(ROOT, target.dir);
}

type Manifest = Record<string, unknown> & {
  manifest_version: number;
  version: string;
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  optional_permissions?: string[];
  content_scripts?: Array<{ matches: string[]; js?: string[] }>;
  content_security_policy?: string | { extension_pages?: string; sandbox?: string };
  web_accessible_resources?: Array<{ resources: string[]; matches?: string[] } | string>;
  icons?: Record<string, string>;
  storage?: { managed_schema?: string };
  browser_specific_settings?: { gecko?: { id?: string } };
};

const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
const manifests: Record<keyof typeof TARGETS, { dir: string; m: Manifest }> = {} as never;

beforeAll(() => {
  for (const [name, target] of Object.entries(TARGETS)) {
    const dir = built(target);
    manifests[name as keyof typeof TARGETS] = {
      dir,
      m: JSON.parse(read(dir, 'manifest.json')) as Manifest,
    };
  }
}, 240_000);

function expectStrictCsp(csp: Manifest['content_security_policy']) {
  const text = typeof csp === 'string' ? csp : (csp?.extension_pages ?? '');
  expect(text).toMatch(/script-src 'self'/);
  expect(text).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*|data:|blob:/);
  if (typeof csp === 'object') expect(Object.keys(csp)).toEqual(['extension_pages']);
}

function expectOnlySidebarCss(m: Manifest) {
  for (const entry of m.web_accessible_resources ?? []) {
    const resources = typeof entry === 'string' ? [entry] : entry.resources;
    for (const r of resources) expect(r).toMatch(/^\/?content-scripts\/[\w-]+\.css$/);
    if (typeof entry !== 'string') expect(entry.matches ?? []).not.toContain('<all_urls>');
  }
}

describe('production manifest (Chrome and Edge)', () => {
  it('asks for no host permission and runs no content script', () => {
    const { m } = manifests.chrome;
    expect(m.manifest_version).toBe(3);
    expect(m.host_permissions ?? []).toEqual([]);
    expect(m.content_scripts ?? []).toEqual([]);
    expect(JSON.stringify(m)).not.toContain('<all_urls>');
  });
  it('holds exactly the permissions it needs', () => {
    const { m } = manifests.chrome;
    expect([...(m.permissions ?? [])].sort()).toEqual(ALLOWED_PERMISSIONS);
    expect([...(m.optional_host_permissions ?? [])].sort()).toEqual(OPTIONAL_HOSTS);
    expect(m).not.toHaveProperty('optional_permissions');
    expect(m).not.toHaveProperty('externally_connectable');
  });
  it('has a strict CSP and exposes nothing but the sidebar’s CSS to pages', () => {
    const { m } = manifests.chrome;
    expectStrictCsp(m.content_security_policy);
    expectOnlySidebarCss(m);
  });
  it('loads no remote code in its pages', () => {
    const { dir } = manifests.chrome;
    for (const page of ['options.html', 'popup.html']) {
      const html = read(dir, page);
      expect(html).not.toMatch(/<script[^>]+src=["']?(https?:)?\/\//i);
      expect(html).not.toMatch(/<link[^>]+href=["']?(https?:)?\/\//i);
    }
  });
  it('never reads the test policy key outside the test build', () => {
    const { dir } = manifests.chrome;
    expect(read(dir, 'background.js')).not.toContain('__testManagedPolicy');
  });
  it('takes its version from package.json and has every icon', () => {
    const { dir, m } = manifests.chrome;
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(m.version).toBe(pkg.version);
    expect(Object.keys(m.icons ?? {}).sort()).toEqual(['128', '16', '32', '48']);
    for (const file of Object.values(m.icons ?? {})) expect(existsSync(join(dir, file))).toBe(true);
  });
  it('describes every setting in the managed-settings schema', () => {
    const { dir, m } = manifests.chrome;
    expect(m.storage?.managed_schema).toBe('managed_schema.json');
    const schema = JSON.parse(read(dir, 'managed_schema.json')) as {
      type: string;
      properties: Record<string, unknown>;
    };
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties).sort()).toEqual([...SETTINGS_KEYS].sort());
  });
});

describe('production manifest (Firefox)', () => {
  it('asks for no host permission, runs no content script, and has a strict CSP', () => {
    const { m } = manifests.firefox;
    expect(m.manifest_version).toBe(2);
    expect([...(m.permissions ?? [])].sort()).toEqual(ALLOWED_PERMISSIONS);
    expect([...(m.optional_permissions ?? [])].sort()).toEqual(OPTIONAL_HOSTS);
    expect(m.content_scripts ?? []).toEqual([]);
    expect(JSON.stringify(m)).not.toContain('<all_urls>');
    expectStrictCsp(m.content_security_policy);
    expectOnlySidebarCss(m);
    expect(m.browser_specific_settings?.gecko?.id).toMatch(/@/);
  });
});

describe('demo manifest', () => {
  it('adds only the local demo server to the production permissions', () => {
    const { m } = manifests.demo;
    expect([...(m.permissions ?? [])].sort()).toEqual(ALLOWED_PERMISSIONS);
    expect(m.host_permissions?.length).toBeGreaterThan(0);
    for (const origin of m.host_permissions ?? []) expect(origin).toMatch(LOCAL_ORIGINS);
    for (const cs of m.content_scripts ?? []) {
      for (const match of cs.matches) expect(match).toMatch(LOCAL_ORIGINS);
    }
    expect([...(m.optional_host_permissions ?? [])].sort()).toEqual(OPTIONAL_HOSTS);
    expectStrictCsp(m.content_security_policy);
  });
});

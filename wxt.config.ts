import type { Alias, AliasOptions } from 'vite';
import { defineConfig } from 'wxt';
import { isAbsolute, relative } from 'node:path';
import {
  CORE_GLOBAL,
  CORE_SCRIPTS,
  LIBRARIES_GLOBAL,
  SIDEBAR_LIBRARIES,
  coreName,
  coreScriptOf,
} from './entrypoints/sidebar-libraries/names';

const ROOT = import.meta.dirname;
/** The core scripts, then the sidebar, in the order they are loaded (names.ts). */
const LOADED_IN_ORDER: readonly string[] = [...CORE_SCRIPTS, 'sidebar'];

// The demo build also treats the local demo server as Mosaic (see README).
const DEMO_ORIGINS = ['http://localhost/*', 'http://127.0.0.1/*'];

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // The demo and test builds are production code with extra origins: same React build, minified,
  // so that the demo, the browser tests and the benchmark run what a council would install.
  vite: (env) => {
    // WXT sets NODE_ENV to the mode name ("demo", "test"); JSX must then be compiled for production too.
    if (env.command === 'build') process.env.NODE_ENV = 'production';
    return {
      build: { minify: true },
      plugins: [
        {
          name: 'mosaic-companion:production-libraries',
          // Runs after WXT's per-entrypoint config, which defines NODE_ENV as the build mode.
          config: () => ({ define: { 'process.env.NODE_ENV': JSON.stringify('production') } }),
        },
      ],
    };
  },
  manifest: ({ mode, browser }) => ({
    name: 'Mosaic Companion',
    description:
      'Checks Carers Conversation and Carers Review steps in Mosaic as you fill them in, and keeps your casework deadlines.',
    permissions: ['storage', 'alarms', 'notifications', 'scripting'],
    // Asked for at run time, for exactly the council's Mosaic address.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // The test build (browser tests only) holds the local origins but has no static content script:
    // the detector runs there only once the options page has set the address.
    host_permissions: mode === 'demo' || mode === 'test' ? DEMO_ORIGINS : [],
    // The organisation's settings (chrome.storage.managed), described for Chrome and Edge policy.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'mosaic-companion@example.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: {
              strict_min_version: '142.0',
            },
          },
        }
      : {}),
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'",
    },
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+M' },
        description: 'Show or hide the Mosaic Companion sidebar',
      },
    },
    action: { default_title: 'Mosaic Companion' },
  }),
  hooks: {
    // The sidebar, put into Mosaic pages, is React code run on Preact's compatibility layer: about
    // 160 KB less to parse and compile in the page than with React DOM (docs/performance.md). The
    // checklist and options pages, the extension's own, keep React.
    'vite:build:extendConfig'(entrypoints, viteConfig) {
      const building = LOADED_IN_ORDER.findIndex((name) =>
        entrypoints.some((entrypoint) => entrypoint.name === name),
      );
      if (building < 0) return;
      viteConfig.build ??= {};
      viteConfig.build.rollupOptions ??= {};
      // Taken from the scripts loaded before it: the libraries (entrypoints/sidebar-libraries,
      // entrypoints/sidebar-zod) and the modules of the core scripts loaded earlier.
      const libraries = new Map<string, string>(
        Object.entries(SIDEBAR_LIBRARIES).map(([module, name]) => [
          module,
          `${LIBRARIES_GLOBAL}.${name}`,
        ]),
      );
      const coreModule = (id: string) => {
        const path = relative(ROOT, id);
        const script = isAbsolute(id) ? coreScriptOf(path) : null;
        return script && LOADED_IN_ORDER.indexOf(script) < building
          ? `${CORE_GLOBAL}.${coreName(path)}`
          : undefined;
      };
      viteConfig.build.rollupOptions.external = (id: string) =>
        libraries.has(id) || coreModule(id) !== undefined;
      viteConfig.build.rollupOptions.output = {
        ...(viteConfig.build.rollupOptions.output as object),
        globals: (id: string) => libraries.get(id) ?? coreModule(id) ?? id,
      };
      viteConfig.resolve ??= {};
      viteConfig.resolve.alias = [
        ...aliasList(viteConfig.resolve.alias),
        { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
        { find: /^react-dom$/, replacement: 'preact/compat' },
        { find: /^react\/jsx-(dev-)?runtime$/, replacement: 'preact/jsx-runtime' },
        { find: /^react$/, replacement: 'preact/compat' },
      ];
    },
    // The demo build runs the detector on the local demo server without any set-up.
    'build:manifestGenerated'(wxt, manifest) {
      // Manifest V2 (Firefox) has no optional_host_permissions: the same origins go in optional_permissions.
      if (manifest.manifest_version === 2 && !manifest.optional_permissions?.length) {
        manifest.optional_permissions = ['https://*/*', 'http://*/*'];
      }
      if (wxt.config.mode !== 'demo') return;
      manifest.content_scripts = [
        ...(manifest.content_scripts ?? []),
        {
          matches: DEMO_ORIGINS,
          js: ['content-scripts/detector.js'],
          run_at: 'document_idle',
          all_frames: true,
        },
      ];
    },
  },
});

/** Vite's aliases, given as an object or as a list, as a list. */
function aliasList(alias: AliasOptions | undefined): Alias[] {
  if (!alias) return [];
  if (Array.isArray(alias)) return [...(alias as Alias[])];
  return Object.entries(alias).map(([find, replacement]) => ({ find, replacement }));
}

import { defineConfig } from 'wxt';

// The demo build also treats the local demo server as Mosaic (see README).
const DEMO_ORIGINS = ['http://localhost/*', 'http://127.0.0.1/*'];

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ mode }) => ({
    name: 'Mosaic Companion',
    description:
      'Checks Carers Conversation and Carers Review steps in Mosaic as you fill them in, and keeps your casework deadlines.',
    permissions: ['storage', 'alarms', 'notifications', 'scripting'],
    // Asked for at run time, for exactly the council's Mosaic address.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    host_permissions: mode === 'demo' ? DEMO_ORIGINS : [],
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
    // The demo build runs the detector on the local demo server without any set-up.
    'build:manifestGenerated'(wxt, manifest) {
      if (wxt.config.mode !== 'demo') return;
      manifest.content_scripts = [
        ...(manifest.content_scripts ?? []),
        { matches: DEMO_ORIGINS, js: ['content-scripts/detector.js'], run_at: 'document_idle', all_frames: true },
      ];
    },
  },
});

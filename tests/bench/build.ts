/**
 * Builds the extension for the benchmark into bench-output/build/ (not .output/, which the browser
 * tests use), each build in its own process so that a build error is reported, not thrown.
 *
 * Run as a script: `tsx tests/bench/build.ts <mode> <outDir>`.
 */
import { spawn } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface BuildResult {
  mode: 'demo' | 'production';
  dir: string;
  ok: boolean;
  log: string;
  ms: number;
}

/**
 * The demo build with process.env.NODE_ENV defined as "production": the same code as the production
 * build (React's production bundle, no development checks) with the demo build's local Mosaic
 * addresses, so that the timings on the demo pages are those a worker would see. `npm run
 * build:demo` alone puts React's development build in the sidebar (WXT defines NODE_ENV as the
 * mode, "demo"), which is larger and slower and not what ships.
 */
export function buildExtension(
  mode: 'demo' | 'production',
  outBase: string,
  minify = true,
): Promise<BuildResult> {
  const started = performance.now();
  const dir = resolve(outBase, mode === 'demo' ? 'chrome-mv3-demo' : 'chrome-mv3');
  return new Promise((done) => {
    const args = [
      '--import',
      'tsx',
      fileURLToPath(import.meta.url),
      mode,
      outBase,
      ...(minify ? [] : ['--no-minify']),
    ];
    const child = spawn(process.execPath, args, {
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    child.on('close', (code) =>
      done({ mode, dir, ok: code === 0, log, ms: performance.now() - started }),
    );
  });
}

async function main(mode: string, outBase: string, minify: boolean): Promise<void> {
  const { build } = await import('wxt');
  await build({
    mode,
    outDir: resolve(outBase),
    browser: 'chrome',
    // WXT defines process.env.NODE_ENV as the mode for content scripts, so the demo build would
    // carry React's development build ("demo" is not "production"); the benchmark measures the code
    // that ships.
    vite: () => ({
      plugins: [
        {
          name: 'bench-production-react',
          enforce: 'post' as const,
          config: () => ({
            define: { 'process.env.NODE_ENV': JSON.stringify('production') },
            // Unminified (for profiles), the bundle keeps each module's `//#region <path>` marker.
            ...(minify ? {} : { build: { minify: false } }),
          }),
        },
      ],
    }),
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === realpathSync(resolve(process.argv[1]))) {
  main(
    process.argv[2] ?? 'production',
    process.argv[3] ?? 'bench-output/build',
    !process.argv.includes('--no-minify'),
  ).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}

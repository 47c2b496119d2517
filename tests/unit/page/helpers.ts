/** Test helpers: parse HTML into a fresh happy-dom document, without running the page's scripts. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';

export function htmlDocument(html: string, url = 'http://127.0.0.1/'): Document {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  const doc = window.document;
  doc.write(html.trimStart().startsWith('<!') ? html : `<!doctype html><html lang="en-GB">${html}</html>`);
  return doc as unknown as Document;
}

export const RENDERINGS = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'renderings');

export function rendering(name: string): Document {
  return htmlDocument(readFileSync(join(RENDERINGS, name), 'utf8'));
}

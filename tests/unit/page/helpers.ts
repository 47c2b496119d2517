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
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
      },
    },
  });
  const doc = window.document;
  doc.write(
    html.trimStart().startsWith('<!') ? html : `<!doctype html><html lang="en-GB">${html}</html>`,
  );
  // happy-dom's parser leaves the second option of a select chosen whatever the `selected`
  // attributes say; a browser chooses the option marked `selected`.
  for (const sel of Array.from(doc.querySelectorAll('select'))) {
    const marked = Array.from(sel.querySelectorAll('option')).filter((o) =>
      o.hasAttribute('selected'),
    );
    if (marked.length) for (const o of marked) o.selected = true;
    else if (!sel.multiple) sel.selectedIndex = sel.options.length ? 0 : -1;
  }
  return doc as unknown as Document;
}

export const RENDERINGS = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'fixtures',
  'renderings',
);

export function rendering(name: string): Document {
  return htmlDocument(readFileSync(join(RENDERINGS, name), 'utf8'));
}

/** Runs work in parts (lib/page/reader/parts.ts) to its end, counting its pauses. */
export function toEndCountingPauses<T>(parts: Generator<void, T>): { value: T; pauses: number } {
  let pauses = 0;
  for (;;) {
    const part = parts.next();
    if (part.done) return { value: part.value, pauses };
    pauses++;
  }
}

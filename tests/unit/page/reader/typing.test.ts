// @vitest-environment happy-dom
/**
 * Re-checks while the worker types: the reading session reads again only the fields whose
 * controls changed, keeps what is shown, and gives the snapshot a reading from scratch gives.
 */
import { describe, expect, it, vi } from 'vitest';
import { readPage } from '@/lib/page/reader';
import { ControlStates } from '@/lib/page/reader/control-states';
import { indexDocument } from '@/lib/page/reader/walk';
import { htmlDocument, rendering } from '../helpers';
import { watchedReader } from '../session-helpers';

const RENDERINGS = [
  'a-label-for-divs.html',
  'b-legacy-tables.html',
  'c-fieldsets-aria.html',
  'd-wrapping-labels-review.html',
  'e-someone-else.html',
];

/** The text boxes that hold some text: typing into them is typing alone. */
function filledBoxes(doc: Document): Array<HTMLInputElement | HTMLTextAreaElement> {
  const boxes = Array.from(
    doc.querySelectorAll('textarea, input[type="text"], input:not([type])'),
  ) as Array<HTMLInputElement | HTMLTextAreaElement>;
  return boxes.filter((b) => b.value !== '');
}

describe('typing into boxes that hold text', () => {
  it('gives the snapshot of a reading from scratch, one box or all of them', () => {
    for (const file of RENDERINGS) {
      const doc = rendering(file);
      const read = watchedReader(doc);
      read();
      const boxes = filledBoxes(doc);
      expect(boxes.length, file).toBeGreaterThan(0);
      boxes[0].value = `${boxes[0].value} and more`;
      expect(read().snapshot, file).toEqual(readPage(doc).snapshot);
      for (const b of boxes) b.value = `${b.value}, typed`;
      expect(read().snapshot, file).toEqual(readPage(doc).snapshot);
      expect(read().snapshot, `${file}, nothing changed since`).toEqual(readPage(doc).snapshot);
    }
  });

  it('asks nothing about what is shown; a tick or an emptied box asks again', () => {
    const doc = rendering('c-fieldsets-aria.html');
    const read = watchedReader(doc);
    read();
    const Element = doc.defaultView!.Element;
    const asked = vi.spyOn(Element.prototype, 'checkVisibility');
    const box = filledBoxes(doc)[0];
    box.value = `${box.value} typed`;
    read();
    expect(asked).not.toHaveBeenCalled();

    box.value = '';
    read();
    expect(asked).toHaveBeenCalled();
    asked.mockClear();

    const radio = doc.querySelector('input[type="radio"]:not(:checked)') as HTMLInputElement;
    radio.checked = true;
    read();
    expect(asked).toHaveBeenCalled();
    asked.mockRestore();
  });
});

describe('ControlStates', () => {
  const page = () =>
    htmlDocument(`<title>x</title><body>
      <textarea id="t">some text</textarea><input id="i" value="">
      <input type="checkbox" id="c"><select id="s"><option>A</option><option>B</option></select>
    </body>`);

  it('tells which controls changed since it last looked, once', () => {
    const doc = page();
    const states = new ControlStates(indexDocument(doc).ctls);
    expect(states.changes().changed.size).toBe(0);
    (doc.getElementById('t') as HTMLTextAreaElement).value = 'some more text';
    (doc.getElementById('s') as HTMLSelectElement).selectedIndex = 1;
    const { changed, typingOnly } = states.changes();
    expect([...changed].map((e) => e.id).sort()).toEqual(['s', 't']);
    expect(typingOnly).toBe(false);
    expect(states.changes().changed.size).toBe(0);
  });

  it('calls it typing only when every change is a box that had text and still has some', () => {
    const doc = page();
    const states = new ControlStates(indexDocument(doc).ctls);
    const t = doc.getElementById('t') as HTMLTextAreaElement;
    t.value = 'other text';
    expect(states.changes().typingOnly).toBe(true);
    (doc.getElementById('i') as HTMLInputElement).value = 'first';
    expect(states.changes().typingOnly).toBe(false);
    t.value = '';
    expect(states.changes().typingOnly).toBe(false);
    (doc.getElementById('c') as HTMLInputElement).checked = true;
    expect(states.changes().typingOnly).toBe(false);
  });
});

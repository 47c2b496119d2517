/** s2.conversation-text-missing (lib/rules/s2.conversation-text-missing.ts): when it fires and when it stays quiet. */
import { describe, expect, it } from 'vitest';
import { absent, areas, conversation, findingsOf, review } from './snapshot-builder';

const SEVEN: Array<[string, string]> = [1, 2, 3, 4, 5, 6, 7].map((n) => [`Area ${n}`, `Text ${n}`]);

describe('s2.conversation-text-missing', () => {
  it('s2.conversation-text-missing fires once per empty area, pointing at the area', () => {
    const list = SEVEN.map(([l, v], i): [string, string] => [l, i === 1 || i === 4 ? '  ' : v]);
    const f = findingsOf('s2.conversation-text-missing', conversation(areas(list)));
    expect(f.map((x) => [x.field, x.control, x.row])).toEqual([
      ['conversation', 'conversation#1', 1],
      ['conversation', 'conversation#4', 4],
    ]);
    expect(f[0].message).toContain('“Area 2”');
  });

  it('s2.conversation-text-missing fires for an unlabelled area, naming it by number', () => {
    const f = findingsOf(
      's2.conversation-text-missing',
      conversation(
        areas([
          ['', 'x'],
          ['', ''],
        ]),
      ),
    );
    expect(f[0].message).toMatch(/^Text box 2 of Section 2 is empty/);
  });

  it('s2.conversation-text-missing stays quiet when every area is completed, or the areas were not found', () => {
    expect(findingsOf('s2.conversation-text-missing', conversation())).toEqual([]);
    expect(
      findingsOf('s2.conversation-text-missing', conversation(absent('conversation'))),
    ).toEqual([]);
  });

  it('s2.conversation-text-missing stays quiet about the three review boxes, even when the reader lists them as areas', () => {
    const s = review(
      areas([
        ...SEVEN,
        ['How well has my support been working since our last conversation. *', ''],
        ['Did I achieve the outcomes we previously identified? *', ''],
        ['What has changed since the last conversation?', ''],
      ]),
    );
    expect(findingsOf('s2.conversation-text-missing', s)).toEqual([]);
  });
});

// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectPage } from '@/lib/page/detect';
import { htmlDocument } from './helpers';

const CONV_TABS =
  '<ul class="tabs"><li>Privacy Notice</li><li><b>Carers Conversation</b></li><li>Person Details form</li></ul>';
const REVIEW_TABS =
  '<div class="tabs"><span>Next actions form</span> <span>Carers Review</span></div>';

describe('detectPage: step editor and person summary titles', () => {
  const positives: Array<[string, string, ReturnType<typeof detectPage>]> = [
    [
      'a <title>',
      '<title>Carers Conversation : Timothy Guide (2204451)</title><body><p>Form</p></body>',
      { kind: 'carers-conversation', personName: 'Timothy Guide', personId: '2204451' },
    ],
    [
      'a <title> with the application name after it',
      '<title>Carers Review : Timothy Guide (2204451) - Mosaic</title><body></body>',
      { kind: 'carers-review', personName: 'Timothy Guide', personId: '2204451' },
    ],
    [
      'an <h1>',
      '<title>Mosaic</title><body><h1>Carers Review : Jane  Carer-Smith (99)</h1></body>',
      { kind: 'carers-review', personName: 'Jane Carer-Smith', personId: '99' },
    ],
    [
      'a heading split into spans',
      '<title>Mosaic</title><body><h2><span>Carers Conversation</span> : <b>Timothy Guide</b> (2204451)</h2></body>',
      { kind: 'carers-conversation', personName: 'Timothy Guide', personId: '2204451' },
    ],
    [
      'a div title bar with the step tabs',
      `<title>Step editor</title><body><div class="bar"><div class="t">Carers Conversation : Timothy Guide (2204451)</div></div>${CONV_TABS}</body>`,
      { kind: 'carers-conversation', personName: 'Timothy Guide', personId: '2204451' },
    ],
    [
      'a table-cell title bar of a Review with its tabs',
      `<title>Step editor</title><body><table><tr><td class="caption"><b>Carers Review</b> : Timothy Guide (2204451)</td></tr></table>${REVIEW_TABS}</body>`,
      { kind: 'carers-review', personName: 'Timothy Guide', personId: '2204451' },
    ],
    [
      'a person summary heading',
      '<title>Mosaic</title><body><h1>Person summary - Mr Timothy Guide (2204451) born 1 Jun 1966 (57 years old)</h1></body>',
      { kind: 'person-summary', personName: 'Timothy Guide', personId: '2204451' },
    ],
    [
      'a person summary in a div title bar',
      '<title>Mosaic</title><body><div id="hdr"><span>Person summary</span> – Ms Alice Trainee (2204455) born 1 Jun 1955 (68 years old)</div></body>',
      { kind: 'person-summary', personName: 'Alice Trainee', personId: '2204455' },
    ],
    [
      'a person summary in the <title>',
      '<title>Person summary - Mrs Ada Lovelace (12) born 10 Dec 1915 (108 years old)</title><body></body>',
      { kind: 'person-summary', personName: 'Ada Lovelace', personId: '12' },
    ],
    [
      'a title among pages that mention the words',
      '<title>Mosaic</title><body><h2>Tips for your next Carers Conversation</h2><h1>Carers Conversation : Timothy Guide (2204451)</h1></body>',
      { kind: 'carers-conversation', personName: 'Timothy Guide', personId: '2204451' },
    ],
  ];
  for (const [name, html, expected] of positives) {
    it(`recognises ${name}`, () => {
      expect(detectPage(htmlDocument(html))).toEqual(expected);
    });
  }

  const negatives: Array<[string, string]> = [
    [
      'a news item',
      '<title>News</title><body><h2>Tips for your next Carers Conversation</h2><p>Carers Conversation and Carers Review: what changes.</p></body>',
    ],
    [
      'a help page without a person id',
      '<title>Carers Review : how to</title><body><h1>Carers Review : how to</h1><p>Open the step.</p></body>',
    ],
    [
      'a page quoting the title inside a paragraph',
      '<title>Guide</title><body><p>Open the step called Carers Conversation : Timothy Guide (2204451) from the work tray.</p></body>',
    ],
    [
      'a quoted title in its own element of running text',
      `<title>Guide</title><body><p>The title bar reads <q>Carers Conversation : Timothy Guide (2204451)</q>.</p>${CONV_TABS}</body>`,
    ],
    [
      'a title in a list of links',
      '<title>Work tray</title><body><ul><li><a href="#">Carers Review : Timothy Guide (2204451)</a></li></ul></body>',
    ],
    [
      'a div title bar without the step tabs',
      '<title>Work tray</title><body><div>Carers Conversation : Timothy Guide (2204451)</div></body>',
    ],
    [
      'a person summary without an id',
      '<title>Help</title><body><h1>Person summary - how to read it</h1></body>',
    ],
    ['an ordinary page', '<title>Mosaic</title><body><h1>Home</h1></body>'],
  ];
  for (const [name, html] of negatives) {
    it(`ignores ${name}`, () => {
      expect(detectPage(htmlDocument(html))).toBeNull();
    });
  }
});

describe('detectPage on a live application with no step', () => {
  it('walks nothing on a work view that only lists step names and people', () => {
    const rows = Array.from(
      { length: 50 },
      (_, i) =>
        `<tr><td>Person ${i} (${2200000 + i})</td><td><a href="#">Carers Review</a></td><td>Person summary</td></tr>`,
    ).join('');
    const doc = htmlDocument(`<title>Mosaic</title><body><table>${rows}</table></body>`);
    let walks = 0;
    const walk = doc.createTreeWalker.bind(doc);
    doc.createTreeWalker = ((...args: Parameters<Document['createTreeWalker']>) => {
      walks++;
      return walk(...args);
    }) as Document['createTreeWalker'];
    expect(detectPage(doc)).toBeNull();
    expect(walks).toBe(0);
  });

  it('still finds a title whose parts sit in several elements beside such a list', () => {
    const doc = htmlDocument(
      `<title>Mosaic</title><body><ul><li><a href="#">Carers Review</a></li></ul><h1><span>Carers Review</span> : <b>Timothy Guide</b>\n(2204451)</h1></body>`,
    );
    expect(detectPage(doc)).toEqual({
      kind: 'carers-review',
      personName: 'Timothy Guide',
      personId: '2204451',
    });
  });
});

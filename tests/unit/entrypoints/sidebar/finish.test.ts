// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { finishButtonOf, reviewToRecord } from '@/entrypoints/sidebar/finish';
import { emptyField, type PageSnapshot } from '@/lib/page/snapshot';

describe('recognising Finish', () => {
  it('knows Finish and Complete by text, value, title, aria-label or image alt', () => {
    document.body.innerHTML = `
      <button id="a"><span>Finish</span></button>
      <input id="b" type="submit" value="Complete">
      <a id="c" href="#" title="Finish"><img src="" alt=""></a>
      <span id="d" role="button" aria-label="finish">✓</span>
      <a id="e" href="#"><img alt="Finish" src=""></a>
      <button id="f">Save</button>
      <button id="g">Finish later</button>
      <button id="h" disabled>Finish</button>`;
    const at = (id: string) => document.getElementById(id);
    expect(finishButtonOf(at('a')!.firstElementChild, null)).toBe(at('a'));
    expect(finishButtonOf(at('b'), null)).toBe(at('b'));
    expect(finishButtonOf(at('c')!.firstElementChild, null)).toBe(at('c'));
    expect(finishButtonOf(at('d'), null)).toBe(at('d'));
    expect(finishButtonOf(at('e'), null)).toBe(at('e'));
    expect(finishButtonOf(at('f'), null)).toBeNull();
    expect(finishButtonOf(at('g'), null)).toBeNull();
    expect(finishButtonOf(at('h'), null)).toBeNull();
  });

  it('never treats our own element as the page’s button', () => {
    const host = document.createElement('mosaic-companion');
    const b = document.createElement('button');
    b.textContent = 'Finish';
    host.append(b);
    document.body.append(host);
    expect(finishButtonOf(b, host)).toBeNull();
  });
});

describe('the Carers Review to record on finishing', () => {
  const snap = (
    rows: Array<Record<string, string>>,
    kind: PageSnapshot['kind'] = 'carers-conversation',
  ): PageSnapshot => ({
    kind,
    person: { id: '2204451', name: 'Timothy Guide' },
    worker: null,
    tabs: [],
    fields: {
      nextActions: emptyField('nextActions', {
        found: true,
        rows: rows.map((cells) => ({ cells, control: null })),
      }),
    },
    notFound: [],
  });
  const fallback = { personId: '2204451', personName: 'Timothy Guide' };

  it('takes the scheduled date of the Carers Review action', () => {
    expect(
      reviewToRecord(
        snap([
          { action: 'Purchase Service (Personal Budget)' },
          { action: 'Carers Review', scheduledDate: '14/01/2027' },
        ]),
        fallback,
      ),
    ).toEqual({
      personId: '2204451',
      name: 'Timothy Guide',
      scheduledDate: '2027-01-14',
    });
  });

  it('records without a date when the action has none', () => {
    expect(
      reviewToRecord(snap([{ action: 'Carers Review' }], 'carers-review'), fallback)?.scheduledDate,
    ).toBeNull();
  });

  it('records nothing without a Carers Review action, or on a person summary', () => {
    expect(reviewToRecord(snap([{ action: 'No Further Action' }]), fallback)).toBeNull();
    expect(
      reviewToRecord(snap([{ action: 'Carers Review' }], 'person-summary'), fallback),
    ).toBeNull();
  });
});

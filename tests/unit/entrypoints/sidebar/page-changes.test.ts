// @vitest-environment happy-dom
/**
 * What the checker makes of a batch of changes to the page (entrypoints/sidebar/page-changes.ts),
 * from real MutationObserver records.
 */
import { describe, expect, it } from 'vitest';
import { pageChanges } from '@/entrypoints/sidebar/page-changes';

/** The records of what `change` does to the page, taken from an observer watching the body. */
function recordsOf(change: () => void): MutationRecord[] {
  const observer = new MutationObserver(() => {});
  observer.observe(document.body, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  });
  change();
  const records = observer.takeRecords();
  observer.disconnect();
  return records;
}

function setup() {
  document.body.innerHTML = '<div id="q"><p id="text">Yes</p></div>';
  const host = document.createElement('mosaic-companion');
  const inside = document.createElement('div');
  host.append(inside);
  document.body.append(host);
  return { host, inside, q: document.getElementById('q')! };
}

describe("the page's changes", () => {
  it('a question shown or hidden may change the form; a data attribute does not', () => {
    const { host, q } = setup();
    expect(
      pageChanges(
        recordsOf(() => q.setAttribute('hidden', '')),
        host,
      ),
    ).toEqual({
      page: true,
      mayChangeForm: true,
      removesElements: false,
    });
    expect(
      pageChanges(
        recordsOf(() => q.setAttribute('data-x', '1')),
        host,
      ),
    ).toEqual({
      page: true,
      mayChangeForm: false,
      removesElements: false,
    });
  });

  it('an element taken away is said; text replaced is not a removal', () => {
    const { host, q } = setup();
    expect(
      pageChanges(
        recordsOf(() => q.remove()),
        host,
      ).removesElements,
    ).toBe(true);
    const { host: h2 } = setup();
    const p = document.getElementById('text')!;
    const changes = pageChanges(
      recordsOf(() => {
        p.textContent = 'No';
      }),
      h2,
    );
    expect(changes).toEqual({ page: true, mayChangeForm: true, removesElements: false });
  });

  it("the sidebar's own changes, and the sidebar coming and going, are not the page's", () => {
    const { host, inside } = setup();
    const own = recordsOf(() => {
      inside.setAttribute('class', 'open');
      inside.append(document.createElement('span'));
      host.remove();
      document.body.append(host);
    });
    expect(own.length).toBeGreaterThan(0);
    expect(pageChanges(own, host)).toEqual({
      page: false,
      mayChangeForm: false,
      removesElements: false,
    });
  });
});

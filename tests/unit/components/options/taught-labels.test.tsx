// @vitest-environment happy-dom
/** components/options/TaughtLabels.tsx: the taught labels, the policy's read-only, the policy text. */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TaughtLabels } from '@/components/options/TaughtLabels';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';
import type { TaughtLabel } from '@/lib/settings/taught-labels';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const GP: TaughtLabel = {
  field: 'gpKnows',
  text: 'Is your GP aware that you are a carer?',
  pageKind: 'carers-conversation',
  date: '2026-12-03',
};

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
});

/** The background's side: the list, and forgetting one. */
function background(list: TaughtLabel[]) {
  const sent: unknown[] = [];
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((async (msg: {
    type: string;
    field?: string;
    text?: string;
  }) => {
    sent.push(msg);
    if (msg.type === 'get-taught-labels') return list;
    if (msg.type === 'forget-taught-label') {
      list = list.filter((l) => !(l.field === msg.field && l.text === msg.text));
      return { ok: true };
    }
    return null;
  }) as never);
  return sent;
}

async function render(policySetsLabels: boolean, labelOverrides: Record<string, string[]>) {
  const el = document.createElement('div');
  document.body.append(el);
  root = createRoot(el);
  await act(async () =>
    root!.render(
      <TaughtLabels
        settings={{ ...DEFAULT_SETTINGS, labelOverrides }}
        policySetsLabels={policySetsLabels}
      />,
    ),
  );
  return el;
}

describe('the options page’s taught labels', () => {
  it('lists each taught label with its field, page and date, and removes one', async () => {
    const sent = background([GP]);
    const el = await render(false, {});
    const rows = el.querySelectorAll('[data-testid="mc-taught-label"]');
    expect(rows).toHaveLength(1);
    expect(rows[0].textContent).toContain(GP.text);
    expect(rows[0].textContent).toContain('Carers Conversation');
    expect(rows[0].textContent).toContain('3 Dec 2026');
    const remove = rows[0].querySelector('button')!;
    expect(remove.textContent).toBe(`Remove ‘${GP.text}’`);
    await act(async () => remove.click());
    expect(sent).toContainEqual({ type: 'forget-taught-label', field: 'gpKnows', text: GP.text });
    expect(el.querySelectorAll('[data-testid="mc-taught-label"]')).toHaveLength(0);
    expect(el.querySelector('[role="status"]')!.textContent).toMatch(/^Removed/);
  });

  it('shows the policy’s labels read-only, and gives them all as the policy value', async () => {
    background([GP]);
    const el = await render(true, { hoursCaring: ['Hours spent caring each week'] });
    const policy = el.querySelectorAll('[data-testid="mc-policy-label"]');
    expect(policy).toHaveLength(1);
    expect(policy[0].textContent).toContain('Set by your organisation');
    expect(policy[0].querySelector('button')).toBeNull();
    const writeText = vi.fn(async (_text: string) => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const copy = Array.from(el.querySelectorAll('button')).find(
      (b) => b.textContent === 'Copy for policy',
    )!;
    await act(async () => copy.click());
    expect(JSON.parse(writeText.mock.calls[0][0])).toEqual({
      labelOverrides: { gpKnows: [GP.text], hoursCaring: ['Hours spent caring each week'] },
    });
    expect(el.querySelector('[role="status"]')!.textContent).toMatch(/^Copied/);
  });

  it('says when nothing has been taught', async () => {
    background([]);
    const el = await render(false, { gpKnows: ['Typed by the worker'] });
    expect(el.textContent).toContain('No labels have been taught yet.');
    expect(el.querySelector('[data-testid="mc-policy-label"]')).toBeNull();
  });
});

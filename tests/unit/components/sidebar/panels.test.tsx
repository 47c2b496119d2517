// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FinishGuard } from '@/components/sidebar/FinishGuard';
import { FindingItem } from '@/components/sidebar/Findings';
import { BudgetPanel, EligibilityPanel } from '@/components/sidebar/Panels';
import type { ViewFinding } from '@/lib/sidebar/view';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
function render(node: React.ReactNode): HTMLElement {
  const el = document.createElement('div');
  document.body.append(el);
  root = createRoot(el);
  act(() => root!.render(node));
  return el;
}
afterEach(() => {
  act(() => root?.unmount());
  document.body.innerHTML = '';
});

const finding = (over: Partial<ViewFinding> = {}): ViewFinding => ({
  ruleId: 's1.hours-missing',
  severity: 'error',
  field: 'hoursCaring',
  message: 'Select the Total hours caring per week.',
  key: 'k',
  tab: 'Carers Conversation',
  section: 1,
  offTab: false,
  ...over,
});

describe('a finding', () => {
  it('carries the contract attributes, its text is the message, and its severity is in words', () => {
    const jump = vi.fn();
    const el = render(
      <ul>
        <FindingItem id="f" finding={finding()} onJump={jump} />
      </ul>,
    );
    const b = el.querySelector('[data-rule-id]') as HTMLButtonElement;
    expect(b.tagName).toBe('BUTTON');
    expect(b.dataset.ruleId).toBe('s1.hours-missing');
    expect(b.dataset.severity).toBe('error');
    expect(b.dataset.field).toBe('hoursCaring');
    expect(b.textContent).toBe('Select the Total hours caring per week.');
    expect(el.querySelector('#f-sev')?.textContent).toBe('Error');
    act(() => b.click());
    expect(jump).toHaveBeenCalledTimes(1);
  });

  it('has no data-field when it points at no field, says "Advice" for info, and names another tab', () => {
    const el = render(
      <ul>
        <FindingItem
          id="f"
          finding={finding({
            field: null,
            severity: 'info',
            offTab: true,
            tab: 'Person Details form',
          })}
          onJump={() => {}}
        />
      </ul>,
    );
    const b = el.querySelector('[data-rule-id]')!;
    expect(b.hasAttribute('data-field')).toBe(false);
    expect(el.textContent).toContain('Advice');
    expect(el.textContent).toContain('On the Person Details form tab');
  });

  it('shows page text as text', () => {
    const el = render(
      <ul>
        <FindingItem
          id="f"
          finding={finding({ message: 'Cost “<img src=x onerror=alert(1)>” is not money.' })}
          onJump={() => {}}
        />
      </ul>,
    );
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('[data-rule-id]')!.textContent).toContain(
      '<img src=x onerror=alert(1)>',
    );
  });
});

describe('the budget panel', () => {
  it('writes amounts as plain pounds, and empty while unknown', () => {
    let el = render(
      <BudgetPanel
        budget={{
          level: null,
          impact: null,
          suggested: null,
          shown: null,
          costs: 0,
          invalidCosts: 0,
          left: null,
        }}
        isExample
      />,
    );
    let panel = el.querySelector('[data-testid="mc-budget"]')!;
    expect(panel.getAttribute('data-suggested')).toBe('');
    expect(panel.getAttribute('data-shown')).toBe('');
    expect(panel.getAttribute('data-costs')).toBe('0');
    expect(panel.textContent).toContain('example table');
    act(() => root?.unmount());

    el = render(
      <BudgetPanel
        budget={{
          level: 2,
          impact: 2,
          suggested: 600,
          shown: 600,
          costs: 412.5,
          invalidCosts: 1,
          left: 187.5,
        }}
        isExample={false}
      />,
    );
    panel = el.querySelector('[data-testid="mc-budget"]')!;
    expect(panel.getAttribute('data-suggested')).toBe('600');
    expect(panel.getAttribute('data-costs')).toBe('412.5');
    expect(panel.textContent).toContain('£187.50');
    expect(panel.textContent).toContain('1 cost is not an amount of money');
    expect(panel.textContent).not.toContain('example table');
  });
});

describe('the eligibility panel', () => {
  it('shows both decisions with their reasons, the statutory one as advice', () => {
    const el = render(
      <EligibilityPanel
        eligibility={{
          form: { result: 'not-eligible', reasons: ['Health is not deteriorating (answered No).'] },
          statutory: { result: 'met', reasons: ['The carer is unable to achieve one outcome.'] },
        }}
      />,
    );
    const panel = el.querySelector('[data-testid="mc-eligibility"]')!;
    expect(panel.getAttribute('data-form-decision')).toBe('not-eligible');
    expect(panel.getAttribute('data-statutory')).toBe('met');
    expect(panel.textContent).toContain('Eligibility not indicated');
    expect(panel.textContent).toContain('Health is not deteriorating');
    expect(panel.textContent).toContain('may be met');
    expect(panel.textContent).toContain('advice');
  });
});

describe('the finish guard', () => {
  it('counts the problems, closes on Escape and finishes on request', () => {
    const back = vi.fn();
    const finish = vi.fn();
    const el = render(
      <FinishGuard
        errors={[finding(), finding({ key: 'k2', message: 'Second' })]}
        onBack={back}
        onFinish={finish}
      />,
    );
    const dialog = el.querySelector('[data-testid="mc-finish-guard"]')!;
    expect(dialog.getAttribute('role')).toBe('dialog');
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.querySelector('h2')!.textContent).toBe('2 problems: finish anyway?');
    expect(document.activeElement).toBe(dialog.querySelector('h2'));
    act(() => dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(back).toHaveBeenCalledTimes(1);
    const buttons = Array.from(dialog.querySelectorAll('button'));
    act(() => buttons.find((b) => b.textContent === 'Finish anyway')!.click());
    expect(finish).toHaveBeenCalledTimes(1);
  });
});

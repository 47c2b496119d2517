/** s1.payment-missing (lib/rules/s1.payment-missing.ts): when it fires and when it stays quiet. */
import { describe, expect, it } from 'vitest';
import { findingsOf, review, value } from './snapshot-builder';

describe('s1.payment-missing', () => {
  it('s1.payment-missing fires when unanswered', () => {
    expect(findingsOf('s1.payment-missing', review(value('receivingPayment', null)))).toHaveLength(
      1,
    );
  });

  it('s1.payment-missing stays quiet when answered', () => {
    expect(findingsOf('s1.payment-missing', review())).toEqual([]);
  });
});

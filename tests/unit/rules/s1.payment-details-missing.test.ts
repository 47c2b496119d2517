/** s1.payment-details-missing (lib/rules/s1.payment-details-missing.ts): when it fires and when it stays quiet. */
import { describe, expect, it } from 'vitest';
import { conversation, findingsOf, value } from './snapshot-builder';

describe('s1.payment-details-missing', () => {
  it('s1.payment-details-missing fires for Yes with empty Details', () => {
    const f = findingsOf(
      's1.payment-details-missing',
      conversation(value('receivingPayment', 'Yes')),
    );
    expect(f).toHaveLength(1);
    expect(f[0].field).toBe('receivingPayment.details');
  });

  it('s1.payment-details-missing stays quiet for No, or Yes with Details', () => {
    expect(findingsOf('s1.payment-details-missing', conversation())).toEqual([]);
    expect(
      findingsOf(
        's1.payment-details-missing',
        conversation(
          value('receivingPayment', 'Yes'),
          value('receivingPayment.details', 'Direct payment'),
        ),
      ),
    ).toEqual([]);
  });
});

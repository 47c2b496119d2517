/** s1.cared-for-empty (lib/rules/s1.cared-for-empty.ts): when it fires and when it stays quiet. */
import { describe, expect, it } from 'vitest';
import { absent, conversation, findingsOf, review, rows } from './snapshot-builder';

describe('s1.cared-for-empty', () => {
  it('s1.cared-for-empty fires when the table has no row', () => {
    const f = findingsOf('s1.cared-for-empty', review(rows('caredFor', [])));
    expect(f).toHaveLength(1);
    expect(f[0].field).toBe('caredFor');
    expect(f[0].message).toMatch(/Find/);
  });

  it('s1.cared-for-empty stays quiet with a row, or when the table was not found', () => {
    expect(findingsOf('s1.cared-for-empty', conversation())).toEqual([]);
    expect(findingsOf('s1.cared-for-empty', conversation(absent('caredFor')))).toEqual([]);
  });
});

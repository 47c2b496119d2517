import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFS, parsePrefs } from '@/entrypoints/sidebar/prefs';

describe('sidebar preferences', () => {
  it('keeps valid values and replaces anything else with the defaults', () => {
    expect(parsePrefs({ collapsed: true, dock: 'left', outline: true })).toEqual({
      collapsed: true,
      dock: 'left',
      outline: true,
    });
    expect(parsePrefs({ collapsed: 'yes', dock: 'top' })).toEqual(DEFAULT_PREFS);
    expect(parsePrefs(undefined)).toEqual(DEFAULT_PREFS);
  });
});

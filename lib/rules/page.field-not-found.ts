import { fieldDef, isFieldId } from '../page/fields';
import type { PageSnapshot } from '../page/snapshot';
import { conditionState } from '../page/condition';
import { normaliseText } from '../page/text';
import { fieldName } from './common/names';
import { TAB_LAYOUT } from '../page/kinds';
import { ALL_PAGES } from './common/pages';
import { defineRule, type FindingDraft } from './types';

/**
 * Tabs of this step whose content is not in the page (the reader could not see them), in the
 * page's tab order. Their fields have not been checked yet; the sidebar can show this list.
 */
export function tabsNotChecked(s: PageSnapshot): string[] {
  if (s.kind === null) return [];
  const layout = TAB_LAYOUT[s.kind];
  if (layout.length === 0) return [];
  const out: string[] = [];
  for (const t of layout) {
    const tab = s.tabs.find((x) => normaliseText(x.name) === normaliseText(t.name));
    if (tab !== undefined && !tab.loaded) out.push(t.name);
  }
  return out;
}

/**
 * A conditional question whose condition the answers show to be false is closed on the form:
 * its absence is expected, whatever the reader listed.
 */
function closedByAnswers(s: PageSnapshot, id: string): boolean {
  const when = fieldDef(id)?.shownWhen;
  return when !== undefined && conditionState(s, when) === 'closed';
}

/** The tab (visible name) a field of this page kind sits on, or null. */
function tabOf(s: PageSnapshot, id: string): string | null {
  const def = fieldDef(id);
  if (s.kind === null || def === undefined) return null;
  return TAB_LAYOUT[s.kind].find((t) => t.role === def.tab)?.name ?? null;
}

export default defineRule({
  id: 'page.field-not-found',
  severity: 'warning',
  fields: [],
  pages: ALL_PAGES,
  evaluate(s) {
    const out: FindingDraft[] = [];
    const unloaded = tabsNotChecked(s);
    for (const tab of unloaded) {
      out.push({
        field: null,
        tab,
        message: `The ‘${tab}’ tab has not been checked yet: its content is not in the page. Open the ‘${tab}’ tab so it can be checked.`,
      });
    }
    const seen = new Set<string>();
    for (const id of s.notFound) {
      // The reader lists only ids of fields.ts; any other is no field this rule can name.
      if (seen.has(id) || !isFieldId(id)) continue;
      seen.add(id);
      const tab = tabOf(s, id);
      if (tab !== null && unloaded.includes(tab)) continue;
      if (closedByAnswers(s, id)) continue;
      out.push({
        field: id,
        message:
          `Could not find ${fieldName(id)} on this page, so it has not been checked. Check it yourself; if Mosaic’s ` +
          'page has changed, tell whoever looks after this extension so they can update the field’s label in the settings.',
      });
    }
    return out;
  },
});

/**
 * The step's tabs (Privacy Notice, Carers Conversation, …): where each tab's name is, its panel,
 * which one is open, and which have their content in the page.
 */
import { STEP_TABS, TABS, tabName } from '../kinds';
import { normaliseLabel } from '../text';
import type { ReadContext, TabFound } from './context';
import { pushTo } from './labels';
import { commonAncestor, textAtMost, textOf, within } from './query';

const ACTIVE_CLASS =
  /(?:^|\s)(?:active|selected|current|is-active|is-selected|ui-tabs-active|ui-state-active|tab-active|tabactive|tab-selected|tabselected|activetab|selectedtab|on|tab-on|tabon|tab-current|currenttab)(?:\s|$)/i;

/** Step 2 of a reading: the tabs, from the tab names matched in step 1. */
export function findTabs(ctx: ReadContext): void {
  if (ctx.kind !== 'carers-conversation' && ctx.kind !== 'carers-review') return;
  const names = STEP_TABS[ctx.kind].map((k) => TABS[k]);
  const nameOf = new Map(names.map((n) => [normaliseLabel(n), n]));
  const { chosen, bar } = tabElements(ctx, names, nameOf);
  for (const name of names) {
    const el = chosen.get(name) ?? null;
    const { panel, active } = el ? tabState(ctx, el, bar) : { panel: null, active: false };
    ctx.tabs.push({
      name,
      el,
      panel,
      active,
      loaded: !!panel && (panel.childElementCount > 0 || !textAtMost(ctx.idx, panel, 0)),
    });
  }
  // a single bold tab name among the tab bar's is the open one (as Mosaic shows it)
  if (!ctx.tabs.some((t) => t.active)) {
    const bold = ctx.tabs.filter(
      (t) => t.el && (t.el.closest('b, strong') ?? t.el.querySelector('b, strong')),
    );
    const withPanel = ctx.tabs.filter((t) => t.panel);
    const shownPanels = withPanel.filter((t) => ctx.shown(t.panel!));
    if (withPanel.length > 0 && shownPanels.length === 1) shownPanels[0].active = true;
    else if (bold.length === 1 && ctx.tabs.filter((t) => t.el).length > 1) bold[0].active = true;
  }
}

/** Each tab's element: role=tab elements, else the names inside one small element (the tab bar). */
function tabElements(
  ctx: ReadContext,
  names: string[],
  nameOf: Map<string, string>,
): { chosen: Map<string, Element>; bar: Element | null } {
  const idx = ctx.idx;
  const chosen = new Map<string, Element>();
  for (const t of idx.tabRoles) {
    if (t.getAttribute('role') !== 'tab') continue;
    const name = nameOf.get(normaliseLabel(textOf(idx, t)));
    if (name && !chosen.has(name)) chosen.set(name, t);
  }
  if (chosen.size >= 2) return { chosen, bar: null };
  chosen.clear();
  const byName = new Map<string, Element[]>();
  for (const b of ctx.tabBlocks) {
    const name = nameOf.get(normaliseLabel(b.text));
    if (name) pushTo(byName, name, b.el);
  }
  const bar = smallCommonAncestor(ctx, Array.from(byName.values()), names);
  if (bar) {
    for (const [name, els] of byName) {
      const inBar = els.find((e) => within(idx, bar, e));
      if (inBar) chosen.set(name, inBar);
    }
  }
  return { chosen, bar };
}

/** The first element holding the names of two tabs and little else: the tab bar. */
function smallCommonAncestor(ctx: ReadContext, groups: Element[][], names: string[]) {
  const limit = names.reduce((n, s) => n + s.length, 0) + 120;
  for (let i = 0; i < groups.length; i++)
    for (const a of groups[i])
      for (let j = i + 1; j < groups.length; j++)
        for (const b of groups[j]) {
          const lca = commonAncestor(a, b);
          if (lca && textAtMost(ctx.idx, lca, limit)) return lca;
        }
  return null;
}

/** A tab's panel (by aria-controls, a `#` link or aria-labelledby) and whether it says it is open. */
function tabState(
  ctx: ReadContext,
  el: Element,
  bar: Element | null,
): { panel: Element | null; active: boolean } {
  const stop =
    bar ?? el.closest('[role="tablist"]') ?? el.parentElement?.parentElement?.parentElement ?? null;
  const chain: Element[] = [];
  for (let e: Element | null = el; e && e !== stop; e = e.parentElement) chain.push(e);
  const link = el.querySelector('a[href^="#"], [aria-controls]');
  if (link) chain.unshift(link);
  let panel: Element | null = null;
  let active = false;
  for (const e of chain) {
    if (e.getAttribute('aria-selected') === 'true') active = true;
    const cur = e.getAttribute('aria-current');
    if (cur && cur !== 'false') active = true;
    const cls = e.getAttribute('class');
    if (cls && ACTIVE_CLASS.test(cls)) active = true;
    panel ??= panelOf(ctx, e);
  }
  return { panel, active };
}

function panelOf(ctx: ReadContext, e: Element): Element | null {
  const ctrl = e.getAttribute('aria-controls');
  const href = e.getAttribute('href');
  const id = ctrl
    ? ctrl.split(/\s+/)[0]
    : href && href.length > 1 && href[0] === '#'
      ? href.slice(1)
      : null;
  const byId = id ? ctx.idx.doc.getElementById(id) : null;
  if (byId) return byId;
  if (!e.id) return null;
  const labelled = ctx.idx.labelledBy.get(e.id);
  return labelled?.find((p) => p.getAttribute('role') === 'tabpanel') ?? null;
}

/** The last step of a reading: a tab is loaded when its panel or any of its fields is in the page. */
export function finishTabs(ctx: ReadContext): void {
  const tabs: TabFound[] = ctx.tabs;
  if (tabs.length === 0) return;
  const byName = new Map(tabs.map((t) => [t.name, t]));
  for (const f of ctx.found.values()) {
    if (!f.snap.found || !f.snap.tab) continue;
    const t = byName.get(f.snap.tab);
    if (t) t.loaded = true;
  }
  for (const t of tabs) if (t.active) t.loaded = true;
  if (!tabs.some((t) => t.active)) {
    // no tab says it is open: the one whose questions are shown
    const shown = new Set<string>();
    for (const f of ctx.found.values())
      if (f.snap.found && f.snap.shown && f.snap.tab) shown.add(f.snap.tab);
    const candidates = tabs.filter((t) => shown.has(t.name));
    if (candidates.length === 1) candidates[0].active = true;
    else if (candidates.length > 1) {
      const form = candidates.find((t) => t.name === tabName(ctx.kind, 'form'));
      (form ?? candidates[0]).active = true;
    }
  }
  // nothing at all was recognised: every tab counts as loaded, so that every field is reported
  if (!tabs.some((t) => t.loaded)) for (const t of tabs) t.loaded = true;
}

/**
 * What the sidebar shows, worked out from one check of the page: findings grouped by tab and
 * section in form order, the counts, progress per section, the tabs not checked yet, both
 * eligibility decisions and the budget. Plain data, so a re-check that changes nothing can be
 * recognised (by `signature`) and React is not asked to render again.
 */
import type { BudgetSummary } from '@/lib/budget';
import type { Decision, FormDecision, StatutoryResult } from '@/lib/eligibility';
import { fieldDef, fieldsFor, type TabRole } from '@/lib/page/fields';
import { tabName, type PageKind } from '@/lib/page/kinds';
import type { FieldSnapshot, PageSnapshot } from '@/lib/page/snapshot';
import { normaliseText } from '@/lib/page/text';
import type { Finding } from '@/lib/rules/types';

export const SECTION_TITLES: Record<number, string> = {
  1: 'Section 1. Information needed at point of referral',
  2: 'Section 2. Carers Wellbeing Conversation',
  3: 'Section 3. Eligibility and Support Plan',
};

export interface ViewFinding extends Finding {
  /** Unique within one check (rule, field, control, position). */
  key: string;
  /** The tab it sits on, when known. */
  tab: string | null;
  section: number | null;
  /** It sits on a tab that is not the one open now. */
  offTab: boolean;
}

export interface SectionGroup {
  key: string;
  /** Section heading, or null for findings of the tab as a whole. */
  title: string | null;
  findings: ViewFinding[];
}

export interface TabGroup {
  key: string;
  /** Tab name, or null for findings that belong to no tab (the page as a whole). */
  tab: string | null;
  sections: SectionGroup[];
}

export interface SectionProgress {
  key: string;
  tab: string | null;
  title: string;
  answered: number;
  total: number;
}

export interface SidebarView {
  kind: PageKind | null;
  personId: string;
  personName: string;
  activeTab: string | null;
  findings: ViewFinding[];
  groups: TabGroup[];
  errors: number;
  warnings: number;
  advice: number;
  progress: SectionProgress[];
  /** Tabs whose content is not in the page yet, so their questions could not be checked. */
  uncheckedTabs: string[];
  eligibility: { form: Decision<FormDecision>; statutory: Decision<StatutoryResult> } | null;
  budget: BudgetSummary | null;
  budgetIsExample: boolean;
  /** Set when the page could not be read at all. */
  problem: string | null;
  /** The page has a dialog of its own open: the sidebar steps behind it. */
  pageDialogOpen: boolean;
}

/** The heading for a part of a tab: the step form's numbered sections, or the next actions. */
export function sectionTitle(role: TabRole | null, section: number | null): string | null {
  if (role === 'actions') return 'Next actions';
  if (role !== 'form' || section === null) return null;
  return SECTION_TITLES[section] ?? `Section ${section}`;
}

function placeOf(
  fieldId: string | null,
  s: PageSnapshot,
): { tab: string | null; section: number | null; title: string | null } {
  if (!fieldId) return { tab: null, section: null, title: null };
  const snap = s.fields[fieldId];
  const def = fieldDef(fieldId) ?? fieldDef(fieldId.split('.')[0]);
  const tab = snap?.tab ?? (def ? tabName(s.kind, def.tab) : null);
  const section = snap?.section ?? def?.section ?? null;
  return { tab, section, title: sectionTitle(def?.tab ?? null, section) };
}

export function groupFindings(
  findings: Finding[],
  s: PageSnapshot,
): { list: ViewFinding[]; groups: TabGroup[] } {
  const active = s.tabs.find((t) => t.active)?.name ?? null;
  const seen = new Map<string, number>();
  const titles = new Map<string, string | null>();
  const list: ViewFinding[] = findings.map((f) => {
    const { tab, section, title } = placeOf(f.field, s);
    const base = `${f.ruleId}|${f.field ?? ''}|${f.control ?? ''}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    const key = n ? `${base}|${n}` : base;
    titles.set(key, title);
    return {
      ...f,
      key,
      tab,
      section,
      offTab: Boolean(tab && active && normaliseText(tab) !== normaliseText(active)),
    };
  });
  const groups: TabGroup[] = [];
  for (const f of list) {
    const tabKey = normaliseText(f.tab);
    let g = groups.find((x) => x.key === tabKey);
    if (!g) groups.push((g = { key: tabKey, tab: f.tab, sections: [] }));
    const title = titles.get(f.key) ?? null;
    const secKey = `${tabKey}|${title ?? ''}`;
    let sec = g.sections.find((x) => x.key === secKey);
    if (!sec) g.sections.push((sec = { key: secKey, title, findings: [] }));
    sec.findings.push(f);
  }
  return { list, groups };
}

function answered(f: FieldSnapshot, kind: string): boolean {
  switch (kind) {
    case 'table':
      return f.rows.length > 0;
    case 'multi':
      return f.values.length > 0;
    default:
      return f.value !== null && f.value.trim() !== '';
  }
}

/** Mandatory questions answered / total, per tab and section, in form order. */
export function sectionProgress(s: PageSnapshot): SectionProgress[] {
  if (!s.kind || s.kind === 'person-summary') return [];
  const out: SectionProgress[] = [];
  const get = (tab: string | null, role: TabRole, section: number | null): SectionProgress => {
    const title = sectionTitle(role, section) ?? tab ?? 'This step';
    const key = `${normaliseText(tab)}|${title}`;
    let p = out.find((x) => x.key === key);
    if (!p) out.push((p = { key, tab, title, answered: 0, total: 0 }));
    return p;
  };
  for (const def of fieldsFor(s.kind)) {
    if (!def.required) continue;
    const f = s.fields[def.id];
    if (!f || !f.found) continue;
    if (def.shownWhen && !f.shown) continue;
    const tab = f.tab ?? tabName(s.kind, def.tab);
    const p = get(tab, def.tab, f.section ?? def.section);
    if (def.kind === 'areas') {
      for (const a of f.areas) {
        p.total += 1;
        if (a.value.trim() !== '') p.answered += 1;
      }
    } else {
      p.total += 1;
      if (answered(f, def.kind)) p.answered += 1;
    }
  }
  return out.filter((p) => p.total > 0);
}

export function uncheckedTabs(s: PageSnapshot): string[] {
  return s.tabs.filter((t) => !t.loaded).map((t) => t.name);
}

export interface ViewInput {
  snapshot: PageSnapshot;
  findings: Finding[];
  detected: { kind: PageKind; personId: string; personName: string };
  eligibility: SidebarView['eligibility'];
  budget: BudgetSummary | null;
  budgetIsExample: boolean;
  problem?: string | null;
  pageDialogOpen?: boolean;
}

export function buildView(input: ViewInput): SidebarView {
  const s = input.snapshot;
  const { list, groups } = groupFindings(input.findings, s);
  const isStep = (s.kind ?? input.detected.kind) !== 'person-summary';
  return {
    kind: s.kind ?? input.detected.kind,
    personId: s.person.id ?? input.detected.personId,
    personName: s.person.name ?? input.detected.personName,
    activeTab: s.tabs.find((t) => t.active)?.name ?? null,
    findings: list,
    groups,
    errors: list.filter((f) => f.severity === 'error').length,
    warnings: list.filter((f) => f.severity === 'warning').length,
    advice: list.filter((f) => f.severity === 'info').length,
    progress: sectionProgress(s),
    uncheckedTabs: uncheckedTabs(s),
    eligibility: isStep ? input.eligibility : null,
    budget: isStep ? input.budget : null,
    budgetIsExample: input.budgetIsExample,
    problem: input.problem ?? null,
    pageDialogOpen: input.pageDialogOpen ?? false,
  };
}

/** Two views with the same signature show the same thing. */
export function signature(v: SidebarView): string {
  return JSON.stringify(v);
}

/**
 * A rule is a declarative definition: its id from rules.md, severity, the fields it points at,
 * the page kinds it applies to, and a pure evaluate function over the page snapshot.
 */
import type { FieldId } from '../page/fields';
import type { PageKind } from '../page/kinds';
import type { PageSnapshot } from '../page/snapshot';
import type { Settings, Severity } from '../settings/schema';
import type { SharedResults } from './common/shared-results';

export type { Severity };

export interface Finding {
  ruleId: string;
  severity: Severity;
  /** The field it points at (a field id of forms.md), where there is one. */
  field: FieldId | null;
  /** Key of the page control to focus (a row's, an area's), where more precise than the field's. */
  control?: string | null;
  /** Plain English: what is wrong and what to do. */
  message: string;
  /** Index (0-based) of the table row or free-text area it is about, to order findings in form order. */
  row?: number | null;
  /** For a finding about a whole tab (a tab whose content is not in the page): the tab's visible name. */
  tab?: string | null;
}

/** What a rule's evaluate returns: a finding, with severity and ruleId left to the runner. */
export type FindingDraft = Omit<Finding, 'ruleId' | 'severity'> & Partial<Finding>;

/** What a rule may know beyond the page. */
export interface RuleContext {
  settings: Settings;
  /** Today's date in Europe/London, yyyy-mm-dd. */
  today: string;
  /** Mosaic IDs of people with a Carers Review case waiting in the worker's checklist. */
  waitingReviews: string[];
}

/** What a rule is given: the context, and the results it shares with the other rules of the run. */
export interface RunContext extends RuleContext {
  shared: SharedResults;
}

export interface RuleDefinition {
  id: string;
  severity: Severity;
  /** Field ids this rule points at. */
  fields: FieldId[];
  pages: PageKind[];
  /** Findings; severity and ruleId are filled in by the runner when left out. */
  evaluate(snapshot: PageSnapshot, ctx: RunContext): FindingDraft[];
}

export function defineRule(def: RuleDefinition): RuleDefinition {
  return def;
}

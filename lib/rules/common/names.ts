/** Fields named in words, for messages (a field the page lacks is named, never shown as an id). */
import { fieldDef, type FieldDef } from '../../page/fields';

const QUESTION_START = /^(does|do|would|is|are|were|was|what|did|how|has|have|can|will)\b/i;

/** Labels as the form writes them, with their question mark where they are questions. */
export function questionText(def: FieldDef): string {
  const label = def.labels[0] ?? def.id;
  return QUESTION_START.test(label) && !label.endsWith('?') && !label.endsWith(')')
    ? `${label}?`
    : label;
}

const SPECIAL: Record<string, string> = {
  conversation: 'the free-text areas of Section 2',
  viewsNotConsideredReason: 'the reason why the views of the cared for person were not considered',
  wellbeingOther: 'the box to specify the “Other” impact on wellbeing',
  nextActions: 'the Next actions (the actions added to this step)',
  serviceUserGroups: 'the Service user groups table',
  relationships: 'the Personal relationships table',
  caredFor: 'the Person/s being cared for table',
  supportPlan: 'the Desired outcomes and Support plan table',
  previousPlan: 'the Previous outcomes and support plan table',
};

function describe(def: FieldDef): string {
  const special = SPECIAL[def.id];
  if (special) return special;
  if (def.within) {
    const parent = fieldDef(def.within);
    const box = def.labels[0] ?? 'text';
    return parent ? `the ${box} box under “${questionText(parent)}”` : `the ${box} box`;
  }
  if (def.id.startsWith('outcome.')) return `the outcome “${def.labels[0]}”`;
  return `“${questionText(def)}”`;
}

/**
 * A field in words: “Total hours caring per week”, the free-text areas of Section 2, … Worded when
 * a message needs it, not for every field when the rules' script is evaluated (docs/performance.md).
 */
export function fieldName(id: string): string {
  const def = fieldDef(id);
  return def ? describe(def) : `the field “${id}”`;
}

/** The section headings of forms.md, recognised by their visible text. */
import type { TabRole } from '../fields';
import { normaliseLabel } from '../text';

export interface SectionName {
  norm: string;
  /** number when the heading shows none */
  number: number | null;
  /** the step's main form (1-3) or the actions tab */
  role: TabRole;
}

export const SECTION_NAMES: SectionName[] = [
  {
    norm: normaliseLabel('Information needed at point of referral/booking appointment'),
    number: 1,
    role: 'form',
  },
  { norm: normaliseLabel('Carers Wellbeing Conversation'), number: 2, role: 'form' },
  { norm: normaliseLabel('Eligibility and Support Plan'), number: 3, role: 'form' },
  { norm: normaliseLabel('Adult Social Care Privacy Notice'), number: null, role: 'actions' },
  { norm: normaliseLabel('Actions Taken'), number: null, role: 'actions' },
];

const SECTION_BY_NORM = new Map(SECTION_NAMES.map((s) => [s.norm, s]));
/** "2 carers wellbeing conversation", "section 2 carers …", "section 2 - carers …" (normalised) */
const SECTION_NUMBER = /^(\d{1,2})\s+(?:-\s+)?(.*)$/;
const SECTION_WORD = /^section\s+(\d{1,2})\s+(?:-\s+)?(.*)$/;

/** The section a normalised text names ("2 carers wellbeing conversation"), with its number; or null. */
export function sectionOf(norm: string): SectionName | null {
  const direct = SECTION_BY_NORM.get(norm);
  if (direct) return direct;
  const m = SECTION_NUMBER.exec(norm) ?? SECTION_WORD.exec(norm);
  if (!m) return null;
  const s = SECTION_BY_NORM.get(m[2]);
  return s ? { ...s, number: Number(m[1]) } : null;
}

/** The number and tab role of a section heading of forms.md ("2. Carers Wellbeing Conversation"), or null. */
export function sectionHeading(text: string): { number: number | null; role: TabRole } | null {
  const s = sectionOf(normaliseLabel(text));
  return s ? { number: s.number, role: s.role } : null;
}

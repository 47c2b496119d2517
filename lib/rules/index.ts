/** The registry of every rule of rules.md, and the runner. */
import type { PageSnapshot } from '../page/snapshot';
import type { Finding, RuleContext, RuleDefinition } from './types';

export const RULES: RuleDefinition[] = [];

/** Every finding for this page, in form order, with the settings' switches and severities applied. */
export function runRules(_snapshot: PageSnapshot, _ctx: RuleContext): Finding[] {
  return [];
}

/** The error summary: findings grouped by tab and section, each a link-like button to its question. */
import type { ReactNode } from 'react';
import type { Severity } from '@/lib/rules/types';
import type { SectionGroup, TabGroup, ViewFinding } from '@/lib/sidebar/view';
import { TeachButton } from './Teach';

export const SEVERITY_WORD: Record<Severity, string> = {
  error: 'Error',
  warning: 'Warning',
  info: 'Advice',
};

export function SeverityIcon({ severity }: { severity: Severity }) {
  const common = {
    width: 16,
    height: 16,
    viewBox: '0 0 16 16',
    'aria-hidden': true,
    focusable: false,
  } as const;
  if (severity === 'error')
    return (
      <svg {...common}>
        <circle cx="8" cy="8" r="7.5" fill="currentColor" />
        <rect x="7" y="3.5" width="2" height="6" fill="#fff" />
        <rect x="7" y="11" width="2" height="2" fill="#fff" />
      </svg>
    );
  if (severity === 'warning')
    return (
      <svg {...common}>
        <path d="M8 0.8 L15.6 15 H0.4 Z" fill="currentColor" />
        <rect x="7" y="5.5" width="2" height="5" fill="#fff" />
        <rect x="7" y="11.7" width="2" height="2" fill="#fff" />
      </svg>
    );
  return (
    <svg {...common}>
      <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeWidth="1.8" />
      <rect x="7.1" y="7" width="1.8" height="5" fill="currentColor" />
      <rect x="7.1" y="3.8" width="1.8" height="1.9" fill="currentColor" />
    </svg>
  );
}

export interface FindingProps {
  finding: ViewFinding;
  id: string;
  onJump: (f: ViewFinding) => void;
  /** Shown under the finding after a jump that needs a tab opened first. */
  notice?: ReactNode;
}

export function FindingItem({ finding: f, id, onJump, notice }: FindingProps) {
  return (
    <li className={`mc-finding mc-finding-${f.severity}`}>
      <span className={`mc-sev mc-sev-${f.severity}`} id={`${id}-sev`}>
        <SeverityIcon severity={f.severity} />
        {SEVERITY_WORD[f.severity]}
      </span>
      <button
        type="button"
        className="mc-link"
        id={`${id}-msg`}
        data-rule-id={f.ruleId}
        data-severity={f.severity}
        data-field={f.field ?? undefined}
        aria-describedby={f.offTab ? `${id}-sev ${id}-where` : `${id}-sev`}
        onClick={() => onJump(f)}
      >
        {f.message}
      </button>
      {f.offTab && f.tab && (
        <span className="mc-where" id={`${id}-where`}>
          On the {f.tab} tab
        </span>
      )}
      <TeachButton finding={f} describedBy={`${id}-msg`} />
      {notice}
    </li>
  );
}

function Section({
  group,
  idPrefix,
  onJump,
  noticeFor,
  level,
}: {
  level: 4 | 5;
  group: SectionGroup;
  idPrefix: string;
  onJump: (f: ViewFinding) => void;
  noticeFor: (f: ViewFinding) => ReactNode;
}) {
  return (
    <>
      {group.title && (level === 5 ? <h5>{group.title}</h5> : <h4>{group.title}</h4>)}
      <ul className="mc-list">
        {group.findings.map((f, i) => (
          <FindingItem
            key={f.key}
            id={`${idPrefix}-${i}`}
            finding={f}
            onJump={onJump}
            notice={noticeFor(f)}
          />
        ))}
      </ul>
    </>
  );
}

export function FindingGroups({
  groups,
  onJump,
  noticeFor,
}: {
  groups: TabGroup[];
  onJump: (f: ViewFinding) => void;
  noticeFor: (f: ViewFinding) => ReactNode;
}) {
  return (
    <>
      {groups.map((g, gi) => {
        const titled = groups.length > 1 || g.tab !== null;
        return (
          <div key={g.key} className="mc-group">
            {titled && <h4>{g.tab ? `${g.tab} tab` : 'This page'}</h4>}
            {g.sections.map((s, si) => (
              <Section
                key={s.key}
                level={titled ? 5 : 4}
                group={s}
                idPrefix={`mc-f-${gi}-${si}`}
                onJump={onJump}
                noticeFor={noticeFor}
              />
            ))}
          </div>
        );
      })}
    </>
  );
}

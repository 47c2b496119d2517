/**
 * The sidebar's heading (what step, for whom) and its tools: move it to the other side of the page
 * (where the sidebar offers it), and collapse it to a tab. The heading takes focus when the worker
 * asks for the sidebar.
 */
import type { RefObject } from 'react';
import type { Prefs } from '@/entrypoints/sidebar/prefs';

export interface SidebarHeaderProps {
  headingRef: RefObject<HTMLHeadingElement | null>;
  /** The step and the person, as "Carers Conversation: Name (ID)". */
  title: string;
  dock: Prefs['dock'];
  /** Moves the sidebar to the other side; without it, no button for it. */
  onDock?: (dock: Prefs['dock']) => void;
  onCollapse: () => void;
}

export function SidebarHeader({ headingRef, title, dock, onDock, onCollapse }: SidebarHeaderProps) {
  const left = dock === 'left';
  return (
    <div className="mc-header">
      <h2 tabIndex={-1} ref={headingRef}>
        Mosaic Companion
        <span className="mc-person">{title}</span>
      </h2>
      <div className="mc-tools">
        {onDock && (
          <button
            type="button"
            className="mc-iconbtn"
            aria-label={left ? 'Move the sidebar to the right' : 'Move the sidebar to the left'}
            title={left ? 'Move to the right' : 'Move to the left'}
            onClick={() => onDock(left ? 'right' : 'left')}
          >
            <span aria-hidden="true">{left ? '⇥' : '⇤'}</span>
          </button>
        )}
        <button
          type="button"
          className="mc-iconbtn"
          aria-expanded="true"
          aria-controls="mc-panel"
          aria-label="Collapse the sidebar"
          title="Collapse"
          onClick={onCollapse}
        >
          <span aria-hidden="true">{left ? '«' : '»'}</span>
        </button>
      </div>
    </div>
  );
}

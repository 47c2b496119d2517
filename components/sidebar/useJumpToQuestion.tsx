/**
 * Going to a finding's question: focus its control and flash an outline round it; when it is on
 * another tab, or not shown, say so under the finding with one button (open that tab and go, or
 * OK). The button takes the focus once it is drawn.
 */
import { useCallback, useState, type ReactNode } from 'react';
import type { ViewFinding } from '@/lib/sidebar/view';
import { isShown } from '@/lib/page/reader/visibility';
import type { Checker } from '@/entrypoints/sidebar/checker';
import { findTabControl, focusTarget, targetOf, waitUntil } from '@/entrypoints/sidebar/jump';
import type { Overlay } from '@/entrypoints/sidebar/overlay';
import { useFocusWhenDrawn } from './useFocusWhenDrawn';

interface Notice {
  key: string;
  text: string;
  tab: string | null;
  tabControl: HTMLElement | null;
}

interface JumpInput {
  checker: Checker;
  doc: Document;
  host: HTMLElement;
  overlay: Overlay;
}

export function useJumpToQuestion({ checker, doc, host, overlay }: JumpInput) {
  const [notice, setNotice] = useState<Notice | null>(null);
  // A notice just shown: its button takes the focus once it is drawn.
  const { ref: noticeButton, focusWhenDrawn } = useFocusWhenDrawn<HTMLButtonElement>();
  const show = useCallback(
    (n: Notice) => {
      focusWhenDrawn();
      setNotice(n);
    },
    [focusWhenDrawn],
  );

  const jump = useCallback(
    (f: ViewFinding) => {
      checker.flush();
      const reading = checker.reading;
      setNotice(null);
      if (!reading) return;
      const t = targetOf(f, reading);
      if (focusTarget(t, host)) {
        overlay.flash([t.question, t.control].filter((x): x is HTMLElement => !!x));
        return;
      }
      const tabControl = f.tab ? findTabControl(doc, f.tab, host) : null;
      if (f.tab && (f.offTab || tabControl)) {
        show({
          key: f.key,
          tab: f.tab,
          tabControl,
          text: tabControl
            ? `This question is on the ${f.tab} tab.`
            : `This question is on the ${f.tab} tab. Open that tab in Mosaic to get to it.`,
        });
      } else {
        show({
          key: f.key,
          tab: null,
          tabControl: null,
          text: f.field
            ? 'This question is not shown on the page at the moment, so it cannot be selected.'
            : 'This applies to the step as a whole.',
        });
      }
    },
    [checker, doc, host, overlay, show],
  );

  const openTabAndGo = async (f: ViewFinding, n: Notice) => {
    if (!n.tabControl) return;
    n.tabControl.click();
    const win = doc.defaultView!;
    let last = 0;
    const ok = await waitUntil(
      win,
      () => {
        const reading = checker.reading;
        let t = reading ? targetOf(f, reading) : null;
        if (!t?.control || !isShown(t.control)) {
          const now = win.performance.now();
          if (now - last < 100) return false;
          last = now;
          checker.run();
          t = checker.reading ? targetOf(f, checker.reading) : null;
        }
        return !!t?.control && isShown(t.control);
      },
      3000,
    );
    setNotice(null);
    if (ok && checker.reading) {
      const t = targetOf(f, checker.reading);
      focusTarget(t, host);
      overlay.flash([t.question, t.control].filter((x): x is HTMLElement => !!x));
    }
  };

  const noticeFor = (f: ViewFinding): ReactNode => {
    if (!notice || notice.key !== f.key) return null;
    return (
      <div className="mc-notice" role="status">
        <p>{notice.text}</p>
        {notice.tabControl ? (
          <button
            type="button"
            className="mc-button mc-secondary"
            ref={noticeButton}
            onClick={() => void openTabAndGo(f, notice)}
          >
            Open the {notice.tab} tab
          </button>
        ) : (
          <button
            type="button"
            className="mc-button mc-secondary"
            ref={noticeButton}
            onClick={() => setNotice(null)}
          >
            OK
          </button>
        )}
      </div>
    );
  };

  return { jump, noticeFor };
}

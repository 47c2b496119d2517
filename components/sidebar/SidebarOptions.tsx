/**
 * The sidebar's options: outlines on the page's questions with errors, and "Page not read right?",
 * which copies a description of how the page is laid out (no answers) for the support team.
 */
import { useState } from 'react';

export interface SidebarOptionsProps {
  outline: boolean;
  onOutline: (outline: boolean) => void;
  /** Describes the page's structure for a support request, when available. */
  describe?: () => string;
}

export function SidebarOptions({ outline, onOutline, describe }: SidebarOptionsProps) {
  const [copied, setCopied] = useState('');
  const copyDescription = async () => {
    if (!describe) return;
    try {
      await navigator.clipboard.writeText(describe());
      setCopied('Copied. Paste it into your message to the support team.');
    } catch {
      setCopied('Could not copy to the clipboard. Try again.');
    }
  };
  return (
    <section className="mc-panelbox" aria-labelledby="mc-options-title">
      <h3 id="mc-options-title">Options</h3>
      <div className="mc-check">
        <input
          id="mc-outline"
          type="checkbox"
          checked={outline}
          onChange={(e) => onOutline(e.target.checked)}
        />
        <label htmlFor="mc-outline">Outline questions with errors on the page</label>
      </div>
      {describe && (
        <>
          <button
            type="button"
            className="mc-button mc-secondary"
            onClick={() => void copyDescription()}
          >
            Page not read right?
          </button>
          <p className="mc-hint">
            Copies a description of how this page is laid out (no answers) to send to support.
          </p>
          <p role="status" className="mc-success">
            {copied}
          </p>
        </>
      )}
    </section>
  );
}

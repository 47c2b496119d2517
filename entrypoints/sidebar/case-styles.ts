/**
 * The case panel's styles, added to the sidebar's (entrypoints/sidebar/styles.ts): statuses in the
 * checklist's words and colours (red overdue, amber due today, blue due soon), always with words.
 */
export const CASE_PANEL_CSS = `
.mc-ctasks { margin: 0 0 8px; }
.mc-ctask { border-left: 5px solid #b1b4b6; padding: 2px 0 2px 8px; margin: 0 0 8px; }
.mc-ctask.mc-st-overdue { border-left-color: #b3261e; }
.mc-ctask.mc-st-due-today { border-left-color: #8a4500; }
.mc-ctask.mc-st-due-soon { border-left-color: #1d70b8; }
.mc-ctask-due { display: block; font-size: 14px; color: #505a5f; }
.mc-st-overdue .mc-ctask-due { color: #b3261e; font-weight: 700; }
.mc-st-due-today .mc-ctask-due { color: #8a4500; font-weight: 700; }
.mc-ctask-cond { font-size: 14px; color: #505a5f; }
.mc-ctag { display: inline-block; font-size: 14px; font-weight: 700; text-transform: uppercase;
  padding: 0 4px; border: 1px solid currentColor; }
.mc-offer { border: 4px solid #1d70b8; padding: 8px 10px; margin: 0 0 10px; }
.mc-offer h4 { margin-top: 0; }
.mc-offer ul { list-style: disc; padding-left: 20px; }
h4:focus-visible { outline: 3px solid #ffdd00; }
`;

/**
 * The sidebar's styles, inside its shadow root. Pixel units only (the page may change the root
 * font size), nothing that reaches the page, and the host reset to `all: initial` by the UI
 * helper, but for the typeface: the sidebar is written in the page's own, so that it reads as part
 * of Mosaic and the browser loads no font for it (a font the page does not use made the sidebar's
 * first layout take two to four times as long: docs/performance.md). For the same reason, few
 * sizes and weights: 16 px and 14 px, each regular and bold, and 18 px bold for headings (the
 * finish dialog's heading aside); each other one costs the first layout that uses it. Colours
 * follow the GOV.UK palette; severity is also given in words and icons.
 */
export const SIDEBAR_CSS = `
:host { all: initial !important; font-family: inherit !important; }
html, body {
  margin: 0; padding: 0; background: transparent;
  font-family: inherit;
  font-size: 16px; line-height: 1.3; color: #0b0c0c;
  -webkit-font-smoothing: antialiased;
}
*, *::before, *::after { box-sizing: border-box; }
[hidden] { display: none !important; }

/* Laid out on its own: the page's changes, on every key typed, do not lay out the sidebar again. */
.mc-root { position: fixed; z-index: 2147483000; top: 8px; bottom: 8px; right: 8px; width: 340px;
  display: flex; flex-direction: column; contain: layout style; }
.mc-root.mc-left { right: auto; left: 8px; }
/* While the page shows a dialog of its own, it goes on top of the sidebar. */
.mc-root.mc-behind { z-index: auto; }
.mc-root.mc-collapsed { top: 30%; bottom: auto; width: auto; }

.mc-panel { display: flex; flex-direction: column; max-height: 100%; min-height: 0;
  background: #ffffff; color: #0b0c0c; border: 2px solid #0b0c0c;
  box-shadow: 0 2px 12px rgba(11, 12, 12, 0.35); }
.mc-header { display: flex; align-items: flex-start; gap: 8px; padding: 8px 10px;
  background: #1d70b8; color: #ffffff; border-bottom: 2px solid #0b0c0c; }
.mc-header h2 { margin: 0; font-size: 18px; line-height: 1.25; font-weight: 700; flex: 1 1 auto; }
.mc-header .mc-person { display: block; font-size: 14px; font-weight: 400; overflow-wrap: anywhere; }
.mc-tools { display: flex; gap: 4px; flex: 0 0 auto; }
.mc-iconbtn { font: inherit; font-size: 14px; line-height: 1; min-width: 32px; min-height: 32px; padding: 4px 6px;
  background: #ffffff; color: #0b0c0c; border: 2px solid #0b0c0c; border-radius: 0; cursor: pointer; }
/* Room kept for a scroll bar: the panels are not laid out again, narrower, when one appears. */
.mc-body { overflow: auto; scrollbar-gutter: stable; padding: 10px 12px 14px; min-height: 0; overscroll-behavior: contain; }

.mc-tabbtn { font: inherit; font-size: 16px; font-weight: 700; cursor: pointer; writing-mode: vertical-rl;
  padding: 12px 6px; background: #1d70b8; color: #ffffff; border: 2px solid #0b0c0c; border-radius: 0;
  box-shadow: 0 2px 8px rgba(11, 12, 12, 0.35); }
.mc-tabbtn .mc-tabcount { display: inline-block; margin-top: 6px; padding: 4px 2px; background: #ffffff; color: #0b0c0c; }

h3 { font-size: 18px; margin: 18px 0 8px; line-height: 1.25; }
h4 { font-size: 16px; margin: 14px 0 6px; }
h5 { font-size: 16px; margin: 10px 0 4px; font-weight: 700; color: #505a5f; }
p { margin: 0 0 8px; }
ul, ol { margin: 0 0 8px; padding: 0; list-style: none; }

.mc-summary { border: 4px solid #d4351c; padding: 10px 12px; margin: 0 0 12px; }
.mc-summary.mc-ok { border-color: #00703c; }
.mc-summary > h3 { margin-top: 0; }
.mc-summary h3:focus { outline: 3px solid #ffdd00; outline-offset: 2px; }

.mc-finding { display: grid; grid-template-columns: auto 1fr; column-gap: 6px; margin: 0 0 10px; }
.mc-sev { grid-column: 1 / -1; display: inline-flex; align-items: center; gap: 4px; font-size: 14px; font-weight: 700;
  text-transform: none; }
.mc-sev svg { width: 16px; height: 16px; flex: 0 0 16px; }
.mc-sev-error { color: #d4351c; }
.mc-sev-warning { color: #8a3e00; }
.mc-sev-info { color: #1d70b8; }
.mc-finding > .mc-link, .mc-finding > .mc-where, .mc-finding > .mc-notice { grid-column: 1 / -1; }
.mc-link { font: inherit; text-align: left; padding: 0; margin: 0; border: 0; background: none; cursor: pointer;
  color: #1d70b8; text-decoration: underline; text-underline-offset: 2px; text-decoration-thickness: 1px; }
.mc-finding-error > .mc-link { color: #d4351c; font-weight: 700; }
.mc-link:hover { color: #003078; text-decoration-thickness: 3px; }
.mc-where { font-size: 14px; color: #505a5f; }
.mc-notice { margin-top: 6px; padding: 8px; border-left: 5px solid #1d70b8; background: #f3f2f1; }
.mc-finding > .mc-teach { grid-column: 1 / -1; justify-self: start; margin-top: 4px; }
.mc-teach-banner { margin: 0 0 12px; border-left-color: #ffdd00; background: #fff7bf; }
.mc-teach-refused { border-left-color: #d4351c; }
.mc-notice[tabindex="-1"]:focus-visible, .mc-notice[tabindex="-1"]:focus { outline: 3px solid #ffdd00; outline-offset: 2px; }

.mc-button { font: inherit; font-size: 16px; line-height: 1.2; padding: 7px 10px 6px; margin: 4px 8px 4px 0;
  color: #ffffff; background: #00703c; border: 2px solid transparent; border-radius: 0;
  box-shadow: 0 2px 0 #002d18; cursor: pointer; }
.mc-button.mc-secondary { color: #0b0c0c; background: #f3f2f1; box-shadow: 0 2px 0 #929191; }
.mc-button.mc-warning { background: #d4351c; box-shadow: 0 2px 0 #55150b; }

:focus { outline: none; }
.mc-link:focus-visible { color: #0b0c0c; background: #ffdd00; box-shadow: 0 -2px #ffdd00, 0 4px #0b0c0c; text-decoration: none; outline: 3px solid transparent; }
.mc-button:focus-visible, .mc-iconbtn:focus-visible, .mc-tabbtn:focus-visible, input:focus-visible {
  outline: 3px solid #ffdd00; outline-offset: 0; box-shadow: inset 0 0 0 2px #0b0c0c, 0 0 0 3px #ffdd00; }
.mc-check input:focus-visible + label { outline: 3px solid #ffdd00; }
h2:focus-visible, h3:focus-visible { outline: 3px solid #ffdd00; }

/* A group of panels drawn in frames of its own (usePanelsInFrames.tsx): no box of its own. */
.mc-group { display: contents; }
.mc-panelbox { border-top: 1px solid #b1b4b6; }
.mc-decision { font-weight: 700; }
.mc-reasons { list-style: disc; padding-left: 20px; }
.mc-reasons li { margin-bottom: 2px; }
.mc-hint { color: #505a5f; font-size: 14px; }
.mc-inset { border-left: 5px solid #b1b4b6; padding: 4px 0 4px 10px; margin: 8px 0; }
dl { margin: 0 0 8px; display: grid; grid-template-columns: 1fr auto; gap: 4px 10px; }
dt { margin: 0; } dd { margin: 0; text-align: right; font-weight: 700; }

.mc-progress li { margin: 0 0 8px; }
.mc-bar { display: block; height: 8px; margin-top: 3px; background: #f3f2f1; border: 1px solid #505a5f; }
.mc-bar > span { display: block; height: 100%; background: #00703c; }

.mc-preflight li { margin: 0 0 10px; }
.mc-done { color: #00703c; font-weight: 700; }

.mc-check { display: flex; align-items: center; gap: 8px; margin: 8px 0; }
.mc-check input { width: 22px; height: 22px; margin: 0; accent-color: #0b0c0c; }
.mc-field { margin: 8px 0; }
.mc-field label { display: block; font-weight: 700; margin-bottom: 4px; }
.mc-field input { font: inherit; padding: 4px; border: 2px solid #0b0c0c; border-radius: 0; width: 100%; max-width: 200px; }
.mc-error-text { color: #d4351c; font-weight: 700; }
.mc-success { color: #00703c; font-weight: 700; }

.mc-visually-hidden { position: absolute !important; width: 1px !important; height: 1px !important; margin: 0 !important;
  padding: 0 !important; overflow: hidden !important; clip: rect(0 0 0 0) !important; clip-path: inset(50%) !important;
  border: 0 !important; white-space: nowrap !important; }

.mc-layer { position: fixed; inset: 0; pointer-events: none; z-index: 2147482999; }
/* With nothing outlined, the layer over the whole page is not there for the page's frames to draw. */
.mc-layer:empty { display: none; }
.mc-outline { position: fixed; pointer-events: none; border: 3px solid #d4351c; }
.mc-point { position: fixed; pointer-events: none; outline: 3px dashed #1d70b8; box-shadow: 0 0 0 6px rgba(255, 221, 0, 0.6); }
.mc-flash { position: fixed; pointer-events: none; outline: 4px solid #ffdd00; box-shadow: 0 0 0 8px #0b0c0c;
  animation: mc-fade 2s ease-out forwards; }
@keyframes mc-fade { 0%, 60% { opacity: 1; } 100% { opacity: 0; } }

.mc-backdrop { position: fixed; inset: 0; z-index: 2147483001; background: rgba(11, 12, 12, 0.55);
  display: flex; align-items: center; justify-content: center; padding: 12px; }
.mc-dialog { background: #ffffff; color: #0b0c0c; border: 4px solid #0b0c0c; padding: 16px 18px; width: 100%; max-width: 520px;
  max-height: calc(100vh - 24px); overflow: auto; }
.mc-dialog h2 { font-size: 22px; margin: 0 0 10px; }
.mc-dialog ul { list-style: disc; padding-left: 22px; margin-bottom: 14px; }

/* Narrow windows, and 200% zoom: narrower, then a bottom sheet. */
@media (max-width: 1000px) {
  .mc-root:not(.mc-collapsed) { width: 300px; }
}
@media (max-width: 699px) {
  .mc-root:not(.mc-collapsed) { top: auto; left: 0; right: 0; bottom: 0; width: auto; max-height: 50vh; }
  .mc-root:not(.mc-collapsed) .mc-panel { border-width: 2px 0 0; }
  .mc-root.mc-collapsed { top: auto; bottom: 0; }
  .mc-root.mc-collapsed .mc-tabbtn { writing-mode: horizontal-tb; padding: 6px 10px; }
  .mc-root.mc-collapsed .mc-tabbtn .mc-tabcount { margin: 0 0 0 6px; padding: 2px 4px; }
}
@media (max-height: 420px) {
  .mc-root:not(.mc-collapsed) { top: 4px; bottom: 4px; }
}

@media (prefers-reduced-motion: reduce) {
  .mc-flash { animation: none; }
  * { transition: none !important; scroll-behavior: auto !important; }
}

@media (forced-colors: active) {
  .mc-panel, .mc-dialog, .mc-summary, .mc-iconbtn, .mc-tabbtn, .mc-button { border: 2px solid CanvasText; }
  .mc-header { border-bottom: 2px solid CanvasText; }
  .mc-link { color: LinkText; }
  .mc-link:focus-visible, .mc-button:focus-visible, .mc-iconbtn:focus-visible, .mc-tabbtn:focus-visible {
    outline: 3px solid Highlight; background: Canvas; color: LinkText; }
  .mc-outline { border-color: Highlight; }
  .mc-point { outline-color: Highlight; box-shadow: none; }
  .mc-flash { outline-color: Highlight; box-shadow: none; }
  .mc-bar > span { background: Highlight; forced-color-adjust: none; }
  .mc-sev svg { forced-color-adjust: auto; }
}
`;

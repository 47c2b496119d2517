/**
 * The sidebar's frame while it starts, drawn before the whole sidebar (App.tsx) takes its place:
 * the first drawing of the sidebar is the rendering library's first run in the page, long on a
 * slow laptop, and drawn with this small one first, in a frame of its own, the two are two short
 * tasks rather than one long one (entrypoints/sidebar/checked.tsx, docs/performance.md).
 */
export function SidebarStarting({ left }: { left: boolean }) {
  return (
    <aside className={left ? 'mc-root mc-left' : 'mc-root'} aria-label="Mosaic Companion">
      <div className="mc-panel">
        <div className="mc-body">
          <p>Checking this page…</p>
        </div>
      </div>
    </aside>
  );
}

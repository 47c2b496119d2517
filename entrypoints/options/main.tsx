import { createRoot } from 'react-dom/client';
import { RULES } from '@/lib/rules';
import { SettingsPage } from '@/components/options/SettingsPage';
import '@/components/options/options.css';

const rules = RULES.map((r) => ({ id: r.id, severity: r.severity, fields: r.fields }));

function Options() {
  return (
    <main className="mc-main">
      <h1>Mosaic Companion settings</h1>
      <SettingsPage rules={rules} />
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<Options />);

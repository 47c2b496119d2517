import { createRoot } from 'react-dom/client';

function Options() {
  return (
    <main>
      <h1>Mosaic Companion settings</h1>
      <form data-testid="mc-settings" />
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<Options />);

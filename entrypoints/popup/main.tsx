import { createRoot } from 'react-dom/client';

function Checklist() {
  return (
    <main>
      <h1>Deadlines</h1>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<Checklist />);

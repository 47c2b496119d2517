import { createRoot } from 'react-dom/client';
import { Checklist } from '@/components/popup/Checklist';
import { browserServices } from './services';
import '@/components/popup/checklist.css';

void browserServices().then((services) => {
  // In a tab the checklist uses the width of the window; in the toolbar popup about 380 px.
  if (!services.tabAddress) document.body.classList.add('mc-in-tab');
  createRoot(document.getElementById('root')!).render(<Checklist services={services} />);
});

import { createRoot } from 'react-dom/client';
import { Checklist } from '@/components/popup/Checklist';
import { browserServices } from '@/components/popup/services';
import '@/components/popup/checklist.css';

const services = browserServices();
if (!services.tabAddress) document.body.classList.add('mc-in-tab');
createRoot(document.getElementById('root')!).render(<Checklist services={services} />);

/**
 * The background service worker. Every listener is registered synchronously here, at the top level
 * of the worker's start, so that events which wake the worker are never missed.
 */
import { listen } from './router';
import { registerSidebar } from './sidebar';
import { registerSettings } from './settings';
import { registerRegistration } from './registration';
import { registerDeadlines } from './deadlines';
import { registerSteps } from './steps';
import { registerTaughtLabels } from './taught-labels';

export default defineBackground(() => {
  listen();
  registerSidebar();
  registerSettings();
  registerRegistration();
  registerDeadlines();
  registerSteps();
  registerTaughtLabels();
});

/** The effective settings for the other scripts. */
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { handle } from './router';

export function registerSettings(): void {
  handle('get-settings', async () => DEFAULT_SETTINGS);
}

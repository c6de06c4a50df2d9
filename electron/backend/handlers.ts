import type { HandlerMap } from './core/handler';
import { appHandlers } from './app/handlers';
import { organizationsHandlers } from './organizations/handlers';
import { settingsHandlers } from './settings/handlers';
import { setupHandlers } from './setup/handlers';

/** The one handler map every host serves; the compiler checks it covers the whole contract. */
export const handlers: HandlerMap = {
  ...appHandlers,
  ...setupHandlers,
  ...settingsHandlers,
  ...organizationsHandlers,
};

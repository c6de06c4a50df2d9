import type { HandlerMap } from './core/handler';
import { appHandlers } from './app/handlers';
import { exchangeHandlers } from './exchange/handlers';
import { filesHandlers } from './files/handlers';
import { printHandlers } from './files/printHandlers';
import { geoHandlers } from './geo/handlers';
import { membersHandlers } from './members/handlers';
import { organizationsHandlers } from './organizations/handlers';
import { settingsHandlers } from './settings/handlers';
import { setupHandlers } from './setup/handlers';
import { unionsHandlers } from './organizations/unionHandlers';
import { campaignsHandlers } from './campaigns/handlers';
import { clustersHandlers } from './clusters/handlers';
import { statisticsHandlers } from './statistics/handlers';
import { awardsHandlers } from './awards/handlers';
import { proposalsHandlers } from './proposals/handlers';
import { certificatesHandlers } from './certificates/handlers';
import { reportsHandlers } from './reports/handlers';
import { dashboardHandlers } from './dashboard/handlers';
import { diagnosticsHandlers } from './diagnostics/handlers';
import { grassrootsFormsHandlers } from './grassrootsForms/handlers';
import { upwardHandlers } from './upward/handlers';
import { upperRollupHandlers } from './upperRollup/handlers';
import { auditHandlers } from './audit/handlers';

/** The one handler map every host serves; the compiler checks it covers the whole contract. */
export const handlers: HandlerMap = {
  ...appHandlers,
  ...setupHandlers,
  ...settingsHandlers,
  ...organizationsHandlers,
  ...geoHandlers,
  ...unionsHandlers,
  ...membersHandlers,
  ...exchangeHandlers,
  ...filesHandlers,
  ...printHandlers,
  ...campaignsHandlers,
  ...clustersHandlers,
  ...statisticsHandlers,
  ...awardsHandlers,
  ...proposalsHandlers,
  ...certificatesHandlers,
  ...reportsHandlers,
  ...dashboardHandlers,
  ...diagnosticsHandlers,
  ...grassrootsFormsHandlers,
  ...upwardHandlers,
  ...upperRollupHandlers,
  ...auditHandlers,
};

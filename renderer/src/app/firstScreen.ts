import { askEarly } from '../api/client';
import { currentRoute } from './routeNames';
import { printRoute } from './printHash';
import { loadPrintDocument } from '../print/documentLoaders';

/**
 * What a window's first screen needs, asked from its entry, so that the backend answers and the
 * code arrives while the rest of the window's code loads and React draws, instead of one after
 * another once each part is drawn. Who we are and the settings in every window; a print window's
 * document code; when it opens on the dashboard (the app's first screen), the dashboard's code
 * and, for a set-up office, the figures its cards ask for (the same channels and inputs).
 */
export function startFirstScreen(): void {
  const info = askEarly('app:info', {});
  const settings = askEarly('settings:get', {});
  const print = printRoute();
  if (print) loadPrintDocument(print.name)?.catch(() => undefined); // drawing the document shows a failure
  const onDashboard = () => !printRoute() && currentRoute() === 'dashboard';
  if (!onDashboard()) return;
  import('../features/dashboard/DashboardPage').catch(() => undefined); // drawing the screen loads it again and shows a failure
  void Promise.all([info, settings]).then(([infoAnswer, settingsAnswer]) => {
    if (!infoAnswer.ok || !settingsAnswer.ok || !infoAnswer.value.setupDone || !onDashboard()) return;
    void askEarly('dashboard:year', { year: settingsAnswer.value['office.workingYear'] });
    void askEarly('organizations:summary', {});
    void askEarly('backups:status', {});
  });
}

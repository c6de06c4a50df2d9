import { printRoute } from './app/printHash';
import { startFirstScreen } from './app/firstScreen';
import './app/global.css';

// The backend answers the first screen's calls while the window's code loads.
startFirstScreen();
// A print window loads the print documents only; the app window its shell and screens. Nothing heavy
// is imported before this choice, so each window's chunks are asked for at once, all together.
const start = printRoute() ? import('./print/PrintApp').then((m) => m.startPrintWindow) : import('./app/App').then((m) => m.startAppWindow);
await (await start)();

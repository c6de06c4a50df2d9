import { printRoute } from './app/printHash';
import './app/global.css';

// A print window loads the print documents only; the app window its shell and screens. Nothing is
// imported before this choice, so each window's chunks are asked for at once, all together.
const start = printRoute() ? import('./print/PrintApp').then((m) => m.startPrintWindow) : import('./app/App').then((m) => m.startAppWindow);
await (await start)();

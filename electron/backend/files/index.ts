/** The files domain's public surface: what other backend domains may call. */
export { chosenTarget, exportsDir, exportTarget, uniqueFile } from './exportPath';
export { assertRestorableSource, backendSources, withGrantedTarget } from './targets';

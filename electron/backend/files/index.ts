/** The files domain's public surface: what other backend domains may call. */
export { chosenTarget, exportsDir, exportTarget, uniqueFile } from './exportPath';
export { withGrantedTarget } from './targets';

/** The grassrootsForms domain's public surface: what other backend domains may call. */
export { loadFormCatalogue } from './catalogue';
export { rollUpFigures } from './rollup';

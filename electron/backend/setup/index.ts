/** The setup domain's public surface: what other backend domains may call. */
export { hasDemoData } from './demoData';

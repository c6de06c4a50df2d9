/** The seed domain's public surface: what other backend domains may call. */
export { writeDemoData } from './writeDemo';

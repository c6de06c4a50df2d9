/** The clusters domain's public surface: what other backend domains may call. */
export { appendCriteria } from './appendCriteria';
export { deleteCluster } from './clusterService';
export { rankSheet } from './ranking';
export { requireSheetRow } from './sheetRepository';
export { clusterDemoWriters } from './demoRows';

/** The statistics domain's public surface: what other backend domains may call. */
export { awardPeriodOf, ownDecisionsIn } from './awardPeriod';
export { decisionsAfterCutoff } from './decisionsAfterCutoff';
export { type UnionAtCutoff, unionsAtCutoff } from './figureContext';
export { FigureSession } from './figureSession';
export { computeYearFigures, type FigureOptions, officeTargets, periodOf } from './yearFigures';
export { statisticsDemoWriters } from './demoRows';

/** The imports domain's public surface: what other backend domains may call. */
export { undoableDeletes } from './deletions';
export { listImports } from './list';
export { saveRecording, startRecording } from './record';
export { undoImport } from './undo';
export { recordedForUndo } from './withUndo';

/** The documents domain's public surface: what other backend domains may call. */
export { officialDocxTemplate, TEXT_WIDTH } from './officialDocx';
export { renderWordTemplate, replaceWordTemplate, restoreWordTemplate, wordTemplateStatus } from './wordTemplates';
export { PAGE_BREAK, type ParagraphStyle, wordCell, wordLoop, wordParagraph, wordRow, wordRun, wordTable } from './wordXml';
export { addPrintedSheet, addTitleRow, type PrintedColumn } from './printedSheet';

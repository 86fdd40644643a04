export * from './model';
export * from './context';
export * from './documents';
export { annexTable } from './specification';
export { designFileName, exportFileName } from './file-name';
export { buildPathwayDocument, type PathwayDocumentContext } from './pathway';

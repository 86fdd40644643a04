export * from './model';
export * from './context';
export * from './documents';
export { annexTable } from './specification';
export { exportFileName } from './file-name';

export * from './engine';
export * from './lineage';
export * from './designs';
export * from './kinds';

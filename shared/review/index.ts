export * from './compare';
export * from './merge';
export * from './describe';

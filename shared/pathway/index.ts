export * from './model';
export * from './parse';
export * from './analysis';
export * from './checks';
export * from './json-schema';

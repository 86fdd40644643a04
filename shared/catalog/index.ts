export * from './schemas';
export * from './catalog';

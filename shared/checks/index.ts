export * from './types';
export * from './verbs';
export * from './labels';
export * from './workload';
export * from './alignment';
export * from './schedule';
export * from './registry';
export * from './report';

export * from './types';
export * from './verbs';
export * from './labels';
export * from './workload-totals';
export * from './alignment-matrix';
export * from './schedule';
export * from './registry';
export * from './report';

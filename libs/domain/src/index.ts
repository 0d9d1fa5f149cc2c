export * from './errors';
export * from './article';
export * from './limits';
export * from './roles';
export * from './tiptap';
export * from './api-types';

import type { AreaHandlers, HandlerContext } from './handler-types';

/** Reference data for a language, and the bundled examples. */
export function catalogHandlers({ services }: HandlerContext): AreaHandlers<'catalog'> {
  const { catalog, examples } = services;
  return {
    'catalog.get': ({ language }) => catalog.get(language),
    'catalog.examples': () => examples.list(),
    'catalog.example': ({ id }) => examples.get(id),
  };
}

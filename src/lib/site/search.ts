/**
 * Compatibility path: src/integrations/search-index.ts (being changed by another engineer)
 * imports the indexer's page preparation from here. The module is ./search/indexed-html.ts;
 * import that in new code, and delete this file once the integration does.
 */
export { indexedRegion, spaceBetweenTags } from './search/indexed-html.ts';

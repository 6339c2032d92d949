export { presentInstrument } from "./catalogue.presenter";
export { catalogueRoutes, institutionRoutes } from "./catalogue.routes";
export { staffedInstrumentIds } from "./catalogue-rows";
export { buildSearchText } from "./search-text";
export { catalogueSearchIndex, type CatalogueSearch } from "./catalogue-search";
export { SearchIndex, type RankedInstrument, type SearchDocument } from "./search-index";
export { thesaurusRoutes } from "./thesaurus.routes";

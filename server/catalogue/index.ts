export { presentInstrument } from "./catalogue.presenter";
export { catalogueRoutes, institutionRoutes } from "./catalogue.routes";
export { staffedInstrumentIds } from "./catalogue.service";
export { buildSearchText } from "./search-text";
export { thesaurusRoutes } from "./thesaurus.routes";

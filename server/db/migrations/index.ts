import { InitialSchema1763856000000 } from "./1763856000000-initial-schema";
import { CatalogueSearchIndex1763950000000 } from "./1763950000000-catalogue-search-index";

/** Every migration, in the order it runs. */
export const MIGRATIONS: Function[] = [InitialSchema1763856000000, CatalogueSearchIndex1763950000000];

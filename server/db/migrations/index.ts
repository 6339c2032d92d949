import { InitialSchema1763856000000 } from "./1763856000000-initial-schema";

/** Every migration, in the order it runs. */
export const MIGRATIONS: Function[] = [InitialSchema1763856000000];

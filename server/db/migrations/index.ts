import { InitialSchema1763856000000 } from "./1763856000000-initial-schema";
import { StaffWorkspace1763900000000 } from "./1763900000000-staff-workspace";

/** Every migration, in the order it runs. */
export const MIGRATIONS: Function[] = [InitialSchema1763856000000, StaffWorkspace1763900000000];

import { InitialSchema1763856000000 } from "./1763856000000-initial-schema";
import { StaffWorkspace1763900000000 } from "./1763900000000-staff-workspace";
import { CalendarFeeds1763942400000 } from "./1763942400000-calendar-feeds";

/** Every migration, in the order it runs. */
export const MIGRATIONS: Function[] = [InitialSchema1763856000000, StaffWorkspace1763900000000, CalendarFeeds1763942400000];

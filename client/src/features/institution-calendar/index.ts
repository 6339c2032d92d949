/** The institution calendar: all of an institution's instruments on one day or week timeline. */
export { barsOf, placeBar, rangeOf } from "./timeline";

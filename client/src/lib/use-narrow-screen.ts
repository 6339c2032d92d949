import { useSyncExternalStore } from "react";

const QUERY = "(max-width: 640px)";

/** True on phone-sized screens (the same breakpoint as the stylesheet), updated when the window is resized. */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const media = window.matchMedia(QUERY);
      media.addEventListener("change", onChange);
      return () => media.removeEventListener("change", onChange);
    },
    () => window.matchMedia(QUERY).matches,
    () => false,
  );
}

/** The consultation desk's pages are loaded lazily from app/routes.tsx. */
export {};

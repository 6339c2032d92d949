// MiniSearch's radix tree is a public entry point ("minisearch/SearchableMap" in its package exports), which the
// project's "node" module resolution does not read: its types, from where they lie.
declare module "minisearch/SearchableMap" {
  export { default } from "minisearch/dist/es/SearchableMap";
}

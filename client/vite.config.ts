import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import path from "node:path";

/** The web client: built into dist/client and served by Express; `npm run dev:client` proxies /api to the server. */
export default defineConfig({
  root: __dirname,
  plugins: [react()],
  build: { outDir: path.resolve(__dirname, "../dist/client"), emptyOutDir: true },
  server: { port: 5173, proxy: { "/api": "http://localhost:3000", "/ical": "http://localhost:3000" } },
});

import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import path from "node:path";

const apiPort = process.env.API_PORT ?? "3000";

/** The web client: built into dist/client and served by Express; `npm run dev` proxies /api to the server. */
export default defineConfig({
  root: __dirname,
  plugins: [react()],
  // The manifest tells scripts/bundle-size.mjs which chunks the catalogue (the entry) loads.
  build: {
    outDir: path.resolve(__dirname, "../dist/client"),
    emptyOutDir: true,
    chunkSizeWarningLimit: 600,
    manifest: true,
  },
  server: { port: Number(process.env.CLIENT_PORT ?? 5173), proxy: { "/api": `http://localhost:${apiPort}`, "/ical": `http://localhost:${apiPort}` } },
});

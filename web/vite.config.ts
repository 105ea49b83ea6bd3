import preact from "@preact/preset-vite";
import { defineConfig } from "vite";

// Built into dist/web and served by `unspun serve`; no external assets, so it works offline.
export default defineConfig({
  root: import.meta.dirname,
  base: "/",
  plugins: [preact()],
  build: { outDir: "../dist/web", emptyOutDir: true, modulePreload: { polyfill: false }, assetsInlineLimit: 0 },
});

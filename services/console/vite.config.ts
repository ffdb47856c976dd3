import preact from "@preact/preset-vite";
import { defineConfig } from "vite";

// Served by the control API at /console/, from the same origin as /v1.
export default defineConfig({
  base: "/console/",
  plugins: [preact()],
  build: { outDir: "dist", emptyOutDir: true, sourcemap: false, target: "es2022" },
});

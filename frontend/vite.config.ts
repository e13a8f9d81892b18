/// <reference types="vitest/config" />
import { fileURLToPath, URL } from "node:url";

import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// In development the API runs on 127.0.0.1:8000 (make run) and Vite proxies /api to it, so the
// browser sees one origin and the refresh cookie (path /api/v1/auth) works as in production.
const API_ORIGIN = process.env.API_ORIGIN ?? "http://127.0.0.1:8000";

export default defineConfig({
  plugins: [react(), tailwindcss()],
  resolve: {
    alias: { "@": fileURLToPath(new URL("./src", import.meta.url)) },
  },
  server: {
    host: "127.0.0.1",
    port: 5173,
    strictPort: true,
    proxy: { "/api": { target: API_ORIGIN, changeOrigin: false } },
  },
  build: {
    target: "es2022",
    sourcemap: false,
    // Read by scripts/bundle-report.mjs (route sizes and budgets).
    manifest: true,
    chunkSizeWarningLimit: 600,
  },
  test: {
    environment: "jsdom",
    globals: true,
    setupFiles: ["./src/test/setup.ts"],
    include: ["src/**/*.test.{ts,tsx}", "scripts/**/*.test.mjs"],
    restoreMocks: true,
    css: false,
  },
});

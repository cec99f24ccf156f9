// Layering: UI/CLI → adapters → core. src/core stays pure (no office-js, React, exceljs, node built-ins, DOM).
import js from "@eslint/js";
import tseslint from "typescript-eslint";

const nodeBuiltins = ["fs", "path", "os", "child_process", "http", "https", "net", "crypto", "stream", "url", "util", "zlib", "worker_threads"];
const forbidInCore = [
  ...nodeBuiltins.flatMap((m) => [m, `node:${m}`, `${m}/*`, `node:${m}/*`]),
  "react", "react-dom", "react-dom/*", "@fluentui/*", "exceljs", "jszip", "pdfjs-dist", "pdfjs-dist/*",
  "@microsoft/office-js", "office-addin-*", "htmlparser2",
];

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-artifacts/**", "**/*.js", "**/*.mjs"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/core/**/*.ts"],
    languageOptions: { globals: {} },
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [
          { group: forbidInCore, message: "src/core is pure TypeScript: no office-js, React, exceljs, node built-ins or DOM." },
          { group: ["**/adapters/**", "**/taskpane/**", "**/cli/**"], message: "Imports point downward: core never imports adapters, UI or CLI." },
        ],
      }],
      "no-restricted-globals": ["error", "window", "document", "Excel", "Office", "navigator", "process", "require", "Buffer"],
    },
  },
  {
    files: ["src/adapters/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [{ group: ["**/taskpane/**", "**/cli/**"], message: "Adapters never import the UI or the CLI." }],
      }],
    },
  },
);

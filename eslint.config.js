// Flat ESLint config. typescript-eslint's recommended rules everywhere; a few type-aware
// rules on TypeScript (the ones that catch a forgotten `await context.sync()` or a promise
// dropped in an event handler, which are cheap next to full type-checked presets); the
// React hooks rules; and eslint-plugin-office-addins' load/sync rules on the code that
// talks to Excel.
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import officeAddins from "eslint-plugin-office-addins";

// The plugin's own `configs.recommended` bundles prettier, an older typescript-eslint parser
// and eslint:recommended; we only want its Office rules, so we take those by name.
const officeRules = {
  "office-addins/call-sync-after-load": "error",
  "office-addins/call-sync-before-read": "error",
  "office-addins/load-object-before-read": "error",
  "office-addins/no-context-sync-in-loop": "error", // the architecture wants O(1) syncs
  "office-addins/no-empty-load": "error",
  "office-addins/no-navigational-load": "error",
  "office-addins/no-office-initialize": "error",
  "office-addins/test-for-null-using-isNullObject": "error",
};

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "coverage/", "test-results/", "out/", "tmp/"] },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
      "@typescript-eslint/await-thenable": "error",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["**/*.tsx", "src/taskpane/**/*.ts", "src/preview/**/*.ts"],
    plugins: { "react-hooks": reactHooks },
    rules: { ...reactHooks.configs.recommended.rules, "react-hooks/exhaustive-deps": "error" },
  },
  {
    files: ["src/**/*.ts", "src/**/*.tsx"],
    // The in-memory Excel implements load/sync rather than calling them; its callers are linted.
    ignores: ["src/workbook/memory/**"],
    plugins: { "office-addins": officeAddins },
    rules: officeRules,
  },
  {
    // The Office operations legitimately sync once per chunk (Excel on the web's 5 MB limit)
    // and wrap context.sync() to turn Excel's errors into messages, which these name-based
    // rules cannot see through. There the strict in-memory Excel is the guard (its tests
    // count syncs and throw PropertyNotLoaded), so the rules only warn.
    files: ["src/workbook/office/**/*.ts"],
    rules: {
      "office-addins/no-context-sync-in-loop": "warn",
      "office-addins/call-sync-before-read": "warn",
      "office-addins/load-object-before-read": "warn",
    },
  },
  {
    // Node scripts and config files in plain JS: no type information, Node globals.
    files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);

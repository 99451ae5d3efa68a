import tseslint from 'typescript-eslint'
import pluginVue from 'eslint-plugin-vue'
import vueParser from 'vue-eslint-parser'
import prettier from 'eslint-config-prettier'
import importX from 'eslint-plugin-import-x'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import { readdirSync } from 'node:fs'

const uiLibs = [
  'vue',
  'vue-*',
  '@vue/*',
  'pinia',
  'element-plus',
  'element-plus/*',
  '@element-plus/*'
]
const nodeOnly = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'http',
  'crypto',
  'lowdb',
  'lowdb/*'
]
const forbidFolders = (...folders) =>
  folders.map((f) => ({
    group: [`**/${f}/**`, `**/${f}`],
    message: `The dependency rule forbids importing src/${f} here (see ARCHITECTURE.md).`
  }))
// src/shared is reached by its alias from everywhere else, never by climbing ../../shared.
const sharedByAlias = {
  regex: '^(\\./|(\\.\\./)+)shared(/|$)',
  message: 'Import src/shared as @shared/… (the alias), not by a relative path.'
}
const restrict = (patterns) => ({
  'no-restricted-imports': ['error', { patterns: [...patterns, sharedByAlias] }]
})
// Test harnesses, fixtures and kits live in testing/ folders (or *.fixture.ts files) that only
// tests, benchmarks and other harnesses may import.
const testFiles = ['**/*.test.ts', '**/testing/**', '**/*.fixture.ts']
const testOnly = {
  group: ['**/testing/**', '**/testing', '**/*.fixture', '**/*.fixture.ts', '**/fixtures/**'],
  message: 'Test harnesses (testing/ folders, *.fixture.ts) are for tests only.'
}
/**
 * One dependency rule for a folder: its tests follow `patterns`; its production files also skip
 * harnesses and follow `productionPatterns`.
 */
const layer = (files, patterns, productionPatterns = []) => [
  { files, rules: restrict(patterns) },
  { files, ignores: testFiles, rules: restrict([...patterns, testOnly, ...productionPatterns]) }
]

// Rooms inside src/core (see ARCHITECTURE.md): shared rooms serve every feature and import none;
// a feature imports the shared rooms, src/shared, the core's own files and another feature only
// through that feature's entry point (`../<feature>`, its index.ts). Every other folder is a feature.
const sharedRooms = ['storage', 'schema', 'io', 'pdf', 'jobs']
const coreFeatures = readdirSync(new URL('./src/core', import.meta.url), { withFileTypes: true })
  .filter((e) => e.isDirectory() && e.name !== 'testing' && !sharedRooms.includes(e.name))
  .map((e) => e.name)
const anyOf = (names) => `(${names.join('|')})`
const coreOuter = [
  ...forbidFolders('main', 'preload', 'web', 'cli', 'renderer'),
  {
    group: ['electron', ...uiLibs],
    message: 'src/core never imports Electron or UI libraries.'
  }
]
const intoFeature = (names) => ({
  regex: `^(\\./|(\\.\\./)+)${anyOf(names)}/`,
  message: 'Import another core feature only through its entry point (../<feature>), not its files.'
})
const coreRooms = [
  ...layer(['src/core/*.ts'], coreOuter, [intoFeature(coreFeatures)]),
  ...sharedRooms.flatMap((room) =>
    layer([`src/core/${room}/**/*.ts`], coreOuter, [
      {
        regex: `^(\\.\\./)+${anyOf(coreFeatures)}(/|$)`,
        message: `src/core/${room} is a shared room: it serves the features and imports none.`
      }
    ])
  ),
  ...coreFeatures.flatMap((feature) =>
    layer([`src/core/${feature}/**/*.ts`], coreOuter, [
      intoFeature(coreFeatures.filter((f) => f !== feature))
    ])
  )
]

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'resources/**'
    ]
  },
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    // plain CommonJS launchers and build helpers (bin/dais.cjs, scripts/cli-bundle.cjs)
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' }
  },
  {
    files: ['**/*.vue'],
    languageOptions: {
      parser: vueParser,
      parserOptions: { parser: tseslint.parser, sourceType: 'module' }
    }
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
      ],
      'vue/no-v-html': 'error'
    }
  },
  ...layer(
    ['src/shared/**/*.ts'],
    [
      ...forbidFolders('core', 'main', 'preload', 'web', 'cli', 'renderer'),
      {
        group: ['electron', ...uiLibs, ...nodeOnly],
        message: 'src/shared is runtime-neutral: no Node, Electron or UI imports.'
      }
    ]
  ),
  ...layer(['src/core/**/*.ts'], coreOuter),
  ...coreRooms,
  {
    files: ['src/core/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.node.json' })]
    },
    rules: { 'import-x/no-cycle': 'error' }
  },
  ...layer(
    ['src/main/**/*.ts'],
    [
      ...forbidFolders('preload', 'web', 'cli', 'renderer'),
      { group: uiLibs, message: 'Only the renderer imports UI libraries.' }
    ]
  ),
  ...layer(
    ['src/preload/**/*.ts'],
    [
      ...forbidFolders('core', 'main', 'web', 'cli', 'renderer'),
      {
        group: [...uiLibs, 'zod'],
        message: 'The preload imports only electron and src/shared method names.'
      }
    ]
  ),
  ...layer(
    ['src/web/**/*.ts', 'src/cli/**/*.ts'],
    [
      ...forbidFolders('main', 'preload', 'renderer'),
      { group: ['electron', ...uiLibs], message: 'web/ and cli/ run in plain Node.' }
    ]
  ),
  ...layer(
    ['src/renderer/**/*.{ts,vue}'],
    [
      ...forbidFolders('core', 'main', 'preload', 'web', 'cli'),
      {
        group: ['electron', ...nodeOnly],
        message: 'The renderer talks to the app only through api.ts.'
      }
    ]
  ),
  {
    files: ['src/renderer/**/*.{ts,vue}'],
    ignores: ['**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@shared/entities',
                '@shared/contract',
                '@shared/*/entities',
                '@shared/*/contract',
                '@shared/contract-part',
                'zod'
              ],
              allowTypeImports: true,
              message:
                'Type imports only: zod in the renderer bundle probes eval, which the CSP reports. Use @shared/records for values.'
            }
          ]
        }
      ]
    }
  },
  {
    // ElInputNumber's `precision` rounds what was typed without a word; NumberField's `decimals`
    // refuses it on the field instead.
    files: ['src/renderer/**/*.vue'],
    rules: {
      'vue/no-restricted-v-bind': [
        'error',
        { argument: 'precision', message: 'Use NumberField with `decimals`: precision rounds.' }
      ],
      'vue/no-restricted-static-attribute': [
        'error',
        { key: 'precision', message: 'Use NumberField with `decimals`: precision rounds.' }
      ]
    }
  },
  {
    // Rooms a person can hold in their head: a function over 120 lines says why at its top, with
    // `// eslint-disable-next-line max-lines-per-function -- <the reason>`.
    files: ['src/**/*.{ts,vue}'],
    ignores: testFiles,
    rules: {
      'max-lines-per-function': ['error', { max: 120, skipBlankLines: true, skipComments: true }]
    }
  },
  {
    // Likewise a component over 350 lines says why at the top of its script, with
    // `/* eslint-disable max-lines -- <the reason> */`.
    files: ['src/**/*.vue'],
    rules: {
      'max-lines': ['error', { max: 350, skipBlankLines: true, skipComments: true }]
    }
  },
  prettier
)

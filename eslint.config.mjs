import tseslint from 'typescript-eslint'
import pluginVue from 'eslint-plugin-vue'
import vueParser from 'vue-eslint-parser'
import prettier from 'eslint-config-prettier'

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
const restrict = (patterns) => ({
  'no-restricted-imports': ['error', { patterns }]
})
// Test harnesses, fixtures and kits live in testing/ folders (or *.fixture.ts files) that only
// tests, benchmarks and other harnesses may import.
const testFiles = ['**/*.test.ts', '**/testing/**', '**/*.fixture.ts']
const testOnly = {
  group: ['**/testing/**', '**/testing', '**/*.fixture', '**/*.fixture.ts', '**/fixtures/**'],
  message: 'Test harnesses (testing/ folders, *.fixture.ts) are for tests only.'
}
/** One dependency rule for a folder: its tests follow it, its production files also skip harnesses. */
const layer = (files, patterns) => [
  { files, rules: restrict(patterns) },
  { files, ignores: testFiles, rules: restrict([...patterns, testOnly]) }
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
  ...layer(
    ['src/core/**/*.ts'],
    [
      ...forbidFolders('main', 'preload', 'web', 'cli', 'renderer'),
      {
        group: ['electron', ...uiLibs],
        message: 'src/core never imports Electron or UI libraries.'
      }
    ]
  ),
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
                '**/shared/entities',
                '**/shared/contract',
                '**/shared/*/entities',
                '**/shared/*/contract',
                '**/shared/contract-part',
                'zod'
              ],
              allowTypeImports: true,
              message:
                'Type imports only: zod in the renderer bundle probes eval, which the CSP reports. Use shared/records for values.'
            }
          ]
        }
      ]
    }
  },
  prettier
)

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
  {
    files: ['src/shared/**/*.ts'],
    rules: restrict([
      ...forbidFolders('core', 'main', 'preload', 'web', 'cli', 'renderer'),
      {
        group: ['electron', ...uiLibs, ...nodeOnly],
        message: 'src/shared is runtime-neutral: no Node, Electron or UI imports.'
      }
    ])
  },
  {
    files: ['src/core/**/*.ts'],
    rules: restrict([
      ...forbidFolders('main', 'preload', 'web', 'cli', 'renderer'),
      {
        group: ['electron', ...uiLibs],
        message: 'src/core never imports Electron or UI libraries.'
      }
    ])
  },
  {
    files: ['src/main/**/*.ts'],
    rules: restrict([
      ...forbidFolders('preload', 'web', 'cli', 'renderer'),
      { group: uiLibs, message: 'Only the renderer imports UI libraries.' }
    ])
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: restrict([
      ...forbidFolders('core', 'main', 'web', 'cli', 'renderer'),
      {
        group: [...uiLibs, 'zod'],
        message: 'The preload imports only electron and src/shared method names.'
      }
    ])
  },
  {
    files: ['src/web/**/*.ts', 'src/cli/**/*.ts'],
    rules: restrict([
      ...forbidFolders('main', 'preload', 'renderer'),
      { group: ['electron', ...uiLibs], message: 'web/ and cli/ run in plain Node.' }
    ])
  },
  {
    files: ['src/renderer/**/*.{ts,vue}'],
    rules: restrict([
      ...forbidFolders('core', 'main', 'preload', 'web', 'cli'),
      {
        group: ['electron', ...nodeOnly],
        message: 'The renderer talks to the app only through api.ts.'
      }
    ])
  },
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

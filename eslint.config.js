import js from '@eslint/js'
import boundaries from 'eslint-plugin-boundaries'
import tseslint from 'typescript-eslint'

/**
 * The folders of src/, top to bottom: a folder imports its own files and the layers below it, nothing beside
 * or above it. The core imports nothing of the project. The action's entry (src/index.ts, src/main.ts) and the
 * command line (src/cli) both drive the run (src/run), which reports through a sink: GitHub's is src/github.
 */
export const LAYERS = [
  ['entry', 'cli'],
  ['run', 'github'],
  ['config', 'sources', 'lifecycle', 'report', 'aws'],
  ['policy', 'wait'],
  ['core']
]

const types = LAYERS.flat()
const below = (layer) => LAYERS.slice(layer + 1).flat()
const importRules = LAYERS.flatMap((layer, i) =>
  layer.map((type) => ({
    from: { element: { type } },
    disallow: {
      to: { element: { types: { anyOf: types.filter((t) => t !== type && !below(i).includes(t)).concat('outside') } } }
    }
  }))
)

export default tseslint.config(
  { ignores: ['dist/', 'build/', 'node_modules/', 'coverage/', '__tests__/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
    }
  },
  {
    files: ['src/**/*.ts'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { typescript: { project: './tsconfig.json' } },
      'boundaries/include': ['src/**/*', 'sim/**/*', 'bench/**/*', 'scripts/**/*', '__tests__/**/*'],
      'boundaries/elements': [
        ...types.filter((t) => t !== 'entry').map((type) => ({ type, pattern: `src/${type}` })),
        // Checked in order: what is not in a folder above is the entry (src/index.ts, src/main.ts).
        { type: 'entry', pattern: 'src' },
        { type: 'outside', pattern: ['sim', 'bench', 'scripts', '__tests__'] }
      ]
    },
    rules: {
      // Prettier wraps code at 120; this catches what it cannot wrap (long strings and comments).
      'max-len': ['error', { code: 120, ignoreUrls: true }],
      'boundaries/dependencies': ['error', { default: 'allow', policies: importRules }],
      'boundaries/no-unknown-files': 'error',
      // The run knows no runner: only the action's own files speak to GitHub.
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@actions/*'], message: 'GitHub is spoken to from src/github and the entry only' }] }
      ]
    }
  },
  {
    // A plain log line is written as it is, and the runner obeys a line that starts with `::`: every one goes
    // through src/github/log.ts, which keeps text from AWS or GitHub from acting.
    files: ['src/**/*.ts'],
    ignores: ['src/github/log.ts', 'src/cli/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='core'][property.name='info']",
          message: 'log through src/github/log.ts (logLine), which keeps outside text from acting'
        },
        { selector: "MemberExpression[object.name='console']", message: 'log through src/github/log.ts (logLine)' },
        {
          selector: "MemberExpression[property.name='write'][object.property.name=/^std(out|err)$/]",
          message: 'log through src/github/log.ts (logLine)'
        }
      ]
    }
  },
  {
    // The command line writes to the Io it is given; its entry hands it the process's streams made inert.
    files: ['src/cli/**/*.ts'],
    ignores: ['src/cli/index.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[object.name='process'][property.name=/^std(out|err)$/]", message: 'write to io' },
        { selector: "MemberExpression[object.name='console']", message: 'write to io' }
      ]
    }
  },
  { files: ['src/index.ts', 'src/main.ts', 'src/github/**/*.ts'], rules: { 'no-restricted-imports': 'off' } }
)

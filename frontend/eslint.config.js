import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const FEATURES = ['employers', 'vacancies', 'municipalities', 'candidates', 'talents', 'municipal-candidates', 'matching'];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'src/lib/api/schema.d.ts'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: {
      ecmaVersion: 2022,
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: {
      'react-hooks': reactHooks,
      'jsx-a11y': jsxA11y,
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      // Responsive tables (cards on phones) keep explicit ARIA table roles on purpose:
      // browsers drop the implicit roles once CSS changes the display of rows and cells.
      'jsx-a11y/no-redundant-roles': ['error', { thead: ['rowgroup'], tbody: ['rowgroup'], table: ['table'], tr: ['row'] }],
      'jsx-a11y/no-interactive-element-to-noninteractive-role': [
        'error',
        { tr: ['none', 'presentation', 'row'], td: ['cell'], th: ['columnheader', 'rowheader'] },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/features/*/*'],
              message: 'Import another feature only through its public entry, or move shared code to src/lib.',
            },
          ],
        },
      ],
    },
  },
  // Features must not import each other (bulletproof-react): shared code lives in src/lib or src/components.
  ...FEATURES.map((feature) => {
    const others = FEATURES.filter((f) => f !== feature);
    return {
      files: [`src/features/${feature}/**`],
      rules: {
        'no-restricted-imports': [
          'error',
          { patterns: others.flatMap((other) => [`@/features/${other}`, `@/features/${other}/*`, `../../${other}`, `../../${other}/*`]) },
        ],
      },
    };
  }),
);

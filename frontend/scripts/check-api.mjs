// Fails when src/lib/api/schema.d.ts is not exactly what openapi-typescript
// generates from the committed ../openapi.yaml (the contract). Run by `npm test`.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const spec = resolve(root, '..', 'openapi.yaml');
const committed = resolve(root, 'src', 'lib', 'api', 'schema.d.ts');

if (!existsSync(spec)) {
  console.error(`check:api: contract ${spec} does not exist`);
  process.exit(1);
}

const dir = mkdtempSync(join(tmpdir(), 'werkhub-api-'));
try {
  const generated = join(dir, 'schema.d.ts');
  execFileSync(
    process.execPath,
    [resolve(root, 'node_modules', 'openapi-typescript', 'bin', 'cli.js'), spec, '-o', generated],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const expected = readFileSync(generated, 'utf8');
  const actual = existsSync(committed) ? readFileSync(committed, 'utf8') : '';
  if (expected !== actual) {
    console.error(
      'check:api: src/lib/api/schema.d.ts is out of date with ../openapi.yaml. ' +
        'Run `npm run generate:api` and commit the result.',
    );
    process.exit(1);
  }
  console.log('check:api: src/lib/api/schema.d.ts matches ../openapi.yaml');
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// No secret in the repository beyond the documented demo realm (issue 7, "Limits"). Scans every
// file git tracks (`git ls-files`) for private keys, bearer tokens and JWTs, cloud and forge access
// keys, and assignments of passwords, secrets, tokens and keys; a value found is allowed only when
// it is one of the demo values below, each documented in README.md ("Demo logins") and living in
// backend/devstack/keycloak/werkhub-realm.json or the local/test configuration. So a real secret
// committed anywhere — a new client secret in the realm file too — fails `npm test`.
// Run by `npm test` (check:secrets); docs/reliability.md, "Limits", says what it cannot see.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The demo realm's and the local stack's documented values (README.md, "Demo logins" and "Configuration"). */
export const ALLOWED_VALUES = new Set([
  // client secrets of the demo realm's confidential clients
  'werkhub-api-secret',
  'werkhub-backend-secret',
  'gemeente-rotterdam-secret',
  'gemeente-capelle-secret',
  'gemeente-nissewaard-secret',
  'werkhub-monitoring-secret',
  // demo users' passwords (password = user name) and Keycloak's local bootstrap admin
  'consultant',
  'jobcoach',
  'jet.jobcoach',
  'admin',
  'rotterdam',
  // the embedded PostgreSQL of make run / compose (user = password = werkhub), and of the tests
  'werkhub',
  'postgres',
  // the backend tests' stubbed Keycloak admin client and its token (testsupport.KeycloakAdminStub)
  'test-backend-secret',
  'test-admin-access-token',
  // the fake password in a SQL text that UnexpectedErrorTest proves is never shown to a client
  'hunter2',
]);

/** Files that may hold anything: lock files are hashes, not secrets. */
const SKIPPED = [/(^|\/)package-lock\.json$/, /\.(png|jpe?g|gif|ico|svg|woff2?|ttf|jar|gz|zip)$/i];

/** Patterns that are a secret whatever their value. */
const ALWAYS = [
  { what: 'a private key', re: /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY( BLOCK)?-----/ },
  { what: 'a JWT', re: /\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/ },
  { what: 'an AWS access key', re: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/ },
  { what: 'a GitHub token', re: /\bgh[pousr]_[A-Za-z0-9]{36,}\b|\bgithub_pat_[A-Za-z0-9_]{40,}\b/ },
  { what: 'a GitLab token', re: /\bglpat-[A-Za-z0-9_-]{20,}\b/ },
  { what: 'a Slack token', re: /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/ },
  { what: 'a Google API key', re: /\bAIza[0-9A-Za-z_-]{35}\b/ },
  { what: 'an npm token', re: /\bnpm_[A-Za-z0-9]{36}\b/ },
  { what: 'a private key in JWK form', re: /"d"\s*:\s*"[A-Za-z0-9_-]{40,}"/ },
  { what: 'credentials in a URL', re: /\b[a-z][a-z0-9+.-]*:\/\/[^\s/:@"'`]+:([^\s/@"'`$]{3,})@[^\s/"'`]+/i, group: 1 },
];

/**
 * A password, secret, token, API key or credential given a literal value: `"password": "x"`,
 * `clientSecret = "x"`, `secret: 'x'` in any file, and unquoted `DB_PASSWORD=x` / `password: x` /
 * `-d password=x` in configuration, scripts and docs. The key must end in the sensitive word
 * (`clientSecret`, `DB_PASSWORD`, `access_token`), so `getAccessToken()` or `tokens.consultant` are
 * not keys; a value that refers to something else (`${VAR}`, `$VAR`, `<placeholder>`) is no value.
 */
const KEY = String.raw`[A-Za-z0-9_.-]*(?:password|passwd|pwd|secret|token|api[_-]?key|credentials?)`;
const QUOTED = new RegExp(String.raw`\b(${KEY})["']?\s*(?::|=)\s*(["'\x60])([^"'\x60\s]*)\2`, 'gi');
const UNQUOTED_EQUALS = new RegExp(String.raw`\b(${KEY})=([^\s"'\x60,;)}\]]+)`, 'gi');
const UNQUOTED_COLON = new RegExp(String.raw`\b(${KEY}):\s([^\s"'\x60,;)}\]]+)`, 'gi');
const CONFIG = /(\.(properties|ya?ml|json|env|conf|sh|md|toml|ini|txt)|(^|\/)(Makefile|Dockerfile|\.ci\/run))$/;
const YAML_FILE = /\.ya?ml$/;
/** Names that contain a sensitive word but are not credentials: OAuth's grant type, Keycloak's client options. */
const NOT_KEYS = /^(client_credentials(\..*)?|.*\.use_refresh_token|.*token\.lifespan.*)$/i;

/** The value, or a variable's default (`${VAR:-x}` in shell, `${VAR:x}` in Quarkus); null for a pure reference. */
function literal(raw) {
  const withDefault = /^\$\{[A-Za-z0-9_.]+:-?([^}]*)\}$/.exec(raw);
  if (withDefault) return withDefault[1];
  if (/^[$<{[(%]/.test(raw) || /^\*+$/.test(raw)) return null;
  return raw.replace(/[.:]$/, '');
}

function trackedFiles() {
  return execFileSync('git', ['ls-files', '-z'], { cwd: repo, encoding: 'utf8' }).split('\0').filter(Boolean);
}

function readTracked(file) {
  if (statSync(join(repo, file)).size > 5_000_000) return null;
  return readFileSync(join(repo, file), 'utf8');
}

export function scan(files = trackedFiles(), readText = readTracked) {
  const findings = [];
  let scanned = 0;
  for (const file of files) {
    if (SKIPPED.some((re) => re.test(file))) continue;
    let text;
    try {
      text = readText(file);
    } catch {
      continue; // deleted in the work tree, or not a regular file
    }
    if (text === null || text.includes('\0')) continue; // too large to be a config file, or binary
    scanned++;
    const lines = text.split('\n');
    lines.forEach((line, i) => {
      for (const { what, re, group } of ALWAYS) {
        const m = re.exec(line);
        if (m && !(group && ALLOWED_VALUES.has(m[group]))) findings.push(`${file}:${i + 1}: ${what}`);
      }
      const assignments = [...line.matchAll(QUOTED)].map((m) => [m[1], m[3]]);
      if (CONFIG.test(file)) assignments.push(...[...line.matchAll(UNQUOTED_EQUALS)].map((m) => [m[1], m[2]]));
      if (YAML_FILE.test(file)) assignments.push(...[...line.matchAll(UNQUOTED_COLON)].map((m) => [m[1], m[2]]));
      for (const [key, raw] of assignments) {
        const value = literal(raw);
        if (NOT_KEYS.test(key) || value === null || value.length < 4 || /^(true|false|null|\d+)$/i.test(value)) continue;
        if (ALLOWED_VALUES.has(value)) continue;
        findings.push(`${file}:${i + 1}: ${key} set to a value not in the demo allow list (${value.slice(0, 3)}…)`);
      }
    });
  }
  return { scanned, findings };
}

/**
 * What the check must find, so that it can fail: one sample of each kind (built by concatenation,
 * so that this file itself holds none of them).
 */
const MUST_FIND = {
  'a.properties': 'db.pass' + 'word=s3cr3t-Value',
  'b.pem': '-----BEGIN ' + 'PRIVATE KEY-----',
  'c.ts': 'const clientSecret = "' + 'x8Hq2mZ' + 'rT";',
  'd.json': '"secret" : "' + 'gemeente-delft' + '-secret"',
  'e.md': 'curl -H "Authorization: Bearer ' + 'eyJ' + 'a'.repeat(12) + '.eyJ' + 'b'.repeat(12) + '.' + 'c'.repeat(12) + '"',
  'f.yml': 'KC_BOOTSTRAP_ADMIN_PASS' + 'WORD: correct-horse',
  'g.sh': 'PGPASS' + 'WORD="${PGPASSWORD:-' + 'n0t-the-demo}"',
  'h.java': 'jdbc:postgresql://werkhub:' + 'Secr3t99@db/werkhub',
  'i.env': 'GITHUB_TOKEN=gh' + 'p_' + 'A'.repeat(36),
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const selfTest = scan(Object.keys(MUST_FIND), (f) => MUST_FIND[f]);
  const missed = Object.keys(MUST_FIND).filter((f) => !selfTest.findings.some((x) => x.startsWith(`${f}:`)));
  if (missed.length > 0) {
    console.error(`check:secrets: the check itself misses its samples ${missed.join(', ')}`);
    process.exit(1);
  }
  const { scanned, findings } = scan();
  if (findings.length > 0) {
    console.error(`check:secrets: ${findings.length} possible secret(s) in ${scanned} tracked files:`);
    for (const f of findings) console.error(`  - ${f}`);
    console.error('A documented demo value belongs in ALLOWED_VALUES (scripts/check-secrets.mjs); a real secret belongs in an environment variable.');
    process.exit(1);
  }
  console.log(
    `check:secrets: ${scanned} tracked files, no secret beyond the ${ALLOWED_VALUES.size} documented demo values (and all ${Object.keys(MUST_FIND).length} planted samples found)`,
  );
}

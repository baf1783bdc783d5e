# Werkhub — the two commands a newcomer needs are `make run` and `make test`.
# Everything else here is a building block of those two.
SHELL := /bin/bash
.DEFAULT_GOAL := help

STACK      := backend/devstack/stack.sh
BACKEND_JAR := backend/target/quarkus-app/quarkus-run.jar
BENCH_JAR   := backend/bench/target/werkhub-bench.jar
# make bench: the sizes (talent profiles) the database grows through; extra options for the harness
SIZES       ?= 10000,100000,500000
BENCH_ARGS  ?=

.PHONY: help run test test-backend test-frontend test-e2e test-faults openapi client \
        reset-realm backend-jar frontend-deps clean bench bench-jar wrk data \
        backup restore devstack-jar

help: ## List the targets
	@grep -hE '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-15s %s\n", $$1, $$2}'

run: ## Start PostgreSQL, Keycloak, backend and SPA with demo data (Ctrl-C stops all)
	@bash $(STACK) run

test: test-backend test-frontend test-e2e ## Run every test: backend, frontend unit, browser end-to-end
	@echo "[werkhub] all tests passed"

test-backend: devstack-jar ## Backend tests (Quarkus + REST Assured against an embedded PostgreSQL 17)
	cd backend && ./mvnw -B -ntp verify

# The embedded PostgreSQL launcher and the backup tool; the backup round-trip test runs it as make backup does.
devstack-jar:
	@if [ ! -f backend/devstack/target/werkhub-devstack.jar ] || [ -n "$$(find backend/devstack/pom.xml backend/devstack/src -newer backend/devstack/target/werkhub-devstack.jar -print -quit)" ]; then \
	  cd backend/devstack && ../mvnw -B -ntp -q package -DskipTests; \
	fi

# The fault tests run the packaged backend in processes of their own (failsafe, after package):
# test-backend runs the PostgreSQL outage and the crash in a bulk intake; this adds the one that
# needs a real Keycloak (40-90 s to start), in a Keycloak dist of its own (docs/reliability.md, "Faults").
KC_FAULTS_DIR := .local/keycloak-faults
KEYCLOAK_VERSION := $(shell sed -n 's:.*<keycloak.version>\(.*\)</keycloak.version>.*:\1:p' backend/devstack/pom.xml | head -1)
test-faults: backend-jar ## The long fault runs: PostgreSQL stopped under load, a crash in a bulk intake, Keycloak stopped
	@if [ ! -x $(KC_FAULTS_DIR)/keycloak-$(KEYCLOAK_VERSION)/bin/kc.sh ]; then \
	  cd backend/devstack && ../mvnw -B -ntp -q dependency:unpack@keycloak -Dkeycloak.install.dir=$(CURDIR)/$(KC_FAULTS_DIR); \
	fi
	cd backend && ./mvnw -B -ntp test-compile failsafe:integration-test failsafe:verify -Dfaults.excluded= \
	  -Dwerkhub.keycloak.home=$(CURDIR)/$(KC_FAULTS_DIR)/keycloak-$(KEYCLOAK_VERSION)

test-frontend: frontend-deps ## Frontend checks and unit tests (contract, types, lint, Vitest)
	cd frontend && npm test

test-e2e: backend-jar frontend-deps ## Browser tests in Chromium against a fresh stack with a real Keycloak
	bash $(STACK) e2e -- npm --prefix frontend run e2e

# Package the backend only when a source is newer than the jar (test-backend already packages it).
backend-jar:
	@if [ ! -f $(BACKEND_JAR) ] || [ -n "$$(find backend/pom.xml backend/src -newer $(BACKEND_JAR) -print -quit)" ]; then \
	  cd backend && ./mvnw -B -ntp -q package -DskipTests; \
	fi

frontend-deps:
	@if [ ! -d frontend/node_modules ] || [ frontend/package-lock.json -nt frontend/node_modules/.package-lock.json ]; then \
	  cd frontend && npm ci --no-audit --no-fund; \
	fi

openapi: ## Regenerate openapi.yaml from the backend code, then the SPA's typed client
	cd backend && ./mvnw -B -ntp -q package -DskipTests
	cp backend/target/openapi/openapi.yaml openapi.yaml
	cd frontend && npm run generate:api

bench: wrk backend-jar bench-jar ## Grow the bench database through SIZES and time every scenario, API beside its SQL (BENCHMARKS.md)
	bash $(STACK) bench -- java -jar $(BENCH_JAR) all --sizes $(SIZES) $(BENCH_ARGS)

# The HTTP load tool of make bench (Debian's wrk): installed when missing and we may, else a clear stop.
wrk:
	@command -v wrk >/dev/null 2>&1 && exit 0; \
	if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq wrk; \
	elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo apt-get update -qq && sudo apt-get install -y -qq wrk; \
	else echo "[werkhub] make bench needs wrk (the HTTP load tool): install it with 'sudo apt-get install wrk' (Debian/Ubuntu) and run make bench again" >&2; exit 1; fi

# The harness's own tests (wrk output, percentiles, tables, SVG scaling, SQL files, generator) run whenever it is rebuilt.
bench-jar:
	@if [ ! -f $(BENCH_JAR) ] || [ -n "$$(find backend/bench/pom.xml backend/bench/src -newer $(BENCH_JAR) -print -quit)" ]; then \
	  cd backend/bench && ../mvnw -B -ntp -q package; \
	fi

data: backend-jar ## Generate SIZE (100000) talent profiles with employers, vacancies, placements into the make-run database (docs/data.md)
	bash $(STACK) data $(or $(SIZE),100000)

backup: devstack-jar ## Copy the make-run database to .local/backups/werkhub-<UTC>.dump (or BACKUP=path)
	bash $(STACK) backup $(BACKUP)

restore: devstack-jar ## Replace the make-run database's data with FILE=path (default: the newest backup); FORCE=1 beside a running backend
	bash $(STACK) restore $(FILE)

reset-realm: ## Throw away the local Keycloak realm; the next `make run` imports it afresh
	@bash $(STACK) reset-realm

clean: ## Remove build output (keeps .local/ data: PostgreSQL and Keycloak)
	cd backend && ./mvnw -q clean
	rm -rf frontend/dist backend/bench/target

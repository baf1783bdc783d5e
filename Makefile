# Werkhub — the two commands a newcomer needs are `make run` and `make test`.
# Everything else here is a building block of those two.
SHELL := /bin/bash
.DEFAULT_GOAL := help

STACK      := backend/devstack/stack.sh
BACKEND_JAR := backend/target/quarkus-app/quarkus-run.jar
BENCH_JAR   := backend/bench/target/werkhub-bench.jar
# make bench: talent profiles in the benchmark's database; extra options for the harness
SIZE        ?= 100000
BENCH_ARGS  ?=

.PHONY: help run test test-backend test-frontend test-e2e openapi client \
        reset-realm backend-jar frontend-deps clean bench bench-jar data

help: ## List the targets
	@grep -hE '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-15s %s\n", $$1, $$2}'

run: ## Start PostgreSQL, Keycloak, backend and SPA with demo data (Ctrl-C stops all)
	@bash $(STACK) run

test: test-backend test-frontend test-e2e ## Run every test: backend, frontend unit, browser end-to-end
	@echo "[werkhub] all tests passed"

test-backend: ## Backend tests (Quarkus + REST Assured against an embedded PostgreSQL 17)
	cd backend && ./mvnw -B -ntp verify

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

bench: backend-jar bench-jar ## Load SIZE (100000) profiles once, then time the suggestions API against its SQL (BENCHMARKS.md)
	bash $(STACK) bench -- java -jar $(BENCH_JAR) all --size $(SIZE) $(BENCH_ARGS)

# The harness's own tests (generator validity, percentiles) run whenever it is rebuilt.
bench-jar:
	@if [ ! -f $(BENCH_JAR) ] || [ -n "$$(find backend/bench/pom.xml backend/bench/src -newer $(BENCH_JAR) -print -quit)" ]; then \
	  cd backend/bench && ../mvnw -B -ntp -q package; \
	fi

data: backend-jar ## Generate SIZE (100000) talent profiles with employers, vacancies, placements into the make-run database (docs/data.md)
	bash $(STACK) data $(SIZE)

reset-realm: ## Throw away the local Keycloak realm; the next `make run` imports it afresh
	@bash $(STACK) reset-realm

clean: ## Remove build output (keeps .local/ data: PostgreSQL and Keycloak)
	cd backend && ./mvnw -q clean
	rm -rf frontend/dist backend/bench/target

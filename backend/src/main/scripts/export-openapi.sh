#!/usr/bin/env bash
# Regenerates the committed contract: builds the backend (which writes target/openapi/openapi.yaml
# from the JAX-RS resources, DTO records and OpenAPI annotations) and copies it to the repository
# root. OpenApiContractTest fails whenever the two differ.
set -euo pipefail
cd "$(dirname "$0")/../../.."
./mvnw -q -B package -DskipTests
cp target/openapi/openapi.yaml ../openapi.yaml
echo "openapi.yaml updated"

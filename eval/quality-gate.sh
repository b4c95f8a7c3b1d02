#!/usr/bin/env bash
# The quality gate: builds the CLI in Release once and checks every floor in eval/baseline.json against the
# gold data in the shared folder (default ../shared, or $CRONISTA_SHARED). Extra arguments go to
# 'cronista eval gate' (for example --update to raise floors after an improvement).
# Exit 0: every floor held, or the shared folder is absent (the gate says it was skipped). Exit 1: a floor failed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

shared="${CRONISTA_SHARED:-../shared}"
dotnet build src/Cronista.Cli -c Release --nologo -v quiet -clp:NoSummary
dotnet src/Cronista.Cli/bin/Release/net10.0/Cronista.Cli.dll eval gate --baseline eval/baseline.json --shared "$shared" "$@"

#!/usr/bin/env bash
# End-to-end speed: the throughput mode of the benchmarks (full pipeline over samples/, one thread then all
# cores), then the cronista CLI itself under /usr/bin/time -v. Run from anywhere; paths are from the repository
# root. Extra arguments go to the throughput mode (--min-mb N, --threads N, --lang xx, --json).
# SAMPLES=dir changes the article folder (default: samples).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

samples="${SAMPLES:-samples}"
dotnet build bench/Cronista.Benchmarks -c Release --nologo -v quiet -clp:NoSummary
dotnet build src/Cronista.Cli -c Release --nologo -v quiet -clp:NoSummary

status=0
dotnet bench/Cronista.Benchmarks/bin/Release/net10.0/Cronista.Benchmarks.dll throughput --samples "$samples" "$@" || status=$?

# The CLI end to end: start-up, reading files, analysis and JSONL output, as a user runs it.
# 'analyze --no-store' keeps the run from writing a database; until that option exists the CLI refuses the
# command line and the exit status below says so.
if [[ -x /usr/bin/time ]]; then
    report="$(mktemp)"
    trap 'rm -f "$report"' EXIT
    cli_status=0
    /usr/bin/time -v -o "$report" \
        dotnet src/Cronista.Cli/bin/Release/net10.0/Cronista.Cli.dll analyze "$samples" --format jsonl --no-store \
        > /dev/null || cli_status=$?
    echo "cronista analyze $samples --format jsonl --no-store (exit $cli_status):"
    grep -E 'Elapsed \(wall clock\)|User time|System time|Maximum resident set size|Percent of CPU' "$report" | sed 's/^\s*/  /'
    if [[ $cli_status -ne 0 ]]; then
        echo "  the CLI failed; its timing is not meaningful (see its message above)." >&2
        status=1
    fi
else
    echo "note: /usr/bin/time not found (Debian package 'time'); the CLI end-to-end measurement was skipped." >&2
fi
exit "$status"

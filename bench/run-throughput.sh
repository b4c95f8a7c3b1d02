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

# The CLI end to end, as a user runs it: start-up, reading files, analysis on both cores, JSONL output and the store.
# The samples are copied until the folder holds at least 10 MB of text.
if [[ -x /usr/bin/time ]]; then
    corpus="$(mktemp -d)"
    report="$(mktemp)"
    trap 'rm -rf "$corpus" "$report"' EXIT
    copies=0
    while [[ $(du -sb "$corpus" | cut -f1) -lt 10000000 ]]; do
        copies=$((copies + 1))
        for file in "$samples"/*.txt; do
            # A distinct URL line per copy keeps every copy a distinct article in the store.
            sed "s|^url \(.*\)$|url \1?copy=$copies|" "$file" > "$corpus/$copies-$(basename "$file")"
        done
    done
    cli_status=0
    /usr/bin/time -v -o "$report" \
        dotnet src/Cronista.Cli/bin/Release/net10.0/Cronista.Cli.dll analyze "$corpus" --format jsonl --db "$corpus/cronista.db" \
        > /dev/null || cli_status=$?
    files=$(find "$corpus" -name '*.txt' | wc -l)
    echo "cronista analyze: $files articles, $(du -sb --exclude=cronista.db* "$corpus" | cut -f1) bytes, stored in SQLite (exit $cli_status):"
    grep -E 'Elapsed \(wall clock\)|User time|System time|Maximum resident set size|Percent of CPU' "$report" | sed 's/^\s*/  /'
    if [[ $cli_status -ne 0 ]]; then
        echo "  the CLI failed; its timing is not meaningful (see its message above)." >&2
        status=1
    fi
else
    echo "note: /usr/bin/time not found (Debian package 'time'); the CLI end-to-end measurement was skipped." >&2
fi
exit "$status"

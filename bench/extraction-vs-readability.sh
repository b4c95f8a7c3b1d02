#!/usr/bin/env bash
# Extraction speed, side by side on this machine: Cronista's HTML extractor and readability-lxml on the 990 pages of
# trafilatura's benchmark, one thread each, time spent inside the extractor only (pages are read into memory first).
# Needs the Debian package python3-readability (apt-get install -y python3-readability) and ../shared.
# Usage: bench/extraction-vs-readability.sh [DATA_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="${1:-${CRONISTA_SHARED:-../shared}/data/extraction/trafilatura-eval/tests}"
dotnet build src/Cronista.Cli -c Release -v q -nologo >/dev/null
# Cold: one pass in a fresh process, the runtime compiling as it goes. Warm: the same after an untimed pass over every
# page (CPython compiles nothing at run time, so readability has no warm-up to do; it is timed once).
cold=$(dotnet src/Cronista.Cli/bin/Release/net10.0/Cronista.Cli.dll eval extraction --data "$DATA" --threads 1 --json)
warm=$(dotnet src/Cronista.Cli/bin/Release/net10.0/Cronista.Cli.dll eval extraction --data "$DATA" --threads 1 --json --warm)
readability=$(/usr/bin/python3 bench/readability_time.py "$DATA")
/usr/bin/python3 - "$cold" "$warm" "$readability" <<'PY'
import json, sys
cold, warm, r = (json.loads(a) for a in sys.argv[1:4])
rs = r["seconds"]
for name, c in (("cold", cold), ("warm", warm)):
    cs = c["extraction_seconds"]
    print(f"Cronista ({name}):  {c['documents']} pages in {cs:.2f} s = {c['documents'] / cs:.1f} pages/s (F1 {c['metrics']['f1']:.4f})")
print(f"readability-lxml: {r['pages']} pages in {rs:.2f} s = {r['pages'] / rs:.1f} pages/s ({r['failed']} failed)")
for name, c in (("cold", cold), ("warm", warm)):
    print(f"ratio ({name}): Cronista is {rs / c['extraction_seconds']:.2f}x the throughput of readability-lxml")
PY

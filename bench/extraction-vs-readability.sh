#!/usr/bin/env bash
# Extraction speed, side by side on this machine: Cronista's HTML extractor and readability-lxml on the 990 pages of
# trafilatura's benchmark, one thread each, time spent inside the extractor only (pages are read into memory first).
# Needs the Debian package python3-readability (apt-get install -y python3-readability) and ../shared.
# Usage: bench/extraction-vs-readability.sh [DATA_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="${1:-${CRONISTA_SHARED:-../shared}/data/extraction/trafilatura-eval/tests}"
dotnet build src/Cronista.Cli -c Release -v q -nologo >/dev/null
cronista=$(dotnet src/Cronista.Cli/bin/Release/net10.0/Cronista.Cli.dll eval extraction --data "$DATA" --threads 1 --json)
readability=$(/usr/bin/python3 bench/readability_time.py "$DATA")
/usr/bin/python3 - "$cronista" "$readability" <<'PY'
import json, sys
c, r = json.loads(sys.argv[1]), json.loads(sys.argv[2])
cs, rs = c["extraction_seconds"], r["seconds"]
print(f"Cronista:         {c['documents']} pages in {cs:.2f} s = {c['documents'] / cs:.1f} pages/s (F1 {c['metrics']['f1']:.4f})")
print(f"readability-lxml: {r['pages']} pages in {rs:.2f} s = {r['pages'] / rs:.1f} pages/s ({r['failed']} failed)")
print(f"ratio: Cronista is {rs / cs:.2f}x the throughput of readability-lxml")
PY

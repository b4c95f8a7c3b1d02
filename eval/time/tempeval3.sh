#!/usr/bin/env bash
# Scores Cronista's time expressions with TempEval-3's official scorer (TE3-evaluation.py, entity part).
# For each gold folder (default: TBAQ-cleaned/TimeBank and TBAQ-cleaned/AQUAINT under the shared folder) it
#   1. strips the gold: every tag inside TEXT, and the links and instances after it, go (TE3's input format);
#   2. runs `cronista tag time` on the stripped files;
#   3. runs the official scorer, unchanged, from the shared copy, with Python 2.7 (it is Python 2 code: print
#      statements, the 'commands' module) and Java (TimeML-Normalizer), and prints its timex figures.
# Usage: eval/time/tempeval3.sh [GOLD_DIR ...]     (shared folder: $CRONISTA_SHARED, default ../shared)
# Set TE3_OUT=DIR to keep the stripped input, the system files and the scorer's log in DIR/<gold name>/.
# Needs: dotnet, java, perl, and a Python 2.7 as $PYTHON2, `python2`, or pyenv's 2.7.18.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

shared="$(realpath "${CRONISTA_SHARED:-../shared}")"
tools="$shared/data/time/tempeval3-tools/tools"
tbaq="$shared/data/time/tempeval3-training/TBAQ-cleaned"
if [[ $# -gt 0 ]]; then golds=("$@"); else golds=("$tbaq/TimeBank" "$tbaq/AQUAINT"); fi

# The scorer calls `python` itself (os.system), so Python 2 must be what `python` means on its PATH.
bin="$(mktemp -d)"
if [[ -n "${TE3_OUT:-}" ]]; then work="$(realpath -m "$TE3_OUT")"; rm -rf "$work"; mkdir -p "$work"; keep=1; else work="$(mktemp -d)"; keep=0; fi
trap 'rm -rf "$bin"; [[ $keep == 1 ]] || rm -rf "$work"' EXIT
python2="${PYTHON2:-}"
if [[ -z "$python2" ]] && command -v python2 >/dev/null && python2 -c 'import commands' 2>/dev/null; then python2="$(command -v python2)"; fi
if [[ -z "$python2" ]] && command -v pyenv >/dev/null; then python2="$(PYENV_VERSION=2.7.18 pyenv which python 2>/dev/null || true)"; fi
if [[ -z "$python2" ]]; then echo "tempeval3.sh: no Python 2.7 found; set PYTHON2 to its path (apt-get install python2 on Debian 11)." >&2; exit 2; fi
ln -s "$python2" "$bin/python"

dotnet build src/Cronista.Cli -c Release --nologo -v quiet -clp:NoSummary
cli=(dotnet src/Cronista.Cli/bin/Release/net10.0/Cronista.Cli.dll)

for gold in "${golds[@]}"; do
  gold="$(realpath "$gold")"
  name="$(basename "$gold")"
  mkdir -p "$work/$name/input" "$work/$name/system"
  for file in "$gold"/*.tml; do
    perl -0777 -pe 's{<TEXT>(.*?)</TEXT>}{my $t = $1; $t =~ s/<[^>]+>//g; "<TEXT>$t</TEXT>"}se; s{</TEXT>.*</TimeML>}{</TEXT>\n\n</TimeML>}s' \
      "$file" > "$work/$name/input/$(basename "$file")"
  done
  "${cli[@]}" tag time --timeml "$work/$name/input" --out "$work/$name/system" >/dev/null
  # Debug level 0.5 prints the counts behind the figures; the relation part runs too and is ignored.
  scored="$(cd "$tools" && PATH="$bin:$PATH" python TE3-evaluation.py "$gold" "$work/$name/system" 0.5 2>&1)"
  echo "$scored" > "$work/$name/scorer.log"
  echo "== $name (official TempEval-3 scorer)"
  awk '
    /^Strict Recall:/ { sr = $3 } /^Relaxed Recall:/ { rr = $3 }
    /^Strict Precision:/ { sp = $3 } /^Relaxed Precision:/ { rp = $3 }
    /in gold data:/ { ngold = $NF } /in system data:/ { nsys = $NF }
    /^matching timex:/ { matched = $NF }
    /^matching type:/ { ntype = $3 } /^matching value:/ { nvalue = $3 }
    function f1(p, r) { return p + r == 0 ? 0 : 2 * p * r / (p + r) }
    END {
      if (matched == "") { print "  the scorer printed no timex figures; run it by hand to see why"; exit 1 }
      rf = f1(rp, rr); ta = matched ? ntype / matched : 0; va = matched ? nvalue / matched : 0
      printf "  gold %d, system %d, relaxed matches %d\n", ngold, nsys, matched
      printf "  strict F1 %.4f (P %.4f R %.4f)\n", f1(sp, sr), sp, sr
      printf "  relaxed F1 %.4f (P %.4f R %.4f)\n", rf, rp, rr
      printf "  value F1 %.4f   type F1 %.4f   value accuracy %.4f   type accuracy %.4f\n", va * rf, ta * rf, va, ta
    }' <<< "$(sed -n '/TIMEX EXTRACTION RECALL/,$p' <<< "$scored")"
done

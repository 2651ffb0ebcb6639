#!/bin/sh
# avsim size spread over N shards on one machine, round by round (docs/sharding.md, Sizing).
#
#   examples/size-sharded.sh N PARTIALS OUT FILE --target P [size options...]
#
# Each pass runs all N shards at once (xargs -P) into the folder PARTIALS: each replays
# the search from the partials already there and runs its slice of the next round.
# When they say the search is complete, avsim merge writes sizing.csv and report.html
# into OUT, the same bytes as avsim size FILE --target P on one machine. A shard's
# failure stops the loop (its exit code is xargs's 123). Set AVSIM to the command to
# run (default: avsim), e.g. AVSIM="node --single-threaded-gc dist/src/cli/main.js".
set -eu
if [ "$#" -lt 4 ]; then
  echo "usage: $0 N PARTIALS OUT FILE --target P [size options...]" >&2
  exit 2
fi
n=$1 folder=$2 out=$3
shift 3
avsim=${AVSIM:-avsim}
export avsim folder n
pass=0
while :; do
  pass=$((pass + 1))
  # One line of JSON per shard; "complete" from every shard when no round is left.
  states=$(seq 1 "$n" | xargs -P "$n" -I{} sh -c '$avsim size "$@" --shard "{}/$n" --out "$folder" --json' sh "$@")
  case $states in
    *'"state":"complete"'*) break ;;
  esac
  echo "pass $pass: $(printf '%s\n' "$states" | grep -c '"state":"written"') of $n shards wrote their part of the next round" >&2
done
exec $avsim merge "$folder" --out "$out"

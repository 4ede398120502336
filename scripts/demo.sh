#!/bin/sh
# make demo: the main job on the shipped data. $1 is the fincli to run.
set -e
FINCLI=${1:-fincli}
show() { printf '\n$ fincli %s\n' "$*"; "$FINCLI" "$@"; }
show parse "약 2조4천억 원" "최대 1,250억달러" '$150–170 billion' "연간 1천억 원"
show convert "50억 달러" --to KRW --on 2025-10-29
set +e  # check exits 1 when a stated conversion is suspect, which is the point of it
show check --registry "$(dirname "$0")/../seeds/commitments.toml"
set -e
show compare

#!/bin/sh
# make demo: the main job on the embedded data. $1 is the fincli to run.
set -e
FINCLI=${1:-fincli}
echo '$ fincli parse "향후 5년간 약 2조4천억 원" "50억 달러" "최대 1,250억달러" "\$150–170 billion"'
"$FINCLI" parse "약 2조4천억 원" "50억 달러" "최대 1,250억달러" '$150–170 billion'

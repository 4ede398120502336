#!/bin/sh
# Debian's chromium and fonts-noto-cjk for `make test-browser`, installed only when missing
# (as root: apt-get update once, then apt-get install). A failure here fails the target.
set -eu
missing=""
for p in chromium fonts-noto-cjk; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" \
        || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "browser tests: installing$missing"
apt-get update
DEBIAN_FRONTEND=noninteractive apt-get install -y $missing

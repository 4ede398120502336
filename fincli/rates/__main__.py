"""``python -m fincli.rates build``: rebuild rates/compact from the raw files beside it."""

import sys

from fincli.rates.store import build_shipped
from fincli.resources import rates_dir

if sys.argv[1:] == ["build"]:
    build_shipped()
    print(f"built {rates_dir() / 'compact'}")
else:
    print("usage: python -m fincli.rates build")

"""Dated exchange rates from real series, with explicit bounds and named errors.

The package in four rooms, each usable alone:

* :mod:`fincli.rates.series`: a series on disk and its lookups (dates, means, ranges).
* :mod:`fincli.rates.layouts`: the raw files (ECB, FRED, plain ``date,rate``), read and
  validated whole.
* :mod:`fincli.rates.store`: the user store, imports replaced atomically under a lock.
* :mod:`fincli.rates.update`: downloads from the ECB, FRED and the Bank of Korea
  (``fincli rates update``, the only code in fincli that touches the network).

The names below are re-exported so ``from fincli.rates import get_series`` keeps working.
"""

from fincli.rates.layouts import Table, parse_pair, read_table
from fincli.rates.series import (
    MAX_GAP_DAYS,
    QUOTIENT,
    SHIPPED,
    Column,
    Rate,
    Series,
    all_series,
    get_series,
    imported_names,
    period_kind,
    series_from_file,
    user_rates_dir,
)
from fincli.rates.store import build_shipped, import_file, write_series

__all__ = [
    "MAX_GAP_DAYS",
    "QUOTIENT",
    "SHIPPED",
    "Column",
    "Rate",
    "Series",
    "Table",
    "all_series",
    "build_shipped",
    "get_series",
    "import_file",
    "imported_names",
    "parse_pair",
    "period_kind",
    "read_table",
    "series_from_file",
    "user_rates_dir",
    "write_series",
]

"""Output: machine formats (jsonl, csv, json) and tables for people.

Machine formats print exact decimal strings with no thousands separators and the same keys
in every record; ``table`` (and ``markdown``) are for reading. Writers stream: jsonl and csv
records leave as soon as they are made, so a pipeline sees each line's record at once.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from typing import IO

MACHINE_FORMATS = ("jsonl", "csv", "json")
FORMATS = ("table", "jsonl", "csv", "json")


def _cell(v) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, dict):
        return json.dumps(v, ensure_ascii=False, sort_keys=True)
    if isinstance(v, list):
        return ";".join(_cell(x) for x in v)
    return str(v)


class Writer:
    """Writes records in one format. ``keys`` fixes the columns and their order."""

    def __init__(self, fmt: str, out: IO[str], keys: Sequence[str],
                 table_keys: Sequence[str] | None = None, headers: dict | None = None,
                 display: dict | None = None):
        self.fmt, self.out, self.keys = fmt, out, list(keys)
        self.table_keys = list(table_keys or keys)
        self.headers = headers or {}
        self.display = display or {}  # key -> function, applied in tables only
        self.rows: list[dict] = []
        self._csv = None
        if fmt == "csv":
            self._csv = csv.DictWriter(out, fieldnames=self.keys, extrasaction="ignore",
                                       lineterminator="\n")
            self._csv.writeheader()

    def write(self, record: dict) -> None:
        rec = {k: record.get(k) for k in self.keys}
        if self.fmt == "jsonl":
            self.out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            self.out.flush()
        elif self.fmt == "csv":
            self._csv.writerow({k: _cell(v) for k, v in rec.items()})
            self.out.flush()
        elif self.fmt == "json":
            self.rows.append(rec)
        else:
            self.rows.append({k: (self.display[k](v) if k in self.display and v is not None else v)
                              for k, v in rec.items()})

    def close(self, footer: list[dict] | None = None) -> None:
        if self.fmt == "json":
            self.out.write(json.dumps(self.rows, ensure_ascii=False, indent=1) + "\n")
        elif self.fmt in ("table", "markdown"):
            rows = self.rows + (footer or [])
            if rows:
                self.out.write(table(rows, self.table_keys, self.headers,
                                     "github" if self.fmt == "markdown" else "simple") + "\n")


def table(rows: list[dict], keys: Sequence[str], headers: dict | None = None,
          style: str = "simple") -> str:
    from tabulate import tabulate  # only tables pay for tabulate's import

    headers = headers or {}
    body = [[_cell(r.get(k)) for k in keys] for r in rows]
    return tabulate(body, headers=[headers.get(k, k) for k in keys], tablefmt=style,
                    disable_numparse=True)


def group_thousands(s: str | None) -> str:
    """``'1234567.5'`` → ``'1,234,567.5'`` for people (never in machine formats)."""
    if not s:
        return ""
    sign = "-" if s.startswith("-") else ""
    whole, dot, frac = s.lstrip("-").partition(".")
    if not whole.isdigit():
        return s
    return f"{sign}{int(whole):,}{dot}{frac}"


def short_rate(s: str | None) -> str:
    """A rate for reading: six significant digits, at least two decimals (exact in machine output)."""
    from decimal import Decimal

    if not s:
        return ""
    d = Decimal(s)
    if d == 0:
        return "0"
    places = max(2, 6 - d.adjusted() - 1)
    return group_thousands(format(d.quantize(Decimal(1).scaleb(-places)), "f"))

"""Raw rate files: the ECB, FRED and plain ``date,rate`` layouts, read and validated whole."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from fincli.errors import DataFileError, UsageError
from fincli.resources import package_data

_LINE = r"\d{4}-\d\d-\d\d,(?!0+(?:\.0*)?\n)\d+(?:\.\d+)?\n"
_VALID = re.compile(f"(?:{_LINE})*")
_ONE_LINE = re.compile(_LINE)


@dataclass
class Table:
    """A validated raw file: columns of (date, value) sorted by date."""

    kind: str  # cross | pair
    columns: dict[str, list[tuple[str, str]]]
    anchor: str | None = None
    base: str | None = None
    quote: str | None = None


def _check_value(raw: str, path: str, line: int) -> str | None:
    raw = raw.strip()
    if raw in ("", "N/A", ".", "NA", "#N/A"):
        return None
    try:
        d = Decimal(raw)
    except InvalidOperation:
        raise DataFileError(f"not a number: {raw[:30]!r}", path, line) from None
    if not d.is_finite() or d <= 0:
        raise DataFileError(f"a rate must be a positive number, not {raw!r}", path, line)
    s = format(d, "f")
    return s.rstrip("0").rstrip(".") if "." in s else s


def _check_date(raw: str, path: str, line: int) -> str:
    raw = raw.strip()
    try:
        return (
            dt.date.fromisoformat(raw).isoformat() if len(raw) == 10 else _bad_date(raw, path, line)
        )
    except ValueError:
        return _bad_date(raw, path, line)


def _bad_date(raw, path, line):
    raise DataFileError(f"expected a date YYYY-MM-DD, found {raw[:30]!r}", path, line)


def read_table(path: Path, pair: str | None = None, layout: str = "auto") -> Table:
    """Read and validate a whole rate file; raise :class:`DataFileError` at the first bad line.

    Layouts: ``ecb`` (``Date,USD,JPY,…`` units per EUR), ``fred`` (``observation_date,DEX…``
    or ``DATE,DEX…``), ``plain`` (``date,rate`` with ``pair`` given as ``USD/KRW``).
    """
    import csv

    p = str(path)
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise DataFileError(f"cannot read ({e.strerror})", p) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw.count(b"\n", 0, e.start) + 1
        raise DataFileError(f"not UTF-8 text (byte {e.start})", p, line) from None
    rows = list(csv.reader(text.splitlines()))
    if not rows or not rows[0]:
        raise DataFileError("empty file", p, 1)
    header = [h.strip() for h in rows[0]]
    trailing_comma = len(header) > 1 and header[-1] == ""  # the ECB ends every line with ','
    while header and header[-1] == "":
        header.pop()
    if layout == "auto":
        if (
            header[0] == "Date"
            and len(header) > 1
            and all(re.fullmatch(r"[A-Z]{3}", h) for h in header[1:])
        ):
            layout = "ecb"
        elif (
            header[0] in ("observation_date", "DATE")
            and len(header) == 2
            and header[1].startswith("DEX")
        ):
            layout = "fred"
        elif len(header) == 2:
            layout = "plain"
        else:
            raise DataFileError(
                f"unknown layout (header {','.join(header)[:60]!r}); expected the ECB layout "
                f"'Date,USD,JPY,…', the FRED layout 'observation_date,DEXKOUS' or 'date,rate'",
                p,
                1,
            )
    if layout == "ecb":
        cols: dict[str, list] = {h: [] for h in header[1:]}
        width = len(header) + trailing_comma
        for n, row in enumerate(rows[1:], 2):
            if len(row) != width or (trailing_comma and row[-1] != ""):
                raise DataFileError(
                    f"expected {width} fields like the header, found {len(row)}", p, n
                )
            row = row[: len(header)]
            d = _check_date(row[0], p, n)
            for h, v in zip(header[1:], row[1:], strict=True):
                val = _check_value(v, p, n)
                if val is not None:
                    cols[h].append((d, val))
        table = Table("cross", cols, anchor="EUR")
    else:
        if layout == "fred":
            m = re.fullmatch(r"DEX([A-Z]{2})([A-Z]{2})", header[1])
            codes = json.loads(package_data("fred_codes.json").read_text())
            if not m or m.group(1) not in codes or m.group(2) not in codes:
                raise DataFileError(f"unknown FRED series {header[1]!r}", p, 1)
            quote, base = codes[m.group(1)], codes[m.group(2)]
        else:
            if not pair:
                raise UsageError(
                    "a plain date,rate file needs --pair, e.g. --pair USD/KRW (KRW per 1 USD)"
                )
            base, quote = parse_pair(pair)
        col = []
        start = 1
        if layout == "plain":
            try:
                dt.date.fromisoformat(rows[0][0].strip())
                start = 0  # no header line
            except ValueError:
                start = 1
        for n, row in enumerate(rows[start:], start + 1):
            if len(row) != 2:
                raise DataFileError(f"expected 2 fields (date,rate), found {len(row)}", p, n)
            d = _check_date(row[0], p, n)
            val = _check_value(row[1], p, n)
            if val is not None:
                col.append((d, val))
        table = Table("pair", {f"{base}-{quote}": col}, base=base, quote=quote)
    for name, col in table.columns.items():
        col.sort()
        for i in range(1, len(col)):
            if col[i][0] == col[i - 1][0]:
                raise DataFileError(f"date {col[i][0]} appears twice in column {name}", p)
    if not any(table.columns.values()):
        raise DataFileError("no rates in the file", p)
    return table


def parse_pair(pair: str) -> tuple[str, str]:
    from fincli.currencies import normalize_code

    m = re.fullmatch(r"\s*([A-Za-z]{3})\s*[/-]\s*([A-Za-z]{3})\s*", pair or "")
    if not m:
        raise UsageError(
            f"a pair is written BASE/QUOTE, e.g. USD/KRW (KRW per 1 USD), not {pair!r}"
        )
    return normalize_code(m.group(1)), normalize_code(m.group(2))


def _meta(table: Table, name: str, title: str, extra: dict | None = None) -> dict:
    dates = [d for col in table.columns.values() if col for d in (col[0][0], col[-1][0])]
    meta = {
        "name": name,
        "kind": table.kind,
        "title": title,
        "first": min(dates),
        "last": max(dates),
        **(extra or {}),
    }
    if table.kind == "cross":
        meta["anchor"] = table.anchor
        meta["columns"] = sorted(k for k, v in table.columns.items() if v)
    else:
        meta["base"], meta["quote"] = table.base, table.quote
    return meta

"""Raw rate files: the ECB, FRED and plain ``date,rate`` layouts, read and validated whole."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from fincli.errors import DataFileError, InputError, UsageError
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
    inverted: tuple[str, ...] = ()  # columns that hold anchor units per 1 unit of them
    sha256: str = ""  # of the bytes read
    size: int = 0


MAX_FILE_BYTES = 100 << 20  # a whole ECB history is 2 MB, FRED's DEXKOUS 0.2 MB
MAX_VALUE_CHARS = 40  # a rate is written in a few digits; longer is not a rate
MIN_EXPONENT, MAX_EXPONENT = -12, 15  # 1e-12 .. 1e15 units per unit: wider than any fixing
MISSING = ("", "N/A", ".", "NA", "#N/A")


_PLAIN = re.compile(r"[1-9]\d{0,14}(?:\.\d{1,20})?")  # at least 1: inside the bounds as written


def _check_value(raw: str, path: str, line: int | None) -> str | None:
    if _PLAIN.fullmatch(raw):  # the common case, as Decimal would write it
        return raw.rstrip("0").rstrip(".") if "." in raw else raw
    raw = raw.strip()
    if raw in MISSING:
        return None
    if len(raw) > MAX_VALUE_CHARS:
        raise DataFileError(
            f"not a rate: a value of {len(raw)} characters (at most {MAX_VALUE_CHARS})", path, line
        )
    try:
        d = Decimal(raw)
    except InvalidOperation:
        raise DataFileError(f"not a number: {raw[:30]!r}", path, line) from None
    if not d.is_finite() or d <= 0:
        raise DataFileError(f"a rate must be a positive number, not {raw!r}", path, line)
    if not MIN_EXPONENT <= d.adjusted() <= MAX_EXPONENT:
        raise DataFileError(
            f"not a plausible rate: {raw!r} (fincli takes 1e{MIN_EXPONENT} to 1e{MAX_EXPONENT})",
            path,
            line,
        )
    s = format(d, "f")
    return s.rstrip("0").rstrip(".") if "." in s else s


def _check_date(raw: str, path: str, line: int | None) -> str:
    raw = raw.strip()
    try:
        return (
            dt.date.fromisoformat(raw).isoformat() if len(raw) == 10 else _bad_date(raw, path, line)
        )
    except ValueError:
        return _bad_date(raw, path, line)


def _bad_date(raw, path, line):
    raise DataFileError(f"expected a date YYYY-MM-DD, found {raw[:30]!r}", path, line)


def read_bytes(path: Path, limit: int | None = None) -> bytes:
    """The bytes of ``path`` (a file, a pipe, /dev/stdin), read once and at most ``limit``
    (default :data:`MAX_FILE_BYTES`)."""
    p = str(path)
    limit = limit or MAX_FILE_BYTES
    try:
        with open(path, "rb") as fh:
            raw = fh.read(limit + 1)
    except OSError as e:  # the user's own file: unreadable input is a usage error (exit 2)
        raise InputError(f"{p}: cannot read ({e.strerror})") from None
    if len(raw) > limit:
        raise DataFileError(f"larger than {limit >> 20} MB; not a rate file fincli reads", p)
    return raw


def read_table(path: Path, pair: str | None = None, layout: str = "auto") -> Table:
    """Read and validate a whole rate file; raise :class:`DataFileError` at the first bad line.

    Layouts: ``ecb`` (``Date,USD,JPY,…`` units per EUR), ``fred`` (``observation_date,DEX…``
    or ``DATE,DEX…``), ``plain`` (``date,rate`` with ``pair`` given as ``USD/KRW``, or the
    header ``date,USD/KRW``). The file is read once; ``Table.sha256`` is the hash of the very
    bytes validated.
    """
    return parse_table(read_bytes(path), str(path), pair, layout)


def _header_pair(cell: str) -> tuple[str, str] | None:
    if re.fullmatch(r"\s*[A-Za-z]{3}\s*/\s*[A-Za-z]{3}\s*", cell):
        return parse_pair(cell)
    return None


def parse_table(raw: bytes, p: str, pair: str | None = None, layout: str = "auto") -> Table:
    """:func:`read_table` on bytes already read (a download, stdin); ``p`` names them in errors."""
    import csv
    import hashlib

    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw.count(b"\n", 0, e.start) + 1
        raise DataFileError(f"not UTF-8 text (byte {e.start})", p, line) from None
    reader = csv.reader(text.splitlines())

    def rows():
        while True:
            try:
                yield next(reader)
            except StopIteration:
                return
            except csv.Error as e:
                raise DataFileError(f"not CSV ({e})", p, reader.line_num) from None

    it = rows()
    first = next(it, None)
    if not first:
        raise DataFileError("empty file", p, 1)
    header = [h.strip() for h in first]
    trailing_comma = len(header) > 1 and header[-1] == ""  # the ECB ends every line with ','
    while header and header[-1] == "":
        header.pop()
    if not header:
        raise DataFileError("empty header line", p, 1)
    looks_ecb = header[0] == "Date" and len(header) > 1
    looks_fred = header[0] in ("observation_date", "DATE") and len(header) == 2
    looks_fred = looks_fred and header[1].startswith("DEX")
    if layout == "auto":
        if looks_ecb and all(re.fullmatch(r"[A-Z]{3}", h) for h in header[1:]):
            layout = "ecb"
        elif looks_fred:
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
    elif layout == "ecb" and not looks_ecb:
        raise DataFileError(
            f"not the ECB layout: the header is {','.join(header)[:60]!r}, not 'Date,USD,JPY,…'",
            p,
            1,
        )
    elif layout == "fred" and not looks_fred:
        raise DataFileError(
            f"not the FRED layout: the header is {','.join(header)[:60]!r}, "
            f"not 'observation_date,DEXKOUS' (or 'DATE,DEXKOUS')",
            p,
            1,
        )
    if layout == "ecb":
        from fincli.currencies import known

        for h in header[1:]:
            if h == "EUR" or not known(h):
                what = "the anchor itself" if h == "EUR" else "not a currency fincli knows"
                raise DataFileError(f"column {h!r} in the ECB layout: {what}", p, 1)
        if len(set(header)) != len(header):
            raise DataFileError("a currency appears twice in the header", p, 1)
        cols: dict[str, list] = {h: [] for h in header[1:]}
        width = len(header) + trailing_comma
        for n, row in enumerate(it, 2):
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
        rest: Iterator[list[str]] = it
        if layout == "fred":
            m = re.fullmatch(r"DEX([A-Z]{2})([A-Z]{2})", header[1])
            codes = json.loads(package_data("fred_codes.json").read_text())
            if not m or m.group(1) not in codes or m.group(2) not in codes:
                raise DataFileError(f"unknown FRED series {header[1]!r}", p, 1)
            quote, base = codes[m.group(1)], codes[m.group(2)]
            start = 2
        else:
            from_header = _header_pair(header[1]) if len(header) == 2 else None
            if pair:
                base, quote = parse_pair(pair)
                if from_header and from_header != (base, quote):
                    raise UsageError(
                        f"--pair {base}/{quote} but the file's header says "
                        f"{from_header[0]}/{from_header[1]}"
                    )
            elif from_header:
                base, quote = from_header
            else:
                raise UsageError(
                    "a plain date,rate file does not say its pair: give --pair USD/KRW "
                    "(KRW per 1 USD) to rates import, or write the header 'date,USD/KRW'"
                )
            start = 2
            try:
                dt.date.fromisoformat(first[0].strip())
                start = 1  # no header line: the first line is data
                rest = _chain([first], it)
            except ValueError:
                pass
        col = []
        for n, row in enumerate(rest, start):
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
    table.sha256 = hashlib.sha256(raw).hexdigest()
    table.size = len(raw)
    return table


def _chain(a, b) -> Iterator[list[str]]:
    yield from a
    yield from b


def parse_pair(pair: str) -> tuple[str, str]:
    """``USD/KRW`` → ("USD", "KRW"); a usage error for anything else (exit status 2)."""
    from fincli.currencies import normalize_code
    from fincli.errors import UnknownCurrencyError

    m = re.fullmatch(r"\s*([A-Za-z]{3})\s*[/-]\s*([A-Za-z]{3})\s*", pair or "")
    if not m:
        raise UsageError(
            f"a pair is written BASE/QUOTE, e.g. USD/KRW (KRW per 1 USD), not {pair!r}"
        )
    try:
        base, quote = normalize_code(m.group(1)), normalize_code(m.group(2))
    except UnknownCurrencyError as e:
        raise UsageError(str(e)) from None
    if base == quote:
        raise UsageError(f"{base}/{quote}: a pair needs two different currencies")
    return base, quote


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
        if table.inverted:
            meta["inverted"] = sorted(c for c in table.inverted if c in meta["columns"])
    else:
        meta["base"], meta["quote"] = table.base, table.quote
    return meta

"""Dated exchange rates from real series, with explicit bounds and named errors.

A *series* is a directory holding ``meta.json`` and one compact ``date,value`` file per
column, oldest first. Two kinds:

* ``cross``: each column is units of that currency per 1 unit of the anchor (the ECB's
  reference rates: per 1 EUR). Quote per base = column[quote] ÷ column[base] on the same day.
* ``pair``: one column, units of ``quote`` per 1 ``base`` (FRED's DEXKOUS: KRW per USD);
  the inverse is 1 ÷ value.

The shipped series (``rates/compact/ecb`` and ``rates/compact/fred``) are built from the raw
files beside them by ``python -m fincli.rates build``; a test fails if they drift. A lookup
reads only the columns it needs and bisects ISO date strings, so a dated conversion costs a
few milliseconds, not a parse of 7,000 rows × 41 currencies.

Rules:

* A date with no fixing uses the latest earlier fixing (at most 10 days earlier); the
  :class:`Rate` then has ``date`` ≠ ``requested``.
* Before a series starts, or more than 10 days after it ends: :class:`RateNotFoundError`
  naming the coverage and what to do. There are no silent fallbacks to another series.
* ``YYYY`` and ``YYYY-MM`` give the mean of that period's daily fixings.
* Cross rates are quotients: they are computed to 28 significant digits, half-even. A
  converted amount is ``value × rate`` at that precision, rounded only for output.
* User series (``rates import``) live in the user data directory and are selected by name
  with ``--source``; they never change or shadow the shipped series.
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
import os
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Context, Decimal, InvalidOperation
from functools import cache
from pathlib import Path

from fincli.errors import DataFileError, RateNotFoundError, UsageError
from fincli.resources import rates_dir, user_dir

QUOTIENT = Context(prec=28, rounding=ROUND_HALF_EVEN)
MAX_GAP_DAYS = 10
SHIPPED = ("ecb", "fred")
_LINE = r"\d{4}-\d\d-\d\d,(?!0+(?:\.0*)?\n)\d+(?:\.\d+)?\n"
_VALID = re.compile(f"(?:{_LINE})*")
_ONE_LINE = re.compile(_LINE)


@dataclass(frozen=True, slots=True)
class Rate:
    """Units of ``quote`` per 1 ``base``, as fixed on ``date`` in series ``source``."""

    base: str
    quote: str
    value: Decimal
    date: str  # the fixing used: YYYY-MM-DD, or YYYY / YYYY-MM for a mean
    requested: str
    source: str
    fixings: int = 1

    @property
    def substituted(self) -> bool:
        return self.date != self.requested

    def convert(self, amount: Decimal) -> Decimal:
        return QUOTIENT.multiply(amount, self.value)


@dataclass
class Column:
    dates: list[str]
    values: list[str]
    path: Path

    def at(self, i: int) -> Decimal:
        return Decimal(self.values[i])


def _load_column(path: Path) -> Column:
    try:
        text = path.read_text(encoding="ascii")
    except FileNotFoundError:
        raise DataFileError("rate file missing", str(path)) from None
    except (UnicodeDecodeError, OSError) as e:
        raise DataFileError(f"unreadable rate file ({e})", str(path)) from None
    m = _VALID.match(text)
    if m.end() != len(text):
        line = text.count("\n", 0, m.end()) + 1
        bad = text[m.end() :].split("\n", 1)[0]
        raise DataFileError(
            f"expected 'YYYY-MM-DD,positive number', found {bad[:40]!r}", str(path), line
        )
    lines = text.splitlines()
    dates = [ln[:10] for ln in lines]
    values = [ln[11:] for ln in lines]
    if dates != sorted(dates) or len(set(dates)) != len(dates):  # C-speed checks first
        for i in range(1, len(dates)):  # then the line to name
            if dates[i] <= dates[i - 1]:
                raise DataFileError(
                    f"dates out of order ({dates[i]} after {dates[i - 1]})", str(path), i + 1
                )
    return Column(dates, values, path)


class Series:
    """One rate series on disk (see the module docstring for the layout)."""

    def __init__(self, path: Path):
        self.path = path
        try:
            self.meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise DataFileError("not a rate series (no meta.json)", str(path)) from None
        except (ValueError, OSError) as e:
            raise DataFileError(f"unreadable meta.json ({e})", str(path / "meta.json")) from None
        self.name: str = self.meta["name"]
        self.kind: str = self.meta["kind"]
        self.first: str = self.meta["first"]
        self.last: str = self.meta["last"]
        self._columns: dict[str, Column] = {}
        self._pairs: dict[tuple[str, str], tuple] = {}

    # -- columns -------------------------------------------------------------------------
    @property
    def codes(self) -> list[str]:
        if self.kind == "cross":
            return sorted(set(self.meta["columns"]) | {self.meta["anchor"]})
        return [self.meta["base"], self.meta["quote"]]

    def column(self, name: str) -> Column:
        col = self._columns.get(name)
        if col is None:
            col = self._columns[name] = _load_column(self.path / f"{name}.csv")
        return col

    def describe(self) -> str:
        return self.meta.get("title", self.name)

    def _unknown(self, code: str) -> RateNotFoundError:
        return RateNotFoundError(
            f"the {self.name} series has no {code} (it has {', '.join(self.codes)}); "
            f"use --source with another series, or rates import"
        )

    # -- daily rates ---------------------------------------------------------------------
    def _daily(self, base: str, quote: str):
        """(dates, value) for base/quote: value(i) is the rate on dates[i]. Cached per pair."""
        key = (base, quote)
        daily = self._pairs.get(key)
        if daily is None:
            daily = self._pairs[key] = self._make_daily(base, quote)
        return daily

    def _make_daily(self, base: str, quote: str):
        if base == quote:
            raise UsageError(f"{base}/{quote}: a currency against itself is 1")
        if self.kind == "pair":
            b, q = self.meta["base"], self.meta["quote"]
            if {base, quote} != {b, q}:
                missing = base if base not in (b, q) else quote
                raise self._unknown(missing)
            col = self.column(f"{b}-{q}")
            if (base, quote) == (b, q):
                return col.dates, col.at
            return col.dates, lambda i: QUOTIENT.divide(Decimal(1), col.at(i))
        anchor = self.meta["anchor"]
        cols = set(self.meta["columns"])
        for c in (base, quote):
            if c != anchor and c not in cols:
                raise self._unknown(c)
        if base == anchor:
            col = self.column(quote)
            return col.dates, col.at
        if quote == anchor:
            col = self.column(base)
            return col.dates, lambda i: QUOTIENT.divide(Decimal(1), col.at(i))
        cb, cq = self.column(base), self.column(quote)
        if cb.dates == cq.dates:
            return cq.dates, lambda i: QUOTIENT.divide(cq.at(i), cb.at(i))
        # columns that start or stop on different days: join on the common dates
        common = sorted(set(cb.dates) & set(cq.dates))
        ib = {d: i for i, d in enumerate(cb.dates)}
        iq = {d: i for i, d in enumerate(cq.dates)}
        return common, lambda i: QUOTIENT.divide(cq.at(iq[common[i]]), cb.at(ib[common[i]]))

    def rate(self, base: str, quote: str, on: str) -> Rate:
        """The rate on date ``on`` (ISO), or on the latest earlier fixing."""
        dates, value = self._daily(base, quote)
        if not dates:
            raise RateNotFoundError(f"the {self.name} series has no {base}/{quote} fixings")
        first, last = dates[0], dates[-1]
        if on < first:
            raise RateNotFoundError(
                f"no {base}/{quote} rate before {first} in the {self.name} series "
                f"(it covers {first} to {last}); use --source "
                f"{'fred' if self.name == 'ecb' else 'ecb'} or rates import"
            )
        i = bisect.bisect_right(dates, on) - 1
        gap = (dt.date.fromisoformat(on) - dt.date.fromisoformat(dates[i])).days
        if gap > MAX_GAP_DAYS:
            where = (
                f"the series ends {last}"
                if i == len(dates) - 1
                else f"the latest earlier fixing is {dates[i]}"
            )
            raise RateNotFoundError(
                f"no {base}/{quote} rate within {MAX_GAP_DAYS} days before {on} in the "
                f"{self.name} series ({where}; it covers {first} to {last}); use --source "
                f"with another series, or rates import"
            )
        return Rate(base, quote, value(i), dates[i], on, self.name)

    def average(self, base: str, quote: str, period: str) -> Rate:
        """The mean of the daily fixings in ``period`` (``YYYY`` or ``YYYY-MM``)."""
        dates, value = self._daily(base, quote)
        lo = bisect.bisect_left(dates, period)
        hi = bisect.bisect_left(dates, period + "\uffff")
        n = hi - lo
        if n == 0:
            raise RateNotFoundError(
                f"no {base}/{quote} fixings in {period} in the {self.name} series "
                f"(it covers {dates[0] if dates else '-'} to {dates[-1] if dates else '-'})"
            )
        total = Decimal(0)
        for i in range(lo, hi):
            total = QUOTIENT.add(total, value(i))
        return Rate(base, quote, QUOTIENT.divide(total, n), period, period, self.name, n)

    def history(self, base: str, quote: str, start: str, end: str) -> list[tuple[str, Decimal]]:
        dates, value = self._daily(base, quote)
        lo = bisect.bisect_left(dates, start)
        hi = bisect.bisect_right(dates, end)
        return [(dates[i], value(i)) for i in range(lo, hi)]

    def lookup(self, base: str, quote: str, on: str) -> Rate:
        """A date, a month (``YYYY-MM``) or a year (``YYYY``)."""
        kind = period_kind(on)
        return self.rate(base, quote, on) if kind == "date" else self.average(base, quote, on)


def period_kind(on: str) -> str:
    if re.fullmatch(r"\d{4}-\d\d-\d\d", on):
        try:
            dt.date.fromisoformat(on)
        except ValueError:
            raise UsageError(f"no such date {on!r}") from None
        return "date"
    if re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", on):
        return "month"
    if re.fullmatch(r"\d{4}", on):
        return "year"
    raise UsageError(
        f"--on takes a date (2025-10-29), a month (2025-10) or a year (2025), not {on!r}"
    )


# -- finding series ------------------------------------------------------------------------


def user_rates_dir() -> Path:
    return user_dir() / "rates"


@cache
def _shipped(name: str) -> Series:
    return Series(rates_dir() / "compact" / name)


def get_series(source: str = "ecb") -> Series:
    """``ecb``, ``fred``, the name of an imported series, or a path to a rate file."""
    if source in SHIPPED:
        return _shipped(source)
    user = user_rates_dir() / source
    if re.fullmatch(r"[A-Za-z0-9_.-]+", source) and (user / "meta.json").is_file():
        return Series(user)
    path = Path(source)
    if path.is_file():
        return series_from_file(path)
    names = ", ".join([*SHIPPED, *imported_names()])
    raise UsageError(f"unknown rate source {source!r}; use one of {names}, or a path to a CSV file")


def imported_names() -> list[str]:
    d = user_rates_dir()
    if not d.is_dir():
        return []
    return sorted(p.name for p in d.iterdir() if (p / "meta.json").is_file())


def all_series() -> list[Series]:
    return [get_series(n) for n in (*SHIPPED, *imported_names())]


# -- reading raw files: ECB, FRED, plain date,rate -----------------------------------------


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
            codes = json.loads((Path(__file__).parent / "data" / "fred_codes.json").read_text())
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


def write_series(
    table: Table, dest: Path, name: str, title: str, extra: dict | None = None
) -> None:
    """Write a validated table as a series directory, atomically (a rename at the end)."""
    import tempfile

    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{name}.", dir=dest.parent))
    try:
        meta = _meta(table, name, title, extra)
        for col, rows in table.columns.items():
            if rows:
                with open(tmp / f"{col}.csv", "w", encoding="ascii", newline="\n") as fh:
                    fh.writelines(f"{d},{v}\n" for d, v in rows)
                    fh.flush()
                    os.fsync(fh.fileno())
        (tmp / "meta.json").write_text(json.dumps(meta, indent=1, sort_keys=True) + "\n")
        old = None
        if dest.exists():
            old = dest.with_name(f".{name}.old.{os.getpid()}")
            os.rename(dest, old)
        os.rename(tmp, dest)
        if old is not None:
            _rmtree(old)
    except BaseException:
        _rmtree(tmp)
        raise


def _rmtree(path: Path) -> None:
    import shutil

    shutil.rmtree(path, ignore_errors=True)


def series_from_file(path: Path, pair: str | None = None) -> Series:
    """A series read straight from a user's CSV, validated whole on every use."""
    table = read_table(path, pair)
    series = Series.__new__(Series)
    series.path = path
    series.meta = _meta(table, str(path), f"file {path}")
    series.name, series.kind = str(path), table.kind
    series.first, series.last = series.meta["first"], series.meta["last"]
    series._columns = {
        name: Column([d for d, _ in rows], [v for _, v in rows], path)
        for name, rows in table.columns.items()
        if rows
    }
    series._pairs = {}
    return series


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


def import_file(
    path: Path, name: str | None = None, pair: str | None = None, layout: str = "auto"
) -> Series:
    """Validate every row of ``path``, then install it as user series ``name``.

    Nothing changes unless the whole file is good; concurrent imports are serialised by a lock.
    """
    import fcntl
    import hashlib

    name = name or re.sub(r"[^A-Za-z0-9_-]+", "-", path.stem).strip("-").lower() or "user"
    if name in SHIPPED or not re.fullmatch(r"[A-Za-z0-9_-]+", name):
        raise UsageError(
            f"cannot import as {name!r}: pick a name of letters, digits, - or _ "
            f"other than {', '.join(SHIPPED)}"
        )
    table = read_table(path, pair, layout)
    base = user_rates_dir()
    base.mkdir(parents=True, exist_ok=True)
    with open(base / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        write_series(
            table,
            base / name,
            name,
            f"imported from {path.name}",
            {
                "imported_from": str(path.resolve()),
                "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
                "imported_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            },
        )
    return Series(base / name)


# -- building the shipped series from the raw files ----------------------------------------


def build_shipped(root: Path | None = None) -> None:
    root = root or rates_dir()
    ecb = read_table(root / "eurofxref-hist.csv", layout="ecb")
    write_series(
        ecb,
        root / "compact" / "ecb",
        "ecb",
        "European Central Bank euro foreign exchange reference rates (units per 1 EUR)",
        {"provenance": "Source: ECB. eurofxref-hist.csv, see rates/README.md"},
    )
    fred = read_table(root / "DEXKOUS.csv", layout="fred")
    write_series(
        fred,
        root / "compact" / "fred",
        "fred",
        "Federal Reserve H.10 DEXKOUS, KRW per 1 USD, noon buying rates in New York",
        {
            "provenance": "Board of Governors of the Federal Reserve System (US), DEXKOUS, "
            "retrieved from FRED; see rates/README.md"
        },
    )


if __name__ == "__main__":
    import sys

    if sys.argv[1:] == ["build"]:
        build_shipped()
        print(f"built {rates_dir() / 'compact'}")
    else:
        print("usage: python -m fincli.rates build")

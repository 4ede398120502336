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
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Context, Decimal
from functools import cache
from pathlib import Path

from fincli.errors import DataFileError, RateNotFoundError, UsageError
from fincli.rates.layouts import _VALID, _meta, read_table
from fincli.resources import rates_dir, user_dir

QUOTIENT = Context(prec=28, rounding=ROUND_HALF_EVEN)
MAX_GAP_DAYS = 10
SHIPPED = ("ecb", "fred")


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

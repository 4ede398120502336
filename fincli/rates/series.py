"""Dated exchange rates from real series, with explicit bounds and named errors.

A *series* is a directory holding ``meta.json`` and one compact ``date,value`` file per
column, oldest first. Two kinds:

* ``cross``: each column is units of that currency per 1 unit of the anchor (the ECB's
  reference rates: per 1 EUR). Quote per base = column[quote] ÷ column[base] on the same day.
  A column listed in ``meta["inverted"]`` holds the other direction, units of the anchor per
  1 unit of it (FRED's DEXUSEU is dollars per euro; the Bank of Korea quotes won per unit),
  and is turned round on reading, never in the file.
* ``pair``: one column, units of ``quote`` per 1 ``base`` (FRED's DEXKOUS: KRW per USD);
  the inverse is 1 ÷ value.

The shipped series (``rates/compact/ecb`` and ``rates/compact/fred``) are built from the raw
files beside them by ``python -m fincli.rates build``; a test fails if they drift. A lookup
bisects the column file for the date it needs: a column of up to a megabyte (the shipped
ones are 0.2 MB at most) is read and validated whole; a larger one is searched in place (memory-mapped), each
line it reads validated, so a lookup in a series of a million rows reads a few pages of it.

Rules:

* A date with no fixing uses the latest earlier fixing (at most 10 days earlier); the
  :class:`Rate` then has ``date`` ≠ ``requested``.
* Before a series starts, or more than 10 days after it ends: :class:`RateNotFoundError`
  naming the coverage and what to do (``fincli rates update`` for a date past the end).
  There are no silent fallbacks to another series.
* ``YYYY`` and ``YYYY-MM`` give the mean of that period's daily fixings.
* Cross rates are quotients: they are computed to 28 significant digits, half-even. A
  converted amount is ``value × rate`` at that precision, rounded only for output.
* User series (``rates import``) live in the user data directory and are selected by name
  with ``--source``; they never change or shadow the shipped series.
* ``fincli rates update`` keeps its downloads in the same store under the names ``ecb``,
  ``fred`` and ``bok``. ``ecb`` and ``fred`` then read the shipped data up to its last
  fixing and the download after it; the shipped files are never changed.
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
import mmap
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Context, Decimal
from functools import cache
from pathlib import Path

from fincli.errors import DataFileError, FincliError, RateNotFoundError, UsageError
from fincli.rates.layouts import _ONE_LINE, _VALID, _meta, read_table
from fincli.resources import rates_dir, user_dir

QUOTIENT = Context(prec=28, rounding=ROUND_HALF_EVEN)
_EXACT = Context(prec=80)  # products of two rates before the one rounding of a quotient
MAX_GAP_DAYS = 10
SHIPPED = ("ecb", "fred")
UPDATED = ("ecb", "fred", "bok")  # names `rates update` writes in the store
RESERVED = UPDATED  # never a name for `rates import`
SMALL_COLUMN = 1 << 20  # bytes: read and validated whole; larger columns are searched in place
_ONE_LINE_B = re.compile(_ONE_LINE.pattern.encode())
_END = "9999-99-99"


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


class Column:
    """One ``date,value`` file, oldest first, searched by bisection on its bytes.

    ``buf`` is the whole file (bytes) or a memory map of it. Positions are byte offsets of
    line starts. A small file is validated whole when it is opened (every line, the order
    of the dates); a large one is validated line by line as lookups read it, with the order
    checked around every line a lookup returns (the line before it and the two after), and
    its size against the one the store recorded.
    """

    def __init__(self, buf, path: Path, checked: bool, lines: list[str] | None = None):
        self.buf = buf
        self.path = path
        self.checked = checked
        self.size = len(buf)
        # a checked file's lines as lists: bisect in C, as fast as a dict lookup
        self._d = [ln[:10] for ln in lines] if lines is not None else None
        self._v = [ln[11:] for ln in lines] if lines is not None else None

    @classmethod
    def from_rows(cls, rows, path: Path) -> Column:
        text = "".join(f"{d},{v}\n" for d, v in rows)
        return cls(text.encode("ascii"), path, True, text.splitlines())

    # -- reading lines ---------------------------------------------------------------------
    def _line_no(self, pos: int) -> int:
        return bytes(self.buf[:pos]).count(b"\n") + 1

    def _bad(self, pos: int, message: str | None = None) -> DataFileError:
        end = self.buf.find(b"\n", pos)
        raw = bytes(self.buf[pos : end if end >= 0 else self.size])
        msg = (
            message
            or f"expected 'YYYY-MM-DD,positive number', found {raw.decode('ascii', 'replace')[:40]!r}"
        )
        return DataFileError(msg, str(self.path), self._line_no(pos))

    def _start(self, pos: int) -> int:
        """The start of the line holding byte ``pos``."""
        return self.buf.rfind(b"\n", 0, pos) + 1

    def line(self, pos: int) -> tuple[str, str, int]:
        """(date, value, position of the next line) of the line starting at ``pos``."""
        end = self.buf.find(b"\n", pos)
        if end < 0 or (not self.checked and not _ONE_LINE_B.fullmatch(self.buf, pos, end + 1)):
            raise self._bad(pos)
        raw = bytes(self.buf[pos:end]).decode("ascii")
        return raw[:10], raw[11:], end + 1

    def _prev(self, pos: int) -> int | None:
        return None if pos == 0 else self._start(pos - 1)

    @property
    def first(self) -> str | None:
        if self._d is not None:
            return self._d[0] if self._d else None
        return self.line(0)[0] if self.size else None

    @property
    def last(self) -> str | None:
        if self._d is not None:
            return self._d[-1] if self._d else None
        return self.line(self._start(self.size - 1))[0] if self.size else None

    def _bisect(self, key: str) -> int:
        """Position of the first line whose date is > key (``size`` if none)."""
        lo, hi = 0, self.size
        k = key.encode("ascii")
        while lo < hi:
            s = self._start((lo + hi) // 2)
            if s < lo:  # the middle is inside the line that starts before lo
                s = lo
            end = self.buf.find(b"\n", s)
            end = self.size - 1 if end < 0 else end
            if bytes(self.buf[s : s + 10]) <= k:
                lo = end + 1
            else:
                hi = s
        return lo

    def _ordered(self, pos: int) -> None:
        """Check the dates around the line at ``pos`` (large, unchecked files only)."""
        if self.checked:
            return
        d, _, nxt = self.line(pos)
        p = self._prev(pos)
        if p is not None and self.line(p)[0] >= d:
            raise self._bad(pos, f"dates out of order ({d} after {self.line(p)[0]})")
        for _ in range(2):  # the next two lines: one altered date cannot hide the answer
            if nxt >= self.size:
                break
            d2, _, after = self.line(nxt)
            if d2 <= d:
                raise self._bad(nxt, f"dates out of order ({d2} after {d})")
            d, nxt = d2, after

    def le(self, on: str) -> tuple[str, str] | None:
        """(date, value) of the latest line dated on or before ``on``."""
        if self._d is not None and self._v is not None:
            i = bisect.bisect_right(self._d, on) - 1
            return (self._d[i], self._v[i]) if i >= 0 else None
        pos = self._prev(self._bisect(on))
        if pos is None:
            return None
        self._ordered(pos)
        d, v, _ = self.line(pos)
        return d, v

    def ge(self, on: str) -> tuple[str, str] | None:
        """(date, value) of the earliest line dated on or after ``on``."""
        if self._d is not None and self._v is not None:
            i = bisect.bisect_left(self._d, on)
            return (self._d[i], self._v[i]) if i < len(self._d) else None
        pos = self._bisect(_before(on))
        if pos >= self.size:
            return None
        self._ordered(pos)
        d, v, _ = self.line(pos)
        return d, v

    def between(self, lo: str, hi: str) -> Iterator[tuple[str, str]]:
        """Every (date, value) with lo <= date <= hi, in order."""
        if self._d is not None and self._v is not None:
            a, b = bisect.bisect_left(self._d, lo), bisect.bisect_right(self._d, hi)
            yield from zip(self._d[a:b], self._v[a:b], strict=True)
            return
        pos = self._bisect(_before(lo))
        prev = None
        while pos < self.size:
            d, v, nxt = self.line(pos)
            if d > hi:
                return
            if prev is not None and d <= prev:
                raise self._bad(pos, f"dates out of order ({d} after {prev})")
            prev = d
            yield d, v
            pos = nxt

    # -- whole-column views, for tests and small series -----------------------------------
    @property
    def dates(self) -> list[str]:
        return [d for d, _ in self.between("", _END)]

    @property
    def values(self) -> list[str]:
        return [v for _, v in self.between("", _END)]


def _before(on: str) -> str:
    """The greatest key below ``on`` for bisection (dates are ASCII, so drop to a prefix)."""
    return on[:-1] + chr(ord(on[-1]) - 1) + "\x7f" if on else ""


def _load_column(path: Path, size: int | None = None) -> Column:
    """Open a column file: small ones read and checked whole, large ones memory-mapped.

    ``size`` is the byte size the store recorded when it wrote the file; a large file of
    another size has been changed behind fincli's back and is refused.
    """
    try:
        fh = open(path, "rb")
    except FileNotFoundError:
        raise DataFileError("rate file missing", str(path)) from None
    except OSError as e:
        raise DataFileError(f"unreadable rate file ({e})", str(path)) from None
    with fh:
        try:
            n = os.fstat(fh.fileno()).st_size
            if n > SMALL_COLUMN:
                if size is not None and n != size:
                    raise DataFileError(
                        f"the file is {n} bytes, not the {size} the store wrote; "
                        f"import the series again",
                        str(path),
                    )
                return Column(mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ), path, False)
            raw = fh.read()
        except OSError as e:
            raise DataFileError(f"unreadable rate file ({e})", str(path)) from None
    try:
        text = raw.decode("ascii")
    except UnicodeDecodeError as e:
        raise DataFileError(f"unreadable rate file ({e})", str(path)) from None
    m = _VALID.match(text)
    good = m.end() if m else 0  # the pattern matches the empty string: m is never None
    if good != len(text):
        line = text.count("\n", 0, good) + 1
        bad = text[good:].split("\n", 1)[0]
        raise DataFileError(
            f"expected 'YYYY-MM-DD,positive number', found {bad[:40]!r}", str(path), line
        )
    lines = text.splitlines()
    col = Column(raw, path, True, lines)
    dates = col._d or []
    if dates != sorted(dates) or len(set(dates)) != len(dates):  # C-speed checks first
        for i in range(1, len(dates)):  # then the line to name
            if dates[i] <= dates[i - 1]:
                raise DataFileError(
                    f"dates out of order ({dates[i]} after {dates[i - 1]})", str(path), i + 1
                )
    return col


# -- daily views: one pair's fixings, however the series stores them -------------------------


class _Daily:
    """The fixings of one pair: ``first``, ``last``, ``le(on)``, ``between(lo, hi)``."""

    first: str | None
    last: str | None

    def le(self, on: str) -> tuple[str, Decimal] | None:
        raise NotImplementedError

    def between(self, lo: str, hi: str) -> Iterator[tuple[str, Decimal]]:
        raise NotImplementedError


class _Direct(_Daily):
    """One column, as it is or turned round (1 ÷ value)."""

    def __init__(self, col: Column, invert: bool):
        self.col, self.invert = col, invert
        self.first, self.last = col.first, col.last

    def _v(self, raw: str) -> Decimal:
        return QUOTIENT.divide(Decimal(1), Decimal(raw)) if self.invert else Decimal(raw)

    def le(self, on):
        hit = self.col.le(on)
        return None if hit is None else (hit[0], self._v(hit[1]))

    def between(self, lo, hi):
        for d, v in self.col.between(lo, hi):
            yield d, self._v(v)


class _Cross(_Daily):
    """Quote ÷ base of two columns of a cross series, on the days both have a fixing."""

    def __init__(self, cb: Column, ib: bool, cq: Column, iq: bool):
        self.cb, self.ib, self.cq, self.iq = cb, ib, cq, iq
        # the usual case: two checked columns fixed on the same days, one bisection a lookup
        self.same = cb._d is not None and cb._d == cq._d
        hit = self._common(self.cb.ge, self.cq.ge, max, "0")
        self.first = hit and hit[0]
        hit = self._common(self.cb.le, self.cq.le, min, _END)
        self.last = hit and hit[0]

    @staticmethod
    def _common(fb, fq, pick, on):
        while True:
            hb, hq = fb(on), fq(on)
            if hb is None or hq is None:
                return None
            if hb[0] == hq[0]:
                return hb[0], hb[1], hq[1]
            on = pick(hb[0], hq[0])

    def _v(self, vb: str, vq: str) -> Decimal:
        b, q = Decimal(vb), Decimal(vq)
        if not self.ib and not self.iq:
            return QUOTIENT.divide(q, b)
        if self.ib and self.iq:
            return QUOTIENT.divide(b, q)
        if self.ib:  # q per anchor × anchor per b
            return QUOTIENT.multiply(q, b)
        return QUOTIENT.divide(Decimal(1), _EXACT.multiply(q, b))

    def le(self, on):
        if self.same:
            d = self.cb._d
            i = bisect.bisect_right(d, on) - 1
            return None if i < 0 else (d[i], self._v(self.cb._v[i], self.cq._v[i]))
        hit = self._common(self.cb.le, self.cq.le, min, on)
        return None if hit is None else (hit[0], self._v(hit[1], hit[2]))

    def between(self, lo, hi):
        qs = self.cq.between(lo, hi)
        q = next(qs, None)
        for d, vb in self.cb.between(lo, hi):
            while q is not None and q[0] < d:
                q = next(qs, None)
            if q is None:
                return
            if q[0] == d:
                yield d, self._v(vb, q[1])


class _Chain(_Daily):
    """The shipped fixings, then the downloaded ones dated after the shipped data ends."""

    def __init__(self, a: _Daily, b: _Daily):
        self.a, self.b = a, b
        self.first = a.first
        self.last = b.last if a.last is None or (b.last and b.last > a.last) else a.last
        self._after = a.last or ""

    def le(self, on):
        if on > self._after:
            hit = self.b.le(on)
            if hit is not None and hit[0] > self._after:
                return hit
        return self.a.le(on)

    def between(self, lo, hi):
        yield from self.a.between(lo, hi)
        for d, v in self.b.between(lo, hi):
            if d > self._after:
                yield d, v


class Series:
    """One rate series on disk (see the module docstring for the layout)."""

    def __init__(self, path: Path, name: str | None = None):
        self.path = path
        try:
            meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise DataFileError("not a rate series (no meta.json)", str(path)) from None
        except (ValueError, OSError) as e:
            raise DataFileError(f"unreadable meta.json ({e})", str(path / "meta.json")) from None
        _check_meta(meta, path / "meta.json")
        self.meta = meta
        self.name: str = name or meta["name"]
        self.kind: str = meta["kind"]
        self.first: str = meta["first"]
        self.last: str = meta["last"]
        self.extension: Series | None = None  # a download that continues this series
        self.replaced: str | None = None  # set by an import that replaced an older series
        self._columns: dict[str, Column] = {}
        self._pairs: dict[tuple[str, str], _Daily] = {}

    # -- columns -------------------------------------------------------------------------
    @property
    def codes(self) -> list[str]:
        own = self._own_codes()
        if self.extension is not None:
            own = sorted(set(own) | set(self.extension.codes))
        return own

    def _own_codes(self) -> list[str]:
        if self.kind == "cross":
            return sorted(set(self.meta["columns"]) | {self.meta["anchor"]})
        return [self.meta["base"], self.meta["quote"]]

    def column(self, name: str) -> Column:
        col = self._columns.get(name)
        if col is None:
            size = (self.meta.get("sizes") or {}).get(name)
            col = self._columns[name] = _load_column(self.path / f"{name}.csv", size)
        return col

    def describe(self) -> str:
        return self.meta.get("title", self.name)

    def _unknown(self, code: str) -> RateNotFoundError:
        return RateNotFoundError(
            f"the {self.name} series has no {code} (it has {', '.join(self.codes)}); "
            f"use --source with another series, or rates import"
        )

    def extend(self, newer: Series) -> None:
        """Read ``newer`` for the dates after this series ends (a `rates update` download)."""
        self.extension = newer
        self._pairs.clear()
        if newer.last > self.last:
            self.last = newer.last

    # -- daily rates ---------------------------------------------------------------------
    def _daily(self, base: str, quote: str) -> _Daily:
        """The fixings of base/quote. Cached per pair."""
        key = (base, quote)
        daily = self._pairs.get(key)
        if daily is None:
            daily = self._pairs[key] = self._make_daily(base, quote)
        return daily

    def _make_daily(self, base: str, quote: str) -> _Daily:
        if base == quote:
            raise UsageError(f"{base}/{quote}: a currency against itself is 1")
        if self.extension is None:
            return self._own_daily(base, quote)
        try:
            own = self._own_daily(base, quote)
        except RateNotFoundError:
            try:
                return self.extension._daily(base, quote)
            except RateNotFoundError:
                raise self._unknown(base if base not in self.codes else quote) from None
        try:
            newer = self.extension._daily(base, quote)
        except RateNotFoundError:
            return own
        return newer if own.first is None else _Chain(own, newer)

    def _own_daily(self, base: str, quote: str) -> _Daily:
        if self.kind == "pair":
            b, q = self.meta["base"], self.meta["quote"]
            if {base, quote} != {b, q}:
                missing = base if base not in (b, q) else quote
                raise self._unknown(missing)
            return _Direct(self.column(f"{b}-{q}"), (base, quote) != (b, q))
        anchor = self.meta["anchor"]
        cols = set(self.meta["columns"])
        inverted = set(self.meta.get("inverted", ()))
        for c in (base, quote):
            if c != anchor and c not in cols:
                raise self._unknown(c)
        if base == anchor:
            return _Direct(self.column(quote), quote in inverted)
        if quote == anchor:
            return _Direct(self.column(base), base not in inverted)
        return _Cross(self.column(base), base in inverted, self.column(quote), quote in inverted)

    def _empty(self, base: str, quote: str) -> RateNotFoundError:
        if self.kind == "cross" and self.extension is None:
            spans = []
            for c in (base, quote):
                if c != self.meta["anchor"]:
                    col = self.column(c)
                    spans.append(f"{c} {col.first} to {col.last}")
            return RateNotFoundError(
                f"the {self.name} series has no day with both {base} and {quote} "
                f"({'; '.join(spans)}); use --source with another series, or rates import"
            )
        return RateNotFoundError(f"the {self.name} series has no {base}/{quote} fixings")

    def _past_end(self) -> str:
        return (
            "run fincli rates update for newer fixings, or use --source with another series"
            if self.name in UPDATED
            else "use --source with another series, or rates import"
        )

    def rate(self, base: str, quote: str, on: str) -> Rate:
        """The rate on date ``on`` (ISO), or on the latest earlier fixing."""
        daily = self._daily(base, quote)
        first, last = daily.first, daily.last
        if first is None or last is None:
            raise self._empty(base, quote)
        if on < first:
            raise RateNotFoundError(
                f"no {base}/{quote} rate before {first} in the {self.name} series "
                f"(it covers {first} to {last}); use --source "
                f"{'fred' if self.name == 'ecb' else 'ecb'} or rates import"
            )
        hit = daily.le(on)
        if hit is None:  # cannot happen once on >= first; stay total
            raise self._empty(base, quote)
        d, value = hit
        gap = (dt.date.fromisoformat(on) - dt.date.fromisoformat(d)).days
        if gap > MAX_GAP_DAYS:
            where = f"the series ends {last}" if d == last else f"the latest earlier fixing is {d}"
            what = (
                self._past_end()
                if d == last
                else "use --source with another series, or rates import"
            )
            raise RateNotFoundError(
                f"no {base}/{quote} rate within {MAX_GAP_DAYS} days before {on} in the "
                f"{self.name} series ({where}; it covers {first} to {last}); {what}"
            )
        return Rate(base, quote, value, d, on, self.name)

    def past_end_note(self, rate: Rate) -> str:
        """What a note on a substituted fixing adds when the date is past the series' end."""
        last = self._daily(rate.base, rate.quote).last
        if last is not None and rate.requested > last and self.name in UPDATED:
            return f" (the {self.name} series ends {rate.date}; fincli rates update fetches newer fixings)"
        return ""

    def average(self, base: str, quote: str, period: str) -> Rate:
        """The mean of the daily fixings in ``period`` (``YYYY`` or ``YYYY-MM``)."""
        daily = self._daily(base, quote)
        n = 0
        total = Decimal(0)
        for _, v in daily.between(period, period + "\x7f"):
            total = QUOTIENT.add(total, v)
            n += 1
        if n == 0:
            if daily.first is None:
                raise self._empty(base, quote)
            raise RateNotFoundError(
                f"no {base}/{quote} fixings in {period} in the {self.name} series "
                f"(it covers {daily.first} to {daily.last})"
                + (f"; {self._past_end()}" if daily.last and period > daily.last else "")
            )
        return Rate(base, quote, QUOTIENT.divide(total, n), period, period, self.name, n)

    def history(self, base: str, quote: str, start: str, end: str) -> list[tuple[str, Decimal]]:
        return list(self.iter_history(base, quote, start, end))

    def iter_history(
        self, base: str, quote: str, start: str, end: str
    ) -> Iterator[tuple[str, Decimal]]:
        """The fixings from ``start`` to ``end``, one at a time (flat memory for any range)."""
        return self._daily(base, quote).between(start, end)

    def coverage(self, base: str, quote: str) -> tuple[str | None, str | None]:
        daily = self._daily(base, quote)
        return daily.first, daily.last

    def lookup(self, base: str, quote: str, on: str) -> Rate:
        """A date, a month (``YYYY-MM``) or a year (``YYYY``)."""
        kind = period_kind(on)
        return self.rate(base, quote, on) if kind == "date" else self.average(base, quote, on)


def _check_meta(meta, path: Path) -> None:
    """A meta.json fincli can use: the fields of its kind, as strings of the right shape."""

    def bad(what: str) -> DataFileError:
        return DataFileError(f"not a fincli series description ({what})", str(path))

    if not isinstance(meta, dict):
        raise bad("not a JSON object")
    for k in ("name", "kind", "first", "last"):
        if not isinstance(meta.get(k), str):
            raise bad(f"no {k!r}")
    for k in ("first", "last"):
        if not re.fullmatch(r"\d{4}-\d\d-\d\d", meta[k]):
            raise bad(f"{k!r} is not a date")
    code = re.compile(r"[A-Z]{3}")
    if meta["kind"] == "cross":
        cols = meta.get("columns")
        if not isinstance(meta.get("anchor"), str) or not code.fullmatch(meta["anchor"]):
            raise bad("no 'anchor'")
        if not isinstance(cols, list) or not all(
            isinstance(c, str) and code.fullmatch(c) for c in cols
        ):
            raise bad("no 'columns'")
        inv = meta.get("inverted", [])
        if not isinstance(inv, list) or not set(inv) <= set(cols):
            raise bad("bad 'inverted'")
    elif meta["kind"] == "pair":
        for k in ("base", "quote"):
            if not isinstance(meta.get(k), str) or not code.fullmatch(meta[k]):
                raise bad(f"no {k!r}")
    else:
        raise bad(f"unknown kind {meta['kind']!r}")
    sizes = meta.get("sizes", {})
    if not isinstance(sizes, dict) or not all(isinstance(v, int) for v in sizes.values()):
        raise bad("bad 'sizes'")


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

NAME_RULE = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")


def user_rates_dir() -> Path:
    return user_dir() / "rates"


@cache
def _shipped(name: str) -> Series:
    return Series(rates_dir() / "compact" / name)


def _stored(name: str) -> Path | None:
    """The store's current version of series ``name``, or None."""
    p = user_rates_dir() / name
    try:
        # resolve the pointer once: meta.json and the columns then come from one version
        return p.resolve() if (p / "meta.json").is_file() else None
    except OSError as e:
        raise DataFileError(f"cannot read the rate store ({e.strerror})", str(p)) from None


def get_series(source: str = "ecb") -> Series:
    """``ecb``, ``fred``, ``bok``, an imported series' name, or a path to a rate file."""
    if source in UPDATED:
        got = _stored(source)
        if got is not None and "downloaded_from" not in Series(got, source).meta:
            raise DataFileError(
                f"the store's {source!r} was imported (fincli 0.1 allowed the name), not "
                f"downloaded; fincli rates update {source} replaces it",
                str(user_rates_dir() / source),
            )
        if source not in SHIPPED:
            if got is None:
                raise RateNotFoundError(
                    f"the {source} series is not downloaded yet; run fincli rates update "
                    f"{source} (it needs an ECOS key in FINCLI_ECOS_KEY or --key)"
                )
            return Series(got, source)
        shipped = _shipped(source)
        if got is None:
            return shipped
        newer = Series(got, source)
        if newer.last <= shipped.last:
            return shipped
        series = Series(shipped.path, source)  # a fresh object: the cached one stays plain
        series.extend(newer)
        return series
    if NAME_RULE.fullmatch(source):
        got = _stored(source)
        if got is not None:
            return Series(got, source)
    path = Path(source)
    try:
        if path.is_dir() and (path / "meta.json").is_file():
            return Series(path)
        if path.is_file():
            return series_from_file(path)
    except OSError as e:
        raise DataFileError(f"cannot read ({e.strerror})", source) from None
    names = ", ".join([*UPDATED, *imported_names()])
    raise UsageError(f"unknown rate source {source!r}; use one of {names}, or a path to a CSV file")


def imported_names() -> list[str]:
    """Names of the series `rates import` wrote (never a temporary or hidden entry)."""
    d = user_rates_dir()
    try:
        if not d.is_dir():
            return []
        names = [p.name for p in d.iterdir()]
    except OSError as e:
        raise DataFileError(f"cannot read the rate store ({e.strerror})", str(d)) from None
    out = []
    for n in sorted(names):
        if n in RESERVED or not NAME_RULE.fullmatch(n):
            continue
        try:
            if (d / n / "meta.json").is_file():
                out.append(n)
        except OSError:
            out.append(n)  # listed, so that opening it names the problem
    return out


def all_series() -> list[Series]:
    return [get_series(n) for n in (*SHIPPED, *imported_names())]


def each_series() -> Iterator[tuple[str, Series | FincliError]]:
    """Every series by name, or the error that keeps it from being read (one bad series
    does not hide the others)."""
    for n in (*UPDATED, *imported_names()):
        try:
            if n in UPDATED and n not in SHIPPED and _stored(n) is None:
                continue
            yield n, get_series(n)
        except FincliError as e:
            yield n, e


def series_from_file(path: Path, pair: str | None = None) -> Series:
    """A series read straight from a user's CSV, validated whole on every use."""
    table = read_table(path, pair)
    series = Series.__new__(Series)
    series.path = path
    series.meta = _meta(table, str(path), f"file {path}")
    series.name, series.kind = str(path), table.kind
    series.first, series.last = series.meta["first"], series.meta["last"]
    series.extension = series.replaced = None
    series._columns = {
        name: Column.from_rows(rows, path) for name, rows in table.columns.items() if rows
    }
    series._pairs = {}
    return series


STALE_DAYS = 7


def _origin_of(s: Series) -> dict:
    """Where a series' data came from, for `rates sources`."""
    from fincli import __version__

    m = s.meta
    if "downloaded_from" in m:
        return {
            "origin": f"updated {m['downloaded_at'][:10]} from {m['downloaded_from']}",
            "updated": m["downloaded_at"],
            "url": m["downloaded_from"],
            "sha256": m.get("sha256"),
        }
    if "imported_from" in m:
        return {
            "origin": f"imported {m.get('imported_at', '?')[:10]} from {m['imported_from']}",
            "updated": m.get("imported_at"),
            "url": None,
            "sha256": m.get("sha256"),
        }
    return {
        "origin": f"shipped with fincli {__version__}",
        "updated": None,
        "url": None,
        "sha256": None,
    }


def describe_all(today: dt.date | None = None) -> Iterator[dict]:
    """One record per series for `rates sources`; a series that cannot be read gives a
    record with ``error`` and the others still come."""
    for rec, _err in describe_each(today):
        yield rec


def describe_each(today: dt.date | None = None) -> Iterator[tuple[dict, FincliError | None]]:
    """:func:`describe_all`'s records, each with the error its ``error`` field says (None when
    there is none): fincli's own, or an ``internal error`` for what no one foresaw, so one
    series' bug leaves the others listed and the exit status is the table's (70)."""
    from fincli.errors import internal_error

    today = today or dt.date.today()
    for name, s in each_series():
        rec: dict[str, object] = {
            "name": name,
            "first": None,
            "last": None,
            "currencies": "",
            "title": None,
            "provenance": None,
            "origin": None,
            "updated": None,
            "url": None,
            "sha256": None,
            "age_days": None,
            "stale": None,
            "error": None,
        }
        err = s if isinstance(s, FincliError) else None
        if not isinstance(s, FincliError):
            try:
                rec.update(_describe(s, today))
            except FincliError as e:
                err = e
            except Exception as e:  # the safety net: a bug in one series, reported
                err = internal_error("", e)
        if err is not None:
            rec["error"] = str(err)
        yield rec, err


def _describe(s: Series, today: dt.date) -> dict:
    """A readable series' fields for `rates sources`."""
    origin = _origin_of(s)
    if s.extension is not None:
        newer = _origin_of(s.extension)
        origin = {
            **newer,
            "origin": f"{origin['origin']} to {s.meta['last']}; after it {newer['origin']}",
        }
    age = (today - dt.date.fromisoformat(s.last)).days
    return dict(
        first=s.first,
        last=s.last,
        currencies=" ".join(s.codes),
        title=s.describe(),
        provenance=s.meta.get("provenance") or s.meta.get("imported_from"),
        age_days=age,
        stale=age > STALE_DAYS,
        **origin,
    )

"""The records of the amount and rate commands, made without the command line: parse's record
for one written amount, convert's for one amount at one rate, and ``rates show``'s for one
date or a range of fixings, and a ``rates sources`` row as its table shows it.

Values are exact plain strings (:func:`fincli.report.plain`); converted amounts are rounded to
the target currency's minor unit here, on output only. What would be a note on stderr (a date
with no fixing, answered with an earlier one) is returned beside the record, for the caller
to show as it likes. This module sits above :mod:`fincli.money`, :mod:`fincli.report` and
:mod:`fincli.rates`, which it joins; nothing below it imports it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from fincli.errors import FincliError, ParseError, UsageError
from fincli.report import plain, round_to_minor

if TYPE_CHECKING:  # parse needs no rates: they are not imported for it
    from fincli.rates import Series


@lru_cache(maxsize=16384)
def parse_fields(text: str) -> tuple[tuple[str, object], ...]:
    """parse's record for one expression (its fields, as an immutable tuple of pairs);
    like parse_amount, the last 16,384 distinct expressions are remembered."""
    from fincli.money import parse_amount

    fields = parse_amount(text).to_record()
    del fields["text"]  # the record's 'input' is the whole line as given
    return tuple(fields.items())


def convert(
    text: str,
    to: str,
    on: str,
    series: Series,
    assume: str | None = None,
    into: dict | None = None,
    on_note: Callable[[str], None] | None = None,
) -> tuple[dict, str | None]:
    """convert's record for one written amount in ``to`` at ``series``' rate on ``on``, and
    the note to show when that date has no fixing (None when it has one).

    The amount's own currency, else ``assume``; none at all is a :class:`ParseError`. An
    amount already in ``to`` is converted by identity (rate 1, source ``identity``), with
    no lookup. The fields go into ``into`` (a new dict by default) as they are known, so a
    caller's record keeps the value and currency when the rate lookup then fails; likewise
    ``on_note``, if given, hears the note as soon as it is known, even if rounding then
    fails."""
    from fincli.money import parse_amount

    rec = {} if into is None else into
    a = parse_amount(text)
    cur = a.currency or assume
    rec.update(value=plain(a.value), currency=cur, to=to, requested=on)
    if cur is None:
        raise ParseError(
            f"no currency written in {text.strip()!r}; write one (원, 달러) or pass --from KRW"
        )
    note = None
    if cur == to:
        rec.update(rate="1", rate_date=on, source="identity", converted=round_to_minor(a.value, to))
        conv = lambda v: v  # noqa: E731
    else:
        r = series.lookup(cur, to, on)
        if r.substituted and r.fixings == 1:
            note = f"no {series.name} fixing on {on}; used {r.date}" + series.past_end_note(r)
            if on_note is not None:
                on_note(note)
        rec.update(
            rate=plain(r.value),
            rate_date=r.date,
            source=r.source,
            converted=round_to_minor(r.convert(a.value), to),
        )
        conv = r.convert
    if a.low is not None:
        rec["converted_low"] = round_to_minor(conv(a.low), to)
        rec["converted_high"] = round_to_minor(conv(a.high), to)
    return rec, note


def rate_on(series: Series, base: str, quote: str, on: str) -> tuple[dict, str | None]:
    """``rates show``'s record for ``base/quote`` on one date, month or year, and the note to
    show when the date has no fixing (None when it has one)."""
    r = series.lookup(base, quote, on)
    note = None
    if r.substituted and r.fixings == 1:
        note = f"no {series.name} fixing on {on}; used {r.date}" + series.past_end_note(r)
    rec = {
        "pair": f"{base}/{quote}",
        "rate": plain(r.value),
        "rate_date": r.date,
        "requested": on,
        "source": r.source,
        "fixings": r.fixings,
    }
    return rec, note


def rate_history(
    series: Series, base: str, quote: str, start: str | None, end: str | None
) -> Iterator[dict]:
    """``rates show --from/--to``'s records: one per fixing of ``base/quote`` from ``start``
    to ``end`` (by default where the pair's coverage, else the series', begins and ends).
    Dates that are not days are a :class:`UsageError`; a range with no fixing at all is a
    :class:`FincliError` naming the coverage, raised after the (empty) range is read."""
    from fincli.rates import period_kind

    for d in (start, end):
        if d is not None and period_kind(d) != "date":
            raise UsageError(f"--from and --to take dates (2025-10-01), not {d!r}")
    first, last = series.coverage(base, quote)
    s, e = start or first or series.first, end or last or series.last
    n = 0
    for d, v in series.iter_history(base, quote, s, e):
        n += 1
        yield {
            "pair": f"{base}/{quote}",
            "rate": plain(v),
            "rate_date": d,
            "requested": d,
            "source": series.name,
            "fixings": 1,
        }
    if not n:
        raise FincliError(
            f"no {base}/{quote} fixings from {s} to {e} in the {series.name} series "
            f"(it covers {first or series.first} to {last or series.last})"
        )


def source_row(rec: dict) -> dict:
    """A ``rates sources`` record as the table for people shows it: its age in days (marked
    STALE when old), six currencies or more as their count, an unreadable series' error as
    its origin."""
    rec = dict(rec)
    if rec["error"]:
        rec["origin"] = f"unreadable: {rec['error']}"
    elif rec["age_days"] is not None:
        rec["age"] = f"{rec['age_days']} d" + (" STALE" if rec["stale"] else "")
    codes = rec["currencies"].split()
    if len(codes) >= 6:
        rec["currencies"] = f"{len(codes)} currencies"
    return rec

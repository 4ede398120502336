"""Checking a conversion an article states against the real rate of its date.

For ``X (Y)`` — a main figure and the conversion stated beside it — the article implies the
rate ``Y / X``. Each figure was rounded to the last digit it was written with (``약 7조`` is
anything in [6.5조, 7.5조), ``18억`` in [17.5억, 18.5억)), so the rates consistent with what
was written are those under which **each figure rounds to the other**:

    X·r rounds to Y   →  r ∈ [(Y − ½uY) / X, (Y + ½uY) / X)
    Y/r rounds to X   →  r ∈ (Y / (X + ½uX), Y / (X − ½uX)]

``rate_low``/``rate_high`` is the intersection of the two. Rates are expressed as KRW per
1 unit of the foreign currency when one side is won, otherwise as units of the stated
currency per 1 unit of the main one.

Verdicts, by how far the day's real rate lies outside that interval (relative distance):

* ``ok``: inside, or within 1% (the gap between rate sources, ECB against FRED, is about that);
* ``loose``: within 3%;
* ``suspect``: further;
* ``unit-error``: the implied rate is off from the real one by a power of ten (±10%);
* ``same-currency``: both figures are in one currency (``3조 원(25억 원)``, a slip for 25억
  달러): no rate is looked up; ``implied_rate`` is their ratio and ``rate`` 1.

``deviation`` is the signed percentage between the stated figure and the figure at the day's
rate. ``held_on`` lists the most recent periods, up to two years back, in which the real rate
lay inside the interval (fixings less than two weeks apart form one period); ``held_last`` is
the last such day. A conversion carried over from an earlier announcement shows up there.

Signs: the interval is worked out on the figures' sizes. A conversion whose sign differs from
its amount's (``50억 달러(약 -7조 원)``) is ``suspect`` whatever the sizes, and its implied rate
is negative; two negative figures (``-50억 달러(약 -7조 원)``) are checked as their sizes are.
A zero figure implies no rate: checking it is a :class:`CheckError`, not a verdict.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from decimal import Decimal

from fincli.errors import FincliError, InputError, UsageError
from fincli.money import Amount, _s
from fincli.rates import QUOTIENT, Series


class CheckError(FincliError, ValueError):
    """A stated conversion that cannot be checked (a zero figure implies no rate)."""


OK_MARGIN = Decimal("0.01")
LOOSE_MARGIN = Decimal("0.03")
HELD_LOOKBACK_DAYS = 731
HELD_RUNS = 3
MERGE_GAP_DAYS = 14
FAILING = frozenset(
    {"suspect", "unit-error", "same-currency"}
)  # verdicts that fail a check ('loose' too if strict)
# A checked conversion as `fincli check` writes it: where it was found, then Check.to_record
CHECK_KEYS = ["file", "text", "stated_text", "start", "end", "value", "currency",
              "stated_value", "stated_currency", "pair", "implied_rate", "rate", "rate_date",
              "source", "rate_low", "rate_high", "verdict", "deviation", "held_on", "held_last",
              "date", "date_from"]  # fmt: skip


@dataclass
class Check:
    main: Amount
    stated: Amount
    base: str  # the rate is units of quote per 1 base
    quote: str
    implied_rate: Decimal
    rate: Decimal
    rate_date: str
    source: str
    rate_low: Decimal
    rate_high: Decimal
    verdict: str
    deviation: Decimal
    held_on: list[str]

    def to_record(self) -> dict:
        q = Decimal("0.0001")
        return {
            "text": self.main.text,
            "stated_text": self.stated.text,
            "start": self.main.start,
            "end": self.stated.end,
            "value": _s(self.main.value),
            "currency": self.main.currency,
            "stated_value": _s(self.stated.value),
            "stated_currency": self.stated.currency,
            "pair": f"{self.base}/{self.quote}",
            "implied_rate": _s(self.implied_rate.quantize(q)),
            "rate": _s(self.rate.quantize(q)),
            "rate_date": self.rate_date,
            "source": self.source,
            "rate_low": _s(self.rate_low.quantize(q)),
            "rate_high": _s(self.rate_high.quantize(q)),
            "verdict": self.verdict,
            "deviation": _s(self.deviation.quantize(Decimal("0.01"))),
            "held_on": self.held_on,
            "held_last": self.held_on[0].split("..")[-1] if self.held_on else None,
        }


def _half_unit(a: Amount) -> Decimal:
    return Decimal(5).scaleb(a.place - 1)


def rate_interval(x: Amount, y: Amount) -> tuple[Decimal, Decimal]:
    """Rates (units of y per 1 of x) under which each figure rounds to the other."""
    X, Y, hx, hy = x.value, y.value, _half_unit(x), _half_unit(y)
    lo1, hi1 = QUOTIENT.divide(Y - hy, X), QUOTIENT.divide(Y + hy, X)
    lo2 = QUOTIENT.divide(Y, X + hx)
    hi2 = QUOTIENT.divide(Y, X - hx) if X > hx else hi1
    lo, hi = max(lo1, lo2), min(hi1, hi2)
    if lo > hi:  # cannot happen for the implied rate itself, but stay total
        lo, hi = min(lo1, lo2), max(hi1, hi2)
    return lo, hi


def check(main: Amount, stated: Amount, series: Series, on: str, history: bool = True) -> Check:
    """Check ``stated`` as a conversion of ``main`` at the real rate of date ``on``.
    ``history=False`` leaves ``held_on`` empty (it reads two years of rates)."""
    if not main.value or not stated.value:
        zero = main if not main.value else stated
        raise CheckError(f"{zero.text!r} is zero: a conversion of or to zero implies no rate")
    sign_differs = (main.value < 0) != (stated.value < 0)
    if main.value < 0 or stated.value < 0:  # the interval is about sizes; the sign is judged apart
        main_size = replace(main, value=main.value.copy_abs())
        stated_size = replace(stated, value=stated.value.copy_abs())
    else:
        main_size, stated_size = main, stated
    r = QUOTIENT.divide(stated_size.value, main_size.value)  # stated per main
    lo, hi = rate_interval(main_size, stated_size)
    if main.currency == stated.currency:  # a slip of the writer's: nothing to look up
        assert main.currency is not None, "both figures name their currency"
        deviation = QUOTIENT.multiply(r - 1, 100)
        one = Decimal(1)
        c = main.currency
        return Check(main, stated, c, c, r, one, on, "", lo, hi, "same-currency", deviation, [])
    base: str | None
    quote: str | None
    if main.currency == "KRW":  # express as KRW per 1 foreign unit
        base, quote = stated.currency, "KRW"
        implied, lo, hi = QUOTIENT.divide(1, r), QUOTIENT.divide(1, hi), QUOTIENT.divide(1, lo)
    else:
        base, quote, implied = main.currency, stated.currency, r
    assert base is not None and quote is not None, "both figures name their currency"
    real = series.rate(base, quote, on)
    verdict = "suspect" if sign_differs else _verdict(implied, real.value, lo, hi)
    if sign_differs:
        implied = implied.copy_negate()
    # the stated figure against the figure at the day's rate
    per_main = real.value if main.currency != "KRW" else QUOTIENT.divide(1, real.value)
    expected = QUOTIENT.multiply(main.value, per_main)
    deviation = QUOTIENT.multiply(QUOTIENT.divide(stated.value - expected, expected), 100)
    held = held_on(series, base, quote, lo, hi, real.date) if history else []
    return Check(
        main,
        stated,
        base,
        quote,
        implied,
        real.value,
        real.date,
        real.source,
        lo,
        hi,
        verdict,
        deviation,
        held,
    )


def _verdict(implied: Decimal, real: Decimal, lo: Decimal, hi: Decimal) -> str:
    ratio = implied / real
    for k in (-3, -2, -1, 1, 2, 3):
        if abs(ratio / Decimal(10) ** k - 1) <= Decimal("0.10"):
            return "unit-error"
    if lo <= real <= hi:
        return "ok"
    dist = (lo - real) / lo if real < lo else (real - hi) / hi
    if dist <= OK_MARGIN:
        return "ok"
    return "loose" if dist <= LOOSE_MARGIN else "suspect"


def held_on(
    series: Series, base: str, quote: str, lo: Decimal, hi: Decimal, before: str
) -> list[str]:
    """Most recent periods (``start..end``) before ``before`` when the real rate lay in [lo, hi].

    Fixings inside the interval that are less than :data:`MERGE_GAP_DAYS` apart form one
    period, so a week or two of a rate bobbing across the bound reads as one stretch.
    """
    start = (dt.date.fromisoformat(before) - dt.timedelta(days=HELD_LOOKBACK_DAYS)).isoformat()
    inside = [
        d for d, v in series.history(base, quote, start, before) if d < before and lo <= v <= hi
    ]
    runs: list[list[str]] = []
    for d in reversed(inside):
        if (
            runs
            and (dt.date.fromisoformat(runs[-1][0]) - dt.date.fromisoformat(d)).days
            <= MERGE_GAP_DAYS
        ):
            runs[-1][0] = d
        elif len(runs) == HELD_RUNS:
            break
        else:
            runs.append([d, d])
    return [a if a == b else f"{a}..{b}" for a, b in runs]


def failing(strict: bool = False) -> frozenset[str]:
    """The verdicts that make a check fail: suspect and unit-error, and loose when strict."""
    return (FAILING | {"loose"}) if strict else FAILING


def check_articles(
    articles: Iterable[Iterable[tuple]], series: Series
) -> Iterator[dict | FincliError]:
    """A record for each stated conversion in each article, in order.

    ``articles`` holds, per input, its (file, date, date_from, Found) tuples (as
    :func:`fincli.inputs.found_records` gives them). An amount that cannot be checked (no rate
    for its date) is a :class:`FincliError` yielded in its place (exit status 1); an input that
    cannot be read is its :class:`InputError`, and the next input goes on. An article with a
    stated conversion but no dateline is a :class:`UsageError` (exit status 2) in place of its
    records, and the next input goes on.
    """
    from decimal import DecimalException

    from fincli.errors import NumberRangeError, internal_error

    for found in articles:
        try:
            for file, doc_date, date_from, f in found:
                if f.stated is None or not f.amount.currency:
                    continue
                if doc_date is None:  # this article stops here; the next one goes on
                    yield UsageError(
                        f"{file}: no dateline found in the text; pass --date 2025-10-29"
                    )
                    break
                where = f"{file}: {f.amount.text} ({f.stated.text})"
                try:
                    rec = check(f.amount, f.stated, series, doc_date).to_record()
                except FincliError as e:
                    yield FincliError(f"{where}: {e}")
                    continue
                except DecimalException as e:
                    yield NumberRangeError(f"{where}: cannot be represented ({type(e).__name__})")
                    continue
                except Exception as e:  # the safety net: a bug, reported; the next goes on
                    yield internal_error(where, e)
                    continue
                rec.update(file=file, date=doc_date, date_from=date_from)
                yield rec
        except InputError as e:
            yield e

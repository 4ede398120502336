"""Making commitments comparable: one currency, one date basis, per year.

:func:`compare` turns registry entries (or amounts extracted from articles) into rows of exact
Decimals; :mod:`fincli.report` formats them. Money through time (``at``):

* ``announcement`` (default): each entry at the rate of its own announcement date;
* a date ``YYYY-MM-DD``: every entry at that one date;
* ``tranche``: each calendar year's tranche at that year's mean rate. Years the series has not
  fixed completely (the current year and later) use the latest complete year's mean, and the
  row's ``rate_date`` says so (``2025 mean for 2026-2031``).

``discount`` (an annual rate such as 0.05) gives the present value at the announcement date:
each tranche is discounted from the middle of its part of the period.
``rate`` is always KRW per 1 USD on the row's basis, the link between the ``usd`` and ``krw``
columns; for amounts in other currencies their own rates come from the same series and date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from fincli.check import check
from fincli.commitments import Commitment
from fincli.currencies import minor_digits
from fincli.errors import FincliError
from fincli.rates import QUOTIENT, Series
from fincli.spread import Spread, spread


@dataclass
class Row:
    id: str
    announcer: str
    amount_text: str
    currency: str
    amount: Decimal
    announced: dt.date
    to: str
    total: Decimal | None  # in `to`
    usd: Decimal | None
    krw: Decimal | None
    rate: Decimal | None  # KRW per USD on the basis
    rate_date: str
    source: str
    years: Decimal | None
    per_year: Decimal | None  # in `to`
    per_year_usd: Decimal | None
    per_year_krw: Decimal | None
    verdict: str | None
    spread: Spread
    period_text: str | None = None
    share: Decimal | None = None
    notes: list[str] = field(default_factory=list)


def _last_complete_year(series: Series) -> int:
    last = dt.date.fromisoformat(series.last)
    return last.year if last >= dt.date(last.year, 12, 24) else last.year - 1


def _rate_lookup(series: Series):
    """rate(from, to, on) with a cache: many rows share a date."""
    cache: dict = {}

    def rate(cur: str, to: str, on: str) -> Decimal:
        if cur == to:
            return Decimal(1)
        key = (cur, to, on)
        if key not in cache:
            cache[key] = series.lookup(cur, to, on).value
        return cache[key]

    return rate


def compare(
    entries: list[Commitment],
    series: Series,
    to: str = "USD",
    at: str = "announcement",
    years_rule: str = "exact",
    horizon: int | None = None,
    discount: Decimal | None = None,
) -> list[Row]:
    rate = _rate_lookup(series)
    complete = _last_complete_year(series)
    rows = []
    for c in entries:
        cur = c.amount.currency
        sp = spread(c.amount.value, c.period, c.announced, minor_digits(cur), years_rule, horizon)
        notes = [sp.basis]
        tranches = sp.tranches or [(c.announced.year, c.amount.value)]
        if discount is not None and sp.tranches:
            tranches = _discounted(sp, c.announced, discount)
            notes.append(f"present value at {c.announced} at {discount} a year")
        # parts: (the rate's date or period, amount) — converted and added up per currency
        if at == "tranche":
            on_of = {year: str(min(year, complete)) for year, _ in tranches}
            rate_date = "; ".join(
                sorted(
                    {
                        f"{on} mean" + (f" for {y}" if on != str(y) else "")
                        for y, on in on_of.items()
                    }
                )
            )
            parts = [(on_of[y], a) for y, a in tranches]
            basis_on = str(min(c.announced.year, complete))
        else:
            basis_on = c.announced.isoformat() if at == "announcement" else at
            rate_date = series.lookup("USD", "KRW", basis_on).date
            parts = [(basis_on, sum((a for _, a in tranches), Decimal(0)))]

        def conv(parts, target, cur=cur):
            return sum((QUOTIENT.multiply(a, rate(cur, target, on)) for on, a in parts), Decimal(0))

        if sp.total is not None:
            total, usd, krw = conv(parts, to), conv(parts, "USD"), conv(parts, "KRW")
        else:
            total = usd = krw = None
        if sp.per_year is None:
            per_year = py_usd = py_krw = None
        elif sp.total is not None and sp.years:
            per_year, py_usd, py_krw = (QUOTIENT.divide(x, sp.years) for x in (total, usd, krw))
        else:  # an annual amount with no total: convert the per-year figure itself
            one = [(basis_on, sp.per_year)]
            per_year, py_usd, py_krw = conv(one, to), conv(one, "USD"), conv(one, "KRW")
        verdict = None
        if c.stated is not None:
            try:
                verdict = check(
                    c.amount, c.stated, series, c.announced.isoformat(), history=False
                ).verdict
            except FincliError as e:
                notes.append(f"check: {e}")
        rows.append(
            Row(
                c.id,
                c.announcer,
                c.amount_text,
                cur,
                c.amount.value,
                c.announced,
                to,
                total,
                usd,
                krw,
                rate("USD", "KRW", basis_on),
                rate_date,
                series.name,
                sp.years,
                per_year,
                py_usd,
                py_krw,
                verdict,
                sp,
                c.period_text,
                notes=notes,
            )
        )
    grand = sum((r.total for r in rows if r.total is not None), Decimal(0))
    for r in rows:
        if r.total is not None and grand:
            r.share = QUOTIENT.multiply(QUOTIENT.divide(r.total, grand), 100)
    return rows


def _discounted(sp: Spread, announced: dt.date, rate: Decimal):
    """Each tranche discounted to the announcement date from the middle of its part."""
    out = []
    base = Decimal(1) + rate
    for year, amt in sp.tranches:
        lo = max(sp.start, dt.date(year, 1, 1))
        hi = min(sp.end or dt.date(year, 12, 31), dt.date(year, 12, 31))
        mid = lo + (hi - lo) / 2
        t = QUOTIENT.divide(Decimal(max(0, (mid - announced).days)), Decimal("365.25"))
        out.append((year, QUOTIENT.divide(amt, QUOTIENT.power(base, t))))
    return out


SORTS = {
    "total": lambda r: (r.total is None, -(r.total or 0)),
    "per-year": lambda r: (r.per_year is None, -(r.per_year or 0)),
    "date": lambda r: (r.announced, r.id),
    "announcer": lambda r: (r.announcer.lower(), r.id),
    "id": lambda r: r.id,
}

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

A vague amount (``수조 원``) gets its row, with its order of magnitude converted, but is left
out of the totals and shares: ``1조`` standing for "several trillion" must not pass for an
exact figure in a sum. An entry that cannot be compared (no rate on its date, a period that
ends before its announcement, a figure too large to represent) is an :class:`EntryError`
naming its file, line and id; ``on_error`` may take it and let the other entries go on.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal, DecimalException

from fincli.check import check
from fincli.commitments import Commitment
from fincli.currencies import minor_digits
from fincli.errors import DataFileError, FincliError
from fincli.numerals import ARITHMETIC
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
    vague: bool = False  # an order of magnitude ('수조 원'): not added into totals


class EntryError(DataFileError):
    """One entry that cannot be compared; the message names its file, line and id."""

    def __init__(self, c: Commitment, message: str):
        super().__init__(f"{c.id}: {message}", c.path, c.line or None)
        self.entry = c


def _counted(rows: list[Row]) -> list[Row]:
    """The rows a total adds up: all but the vague ones."""
    return [r for r in rows if not r.vague]


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
    where: str | None = None,
    sort: str | None = None,
    on_error=None,
) -> list[Row]:
    """One row per entry (only those whose announcer contains ``where``, in any case),
    in ``sort`` order (a key of :data:`SORTS`) or the entries' own. ``on_error(EntryError)``,
    if given, takes an entry that cannot be compared and the others go on; without it the
    error is raised."""
    if where:
        entries = [e for e in entries if where.lower() in e.announcer.lower()]
    rate = _rate_lookup(series)
    complete = _last_complete_year(series)
    rows = []
    for c in entries:
        try:
            rows.append(_row(c, series, rate, complete, to, at, years_rule, horizon, discount))
        except (FincliError, DecimalException, OverflowError) as e:
            message = str(e) if isinstance(e, FincliError) else _range_message(e, discount)
            err = EntryError(c, message)
            if on_error is None:
                raise err from None
            on_error(err)
    grand = totals(rows)["total"]
    for r in _counted(rows):
        if r.total is not None and grand:
            r.share = QUOTIENT.multiply(QUOTIENT.divide(r.total, grand), 100)
    return sorted(rows, key=SORTS[sort]) if sort else rows


def _range_message(e: Exception, discount: Decimal | None) -> str:
    what = f" at --discount {discount}" if discount is not None else ""
    return f"a figure{what} cannot be represented ({type(e).__name__})"


def _row(c, series, rate, complete, to, at, years_rule, horizon, discount) -> Row:
    """The row of one entry (see :func:`compare`)."""
    cur = c.amount.currency
    assert cur is not None, "a commitment's amount names its currency"
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
                {f"{on} mean" + (f" for {y}" if on != str(y) else "") for y, on in on_of.items()}
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
    return Row(
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
        notes=notes + (["vague amount: not in the totals"] if c.amount.vague else []),
        vague=c.amount.vague,
    )


def _discounted(sp: Spread, announced: dt.date, rate: Decimal):
    """Each tranche discounted to the announcement date from the middle of its part."""
    out = []
    base = ARITHMETIC.add(1, rate)  # exact: 1 + -0.99…9 must not round to 0
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

# A row as the machine formats write it: money rounded to its currency's minor unit, rates exact
COMPARE_KEYS = ["id", "announcer", "amount_text", "currency", "amount", "announced", "to",
                "total", "usd", "krw", "rate", "rate_date", "source", "years", "per_year",
                "per_year_usd", "per_year_krw", "share", "verdict", "period_text", "tranches",
                "basis"]  # fmt: skip
BASES = {
    "announcement": "each at the rate of its announcement date",
    "tranche": "each calendar-year tranche at that year's mean rate",
}


def records_of(rows, skipped) -> list[dict]:
    """The rows' records (:func:`record`); a row whose figures cannot be written goes to
    ``skipped`` as an error naming it, and the others stay."""
    records = []
    for r in rows:
        try:
            records.append(record(r))
        except FincliError as e:
            skipped(type(e)(f"{r.id}: {e}"))
    return records


def record(r: Row) -> dict:
    """The row for scripts, with :data:`COMPARE_KEYS`."""
    from fincli.report import plain, round_to_minor

    def money(d, code):  # money is rounded to its minor unit on output; rates stay exact
        return None if d is None else round_to_minor(d, code)

    return {
        "id": r.id,
        "announcer": r.announcer,
        "amount_text": r.amount_text,
        "currency": r.currency,
        "amount": plain(r.amount),
        "announced": r.announced.isoformat(),
        "to": r.to,
        "total": money(r.total, r.to),
        "usd": money(r.usd, "USD"),
        "krw": money(r.krw, "KRW"),
        "rate": plain(r.rate),
        "rate_date": r.rate_date,
        "source": r.source,
        "years": plain(r.years),
        "per_year": money(r.per_year, r.to),
        "per_year_usd": money(r.per_year_usd, "USD"),
        "per_year_krw": money(r.per_year_krw, "KRW"),
        "share": None if r.share is None else plain(r.share.quantize(Decimal("0.0001"))),
        "verdict": r.verdict,
        "period_text": r.period_text,
        "tranches": {str(y): plain(a) for y, a in r.spread.tranches},
        "basis": "; ".join(r.notes),
    }


def totals(rows: list[Row]) -> dict[str, Decimal]:
    """The sums of the rows' totals (in their target currency and in KRW) and per-year
    figures; vague amounts are not added in."""
    rows = _counted(rows)
    return {
        "total": sum((r.total for r in rows if r.total is not None), Decimal(0)),
        "krw": sum((r.krw for r in rows if r.krw is not None), Decimal(0)),
        "per_year": sum((r.per_year for r in rows if r.per_year is not None), Decimal(0)),
    }


def table(
    rows: list[Row], to: str, locale: str = "en", bar_of: str = "per-year"
) -> tuple[dict[str, str], list[dict], list[dict]]:
    """The comparison for people: (headers, rows, footer), written with
    :mod:`fincli.report`'s money, percent and bar formats in ``locale``; the bar draws
    ``bar_of`` ('per-year' or 'total')."""
    from fincli.report import bar, format_money, format_percent, plain, short_rate

    field = "per_year" if bar_of == "per-year" else "total"
    largest = max((getattr(r, field) or 0 for r in rows), default=0)
    people = []
    for r in rows:
        people.append(
            {
                "announcer": r.announcer,
                "amount_text": r.amount_text + (f" ({r.period_text})" if r.period_text else ""),
                "total": format_money(r.total, to, locale),
                "krw": format_money(r.krw, "KRW", locale),
                "rate": f"{short_rate(plain(r.rate))} ({r.rate_date})",
                "years": ""
                if r.years is None
                else plain(r.years.quantize(Decimal("0.01"))).rstrip("0").rstrip("."),
                "per_year": format_money(r.per_year, to, locale),
                "share": format_percent(r.share, locale),
                "bar": bar(getattr(r, field), largest),
                "verdict": r.verdict or "",
            }
        )
    sums = totals(rows)
    footer = [
        {
            "announcer": f"total ({len(_counted(rows))})"
            + (
                f", {len(rows) - len(_counted(rows))} vague not added"
                if any(r.vague for r in rows)
                else ""
            ),
            "total": format_money(sums["total"], to, locale),
            "krw": format_money(sums["krw"], "KRW", locale),
            "per_year": format_money(sums["per_year"], to, locale),
            "share": format_percent(Decimal(100) if sums["total"] else None, locale),
        }
    ]
    headers = {
        "announcer": "announcer",
        "amount_text": "as written",
        "total": f"total {to}",
        "krw": "total KRW",
        "rate": "USD/KRW (date)",
        "years": "years",
        "per_year": f"per year {to}",
        "share": "share",
        "bar": f"{bar_of}",
        "verdict": "stated",
    }
    if to == "KRW":
        del headers["krw"]
    return headers, people, footer


def basis_note(series: Series, at: str, discount: Decimal | None = None) -> str:
    """The line under the table that says which rates were used, and how."""
    basis = BASES.get(at, f"all at the rate of {at}")
    return f"\nRates: {series.name} ({series.describe()}), {basis}." + (
        f" Present values at {discount} a year." if discount is not None else ""
    )

"""Multi-year commitments as periods: start, end, length, per-year amount, calendar tranches.

Periods as written, and what they mean here:

* ``N년간``, ``N년 동안``, ``향후 N년간``, ``over N years``: N years from the announcement date
  (the same calendar day N years later). Length N; tranches by the share of days that falls
  in each calendar year.
* ``YYYY년까지``, ``by YYYY``: from the announcement date to the end of YYYY. The length
  follows ``years_rule``:

  - ``exact`` (default): a fractional number of years, each calendar year counting the share
    of its own days inside the period (2025-10-29 to the end of 2031 is 64/365 + 6 = 6.1753…);
    tranches follow the days.
  - ``inclusive``: whole calendar years counting both ends (2025…2031 = 7), equal tranches.
  - ``exclusive``: whole years counting only the later end (2026…2031 = 6), equal tranches.

* ``연간``, ``매년``, ``annually``: the amount is already per year; the total is unknown unless a
  horizon of N years is given, which makes N equal tranches from the announcement year.
* ``올해``, ``this year``: the announcement year's whole spending: one year, one tranche. (The
  press uses it for a calendar year's budget, as Amazon's 2025 capital spending.)
* No period: the total stands; no per-year figure and one tranche in the announcement year.

Tranches are rounded to the currency's minor unit by the largest-remainder method, so they add
up to the total exactly.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import ROUND_FLOOR, Decimal, localcontext

from fincli.errors import ParseError
from fincli.periods import PeriodSpec, parse_period
from fincli.rates import QUOTIENT

__all__ = ["YEARS_RULES", "PeriodSpec", "Spread", "allocate", "parse_period", "spread"]
YEARS_RULES = ("exact", "inclusive", "exclusive")


@dataclass
class Spread:
    total: Decimal | None
    per_year: Decimal | None
    years: Decimal | None
    start: dt.date
    end: dt.date | None  # last day inside the period
    tranches: list[tuple[int, Decimal]] = field(default_factory=list)
    basis: str = ""  # a sentence saying how the figures were derived


def _add_years(d: dt.date, n: int) -> dt.date:
    if d.year + n > dt.MAXYEAR - 1:  # the day before must exist too, and the year after's start
        raise ParseError(f"{n} years from {d} runs past the year {dt.MAXYEAR - 1}")
    try:
        return d.replace(year=d.year + n)
    except ValueError:  # 29 February
        return d.replace(year=d.year + n, day=28)


def _days_in_year(y: int) -> int:
    return (dt.date(y + 1, 1, 1) - dt.date(y, 1, 1)).days


def _year_shares(start: dt.date, end: dt.date) -> list[tuple[int, int, int]]:
    """(year, days of the period in it, days in that year) for each calendar year touched."""
    out = []
    for y in range(start.year, end.year + 1):
        lo = max(start, dt.date(y, 1, 1))
        hi = min(end, dt.date(y, 12, 31))
        if hi >= lo:
            out.append((y, (hi - lo).days + 1, _days_in_year(y)))
    return out


def allocate(total: Decimal, weights: list[Decimal], digits: int) -> list[Decimal]:
    """Split ``total`` by ``weights`` into amounts rounded to ``digits`` places that add up
    to ``total`` exactly (largest remainder)."""
    unit = Decimal(1).scaleb(-digits)
    wsum = sum(weights)
    raw = [QUOTIENT.divide(QUOTIENT.multiply(total, w), wsum) for w in weights]
    floors = [r.quantize(unit, rounding=ROUND_FLOOR) for r in raw]
    left = int(((total - sum(floors)) / unit).to_integral_value())
    order = sorted(range(len(raw)), key=lambda i: raw[i] - floors[i], reverse=True)
    for i in order[:left]:
        floors[i] += unit
    return floors


def spread(
    total: Decimal,
    period: PeriodSpec | None,
    announced: dt.date,
    digits: int,
    years_rule: str = "exact",
    horizon: int | None = None,
) -> Spread:
    """How ``total`` (announced on ``announced``) falls over its period."""
    if years_rule not in YEARS_RULES:
        raise ValueError(f"years_rule must be one of {YEARS_RULES}")
    if period is None:
        return Spread(
            total,
            None,
            None,
            announced,
            None,
            [(announced.year, total)],
            "no period: the total stands",
        )
    if period.kind == "over":
        n = period.years
        assert n is not None, "a period over N years has N"
        end = _add_years(announced, n) - dt.timedelta(days=1)
        shares = _year_shares(announced, end)
        tranches = allocate(total, [Decimal(d) for _, d, _ in shares], digits)
        return Spread(
            total,
            QUOTIENT.divide(total, n),
            Decimal(n),
            announced,
            end,
            list(zip([y for y, _, _ in shares], tranches, strict=True)),
            f"{n} years from {announced}, tranches by days in each calendar year",
        )
    if period.kind == "by":
        assert period.until is not None, "a period by a year has the year"
        end = dt.date(period.until, 12, 31)
        if end < announced:
            raise ParseError(f"{period.text!r} ends before the announcement on {announced}")
        shares = _year_shares(announced, end)
        if years_rule == "exact":
            with localcontext(QUOTIENT):  # a sum of quotients, kept to their 28 digits
                years = sum((QUOTIENT.divide(d, n) for _, d, n in shares), Decimal(0))
            weights = [QUOTIENT.divide(d, n) for _, d, n in shares]
            basis = (
                f"{announced} to {end}: {_plain(years)} years (each year's share of its own days)"
            )
        else:
            first = announced.year if years_rule == "inclusive" else announced.year + 1
            shares = [s for s in shares if s[0] >= first] or shares[-1:]
            years = Decimal(len(shares))
            weights = [Decimal(1)] * len(shares)
            basis = (
                f"calendar years {shares[0][0]} to {period.until}, "
                f"{'both ends' if years_rule == 'inclusive' else 'the later end only'}"
            )
        tranches = allocate(total, weights, digits)
        return Spread(
            total,
            QUOTIENT.divide(total, years),
            years,
            announced,
            end,
            list(zip([y for y, _, _ in shares], tranches, strict=True)),
            basis,
        )
    if period.kind == "annual":
        if horizon:
            t = QUOTIENT.multiply(total, horizon)
            return Spread(
                t,
                total,
                Decimal(horizon),
                announced,
                _add_years(announced, horizon) - dt.timedelta(days=1),
                [(announced.year + i, total) for i in range(horizon)],
                f"per year, over a horizon of {horizon} years",
            )
        return Spread(
            None,
            total,
            None,
            announced,
            None,
            [],
            "per year; the total is unknown without --horizon",
        )
    # this-year: the announcement year's whole spending
    return Spread(
        total,
        total,
        Decimal(1),
        dt.date(announced.year, 1, 1),
        dt.date(announced.year, 12, 31),
        [(announced.year, total)],
        f"the whole of {announced.year}",
    )


def _plain(d: Decimal) -> str:
    return format(d.quantize(Decimal("0.0001")), "f")

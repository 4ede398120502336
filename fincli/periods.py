"""Period phrases, one grammar for running text and for the registry.

``향후 5년간``, ``5년 동안``, ``over seven years`` (over N years), ``2031년까지``, ``by 2030``
(by a year), ``연간``, ``매년``, ``annually`` (per year), ``올해``, ``this year`` (the year of the
announcement). :mod:`fincli.extract` finds these phrases in articles, with offsets;
:func:`parse_period` reads a registry's ``period`` field. Both use :func:`grammar` and
:func:`spec`, so a phrase means the same thing wherever it is written.

The count of years may be digits (``5``), a native Korean or English count word (``다섯``,
``five``) or Sino-Korean numerals (``오``, ``십이``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from fincli.errors import ParseError
from fincli.numerals import count_value

KINDS = ("by", "over", "annual", "this-year")  # a field naming two periods: the first kind wins


@dataclass(frozen=True)
class PeriodSpec:
    """A period as written, understood: its kind and its number."""

    kind: str  # over | by | annual | this-year
    text: str
    years: int | None = None
    until: int | None = None


@cache
def grammar() -> re.Pattern:
    """Every period phrase, as one regex with groups over/n, by/y/y2, annual and this
    (compiled on first use, not on import)."""
    return re.compile(
        # the first letter of any phrase, first, so the engine skips other letters fast
        r"(?=[0-9향앞오한두세네다여일아열이삼사육칠팔구십연매해올금abefnopstu])"
        r"(?:(?P<over>(?:(?:향후|앞으로|오는|over the next|over the coming|over)\s*)?"
        r"(?P<n>\d{1,2}|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|[일이삼사오육칠팔구십]{1,3}"
        r"|one|two|three|four|five|six|seven|eight|nine|ten)"
        r"(?:\s*(?:개년|년)\s*(?:간|동안)|[\s-]*years?(?![A-Za-z])(?:\s*(?:period|horizon))?))"
        r"|(?P<by>(?P<y>(?:19|20)\d\d)\s*년\s*까지|(?:by|through|until)\s+(?P<y2>(?:19|20)\d\d))"
        r"|(?P<annual>연간|매년|해마다|annually|per year|a year|each year|every year)"
        r"|(?P<this>올해(?:만|에만)?|금년|this year))",
        re.I,
    )


def spec(m: re.Match) -> PeriodSpec | None:
    """What one match of :func:`grammar` means; None when its count is not a number of
    years (``영년간``)."""
    if m.group("over"):
        years = count_value(m.group("n"))
        return PeriodSpec("over", m.group(0), years=years) if years else None
    if m.group("by"):
        return PeriodSpec("by", m.group(0), until=int(m.group("y") or m.group("y2")))
    if m.group("annual"):
        return PeriodSpec("annual", m.group(0))
    return PeriodSpec("this-year", m.group(0))


def parse_period(text: str) -> PeriodSpec:
    """A registry's period field: ``'향후 5년간'`` → over 5; ``'2031년까지'`` → by 2031;
    ``'연간'``; ``'올해'``. ``text`` keeps the whole field as written."""
    t = text.strip()
    found = [s for m in grammar().finditer(t) if (s := spec(m)) is not None]
    if not found:
        raise ParseError(
            f"not a period fincli understands: {t!r} (expected '향후 5년간', "
            f"'2031년까지', '연간' or '올해')",
            t,
        )
    best = min(found, key=lambda s: KINDS.index(s.kind))
    return PeriodSpec(best.kind, t, best.years, best.until)

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

from fincli import lang, recache
from fincli.errors import ParseError
from fincli.numerals import COUNT_WORDS, count_value

KINDS = ("by", "over", "annual", "this-year")  # a field naming two periods: the first kind wins


@dataclass(frozen=True)
class PeriodSpec:
    """A period as written, understood: its kind and its number."""

    kind: str  # over | by | annual | this-year
    text: str
    years: int | None = None
    until: int | None = None


def _alts(words, space: str = r"\s*") -> str:
    """Words as regex alternatives in the order listed (the first that matches wins); a space
    in a word matches ``space`` (Korean: any spaces or none; English: one space). English
    words match in any case, behind a set of the letters they can begin with: the rest of
    the grammar is case-blind nowhere, as a case-blind Hangul literal costs the engine a
    third more, and a Korean word then fails an English one at its first test. (No word
    mixes the two: a word that begins with an ASCII letter is English.)"""

    def esc(w: str) -> str:
        return re.escape(w).replace(r"\ ", space)

    english = [w for w in words if w[:1].isascii() and w[:1].isalpha()]
    parts = (
        ["|".join(esc(w) for w in words if w not in english)] if len(english) < len(words) else []
    )
    if english:
        firsts = sorted({x for w in english for x in _cases(w[0])})
        parts.append(f"(?=[{''.join(firsts)}])(?i:{'|'.join(esc(w) for w in english)})")
    return "|".join(parts)


def _cases(c: str) -> set[str]:
    """Every character a case-blind ``c`` matches (its cases; for k, s and i also the
    Kelvin sign, long s and dotted and dotless i that Unicode folds onto them)."""
    found = {c, c.lower(), c.upper(), "\u0130", "\u0131", "\u212a", "\u017f"}
    return {x for x in found if re.fullmatch("(?i:" + re.escape(c) + ")", x)}


@cache
def grammar() -> re.Pattern:
    """Every period phrase, as one regex with groups over/n, span/s1..s2, by/y/y2, annual and
    this (compiled on first use, not on import), from the words of fincli/data/lang/*.toml."""
    ko, en = lang.periods("ko"), lang.periods("en")
    native = [w for w in COUNT_WORDS if not w.isascii()]
    english = [w for w in COUNT_WORDS if w.isascii()]
    sino = "일이삼사오육칠팔구십"
    over_lead = _alts(ko["over_lead"]) + "|" + _alts(en["over_lead"], " ")
    annual = rf"(?:{_alts(ko['annual'])})(?!\s*(?:{_alts(ko['annual_not_before'])}))"
    annual += rf"|(?:{_alts(en['annual'], ' ')})(?!\s+(?:{_alts(en['annual_not_before'])}))"
    this = rf"(?:{_alts(ko['this_year'])})(?!\s*(?:{_alts(ko['this_year_not_before'])}))"
    this += "|" + _alts(en["this_year"], " ")
    leads = [*en["by_before_year"], *en["span_before"]]
    leads += [w for k in ("over_lead", "annual", "this_year") for w in ko[k] + en[k]]
    year = r"(?:19|20)\d\d"
    units = _alts(ko["year_units"])
    # How every phrase begins, tried first at each position, so that the branches below
    # are tried only where one may match (most characters of a sentence fail here after
    # one or two steps): a year; a count (digits, numerals or a count word) with its year
    # unit after it; or the first word of a phrase that opens with a word (향후, by, 연간).
    count = rf"(?:[0-9]\d?|[{sino}]{{1,3}}|{_alts(native)}|{_alts(english)})"
    lead_words = _alts(sorted({w.split(" ")[0] for w in leads}))
    # (the first letter of any phrase as a set before it: the engine skips other letters
    # with one test each)
    firsts = sorted({x for w in [*native, *english, *leads] for x in _cases(w[0])} | set(sino))
    start = (
        rf"(?=[0-9{''.join(firsts)}])(?=(?:19|20)\d\d|{count}(?:\s*(?:{units})|[\s-]*(?:{_alts(en['year_words'])}))"
        rf"|(?:{lead_words}))"
    )
    # a duration word ends its word or takes a particle: '5년간의', not '1년 내내'
    durations = rf"(?:{_alts(ko['durations'])})(?:(?![가-힣])|(?=[{ko['duration_particles']}]))"
    # the years written right before an amount: '5년 210兆', '3년 150조원'
    before_amount = r"(?=[ \t]*[0-9][0-9,.]*[ \t]*[만억조경萬億兆])"
    months = _alts(en["months"], " ")
    by_date = rf"(?:(?:\d{{1,2}}\s+)?(?:{months})\s+|(?:{_alts(en['by_date_words'], ' ')})\s*)?"
    return recache.compile(
        rf"{start}"
        rf"(?:(?P<span>(?P<s1>{year})\s*(?:{_alts(ko['span_between'])})\s*(?P<s2>(?:19|20)?\d\d)"
        rf"\s*(?:{_alts(ko['span_after'])})"
        rf"|(?:{_alts(en['span_before'], ' ')})\s+(?P<s3>{year})\s+(?:{_alts(en['span_between'], ' ')})"
        rf"\s+(?P<s4>(?:19|20)?\d\d)(?!\d)|(?P<s5>{year})[-–](?P<s6>(?:19|20)?\d\d)(?![\d/.-]))"
        rf"|(?P<over>(?:(?:{over_lead})\s*)?"
        rf"(?P<n>\d{{1,2}}|{_alts(native)}|[{sino}]{{1,3}}|{_alts(english)})"
        rf"(?:\s*(?:{units})\s*{durations}|\s*(?:{units}){before_amount}"
        rf"|[\s-]*(?:{_alts(en['year_words'])})(?![A-Za-z])(?:\s*(?:{_alts(en['year_after'])}))?))"
        rf"|(?P<by>(?P<y>{year})\s*(?:{_alts(ko['by_after_year'])})"
        rf"|(?:{_alts(en['by_before_year'])})\s+{by_date}(?P<y2>{year}))"
        rf"|(?P<decade>(?:{_alts(en['over_lead'], ' ')})\s+(?:{_alts(en['decades'])})(?![A-Za-z]))"
        rf"|(?P<annual>{annual})"
        rf"|(?P<this>{this}))"
    )


def _span_years(m: re.Match) -> int | None:
    """The years of a span match, inclusive ('2026~2030년' → 5), or None when it is no span
    (ends out of order, or a two-digit end of 12 or less, which reads as a month: '2024-10')."""
    a, b = next((m.group(x), m.group(y)) for x, y in (("s1", "s2"), ("s3", "s4"), ("s5", "s6"))
                if m.group(x))  # fmt: skip
    first = int(a)
    if len(b) == 2:
        if m.group("s6") and int(b) <= 12:
            return None
        last = first // 100 * 100 + int(b)
    else:
        last = int(b)
    years = last - first + 1
    return years if 2 <= years <= 50 else None


def spec(m: re.Match) -> PeriodSpec | None:
    """What one match of :func:`grammar` means; None when its count is not a number of
    years (``영년간``)."""
    r = read(m)
    return None if r is None else PeriodSpec(r[0], m.group(0), years=r[1], until=r[2])


def read(m: re.Match) -> tuple[str, int | None, int | None] | None:
    """:func:`spec` as (kind, years, until), for extract's loop over every phrase of an
    archive (a frozen dataclass costs a microsecond more per phrase)."""
    if m.group("span"):
        span = _span_years(m)
        return ("over", span, None) if span else None
    if m.group("over"):
        years = count_value(m.group("n"))
        return ("over", years, None) if years else None
    if m.group("by"):
        return ("by", None, int(m.group("y") or m.group("y2")))
    if m.group("decade"):
        return ("over", 10, None)
    if m.group("annual"):
        return ("annual", None, None)
    return ("this-year", None, None)


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

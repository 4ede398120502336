"""Finding every amount in running text, with the conversion stated beside it and its period.

:func:`extract` works on one string; :func:`extract_stream` on lines of a file of any size,
a paragraph at a time (a paragraph longer than :data:`MAX_CHUNK` characters is cut at a
sentence end), so memory does not grow with the input. Offsets are Python string indices
into the decoded text: ``text[start:end] == found.amount.text`` always.

Decisions a reader may want to know:

* **Stated conversions.** An amount in another currency directly after the main one, in
  brackets (``50억 달러(약 7조 원)``) or introduced by 한화/우리 돈/미화/원화
  (``500억 달러, 우리 돈 약 74조 원``), is the main amount's ``stated`` conversion and not a
  record of its own.
* **Periods.** The period phrase nearest to the amount in the same sentence (``향후 5년간``,
  ``5년 동안``, ``2031년까지``, ``연간``/``매년``, ``올해``), with one written before the amount
  preferred over one after it at the same distance. ``연간 1천억 원`` is ``annual``.
* **Bare Korean amounts** (``35조2000억``, no currency) are reported with ``currency`` absent,
  unless every amount with a written currency in the same sentence is in won: then the
  currency is KRW and ``currency_inferred`` is true.
* **The document date** is ``--date``, else the first *dateline* in the first 4,000
  characters. A date (``2025-10-29``, ``2025년 10월 29일``, ``2025.10.29``, ``October 29,
  2025``, read with python-dateutil) is a dateline, and not a date in running text, when

  1. a dateline word is right before it (``date``, ``입력``, ``기사입력``, ``수정``, ``등록``,
     ``발행``, ``송고``, ``게재``, ``Posted``, ``Published``, ``Updated``, with ``:`` or ``=``
     or nothing) or ``송고`` right after it; or
  2. it stands on a line of its own: the rest of its line, once times (``14:00``, ``오후``),
     weekdays (``(수)``, ``Wednesday``), a byline (``By Jane Doe``) and punctuation are set
     aside, is at most three short words none of which ends in a particle or a verb ending
     (``서울``, ``홍길동 기자`` pass; ``설립된 A사는`` does not); or
  3. it is in a wire dateline: ``SEOUL, Oct. 29, 2025 (Yonhap) --`` or a line opening with
     a wire tag such as ``(서울=연합뉴스)`` before its ``=``.

  ``1999년 1월 5일 설립된 A사는 …`` is running text: with no dateline, ``check`` asks for
  ``--date``.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from functools import cache, partial
from json.encoder import encode_basestring as _json_str  # what the json encoder escapes with
from typing import NamedTuple

from fincli import lang, recache
from fincli.money import _TIME_AGO, Amount, _s, _trie, cases, scan
from fincli.periods import grammar, read

MAX_CHUNK = 1 << 20
DATE_WINDOW = 4000
_MARKER = re.compile(r"^[\s,]*(?:[(（\[]\s*)?(?:[-–—:]\s*)?$")
# a sentence ends at . ! ? 。 before white space, but not after a one-letter abbreviation
# ('U.S. dollars', 'S. Korea')
# (the regex opens with a character set, so the engine skips to the next candidate at C speed;
# the abbreviation is checked after it)
_SENTENCE_END = re.compile(r"[.!?。\n](?:(?<=\n)|[\"'”’)]*(?=\s))")
_STATED_MARKER = re.compile(
    "(" + "|".join(re.escape(w).replace(r"\ ", r"\s?") for w in lang.stated_markers()) + ")"
)
_PER_YEAR_WORD = re.compile(
    "|".join(re.escape(w) for w, unit in lang.per_words().items() if unit == "year"), re.I
)
_MONTHS = (
    "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|"
    "april|june|july|august|september|october|november|december"
)
_DATE = recache.compile(
    r"(?P<iso_kw>(?:date|dateline|날짜|입력|기사입력|발행)\s*[:=]?\s*(?P<iso>\d{4}-\d\d-\d\d))"
    r"|(?P<ko>(?P<ky>\d{4})\s*년\s*(?P<km>\d{1,2})\s*월\s*(?P<kd>\d{1,2})\s*일)"
    r"|(?P<dot>(?<![\d.])(?P<dy>(?:19|20)\d\d)[./-]\s?(?P<dm>\d{1,2})[./-]\s?(?P<dd>\d{1,2})(?![\d]))"
    rf"|(?P<en>\b(?:(?:{_MONTHS})\.?\s+\d{{1,2}},?\s+(?:19|20)\d\d|\d{{1,2}}\s+(?:{_MONTHS})\.?,?\s+(?:19|20)\d\d)\b)",
    re.I,
)


@dataclass(slots=True)
class Period:
    kind: str  # over | by | annual | this-year
    text: str
    start: int
    end: int
    years: int | None = None
    until: int | None = None

    def to_record(self) -> dict:
        return {
            "kind": self.kind,
            "years": self.years,
            "until": self.until,
            "text": self.text,
            "start": self.start,
            "end": self.end,
        }


@dataclass(slots=True)
class Found:
    """One amount found in text, with what the text says around it (a value, like Amount)."""

    amount: Amount
    stated: Amount | None = None
    period: Period | None = None
    currency_inferred: bool = False
    context: str = ""
    sentence: str = ""

    def to_record(self, spellings: bool = True) -> dict:
        """The record ``fincli extract`` writes (``spellings``: with the amount's Korean and
        English forms, which the command's own output leaves out)."""
        a = self.amount
        rec = {
            "start": a.start,
            "end": a.end,
            **a.to_record(spellings),
            "currency_inferred": self.currency_inferred,
        }
        rec["stated"] = (
            None
            if self.stated is None
            else {
                "text": self.stated.text,
                "start": self.stated.start,
                "end": self.stated.end,
                "value": _s(self.stated.value),
                "currency": self.stated.currency,
                "qualifier": self.stated.qualifier,
            }
        )
        rec["period"] = None if self.period is None else self.period.to_record()
        rec["context"] = self.context
        return rec


_KEYWORD_BEFORE = re.compile(
    r"(?:date|dateline|날짜|입력|기사입력|최종\s*수정|수정|등록|발행|송고|게재|작성|posted|published"
    r"|updated|last updated)\s*(?:일시|일자|시간|on)?\s*[:=]?\s*[(\[]?\s*$",
    re.I,
)
_KEYWORD_AFTER = re.compile(r"^[\s\d:]*송고")
_SET_ASIDE = recache.compile(
    r"\d{1,2}:\d\d(?::\d\d)?|오전|오후|송고|\b(?:a\.?m\.?|p\.?m\.?|KST|UTC|GMT|at)\b"
    r"|[(（]\s*[월화수목금토일]\s*[)）]|[월화수목금토일]요일"
    r"|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
    r"|\bby\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}"
    r"|[\[\]()（）【】<>|·/,.:;\-–—=~]",
    re.I,
)
# a word that ends like this is running text: a particle or a verb ending ('설립된', 'A사는')
_RUNNING_END = frozenset("은는이가을를에의도로와과된한던인까지부터서며고다")
_WIRE = recache.compile(
    r"^\s*(?:[(\[【][^)\]】\n]{1,20}=[^)\]】\n]{1,20}[)\]】][^=\n]*$"  # (서울=연합뉴스) … date =
    r"|[A-Z가-힣][A-Za-z가-힣 .'-]{0,30},\s*$)"  # SEOUL, date — / 서울, date —
)


def _is_dateline(text: str, m: re.Match) -> bool:
    """Whether the date ``m`` is a dateline, not a date in running text (module docstring)."""
    if m.group("iso_kw"):
        return True
    ls = text.rfind("\n", 0, m.start()) + 1
    le = text.find("\n", m.end())
    before, after = text[ls : m.start()], text[m.end() : le if le >= 0 else len(text)]
    if _KEYWORD_BEFORE.search(before) or _KEYWORD_AFTER.match(after):
        return True
    if _WIRE.match(before) and (
        "=" in after or re.match(r"\s*(?:\([^)\n]{1,30}\))?\s*(?:--|—|–)", after)
    ):
        return True
    words = _SET_ASIDE.sub(" ", before + " " + after).split()
    return len(words) <= 3 and all(len(w) <= 15 and w[-1] not in _RUNNING_END for w in words)


def find_date(text: str) -> tuple[dt.date, str] | None:
    """The document date from a dateline near the top: (date, the text it was read from).
    A date in running text is not a dateline (see the module docstring for the rule)."""
    for m in _DATE.finditer(text, 0, min(len(text), DATE_WINDOW)):
        if not _is_dateline(text, m):
            continue
        try:
            if m.group("iso"):
                d = dt.date.fromisoformat(m.group("iso"))
            elif m.group("ko"):
                d = dt.date(int(m.group("ky")), int(m.group("km")), int(m.group("kd")))
            elif m.group("dot"):
                d = dt.date(int(m.group("dy")), int(m.group("dm")), int(m.group("dd")))
            else:
                from dateutil import parser

                d = parser.parse(m.group("en").replace(".", " "), fuzzy=False).date()
        except (ValueError, OverflowError):
            continue
        return d, m.group(0)
    return None


def _sentences(text: str) -> Iterator[tuple[int, int]]:
    """The sentence spans of ``text`` in order, found as they are asked for (extract stops
    after the sentence of the last amount)."""
    start = 0
    for m in _SENTENCE_END.finditer(text):
        i = m.start()
        if (
            text[i] == "."
            and i
            and "A" <= text[i - 1] <= "Z"
            and (i < 2 or not text[i - 2].isalpha())
        ):
            continue  # 'U.S. dollars', 'S. Korea'
        yield start, m.end()
        start = m.end()
    yield start, len(text)


def _periods(text: str, lo: int, hi: int, taken: list[tuple[int, int]]) -> list[Period]:
    """The period phrases in ``text[lo:hi]`` that start a word and lie outside the amounts
    (``taken``: the amounts' spans, in text order and not overlapping)."""
    out: list[Period] = []
    if not _has_anchor(_period_anchors(), text, lo, hi):
        return out  # no word any period phrase needs: skip the grammar (most sentences)
    ends = [te for _, te in taken]
    for m in grammar().finditer(text, lo, hi):
        s, e = m.span()
        k = bisect_right(ends, s)  # the first amount ending after s: the only one to overlap
        if k < len(taken) and taken[k][0] < e:
            continue  # inside an amount: '연간 1천억 원' is handled by the amount's own per
        if s > 0 and text[s - 1].isalnum() and not m.group("over"):
            continue  # '주연간': a period starts a word
        if m.group("over"):
            n = m.start("n")
            if n > 0 and text[n - 1].isalnum() and not m.group(0)[:1].isalpha():
                continue  # '2025년간' is not '25년간'
        p = read(m)
        if p is not None:
            out.append(Period(p[0], m.group(0), s, e, p[1], p[2]))
    return out


def extract(text: str, offset: int = 0) -> list[Found]:
    """Every amount in ``text`` (offsets shifted by ``offset``), in order."""
    amounts = list(scan(text))
    if not amounts:
        return []
    # stated conversions: the next amount, in brackets or after 한화/우리 돈/미화
    found: list[Found] = []
    i = 0
    while i < len(amounts):
        a = amounts[i]
        stated = None
        if i + 1 < len(amounts):
            b = amounts[i + 1]
            if _is_stated(a, b, text[a.end : b.start]):
                stated = b
                i += 1
        found.append(Found(a, stated))
        i += 1
    out = []
    k = 0  # found is in text order: walk it beside the sentences (linear, not sentences x amounts)
    ambiguous = _ambiguous_defaults()
    waiting: list[Found] = []  # the last sentence's amounts with no period, for the next one
    for s_lo, s_hi in _sentences(text):
        if k == len(found) and not waiting:
            break  # no amount in the sentences left
        group = []
        while k < len(found) and found[k].amount.start < s_hi:
            if found[k].amount.start >= s_lo:
                group.append(found[k])
            k += 1
        if not group:
            if waiting:
                _horizon_after(text, s_lo, s_hi, waiting, offset)
                waiting = []
            continue
        # rates first: an amount that is a rate (연봉 5000만원, $20 billion per year) does not
        # compete for a spread phrase when another amount of the sentence can take it
        rates = _rates(text, s_lo, s_hi, group)
        open_ = [j for j, f in enumerate(group) if f.amount.per is None and j not in rates]
        # each period phrase belongs to the amount nearest to it (one written after the
        # phrase wins a tie), and each amount takes the nearest phrase it won
        owner: dict[int, list[Period]] = {}
        taken = [(f.amount.start, (f.stated or f.amount).end) for f in group]
        cand = open_ or list(range(len(group)))
        cand_starts = [taken[j][0] for j in cand]
        for p in _periods(text, s_lo, s_hi, taken):
            if len(cand) == 1:
                owner.setdefault(cand[0], []).append(p)  # one amount to take it (most often)
                continue
            # the nearest candidate is the last one before the phrase or the first after
            # it (amounts are in order and do not overlap): two to compare, not all of them
            nxt = bisect_right(cand_starts, p.start)
            best, best_d = -1, None
            for c in (nxt - 1, nxt):
                if 0 <= c < len(cand):
                    ts, te = taken[cand[c]]
                    d = ts - p.end if p.end <= ts else (p.start - te) + 0.5
                    if best_d is None or abs(d) < best_d:
                        best, best_d = cand[c], abs(d)
            owner.setdefault(best, []).append(p)
        currencies = {f.amount.currency for f in group if f.amount.currency}
        sentence = text[s_lo:s_hi].strip()  # one copy, shared by the sentence's amounts
        periods: list[Period | None] = []
        for j, f in enumerate(group):
            a = f.amount
            period = None
            if a.per is None and j in rates:
                a.per, (ws, we) = rates[j]
                if a.per == "year":
                    period = Period("annual", text[ws:we], ws, we)
            elif a.per == "year":
                w = _PER_YEAR_WORD.search(a.text)
                ws, we = w.span() if w else (0, len(a.text))
                period = Period("annual", a.text[ws:we], a.start + ws, a.start + we)
            elif j in owner:
                won = owner[j]
                period = won[0] if len(won) == 1 else min(won, key=partial(_distance, a))
                if period.kind == "by" and _TARGET.match(text, (f.stated or a).end):
                    period = None  # '2030년까지 1500억달러로': a level to reach, not a spread
            elif j and a.per is None and periods[-1] and periods[-1].kind != "annual":
                prev = group[j - 1]
                if _JOINED.fullmatch(text[(prev.stated or prev.amount).end : a.start]):
                    p = periods[-1]  # '177조 원과 교부세 33조 원', 'a total of X, of which Y'
                    period = Period(p.kind, p.text, p.start, p.end, p.years, p.until)
            periods.append(period)
        for j, f in enumerate(group):
            a = f.amount
            period = periods[j]
            inferred = a.currency is None and currencies == {"KRW"}
            if inferred:
                a.currency = "KRW"  # made by scan() above and not yet handed out
            elif a.currency in ambiguous:
                resolved = _resolve_ambiguous(a, text, s_lo)
                if resolved:
                    a.currency, inferred = resolved, True
            end = (f.stated or f.amount).end
            ctx_lo, ctx_hi = max(s_lo, a.start - 15), min(s_hi, end + 15)
            context = (
                (text[ctx_lo : a.start] + "[" + text[a.start : end] + "]" + text[end:ctx_hi])
                .replace("\n", " ")
                .strip()
            )
            # the Found made above, not yet handed out, completed in place (one object each)
            _shift(a, offset)
            if f.stated is not None:
                _shift(f.stated, offset)
            f.period = period and _shift(period, offset)
            f.currency_inferred, f.context, f.sentence = inferred, context, sentence
            out.append(f)
        waiting = [f for f in group if f.period is None and f.amount.per is None]
    return out


def _horizon_after(text: str, lo: int, hi: int, waiting: list[Found], offset: int) -> None:
    """The deadline or span of the sentence ``text[lo:hi]``, which has no amount, given to
    the amounts of the sentence before it that have none (``waiting``), when it speaks of
    them again (lang: horizon_refers): '삼성전자는 370억 달러를 투자한다. 투자는 2030년까지
    이뤄진다.' One such phrase only; a yearly or this-year phrase is not a horizon."""
    if _horizon_refers().search(text, lo, hi) is None:
        return
    phrases = [p for p in _periods(text, lo, hi, []) if p.kind in ("by", "over")]
    if len(phrases) != 1:
        return
    p = phrases[0]
    for f in waiting:
        f.period = Period(p.kind, p.text, p.start + offset, p.end + offset, p.years, p.until)


@cache
def _horizon_refers() -> re.Pattern:
    """The words of lang's horizon_refers: Korean anywhere in a word (투자는, 투자금), with
    any spaces or none inside; English as whole words in any case."""
    ko = [re.escape(w).replace(r"\ ", r"\s*") for w in lang.words("horizon_refers")]
    en = [re.escape(w).replace(r"\ ", r"\s+") for w in lang.words("horizon_refers", "en")]
    return re.compile("|".join(ko) + r"|\b(?i:" + "|".join(en) + r")\b")


@cache
def _between() -> re.Pattern:
    """What may stand between an amount and its stated conversion: commas, one or more
    brackets (a stray doubled one too), a word that introduces it with its particle
    (우리 돈으로, 한화로는), a dash or colon."""
    markers = "|".join(
        re.escape(w).replace(r"\ ", r"\s?")
        for w in sorted(lang.stated_markers(), key=len, reverse=True)
    )
    particles = "|".join(sorted(lang.words("stated_marker_particles"), key=len, reverse=True))
    return re.compile(
        rf"[\s,·]*(?P<bracket>[(（\[]+\s*)?(?P<marker>(?:{markers})(?:{particles})?\s*[,:]?\s*)?"
        r"(?:[-–—:]\s*)?"
    )


def _is_stated(a: Amount, b: Amount, between: str) -> bool:
    """Whether ``b`` is the conversion the article states for ``a``: in another currency,
    right after it in brackets, after a word that introduces it (우리 돈으로), or after a
    bare comma or middle dot when it is approximate (1조1천110억 엔, 약 9조6천686억 원) or in
    won after a foreign amount (39억 파운드, 7조4천억 원); in the same
    currency only in brackets with nothing else between (a writer's slip, 3조 원(25억 원),
    which ``check`` reports as such)."""
    m = _between().fullmatch(between)
    if m is None or not a.currency or not b.currency:
        return False
    bracket, marker = m.group("bracket"), m.group("marker")
    if a.currency == b.currency:
        return bool(bracket) and not marker and between.strip(" (（[") == ""
    if bracket or marker or _STATED_MARKER.match(b.text):
        return True
    # after a bare comma or middle dot: when approximate, or in won after a foreign amount,
    # as broadcast copy writes the conversion ('39억 파운드, 7조4천억 원', '7억 유로·약 9832억 원')
    return between.strip() in (",", "·") and (
        b.qualifier == "approx" or (b.currency == "KRW" and a.currency != "KRW")
    )


@cache
def _period_anchors() -> tuple[re.Pattern, ...]:
    """Words one of which every period phrase contains (its year unit or its whole word: 년,
    연간, 올해, year, by...): a sentence without any is spared the grammar."""
    ko, en = lang.periods("ko"), lang.periods("en")
    words = [*ko["year_units"], *ko["annual"], *ko["this_year"]]
    english = [*en["year_words"], *en["by_before_year"], *en["span_before"], *en["annual"],
               *en["this_year"], *en["decades"]]  # fmt: skip
    # a year span written with a dash ('2026-30') has no word: its digits are the anchor
    return _anchors({w.split()[-1] for w in words}, english, r"\d[-–]\d\d")


@cache
def _rate_anchors() -> tuple[re.Pattern, ...]:
    """The last word of every Korean rate noun (평균 for 하루 평균): a sentence without any
    cannot hold one."""
    return _anchors({w.split()[-1] for w in lang.rate_words("ko")}, list(lang.rate_words("en")))


def _anchors(korean: set[str], english: list[str], extra: str = "") -> tuple[re.Pattern, ...]:
    """Regexes one of which finds any of the Korean words (without those that contain
    another: 년 stands for 개년 and 매년), the longest word of each English phrase in any
    case, or ``extra``: :func:`_has_anchor` asks each in turn. Each opens with a literal
    character or a set, so the engine skips to the next candidate at C speed (one regex
    of them all, with a case-blind part, tried every position of the sentence: 5-10x slower)."""
    en = {max(w.split(), key=len).lower() for w in english}
    alts = [re.escape(w) for w in _minimal(korean)]
    # an English word's first letter in each case it matches (the rest of the word in any
    # case), so the alternatives all open with a literal
    alts += [
        re.escape(c) + "(?i:" + re.escape(w[1:]) + ")" for w in _minimal(en) for c in cases(w[0])
    ]
    return tuple(re.compile(x) for x in ["|".join(alts), extra] if x)


def _has_anchor(anchors: tuple[re.Pattern, ...], text: str, lo: int, hi: int) -> bool:
    for rx in anchors:
        if rx.search(text, lo, hi) is not None:
            return True
    return False


def _minimal(words: set[str]) -> list[str]:
    return sorted(w for w in words if not any(o != w and o in w for o in words))


def _distance(a: Amount, p: Period) -> float:
    """How far period phrase ``p`` is from amount ``a``: one before it wins a tie."""
    return abs(a.start - p.end) if p.end <= a.start else p.start - a.end + 0.5


# how far a rate noun may stand from the amount it governs, in characters of its clause
RATE_REACH = {"before": 40, "after": 25}


@cache
def _rate_pattern() -> re.Pattern:
    """The rate nouns of every language (lang.rate_words) as one regex: Korean with any spaces
    inside or none and not glued to a word before, English as whole words; each a trie, so
    the engine settles a character once, behind a set of the nouns' first letters."""
    ko = [w for name in lang.LANGUAGES for w in lang.rate_words(name) if not w.isascii()]
    en = [w for name in lang.LANGUAGES for w in lang.rate_words(name) if w.isascii()]
    first = "".join(sorted({re.escape(c) for w in ko + en for c in (w[0].lower(), w[0].upper())}))
    ko_trie, en_trie = _trie(ko, r"\s*"), _trie(en, " ")
    return recache.compile(rf"(?=[{first}])(?:(?<![가-힣])(?:{ko_trie})|\b(?i:{en_trie})\b)")


@cache
def _rate_units() -> dict[str, tuple[str, str]]:
    """A rate noun as matched (spaces removed, lower case) → (unit, side)."""
    return {
        "".join(w.split()).lower(): v
        for name in lang.LANGUAGES
        for w, v in lang.rate_words(name).items()
    }


# what joins two amounts of one list, so that the second shares the first's period phrase:
# a joining word (lang: list_joiners) and at most a short noun between
_JOINED = re.compile(
    r"\s*(?:\S{1,2}\s*)?(?:"
    + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in lang.words("list_joiners"))
    + "|"
    + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in lang.words("list_joiners", "en"))
    + r")(?:\s*\S{1,12}){0,2}\s*"
)
_TARGET = re.compile(
    r"\s*(?:"
    + "|".join(re.escape(w).replace(r"\ ", r"\s*") for w in lang.words("target_after"))
    + r")\s*(?:"
    + "|".join(re.escape(w).replace(r"\ ", r"\s*") for w in lang.words("target_verbs"))
    + ")"
)
_CLAUSE_BREAK = re.compile(r"[,;:]|\s[-–—]\s")
_OF = re.compile(r"\s*의\s*")  # '8천300만 원의 연봉'


def _rates(text: str, lo: int, hi: int, group: list[Found]) -> dict[int, tuple[str, tuple]]:
    """Which amounts of a sentence a rate noun makes rates (연봉 2662만원, 하루 평균 30조원,
    8천300만 원의 연봉, annual sales of 1 trillion won): index in ``group`` → (unit, span of
    the noun). A noun governs the nearest amount after it in its clause, within RATE_REACH
    (an "after" noun: the nearest before it; a "both" noun: the one right before it with 의,
    else the next); the amounts listed beside that one in the same sentence, in its currency
    and of its size (a fifth to five times it), share the rate."""
    out: dict[int, tuple[str, tuple]] = {}
    if not _has_anchor(_rate_anchors(), text, lo, hi):
        return out
    units = _rate_units()
    spans = [(f.amount.start, (f.stated or f.amount).end) for f in group]
    nouns = [
        m.span()
        for m in _rate_pattern().finditer(text, lo, hi)
        if not any(s < m.end() and m.start() < e for s, e in spans)  # not an amount's own word
        and not _TIME_AGO.match(text, m.end())  # 'a year earlier' is a date, not a rate
    ]
    for ns, ne in nouns:
        unit, side = units["".join(text[ns:ne].split()).lower()]
        k = None
        if side in ("after", "both"):
            p = next((p for p in range(len(spans) - 1, -1, -1) if spans[p][1] <= ns), None)
            gap = None if p is None else text[spans[p][1] : ns]
            if gap is not None and (
                _OF.fullmatch(gap)
                if side == "both"
                else len(gap) <= RATE_REACH["after"] and not _CLAUSE_BREAK.search(gap)
            ):
                k = p
        if k is None and side in ("before", "both"):
            n = next((n for n, (s, _) in enumerate(spans) if s >= ne), None)
            gap = None if n is None else text[ne : spans[n][0]]
            if (
                n is not None
                and gap is not None
                and len(gap) <= RATE_REACH["before"]
                and not _CLAUSE_BREAK.search(gap)
                and not any(ne <= s2 < spans[n][0] for s2, _ in nouns)  # a nearer noun governs
            ):
                k = n
        if k is None or k in out or group[k].amount.per is not None:
            continue
        out[k] = (unit, (ns, ne))
        anchor = group[k].amount
        for step in (1, -1):
            j = k + step
            while 0 <= j < len(group) and _listed_with(group[j].amount, anchor):
                if j in out or group[j].amount.per is not None:
                    break
                out[j] = (unit, (ns, ne))
                j += step
    return out


def _listed_with(a: Amount, anchor: Amount) -> bool:
    """Whether ``a`` reads as another figure of the same list as ``anchor``: same currency,
    a fifth to five times its size."""
    if a.currency != anchor.currency or not anchor.value or not a.value:
        return False
    ratio = abs(a.value / anchor.value)
    return Decimal("0.2") <= ratio <= 5


def _resolve_ambiguous(a: Amount, text: str, s_lo: int) -> str | None:
    """The currency of an amount written with a short name several countries share (페소,
    크로네): the country named last before it in its sentence, else the first after it,
    else the name's default; None when the name is not ambiguous."""
    table = _ambiguous_words()
    m = _ambiguous_re().search(a.text) if table and a.currency else None
    if m is None:
        return None
    word = m.group(0)
    countries = table[word]
    before = text[s_lo : a.start]
    best = max(countries, key=lambda c: before.rfind(c) if c != "default" else -1)
    if best != "default" and before.rfind(best) >= 0:
        return countries[best]
    after = text[a.end : a.end + 200]
    found = [(after.find(c), c) for c in countries if c != "default" and c in after]
    return countries[min(found)[1]] if found else countries["default"]


@cache
def _ambiguous_defaults() -> frozenset[str]:
    """The codes an ambiguous short name reads as before its country is looked for."""
    return frozenset(t["default"] for t in lang.ambiguous().values())


@cache
def _ambiguous_re() -> re.Pattern:
    return re.compile("|".join(re.escape(w) for w in _ambiguous_words()) or "(?!)")


@cache
def _ambiguous_words() -> dict[str, dict[str, str]]:
    """lang.ambiguous(), longest name first (페소화 before 페소)."""
    table = lang.ambiguous()
    return {w: table[w] for w in sorted(table, key=len, reverse=True)}


def _shift(a, offset: int):
    """Move an Amount or Period made in this call from paragraph to document offsets."""
    a.start += offset
    a.end += offset
    return a


def chunks(lines: Iterable[str]) -> Iterator[tuple[int, str]]:
    """Paragraphs of a stream of lines, as (offset, text), cut at sentence ends when long."""
    buf: list = []
    try:
        yield from _paragraphs(lines, buf)
    except Exception:
        # an unreadable line: what came before it is still extracted, then the error goes on
        if buf[1:]:
            yield buf[0], "".join(buf[1:])
        raise


def _paragraphs(lines: Iterable[str], state: list) -> Iterator[tuple[int, str]]:
    """The body of :func:`chunks`; ``state`` is [offset, pending lines...] for its caller."""
    buf: list[str] = []
    size = 0
    offset = 0
    state[:] = [0]
    for line in lines:
        state.append(line)
        buf.append(line)
        size += len(line)
        if not line or line.isspace():  # a blank line (strip() would copy every line)
            text = "".join(buf)
            state[:] = [offset + len(text)]
            yield offset, text
            offset += len(text)
            buf, size = [], 0
        elif size > MAX_CHUNK:
            text = "".join(buf)
            cut = _last_sentence_end(text)
            rest = text[cut:]
            state[:] = [offset + cut] + ([rest] if rest else [])
            yield offset, text[:cut]
            offset += cut
            buf, size = ([rest], len(rest)) if rest else ([], 0)
    if buf:
        state[:] = [offset + len("".join(buf))]
        yield offset, "".join(buf)


def _last_sentence_end(text: str) -> int:
    m = None
    for m in re.finditer(r"[.!?。]\s+(?=\S)", text[-MAX_CHUNK // 2 :]):  # noqa: B007
        pass
    if m is not None:
        return len(text) - MAX_CHUNK // 2 + m.end()
    # no sentence end in the last half: cut at the last white space so no word is split
    ws = max(text.rfind(" "), text.rfind("\t"))
    return ws + 1 if ws > 0 else len(text)


def extract_stream(lines: Iterable[str]) -> Iterator[Found]:
    """:func:`extract` over a stream of lines, a paragraph at a time."""
    for offset, text in chunks(lines):
        yield from extract(text, offset)


# The records `fincli extract` writes: one per amount, with the input's name and date
EXTRACT_KEYS = ["file", "start", "end", "text", "value", "currency", "qualifier", "low", "high",
                "vague", "per", "currency_inferred", "stated", "period", "date", "date_from",
                "context"]  # fmt: skip
# CSV has no nesting: 'stated' and 'period' become columns of their own
FLAT_FIELDS = {"stated": ("text", "start", "end", "value", "currency"),
               "period": ("kind", "years", "until", "text")}  # fmt: skip
EXTRACT_CSV_KEYS = [
    col for key in EXTRACT_KEYS
    for col in ([f"{key}_{sub}" for sub in FLAT_FIELDS[key]] if key in FLAT_FIELDS else [key])
]  # fmt: skip


def records(
    found: Iterable[Found], file: str, doc_date: str | None, date_from: str | None, fmt: str
):
    """The record of each found amount as a writer of ``fmt`` takes it: a finished jsonl line
    (so worker processes can make them; the lines of :class:`JsonlLines`, as extract writes
    them), a flat record for csv, else a nested record."""
    if fmt == "jsonl":
        tail = _Tail(file, None, doc_date, date_from, None)
        yield from JsonlLines(EXTRACT_KEYS).of_item(tail, list(found))
        return
    for f in found:
        rec = f.to_record(spellings=False)  # extract's columns have no spellings
        rec.update(file=file, date=doc_date, date_from=date_from)
        yield flatten(rec) if fmt == "csv" else rec


class _Tail(NamedTuple):
    """What the records of one input carry besides their amounts (as fincli.archive.Meta)."""

    file: str
    id: str | None
    date: str | None
    date_from: str | None
    error: str | None


def flatten(rec: dict) -> dict:
    """A record with 'stated' and 'period' spread into columns of their own (for csv)."""
    out = dict(rec)
    for key, subs in FLAT_FIELDS.items():
        nested = out.pop(key, None) or {}
        for sub in subs:
            out[f"{key}_{sub}"] = nested.get(sub)
    return out


class JsonlLines:
    """extract's jsonl shape: the line of each record, for the columns ``keys``.

    Called with a record it is :func:`fincli.report.jsonl_line`. :meth:`of_item` writes the
    lines of an item's amounts straight from their :class:`Found` values when ``keys`` are
    extract's own columns (:data:`EXTRACT_KEYS`, or an archive's with ``id`` and ``error``):
    byte for byte the line ``jsonl_line`` gives for the record ``to_record`` makes (the tests
    hold the two together on every amount of the corpora), without building the record, and
    with the item's file and dates encoded once. That is a third of the time of a record's
    line, which is a sixth of extraction's. Picklable, so worker processes and Dask workers
    use it too."""

    def __init__(self, keys: list[str]):
        from fincli.report import row_keys

        self.keys = list(keys)
        archive = row_keys(EXTRACT_KEYS)
        self.fast = self.keys in (EXTRACT_KEYS, archive)
        self.archive = self.keys == archive

    def __call__(self, record: dict) -> str:
        from fincli.report import jsonl_line

        return jsonl_line(record, self.keys)

    def of_item(self, meta, found: list[Found]) -> list[str]:
        """The lines of ``found``, the amounts of an item whose record tail is ``meta``
        (:class:`fincli.archive.Meta`: file, id, date, date_from, error)."""
        if not self.fast:
            lines = []
            for f in found:
                rec = f.to_record(spellings=False)
                rec.update(_tail_of(meta))
                lines.append(self(rec))
            return lines
        j = _json_value
        head = '{"file": ' + j(meta.file)
        if self.archive:
            head += ', "id": ' + j(meta.id)
        dates = ', "date": ' + j(meta.date) + ', "date_from": ' + j(meta.date_from)
        end = (', "error": ' + j(meta.error) + "}\n") if self.archive else "}\n"
        out = []
        for f in found:
            a, s, p = f.amount, f.stated, f.period
            stated = (
                "null"
                if s is None
                else f'{{"text": {j(s.text)}, "start": {j(s.start)}, "end": {j(s.end)}, '
                f'"value": {j(_s(s.value))}, "currency": {j(s.currency)}, '
                f'"qualifier": {j(s.qualifier)}}}'
            )
            period = (
                "null"
                if p is None
                else f'{{"kind": {j(p.kind)}, "years": {j(p.years)}, "until": {j(p.until)}, '
                f'"text": {j(p.text)}, "start": {j(p.start)}, "end": {j(p.end)}}}'
            )
            out.append(
                f'{head}, "start": {j(a.start)}, "end": {j(a.end)}, "text": {j(a.text)}, '
                f'"value": {j(_s(a.value))}, "currency": {j(a.currency)}, '
                f'"qualifier": {j(a.qualifier)}, "low": {j(_s(a.low))}, '
                f'"high": {j(_s(a.high))}, "vague": {j(a.vague)}, "per": {j(a.per)}, '
                f'"currency_inferred": {j(f.currency_inferred)}, "stated": {stated}, '
                f'"period": {period}{dates}, "context": {j(f.context)}{end}'
            )
        return out


def _tail_of(meta) -> dict:
    """What every record of an item carries besides its amount (see JsonlLines)."""
    return {
        "file": meta.file,
        "id": meta.id,
        "date": meta.date,
        "date_from": meta.date_from,
        "error": meta.error,
    }


def _json_value(v) -> str:
    """``v`` as the json encoder writes it (without ASCII escapes): strings through its own
    C escaper, None, booleans and ints by hand, anything else by the encoder itself."""
    t = type(v)
    if t is str:
        return _json_str(v)
    if v is None:
        return "null"
    if t is bool:
        return "true" if v else "false"
    if t is int:
        return int.__repr__(v)
    from fincli.report import json_encode

    return json_encode(v)

"""The amount value type and the one scanner that reads written amounts.

:func:`parse_amount` reads one expression (``'향후 약 2조4천억 원'``, ``'$50B'``);
:func:`scan` finds every amount in running text. Both use the same compiled pattern, so
whatever ``fincli parse`` understands, ``fincli extract`` finds.

>>> a = parse_amount("약 2조4천억 원")
>>> a.value, a.currency, a.qualifier
(Decimal('2400000000000'), 'KRW', 'approx')
>>> parse_amount("20~30억원").low
Decimal('2000000000')

Rules a reader may want to know:

* A dot is always a decimal point and a comma a thousands separator (``1.250억`` is 1.25억).
* A range's ``value`` is its midpoint; ``low`` and ``high`` are the ends. A low end written
  without a unit shares the high end's largest unit (``20~30억`` is 20억 to 30억).
* A vague amount (``수조 원``) has ``vague`` set and ``value`` equal to its order of
  magnitude (1조 for 수조); ``low``/``high`` are 2 and 9 of that unit.
* In running text a number counts as money when a currency is written beside it, or when it
  is a Korean amount of at least 억 with an Arabic digit and no counter word after it
  (``35조2000억``: currency absent; ``100만 가구``: not money). Hangul-only numerals
  (``오십억``) and single-letter scales (``50B``) need a currency written beside them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache, lru_cache

from fincli import currencies, lang, recache
from fincli.errors import ParseError
from fincli.numerals import (
    BIG_UNITS,
    DIGITS,
    ENGLISH_ONES,
    ENGLISH_SCALES,
    ENGLISH_TENS,
    EXACT,
    SMALL_UNITS,
    _show,
    arabic,
    english_words_value,
    format_english,
    format_korean,
    highest_big_unit,
    korean_number,
    scale,
)

# The words around a number are data (fincli/data/lang/*.toml, read by fincli.lang).
QUALIFIERS = lang.qualifiers()
PER_WORDS = lang.per_words()
DROPPED = lang.dropped()
NEGATIVE_WORDS = lang.negative_words()
SIGNS = "-−△"  # △ marks a negative figure in Korean accounts (△3조 = -3조)
# What may follow a Korean currency word inside one word: particles and the qualifiers.
# '원전', '원칙', '엔비디아', '파운드리' end at a syllable outside this set and are not money.
_AFTER_KO_WORD = lang.particles()
COUNTERS = lang.counters()
_IN_NUMBER = lang.in_number()
_SUBUNITS = lang.subunits()
_SUBUNITS_AFTER = lang.subunits_after()
_GENERIC_AFTER = frozenset(lang.words("generic_after") + lang.words("generic_after", "en"))
_SUBUNIT_AFTER_CODES = frozenset(code for code, _ in _SUBUNITS_AFTER.values())


@cache
def _subunit_after() -> re.Pattern:
    """A minor unit after its amount ('1,350원 20전'): one or two digits and the word, which
    ends the word or takes a particle."""
    words = "|".join(re.escape(w) for w in _SUBUNITS_AFTER) or "(?!)"
    return re.compile(
        rf"{_WS}+(?P<n>\d{{1,2}})(?P<w>{words})(?:(?![가-힣])|(?=[{_AFTER_KO_WORD}]))"
    )


_SCALE_END = re.compile(r"(?<=[0-9 -])[^\W\d_]+$")  # a number ending in a scale word
_LETTER_SYMBOLS = lang.letter_symbols()
_FROM_TO = tuple(lang.words("range_change_after"))  # 'A에서 B로': a change, not a range
_WS = r"[ \t\u00a0\u200b\u3000]"
_WSCHARS = " \t\u00a0\u200b\u3000"
_STRIP = " \t\r\n\u00a0\u200b\u3000\ufeff\x0b\x0c"  # around a whole expression, BOM included
_FULLWIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}  # ＡＢ１２＄ → AB12$, same length
_FULLWIDTH[0x3000] = 0x20
SUFFIX_QUALIFIERS = lang.qualifiers_after("ko")
# qualifiers written only after the number, glued to it: they end the word or take a particle
_GLUED_QUALIFIERS = frozenset(w for w in SUFFIX_QUALIFIERS if w in lang.qualifiers_glued("ko"))
EN_SUFFIX_QUALIFIERS = lang.qualifiers_after("en")
EN_PREFIXES = lang.qualifiers_before("en")
EN_PER_SUFFIXES = lang.per_words_of("en")


_HAS_FULLWIDTH = re.compile("[\uff01-\uff5e\u3000]").search


def normalize(text: str) -> str:
    """Full-width ASCII to ASCII, character for character, so offsets stay true."""
    if _HAS_FULLWIDTH(text) is None:
        return text  # the usual case: one C-speed search instead of a per-character map
    return text.translate(_FULLWIDTH)


def pattern(words: bool = False) -> re.Pattern:
    """The number core of an amount (see :func:`_pattern`); with ``words``, also numbers
    written in English words before a scale word ('five trillion won'), which only text
    that has such a scale word needs (:func:`pattern_for`)."""
    return _pattern(words)


def pattern_for(text: str) -> re.Pattern:
    """The pattern for ``text``: with English number words only if a scale word may be in
    it (one C-speed search instead of trying every English letter as a number's start)."""
    return _pattern(_has_scale_word(text))


def _has_scale_word(text: str) -> bool:
    """Whether ``text`` may hold a number in words before a scale word ('five trillion',
    'four-point-four Billion', not '$143 billion'): each 'illion'/'housand' (found by
    substring search, C speed) with a letter before the space in front of its word."""
    if "illion" not in text and "housand" not in text:
        if "ILLION" not in text and "HOUSAND" not in text:
            return False  # most text: no scale word at all (four C-speed substring tests)
        text = text.lower()
    elif "ILLION" in text or "HOUSAND" in text:
        text = text.lower()
    for stem in ("illion", "housand"):
        i = text.find(stem)
        while i >= 0:
            k = i - 1
            while k >= 0 and text[k].isalpha() and text[k].isascii():
                k -= 1  # back over 'b', 'tr', 'quadr', 't'
            if k > 0 and text[k] in " -\t\u00a0" and text[k - 1].isascii():
                if text[k - 1].isalpha():
                    return True
                d = k - 1
                while d >= 0 and text[d].isascii() and text[d].isdigit():
                    d -= 1
                if d < k - 1 and text[max(0, d - 5) : d].lower() == "point" and text[d] in " -":
                    return True  # 'one-point-47 trillion' (KBS World)
            i = text.find(stem, i + 1)
    return False


@cache
def _pattern(words: bool) -> re.Pattern:
    """The number core of an amount. Currency words, prefixes and qualifiers around it are
    read by :func:`_build` (a small regex per currency's first letter after the number, two
    over the reversed text before it), which keeps this pattern small: it is compiled on
    every start, and its size is start-up time."""
    ar = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
    hd = "".join(DIGITS)
    su = "천백십千百十仟佰拾"
    bu = "".join(BIG_UNITS)
    # each digit token takes its whole run of digits ((?!\d)), so a run can be read one way
    # only: without it, a long number that is not money backtracks exponentially
    grp = rf"(?:(?:{ar})(?!\d)|[{hd}{su}])+"
    w1 = "|".join(sorted([*ENGLISH_ONES, *ENGLISH_TENS], key=len, reverse=True))
    w_start = rf"|(?i:{w1})(?![a-z])"
    letters = re.escape("".join(lang.letter_symbols())) or "^\\s\\S"
    # a number starts a word (or follows a glued 약/총), and a Hangul or Hanja numeral starts
    # with a unit or a digit and a unit: '이' alone is a particle, '구조' a word
    # ... or, with an Arabic digit, glued to a Hangul word (수입3200억달러: _build then wants a
    # currency after it), to a three-letter code (KRW39.9 trillion), or after a full stop that
    # follows no digit (그쳤다.1억원, ...7조)
    start = (
        rf"(?<![0-9])(?:(?<![가-힣A-Za-z.,_{hd}{su}{_MARKS}])|(?<=[약총])"
        rf"|(?=\d)(?:(?<=[가-힣])(?<![{bu}{hd}{su}])|(?<=(?<![A-Za-z])[A-Z]{{3}})|(?<=[^\d]\.)"
        rf"|(?<=(?<![A-Za-z0-9])[{letters}])))"
        rf"(?=\d|[{hd}]?[{su}{bu}]|수[십백천]?[만억조경]{w_start if words else ''})"
    )
    cur = _currency_start()
    # big units descend (_descending); after the first group a space may stand before a big
    # unit ('1조 9,100 억 달러'); the digits after the last big unit are never followed by a
    # big unit ('1억1억' is not 1억1)
    trailing = rf"(?:(?:{ar})(?!\d)[{su}]?)+여?(?!\d)(?![{bu}])"
    knum = rf"{_descending()}(?:{trailing}|{_WS}(?:{trailing})(?={_WS}?(?:{cur})|{_WS}*$))?"
    scales = _trie(ENGLISH_SCALES, "")  # a trie: every number's end is tried against it
    scale_first = re.escape("".join(sorted({x for w in ENGLISH_SCALES for x in cases(w[0])})))
    # ... a hyphen may join them too ('a $130-billion package', '14-trillion-won')
    enum = rf"(?:{ar})(?:{_WS}|-)?(?=[{scale_first}])(?i:{scales})(?![A-Za-z])"
    # broadcast English: 'five trillion won', 'four-point-four trillion', 'nine to ten trillion'
    d1 = "|".join(w for w, v in ENGLISH_ONES.items() if v < 10)
    wnum = (
        rf"(?i:(?:{w1})(?:[- ](?:{w1}|hundred))*"
        rf"(?:[- ]point(?:(?:[- ](?:{d1}))+|[- ]\d+(?![\d,.]))|[- ]and[- ]a[- ]half)?)(?![A-Za-z])"
    )
    big = "thousand|million|billion|trillion|quadrillion"
    wscale = rf"{_WS}(?i:{big})(?![A-Za-z])"
    wnums = rf"{wnum}(?:{wscale}|(?={_WS}?(?:to|[-–~]){_WS}?{wnum}{wscale}))"
    # '12-point-five trillion won', '40-and-a-half trillion won'
    dwords = (
        rf"\d+(?:[- ](?i:point)(?:(?:[- ](?i:{d1}))+|[- ]\d+(?![\d,.]))|[- ](?i:and[- ]a[- ]half))"
        rf"(?![A-Za-z]){wscale}"
    )
    # '1 조 2000 억원', '3000 만 달러': a space before the first big unit, read like a plain
    # number (a currency or a range sign after it); and a big unit alone ('만 원')
    spaced = rf"(?:{ar})(?!\d){_WS}[{bu}](?:{_WS}?{grp}{_WS}?[{bu}])*"
    # a plain number (no big unit, no scale word) is money only beside a currency: it must be
    # followed by a currency's first letter or a range sign, or follow a symbol or a code; one
    # that follows a digit and a dash, dot or slash starts no range (the 01 of 2025-01-03, the
    # 3456 of 02-3456-7890: group dp says so)
    plain = (
        rf"(?:(?<=[$€£¥₩￦₹₪₱])|(?<=[$€£¥₩￦₹₪₱][ \t])|(?<=[A-Z]{{3}}[ \t\u00a0]))(?:{grp})"
        rf"|(?:(?<=[0-9][-./])(?P<dp>))?+(?:{grp}여?|{spaced}|[{bu}])"
        rf"(?={_WS}?(?:{cur}|(?(dp)(?!)|[~～〜∼–—-](?!\d{{1,2}}[-./]\d)))|{_WS}*$"
        rf"|{_WS}(?:to|and){_WS}(?:[A-Z]{{0,3}}[$€£¥₩]|[A-Z]{{3}})?{_WS}?\d)"
    )
    number = rf"(?:수[십백천]?[만억조경]|{knum}|{enum}|{plain})"
    if words:
        number = rf"(?:{dwords}|{number[3:-1]}|{wnums})"
    # the first character as a plain set, before anything else: the regex engine can then
    # skip ahead to the next possible start instead of trying the lookbehinds everywhere
    # (twice as fast over running text)
    en_first = "".join(
        sorted({c for w in [*ENGLISH_ONES, *ENGLISH_TENS] for c in (w[0], w[0].upper())})
    )
    first = rf"(?=[0-9{hd}{su}{bu}수{en_first if words else ''}])"
    return recache.compile(rf"{first}{start}{_digits_go_on()}(?P<num>{number})(?![0-9])")


@cache
def _digits_go_on() -> str:
    """A regex that fails at once where a number's Arabic digits are followed by what no
    amount can go on with ('2026년', '1.5%', '200개'), the run read once, possessively,
    instead of by each alternative of the pattern in turn. What may follow the digits of an
    amount (a superset: the pattern itself decides): a Hangul or Hanja numeral or unit, 여,
    a space, a letter (a code, an English name or scale word), the first letter of a Korean
    currency name, a range sign, the end of the text. A number after a symbol or a code
    ('$50,', 'USD 30.') may be followed by anything."""
    hd = "".join(DIGITS)
    chars = set(hd) | set("천백십千百十仟佰拾여") | set(BIG_UNITS) | set(_WSCHARS) | set("\n\r")
    chars |= {c for w in ENGLISH_SCALES for c in (w[0], w[0].upper())}
    chars |= set(_currency_first_letters()) | set("~～〜∼–—-")
    chars -= set("0123456789")
    ascii_letters = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
    rest = "".join(sorted(chars - ascii_letters))
    go_on = rf"[A-Za-z{re.escape(rest)}]"
    after_symbol = r"(?<=[$€£¥₩￦₹₪₱])|(?<=[$€£¥₩￦₹₪₱][ \t])|(?<=[A-Z]{3}[ \t\u00a0])"
    return rf"(?:(?!\d)|{after_symbol}|(?=[\d,.]*+(?:{go_on}|\Z)))"


# A combining mark or variation selector belongs to the character before it: a number
# right after one is glued to that character ('5\u03010억' is not 0억).
_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe00-\ufe0f\ufe20-\ufe2f"
_IS_MARK = re.compile(f"[{_MARKS}]").match
_UNIT_CLASSES = ("해垓", "경京", "조兆", "억億", "만萬")


def _descending() -> str:
    """Korean big-unit groups in descending order only (``2조4천억``, ``1억 2,345만``), as
    a regex: a run such as ``1억 1억 1억`` (a flattened table row) is then read as separate
    amounts in one pass, instead of as one number re-read from every start. The first
    group's digits are read once and touch their unit; the unit chooses a branch, and each
    branch offers one optional slot per smaller unit, in order (later groups may have spaces
    around their digits: ``1조 9,100 억``), so only a descending run can match. Each slot
    first asks, by one possessive scan of the characters digits can be made of, whether its
    own unit follows them, before it reads them: a slot that is not there costs a few steps.
    Eleven copies of the digit part, which compile in ~14 ms, 6 ms more than one slot per
    unit without the branches; that form reads every number five times over and scans
    running text 35% slower."""
    ar = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
    numerals = "".join(DIGITS) + "천백십千百十仟佰拾"
    grp = rf"(?:(?:{ar})(?!\d)|[{numerals}])+"
    run = rf"[\d,.{numerals}]"
    units = "".join(_UNIT_CLASSES)

    def slot(u: str) -> str:
        return rf"(?:(?={_WS}?{run}++여?{_WS}?[{u}]){_WS}?{grp}여?{_WS}?[{u}]여?)?"

    branches = "|".join(
        rf"[{u}]여?" + "".join(slot(v) for v in _UNIT_CLASSES[i + 1 :])
        for i, u in enumerate(_UNIT_CLASSES)
    )
    return rf"(?={run}++여?[{units}]){grp}여?(?:{branches})"


@cache
def _range_tail() -> re.Pattern:
    """What joins the two ends of a range: ``~``, ``–``, ``to``, ``and`` (after 'between'),
    with a currency on either side ('257,000 won to 300,000 won')."""
    en = sorted(currencies.surface_forms()["en"])
    en_first = re.escape("".join(sorted({x for w in en for x in cases(w[0])})))
    ko = _trie(currencies.aliases()["ko_words"], " ")
    mid = rf"(?:{_WS}?(?:{ko}|(?=[{en_first}])(?i:{_trie(en, ' ')})(?![A-Za-z])))?"
    pre2 = r"(?:[A-Z]{0,3}[$€£¥₩₹₪₱]|[A-Z]{3}" + _WS + r"?)?"
    return recache.compile(
        rf"(?P<cmid>{mid})(?P<rsep>{_WS}?(?:[~～〜∼–—-]|to(?![A-Za-z])|and(?![A-Za-z])|에서){_WS}?)"
        rf"(?P<cpre2>{pre2})"
    )


# 'from $400 million to $4 billion' is a change, 'between 9,500 and 12,000 won' a range: the
# words before the first end (with a qualifier and a symbol or code between) say which
_BEFORE_FIRST = (
    r"[ \t\u00a0]+(?:[A-Za-z]+[ \t\u00a0]+)?(?:[A-Z]{0,3}[$€£¥₩₹]|[A-Z]{3}[ \t\u00a0]?)?$"
)
_FROM_BEFORE = re.compile(r"(?<![A-Za-z])(?i:from)" + _BEFORE_FIRST)
_BETWEEN_BEFORE = re.compile(r"(?<![A-Za-z])(?i:between)" + _BEFORE_FIRST)


def _range_end(
    text: str, end: int, rx: re.Pattern, start: int = 0
) -> tuple[str, str | None, str | None, int] | None:
    """The second end of a range starting at ``end`` ('~30억', ' to $60 billion'):
    (its number, a currency word before the sign, a currency before the number, new end).
    ``start`` is where the first end's number begins: 'and' joins a range only after
    'between', and 'from A to B' is a change, not a range."""
    r = _range_tail().match(text, end)
    if r is None:
        return None
    sep = r.group("rsep").strip()
    if sep == "and" and not _BETWEEN_BEFORE.search(text, max(0, start - 24), start):
        return None
    if sep == "to" and _FROM_BEFORE.search(text, max(0, start - 24), start):
        return None
    m2 = rx.match(text, r.end())  # the pattern that found the first end
    if m2 is None:
        return None
    if "에서" in r.group("rsep"):  # 'A에서 B': a range, unless 'from A to B' (B으로 늘었다)
        after = _currency_after(text, m2.end())
        k = after[1] if after else m2.end()
        if text[k : k + 1] in "(（":  # '9,325루피아(종가 베이스)로': past the aside
            close = text.find(")", k, k + 30)
            k = close + 1 if close > 0 else k
        if text.startswith(_FROM_TO, k):
            return None
    return m2.group("num"), r.group("cmid") or None, r.group("cpre2") or None, m2.end()


def _trie(words, space: str) -> str:
    """A regex for any of ``words``, longest first, written as a trie so the regex engine
    settles each character once instead of trying every word in turn. A space in a word
    matches ``space``."""
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [
            (space if ch == " " else re.escape(ch)) + emit(node[ch]) for ch in sorted(node) if ch
        ]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


_KO_END = rf"(?=[{_AFTER_KO_WORD}]|[^가-힣]|\Z)"  # where a Korean currency name may end


@cache
def _currency_start() -> str:
    """A regex for how a currency name, code or English word begins, for the lookahead in
    :func:`pattern`: its first two letters (a whole one-letter name such as 원 with the end
    rule), a three-letter code, or an English name's first three letters. Precise enough
    that '3GW', '12일' and '1이' are not candidates, and small, because compiling the full
    list into the pattern would cost every command ~50 ms of start-up."""
    forms = currencies.surface_forms()
    ko, ko_whole = set(), set()
    for name in forms["ko"]:
        head, _, rest = name.partition(" ")
        if len(head) >= 2:
            ko.add(head[:2])
        elif rest:  # '미 달러': the first letter, any space, the next one
            ko.add(head + " " + rest[0])
        else:  # a one-letter name (원, 엔) takes the end rule
            ko_whole.add(name)
    en = {w[:3] for w in forms["en"] if len(w) > 3}
    en_whole = {w for w in forms["en"] if len(w) <= 3}
    # the letters the case-blind English part can open with, as a plain set before it: the
    # engine tries a case-blind alternative's first letter only by entering it
    en_first = re.escape("".join(sorted({x for w in en | en_whole for x in cases(w[0])})))
    return (
        rf"{_trie(ko, _WS + '*')}|[{''.join(sorted(ko_whole))}]{_KO_END}"
        rf"|[A-Z]{{3}}(?![A-Za-z])|(?=[{en_first}])(?i:{_trie(en, '')}|{_trie(en_whole, '')}(?![A-Za-z]))"
    )


@cache
def _currency_first_letters() -> frozenset[str]:
    """Letters some currency name, code or symbol begins with (so _currency_at's cache holds
    at most one entry for each, whatever characters the input has)."""
    forms = currencies.surface_forms()
    firsts = {w[0] for kind in ("ko", "code", "symbol") for w in forms[kind]}
    return frozenset(firsts | {w[0] for w in forms["en"]} | {w[0].upper() for w in forms["en"]})


@cache
def _currency_at(first: str) -> re.Pattern | None:
    """The currency names, codes and symbols that begin with ``first``, as one small regex,
    compiled the first time a number is followed by that letter (or None: no currency
    begins with it). Korean names may be written with or without their inner spaces
    ('호주 달러', '호주달러') and end where a particle or qualifier may follow inside one word
    ('원을', '달러가량'), so '원전' and '엔비디아' are not money. English names and codes are
    whole words (case-insensitive names, upper-case codes)."""
    forms = currencies.surface_forms()
    ko = [w for w in forms["ko"] if w[0] == first]
    code = [w for w in forms["code"] if w[0] == first]
    en = [w for w in forms["en"] if w[0] == first.lower()]
    sym = [w for w in forms["symbol"] if w[0] == first]
    parts = []
    if ko:
        parts.append(rf"(?P<ko>{_trie(ko, _WS + '*')}){_KO_END}")
    if code:
        parts.append(rf"(?P<code>{_trie(code, '')})(?![A-Za-z])")
    if en:
        parts.append(rf"(?P<en>(?i:{_trie(en, _WS + '+')}))(?![A-Za-z])")
    if sym:
        parts.append(rf"(?P<sym>{_trie(sym, '')})")
    return re.compile("|".join(parts)) if parts else None


@cache
def _currency_codes() -> dict[str, dict[str, str]]:
    """Matched currency text (spaces removed; English lower-cased) -> code, by kind."""
    forms = currencies.surface_forms()
    return {
        "ko": {k.replace(" ", ""): v for k, v in forms["ko"].items()},
        "code": forms["code"],
        "en": {" ".join(k.split()): v for k, v in forms["en"].items()},
        "sym": forms["symbol"],
    }


@cache
def _tables():
    """What may be written before a number: symbols and codes (form -> code), the words
    that name a currency as a prefix (미화, 한화), and every prefix word, longest first."""
    forms = currencies.surface_forms()
    before = dict(forms["symbol"])
    before.update({c: c for c in forms["code"]})
    prefixes = sorted(
        list(lang.qualifiers_before("ko"))
        + list(lang.per_words_of("ko"))
        + list(DROPPED)
        + list(NEGATIVE_WORDS),
        key=len,
        reverse=True,
    )
    return before, forms["marker"], prefixes


@cache
def _names_before() -> dict[str, str]:
    """Korean currency names that may stand before a number and name its currency
    ('호주달러 100억', '미국 달러 300억'), spaces removed -> code: every name of two letters or
    more, but the minor units (센트) and the words that are prefix markers already (원화)."""
    forms = currencies.surface_forms()
    out = {}
    for name, code in forms["ko"].items():
        key = "".join(name.split())
        if len(key) >= 2 and name not in forms["marker"] and name not in _SUBUNITS:
            out[key] = code
    return out


@cache
def _one_word_prefixes() -> frozenset[str]:
    """Prefix words written as one word, as listed (``약``, ``최대``, ``about``)."""
    _, _, prefixes = _tables()
    return frozenset(w for w in [*prefixes, *EN_PREFIXES] if " " not in w)


# '3억3천', '2조4천': a big unit, then one digit and 천 and nothing after (headline shorthand)
_SHORTHAND = re.compile(r"(.*[억조경億兆京])(\d천)")
_NEXT_UNIT = {"억": "만", "조": "억", "경": "조", "億": "萬", "兆": "億", "京": "兆"}
_DIGIT_WORDS = re.compile(r"\d+[- ](?i:point|and)")
_WORD_SCALE = re.compile(r"[ \t\u00a0\u200b\u3000]+([A-Za-z]+)$")
_ENGLISH_NUM = re.compile(r"([\d,]+(?:\.\d+)?)[ \t\u00a0\u200b-]?([^\W\d_]+)")


def _english_scaled(num: str) -> re.Match | None:
    """A number with an English scale word ('4.5tr', '2.7 빌리언'), as a match of digits and
    word; None for anything else ('50조')."""
    m = _ENGLISH_NUM.fullmatch(num)
    return m if m and m.group(2).lower() in ENGLISH_SCALES else None


_TRAILING_WORD = re.compile(r"([^\W\d_]+)$")
_TIME_AGO = re.compile(r"[ \t\u00a0]+(?i:earlier|ago|before|prior|later)(?![A-Za-z])")
_ONE_LETTER_SCALE = re.compile(r"(?<![A-Za-z])[kmbKMB]$")
_TAIL_FIRST = frozenset(w[0] for w in SUFFIX_QUALIFIERS) | frozenset(
    c for w in (*EN_SUFFIX_QUALIFIERS, *EN_PER_SUFFIXES) for c in (w[0], w[0].upper())
)


def _skip_ws(text: str, i: int) -> int:
    while i < len(text) and text[i] in _WSCHARS:
        i += 1
    return i


def _currency_after(text: str, i: int) -> tuple[str, int, str] | None:
    """The currency written at ``text[i:]`` (after optional space): (code, end, word as
    listed)."""
    j = _skip_ws(text, i)
    if j == len(text):
        return None
    c = text[j]
    rx = _currency_at(c) if c in _currency_first_letters() else None
    m = rx and rx.match(text, j)
    if not m:
        return None
    kind = m.lastgroup
    assert kind is not None, "every alternative of a currency pattern is a named group"
    if kind == "sym" and text[m.end() : m.end() + 1].isdigit():
        return None  # '$5 $10': a symbol glued to the next number is that number's
    word = m.group(kind)
    if kind == "ko":
        word = "".join(word.split())
    elif kind == "en":
        word = " ".join(word.lower().split())
    return _currency_codes()[kind][word], m.end(), word


def _tail(text: str, i: int) -> tuple[str | None, str | None, int]:
    """Qualifier and per-period words after an amount: (qualifier word, per, end)."""
    j = _skip_ws(text, i)
    qual = per = None
    if j >= len(text) or text[j] not in _TAIL_FIRST:
        return None, None, i
    for w in SUFFIX_QUALIFIERS:
        if text.startswith(w, j):
            k = j + len(w)
            if w in _GLUED_QUALIFIERS and (
                j != i
                or k < len(text)
                and "가" <= text[k] <= "힣"
                and text[k] not in _AFTER_KO_WORD
            ):
                continue  # '50조 원대' is about 50조; '3조원 대출' is a loan
            qual, i = w, k
            j = _skip_ws(text, i)
            break
    else:
        for w in EN_SUFFIX_QUALIFIERS:
            if text[j : j + len(w)].lower() == w:
                qual, i = w, j + len(w)
                j = _skip_ws(text, i)
                break
    low = text[j : j + 12].lower()
    for w in EN_PER_SUFFIXES:
        if low.startswith(w) and not text[j + len(w) : j + len(w) + 1].isalpha():
            if _TIME_AGO.match(text, j + len(w)):
                break  # '$495 billion a year earlier' is a year ago, not a rate
            per, i = PER_WORDS[w], j + len(w)
            break
    return qual, per, i


@cache
def _head_patterns() -> tuple[re.Pattern, re.Pattern]:
    """Two regexes read right to left over the reversed text before a number: a currency
    symbol or code written before it (``$50``, ``US$ 10``, ``USD 1.8bn``), and one prefix
    word or phrase (``약``, ``최대``, ``우리 돈``, ``up to``) that is a whole word."""
    before, _, prefixes = _tables()
    letter = r"[^\W\d_]"
    symbols = [w[::-1] for w in before if not w.isalnum() and len(w) <= 4]
    codes = [w[::-1] for w in before if w.isalnum() and len(w) == 3 and w.isupper()]
    names = [
        w[::-1] for w in currencies.surface_forms()["ko"] if "".join(w.split()) in _names_before()
    ]
    # a Korean name starts a word: no letter or digit before it ('에버랜드 100억' is not
    # rand, the 달러 of '1달러 100원' is the 1's)
    currency = recache.compile(
        rf"(?:{_WS}?(?P<sym>{_trie(symbols, '')})|{_WS}?(?P<code>{_trie(codes, '')})(?!{letter})"
        rf"|{_WS}?(?P<ko>{_trie(names, _WS + '*')})(?![^\W_]))"
    )
    words = [w[::-1] for w in [*prefixes, *EN_PREFIXES]]
    # Korean words as written, English ones in any case behind a set of the letters they end
    # with (a case-blind Hangul trie is tried letter by letter through the case tables)
    english = [w for w in words if w.isascii()]
    korean = [w for w in words if not w.isascii()]
    last = re.escape("".join(sorted({x for w in english for x in cases(w[0])})))
    alts = [_trie(korean, _WS + "+")] if korean else []
    if english:
        alts.append(rf"(?=[{last}])(?i:{_trie(english, _WS + '+')})")
    # a prefix word starts a word: not after a letter or a digit ('1월' is January, not 'per month')
    prefix = recache.compile(rf"{_WS}{{0,2}}(?P<w>{'|'.join(alts)})(?![^\W_])")
    return currency, prefix


@cache
def _head_lasts() -> tuple[frozenset[str], frozenset[str]] | None:
    """The characters the two patterns of :func:`_head_patterns` can open with over the
    reversed text: the last letters of symbols and codes, and of prefix words in each case
    they match (None, and no shortcut, if a listed form is empty or ends in a space)."""
    before, _, prefixes = _tables()
    forms = [w for w in before if not w.isalnum() and len(w) <= 4]
    forms += [w for w in before if w.isalnum() and len(w) == 3 and w.isupper()]
    words = [*prefixes, *EN_PREFIXES]
    if any(not w.replace(" ", "") for w in forms) or any(not w or w[-1].isspace() for w in words):
        return None
    forms += list(_names_before())
    symcode = frozenset(w.replace(" ", "")[-1] for w in forms)
    return symcode, frozenset(x for w in words for x in cases(w[-1]))


def cases(c: str) -> list[str]:
    """Every character ``c`` matches in a case-blind regex: its two cases, and for i, k and
    s the letters Unicode folds onto them (İ ı, K for Kelvin, ſ)."""
    found = {c, c.lower(), c.upper()} | (
        {"\u0130", "\u0131", "\u212a", "\u017f"} if c.isascii() else set()
    )
    return sorted(x for x in found if re.fullmatch("(?i:" + re.escape(c) + ")", x))


def _head(
    text: str, start: int, floor: int = 0, bare_ok: bool = True
) -> tuple[int, list[str], str | None]:
    """Prefix words and a currency written before the number: (new start, words, currency),
    none of them before ``floor`` (where the amount before it ends: '100억 달러 200억' does
    not give its 달러 to 200억). A Korean currency name before the number ('호주달러 100억')
    counts only with ``bare_ok``: for a number with a big unit or a scale word ('달러 1,400'
    is more often a rate than 1,400 dollars)."""
    i = start
    if not _sign_at(text, i):
        # most numbers have nothing before them that either pattern could open with: the
        # character before (or after one or two spaces) ends no symbol, code or prefix word
        hint = _head_lasts()
        symcode, lasts = hint or (frozenset(), frozenset())
        c = text[i - 1] if i else ""
        k = i - 1
        while k >= i - 3 and k >= 0 and text[k] in _WSCHARS:
            k -= 1
        if hint is not None and not (
            c in symcode
            or (c and c in _WSCHARS and i > 1 and text[i - 2] in symcode)
            or (k >= 0 and k >= i - 3 and text[k] in lasts)
        ):
            return i, [], None
    before, markers, _ = _tables()
    listed = _one_word_prefixes()
    currency_re, prefix_re = _head_patterns()
    words: list[str] = []
    currency = None
    negative = False
    if _sign_at(text, i):  # $-5
        negative, i = True, i - 1
    rev = text[max(0, i - 64) : i][::-1]  # text[i - r] is rev[r - 1]
    reach = i - floor  # no word of the amount before is this one's
    r = 0
    m = currency_re.match(rev)
    if m and (m.end() > reach or (m.group("ko") and not bare_ok)):
        m = None
    if m:
        if m.group("ko"):  # '호주달러 100억'
            currency = _names_before()["".join(m.group("ko")[::-1].split())]
        else:
            currency = before[(m.group("sym") or m.group("code"))[::-1]]
        r = m.end()
    if not negative and _sign_at(text, i - r):  # -$5, -3조, △3조
        negative, r = True, r + 1
    for _ in range(4):
        m = prefix_re.match(rev, r)
        if m is None or m.end() > reach:
            break
        w = m.group("w")[::-1]
        # as listed: '최대' stays, 'About' -> 'about', '우리  돈' -> '우리 돈', 'Up To' -> 'up to'
        found = w if w in listed else " ".join(w.split()).lower()
        if found in NEGATIVE_WORDS:
            negative = not negative
        words.insert(0, found)
        if found in markers:
            currency = currency or markers[found]
        r = m.end()
    if negative:
        words.append("-")
    return i - r, words, currency


def _sign_at(text: str, i: int) -> bool:
    """A minus sign or △ right before ``i`` that starts a word (not '2025-10')."""
    return (
        i > 0
        and text[i - 1] in SIGNS
        and (i == 1 or not (text[i - 2].isalnum() or text[i - 2] in ".,"))
    )


@dataclass(slots=True)
class Amount:
    """A written amount: its exact value, currency and the text it was read from.

    ``start``/``end`` are offsets of ``text`` in the string it was found in. Treat it as a
    value: fincli never changes an Amount once a caller has it. (It is not ``frozen``: a
    frozen dataclass's constructor costs 2.5 µs more per amount, a tenth of a parse.)
    """

    text: str
    value: Decimal
    currency: str | None
    start: int = 0
    end: int = 0
    qualifier: str | None = None
    low: Decimal | None = None
    high: Decimal | None = None
    vague: bool = False
    per: str | None = None
    place: int = 0  # power of ten of the last digit written: 7조 → 12, 2조4천억 → 11
    currency_inferred: bool = False

    @property
    def korean(self) -> str:
        return _korean(self.value, self.currency)

    @property
    def english(self) -> str:
        return _english(self.value, self.currency)

    def to_record(self, spellings: bool = True) -> dict:
        """The amount's fields as strings; ``spellings`` adds its Korean and English forms."""
        rec = {
            "text": self.text,
            "value": _s(self.value),
            "currency": self.currency,
            "qualifier": self.qualifier,
            "low": _s(self.low),
            "high": _s(self.high),
            "vague": self.vague,
            "per": self.per,
        }
        if spellings:
            rec["korean"] = self.korean
            rec["english"] = self.english
        return rec


# Amounts repeat across an archive ('50억 달러', '1조 원'): the pure steps from a written
# number to its value, and from a value to its spellings, are remembered (bounded caches).
# Equal Decimals format alike, so a cache hit is the same text a fresh call would give.
_korean = lru_cache(maxsize=8192)(format_korean)
_english = lru_cache(maxsize=8192)(format_english)


def _s(d: Decimal | None) -> str | None:
    if d is None:
        return None
    s = format(d, "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


@lru_cache(maxsize=8192)
def _number(num: str) -> tuple[Decimal, int, bool]:
    """(value in its one spelling, place, vague) of the number part of a match
    (remembered: see _korean)."""
    if num in BIG_UNITS:  # '만 원'
        return _canon(Decimal(1).scaleb(BIG_UNITS[num])), BIG_UNITS[num], False
    if num.startswith("수") and len(num) <= 3 and num[-1] in BIG_UNITS:
        power = BIG_UNITS[num[-1]] + {"십": 1, "백": 2, "천": 3}.get(num[1:-1], 0)
        return _canon(Decimal(1).scaleb(power)), power, True
    m = _english_scaled(num)
    if m:
        power = ENGLISH_SCALES[m.group(2).lower()]
        digits = m.group(1)
        decimals = len(digits.partition(".")[2])
        return _canon(scale(arabic(digits), power)), power - decimals, False
    if num[0].isascii() and num[0].isalpha() or _DIGIT_WORDS.match(num):  # 'four-point-four'
        m = _WORD_SCALE.search(num)
        if m and m.group(1).lower() not in ENGLISH_SCALES:
            m = None
        words = num[: m.start()] if m else num
        power = ENGLISH_SCALES[m.group(1).lower()] if m else 0
        value = english_words_value(words)
        exponent = value.as_tuple().exponent
        decimals = -exponent if isinstance(exponent, int) and exponent < 0 else 0
        return _canon(scale(value, power)), power - decimals, False
    short = _SHORTHAND.fullmatch(num)
    if short:  # '3억3천달러' is 3억3천만 달러: the press drops the unit after 천
        num = short.group(1) + short.group(2) + _NEXT_UNIT[short.group(1)[-1]]
    value, place = korean_number(num)
    return _canon(value), place, False


_ARABIC = re.compile(r"\d").search  # one C-speed search (the digits a number's text holds are
# all decimal digits: its pattern reads Arabic digits with \d, others by name)


def _has_big_or_scale(num: str) -> bool:
    """Whether a number is written with a Korean big unit or an English scale word ('100억',
    '$5 billion', '2.7 빌리언'), not as plain digits."""
    return highest_big_unit(num) is not None or _english_scaled(num) is not None


def _has_arabic(s: str) -> bool:
    return _ARABIC(s) is not None


def _canon(d: Decimal) -> Decimal:
    """One spelling per value: integers without exponent, fractions without trailing zeros."""
    if d == d.to_integral_value():
        return d.quantize(Decimal(1), context=EXACT)
    return d.normalize(EXACT)


def _build(
    m: re.Match,
    text: str,
    strict: bool,
    offset: int = 0,
    original: str | None = None,
    floor: int = 0,
) -> Amount | None:
    """An Amount from a number match and the words around it, or None when (in running
    text) it is not money. With ``strict`` a malformed number raises :class:`ParseError`.
    Words before the number are read back to ``floor`` at most (see :func:`_head`)."""
    num = m.group("num")
    mstart, end = m.span()
    num2 = cmid = cpre2 = None
    second = _range_end(text, end, m.re, mstart)
    if second:
        num2, cmid, cpre2, end = second
    after = _currency_after(text, end)
    if after is None and end < len(text) and text[end] in "-." and _SCALE_END.search(num):
        after = _currency_after(text, end + 1)  # '7.3 trillion-won', '2 Tril. Won'
        if after and text[end] == "." and text[end + 1 : end + 2] not in _WSCHARS:
            after = None
    # a Korean currency name before the number names it when nothing after the number does
    named_before = after is None and not (cmid or cpre2) and _has_big_or_scale(num)
    start, words, cur_before = _head(text, mstart, floor, named_before)
    glued = False
    if not strict and start == mstart and start > 0:
        prev = text[start - 1]
        glued = "\uac00" <= prev <= "\ud7a3" and prev != "제" and num[0].isdigit()
        decimal = prev == "." and start > 1 and text[start - 2].isdigit()
        lettered = prev in _LETTER_SYMBOLS and (start < 2 or not text[start - 2].isalnum())
        if lettered and _english_scaled(num):
            pass  # W4.5tr: the symbol is read with the currency below
        elif not glued and (
            prev.isalnum() or prev in ",_" or decimal or prev == "제" or _IS_MARK(prev)
        ):
            return None  # inside a word or a model name (H100, 제1조), or after a decimal
    cur_mid = currencies.lookup(cmid.strip()) if cmid else None
    cur_pre2 = None
    if cpre2:
        try:
            cur_pre2 = currencies.lookup(cpre2.strip())
        except Exception:
            if strict:
                raise ParseError(
                    f"unknown currency in {_show(text[mstart:end])}", text, mstart
                ) from None
            return None
    cur_after = cur_word = None
    if after:
        cur_after, end, cur_word = after
    if cur_before is None and cur_after is None and start == mstart and start > 0:
        letter = _LETTER_SYMBOLS.get(text[start - 1])
        if letter and _english_scaled(num) and not (start > 1 and text[start - 2].isalnum()):
            cur_before, start = letter, start - 1  # Korea Herald's 'W4.5tr'
            glued = False
    if cur_before and cur_after and cur_before != cur_after and cur_word in _GENERIC_AFTER:
        cur_after = cur_before  # 'S$ 172억달러': the dollar named before the number
    currency = cur_after or cur_mid or cur_pre2 or cur_before
    minor = None
    if (
        cur_after in _SUBUNIT_AFTER_CODES
        and not num2
        and text[end + 1 : end + 2].isdigit()
        and text[end : end + 1] in _WSCHARS
    ):
        sm = _subunit_after().match(text, end)
        if sm and _SUBUNITS_AFTER[sm.group("w")][0] == cur_after:
            minor, end = sm, sm.end()  # '1,350원 20전'
    if glued and not (cur_after or cur_mid):
        return None  # glued to a word, a number is money only with its currency after it
    if currency is None and num in BIG_UNITS:  # a big unit is a number only with its currency
        if strict:
            raise ParseError(
                f"{num} with no number before it in {text[mstart:end]!r}", text, mstart
            )
        return None
    if not strict and currency is None and not _may_be_bare(num2 or num):
        return None  # the usual reason a number in running text is not money: '50만 개'
    if not strict and num in BIG_UNITS and _numeral_before(text, start):
        return None  # '몇 억 원', '5 억 원': the unit belongs to the word before it
    qual_word, per_suffix, end = _tail(text, end)
    try:
        value, place, vague = _number(num)
        lo = hi = None
        if num2:
            hi, place2, vague2 = _number(num2)
            low_words = num[0].isalpha() and num[0].isascii() and not _number(num)[1]
            lo, place = _low_end(num, num2, value, place, low_words)
            if lo > hi:
                raise ParseError(f"range runs backwards: {_show(text[mstart:end])}", text, mstart)
            value = _canon(EXACT.divide(EXACT.add(lo, hi), 2))
            place, vague = min(place, place2), vague or vague2
        elif vague:
            lo, hi = _canon(value * 2), _canon(value * 9)
    except (ParseError, ArithmeticError) as e:
        if strict:
            if isinstance(e, ParseError):
                raise
            raise ParseError(
                f"number out of range in {_show(text[mstart:end])}", text, mstart
            ) from None
        return None
    if cur_word in _SUBUNITS:  # 51.29미국센트: hundredths of a dollar
        digits = _SUBUNITS[cur_word][1]
        value = _canon(value.scaleb(-digits, EXACT))
        place -= digits
        if lo is not None and hi is not None:
            lo, hi = _canon(lo.scaleb(-digits, EXACT)), _canon(hi.scaleb(-digits, EXACT))
    if minor is not None:
        d = _SUBUNITS_AFTER[minor.group("w")][1]
        value = _canon(value + Decimal(minor.group("n")).scaleb(-d))
        place = -d
    if "-" in words:
        words.remove("-")
        if num2:  # the sign is written before the low end only: -1억~2억 is -1억 to 2억
            assert lo is not None and hi is not None  # a range has both ends
            lo = lo.copy_negate()
            value = _canon(EXACT.divide(EXACT.add(lo, hi), 2))
        else:  # copy_negate is exact at any length (unary minus rounds to the context)
            value = value.copy_negate()
            if lo is not None and hi is not None:  # a range has both ends
                lo, hi = hi.copy_negate(), lo.copy_negate()
    if not strict and not _is_money(text, start, end, num, num2, currency, vague, glued):
        return None
    qualifier = None
    for w in words:
        q = QUALIFIERS.get(w)
        if q and qualifier in (None, "approx"):
            qualifier = q
    if qual_word and qualifier in (None, "approx"):
        qualifier = QUALIFIERS.get(qual_word, qualifier)
    if qualifier in (None, "approx"):
        for w, q in _IN_NUMBER.items():  # 300여억: a little over
            if w in num or (num2 and w in num2):
                qualifier = q
                break
    per = per_suffix
    for w in words:
        per = PER_WORDS.get(w, per)
    return Amount(
        (original or text)[start:end],
        value,
        currency,
        start + offset,
        end + offset,
        qualifier,
        lo,
        hi,
        vague,
        per,
        place,
    )


SMALL_UNIT_CHARS = frozenset(SMALL_UNITS)
_LEADING = re.compile(r"[\d,.]+|[" + "".join(DIGITS) + "]")


def _low_end(
    num: str, num2: str, lo: Decimal, place: int, low_words: bool = False
) -> tuple[Decimal, int]:
    """The low end of a range as the press writes it, (value, place): a low end without
    units shares the high end's (``20~30억`` is 20억 to 30억; ``3~5천억`` is 3천억 to 5천억,
    the 천 too), one with 천/백/십 but no big unit takes the high end's big unit (``5천~7천억``),
    and one that stops after a group without its big unit takes the next one down
    (``1억5천~2억`` is 1억5천만 to 2억)."""
    hi_big = highest_big_unit(num2)
    low_big = highest_big_unit(num)
    if low_big is None:
        korean_small = any(c in SMALL_UNIT_CHARS for c in num2)
        if hi_big is None and not korean_small:  # English: '$150–170 billion'
            if num[-1].isascii() and num[-1].isalpha() and not low_words:
                return lo, place  # '$50m–1 billion': the low end has its own scale
            em = _TRAILING_WORD.search(num2)
            p = ENGLISH_SCALES.get(em.group(1).lower(), 0) if em else 0
        elif num[-1] in SMALL_UNIT_CHARS:  # '5천~7천억'
            p = hi_big or 0
        else:  # '3~5천억': the units after the high end's leading number
            m = _LEADING.match(num2)
            rest = num2[m.end() :].lstrip(_WSCHARS) if m else ""
            p = SMALL_UNITS.get(rest[:1], 0) + (hi_big or 0)
        return _canon(scale(lo, p)), place + p
    # '1억5천~2억': digits after the low end's last big unit, in its next unit down
    k = max(i for i, c in enumerate(num) if c in BIG_UNITS)
    head, tail = num[: k + 1].rstrip("여"), num[k + 1 :].lstrip("여" + _WSCHARS)
    last = BIG_UNITS[num[k]]
    if tail and last >= 8 and hi_big is not None and hi_big >= last:
        head_value, _, _ = _number(head)
        tail_value, tail_place, _ = _number(tail)
        return _canon(EXACT.add(head_value, scale(tail_value, last - 4))), tail_place + last - 4
    return lo, place


def _numeral_before(text: str, i: int) -> bool:
    """Whether the word before ``i`` (past spaces) ends in a digit or a numeral word, or in
    a unit of time: '10년 만 원화 강세' is 'for the first time in ten years', not 10,000 won."""
    j = i
    while j > 0 and text[j - 1] in _WSCHARS:
        j -= 1
    return j > 0 and (text[j - 1].isdigit() or text[j - 1] in DIGITS or text[j - 1] in _NOT_ALONE)


_NOT_ALONE = "몇수십백천년월일주분초간"  # what a unit alone cannot follow (see _numeral_before)


def _may_be_bare(num: str) -> bool:
    """Whether a number with no currency could still be money: a Korean amount of 억 or
    more with Arabic digits (the rest of the rule is in :func:`_is_money`)."""
    return (highest_big_unit(num) or 0) >= 8 and _has_arabic(num)


def _is_money(text, start, end, num, num2, currency, vague, glued=False) -> bool:
    nums = num + (num2 or "")
    if "해" in nums and any(nums[i - 1] in DIGITS for i, c in enumerate(nums) if c == "해" and i):
        return False  # '이해', '사해' are words
    if start > 0 and "\uac00" <= text[start - 1] <= "\ud7a3" and not glued:
        return False  # a number glued to a word before it ('매출이3조', '구조')
    if currency is not None:
        if (
            not _has_arabic(nums)
            and not vague
            and not nums[0].isascii()  # English words ('five trillion') carry their scale
            and not any(c in BIG_UNITS or c in "천백십千百十" for c in nums)
        ):
            return False  # a lone Hangul digit before 유로 is '이유로', not 2 euros
        if (
            _ONE_LETTER_SCALE.search(num2 or num)
            and text[start] not in "$€£¥₩"
            and not text[start].isupper()
        ):
            return False  # 50B needs a currency before it: $50B
        return True
    # No currency written: only a Korean amount of 억 or more, with Arabic digits, counts.
    if vague or not _has_arabic(nums) or (highest_big_unit(num2 or num) or 0) < 8:
        return False
    if (num2 or num)[-1].isascii() and (num2 or num)[-1].isalpha():
        return False
    rest = text[end : end + 8].lstrip(_WSCHARS)
    return not rest.startswith(COUNTERS)


def parse_amount(text: str) -> Amount:
    """Parse one monetary expression; raise :class:`ParseError` when it is not one.

    Surrounding white space is ignored; offsets refer to ``text`` as given.
    """
    if not isinstance(text, str):
        raise ParseError("expected text", "")
    a = _parse_remembered(text) if len(text) <= REMEMBER_CHARS else _parse(text)
    # a copy, so a caller that changes its Amount cannot change the remembered one
    return Amount(a.text, a.value, a.currency, a.start, a.end, a.qualifier, a.low, a.high,
                  a.vague, a.per, a.place, a.currency_inferred)  # fmt: skip


# Streams of expressions repeat themselves (a column of '1조 원', '50억 달러'): the last
# 16,384 distinct expressions parsed are remembered, as pandas' to_datetime does for dates.
# Only successes are kept; a bad line is read again each time, so its error is the same.
# Only expressions up to REMEMBER_CHARS long are kept, so the cache is bounded in bytes too
# (16,384 x 256 characters), not only in entries: padded lines of 20 KB each are parsed afresh.
REMEMBER_CHARS = 256


def _parse(text: str) -> Amount:
    norm = normalize(text)
    stripped = norm.strip(_STRIP)
    if not stripped:
        raise ParseError("empty expression", text)
    lead = len(norm) - len(norm.lstrip(_STRIP))
    tail = lead + len(stripped)
    best = None
    for m in pattern_for(norm).finditer(norm, lead, tail):
        try:
            a = _build(m, norm, strict=True)  # strict: an Amount or a ParseError, never None
        except ParseError:
            if best is None and m.start() == lead:
                raise
            continue
        assert a is not None
        if a.start == lead and a.end == tail:
            return _retext(a, text) if norm != text else a
        best = best or a
        break
    if best is not None:
        where = f"understood {_show(norm[best.start : best.end])}"
        rest = (norm[lead : best.start] + " … " + norm[best.end : tail]).strip(" …")
        raise ParseError(
            f"not a monetary expression: {_show(text.strip())} ({where}, but not {_show(rest)})",
            text,
            best.end,
        )
    raise ParseError(
        f"not a monetary expression: {_show(text.strip())} (expected a number with a unit or "
        f"currency, such as '2조4천억 원', '50억 달러' or '$50 billion')",
        text,
        lead,
    )


_parse_remembered = lru_cache(maxsize=16384)(_parse)


def _retext(a: Amount, original: str) -> Amount:
    from dataclasses import replace

    return replace(a, text=original[a.start : a.end])


def scan(text: str, offset: int = 0):
    """Every amount in running ``text``, in order (offsets shifted by ``offset``)."""
    norm = normalize(text)
    same = norm == text
    pos = floor = 0  # floor: where the last amount ends, which the next one's words stop at
    search = pattern_for(norm).search
    while True:
        m = search(norm, pos)
        if m is None:
            return
        a = _build(m, norm, False, offset, None if same else text, floor)
        if a is None:
            pos = m.start() + 1  # a rejected match may hide an amount further in
            continue
        pos = floor = a.end - offset
        yield a

"""Korean and English number words to exact Decimals, and back.

Korean counts in groups of four digits: 만 10^4, 억 10^8, 조 10^12, 경 10^16, 해 10^20.
Inside a group 천 백 십 multiply the digit before them (a bare 천 is one thousand), and the
group's digits may be Arabic (``2,345``, ``3.5``), Hangul (``이천사백``) or Hanja (``貳千``).

>>> korean_value("47조2천5백8억")
Decimal('47250800000000')
>>> korean_value("3조 804억")
Decimal('3080400000000')
>>> format_korean(Decimal("2400000000000"), "KRW")
'2조4000억 원'
>>> format_korean(Decimal("2400000000000"), "KRW", spacing="standard")
'2조 4000억 원'
>>> format_english(Decimal("5000000000"), "USD")
'$5 billion'

Arithmetic runs in :data:`ARITHMETIC`, 120 significant digits that trap what cannot be
represented (an invalid operation, a division by zero, an exponent out of range); :data:`EXACT`
is the same context trapping inexact results too, so a value is exact or an error, never
rounded quietly. The command line runs every command inside :data:`ARITHMETIC` and turns what
it traps into fincli's own :class:`~fincli.errors.NumberRangeError`, naming the input.
"""

from __future__ import annotations

import re
from decimal import (
    ROUND_HALF_EVEN,
    Context,
    Decimal,
    DivisionByZero,
    Inexact,
    InvalidOperation,
    Overflow,
)

from fincli.errors import ParseError

# fincli's one decimal context: room for any amount it reads (60 digits times 해 is 80 digits)
# times any rate, and a trap for everything that cannot be represented. EXACT adds Inexact.
PRECISION = 120
ARITHMETIC = Context(
    prec=PRECISION,
    rounding=ROUND_HALF_EVEN,
    Emax=999_999,
    Emin=-999_999,
    traps=[InvalidOperation, DivisionByZero, Overflow],
)
EXACT = ARITHMETIC.copy()
EXACT.traps[Inexact] = True

BIG_UNITS = {
    "만": 4,
    "억": 8,
    "조": 12,
    "경": 16,
    "해": 20,
    "萬": 4,
    "億": 8,
    "兆": 12,
    "京": 16,
    "垓": 20,
}
SMALL_UNITS = {"십": 1, "백": 2, "천": 3, "十": 1, "百": 2, "千": 3, "拾": 1, "佰": 2, "仟": 3}
DIGITS = {
    "영": 0,
    "공": 0,
    "일": 1,
    "이": 2,
    "삼": 3,
    "사": 4,
    "오": 5,
    "육": 6,
    "륙": 6,
    "칠": 7,
    "팔": 8,
    "구": 9,
    "〇": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "壹": 1,
    "貳": 2,
    "參": 3,
    "肆": 4,
    "伍": 5,
    "陸": 6,
    "柒": 7,
    "捌": 8,
    "玖": 9,
    "弐": 2,
    "参": 3,
}
ENGLISH_SCALES = {
    "thousand": 3,
    "k": 3,
    "million": 6,
    "mn": 6,
    "mln": 6,
    "m": 6,
    "billion": 9,
    "bn": 9,
    "bln": 9,
    "b": 9,
    "trillion": 12,
    "tn": 12,
    "trn": 12,
    "tr": 12,
    "tln": 12,  # Yonhap's headlines: '160 tln won' (yonhap-via-revue-2020-001)
    "trln": 12,  # Reuters' headlines: 'about 36 trln won' (round three's English set)
    "tril": 12,  # BusinessKorea's '2 Tril. Won'
    "bil": 9,
    "quadrillion": 15,
    # Korean transliterations: '2.7 빌리언 달러', '700 밀리언 달러'
    "밀리언": 6,
    "빌리언": 9,
    "트릴리언": 12,
}
KOREAN_UNIT_ORDER = [(20, "해"), (16, "경"), (12, "조"), (8, "억"), (4, "만")]

_TOKEN = re.compile(r"\d+(?:\.\d+)?|.", re.S)
# spaces the scanner allows between groups (ordinary, tab, no-break, zero-width, ideographic),
# thousands commas, and 여 ('300여억')
_IGNORED = str.maketrans("", "", " \t\u00a0\u200b\u3000,여")
MAX_DIGITS = 60


def arabic(text: str) -> Decimal:
    """``'1,250'`` → 1250, ``'3.5'`` → 3.5. A dot is always the decimal point."""
    digits = text.replace(",", "")
    if len(digits) > MAX_DIGITS:
        raise ParseError(f"number has more than {MAX_DIGITS} digits", text)
    try:
        return Decimal(digits)
    except InvalidOperation:
        raise ParseError(f"not a number: {_show(text)}", text) from None


def scale(value: Decimal, power: int) -> Decimal:
    return EXACT.multiply(value, Decimal(1).scaleb(power))


def korean_value(text: str) -> Decimal:
    """The value of a Korean number such as ``2조4천억``, ``1억 2,345만 6,789``, ``오십억``.

    Spaces, commas and ``여`` (as in ``300여억``) are ignored; big units must descend.
    """
    return korean_number(text)[0]


def korean_number(text: str) -> tuple[Decimal, int]:
    """(value, place) of a Korean number: place is the power of ten of the last digit
    written (``2조4천억`` → 11, ``7조`` → 12, ``1.5조`` → 11, ``1억 2,345만 6,789`` → 0).

    Worked in integers (each part is digits × 10^exponent) and made a Decimal once: the
    same exact value as Decimal arithmetic, in a third of the time.
    """
    s = text.translate(_IGNORED)
    if not s:
        raise ParseError("empty number", text)
    total = total_exp = 0  # the closed groups: total × 10^total_exp
    group: list[tuple[int, int]] = []  # (digits, exponent) closed by 천/백/십 in this group
    num: tuple[int, int] | None = None  # digits waiting for their unit
    last_big = last_small = 99
    place_in_group = 0  # exponent of the last digit written, inside the current group
    place = 0
    for tok in _TOKEN.findall(s):
        if tok[0].isdigit():
            if num is not None:
                raise ParseError(f"two numbers in a row in {_show(text)}", text)
            if len(tok) > MAX_DIGITS:
                raise ParseError(f"number has more than {MAX_DIGITS} digits", tok)
            whole, _, frac = tok.partition(".")
            num = (int(whole + frac), -len(frac))
            place_in_group = num[1]
        elif tok in DIGITS:
            if num is not None:
                raise ParseError(f"two digits in a row in {_show(text)}", text)
            num = (DIGITS[tok], 0)
            place_in_group = 0
        elif tok in SMALL_UNITS:
            p = SMALL_UNITS[tok]
            if p >= last_small:
                raise ParseError(f"{tok} out of order in {_show(text)}", text)
            last_small = p
            digits, exp = num if num is not None else (1, 0)
            group.append((digits, exp + p))
            place_in_group = exp + p
            num = None
        elif tok in BIG_UNITS:
            p = BIG_UNITS[tok]
            if p >= last_big:
                raise ParseError(f"{tok} out of order in {_show(text)}", text)
            first_big = last_big == 99
            last_big = p
            if num is None and not any(digits for digits, _ in group):
                if not first_big or group:
                    raise ParseError(f"{tok} with no number before it in {_show(text)}", text)
                num = (1, 0)  # a big unit alone counts one of it: '만 원' is 10,000 won
            if num is not None:
                group.append(num)
            for digits, exp in group:
                total, total_exp = _add(total, total_exp, digits, exp + p)
            place = place_in_group + p
            group, num, last_small, place_in_group = [], None, 99, 0
        else:
            raise ParseError(f"unexpected {tok!r} in number {_show(text)}", text)
    if num is not None or group:
        for digits, exp in group + ([num] if num is not None else []):
            total, total_exp = _add(total, total_exp, digits, exp)
        place = place_in_group
    value = Decimal(total).scaleb(total_exp, EXACT) if total_exp else Decimal(total)
    return value, place


def _show(text: str, limit: int = 60) -> str:
    """``text`` quoted for a message, cut to ``limit`` characters: an error never echoes a
    10 MB line back."""
    return repr(text) if len(text) <= limit else repr(text[:limit]) + f"… ({len(text)} characters)"


def _add(total: int, exp: int, digits: int, e: int) -> tuple[int, int]:
    """total × 10^exp + digits × 10^e, as (integer, exponent)."""
    if e >= exp:
        return total + digits * 10 ** (e - exp), exp
    return total * 10 ** (exp - e) + digits, e


# Native Korean and English counting words, as in '다섯 해', '세 번', 'seven years'
COUNT_WORDS = {
    "한": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9,
    "열": 10, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip


# English number words, as broadcasters write an amount out: 'five trillion won',
# 'four-point-four trillion', 'forty-and-a-half trillion' (KBS World, Arirang)
ENGLISH_ONES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
ENGLISH_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_EN_SPLIT = re.compile(r"[\s-]+")


def english_words_value(text: str) -> Decimal:
    """``'four-point-four'`` → 4.4, ``'one-point-47'`` → 1.47, ``'forty-and-a-half'`` → 40.5,
    ``'twenty five'`` → 25, ``'two hundred'`` → 200: a number up to 999 written in English
    words."""
    words = [w for w in _EN_SPLIT.split(text.lower()) if w]
    whole, frac, half = 0, "", False
    i = 0
    group = 0
    while i < len(words):
        w = words[i]
        if w in ENGLISH_ONES:
            group += ENGLISH_ONES[w]
        elif w.isdigit() and i == 0:  # '12-point-five'
            group = int(w)
        elif w in ENGLISH_TENS:
            group += ENGLISH_TENS[w]
        elif w == "hundred":
            group = (group or 1) * 100
        elif w == "point":
            rest = words[i + 1 :]
            if len(rest) == 1 and rest[0].isascii() and rest[0].isdigit():
                frac = rest[0]  # 'one-point-47' (KBS World writes the decimals in digits)
                break
            digits = [ENGLISH_ONES.get(d) for d in rest]
            if not digits or any(d is None or d > 9 for d in digits):
                raise ParseError(f"not a number: {text!r}", text)
            frac = "".join(str(d) for d in digits)
            break
        elif words[i : i + 3] == ["and", "a", "half"] and i + 3 == len(words):
            half = True
            break
        else:
            raise ParseError(f"not a number: {text!r}", text)
        i += 1
    whole = group
    value = Decimal(f"{whole}.{frac}") if frac else Decimal(whole)
    return value + Decimal("0.5") if half else value


def count_value(word: str) -> int | None:
    """A small count as written: ``'5'``, ``'다섯'``, ``'오'``, ``'십이'``, ``'seven'``; else None."""
    if word.isdigit():
        return int(word)
    if word.lower() in COUNT_WORDS:
        return COUNT_WORDS[word.lower()]
    try:
        value = korean_value(word)
    except ParseError:
        return None
    return int(value) if value == value.to_integral_value() else None


def highest_big_unit(text: str) -> int | None:
    """The power of the largest big unit written in ``text`` (``'30억'`` → 8), if any."""
    powers = [BIG_UNITS[c] for c in text if c in BIG_UNITS]
    return max(powers) if powers else None


def _plain(d: Decimal) -> str:
    """A decimal as plain digits: no exponent, no trailing fractional zeros."""
    s = format(d, "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s or "0"


_UNIT_SIZES = [(10**power, unit) for power, unit in KOREAN_UNIT_ORDER]


def format_korean_number(value: Decimal, spacing: str = "press") -> str:
    """``2400000000000`` → ``'2조4000억'`` (press) or ``'2조 4000억'`` (standard spacing)."""
    sign = "-" if value < 0 else ""  # not for -0
    whole_digits, dot, frac = _plain(value.copy_abs()).partition(".")
    frac = dot + frac  # ".67" or ""
    whole = int(whole_digits)
    parts = []
    for size, unit in _UNIT_SIZES:
        g, whole = divmod(whole, size)
        if g:
            parts.append(f"{g}{unit}")
    if whole or frac or not parts:
        parts.append(f"{whole}{frac}")
    elif frac:
        parts.append(frac)
    sep = "" if spacing == "press" else " "
    return sign + sep.join(parts)


def format_korean(value: Decimal, currency: str | None, spacing: str = "press") -> str:
    from fincli.currencies import korean_word

    number = format_korean_number(value, spacing)
    return f"{number} {korean_word(currency)}" if currency else number


_EN_PREFIX = {"USD": "$", "EUR": "€", "GBP": "£"}


def format_english(value: Decimal, currency: str | None) -> str:
    """English press style: ``$5 billion``, ``KRW 2.4 trillion``, ``$12,345.67``."""
    sign = "-" if value < 0 else ""
    mag = value.copy_abs()  # exact, whatever the digits (abs() rounds to the context)
    top = mag.adjusted() if mag else 0  # the power of ten of the first digit
    for power, word in ((12, "trillion"), (9, "billion"), (6, "million")):
        if top >= power:
            number = f"{_plain(mag.scaleb(-power, EXACT))} {word}"
            break
    else:
        whole, _, frac = _plain(mag).partition(".")
        number = f"{int(whole):,}" + (f".{frac}" if frac else "")
    if currency is None:
        return sign + number
    if currency in _EN_PREFIX:
        return f"{sign}{_EN_PREFIX[currency]}{number}"
    return f"{currency} {sign}{number}"

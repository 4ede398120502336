"""Output: machine formats (jsonl, csv, json) and tables for people.

Machine formats print exact decimal strings with no thousands separators and the same keys
in every record; ``table`` (and ``markdown``) are for reading. Writers stream: jsonl and csv
records leave as soon as they are made, so a pipeline sees each line's record at once.

CSV is written for spreadsheets as OWASP's "CSV Injection" page advises
(https://owasp.org/www-community/attacks/CSV_Injection): every field of a record is quoted
(the header, fincli's own column names, is not), so a bare CR inside a field stays inside
it; and a text cell that begins with ``=``, ``+``, ``-``, ``@``, a tab or a CR gets a leading
``'`` so that no spreadsheet runs it as a formula. Numeric columns
(:data:`NUMERIC_KEYS`) are never prefixed: ``-5000`` stays the number -5000. A cell of a
numeric column that is not a plain number is treated as text.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Sequence
from decimal import localcontext
from functools import cache
from typing import IO, TYPE_CHECKING, overload

if TYPE_CHECKING:
    from decimal import Decimal

from fincli.numerals import ARITHMETIC

MACHINE_FORMATS = ("jsonl", "csv", "json")
# one encoder for every jsonl record: json.dumps with any option builds a new one per call
_encode = json.JSONEncoder(ensure_ascii=False, check_circular=False).encode
json_encode = _encode  # one value as a jsonl record writes it
BUFFER_CHARS = 1 << 16
FORMATS = ("table", "jsonl", "csv", "json")


def _cell(v) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, dict):
        return json.dumps(v, ensure_ascii=False, sort_keys=True)
    if isinstance(v, list):
        return ";".join(_cell(x) for x in v)
    return str(v)


# Columns that hold numbers only, in every command's records (CSV keeps their signs)
NUMERIC_KEYS = frozenset(
    "start end value low high converted converted_low converted_high rate fixings "
    "implied_rate rate_low rate_high deviation stated_value stated_start stated_end amount "
    "total usd krw years per_year per_year_usd per_year_krw share period_years period_until "
    "line".split()
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"-?\d+(?:\.\d+)?").fullmatch


def csv_cell(key: str, value) -> str:
    """A value as a CSV cell that no spreadsheet evaluates (see the module docstring)."""
    cell = _cell(value)
    if cell.startswith(_FORMULA_START) and not (key in NUMERIC_KEYS and _PLAIN_NUMBER(cell)):
        return "'" + cell
    return cell


def row_keys(keys: list[str]) -> list[str]:
    """The columns of records from archive rows: ``id`` after ``file``, ``error`` last."""
    return [keys[0], "id", *keys[1:], "error"]


def jsonl_line(record: dict, keys: list[str]) -> str:
    """One jsonl line with exactly ``keys``, in order (what :class:`Writer` writes; worker
    processes make lines with it so the parent only writes them)."""
    # records usually arrive with exactly these keys in this order; only others are rebuilt
    rec = record if list(record) == keys else {k: record.get(k) for k in keys}
    return _encode(rec) + "\n"


class Writer:
    """Writes records in one format. ``keys`` fixes the columns and their order."""

    def __init__(
        self,
        fmt: str,
        out: IO[str],
        keys: Sequence[str],
        table_keys: Sequence[str] | None = None,
        headers: dict | None = None,
        display: dict | None = None,
        flush: bool = False,
    ):
        self.fmt, self.out, self.keys = fmt, out, list(keys)
        self.flush = flush  # flush after each record (a terminal, or --line-buffered)
        self.table_keys = list(table_keys or keys)
        self.headers = headers or {}
        self.display = display or {}  # key -> function, applied in tables only
        self.rows: list[dict] = []
        self._pending: list[str] = []  # our own buffer: the stream may be unbuffered
        self._size = 0
        self._csv: csv.DictWriter | None = None
        if fmt == "csv":
            self._csv = csv.DictWriter(
                self,
                fieldnames=self.keys,
                extrasaction="ignore",
                lineterminator="\n",
                quoting=csv.QUOTE_ALL,
            )
            # the header is fincli's own column names (letters and '_'): written bare
            self._emit(",".join(self.keys) + "\n")

    def _emit(self, text: str) -> None:
        self._pending.append(text)
        self._size += len(text)
        if self.flush or self._size >= BUFFER_CHARS:
            self._drain()

    def _drain(self) -> None:
        if self._pending:
            text = "".join(self._pending)
            self._pending, self._size = [], 0  # before the write: a signal after it must not
            self.out.write(text)  # make close() write the same records again
        if self.flush:
            self.out.flush()

    def write(self, record) -> None:
        if isinstance(record, str):  # csv.DictWriter's rows; jsonl lines made by workers
            self._emit(record)
            return
        if self.fmt == "jsonl":
            self._emit(jsonl_line(record, self.keys))
            return
        rec = record if list(record) == self.keys else {k: record.get(k) for k in self.keys}
        if self._csv is not None:  # the format is csv
            self._csv.writerow({k: csv_cell(k, v) for k, v in rec.items()})
        elif self.fmt == "json":
            self.rows.append(rec)
        else:
            self.rows.append(
                {
                    k: (self.display[k](v) if k in self.display and v is not None else v)
                    for k, v in rec.items()
                }
            )

    def close(self, footer: list[dict] | None = None) -> None:
        self._drain()
        if self.fmt == "json":
            self.out.write(json.dumps(self.rows, ensure_ascii=False, indent=1) + "\n")
        elif self.fmt in ("table", "markdown"):
            rows = self.rows + (footer or [])
            if rows:
                self.out.write(
                    table(
                        rows,
                        self.table_keys,
                        self.headers,
                        "github" if self.fmt == "markdown" else "simple",
                    )
                    + "\n"
                )


def table(
    rows: list[dict], keys: Sequence[str], headers: dict | None = None, style: str = "simple"
) -> str:
    from tabulate import tabulate  # only tables pay for tabulate's import

    headers = headers or {}
    body = [[_cell(r.get(k)) for k in keys] for r in rows]
    return tabulate(
        body, headers=[headers.get(k, k) for k in keys], tablefmt=style, disable_numparse=True
    )


@overload
def plain(d: None) -> None: ...
@overload
def plain(d: Decimal) -> str: ...
def plain(d: Decimal | None) -> str | None:
    """A Decimal as an exact plain string with no exponent and no trailing zeros (None stays
    None): what machine formats print."""
    if d is None:
        return None
    s = format(d, "f")
    return s.rstrip("0").rstrip(".") if "." in s else s


def round_to_minor(d, code: str) -> str:
    """Money rounded half-even to its currency's minor unit, as a plain string (output only)."""
    from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation

    from fincli.currencies import minor_digits
    from fincli.errors import NumberRangeError

    unit = Decimal(1).scaleb(-minor_digits(code))
    try:
        return format(d.quantize(unit, rounding=ROUND_HALF_EVEN, context=ARITHMETIC), "f")
    except InvalidOperation:  # more digits at the minor unit than the context holds
        raise NumberRangeError(
            f"an amount of about {d:.3E} {code} has more than {ARITHMETIC.prec} digits at "
            f"{code}'s minor unit; fincli cannot write it exactly"
        ) from None


def group_thousands(s: str | None) -> str:
    """``'1234567.5'`` → ``'1,234,567.5'`` for people (never in machine formats)."""
    if not s:
        return ""
    sign = "-" if s.startswith("-") else ""
    whole, dot, frac = s.lstrip("-").partition(".")
    if not whole.isdigit():
        return s
    return f"{sign}{int(whole):,}{dot}{frac}"


def short_rate(s: str | None) -> str:
    """A rate for reading: six significant digits, at least two decimals (exact in machine output)."""
    from decimal import Decimal

    if not s:
        return ""
    d = Decimal(s)
    if d == 0:
        return "0"
    places = max(2, 6 - d.adjusted() - 1)
    with localcontext(ARITHMETIC):  # a rate of 1e24 has 27 digits before its two decimals
        return group_thousands(format(d.quantize(Decimal(1).scaleb(-places)), "f"))


def format_money(value, currency: str, locale: str = "en") -> str:
    """An amount for reading. ``en``: the compact currency form babel gives (``$14.06B``);
    ``ko``: Korean units with digit grouping, to the two largest units (``7조 1,147억 원``).

    Both are written from CLDR data generated out of babel (``data/formats.json``,
    ``data/currencies.json``) rather than by importing babel: its locale data is most of
    ``fincli compare``'s start-up. tests/test_currencies.py holds them to babel's output."""
    from decimal import Decimal

    if value is None:
        return ""
    with localcontext(ARITHMETIC):  # amounts of any size fincli reads, exactly
        return _format_money(Decimal(value), currency, locale)


def _format_money(v, currency: str, locale: str) -> str:

    from fincli.currencies import korean_word
    from fincli.numerals import KOREAN_UNIT_ORDER

    sign = "-" if v < 0 else ""
    v = v.copy_abs()
    if locale != "ko":
        return sign + _compact_currency(v, currency)
    group = _formats()["ko"]["group"]
    whole, keep = _korean_rounded(v)
    if keep is None:
        return f"{sign}{_grouped(whole, group)} {korean_word(currency)}"
    parts = []
    for p, u in KOREAN_UNIT_ORDER:
        g, whole = divmod(whole, 10**p)
        if g and p >= keep:
            parts.append(f"{_grouped(g, group)}{u}")
    if whole and keep <= 0:
        parts.append(_grouped(whole, group))
    return f"{sign}{' '.join(parts)} {korean_word(currency)}"


def _korean_rounded(v) -> tuple[int, int | None]:
    """``v`` (non-negative) rounded half-even to the two largest Korean units it reaches
    (``7조 1,147억``), with the power of ten of the smaller one; below 1만, to a whole number
    with ``None``. A value that rounds up into a larger unit is read again from there, so
    9,999.5 is 1만, not 10,000, and 9,999억 9,999만 6,000 is 1조, not 10,000억."""
    from decimal import ROUND_HALF_EVEN, Decimal

    from fincli.numerals import KOREAN_UNIT_ORDER

    while True:
        top = next((p for p, _ in KOREAN_UNIT_ORDER if v >= Decimal(10) ** p), None)
        keep = None if top is None else top - 4
        whole = int(v.quantize(Decimal(1).scaleb(keep or 0), rounding=ROUND_HALF_EVEN))
        carried = next((p for p, _ in KOREAN_UNIT_ORDER if whole >= 10**p), None)
        if carried == top:
            return whole, keep
        v = Decimal(whole)


@cache
def _formats() -> dict:
    from fincli.resources import package_data

    return json.loads(package_data("formats.json").read_text(encoding="utf-8"))


def _grouped(n: int, group: str) -> str:
    return f"{n:,}".replace(",", group)


def _compact_currency(mag, currency: str) -> str:
    """babel's ``format_compact_currency(mag, currency, locale='en', fraction_digits=2)``
    for a non-negative Decimal: below 1,000 the number as it is; above, divided down to the
    largest CLDR magnitude it reaches, rounded half-even to two places, trailing zeros
    dropped, with the pattern's suffix (K, M, B, T)."""
    from decimal import Decimal

    from fincli.currencies import table
    from fincli.numerals import _plain

    info = table().get(currency)
    symbol = info["symbol_en"] if info else currency
    en = _formats()["en"]
    number, suffix = mag, ""
    steps = en["compact_currency"]
    for i in range(len(steps) - 1, -1, -1):
        magnitude, zeros, word = steps[i]
        if mag >= magnitude:
            divisor = magnitude // 10 ** (zeros - 1)
            number, suffix = round(mag / divisor, 2), word
            if i + 1 < len(steps) and number * divisor >= steps[i + 1][0]:
                # rounding carried it into the next magnitude: $1M, not $1000K (CLDR picks
                # the pattern from the rounded number)
                _, zeros, suffix = steps[i + 1]
                number = Decimal(10) ** (zeros - 1)
            break
    return symbol + _plain(number).replace(".", en["decimal"]) + suffix


def format_percent(value, locale: str = "en") -> str:
    """A share with one decimal, no grouping (CLDR's '0.0' pattern in en and ko)."""
    from decimal import Decimal

    if value is None:
        return ""
    digits = format(Decimal(value).quantize(Decimal("0.1")), "f")
    return digits.replace(".", _formats()["en" if locale != "ko" else "ko"]["decimal"]) + "%"


def bar(value, largest, width: int = 20) -> str:
    """A bar of block characters, ``width`` eighths-precise cells for ``largest``."""
    from decimal import Decimal

    if value is None or not largest:
        return ""
    eighths = int((Decimal(value) / Decimal(largest) * width * 8).to_integral_value())
    full, part = divmod(max(eighths, 1 if value else 0), 8)
    return "█" * full + ("", "▏", "▎", "▍", "▌", "▋", "▊", "▉")[part]

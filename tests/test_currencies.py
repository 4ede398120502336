"""The data generated from babel (currencies.json, formats.json) has not drifted from babel,
and what fincli writes from it is what babel itself would write."""

import json
from decimal import Decimal

import pytest
from babel.numbers import format_compact_currency, format_decimal
from hypothesis import given
from hypothesis import strategies as st

from fincli import currencies
from fincli.report import format_money, format_percent
from fincli.resources import package_data


@pytest.mark.parametrize(
    "name,generate",
    [("currencies.json", currencies.generate), ("formats.json", currencies.generate_formats)],
)
def test_generated_data_matches_babel(name, generate):
    shipped = json.loads(package_data(name).read_text(encoding="utf-8"))
    assert shipped == json.loads(json.dumps(generate(), ensure_ascii=False)), (
        f"{name} drifted from babel: run python -m fincli.currencies"
    )


VALUES = [
    "0", "0.5", "0.001", "7", "999.994", "999.995", "1000", "1234.5", "99999.99", "999999.999",
    "1000000", "14060000000", "14064999999", "14065000000", "14075000000", "1e12", "1.5e15",
    "123456789012345678", "38000000000", "2400000000000.67",
]  # fmt: skip


@pytest.mark.parametrize("code", sorted(currencies.table()) + ["XYZ"])
def test_compact_money_is_babels(code):
    for v in VALUES:
        for d in (Decimal(v), -Decimal(v)):
            expected = format_compact_currency(d, code, locale="en", fraction_digits=2)
            assert format_money(d, code, "en") == expected, (d, code)


@pytest.mark.parametrize(
    "value,text",
    [
        ("0", "0 원"), ("7", "7 원"), ("999.6", "1,000 원"), ("12345", "1만 2,345 원"),
        ("100000000", "1억 원"), ("150000000", "1억 5,000만 원"),
        ("7114730147817", "7조 1,147억 원"), ("71147000000000", "71조 1,470억 원"),
        ("-2400000000000", "-2조 4,000억 원"), ("1234567890123456789012", "12해 3,457경 원"),
        ("7114750000000", "7조 1,148억 원"),  # half-even at the second unit: 1,147.5억 → 1,148억
        ("7114650000000", "7조 1,146억 원"),  # and 1,146.5억 → 1,146억
        # a value that rounds into the next unit is written in it
        ("9999.5", "1만 원"), ("9999.4", "9,999 원"), ("99999999.5", "1억 원"),
        ("999999995000", "1조 원"), ("999999994999", "9,999억 9,999만 원"),
        ("9999999950000000", "1경 원"), ("99999999500000000000", "1해 원"),
        ("-999999995000", "-1조 원"),
    ],
)  # fmt: skip
def test_korean_money_keeps_the_two_largest_units(value, text):
    assert format_money(Decimal(value), "KRW", "ko") == text


# Every compact boundary of en's CLDR patterns ($1K, $10K, ... $100T) and the values just below
# it that round up to it at two decimals, or stay below it.
BOUNDARIES = [Decimal(10) ** p for p in range(3, 16)]
JUST_BELOW = [
    b - d for b in BOUNDARIES for d in (b / 100000 * Decimal("0.5"), b / 100000 * Decimal("0.49"))
]


@pytest.mark.parametrize(
    "value,text",
    [
        ("999999.999", "$1M"), ("999995", "$1M"), ("999994.9", "$999.99K"), ("9999.995", "$10K"),
        ("99999.995", "$100K"), ("999999999999.5", "$1T"), ("999995000", "$1B"),
        ("999994999", "$999.99M"), ("-999995", "-$1M"), ("999999999999999", "$1000T"),
    ],
)  # fmt: skip
def test_compact_money_carries_into_the_next_unit(value, text):
    assert format_money(Decimal(value), "USD", "en") == text


@pytest.mark.parametrize("code", ["USD", "KRW", "EUR", "JPY", "IDR"])
def test_compact_money_is_babels_at_every_boundary(code):
    for v in JUST_BELOW + BOUNDARIES:
        for d in (v, -v):
            expected = format_compact_currency(d, code, locale="en", fraction_digits=2)
            assert format_money(d, code, "en") == expected, (d, code)


@given(st.integers(min_value=3, max_value=15), st.integers(min_value=1, max_value=10**6))
def test_compact_money_is_babels_just_below_a_boundary(power, below):
    """Property: values a little under 10^power (by up to a thousandth of it) read as babel does."""
    v = Decimal(10) ** power - Decimal(below) * Decimal(10) ** power / Decimal(10**9)
    assert format_money(v, "USD", "en") == format_compact_currency(
        v, "USD", locale="en", fraction_digits=2
    )


@given(st.integers(min_value=1, max_value=5), st.integers(min_value=1, max_value=10**6))
def test_korean_money_never_writes_a_full_unit_below_it(unit, below):
    """Property: just under 1만, 1억, 1조, 1경, 1해 the Korean form never shows a group of
    10,000 (the carry moved it up), keeps at most two units, and reads back to within half of
    the smaller unit it kept."""
    from fincli.money import parse_amount

    v = Decimal(10) ** (4 * unit) - Decimal(below) * Decimal(10) ** (4 * unit) / Decimal(10**9)
    text = format_money(v, "KRW", "ko")
    assert "10,000" not in text, (v, text)
    assert len(text.removesuffix(" 원").split(" ")) <= 2, text
    assert abs(parse_amount(text).value - v) <= Decimal(10) ** max(0, 4 * unit - 8) / 2, text


def test_korean_digit_groups_are_babels():
    from fincli.report import _formats, _grouped

    group = _formats()["ko"]["group"]
    for n in [0, 7, 999, 1000, 1234, 12345, 999999, 1000000, 1234567890123, 10**21 + 7]:
        assert _grouped(n, group) == format_decimal(n, locale="ko"), n


def test_percent_is_babels_0_0_pattern():
    for v in ["0", "12.34", "12.35", "100", "1234.56", "-5", "0.05"]:
        for locale in ("en", "ko"):
            q = Decimal(v).quantize(Decimal("0.1"))
            expected = format_decimal(q, format="0.0", locale=locale) + "%"
            assert format_percent(Decimal(v), locale) == expected, (v, locale)


def test_no_command_imports_babel(tmp_path):
    """babel is a development dependency: every command runs with it unavailable."""
    import subprocess
    import sys

    code = """
import sys
class NoBabel:
    def find_spec(self, name, path=None, target=None):
        if name == "babel" or name.startswith("babel."):
            raise ImportError("babel is not installed")
sys.meta_path.insert(0, NoBabel())
from fincli.cli import main
from fincli.commitments import default_registry
for argv in (["parse", "2조4천억 원"], ["convert", "50억 달러", "--to", "KRW", "--on", "2025-10-29"],
             ["compare"], ["compare", "--locale", "ko"], ["check", "--registry", str(default_registry())],
             ["rates", "sources"], ["extract", "-"]):
    sys.argv = ["fincli", *argv]
    try:
        main()
    except SystemExit as e:
        assert e.code in (0, 1, 2, None), (argv, e.code)
"""
    p = subprocess.run(
        [sys.executable, "-c", code], input="50억 달러(약 7조 원)\n", capture_output=True, text=True
    )
    assert p.returncode == 0, p.stderr[-2000:]
    assert "babel" not in p.stderr

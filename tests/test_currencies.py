"""The data generated from babel (currencies.json, formats.json) has not drifted from babel,
and what fincli writes from it is what babel itself would write."""

import json
from decimal import Decimal

import pytest
from babel.numbers import format_compact_currency, format_decimal

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
        ("-2400000000000", "-2조 4,000억 원"), ("1234567890123456789012", "12해 3,456경 원"),
    ],
)  # fmt: skip
def test_korean_money_keeps_the_two_largest_units(value, text):
    assert format_money(Decimal(value), "KRW", "ko") == text


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

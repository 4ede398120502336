"""The data generated from babel (currencies.json, formats.json) has not drifted from babel,
and what fincli writes from it is what babel itself would write."""

import json
from decimal import ROUND_HALF_EVEN, Decimal

import pytest
from babel.numbers import format_compact_currency, format_decimal

from fincli import currencies
from fincli.numerals import KOREAN_UNIT_ORDER
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


def _korean_with_babel(value, currency):
    """The Korean table form as first written with babel's format_decimal."""
    v = Decimal(value)
    sign = "-" if v < 0 else ""
    v = abs(v)
    units = [(p, u) for p, u in KOREAN_UNIT_ORDER if v >= Decimal(10) ** p]
    word = currencies.korean_word(currency)
    if not units:
        return f"{sign}{format_decimal(v.quantize(Decimal(1)), locale='ko')} {word}"
    keep = units[0][0] - 4
    whole = int(v.quantize(Decimal(10) ** keep, rounding=ROUND_HALF_EVEN))
    parts = []
    for p, u in KOREAN_UNIT_ORDER:
        g, whole = divmod(whole, 10**p)
        if g and p >= keep:
            parts.append(f"{format_decimal(g, locale='ko')}{u}")
    if whole and keep <= 0:
        parts.append(format_decimal(whole, locale="ko"))
    return f"{sign}{' '.join(parts)} {word}"


def test_korean_money_groups_digits_as_babel_does():
    for v in [*VALUES, "12345", "71147000000000", "1234567890123456789012"]:
        for d in (Decimal(v), -Decimal(v)):
            assert format_money(d, "KRW", "ko") == _korean_with_babel(d, "KRW"), d


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

"""Hostile input: arbitrary Unicode, odd spaces and digits, encodings, edge values."""

import random
from decimal import Decimal as D

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fincli.check import check
from fincli.errors import FincliError, ParseError
from fincli.extract import extract, extract_stream
from fincli.money import parse_amount
from fincli.rates import get_series

# Text that looks like the press: digits, units, currencies, particles, odd spaces.
PIECES = [
    "1",
    "2",
    "0",
    "9",
    ",",
    ".",
    "조",
    "억",
    "만",
    "천",
    "백",
    "경",
    "해",
    "원",
    "달러",
    "$",
    "€",
    "₩",
    "약",
    "최대",
    "여",
    "~",
    "-",
    "△",
    "(",
    ")",
    " ",
    "\u00a0",
    "\u200b",
    "\r\n",
    "\n",
    "이",
    "수",
    "년간",
    "까지",
    "billion",
    "bn",
    "USD",
    "KRW",
    "２",
    "＄",
    "\ufeff",
    "년",
    "%",
]
pressy = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)
anything = st.one_of(st.text(max_size=80), pressy)


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(anything)
def test_parse_raises_only_its_own_errors(text):
    try:
        a = parse_amount(text)
    except ParseError:
        return
    assert isinstance(a.value, D)


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(anything)
def test_extract_offsets_are_true_slices(text):
    for f in extract(text):
        assert text[f.amount.start : f.amount.end] == f.amount.text
        if f.stated:
            assert text[f.stated.start : f.stated.end] == f.stated.text
        if f.period:
            assert text[f.period.start : f.period.end] == f.period.text


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(anything, st.sampled_from(["2025-10-29", "1990-01-01", "2030-01-01"]))
def test_convert_and_check_raise_only_their_own_errors(text, on):
    series = get_series("ecb")
    for f in extract(text):
        for other in (f.stated,):
            try:
                if f.amount.currency and f.amount.currency != "USD":
                    series.lookup(f.amount.currency, "USD", on).convert(f.amount.value)
                if other is not None and f.amount.value and other.value:
                    check(f.amount, other, series, on)
            except FincliError:
                pass


@pytest.mark.parametrize(
    "text,value,currency",
    [
        ("２조 원", "2000000000000", "KRW"),  # full-width digit
        ("＄５ billion", "5000000000", "USD"),  # full-width sign and digit
        ("2조\u200b4천억 원", "2400000000000", "KRW"),  # zero-width space between groups
        ("2조\u00a04천억\u00a0원", "2400000000000", "KRW"),  # non-breaking spaces
        ("\ufeff1조 원", "1000000000000", "KRW"),  # a BOM in front
        ("0원", "0", "KRW"),
        ("007억 원", "700000000", "KRW"),  # leading zeros
        ("-3조 원", "-3000000000000", "KRW"),
        ("마이너스 3조 원", "-3000000000000", "KRW"),
        ("△3조 원", "-3000000000000", "KRW"),  # the Korean accounts' minus
        ("-$5", "-5", "USD"),
        ("1해 원", "100000000000000000000", "KRW"),  # past 경
        ("12경 3456조 원", "123456000000000000", "KRW"),
        ("1.250억", "125000000", None),  # a dot is always a decimal point
        ("9" * 59 + "해 원", "9" * 59 + "0" * 20, "KRW"),  # exact, however long
    ],
)
def test_edge_values(text, value, currency):
    a = parse_amount(text)
    assert (str(a.value), a.currency) == (value, currency)


@pytest.mark.parametrize(
    "text",
    [
        "1" + "0" * 70 + "원",  # absurd digit count: an error, never a float
        "1조2조 원",  # units out of order
        "1억억 원",
        "",
        "\ufeff",
        "\u200b",
    ],
)
def test_edge_errors(text):
    with pytest.raises(ParseError):
        parse_amount(text)


@pytest.mark.parametrize(
    "make",
    [
        lambda: "1" * 100_000,  # a long run of digits (was exponential)
        lambda: "1" * 100_000 + "원",
        lambda: "이" * 100_000,
        lambda: "3조" * 20_000 + "x",
        lambda: ("가 " * 400_000) + "1조 원",  # a 1.2 MB single line
    ],
)
def test_hostile_long_inputs_finish(make):
    text = make()
    list(extract_stream([text]))


def test_big_single_line_streams_with_true_offsets():
    rng = random.Random(7)
    parts = [
        rng.choice(["약 7조 원을 낸다. ", "그 외 설명이 이어진다. ", "$5 billion. "])
        for _ in range(120_000)
    ]
    line = "".join(parts)  # ~2 MB, no newline at all
    found = list(extract_stream([line]))
    assert len(found) == sum(p != "그 외 설명이 이어진다. " for p in parts)
    for f in found[:: max(1, len(found) // 50)]:
        assert line[f.amount.start : f.amount.end] == f.amount.text


def test_empty_and_blank_inputs():
    assert (
        extract("") == []
        and list(extract_stream([])) == []
        and list(extract_stream(["\n", "\r\n"])) == []
    )

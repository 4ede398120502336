"""fincli parse: the forms issue #2 lists, as a specification table."""

from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fincli.errors import ParseError
from fincli.money import parse_amount
from fincli.numerals import format_english, format_korean

# (text, value, currency)
KOREAN_UNITS = [
    ("2조4천억 원", "2400000000000", "KRW"),
    ("2조 4천억 원", "2400000000000", "KRW"),
    ("2조4000억원", "2400000000000", "KRW"),
    ("1조 2,500억 원", "1250000000000", "KRW"),
    ("1,250억원", "125000000000", "KRW"),
    ("3.5조 원", "3500000000000", "KRW"),
    ("0.5조 원", "500000000000", "KRW"),
    ("47조2천5백8억원", "47250800000000", "KRW"),
    ("3백18조원", "318000000000000", "KRW"),
    ("천억 원", "100000000000", "KRW"),
    ("1억 2,345만 6,789원", "123456789", "KRW"),
    ("1경 2500조원", "12500000000000000", "KRW"),
    ("3조 804억 원", "3080400000000", "KRW"),
    ("1조300억원", "1030000000000", "KRW"),
    ("35조2000억", "35200000000000", None),
    ("1해", "100000000000000000000", None),
]
HANGUL_HANJA = [
    ("오십억 원", "5000000000", "KRW"),
    ("이천사백억 원", "240000000000", "KRW"),
    ("삼조 오천억 원", "3500000000000", "KRW"),
    ("壹億貳千參百萬원", "123000000", "KRW"),
    ("1兆", "1000000000000", None),
    ("십억 달러", "1000000000", "USD"),
]
CURRENCIES = [
    ("100원", "100", "KRW"),
    ("₩1,000", "1000", "KRW"),
    ("KRW 5000", "5000", "KRW"),
    ("50억 달러", "5000000000", "USD"),
    ("50억불", "5000000000", "USD"),
    ("$5", "5", "USD"),
    ("US$5", "5", "USD"),
    ("USD 5", "5", "USD"),
    ("미화 18억 달러", "1800000000", "USD"),
    ("미화 18억", "1800000000", "USD"),
    ("5억 미국 달러", "500000000", "USD"),
    ("5억 유로", "500000000", "EUR"),
    ("€5", "5", "EUR"),
    ("EUR 5", "5", "EUR"),
    ("100억 엔", "10000000000", "JPY"),
    ("100억 엔화", "10000000000", "JPY"),
    ("¥500", "500", "JPY"),
    ("5億円", "500000000", "JPY"),
    ("10억 위안", "1000000000", "CNY"),
    ("10억 위안화", "1000000000", "CNY"),
    ("3억 파운드", "300000000", "GBP"),
    ("£3", "3", "GBP"),
    ("100억 호주 달러", "10000000000", "AUD"),
    ("100억 호주달러", "10000000000", "AUD"),
    ("5억 캐나다 달러", "500000000", "CAD"),
    ("5억 홍콩 달러", "500000000", "HKD"),
    ("한화 3조", "3000000000000", "KRW"),
    ("우리 돈 3조", "3000000000000", "KRW"),
]
ENGLISH = [
    ("$50 billion", "50000000000", "USD"),
    ("$50B", "50000000000", "USD"),
    ("$3.5 billion", "3500000000", "USD"),
    ("USD 1.8bn", "1800000000", "USD"),
    ("US$ 10 million", "10000000", "USD"),
    ("38 billion dollars", "38000000000", "USD"),
    ("€7.5 billion", "7500000000", "EUR"),
    ("KRW 10 billion", "10000000000", "KRW"),
    ("1.2 trillion won", "1200000000000", "KRW"),
    ("$0.99", "0.99", "USD"),
    ("12,345.67달러", "12345.67", "USD"),
    ("100 USD", "100", "USD"),
    ("$2 trillion", "2000000000000", "USD"),
    ("$750 million", "750000000", "USD"),
]


@pytest.mark.parametrize("text,value,currency", KOREAN_UNITS + HANGUL_HANJA + CURRENCIES + ENGLISH)
def test_value_and_currency(text, value, currency):
    a = parse_amount(text)
    assert (str(a.value), a.currency) == (value, currency)
    assert isinstance(a.value, D)
    assert a.text == text


@pytest.mark.parametrize(
    "text,qualifier",
    [
        ("약 7조 원", "approx"),
        ("7조 원 가량", "approx"),
        ("7조 원가량", "approx"),
        ("7조 원 안팎", "approx"),
        ("7조 원 정도", "approx"),
        ("7조 원쯤", "approx"),
        ("7조 원 내외", "approx"),
        ("최대 500억 달러", "max"),
        ("최소 1조 원", "min"),
        ("1조 원 이상", "min"),
        ("300여억원", "over"),
        ("4조7000여억원", "over"),
        ("1조 원 넘게", "over"),
        ("1조 원 초과", "over"),
        ("1조 원 남짓", "over"),
        ("1조 원 미만", "under"),
        ("1조 원 이하", "max"),
        ("50억 달러", None),
        ("about $5 billion", "approx"),
        ("up to $5 billion", "max"),
        ("at least $1bn", "min"),
        ("more than $1bn", "over"),
        ("미화 약 18억 달러", "approx"),
        ("한화 약 74조원", "approx"),
        ("우리 돈 약 307조 원", "approx"),
    ],
)
def test_qualifier(text, qualifier):
    assert parse_amount(text).qualifier == qualifier


def test_yeo_inside_number_keeps_value():
    assert parse_amount("300여억원").value == D("30000000000")
    assert parse_amount("4조7000여억원").value == D("4700000000000")


@pytest.mark.parametrize(
    "text,low,high,currency",
    [
        ("2조~4조 원", "2000000000000", "4000000000000", "KRW"),
        ("20~30억원", "2000000000", "3000000000", "KRW"),
        ("2억~7억원", "200000000", "700000000", "KRW"),
        ("3000만~1억달러", "30000000", "100000000", "USD"),
        ("$150–170 billion", "150000000000", "170000000000", "USD"),
        ("1조 원~2조 원", "1000000000000", "2000000000000", "KRW"),
    ],
)
def test_ranges(text, low, high, currency):
    a = parse_amount(text)
    assert (str(a.low), str(a.high), a.currency) == (low, high, currency)
    assert a.value == (a.low + a.high) / 2


@pytest.mark.parametrize(
    "text,magnitude",
    [
        ("수조 원", "1000000000000"),
        ("수천억 원", "100000000000"),
        ("수백억 원", "10000000000"),
        ("수십억 달러", "1000000000"),
    ],
)
def test_vague(text, magnitude):
    a = parse_amount(text)
    assert a.vague and str(a.value) == magnitude


@pytest.mark.parametrize(
    "text,per",
    [
        ("연간 1천억 원", "year"),
        ("매년 1조원", "year"),
        ("월 300만 원", "month"),
        ("하루 10억 원", "day"),
        ("$5 billion a year", "year"),
        ("1천억 원", None),
    ],
)
def test_per(text, per):
    assert parse_amount(text).per == per


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "abc",
        "조",
        "만회",
        "2조4천억 원 xyz",
        "3백2천억",
        "1억2조",
        "원",
        "$",
        "7조 원을 투자",
    ],
)
def test_not_an_amount(text):
    with pytest.raises(ParseError):
        parse_amount(text)


def test_full_width_digits_keep_original_text():
    a = parse_amount("２조 원")
    assert a.value == D("2000000000000") and a.text == "２조 원"


@pytest.mark.parametrize(
    "value,currency,press,standard,english",
    [
        ("2400000000000", "KRW", "2조4000억 원", "2조 4000억 원", "KRW 2.4 trillion"),
        ("5000000000", "USD", "50억 달러", "50억 달러", "$5 billion"),
        ("123456789", "KRW", "1억2345만6789 원", "1억 2345만 6789 원", "KRW 123.456789 million"),
        ("12345.67", "USD", "1만2345.67 달러", "1만 2345.67 달러", "$12,345.67"),
        ("0", "KRW", "0 원", "0 원", "KRW 0"),
        ("100000000000000000000", "KRW", "1해 원", "1해 원", "KRW 100000000 trillion"),
    ],
)
def test_format(value, currency, press, standard, english):
    v = D(value)
    assert format_korean(v, currency) == press
    assert format_korean(v, currency, spacing="standard") == standard
    assert format_english(v, currency) == english


amounts = st.one_of(
    st.integers(min_value=0, max_value=10**20).map(D),
    st.integers(min_value=1, max_value=10**14).map(lambda n: D(n).scaleb(-2)),
)


@given(
    amounts,
    st.sampled_from(["KRW", "USD", "EUR", "JPY", "GBP", "AUD", None]),
    st.sampled_from(["press", "standard"]),
)
def test_korean_format_round_trips(value, currency, spacing):
    assert parse_amount(format_korean(value, currency, spacing)).value == value


@given(amounts, st.sampled_from(["KRW", "USD", "EUR", "GBP", "CNY", None]))
def test_english_format_round_trips(value, currency):
    a = parse_amount(format_english(value, currency))
    assert a.value == value and a.currency == currency


@pytest.mark.parametrize(
    "text,place",
    [
        ("7조 원", 12), ("약 2조4천억 원", 11), ("1.5조 원", 11), ("35조2000억", 8),
        ("1,250억달러", 8), ("1250.5억 원", 7), ("오십억 원", 9), ("십억 원", 9),
        ("五十億 엔", 9), ("3천5백억 원", 10), ("1억 2,345만 6,789원", 0), ("$1.8bn", 8),
        ("$50 billion", 9), ("수조 원", 12), ("0.5 달러", -1),
    ],
)  # fmt: skip
def test_place_is_the_power_of_the_last_digit_written(text, place):
    """What a figure's precision is judged by when its stated conversion is checked."""
    assert parse_amount(text).place == place

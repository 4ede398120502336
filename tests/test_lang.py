"""Language facts are data (fincli/data/lang/*.toml): the compiled file matches its sources,
and every kind of word does what its table says. Adding a word: a row in the TOML file, a row
here, and ``python -m fincli.lang``."""

import json

import pytest

from fincli import lang
from fincli.errors import ParseError
from fincli.money import parse_amount
from fincli.periods import parse_period
from fincli.resources import package_data


def test_compiled_data_matches_its_sources():
    shipped = json.loads(package_data("lang.json").read_text(encoding="utf-8"))
    assert shipped == lang.compile_sources(), "run: python -m fincli.lang"


def test_every_qualifier_has_a_meaning_and_a_side():
    for name in lang.LANGUAGES:
        for word, (meaning, side) in lang.data()[name]["qualifiers"].items():
            assert meaning in {"approx", "max", "min", "over", "under"}, word
            assert side in {"before", "after", "both", "glued"}, word


@pytest.mark.parametrize(
    "text, qualifier",
    [
        ("약 3조 원", "approx"),
        ("3조 원 가량", "approx"),
        ("3조 원 쯤", "approx"),
        ("최대 3조 원", "max"),
        ("최소 3조 원", "min"),
        ("3조 원 이상", "min"),
        ("3조 원 미만", "under"),
        ("300여억 원", "over"),
        ("about $5 billion", "approx"),
        ("up to $5 billion", "max"),
        ("$5 billion or more", "min"),
        ("less than $5 billion", "under"),
    ],
)
def test_qualifier_rows(text, qualifier):
    assert parse_amount(text).qualifier == qualifier


@pytest.mark.parametrize(
    "text, per",
    [
        ("연간 1천억 원", "year"),
        ("매월 230만 원", "month"),
        ("하루 300만 원", "day"),
        ("$5 billion a year", "year"),
        ("$5 million per day", "day"),
    ],
)
def test_per_rows(text, per):
    assert parse_amount(text).per == per


@pytest.mark.parametrize(
    "text, currency",
    [
        ("미화 18억 달러", "USD"),
        ("한화 3조 원", "KRW"),
        ("우리 돈 3조 원", "KRW"),
        ("50억 불", "USD"),
    ],
)
def test_currency_marker_and_word_rows(text, currency):
    assert parse_amount(text).currency == currency


@pytest.mark.parametrize(
    "text, kind, years, until",
    [
        ("향후 5년간", "over", 5, None),
        ("앞으로 다섯 해 동안", None, None, None),  # not a phrase fincli reads (해 is no year unit)
        ("5개년 동안", "over", 5, None),
        ("over the next seven years", "over", 7, None),
        ("2031년까지", "by", None, 2031),
        ("through 2030", "by", None, 2030),
        ("매년", "annual", None, None),
        ("올해만", "this-year", None, None),
    ],
)
def test_period_rows(text, kind, years, until):
    if kind is None:
        with pytest.raises(ParseError):
            parse_period(text)
        return
    p = parse_period(text)
    assert (p.kind, p.years, p.until) == (kind, years, until)


@pytest.mark.parametrize(
    "text, value, currency",
    [
        ("1.767헤알", "1.767", "BRL"),
        ("2.3리라", "2.3", "TRY"),
        ("3.3426링깃", "3.3426", "MYR"),
        ("1,450포린트", "1450", "HUF"),
        ("4.2즐로티", "4.2", "PLN"),
        ("10.5크로나", "10.5", "SEK"),
        ("1125대만 달러", "1125", "TWD"),
        ("NT$ 900억", "90000000000", "TWD"),
        ("C$ 12억", "1200000000", "CAD"),
        ("HK$ 5억", "500000000", "HKD"),
        ("51.29미국센트", "0.5129", "USD"),
        ("35 cents", "0.35", "USD"),
        ("20 pence", "0.2", "GBP"),
        ("130 billion U.S. dollars", "130000000000", "USD"),
        ("5 billion baht", "5000000000", "THB"),
    ],
)
def test_currency_name_rows(text, value, currency):
    from decimal import Decimal

    a = parse_amount(text)
    assert (a.value, a.currency) == (Decimal(value), currency)


@pytest.mark.parametrize(
    "text, found",
    [
        ("투자 금액은 8억 1,000만 달러다.", [("8억 1,000만 달러", "USD", False)]),
        ("100엔당 941.93원이었다.", [("100엔", "JPY", False), ("941.93원", "KRW", False)]),
        ("필리핀 페소화 가치는 달러당 45.415페소로 내렸다.", [("45.415페소", "PHP", True)]),
        ("멕시코 중앙은행은 100억 페소를 풀었다.", [("100억 페소", "MXN", True)]),
        ("덴마크 정부가 30억 크로네를 투자한다.", [("30억 크로네", "DKK", True)]),
        ("노르웨이 국부펀드는 50억 크로네를 팔았다.", [("50억 크로네", "NOK", True)]),
    ],
)
def test_extract_rows(text, found):
    from fincli.extract import extract

    got = [(f.amount.text, f.amount.currency, f.currency_inferred) for f in extract(text)]
    assert got == found


@pytest.mark.parametrize("particle", lang.subject_particles())
def test_subject_particle_rows(particle):
    """compare --from-text: the announcer is the words before the first subject particle."""
    from fincli.attribution import subject

    assert subject(f"삼성전자{particle} 100억 원을 투자한다.", "100억 원") == "삼성전자"

"""Extraction from running text: exact offsets, stated conversions, periods, and what is not money."""

import datetime as dt
from pathlib import Path

import pytest

from fincli import extract as ex
from fincli.extract import extract, extract_stream, find_date

ARTICLES = Path(__file__).parent / "articles"

# (start, end, text, value, currency, qualifier, stated (text, start, end, value, currency), period)
EXPECTED = {
    "ai_investment_2025_10_29.txt": [
        (
            79,
            85,
            "50억 달러",
            "5000000000",
            "USD",
            None,
            ("약 7조 원", 86, 92, "7000000000000", "KRW"),
            ("by", None, 2031, "2031년까지"),
        ),
        (
            161,
            170,
            "약 2조4천억 원",
            "2400000000000",
            "KRW",
            "approx",
            ("미화 약 18억 달러", 171, 182, "1800000000", "USD"),
            ("over", 5, None, "향후 5년간"),
        ),
        (289, 296, "약 20조 원", "20000000000000", "KRW", "approx", None, None),
        (337, 345, "약 90억 달러", "9000000000", "USD", "approx", None, None),
        (
            375,
            383,
            "연간 1천억 원",
            "100000000000",
            "KRW",
            None,
            None,
            ("annual", None, None, "연간"),
        ),
        # 원대: about (issue 15, "-대 as a qualifier")
        (513, 518, "수조 원대", "1000000000000", "KRW", "approx", None, None),
        (526, 534, "35조2000억", "35200000000000", "KRW", None, None, None),
    ],
    "amazon_2025_11_24.txt": [
        (21, 31, "최대 500억 달러", "50000000000", "USD", "max", None, None),
        (
            93,
            103,
            "최대 500억 달러",
            "50000000000",
            "USD",
            "max",
            ("한화 약 74조원", 104, 113, "74000000000000", "KRW"),
            None,
        ),
        (188, 194, "380억달러", "38000000000", "USD", None, None, ("over", 7, None, "7년간")),
        (
            233,
            244,
            "최대 1,250억달러",
            "125000000000",
            "USD",
            "max",
            None,
            ("this-year", None, None, "올해만"),
        ),
        (304, 321, "up to $50 billion", "50000000000", "USD", "max", None, None),
        (
            364,
            376,
            "about $125bn",
            "125000000000",
            "USD",
            "approx",
            None,
            ("this-year", None, None, "this year"),
        ),
        (
            411,
            425,
            "USD 38 billion",
            "38000000000",
            "USD",
            None,
            None,
            ("over", 7, None, "over seven years"),
        ),
    ],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_articles_exactly(name):
    text = (ARTICLES / name).read_text(encoding="utf-8")
    got = []
    for f in extract(text):
        r = f.to_record()
        assert text[r["start"] : r["end"]] == r["text"]
        st = r["stated"] and (
            r["stated"]["text"],
            r["stated"]["start"],
            r["stated"]["end"],
            r["stated"]["value"],
            r["stated"]["currency"],
        )
        if st:
            assert text[st[1] : st[2]] == st[0]
        pe = r["period"] and (
            r["period"]["kind"],
            r["period"]["years"],
            r["period"]["until"],
            r["period"]["text"],
        )
        if r["period"]:
            assert text[r["period"]["start"] : r["period"]["end"]] == r["period"]["text"]
        got.append(
            (r["start"], r["end"], r["text"], r["value"], r["currency"], r["qualifier"], st, pe)
        )
    assert got == EXPECTED[name]


@pytest.mark.parametrize(
    "sentence",
    [
        "100만 가구에 전기를 공급한다.",
        "GPU 6만 개를 들여온다.",
        "용량은 1.3GW, 500MW 규모다.",
        "국민 5천만명이 쓴다.",
        "전국 1만1천여 곳에 깐다.",
        "50여 개국과 협력한다.",
        "2031년 완공 예정이다.",
        "2025-10-29 발표",
        "10월에 열린다.",
        "점유율은 30%다.",
        "매출의 5분의 1이다.",
        "업계 1위다.",
        "1회 충전.",
        "이번 조치로 조사를 시작해 만회했다.",
        "원전 수출의 원칙을 기억한다.",
        "이유로 든다.",
        "올해만 늘었다.",
        "제1조에 따라",
        "구조조정이 이어진다.",
        "이해관계자들이 모였다.",
        "엔비디아 GPU 26만 장",
        "3나노 파운드리",
        "H100 2만 장을 샀다.",
        "B200 칩",
        "매출이 12.5% 늘었다",
        "1억 명이 본다.",
        "세계 3억 명",
        "수조에 물을 채웠다.",
        "1천 명이 모였다",
        "100 days",
        "in 2025, 50 people",
        "100달 러",  # a currency name is not split by a space inside its word
        "용량은 3GW 규모다.",  # GW is not a currency code
        "date 2025-10-29",  # a date is not a range of numbers
        "100 wonderful days",
    ],
)
def test_not_money(sentence):
    assert [f.amount.text for f in extract(sentence)] == []


@pytest.mark.parametrize(
    "sentence,texts",
    [
        ("총 7조 원을 쓴다.", ["총 7조 원"]),
        ("500억 달러(", ["500억 달러"]),
        ("1,250억달러를 쓴다.", ["1,250억달러"]),
        ("'1兆", ["1兆"]),
        ("3조원대 시장", ["3조원대"]),  # 대: about 3조, read as a qualifier (issue 15)
        ("7조 원 규모의 투자와 3조 원 이상의 보조금", ["7조 원", "3조 원 이상"]),
        ("매출 35조2000억, 영업이익 2조 원", ["35조2000억", "2조 원"]),
        ("오십억 원을 냈다", ["오십억 원"]),
        # a currency word or code at a sentence end, before its full stop
        ("It will spend 50 billion dollars.", ["50 billion dollars"]),
        ("It raised 5 billion USD. Then", ["5 billion USD"]),
        ("100 호주 달러와 100 호주달러", ["100 호주 달러", "100 호주달러"]),
    ],
)
def test_amounts_inside_text(sentence, texts):
    assert [f.amount.text for f in extract(sentence)] == texts


@pytest.mark.parametrize(
    "sentence,stated",
    [
        ("50억 달러(약 7조 원)를", "약 7조 원"),
        ("2조4천억 원(미화 약 18억 달러)을", "미화 약 18억 달러"),
        ("500억 달러(한화 약 74조원)를", "한화 약 74조원"),
        ("2천억 달러, 우리 돈 약 307조 원을", "우리 돈 약 307조 원"),
        ("$50 billion (about 70 trillion won)", "about 70 trillion won"),
        ("50억 달러와 7조 원", None),  # two amounts, not a conversion
        # the same currency on both sides is a slip the article made: paired, for check to flag
        ("50억 달러(약 70억 달러)", "약 70억 달러"),
    ],
)
def test_stated_conversion(sentence, stated):
    f = extract(sentence)[0]
    assert (f.stated.text if f.stated else None) == stated


@pytest.mark.parametrize(
    "sentence,kind,years,until",
    [
        ("향후 5년간 1조 원을 투자한다.", "over", 5, None),
        ("5년 동안 1조 원을 투자한다.", "over", 5, None),
        ("7년간 380억달러", "over", 7, None),
        ("앞으로 3년간 1조 원", "over", 3, None),
        ("2031년까지 50억 달러를", "by", None, 2031),
        ("연간 1천억 원", "annual", None, None),
        ("매년 1천억 원을", "annual", None, None),
        ("올해 1,250억달러를", "this-year", None, None),
        ("올해만 1,250억달러를", "this-year", None, None),
        ("$38 billion over seven years", "over", 7, None),
        ("$5 billion by 2030", "by", None, 2030),
        ("1조 원을 투자한다.", None, None, None),
    ],
)
def test_period(sentence, kind, years, until):
    p = extract(sentence)[0].period
    assert (p and (p.kind, p.years, p.until)) == (kind and (kind, years, until))


def test_period_in_another_sentence_is_not_taken():
    p = extract("향후 5년간 계획을 세웠다. 1조 원을 투자한다.")[0].period
    assert p is None


@pytest.mark.parametrize(
    "text,date,source",
    [
        ("date 2025-10-29\n본문", dt.date(2025, 10, 29), "date 2025-10-29"),
        ("2025년 10월 29일 서울\n본문", dt.date(2025, 10, 29), "2025년 10월 29일"),
        ("입력 2025.10.29 14:00", dt.date(2025, 10, 29), "2025.10.29"),
        ("SEOUL, October 29, 2025 — Amazon", dt.date(2025, 10, 29), "October 29, 2025"),
        ("29 Oct 2025 Seoul", dt.date(2025, 10, 29), "29 Oct 2025"),
        ("no date here, 1조 원", None, None),
    ],
)
def test_find_date(text, date, source):
    got = find_date(text)
    assert (got and got[0], got and got[1]) == (date, source)


def test_bare_amount_currency_stays_absent_without_won_context():
    f = extract("매출 35조2000억과 50억 달러")[0]
    assert f.amount.currency is None and not f.currency_inferred


def test_stream_equals_whole_text_even_when_chunks_are_cut(monkeypatch):
    text = (ARTICLES / "ai_investment_2025_10_29.txt").read_text(encoding="utf-8") * 30
    whole = [f.to_record() for f in extract(text)]
    monkeypatch.setattr(ex, "MAX_CHUNK", 700)
    lines = text.splitlines(keepends=True)
    one_para = [ln for ln in lines if ln.strip()]  # no blank lines: forces sentence cuts
    streamed = [f.to_record() for f in extract_stream(lines)]
    assert [(r["start"], r["text"]) for r in streamed] == [(r["start"], r["text"]) for r in whole]
    joined = "".join(one_para)
    for f in extract_stream(one_para):
        assert joined[f.amount.start : f.amount.end] == f.amount.text


def test_crlf_bom_and_fullwidth_keep_offsets():
    text = "\ufeff가\r\n약 ２조 원을\u00a0냈다.\r\n$５ billion"
    for f in extract(text):
        assert text[f.amount.start : f.amount.end] == f.amount.text
    assert [str(f.amount.value) for f in extract(text)] == ["2000000000000", "5000000000"]


def test_found_amounts_pickle_as_equal_values():
    """extract() maps over partitions on other engines and across --jobs workers."""
    import pickle

    found = extract("향후 5년간 약 2조4천억 원(미화 약 18억 달러)을 투자한다.")
    assert found and pickle.loads(pickle.dumps(found)) == found

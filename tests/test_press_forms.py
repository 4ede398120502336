"""How fincli reads the forms real news writes (issue 15), one row per rule: rates from the
nouns around an amount, glued amounts, codes glued to the number, ranges joined by ∼ or 에서,
the full stop of a glued sentence. The real sentences these come from are in
tests/corpus/real_news.jsonl; these rows are the rules in their smallest form."""

import pytest

from fincli.extract import extract


def found(text):
    return [
        (f.amount.text, str(f.amount.value), f.amount.currency, f.amount.per) for f in extract(text)
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a rate noun governs the nearest amount after it in its clause
        (
            "주식 거래대금이 하루 평균 30조원을 넘었다.",
            [("30조원", "30000000000000", "KRW", "day")],
        ),
        ("일평균 거래대금은 7조4487억원이다.", [("7조4487억원", "7448700000000", "KRW", "day")]),
        ("가구당 월평균 소득은 404만1000원이다.", [("404만1000원", "4041000", "KRW", "month")]),
        ("연매출 2조원 규모의 회사", [("2조원", "2000000000000", "KRW", "year")]),
        ("평균 8천300만 원의 연봉을 받았다.", [("8천300만 원", "83000000", "KRW", "year")]),
        (
            "annual sales of over 1 trillion won",
            [("over 1 trillion won", "1000000000000", "KRW", "year")],
        ),
        # ... and the figures listed beside it, in its currency and of its size
        (
            "첫해 연봉은 평균 2662만원이었으며, 대기업이 3394만원으로 가장 많았다.",
            [("2662만원", "26620000", "KRW", "year"), ("3394만원", "33940000", "KRW", "year")],
        ),
        # not a rate: a comma stands between, or the other figure is of another size
        ("연봉 협상이 끝나자, 회사는 3조원을 투자했다.", [("3조원", "3000000000000", "KRW", None)]),
        (
            "연봉 5000만원을 받는 직원이 5억원짜리 집을 샀다.",
            [("5000만원", "50000000", "KRW", "year"), ("5억원", "500000000", "KRW", None)],
        ),
        # 1월 is January, not 'per month'
        ("1월 4조7741억원", [("4조7741억원", "4774100000000", "KRW", None)]),
        # glued to a noun before it, with a currency after it; identifiers stay out
        ("수입3200억달러", [("3200억달러", "320000000000", "USD", None)]),
        ("연간4천억원", [("연간4천억원", "400000000000", "KRW", "year")]),
        ("총8조원", [("총8조원", "8000000000000", "KRW", None)]),
        ("제1조 3항에 따라 H100 3만개와 A350 20대", []),
        # a three-letter code glued to the number
        ("KRW39.9 trillion", [("KRW39.9 trillion", "39900000000000", "KRW", None)]),
        ("USD81b investment", [("USD81b", "81000000000", "USD", None)]),
        # a full stop after a word is not a decimal point
        ("14곳에 그쳤다.1억원 미만은", [("1억원 미만", "100000000", "KRW", None)]),
        ("...7조 8000억 원 투자", [("7조 8000억 원", "7800000000000", "KRW", None)]),
        # ranges: ∼ (U+223C), and 'A에서 B' unless it is a change 'from A to B'
        ("9조∼10조원", [("9조∼10조원", "9500000000000", "KRW", None)]),
        (
            "2,000억 달러에서 3,000억 달러를 투자",
            [("2,000억 달러에서 3,000억 달러", "250000000000", "USD", None)],
        ),
        (
            "1억원에서 2억원으로 늘었다",
            [("1억원", "100000000", "KRW", None), ("2억원", "200000000", "KRW", None)],
        ),
    ],
)
def test_press_form(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # broadcast English: numbers in words before a scale word
        ("five trillion won", [("five trillion won", "5000000000000", "KRW", None)]),
        ("over five trillion won", [("over five trillion won", "5000000000000", "KRW", None)]),
        (
            "four-point-four trillion won a year",
            [("four-point-four trillion won a year", "4400000000000", "KRW", "year")],
        ),
        (
            "12-point-five trillion won",
            [("12-point-five trillion won", "12500000000000", "KRW", None)],
        ),
        (
            "40-and-a-half trillion won",
            [("40-and-a-half trillion won", "40500000000000", "KRW", None)],
        ),
        (
            "two-point-four billion dollars",
            [("two-point-four billion dollars", "2400000000", "USD", None)],
        ),
        ("nine to ten trillion won", [("nine to ten trillion won", "9500000000000", "KRW", None)]),
        ("one of the five million people", []),
        # headline abbreviations
        ("160 tln won", [("160 tln won", "160000000000000", "KRW", None)]),
        ("1.1 quadrillion won", [("1.1 quadrillion won", "1100000000000000", "KRW", None)]),
        ("$41 B", [("$41 B", "41000000000", "USD", None)]),
        ("3.5bn euros", [("3.5bn euros", "3500000000", "EUR", None)]),
        # a space before the big unit, when a currency follows
        ("1 조 2000 억원을 투자", [("1 조 2000 억원", "1200000000000", "KRW", None)]),
        ("3000 만 달러", [("3000 만 달러", "30000000", "USD", None)]),
        ("헌법 제 3 조와 50 만대", []),
    ],
)
def test_english_and_spacing(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, stated",
    [
        ("128억 달러, 우리 돈으로 약 14조 6천억 원을 투자", "약 14조 6천억 원"),
        ("20억 달러, 한화로는 약 2조6천억 원", "약 2조6천억 원"),
        ("1조1천110억 엔, 약 9조6천686억 원으로 집계됐다", "약 9조6천686억 원"),
        ("50억 달러((약 7조 원)를", "약 7조 원"),  # a stray doubled bracket
        ("2.4 trillion won ($1.8 billion)", "$1.8 billion"),
        ("3조 원(25억 원)", "25억 원"),  # the same currency: a slip, paired for check
        ("15억 달러, 3억 달러를 썼다", None),  # a list, not a conversion
        # after a bare comma: in won after a foreign amount, as broadcast copy writes it
        # (ytn: '39억 파운드, 7조4천억 원을 추가로 투자'), or approximate; not the other way round
        ("39억 파운드, 7조4천억 원을 추가로 투자", "7조4천억 원"),
        ("1조 엔, 9조 원", "9조 원"),
        ("9조 원, 1조 엔", None),
        ("1조 엔, 90억 달러", None),
        ("7억 유로·약 9832억 원", "약 9832억 원"),  # a middle dot, as a comma
    ],
)
def test_stated_shapes(text, stated):
    f = extract(text)[0]
    assert (f.stated.text if f.stated else None) == stated


def spans(text):
    return [
        (f.amount.text, f.period and (f.period.kind, f.period.years, f.period.until))
        for f in extract(text)
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("혁신·균형성장에 5년 210兆 투입", [("210兆", ("over", 5, None))]),
        ("10년에 걸쳐 3조원을 투자", [("3조원", ("over", 10, None))]),
        ("임기 4년 내 100조원 투자 유치", [("100조원", ("over", 4, None))]),
        ("2026~2030년 총 30조원 투입", [("총 30조원", ("over", 5, None))]),
        (
            "2026년부터 2030년까지 재정지출 177조 원과 교부세 33조 원을 투입",
            [("177조 원", ("over", 5, None)), ("33조 원", ("over", 5, None))],
        ),
        ("the 2026-30 plan of 30 trillion won", [("30 trillion won", ("over", 5, None))]),
        ("between 2024 and 2028, $5 billion", [("$5 billion", ("over", 5, None))]),
        ("invest $3 billion by 14 June 2015", [("$3 billion", ("by", None, 2015))]),
        (
            "over 130 billion U.S. dollars by 2025",
            [("over 130 billion U.S. dollars", ("by", None, 2025))],
        ),
        # not spreads: a date, a month, other words after the years
        ("1년 내내 3조원을 썼다", [("3조원", None)]),
        ("5년 만기 국채 3조원", [("3조원", None)]),
        ("2024-10 매출 3조원", [("3조원", None)]),
        # the sentence after, with no amount of its own, that speaks of the pledge again
        (
            "삼성전자는 미국에 370억 달러를 투자한다. 투자는 2030년까지 이뤄진다.",
            [("370억 달러", ("by", None, 2030))],
        ),
        (
            "A사는 100억 달러를, B사는 50억 달러를 쓴다. 이 자금은 향후 5년간 집행된다.",
            [("100억 달러", ("over", 5, None)), ("50억 달러", ("over", 5, None))],
        ),
        (
            "Hyundai will invest $21 billion. The investment will be made by 2028.",
            [("$21 billion", ("by", None, 2028))],
        ),
        # ... not another subject's date, not two phrases, not over a period of its own
        ("삼성은 100억 달러를 투자한다. 공장은 2030년까지 완공된다.", [("100억 달러", None)]),
        (
            "삼성은 100억 달러를 투자한다. 투자는 2030년까지 이뤄지고 2035년까지 확대된다.",
            [("100억 달러", None)],
        ),
        (
            "삼성은 2028년까지 100억 달러를 투자한다. 투자는 2030년까지 이뤄진다.",
            [("100억 달러", ("by", None, 2028))],
        ),
        (
            "연간 3조원을 투자한다. 투자는 2030년까지 이어진다.",
            [("연간 3조원", ("annual", None, None))],
        ),
        # a rate does not take the spread phrase from the total
        (
            "the $200 billion to be made over 10 years at $20 billion per year",
            [
                ("$200 billion", ("over", 10, None)),
                ("$20 billion per year", ("annual", None, None)),
            ],
        ),
    ],
)
def test_spreads(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("50조 원대", [("50조 원대", "50000000000000", "KRW", "approx")]),
        ("1,300원선", [("1,300원선", "1300", "KRW", "approx")]),
        ("3조원까지 늘린다", [("3조원까지", "3000000000000", "KRW", "max")]),
        ("3조원 대출", [("3조원", "3000000000000", "KRW", None)]),
        ("만 원짜리 지폐", [("만 원", "10000", "KRW", None)]),
        ("천 원", [("천 원", "1000", "KRW", None)]),
        ("1,350원 20전에 마감", [("1,350원 20전", "1350.2", "KRW", None)]),
        ("1,350원 20전쟁", [("1,350원", "1350", "KRW", None)]),
        ("W4.5tr", [("W4.5tr", "4500000000000", "KRW", None)]),
        ("W3 model", []),
        ("7.3 trillion-won", [("7.3 trillion-won", "7300000000000", "KRW", None)]),
        ("108 million-euro subsidy", [("108 million-euro", "108000000", "EUR", None)]),
        ("2 Tril. Won", [("2 Tril. Won", "2000000000000", "KRW", None)]),
        ("2.7 빌리언 달러", [("2.7 빌리언 달러", "2700000000", "USD", None)]),
        ("700 밀리언 달러", [("700 밀리언 달러", "700000000", "USD", None)]),
        ("NTD 900억", [("NTD 900억", "90000000000", "TWD", None)]),
        (
            "approx. 41 billion U.S. dollars",
            [("approx. 41 billion U.S. dollars", "41000000000", "USD", "approx")],
        ),
        ("1조 9,100 억 달러", [("1조 9,100 억 달러", "1910000000000", "USD", None)]),
        # a Korean currency name before a number with a big unit or a scale word names it
        ("호주달러 100억을 투자", [("호주달러 100억", "10000000000", "AUD", None)]),
        ("투자액은 미국 달러 300억이다", [("미국 달러 300억", "30000000000", "USD", None)]),
        ("약 호주 달러 5 billion", [("약 호주 달러 5 billion", "5000000000", "AUD", "approx")]),
        # ... when it starts a word, and no currency after the number names another
        ("에버랜드 100억원", [("100억원", "10000000000", "KRW", None)]),
        ("에버랜드 100억 규모", [("100억", "10000000000", None, None)]),
        ("달러2,500조원", [("2,500조원", "2500000000000000", "KRW", None)]),
        # ... and not before plain digits: '달러 1,400' is more often a rate than a sum
        ("환율 달러 1,400", []),
        # no amount takes its words from the amount before it
        ("1달러 100원", [("1달러", "1", "USD", None), ("100원", "100", "KRW", None)]),
        (
            "100억 달러 200억",
            [("100억 달러", "10000000000", "USD", None), ("200억", "20000000000", None, None)],
        ),
        ("$5 $10", [("$5", "5", "USD", None), ("$10", "10", "USD", None)]),
    ],
)
def test_units_qualifiers_symbols(text, expected):
    got = [
        (f.amount.text, str(f.amount.value), f.amount.currency, f.amount.qualifier)
        for f in extract(text)
    ]
    assert got == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("3억3천달러규모 투자", [("3억3천달러", "330000000", "USD", None)]),  # headline shorthand
        ("3억3천5백만 달러", [("3억3천5백만 달러", "335000000", "USD", None)]),
        ("S$ 172억달러", [("S$ 172억달러", "17200000000", "SGD", None)]),
        ("연간 누적 기준 1억7000만달러", [("1억7000만달러", "170000000", "USD", None)]),
        ("1억6000만달러 규모 연내 투자", [("1억6000만달러", "160000000", "USD", "this-year")]),
        (
            "8,970루피아에서 9,325루피아(종가 베이스)로 급락했다",
            [("8,970루피아", "8970", "IDR", None), ("9,325루피아", "9325", "IDR", None)],
        ),
    ],
)
def test_shorthand_and_context(text, expected):
    got = [
        (f.amount.text, str(f.amount.value), f.amount.currency, f.period and f.period.kind)
        for f in extract(text)
    ]
    assert got == expected


def test_the_next_sentences_horizon_in_document_offsets():
    text = "삼성전자는 미국에 370억 달러를 투자한다. 투자는 2030년까지 이뤄진다."
    (f,) = extract(text, 1000)
    assert (f.period.start, f.period.end) == (
        1000 + text.index("2030년까지"),
        1000 + text.index(" 이뤄"),
    )


def detail(text):
    out = []
    for f in extract(text):
        a, p = f.amount, f.period
        out.append((a.text, str(a.value), a.low and str(a.low), a.high and str(a.high), a.currency,
                    a.per, p and (p.kind, p.years, p.until), f.stated and f.stated.text))  # fmt: skip
    return out


@pytest.mark.parametrize(
    "text, expected",
    [
        # English ranges: 'to' with a currency on each end, 'and' after 'between'
        ("set between 9,500 and 12,000 won per share",
         [("9,500 and 12,000 won", "10750", "9500", "12000", "KRW", None, None, None)]),
        ("between 779 billion and 984 billion won",
         [("779 billion and 984 billion won", "881500000000", "779000000000", "984000000000", "KRW", None, None, None)]),
        ("257,000 won to 300,000 won apiece",
         [("257,000 won to 300,000 won", "278500", "257000", "300000", "KRW", None, None, None)]),
        ("5,000 and 10,000 won", [("10,000 won", "10000", None, None, "KRW", None, None, None)]),
        # 'from A to B' is a change
        ("from $400 million to $4 billion",
         [("$400 million", "400000000", None, None, "USD", None, None, None),
          ("$4 billion", "4000000000", None, None, "USD", None, None, None)]),
        # a hyphen between the number and its scale word
        ("a 14-trillion-won ($11-billion) package",
         [("14-trillion-won", "14000000000000", None, None, "KRW", None, None, "$11-billion")]),
        ("a $130-billion package", [("$130-billion", "130000000000", None, None, "USD", None, None, None)]),
        # a conversion after ', or'
        ("10 trillion won, or some 6.8 billion U.S. dollars",
         [("10 trillion won", "10000000000000", None, None, "KRW", None, None, "some 6.8 billion U.S. dollars")]),
        # a decade, after an over-lead, is ten years
        ("a separate 55 trillion won investment over the next decade",
         [("55 trillion won", "55000000000000", None, None, "KRW", None, ("over", 10, None), None)]),
        # 'a year earlier' is a date, not a rate
        ("up from $495.4 billion a year earlier",
         [("$495.4 billion", "495400000000", None, None, "USD", None, None, None)]),
        # 올해보다 compares, it is no period; 2014부터 2020년까지 spans seven years
        ("내년 예산이 올해보다 6.4% 늘어난 238조5천억원",
         [("238조5천억원", "238500000000000", None, None, "KRW", None, None, None)]),
        ("2014부터 2020년까지 총 634억 유로를 배정했다",
         [("총 634억 유로", "63400000000", None, None, "EUR", None, ("over", 7, None), None)]),
        # 弗, the Hanja dollar of headlines
        ("신용손실 1.4조弗..", [("1.4조弗", "1400000000000", None, None, "USD", None, None, None)]),
        # a deadline with a level to reach is no spread; a sum totalled by then is
        ("2030년까지 매출을 1500억달러로 늘린다",
         [("1500억달러", "150000000000", None, None, "USD", None, None, None)]),
        ("2021년까지 투자할 금액은 총 128억달러로 집계됐다",
         [("총 128억달러", "12800000000", None, None, "USD", None, ("by", None, 2021), None)]),
        # a list shares its period across a short word before the joiner, and a glued comma
        ("향후 5년간 270조원 규모, 재계를 합쳐 300조원 규모를 투자",
         [("270조원", "270000000000000", None, None, "KRW", None, ("over", 5, None), None),
          ("300조원", "300000000000000", None, None, "KRW", None, ("over", 5, None), None)]),
        ("올해 매출 1조700억원,해외 매출 6800억원",
         [("1조700억원", "1070000000000", None, None, "KRW", None, ("this-year", None, None), None),
          ("6800억원", "680000000000", None, None, "KRW", None, ("this-year", None, None), None)]),
    ],
)  # fmt: skip
def test_round_three_forms(text, expected):
    """Forms from the unseen real news of 2026-12-02 (tests/corpus/SOURCES.md, round three)."""
    assert detail(text) == expected


@pytest.mark.parametrize(
    "text, value",
    [
        ("sold approximately one-point-47 trillion won", "1470000000000"),
        ("two-point-572 trillion won", "2572000000000"),
        ("22-point-8 trillion won", "22800000000000"),
        ("one-point-zero-seven billion U.S. dollars", "1070000000"),
    ],
)
def test_broadcast_decimals_in_digits(text, value):
    """KBS World writes a number's decimals in digits after 'point' ('one-point-47 trillion')."""
    (f,) = extract(text)
    assert str(f.amount.value) == value


def test_headline_trln_and_hanja_day_average():
    assert [(f.amount.text, str(f.amount.value)) for f in extract("about 36 trln won")] == [
        ("about 36 trln won", "36000000000000")
    ]
    (f,) = extract("일(日) 평균 수출은 23.8억 달러로")
    assert f.amount.per == "day"

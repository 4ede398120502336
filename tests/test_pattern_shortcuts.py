"""The shortcuts the number pattern and the period grammar take for speed decide nothing
themselves: English words still match in every case behind the first-letter sets, and a plain
number after a digit and a dash starts no range while real ranges still read."""

import pytest

from fincli.extract import extract
from fincli.money import pattern, scan


def rows(text):
    out = []
    for f in extract(text):
        r = f.to_record(spellings=False)
        p = r["period"]
        out.append((r["text"], r["value"], r["currency"], r["qualifier"], r["per"],
                    p and (p["kind"], p["years"], p["until"]), r["stated"] and r["stated"]["value"]))  # fmt: skip
    return out


@pytest.mark.parametrize(
    "text,want",
    [
        ("ABOUT 5 TRILLION WON will be spent OVER THE NEXT FIVE YEARS.",
         [("ABOUT 5 TRILLION WON", "5000000000000", "KRW", "approx", None, ("over", 5, None), None)]),
        ("Up To $3 Billion a year",
         [("Up To $3 Billion a year", "3000000000", "USD", "max", "year", ("annual", None, None), None)]),
        ("Samsung will invest 2.4 Trillion Won ($1.8 Billion) By 2030.",
         [("2.4 Trillion Won", "2400000000000", "KRW", None, None, ("by", None, 2030), "1800000000")]),
        ("It pledged 5 BILLION DOLLARS, then 5,000 DOLLARS more.",
         [("5 BILLION DOLLARS", "5000000000", "USD", None, None, None, None),
          ("5,000 DOLLARS", "5000", "USD", None, None, None, None)]),
    ],
)  # fmt: skip
def test_english_words_in_any_case(text, want):
    assert rows(text) == want


def test_date_and_phone_pieces_start_no_range():
    assert [m.group("num") for m in pattern().finditer("date 2025-01-03\n\n")] == []
    assert list(scan("전화 02-3456-7890")) == []
    got = [
        (a.text, str(a.low), str(a.high)) for a in scan("20-30달러와 1.5-2달러, $150-160 billion")
    ]
    assert got == [("20-30달러", "20", "30"), ("1.5-2달러", "1.5", "2"),
                   ("$150-160 billion", "150000000000", "160000000000")]  # fmt: skip


def test_descending_units_only():
    assert [a.text for a in scan("1억 1억 1억 원")] == ["1억", "1억", "1억 원"]
    assert [str(a.value) for a in scan("1조 9,100 억 달러, 3억2천만 원")] == [
        "1910000000000",
        "320000000",
    ]

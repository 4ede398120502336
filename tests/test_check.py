"""Checking stated conversions: the facts of the two source articles, and the rules."""

from decimal import Decimal as D
from pathlib import Path

import pytest

from fincli.check import check, rate_interval
from fincli.money import parse_amount as p
from fincli.rates import get_series

ARTICLES = Path(__file__).parent / "articles"


@pytest.mark.parametrize(
    "main,stated,on,verdict,implied",
    [
        ("50억 달러", "약 7조 원", "2025-10-29", "ok", "1400"),
        ("약 2조4천억 원", "미화 약 18억 달러", "2025-10-29", "suspect", "1333.3333"),
        ("최대 500억 달러", "한화 약 74조원", "2025-11-24", "ok", "1480"),
    ],
)
@pytest.mark.parametrize("source", ["ecb", "fred"])
def test_source_article_facts(main, stated, on, verdict, implied, source):
    c = check(p(main), p(stated), get_series(source), on).to_record()
    assert (c["verdict"], c["implied_rate"], c["pair"]) == (verdict, implied, "USD/KRW")


def test_suspect_conversion_held_in_september_2024():
    c = check(
        p("약 2조4천억 원"), p("미화 약 18억 달러"), get_series("ecb"), "2025-10-29"
    ).to_record()
    assert c["rate"] == "1422.946"
    assert any(r.startswith("2024-08") and r.endswith("2024-10-16") for r in c["held_on"])
    assert D(c["deviation"]) > 6


@pytest.mark.parametrize(
    "x,y,lo,hi",
    [
        ("50억 달러", "7조 원", "1386.138613861386138613861386", "1414.141414141414141414141414"),
        ("1조 원", "10억 달러", "0.00095", "0.00105"),
    ],
)
def test_interval_is_where_each_figure_rounds_to_the_other(x, y, lo, hi):
    assert rate_interval(p(x), p(y)) == (D(lo), D(hi))


@pytest.mark.parametrize(
    "main,stated,verdict",
    [
        ("50억 달러", "7조1천억 원", "ok"),  # 1420: inside
        ("50억 달러", "6조9천억 원", "loose"),  # 1380: 2.6% under the day's ~1423
        ("50억 달러", "6조5천억 원", "suspect"),
        ("50억 달러", "70조 원", "unit-error"),
        ("50억 달러", "7천억 원", "unit-error"),
    ],
)
def test_verdicts(main, stated, verdict):
    assert check(p(main), p(stated), get_series("ecb"), "2025-10-29").verdict == verdict


def test_cli_check_article_exit_1_on_suspect(cli):
    r = cli(["check", str(ARTICLES / "ai_investment_2025_10_29.txt"), "-f", "jsonl"])
    recs = r.jsonl()
    assert [x["verdict"] for x in recs] == ["ok", "suspect"] and r.code == 1
    assert recs[0]["date_from"] == "text: date 2025-10-29"


def test_cli_check_ok_article_exit_0(cli):
    r = cli(["check", str(ARTICLES / "amazon_2025_11_24.txt"), "-f", "jsonl"])
    assert [x["verdict"] for x in r.jsonl()] == ["ok"] and r.code == 0


def test_cli_check_strict_and_date_option(cli):
    text = "50억 달러(약 6조9천억 원)"
    assert cli(["check", "--date", "2025-10-29"], text).code == 0
    assert cli(["check", "--date", "2025-10-29", "--strict"], text).code == 1
    r = cli(["check"], text)
    assert r.code == 2 and "--date" in r.err


def test_cli_extract_invalid_utf8_names_byte(cli, tmp_path):
    f = tmp_path / "a.txt"
    f.write_bytes("1조 원\n".encode() + "2조 원".encode("cp949"))
    r = cli(["extract", str(f), "-f", "jsonl"])
    assert r.code == 2 and "byte 10" in r.err and "cp949" in r.err
    assert len(r.jsonl()) == 1


def test_cli_extract_several_files_and_jobs(cli):
    files = [str(ARTICLES / n) for n in ("ai_investment_2025_10_29.txt", "amazon_2025_11_24.txt")]
    one = cli(["extract", *files, "-f", "jsonl"])
    two = cli(["extract", *files, "-f", "jsonl", "--jobs", "2"])
    assert one.out == two.out and one.code == 0
    assert {r["file"] for r in one.jsonl()} == set(files)


def test_cli_extract_csv_flat_columns(cli):
    r = cli(["extract", "-f", "csv", "--date", "2025-10-29"], "향후 5년간 50억 달러(약 7조 원)")
    header = r.out.splitlines()[0].split(",")
    assert "stated_value" in header and "period_years" in header
    assert "7000000000000" in r.out


def test_same_currency_on_both_sides_gets_a_verdict_of_its_own():
    from fincli.check import failing
    from fincli.extract import extract

    (f,) = extract("정부는 3조 원(25억 원)을 투자한다.")
    assert f.stated is not None and f.stated.currency == f.amount.currency == "KRW"
    c = check(f.amount, f.stated, get_series("ecb"), "2025-10-29")
    rec = c.to_record()
    assert rec["verdict"] == "same-currency"
    assert rec["pair"] == "KRW/KRW" and rec["rate"] == "1"
    assert "same-currency" in failing()

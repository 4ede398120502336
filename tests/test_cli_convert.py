"""fincli convert and fincli rates through the real entry point."""

from decimal import Decimal as D

from fincli.rates import QUOTIENT


def test_one_dollar_on_2025_10_29_ecb_and_fred(cli):
    ecb = cli(["convert", "1달러", "--to", "KRW", "--on", "2025-10-29", "-f", "jsonl"]).jsonl()[0]
    assert D(ecb["rate"]) == QUOTIENT.divide(D("1655.74"), D("1.1636"))
    assert (ecb["converted"], ecb["rate_date"], ecb["source"]) == ("1423", "2025-10-29", "ecb")
    fred = cli(
        ["convert", "1달러", "--to", "KRW", "--on", "2025-10-29", "--source", "fred", "-f", "jsonl"]
    ).jsonl()[0]
    assert (fred["rate"], fred["converted"], fred["source"]) == ("1420.83", "1421", "fred")


def test_saturday_says_which_day_it_used(cli):
    r = cli(["convert", "1달러", "--to", "KRW", "--on", "2025-11-01", "-f", "jsonl"])
    rec = r.jsonl()[0]
    assert (rec["rate_date"], rec["requested"]) == ("2025-10-31", "2025-11-01")
    assert "used 2025-10-31" in r.err and r.code == 0


def test_before_coverage_is_clear_error_exit_1(cli):
    r = cli(["convert", "1달러", "--to", "KRW", "--on", "1990-01-01", "-f", "jsonl"])
    assert r.code == 1 and "1999-01-04" in r.err and "--source" in r.err
    assert r.jsonl()[0]["value"] == "1" and r.jsonl()[0]["converted"] is None
    assert "Traceback" not in r.err


def test_minor_units_from_babel(cli):
    recs = cli(
        ["convert", "20조 원", "5억 엔", "--to", "USD", "--on", "2025-10-29", "-f", "jsonl"]
    ).jsonl()
    assert recs[0]["converted"] == "14055346853.97"  # cents
    yen = cli(["convert", "$1", "--to", "JPY", "--on", "2025-10-29", "-f", "jsonl"]).jsonl()[0]
    assert "." not in yen["converted"]  # JPY has no minor unit


def test_month_and_year_mean(cli):
    y = cli(["convert", "$1", "--to", "KRW", "--on", "2025", "-f", "jsonl"]).jsonl()[0]
    m = cli(["convert", "$1", "--to", "KRW", "--on", "2025-10", "-f", "jsonl"]).jsonl()[0]
    assert (y["rate_date"], m["rate_date"]) == ("2025", "2025-10")
    assert D(y["rate"]) != D(m["rate"])


def test_range_converts_both_ends(cli):
    rec = cli(
        ["convert", "2~3억 달러", "--to", "KRW", "--on", "2025-10-29", "-f", "jsonl"]
    ).jsonl()[0]
    assert D(rec["converted_low"]) < D(rec["converted"]) < D(rec["converted_high"])


def test_stream_of_mixed_lines(cli):
    lines = "1달러\nabc\n35조\n2조4천억 원\n"
    r = cli(["convert", "--to", "USD", "--on", "2025-10-29", "-f", "jsonl"], lines)
    recs = r.jsonl()
    assert len(recs) == 4 and r.code == 1
    assert [bool(x["error"]) for x in recs] == [False, True, True, False]
    assert "line 2" in r.err and "line 3" in r.err


def test_from_assumes_a_currency(cli):
    rec = cli(
        ["convert", "35조", "--from", "KRW", "--to", "USD", "--on", "2025-10-29", "-f", "jsonl"]
    ).jsonl()[0]
    assert rec["currency"] == "KRW" and rec["converted"]


def test_bad_options(cli):
    assert cli(["convert", "1달러", "--to", "XXX", "--on", "2025-10-29"]).code == 2
    assert cli(["convert", "1달러", "--to", "KRW", "--on", "yesterday"]).code == 2
    assert (
        cli(["convert", "1달러", "--to", "KRW", "--on", "2025-10-29", "--source", "nope"]).code == 2
    )


def test_rates_show_and_range(cli):
    r = cli(["rates", "show", "USD/KRW", "--on", "2025-10-29", "--source", "fred", "-f", "jsonl"])
    assert r.jsonl()[0]["rate"] == "1420.83"
    r = cli(["rates", "show", "EUR/USD", "--from", "2025-10-27", "--to", "2025-10-31", "-f", "csv"])
    assert r.out.splitlines()[0] == "pair,rate,rate_date,requested,source,fixings"
    assert len(r.out.splitlines()) == 6 and "1.1636" in r.out


def test_rates_sources(cli):
    r = cli(["rates", "sources", "-f", "jsonl"])
    names = {x["name"]: x for x in r.jsonl()}
    assert names["ecb"]["first"] == "1999-01-04" and names["fred"]["last"] == "2026-03-27"
    assert "FRED" in names["fred"]["provenance"]


def test_rates_import_then_use(cli, tmp_path):
    p = tmp_path / "mine.csv"
    p.write_text("date,rate\n2025-10-29,1438.5\n")
    r = cli(["rates", "import", str(p), "--pair", "USD/KRW"])
    assert r.code == 0, r.err
    rec = cli(
        ["convert", "1달러", "--to", "KRW", "--on", "2025-10-29", "--source", "mine", "-f", "jsonl"]
    ).jsonl()[0]
    assert rec["rate"] == "1438.5" and rec["source"] == "mine"
    bad = tmp_path / "bad.csv"
    bad.write_text("date,rate\n2025-10-29,x\n")
    r = cli(["rates", "import", str(bad), "--pair", "USD/KRW", "--name", "mine"])
    assert r.code == 1 and "bad.csv:2" in r.err
    r = cli(["rates", "import", str(tmp_path / "missing.csv"), "--pair", "USD/KRW"])
    assert r.code != 0 and "Traceback" not in r.err


def test_source_as_a_path(cli, tmp_path):
    p = tmp_path / "direct.csv"
    p.write_text("observation_date,DEXKOUS\n2025-10-29,1400\n")
    rec = cli(
        ["convert", "1달러", "--to", "KRW", "--on", "2025-10-29", "--source", str(p), "-f", "jsonl"]
    ).jsonl()[0]
    assert rec["rate"] == "1400"

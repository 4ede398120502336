"""Dated rates: small tables of our own for the rules, and facts on the shipped series."""

import json
import os
import subprocess
import sys
import textwrap
from decimal import Decimal as D
from pathlib import Path

import pytest

from fincli.errors import DataFileError, RateNotFoundError, UsageError
from fincli.rates import QUOTIENT, build_shipped, get_series, import_file, read_table, write_series
from fincli.resources import rates_dir

# A week of our own: Fri 2025-01-03, weekend, Mon 06 (a holiday for JPY only), Tue 07,
# then a gap of 12 days, then Mon 20 — the last day.
ECB_SMALL = textwrap.dedent("""\
    Date,USD,JPY,KRW,
    2025-01-20,1.05,160,1500,
    2025-01-07,1.04,N/A,1480,
    2025-01-06,1.02,162,1460,
    2025-01-03,1.03,161,1470,
    """)


@pytest.fixture
def small(tmp_path):
    p = tmp_path / "small.csv"
    p.write_text(ECB_SMALL)
    return import_file(p, "small")


@pytest.mark.parametrize(
    "on,rate_date,value",
    [
        ("2025-01-03", "2025-01-03", QUOTIENT.divide(D(1470), D("1.03"))),  # a fixing
        ("2025-01-04", "2025-01-03", QUOTIENT.divide(D(1470), D("1.03"))),  # Saturday
        ("2025-01-05", "2025-01-03", QUOTIENT.divide(D(1470), D("1.03"))),  # Sunday
        ("2025-01-07", "2025-01-07", QUOTIENT.divide(D(1480), D("1.04"))),
        ("2025-01-17", "2025-01-07", QUOTIENT.divide(D(1480), D("1.04"))),  # 10 days on: allowed
        ("2025-01-20", "2025-01-20", QUOTIENT.divide(D(1500), D("1.05"))),  # last day
        ("2025-01-30", "2025-01-20", QUOTIENT.divide(D(1500), D("1.05"))),  # 10 days after the end
    ],
)
def test_usd_krw_on_small_table(small, on, rate_date, value):
    r = small.rate("USD", "KRW", on)
    assert (r.date, r.value, r.requested) == (rate_date, value, on)


@pytest.mark.parametrize(
    "on,message",
    [
        ("2025-01-02", "before 2025-01-03"),  # before the series starts
        ("2025-01-18", "latest earlier fixing is 2025-01-07"),  # inside a gap of 11 days
        ("2025-01-31", "series ends 2025-01-20"),  # 11 days after the end
    ],
)
def test_out_of_coverage_is_an_error(small, on, message):
    with pytest.raises(RateNotFoundError, match=message):
        small.rate("USD", "KRW", on)


def test_missing_value_is_a_holiday_for_that_currency_only(small):
    assert small.rate("USD", "JPY", "2025-01-07").date == "2025-01-06"
    assert small.rate("EUR", "JPY", "2025-01-07").date == "2025-01-06"
    assert small.rate("EUR", "USD", "2025-01-07").date == "2025-01-07"


def test_inverse_and_anchor(small):
    assert small.rate("EUR", "USD", "2025-01-03").value == D("1.03")
    assert small.rate("USD", "EUR", "2025-01-03").value == QUOTIENT.divide(1, D("1.03"))


def test_month_and_year_means(small):
    m = small.average("EUR", "KRW", "2025-01")
    assert m.value == D(1470 + 1460 + 1480 + 1500) / 4 and m.fixings == 4 and m.date == "2025-01"
    assert small.lookup("EUR", "KRW", "2025").value == m.value
    with pytest.raises(RateNotFoundError):
        small.average("EUR", "KRW", "2024")


# -- the shipped series -----------------------------------------------------------------


def test_ecb_cross_rate_on_2025_10_29():
    r = get_series("ecb").rate("USD", "KRW", "2025-10-29")
    assert r.value == QUOTIENT.divide(D("1655.74"), D("1.1636"))
    assert (r.date, r.source) == ("2025-10-29", "ecb")


def test_fred_on_2025_10_29():
    r = get_series("fred").rate("USD", "KRW", "2025-10-29")
    assert r.value == D("1420.83")


def test_saturday_uses_friday():
    assert get_series("ecb").rate("USD", "KRW", "2025-11-01").date == "2025-10-31"


def test_fred_us_holiday_uses_day_before():
    assert get_series("fred").rate("USD", "KRW", "2025-11-27").date == "2025-11-26"


def test_coverage_edges_of_shipped_series():
    ecb, fred = get_series("ecb"), get_series("fred")
    assert (ecb.first, ecb.last, fred.first, fred.last) == (
        "1999-01-04",
        "2026-10-30",
        "1981-04-13",
        "2026-03-27",
    )
    with pytest.raises(RateNotFoundError, match="before 1999-01-04.*--source fred"):
        ecb.rate("USD", "KRW", "1990-01-01")
    assert fred.rate("USD", "KRW", "1990-01-02").value > 0
    with pytest.raises(RateNotFoundError, match="has no EUR"):
        fred.rate("EUR", "KRW", "2025-01-02")


def test_compact_files_match_the_raw_files(tmp_path):
    """The compact series are derived data: rebuilding them from the raw files changes nothing."""
    root = tmp_path / "rates"
    root.mkdir()
    for f in ("eurofxref-hist.csv", "DEXKOUS.csv"):
        (root / f).write_bytes((rates_dir() / f).read_bytes())
    build_shipped(root)
    for series in ("ecb", "fred"):
        built = sorted(p.name for p in (root / "compact" / series).iterdir())
        shipped = sorted(p.name for p in (rates_dir() / "compact" / series).iterdir())
        assert built == shipped
        for name in built:
            assert (root / "compact" / series / name).read_bytes() == (
                rates_dir() / "compact" / series / name
            ).read_bytes(), name


def test_raw_files_are_the_documented_ones():
    import hashlib

    readme = (rates_dir() / "README.md").read_text()
    for f in ("eurofxref-hist.csv", "DEXKOUS.csv"):
        assert hashlib.sha256((rates_dir() / f).read_bytes()).hexdigest() in readme


# -- bad files ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content,line,message",
    [
        ("Date,USD,\n2025-01-03,1.03,\n2025-13-01,1.0,\n", 3, "date"),
        ("Date,USD,\n2025-01-03,abc,\n", 2, "not a number"),
        ("Date,USD,\n2025-01-03,0,\n", 2, "positive"),
        ("Date,USD,\n2025-01-03,-1.2,\n", 2, "positive"),
        ("Date,USD,KRW,\n2025-01-03,1.03,\n", 2, "fields"),
        ("observation_date,DEXKOUS\n2025-01-02,1400\n2025-01-03,1e400x\n", 3, "not a number"),
        ("date,rate\n2025-01-02,1400\n2025-01-02,1401\n", None, "twice"),
        ("", 1, "empty"),
    ],
)
def test_bad_rate_file_names_the_line(tmp_path, content, line, message):
    p = tmp_path / "bad.csv"
    p.write_text(content)
    with pytest.raises(DataFileError, match=message) as e:
        read_table(p, pair="USD/KRW")
    assert e.value.line == line and str(p) in str(e.value)


def test_corrupt_compact_column_is_an_error_not_a_rate(tmp_path):
    table = read_table_text(tmp_path, "date,rate\n2025-01-02,1400\n2025-01-03,1401\n")
    write_series(table, tmp_path / "s", "s", "test")
    col = tmp_path / "s" / "USD-KRW.csv"
    col.write_text("2025-01-02,1400\n2025-01-03,14x1\n")
    from fincli.rates import Series

    with pytest.raises(DataFileError, match=r"USD-KRW.csv:2"):
        Series(tmp_path / "s").rate("USD", "KRW", "2025-01-03")
    col.write_text("2025-01-02,1400\n2025-01-03,0\n")
    with pytest.raises(DataFileError, match=r":2"):
        Series(tmp_path / "s").rate("USD", "KRW", "2025-01-03")


def read_table_text(tmp_path, text):
    p = tmp_path / "in.csv"
    p.write_text(text)
    return read_table(p, pair="USD/KRW")


def test_import_plain_and_fred_layouts(tmp_path):
    p = tmp_path / "bok.csv"
    p.write_text("date,rate\n2025-10-29,1438.5\n2025-10-30,1430.1\n")
    s = import_file(p, "bok-csv", pair="USD/KRW")  # 'bok' is the Bank of Korea's series now
    assert s.rate("USD", "KRW", "2025-10-31").value == D("1430.1")
    assert get_series("bok-csv").rate("KRW", "USD", "2025-10-29").value == QUOTIENT.divide(
        1, D("1438.5")
    )
    f = tmp_path / "DEXJPUS.csv"
    f.write_text("observation_date,DEXJPUS\n2025-10-29,152.1\n2025-10-30,\n")
    s = import_file(f)
    assert s.name == "dexjpus" and s.rate("USD", "JPY", "2025-10-30").date == "2025-10-29"


def test_bad_import_changes_nothing(tmp_path):
    good = tmp_path / "a.csv"
    good.write_text("date,rate\n2025-10-29,1438.5\n")
    import_file(good, "mine", pair="USD/KRW")
    bad = tmp_path / "b.csv"
    bad.write_text("date,rate\n2025-10-29,1500\n2025-10-30,oops\n")
    with pytest.raises(DataFileError, match=":3"):
        import_file(bad, "mine", pair="USD/KRW")
    assert get_series("mine").rate("USD", "KRW", "2025-10-29").value == D("1438.5")


def test_import_cannot_shadow_shipped(tmp_path):
    p = tmp_path / "ecb.csv"
    p.write_text("date,rate\n2025-10-29,1\n")
    with pytest.raises(UsageError):
        import_file(p, "ecb", pair="USD/KRW")


def test_killed_import_leaves_previous_data(tmp_path):
    """Kill an import at many points; the store always holds the old or the new series, whole."""
    good = tmp_path / "a.csv"
    good.write_text("date,rate\n2025-10-29,1438.5\n")
    import_file(good, "mine", pair="USD/KRW")
    big = tmp_path / "big.csv"
    import datetime as dt

    day = dt.date(1990, 1, 1)
    rows = ["date,rate"] + [f"{day + dt.timedelta(i)},{1000 + i % 500}.25" for i in range(20000)]
    big.write_text("\n".join(rows) + "\n")
    env = dict(os.environ)
    code = (
        f"from fincli.rates import import_file; from pathlib import Path; "
        f"import_file(Path({str(big)!r}), 'mine', pair='USD/KRW', replace=True)"
    )
    for delay in (0.05, 0.15, 0.3, 0.45):
        proc = subprocess.Popen([sys.executable, "-c", code], env=env)
        try:
            proc.wait(timeout=delay)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        s = get_series("mine")
        r = s.rate("USD", "KRW", "2025-10-29")
        assert (
            r.value in (D("1438.5"), D(1000 + (dt.date(2025, 10, 29) - day).days % 500) + D("0.25"))
            or s.last < "2025-10-29"
        )
        meta = json.loads(
            (Path(os.environ["FINCLI_DATA_DIR"]) / "rates" / "mine" / "meta.json").read_text()
        )
        assert meta["first"] in ("2025-10-29", "1990-01-01")


def test_two_imports_at_once_leave_a_whole_series(tmp_path):
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    a.write_text("date,rate\n" + "".join(f"2025-01-{d:02},{1400 + d}\n" for d in range(1, 29)))
    b.write_text("date,rate\n" + "".join(f"2025-02-{d:02},{1300 + d}\n" for d in range(1, 29)))
    code = "from fincli.rates import import_file; from pathlib import Path; import sys; import_file(Path(sys.argv[1]), 'both', pair='USD/KRW', replace=True)"
    procs = [subprocess.Popen([sys.executable, "-c", code, str(p)]) for p in (a, b, a, b)]
    assert all(p.wait(timeout=60) == 0 for p in procs)
    s = get_series("both")
    col = s.column("USD-KRW")
    assert len(col.dates) == 28 and col.dates[0][:7] in ("2025-01", "2025-02")
    assert s.first == col.dates[0] and s.last == col.dates[-1]

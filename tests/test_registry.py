"""The registry, spreads over years, and the comparison table."""

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

import pytest

from fincli.commitments import load, verify_quote
from fincli.compare import compare
from fincli.errors import ParseError, RegistryError
from fincli.rates import get_series
from fincli.spread import allocate, parse_period, spread

GOOD = """
[[commitment]]
id = "a"
announcer = "A"
announced = 2025-10-29
source = "test"
amount = "50억 달러"
stated = "약 7조 원"
period = "2031년까지"
"""


def write(tmp_path, text, name="r.toml"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


@pytest.mark.parametrize(
    "edit,line,field,message",
    [
        (
            lambda t: t.replace('amount = "50억 달러"', 'amount = "오십 억 kg"'),
            7,
            "amount",
            "not a monetary",
        ),
        (
            lambda t: t.replace('amount = "50억 달러"', 'amount = "35조"'),
            7,
            "amount",
            "no currency",
        ),
        (
            lambda t: t.replace('stated = "약 7조 원"', 'stated = "70억 달러"'),
            8,
            "stated",
            "another",
        ),
        (lambda t: t.replace('period = "2031년까지"', 'period = "언젠가"'), 9, "period", "period"),
        (
            lambda t: t.replace("announced = 2025-10-29", 'announced = "29/10/2025"'),
            5,
            "announced",
            "date",
        ),
        (lambda t: t.replace('id = "a"', 'id = "A b"'), 3, "id", "lower case"),
        (lambda t: t.replace('source = "test"\n', ""), 2, "source", "missing"),
        (lambda t: t + 'colour = "red"\n', 10, "colour", "unknown field"),
        (lambda t: t.replace('announcer = "A"', "announcer = 3"), 4, "announcer", "string"),
        (lambda t: t + t, 12, "id", "duplicate id"),
        (lambda t: t.replace('id = "a"', 'id = "a'), 3, "", "TOML"),
    ],
)
def test_bad_entries_name_file_line_and_field(tmp_path, edit, line, field, message):
    p = write(tmp_path, edit(GOOD))
    with pytest.raises(RegistryError, match=message) as e:
        load(p)
    assert (e.value.line, e.value.field) == (line, field)
    assert str(p) in str(e.value)


def test_registry_keeps_text_and_derives_values(tmp_path):
    (c,) = load(write(tmp_path, GOOD))
    assert (c.amount_text, c.amount.value, c.amount.currency) == ("50억 달러", D(5000000000), "USD")
    assert (c.stated.value, c.period.kind, c.period.until) == (D(7 * 10**12), "by", 2031)


def test_shipped_registry():
    entries = {c.id: c for c in load()}
    assert len(entries) == 8
    assert entries["microsoft-kt-5y"].amount_text == "약 2조4천억 원"
    assert all(verify_quote(c) is None for c in entries.values())


def test_quote_check_catches_a_misquote(tmp_path):
    src = write(tmp_path, "AWS는 50억 달러(약 7조 원)를 투자한다.", "src.txt")
    reg = GOOD.replace('source = "test"', 'source = "test"\nsource_text = "src.txt"')
    assert verify_quote(load(write(tmp_path, reg))[0]) is None
    wrong = reg.replace('amount = "50억 달러"', 'amount = "60억 달러"')
    assert "does not occur" in verify_quote(load(write(tmp_path, wrong))[0])
    _ = src


@pytest.mark.parametrize(
    "text,kind,years,until",
    [
        ("향후 5년간", "over", 5, None),
        ("5년 동안", "over", 5, None),
        ("7년간", "over", 7, None),
        ("over five years", "over", 5, None),
        ("2031년까지", "by", None, 2031),
        ("by 2030", "by", None, 2030),
        ("연간", "annual", None, None),
        ("매년", "annual", None, None),
        ("올해", "this-year", None, None),
    ],
)
def test_parse_period(text, kind, years, until):
    p = parse_period(text)
    assert (p.kind, p.years, p.until) == (kind, years, until)


def test_unknown_period_is_an_error():
    with pytest.raises(ParseError):
        parse_period("곧")


def test_five_years_of_2_4_trillion_won():
    s = spread(D("2400000000000"), parse_period("향후 5년간"), dt.date(2025, 10, 29), 0)
    assert s.per_year == D("480000000000") and s.years == 5
    assert sum(a for _, a in s.tranches) == D("2400000000000")
    assert [y for y, _ in s.tranches] == [2025, 2026, 2027, 2028, 2029, 2030]
    assert s.end == dt.date(2030, 10, 28)


def test_seven_years_of_38_billion_dollars():
    s = spread(D("38000000000"), parse_period("7년간"), dt.date(2025, 11, 24), 2)
    assert round(s.per_year / 10**8, 1) == D("54.3")
    assert sum(a for _, a in s.tranches) == D("38000000000")


@pytest.mark.parametrize(
    "rule,years,first", [("exact", None, 2025), ("inclusive", 7, 2025), ("exclusive", 6, 2026)]
)
def test_by_year_rules(rule, years, first):
    s = spread(D("5000000000"), parse_period("2031년까지"), dt.date(2025, 10, 29), 2, rule)
    if years is None:
        assert s.years == D(64) / 365 + 6
    else:
        assert s.years == years
    assert s.tranches[0][0] == first and s.tranches[-1][0] == 2031
    assert sum(a for _, a in s.tranches) == D("5000000000")


def test_annual_stays_per_year_unless_horizon():
    s = spread(D("100000000000"), parse_period("연간"), dt.date(2025, 10, 29), 0)
    assert (s.total, s.per_year, s.tranches) == (None, D("100000000000"), [])
    h = spread(D("100000000000"), parse_period("연간"), dt.date(2025, 10, 29), 0, horizon=3)
    assert h.total == D("300000000000") and len(h.tranches) == 3


def test_this_year_is_the_whole_year():
    s = spread(D(125), parse_period("올해"), dt.date(2025, 11, 24), 0)
    assert (s.start, s.end, s.years, s.tranches) == (
        dt.date(2025, 1, 1),
        dt.date(2025, 12, 31),
        1,
        [(2025, D(125))],
    )


@pytest.mark.parametrize(
    "total,weights,digits",
    [
        (D("100"), [D(1), D(1), D(1)], 0),
        (D("10.00"), [D(1), D(2), D(4)], 2),
        (D("38000000000"), [D(38), D(365), D(366), D(27)], 2),
        (D("1"), [D(1)] * 7, 2),
    ],
)
def test_tranches_add_up_exactly(total, weights, digits):
    parts = allocate(total, weights, digits)
    assert sum(parts) == total and all(p >= 0 for p in parts)


def test_compare_shipped_registry_facts():
    rows = {r.id: r for r in compare(load(), get_series("ecb"))}
    bl = rows["blackrock-ai-dc"]
    assert round(bl.usd / 10**8, 1) == D("140.6")  # 20조 원 at 2025-10-29 ECB
    assert bl.rate_date == "2025-10-29" and bl.source == "ecb"
    assert rows["microsoft-kt-5y"].per_year_krw == D("480000000000")
    assert (
        rows["alibaba-gmarket"].per_year_krw == D("100000000000")
        and rows["alibaba-gmarket"].total is None
    )
    assert (
        rows["aws-korea-2031"].verdict,
        rows["microsoft-kt-5y"].verdict,
        rows["amazon-us-gov"].verdict,
    ) == ("ok", "suspect", "ok")
    assert sum(r.share for r in rows.values() if r.share is not None) == pytest.approx(100)


def test_compare_at_tranche_and_discount():
    entries = [c for c in load() if c.id == "openai-aws-7y"]
    (t,) = compare(entries, get_series("ecb"), to="KRW", at="tranche")
    assert "2025 mean" in t.rate_date and "for 2026" in t.rate_date
    (d,) = compare(entries, get_series("ecb"), to="USD", discount=D("0.05"))
    assert d.total < D("38000000000")
    (a,) = compare(entries, get_series("ecb"), to="USD", at="2025-10-29")
    assert a.total == D("38000000000") and a.rate_date == "2025-10-29"


def test_cli_compare_formats(cli):
    r = cli(["compare", "-f", "jsonl"])
    recs = r.jsonl()
    assert len(recs) == 8 and r.code == 0
    assert set(recs[0]) >= {
        "id",
        "announcer",
        "amount_text",
        "currency",
        "amount",
        "usd",
        "krw",
        "rate",
        "rate_date",
        "source",
        "years",
        "per_year_usd",
        "per_year_krw",
        "verdict",
    }
    assert recs[0]["usd"] == max((x["usd"] for x in recs if x["usd"]), key=D)
    table = cli(["compare", "--locale", "ko", "--to", "KRW"]).out
    assert "7조 1,147억 원" in table and "total (8)" in table
    md = cli(["compare", "-f", "markdown", "--where", "amazon"]).out
    assert md.count("| Amazon") == 2
    assert cli(["compare", "--sort", "size"]).code == 2


def test_cli_compare_bad_registry(cli, tmp_path):
    p = write(tmp_path, GOOD.replace('amount = "50억 달러"', 'amount = "xx"'))
    r = cli(["compare", str(p)])
    assert r.code == 1 and f"{p}:7" in r.err and "amount" in r.err and "Traceback" not in r.err


def test_cli_compare_from_text(cli):
    art = Path(__file__).parent / "articles" / "ai_investment_2025_10_29.txt"
    recs = cli(["compare", "--from-text", str(art), "-f", "jsonl"]).jsonl()
    by_text = {x["amount_text"]: x for x in recs}
    assert by_text["약 2조4천억 원"]["years"] == "5"
    assert by_text["50억 달러"]["verdict"] == "ok"


def test_cli_check_registry(cli):
    r = cli(
        [
            "check",
            "--registry",
            str(Path(__file__).parent.parent / "seeds" / "commitments.toml"),
            "-f",
            "jsonl",
        ]
    )
    assert [x["verdict"] for x in r.jsonl()] == ["ok", "suspect", "ok"] and r.code == 1


# -- the parsed copy beside the registry ---------------------------------------------------


def _copy_seeds(tmp_path):
    import shutil

    from fincli.commitments import default_registry

    seeds = tmp_path / "seeds"
    shutil.copytree(default_registry().parent, seeds)
    return seeds / "commitments.toml"


def test_shipped_parsed_copy_is_what_reading_the_toml_gives_today(tmp_path):
    from fincli.commitments import default_registry, parsed_path, write_parsed

    reg = _copy_seeds(tmp_path)
    parsed_path(reg).unlink()
    fresh = write_parsed(reg).read_text(encoding="utf-8")
    shipped = parsed_path(default_registry()).read_text(encoding="utf-8")
    assert fresh == shipped, "run: python -m fincli.commitments"


def test_parsed_copy_loads_the_same_entries_as_the_toml():
    from fincli.commitments import default_registry, parsed_path

    assert parsed_path(default_registry()).is_file()
    assert load(use_parsed=True) == load(use_parsed=False)


def test_an_edited_registry_is_read_afresh(tmp_path):
    reg = _copy_seeds(tmp_path)
    text = reg.read_text(encoding="utf-8")
    reg.write_text(text.replace('amount = "50억 달러"', 'amount = "60억 달러"'), encoding="utf-8")
    (aws,) = [c for c in load(reg) if c.id == "aws-korea-2031"]
    assert aws.amount.value == D("6000000000")
    assert aws.amount_text == "60억 달러"


@pytest.mark.parametrize(
    "damage",
    [
        lambda t: t[: len(t) // 2],  # truncated
        lambda t: t.replace('"fincli": "', '"fincli": "0.0.0-'),  # another version's copy
        lambda t: t.replace('"value": "', '"value": "x'),  # not a number
        lambda t: t.replace('"entries"', '"entrees"'),
    ],
)
def test_a_damaged_or_foreign_parsed_copy_is_ignored(tmp_path, damage):
    from fincli.commitments import parsed_path

    reg = _copy_seeds(tmp_path)
    copy = parsed_path(reg)
    copy.write_text(damage(copy.read_text(encoding="utf-8")), encoding="utf-8")
    assert load(reg) == load(reg, use_parsed=False)


@pytest.mark.parametrize(
    "phrase",
    ["향후 5년간", "5년 동안", "7년간", "앞으로 3년 동안", "오년간", "십이년간", "over five years",
     "2031년까지", "by 2030", "매년", "해마다", "annually", "올해", "올해만", "this year"],
)  # fmt: skip
def test_a_period_means_the_same_in_the_registry_and_in_articles(phrase):
    from fincli.extract import extract

    field = parse_period(phrase)
    (found,) = extract(f"{phrase} 50억 달러를 투자한다.")
    p = found.period
    assert (p.kind, p.years, p.until) == (field.kind, field.years, field.until)


CARRY = """
[[commitment]]
id = "just-below-a-million"
announcer = "Carry Dollar"
announced = 2025-10-29
source = "test"
amount = "999,999.999달러"

[[commitment]]
id = "just-below-a-jo"
announcer = "Carry Won"
announced = 2025-10-29
source = "test"
amount = "9999억9999만6000원"
"""


def test_cli_compare_tables_carry_into_the_next_unit(cli, tmp_path):
    """A figure that rounds up to the next unit is written in it, in both locales' tables."""
    p = write(tmp_path, CARRY)
    en = cli(["compare", str(p), "--to", "USD", "--where", "Carry Dollar"]).out
    assert "$1M" in en and "1000K" not in en
    ko = cli(["compare", str(p), "--to", "KRW", "--locale", "ko", "--where", "Carry Won"]).out
    assert "1조 원" in ko and "10,000억" not in ko

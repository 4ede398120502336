"""Property: whatever text, numbers and option values a user types or pipes, every command
ends with a documented exit status and no exception escapes; a stream (parse, convert) gives
one record per input line.

Commands run in-process through :func:`fincli.cli.main` (typer's command-line parsing
included), with a standard output that is strict UTF-8 as on a desktop locale. The rates
commands write to a user data directory of each test's own (conftest), and ``rates update``
only ever reaches a closed port on 127.0.0.1: never the network.
"""

import json
import os
import socket

import pytest
from clirun import run_strict as run
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

# what a command may end with when it runs in-process (README, "Exit statuses"); 70 would
# be the safety net catching a bug, so it fails the property too
DOCUMENTED = {0, 1, 2}

FIGURES = [
    "50억 달러", "약 7조 원", "$5 billion", "3~5천억 원", "수조 원", "-1억~2억 원", "0원", "0달러",
    "€" + "9" * 40, "-€" + "9" * 40, "1" + "0" * 70 + "원", "(약 -7조 원)", "(0원)", "만 원",
    "억 원", "5\u03010억 달러", "1억 " * 30, "2조4천억", "１２３억 달러", "=HYPERLINK(1)",
    "+SUM(A1)", "@x", "\t-3", "a\rb", "1e999999", "NaN", "-0", "99999999999999999999해 원",
    "향후 5년간", "2031년까지", "연간", "date 2025-10-29", "1999년 1월 5일 설립된", "입력 2025.10.29",
    "\ufeff", "\u200b", "\x00", "\udcff", "(서울=연합뉴스) 기자 =",
]  # fmt: skip
NUMBERS = st.one_of(
    st.integers(-(10**30), 10**30).map(str),
    st.decimals(allow_nan=True, allow_infinity=True).map(str),
    st.sampled_from(["1e999999", "-1e999999", "1e-999999", "0", "-1", "-0.9999999999999999999999999999",
                     "99999999999999999999", "0x10", "5%", "", " ", "１"]),
)  # fmt: skip
TEXT = st.one_of(
    st.text(max_size=40),
    st.sampled_from(FIGURES),
    st.lists(st.one_of(st.sampled_from(FIGURES), st.text(max_size=8), NUMBERS), max_size=6).map(
        " ".join
    ),
)
# arguments as the shell hands them over: any bytes but NUL, decoded as Python does
ARGUMENT = st.one_of(
    TEXT.map(lambda t: t.replace("\x00", "")),
    st.binary(max_size=20).map(lambda b: os.fsdecode(b.replace(b"\x00", b""))),
)
CURRENCY = st.one_of(
    st.sampled_from(["USD", "KRW", "EUR", "JPY", "IDR", "XYZ", "usd", "", "원"]), TEXT
)
DATE = st.one_of(
    st.sampled_from(["2025-10-29", "2025-10", "2025", "1990-01-01", "9999-12-31", "2025-02-30",
                     "0001-01-01", "", "yesterday", "2026-12-01"]),
    TEXT,
)  # fmt: skip
FORMAT = st.one_of(st.sampled_from(["table", "jsonl", "csv", "json", "markdown", "xml"]), TEXT)
ENCODING = st.one_of(
    st.sampled_from(["utf-8", "cp949", "latin-1", "utf-16", "base64", "idna", "rot13", "zzz"]), TEXT
)
STDIN_LINE = st.one_of(
    TEXT.map(lambda t: t.replace("\n", " ").encode("utf-8", "surrogateescape")),
    st.binary(max_size=30).map(lambda b: b.replace(b"\n", b"")),
)
STDIN = st.lists(STDIN_LINE, max_size=8).map(lambda lines: b"\n".join(lines) + b"\n")
SETTINGS = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def documented(code, err):
    assert code in DOCUMENTED, err
    assert "internal error" not in err and "Traceback" not in err, err


def lines_in(stdin: bytes) -> int:
    return stdin.count(b"\n") + (1 if stdin and not stdin.endswith(b"\n") else 0)


def opt(name, strategy):
    return st.one_of(st.just([]), strategy.map(lambda v: [name, v]))


@SETTINGS
@given(stdin=STDIN, encoding=st.one_of(st.just("utf-8"), ENCODING))
def test_parse_stream_gives_one_record_per_line(stdin, encoding):
    code, out, err = run(["parse", "-f", "jsonl", "--encoding", encoding], stdin)
    documented(code, err)
    if code != 2:
        assert len(out.splitlines()) == lines_in(stdin)
        for line in out.splitlines():
            json.loads(line)


@SETTINGS
@given(args=st.lists(ARGUMENT, min_size=1, max_size=5), fmt=FORMAT)
def test_parse_arguments(args, fmt):
    code, out, err = run(["parse", "-f", fmt, "--", *args])
    documented(code, err)
    if code != 2 and fmt == "jsonl":
        assert len(out.splitlines()) == len(args)


@SETTINGS
@given(
    stdin=STDIN,
    to=CURRENCY,
    on=DATE,
    assume=opt("--from", CURRENCY),
    source=opt("--source", st.sampled_from(["ecb", "fred", "nope", "/dev/null", ""])),
)
def test_convert_stream_gives_one_record_per_line(stdin, to, on, assume, source):
    code, out, err = run(
        ["convert", "-f", "jsonl", "--to", to, "--on", on, *assume, *source], stdin
    )
    documented(code, err)
    if code != 2:
        assert len(out.splitlines()) == lines_in(stdin)


@SETTINGS
@given(
    stdin=STDIN,
    fmt=FORMAT,
    date=opt("--date", DATE),
    jobs=opt("--jobs", NUMBERS),
    encoding=opt("--encoding", ENCODING),
)
def test_extract(stdin, fmt, date, jobs, encoding):
    code, out, err = run(["extract", "-f", fmt, *date, *jobs, *encoding], stdin)
    documented(code, err)


@SETTINGS
@given(
    stdin=STDIN,
    fmt=FORMAT,
    date=opt("--date", DATE),
    strict=st.sampled_from([[], ["--strict"]]),
    source=opt("--source", st.sampled_from(["ecb", "fred", "nope"])),
)
def test_check(stdin, fmt, date, strict, source):
    code, out, err = run(
        ["check", "-f", fmt, *date, *strict, *source], b"date 2025-10-29\n" + stdin
    )
    documented(code, err)


@SETTINGS
@given(
    fmt=FORMAT,
    to=opt("--to", CURRENCY),
    at=opt("--at", st.one_of(st.sampled_from(["announcement", "tranche", "2025-10-29"]), DATE)),
    horizon=opt("--horizon", NUMBERS),
    discount=opt("--discount", NUMBERS),
    sort=opt("--sort", st.one_of(st.sampled_from(["total", "per-year", "date", "id"]), TEXT)),
    where=opt("--where", ARGUMENT),
    locale=opt("--locale", st.one_of(st.sampled_from(["en", "ko"]), TEXT)),
    years_rule=opt("--years-rule", st.one_of(st.sampled_from(["exact", "inclusive"]), TEXT)),
)
def test_compare_options(fmt, to, at, horizon, discount, sort, where, locale, years_rule):
    args = [
        "compare",
        "-f",
        fmt,
        *to,
        *at,
        *horizon,
        *discount,
        *sort,
        *where,
        *locale,
        *years_rule,
    ]
    code, out, err = run(args)
    documented(code, err)


@SETTINGS
@given(text=st.lists(STDIN_LINE, max_size=6), fmt=FORMAT)
def test_compare_from_text(tmp_path_factory, text, fmt):
    p = tmp_path_factory.mktemp("article") / "a.txt"
    p.write_bytes(b"date 2025-10-29\n" + b"\n".join(text))
    code, out, err = run(["compare", "-f", fmt, "--from-text", str(p)])
    documented(code, err)


@SETTINGS
@given(
    fields=st.dictionaries(
        st.sampled_from(["amount", "stated", "period", "announced", "announcer", "source_text"]),
        st.one_of(TEXT, NUMBERS),
        max_size=4,
    )
)
def test_compare_hostile_registry_entries(tmp_path_factory, fields):
    base = {
        "id": "a",
        "announcer": "A",
        "announced": "2025-10-29",
        "source": "x",
        "amount": "1달러",
    }
    base.update(fields)
    body = "[[commitment]]\n" + "".join(
        f"{k} = {v}\n" if k == "announced" and v[:1].isdigit() else f"{k} = {json.dumps(v)}\n"
        for k, v in base.items()
    )
    p = tmp_path_factory.mktemp("registry") / "r.toml"
    p.write_text(body, encoding="utf-8", errors="surrogatepass")
    for args in (["compare", str(p), "-f", "jsonl"], ["check", "--registry", str(p)]):
        code, out, err = run(args)
        documented(code, err)


PAIR = st.one_of(
    st.sampled_from(["USD/KRW", "EUR/USD", "KRW/USD", "USD/XYZ", "usd/krw", "USD", "/", "USD/USD"]),
    TEXT,
)
SOURCE = st.one_of(
    st.sampled_from(["ecb", "fred", "bok", "nope", "mine", "/dev/null", "", ".", "ECB"]), TEXT
)
RATE_ROW = st.one_of(
    st.tuples(DATE, NUMBERS).map(",".join),
    st.sampled_from(["2025-01-02,1450.5", "2025-01-03,1e999999", "2025-01-03,-1", "2025-01-02,",
                     "date,USD/KRW", "Date,DEXKOUS", "2025-01-02,.", "2025-01-02,0"]),
    TEXT.map(lambda t: t.replace("\n", " ")),
)  # fmt: skip
RATE_TEXT = st.one_of(
    st.lists(RATE_ROW, max_size=6).map(lambda rows: "\n".join(["date,rate", *rows])),
    st.lists(RATE_ROW, max_size=6).map("\n".join),
)
# a lone surrogate is no character a file can hold: written as '?'; raw bytes come from binary
RATE_FILE = st.one_of(RATE_TEXT.map(lambda t: t.encode("utf-8", "replace")), st.binary(max_size=60))


@SETTINGS
@given(
    pair=PAIR,
    on=opt("--on", DATE),
    start=opt("--from", DATE),
    end=opt("--to", DATE),
    source=opt("--source", SOURCE),
    fmt=FORMAT,
)
def test_rates_show_and_sources(pair, on, start, end, source, fmt):
    code, out, err = run(["rates", "show", pair, *on, *start, *end, *source, "-f", fmt])
    documented(code, err)
    code, out, err = run(["rates", "sources", "-f", fmt])
    documented(code, err)


@SETTINGS
@given(
    body=RATE_FILE,
    name=opt(
        "--name", st.one_of(st.sampled_from(["mine", "ECB", "a b", ".hidden", "x" * 300]), TEXT)
    ),
    pair=opt("--pair", PAIR),
    layout=opt("--layout", st.one_of(st.sampled_from(["auto", "ecb", "fred", "plain", "x"]), TEXT)),
    replace=st.sampled_from([[], ["--replace"]]),
    stdin=st.booleans(),
    then=st.tuples(PAIR, DATE, FORMAT),
)
def test_rates_import_then_show_and_sources(
    tmp_path_factory, body, name, pair, layout, replace, stdin, then
):
    if stdin:
        code, out, err = run(["rates", "import", "-", *name, *pair, *layout, *replace], body)
    else:
        p = tmp_path_factory.mktemp("rates") / "mine.csv"
        p.write_bytes(body)
        code, out, err = run(["rates", "import", str(p), *name, *pair, *layout, *replace])
    documented(code, err)
    # whatever was or was not imported, the store still answers for every series
    show_pair, on, fmt = then
    code, out, err = run(["rates", "show", show_pair, "--on", on, "-s", "mine", "-f", fmt])
    documented(code, err)
    code, out, err = run(["rates", "sources", "-f", "jsonl"])
    documented(code, err)


@pytest.fixture(scope="module")
def closed_url():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}/x"


@settings(SETTINGS, max_examples=15)
@given(
    names=st.lists(st.one_of(st.sampled_from(["ecb", "fred", "bok", "ECB", ""]), TEXT), max_size=3),
    dry_run=st.sampled_from([[], ["--dry-run"]]),
    timeout=opt("--timeout", NUMBERS),
    key=opt("--key", ARGUMENT),
    fmt=FORMAT,
)
def test_rates_update_offline(monkeypatch, closed_url, names, dry_run, timeout, key, fmt):
    for var in ("FINCLI_ECB_URL", "FINCLI_FRED_URL", "FINCLI_ECOS_URL"):
        monkeypatch.setenv(var, closed_url)
    monkeypatch.delenv("FINCLI_ECOS_KEY", raising=False)
    code, out, err = run(["rates", "update", *dry_run, *timeout, *key, "-f", fmt, "--", *names])
    documented(code, err)

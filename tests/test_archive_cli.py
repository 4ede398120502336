"""extract and check over archives: rows, folders, .gz, Parquet out, the progress bar."""

import csv
import datetime as dt
import gzip
import io
import json
import random
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from fincli.extract import EXTRACT_CSV_KEYS, EXTRACT_KEYS, flatten

ARTICLES = Path(__file__).parent / "articles"
COMPANIES = [
    "마이크로소프트",
    "아마존웹서비스(AWS)",
    "SK하이닉스",
    "삼성전자",
    "엔비디아",
    "현대차",
]
PLACES = ["울산", "인천 송도", "평택", "용인", "새만금"]


def make_rows(n: int, seed: int = 20251029) -> list[dict]:
    """Press-like rows with ids, dates in every form the date field takes, nested metadata."""
    rng = random.Random(seed)
    rows = []
    for i in range(1, n + 1):
        day = dt.date(2025, 1, 2) + dt.timedelta(days=rng.randrange(300))
        published = rng.choice(
            [
                day.isoformat(),
                day.strftime("%Y.%m.%d"),
                f"{day.isoformat()} 09:30:00+09:00",
                int(dt.datetime(day.year, day.month, day.day, 3, tzinfo=dt.UTC).timestamp()),
            ]
        )
        amount = rng.choice(
            [
                f"{rng.randint(1, 999)}억 달러",
                f"약 {rng.randint(1, 90)}조 원",
                f"${rng.randint(1, 99)}.{rng.randint(0, 9)} billion",
                f"{rng.randint(1, 9)}천억 원(미화 약 {rng.randint(1, 9)}억 달러)",
                f"향후 {rng.randint(2, 9)}년간 {rng.randint(1, 99)}.{rng.randint(1, 99)}억 유로",
            ]
        )
        body = (
            f"{rng.choice(COMPANIES)}는 {rng.choice(PLACES)}에 {amount}를 투자한다고 밝혔다. "
            f"이번 투자로 일자리 {rng.randint(100, 9000)}개가 생긴다."
        )
        rows.append({"id": f"yna-{i:05d}", "meta": {"published": published}, "body": body})
    return rows


def write_jsonl(path: Path, rows) -> Path:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "wt", encoding="utf-8") as f:
        for r in rows:
            f.write((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n")
    return path


ROWS = ["--input", "jsonl", "--text-field", "body", "--date-field", "meta.published",
        "--id-field", "id"]  # fmt: skip


@pytest.fixture(scope="module")
def archive_file(tmp_path_factory):
    return write_jsonl(tmp_path_factory.mktemp("arch") / "news.jsonl", make_rows(600))


def test_rows_give_records_with_ids_and_dates(cli, archive_file):
    r = cli(["extract", *ROWS, "-f", "jsonl", str(archive_file)])
    assert r.code == 0, r.err
    recs = r.jsonl()
    assert len(recs) >= 600
    assert {rec["id"] for rec in recs} == {f"yna-{i:05d}" for i in range(1, 601)}
    assert all(rec["date_from"] == "field: meta.published" and rec["error"] is None for rec in recs)
    assert list(recs[0]) == ["file", "id", *EXTRACT_KEYS[1:], "error"]
    first = recs[0]
    body = make_rows(1)[0]["body"]
    assert body[first["start"] : first["end"]] == first["text"]  # offsets into the row's text


def test_csv_archive_gives_the_jsonl_archive_records(cli, tmp_path, archive_file):
    rows = make_rows(600)
    with open(tmp_path / "news.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "published", "body"])
        for r in rows:
            w.writerow([r["id"], r["meta"]["published"], r["body"]])
    args = ["--text-field", "body", "--date-field", "published", "--id-field", "id", "-f", "jsonl"]
    from_csv = cli(["extract", "--input", "csv", *args, str(tmp_path / "news.csv")]).jsonl()
    from_jsonl = cli(["extract", *ROWS, "-f", "jsonl", str(archive_file)]).jsonl()
    for rec in from_csv + from_jsonl:
        del rec["file"], rec["date_from"]
    assert from_csv == from_jsonl


def test_a_bad_row_is_an_error_record_and_a_message_and_the_rest_go_on(cli, tmp_path):
    path = write_jsonl(
        tmp_path / "bad.jsonl",
        [
            {
                "id": "a",
                "body": "삼성전자는 30조 원을 투자한다.",
                "meta": {"published": "2025-10-29"},
            },
            {"id": "b", "meta": {"published": "2025-10-29"}},
            {"id": "c", "body": "50억 달러", "meta": {"published": "어제"}},
            '{"id": "d", "body": "5조 원"',
            {"id": "e", "body": {"text": "5조 원"}},
            {"id": "f", "body": "현대차는 5조 원을 쓴다.", "meta": {"published": 1761706800}},
        ],
    )
    r = cli(["extract", *ROWS, "-f", "jsonl", str(path)])
    assert r.code == 1
    got = [(rec["id"], rec["text"], rec["date"], rec["error"]) for rec in r.jsonl()]
    assert got == [
        ("a", "30조 원", "2025-10-29", None),
        ("b", None, None, "no field 'body' (the text, --text-field)"),
        ("c", None, None, f"field 'meta.published': cannot read '어제' as a date; expected {DATE_FORMS}"),
        (f"{path}:4", None, None, "not a JSON line (Expecting ',' delimiter: line 1 column 27 (char 26))"),
        ("e", None, None, "field 'body' is not text (an object)"),
        ("f", "5조 원", "2025-10-29", None),
    ]  # fmt: skip
    assert r.err.splitlines() == [
        f"fincli: error: {path}: b: no field 'body' (the text, --text-field)",
        f"fincli: error: {path}: c: field 'meta.published': cannot read '어제' as a date; expected {DATE_FORMS}",
        f"fincli: error: {path}:4: not a JSON line (Expecting ',' delimiter: line 1 column 27 (char 26))",
        f"fincli: error: {path}: e: field 'body' is not text (an object)",
    ]  # fmt: skip


DATE_FORMS = "ISO 2025-10-29, 2025.10.29, 2025-10-29 09:30:00+09:00 or epoch seconds"


def test_a_rows_date_is_its_field_else_its_dateline_else_the_option(cli, tmp_path):
    path = write_jsonl(
        tmp_path / "d.jsonl",
        [
            {
                "body": "date 2025-10-30 삼성전자는 30조 원을 쓴다.",
                "meta": {"published": "2025.11.03"},
            },
            {"body": "date 2025-10-30 삼성전자는 30조 원을 쓴다."},
            {"body": "삼성전자는 30조 원을 쓴다."},
        ],
    )
    r = cli(["extract", *ROWS, "--date", "2025-12-01", "-f", "jsonl", str(path)])
    assert [(rec["id"], rec["date"], rec["date_from"]) for rec in r.jsonl()] == [
        (f"{path}:1", "2025-11-03", "field: meta.published"),
        (f"{path}:2", "2025-10-30", "text: date 2025-10-30"),
        (f"{path}:3", "2025-12-01", "--date"),
    ]


def test_gz_and_folders_with_glob_read_as_the_plain_files(cli, tmp_path):
    text = (ARTICLES / "ai_investment_2025_10_29.txt").read_bytes()
    (tmp_path / "news" / "2025" / "10").mkdir(parents=True)
    (tmp_path / "news" / "2025" / "10" / "a.txt.gz").write_bytes(gzip.compress(text))
    (tmp_path / "news" / "2025" / "b.txt").write_bytes(text)
    (tmp_path / "news" / "2025" / "skip.md").write_bytes(text)
    plain = cli(["extract", "-f", "jsonl", str(ARTICLES / "ai_investment_2025_10_29.txt")]).jsonl()
    r = cli(["extract", "-f", "jsonl", "--glob", "*.txt*", str(tmp_path / "news")])
    assert r.code == 0, r.err
    files = [str(tmp_path / "news/2025/10/a.txt.gz"), str(tmp_path / "news/2025/b.txt")]
    got = r.jsonl()
    assert [rec["file"] for rec in got] == [files[0]] * len(plain) + [files[1]] * len(plain)
    same = [dict(p, file=None) for p in plain]
    assert [dict(rec, file=None) for rec in got] == same + same


def test_an_archive_folder_of_jsonl_gz(cli, tmp_path):
    rows = make_rows(300)
    for month in ("2025-01", "2025-02"):
        (tmp_path / "a" / month).mkdir(parents=True)
    write_jsonl(tmp_path / "a" / "2025-02" / "part-0.jsonl.gz", rows[200:])  # read second
    write_jsonl(tmp_path / "a" / "2025-01" / "part-1.jsonl.gz", rows[100:200])
    write_jsonl(tmp_path / "a" / "2025-01" / "part-0.jsonl.gz", rows[:100])
    (tmp_path / "a" / "2025-01" / "README").write_text("not an archive")
    write_jsonl(tmp_path / "whole.jsonl", rows)
    whole = cli(["extract", *ROWS, "-f", "jsonl", str(tmp_path / "whole.jsonl")]).jsonl()
    parts = cli(["extract", *ROWS, "-f", "jsonl", "--glob", "*.jsonl.gz", str(tmp_path / "a")])
    assert parts.code == 0, parts.err
    assert [dict(r, file=None) for r in parts.jsonl()] == [dict(r, file=None) for r in whole]


def test_a_folder_where_nothing_matches_is_a_usage_error(cli, tmp_path):
    (tmp_path / "a.txt").write_text("x")
    r = cli(["extract", "--glob", "*.jsonl", str(tmp_path)])
    assert (
        r.code == 2
        and r.err == f"fincli: error: {tmp_path}: no file matches --glob '*.jsonl' in this folder\n"
    )


@pytest.mark.parametrize("jobs", ["2", "auto"])
def test_jobs_give_one_process_records(cli, archive_file, jobs):
    one = cli(["extract", *ROWS, "-f", "jsonl", str(archive_file)])
    many = cli(["extract", *ROWS, "-f", "jsonl", "--jobs", jobs, str(archive_file)])
    assert many.code == one.code == 0
    assert many.out == one.out


def test_jobs_auto_is_the_cores_this_process_may_use(monkeypatch):
    from fincli import parallel

    monkeypatch.setattr(parallel.os, "sched_getaffinity", lambda pid: {0, 3, 5}, raising=False)
    assert parallel.jobs_option("auto") == 3
    assert parallel.jobs_option("4") == 4


@pytest.mark.parametrize(
    "args, message",
    [
        (["--jobs", "0"], "--jobs takes a number of processes (1, 2, ...) or auto, not '0'"),
        (["--jobs", "many"], "--jobs takes a number of processes (1, 2, ...) or auto, not 'many'"),
        (["--input", "xml"], "--input takes text, jsonl, csv, not 'xml'"),
        (["-f", "parquet"], "--format parquet writes a file: give --output FILE.parquet"),
        (["--scheduler", "tcp://127.0.0.1:9", "--jobs", "2"], "--jobs sets the workers of --scheduler local; a cluster has its own"),
    ],
)  # fmt: skip
def test_usage_errors(cli, archive_file, args, message):
    r = cli(["extract", *args, str(archive_file)])
    assert (r.code, r.err, r.out) == (2, f"fincli: error: {message}\n", "")


# -- Parquet ----------------------------------------------------------------------------


def _parquet_rows(path):
    import pyarrow.parquet as pq

    return pq.read_table(path).to_pylist()


def _as_parquet(rec: dict) -> dict:
    """A jsonl record as its Parquet row would hold it: flat, exact Decimals, dates."""
    from fincli.parquet import TYPES

    flat = flatten(rec)
    out = {}
    for k in flat:
        v, kind = flat[k], TYPES.get(k)
        if v is not None and kind == "decimal":
            v = Decimal(v)
        elif v is not None and kind == "date":
            v = dt.date.fromisoformat(v)
        out[k] = v
    return out


def test_parquet_holds_the_jsonl_records_in_order(cli, tmp_path, archive_file):
    out = tmp_path / "amounts.parquet"
    r = cli(["extract", *ROWS, "-f", "parquet", "-o", str(out), str(archive_file)])
    assert (r.code, r.out, r.err) == (0, "", "")
    js = cli(["extract", *ROWS, "-f", "jsonl", str(archive_file)]).jsonl()
    got = _parquet_rows(out)
    assert list(got[0]) == ["file", "id", *EXTRACT_CSV_KEYS[1:], "error"]
    assert got == [_as_parquet(rec) for rec in js]
    assert all(type(g["value"]) is Decimal for g in got)


def test_parquet_of_text_files_has_the_csv_columns(cli, tmp_path):
    out = tmp_path / "a.parquet"
    art = str(ARTICLES / "ai_investment_2025_10_29.txt")
    assert cli(["extract", "-f", "parquet", "-o", str(out), art]).code == 0
    got = _parquet_rows(out)
    assert list(got[0]) == EXTRACT_CSV_KEYS
    assert got == [_as_parquet(rec) for rec in cli(["extract", "-f", "jsonl", art]).jsonl()]


def test_duckdb_sums_the_parquet_values_to_the_exact_jsonl_sum(cli, tmp_path):
    import duckdb

    published = {"published": "2025-10-29"}
    archive_file = write_jsonl(
        tmp_path / "news.jsonl",
        make_rows(600)
        + [
            {"id": "cents", "body": "커피값은 $0.10에서 $0.20로 올랐다.", "meta": published},
            {"id": "2^53+1", "body": "총 9007199254740993원을 쓴다.", "meta": published},
            {"id": "small", "body": "그리고 1원을 더 쓴다.", "meta": published},
        ],
    )  # 0.1 + 0.2 and 2^53 + 1 + 1 are not what floats make of them
    out = tmp_path / "amounts.parquet"
    cli(["extract", *ROWS, "-f", "parquet", "-o", str(out), str(archive_file)])
    exact: dict = {}
    for rec in cli(["extract", *ROWS, "-f", "jsonl", str(archive_file)]).jsonl():
        key = (rec["currency"], rec["date"][:7])
        exact[key] = exact.get(key, Decimal(0)) + Decimal(rec["value"])
    got = duckdb.sql(
        f"SELECT currency, strftime(date, '%Y-%m') AS month, sum(value) FROM '{out}' "
        "GROUP BY ALL ORDER BY ALL"
    ).fetchall()
    assert {(c, m): s for c, m, s in got} == exact
    assert all(type(s) is Decimal for _, _, s in got)
    total = duckdb.sql(f"SELECT sum(value) FROM '{out}'").fetchall()[0][0]
    assert total == sum(exact.values())
    assert exact["USD", "2025-10"] % 1 == Decimal("0.30") and exact["KRW", "2025-10"] % 10 == 4


def test_a_value_parquet_cannot_hold_stops_the_run_and_leaves_no_file(cli, tmp_path):
    path = write_jsonl(tmp_path / "big.jsonl", [{"id": "x", "body": "1" + "0" * 30 + "달러"}])
    out = tmp_path / "big.parquet"
    r = cli(["extract", *ROWS, "-f", "parquet", "-o", str(out), str(path)])
    assert r.code == 1
    assert r.err == (
        "fincli: error: x at 0: value 1000000000000000000000000000000 does not fit Parquet's "
        "DECIMAL(38,10) (28 digits before the point, 10 after); --format jsonl or csv keep every digit\n"
    )
    assert list(tmp_path.glob("big.parquet*")) == []
    assert cli(["extract", *ROWS, "-f", "jsonl", str(path)]).jsonl()[0]["value"] == "1" + "0" * 30


def test_output_writes_other_formats_to_a_file(cli, tmp_path, archive_file):
    out = tmp_path / "a.csv"
    r = cli(["extract", *ROWS, "-f", "csv", "-o", str(out), str(archive_file)])
    assert (r.code, r.out) == (0, "")
    assert (
        out.read_text(encoding="utf-8")
        == cli(["extract", *ROWS, "-f", "csv", str(archive_file)]).out
    )


# -- check over archives ----------------------------------------------------------------


def test_check_over_rows_carries_ids_and_error_rows(cli, tmp_path):
    path = write_jsonl(
        tmp_path / "c.jsonl",
        [
            {"id": "ok", "body": "마이크로소프트는 50억 달러(약 7조 원)를 투자한다.", "meta": {"published": "2025-10-29"}},
            {"id": "nodate", "body": "50억 달러(약 7조 원)"},
            {"id": "bad", "meta": {"published": "2025-10-29"}},
        ],
    )  # fmt: skip
    r = cli(["check", *ROWS, "-f", "jsonl", str(path)])
    assert r.code == 1
    got = [(rec["id"], rec["verdict"], rec["date"], rec["error"]) for rec in r.jsonl()]
    assert got == [
        ("ok", "ok", "2025-10-29", None),
        ("nodate", None, None, "no date (no date field, no dateline, no --date)"),
        ("bad", None, None, "no field 'body' (the text, --text-field)"),
    ]
    assert r.err.splitlines() == [
        "fincli: error: nodate: no date (no date field, no dateline, no --date)",
        f"fincli: error: {path}: bad: no field 'body' (the text, --text-field)",
    ]


def test_check_reads_gz_articles(cli, tmp_path):
    art = ARTICLES / "ai_investment_2025_10_29.txt"
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(art.read_bytes()))
    plain = cli(["check", "-f", "jsonl", str(art)])
    gz = cli(["check", "-f", "jsonl", str(tmp_path / "a.txt.gz")])
    assert gz.code == plain.code
    assert [dict(r, file=None) for r in gz.jsonl()] == [dict(r, file=None) for r in plain.jsonl()]


# -- the progress bar -------------------------------------------------------------------


class Terminal(io.StringIO):
    def isatty(self):
        return True


def test_the_bar_goes_to_a_terminal_stderr_and_records_stay_the_same(
    cli, archive_file, monkeypatch
):
    import fincli.progress as progress

    monkeypatch.setattr(progress, "MIN_BYTES", 0)
    monkeypatch.setattr(progress, "DELAY", 0)
    plain = cli(["extract", *ROWS, "-f", "jsonl", str(archive_file)])
    term = Terminal()
    monkeypatch.setattr(sys, "stderr", term)
    monkeypatch.setattr(progress.sys, "stderr", term)
    with_bar = run_with_stderr(["extract", *ROWS, "-f", "jsonl", str(archive_file)], term)
    assert with_bar == plain.out
    assert "B/s" in term.getvalue() or "100%" in term.getvalue()
    quiet = Terminal()
    assert (
        run_with_stderr(["extract", *ROWS, "-q", "-f", "jsonl", str(archive_file)], quiet)
        == plain.out
    )
    assert quiet.getvalue() == ""


def run_with_stderr(args, stderr) -> str:
    """fincli ARGS in-process with ``stderr`` as standard error; its standard output."""
    from fincli.cli import main

    old = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = io.StringIO(), stderr
    try:
        try:
            main(list(args))
        except SystemExit:
            pass
        return sys.stdout.getvalue()
    finally:
        sys.stdout, sys.stderr = old


def test_no_bar_on_a_pipe_for_small_inputs_or_with_quiet():
    from fincli.progress import MIN_BYTES, progress

    assert progress(10 * MIN_BYTES, False, False, io.StringIO()) is None  # not a terminal
    assert progress(10 * MIN_BYTES, True, False, Terminal()) is None  # --quiet
    assert progress(MIN_BYTES - 1, False, False, Terminal()) is None  # a quick read
    assert progress(10 * MIN_BYTES, False, True, Terminal()) is None  # records on the terminal
    bar = progress(None, False, False, Terminal())  # stdin: no total, still a bar
    assert bar is not None
    bar.close()


# -- start-up -------------------------------------------------------------------------------


def test_extract_of_one_file_imports_no_heavy_library():
    code = (
        "import sys\nfrom fincli.cli import main\n"
        f"sys.argv = ['fincli', 'extract', {str(ARTICLES / 'ai_investment_2025_10_29.txt')!r}]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "heavy = {'pyarrow', 'dask', 'distributed', 'tqdm', 'rich', 'duckdb'}\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & heavy), file=sys.stderr)\n"
    )
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "50억 달러" in p.stdout
    assert p.stderr.splitlines()[-1] == "[]"


def test_jobs_keep_the_records_before_an_undecodable_line(cli, tmp_path):
    """--jobs 2 used to drop the batches still in flight when a file turned out unreadable."""
    text = (ARTICLES / "ai_investment_2025_10_29.txt").read_bytes()
    (tmp_path / "bad.txt").write_bytes(text + b"\n\n\xff\xfe " + "5조 원\n".encode())
    one = cli(["extract", "-f", "jsonl", str(tmp_path / "bad.txt")])
    two = cli(["extract", "-f", "jsonl", "--jobs", "2", str(tmp_path / "bad.txt")])
    assert one.code == two.code == 2 and "cannot decode byte" in two.err
    assert two.out == one.out and len(one.jsonl()) == 7


def test_the_readme_archive_session(cli, tmp_path):
    """README's session: tests/articles/archive_2025.jsonl to Parquet, summed by DuckDB."""
    import duckdb

    out = tmp_path / "amounts.parquet"
    args = [
        "--input",
        "jsonl",
        "--text-field",
        "body",
        "--date-field",
        "published",
        "--id-field",
        "id",
    ]
    r = cli(
        ["extract", str(ARTICLES / "archive_2025.jsonl"), *args, "-f", "parquet", "-o", str(out)]
    )
    assert (r.code, r.out, r.err) == (0, "", "")
    got = duckdb.sql(
        "SELECT currency, strftime(date, '%Y-%m') AS month, count(*) AS amounts, sum(value) AS total "
        f"FROM '{out}' GROUP BY ALL ORDER BY month, currency"
    ).fetchall()
    assert got == [
        ("USD", "2025-01", 1, Decimal("80000000000")),
        ("KRW", "2025-10", 2, Decimal("22400000000000")),
        ("USD", "2025-10", 2, Decimal("14000000000")),
        ("KRW", "2025-11", 2, Decimal("163700000000000")),
        ("USD", "2025-11", 2, Decimal("88000000000")),
        ("USD", "2025-12", 2, Decimal("2500000001.25")),
    ]


def test_a_usage_error_leaves_no_output_file(cli, tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("50억 달러")
    for fmt in ("parquet", "jsonl"):
        out = tmp_path / f"out.{fmt}"
        r = cli(["extract", "-f", fmt, "-o", str(out), "--glob", "*.jsonl", str(tmp_path / "in")])
        assert r.code == 2 and "no file matches" in r.err
        assert list(tmp_path.glob("out.*")) == []


def test_check_to_parquet_holds_the_jsonl_records(cli, tmp_path):
    out = tmp_path / "check.parquet"
    art = [str(ARTICLES / "ai_investment_2025_10_29.txt"), str(ARTICLES / "amazon_2025_11_24.txt")]
    js = cli(["check", "-f", "jsonl", *art])
    r = cli(["check", "-f", "parquet", "-o", str(out), *art])
    assert (r.code, r.out, r.err) == (js.code, "", js.err)
    from fincli.check import CHECK_KEYS
    from fincli.parquet import TYPES

    def typed(rec):
        row = {}
        for k in CHECK_KEYS:
            v, kind = rec[k], TYPES.get(k)
            if v is not None and kind == "decimal":
                v = Decimal(v)
            elif v is not None and kind == "date":
                v = dt.date.fromisoformat(v)
            elif isinstance(v, list):
                v = ";".join(v)  # as --format csv writes it
            row[k] = v
        return row

    got = _parquet_rows(out)
    assert list(got[0]) == CHECK_KEYS
    assert got == [typed(rec) for rec in js.jsonl()] and len(got) >= 3


def test_html_pages_take_folders_and_refuse_archive_rows(cli, tmp_path, archive_file):
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt.gz").write_bytes(
        gzip.compress((ARTICLES / "ai_investment_2025_10_29.txt").read_bytes())
    )
    page = cli(["extract", "-f", "html", str(tmp_path / "news")])
    assert page.code == 0 and "<html" in page.out.lower() and "50억 달러" in page.out
    rows = cli(["extract", *ROWS, "-f", "html", str(archive_file)])
    assert (rows.code, rows.out) == (2, "")
    assert rows.err == (
        "fincli: error: --format html shows articles; write archive rows as jsonl, csv or parquet\n"
    )

"""Archives as they come: folders, .gz, JSON Lines and CSV rows, their dates and ids."""

import datetime as dt
import gzip
import json
import re
from decimal import Decimal

import pytest

from fincli import archive, parallel
from fincli.archive import Fields, Meta, parse_date
from fincli.errors import InputError

ARTICLE = "서울, 2025년 10월 29일 — 마이크로소프트는 향후 5년간 50억 달러(약 7조 원)를 투자한다.\n"


# -- the date field -----------------------------------------------------------------------

DATES = [
    ("2025-10-29", "2025-10-29"),
    ("20251029", "2025-10-29"),  # ISO's basic form, not second 20,251,029 of 1970
    ("2025.10.29", "2025-10-29"),
    ("2025. 10. 29.", "2025-10-29"),
    ("2025.10.29 09:30", "2025-10-29"),
    ("2025-10-29 09:30:00+09:00", "2025-10-29"),
    ("2025-10-29T23:30:00Z", "2025-10-29"),  # the date written, in its own offset
    ("2025-10-29T00:30:00-05:00", "2025-10-29"),
    (1761698400, "2025-10-29"),  # epoch seconds: 2025-10-29 00:40 UTC
    ("1761698400", "2025-10-29"),
    (Decimal("1761739199.9"), "2025-10-29"),  # 23:59:59.9 UTC is still the 29th
    (0, "1970-01-01"),
    (" 2025-10-29 ", "2025-10-29"),
]


@pytest.mark.parametrize("value, date", DATES)
def test_date_field_forms(value, date):
    assert parse_date(value) == dt.date.fromisoformat(date)


BAD_DATES = [
    ("yesterday", "cannot read 'yesterday' as a date"),
    ("2025-13-01", "cannot read '2025-13-01'"),
    ("2025.02.30", "cannot read '2025.02.30'"),
    ("2025.10.29 25:00", "cannot read"),
    ("29/10/2025", "cannot read"),
    ("1761698400000", "milliseconds? divide by 1000"),  # epoch milliseconds: never year 57795
    (-1e12, "not a date between 1900 and 2200"),
    (True, "not a date (true or false)"),
    ({"y": 2025}, "not a date (an object)"),
    ([2025, 10, 29], "not a date (a list)"),
]


@pytest.mark.parametrize("value, message", BAD_DATES)
def test_bad_date_fields_are_errors_not_guesses(value, message):
    with pytest.raises(ValueError, match=re.escape(message)):
        parse_date(value)


# -- folders and compression --------------------------------------------------------------


@pytest.fixture
def tree(tmp_path):
    for rel in ["b/2.txt", "a/1.txt", "a/x/3.jsonl", "c.txt", ".hidden/4.txt", "a/.5.txt"]:
        p = tmp_path / "arch" / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(rel, encoding="utf-8")
    return tmp_path / "arch"


def _rel(paths, root):
    return [str(p)[len(str(root)) + 1 :] for p in paths]


def test_folders_are_walked_sorted_without_hidden_names(tree):
    assert _rel(archive.expand([str(tree)]), tree) == ["a/1.txt", "a/x/3.jsonl", "b/2.txt", "c.txt"]


@pytest.mark.parametrize(
    "glob, files",
    [
        ("*.txt", ["a/1.txt", "b/2.txt", "c.txt"]),  # a name pattern matches at any depth
        ("*.jsonl", ["a/x/3.jsonl"]),
        ("a/*", ["a/1.txt", "a/x/3.jsonl"]),  # a pattern with '/' matches the path
        ("a/*/*.jsonl", ["a/x/3.jsonl"]),
    ],
)
def test_glob_chooses_files(tree, glob, files):
    assert _rel(archive.expand([str(tree)], glob), tree) == files


def test_a_folder_with_no_match_is_an_error_naming_it(tree):
    with pytest.raises(InputError, match=r"arch: no file matches --glob '\*.csv'"):
        archive.expand([str(tree)], "*.csv")


def test_files_and_stdin_stay_as_given(tree):
    assert archive.expand(["-", str(tree / "c.txt")], "*.jsonl") == ["-", str(tree / "c.txt")]


def test_gz_reads_as_the_plain_file_and_counts_compressed_bytes(tmp_path):
    body = ("한 줄 50억 달러\n" * 5000).encode()
    (tmp_path / "a.txt").write_bytes(body)
    with gzip.open(tmp_path / "a.txt.gz", "wb") as f:
        f.write(body)
    seen = []
    with archive.BinaryLines(str(tmp_path / "a.txt.gz"), seen.append) as lines:
        assert b"".join(lines) == body
    assert sum(seen) == (tmp_path / "a.txt.gz").stat().st_size
    plain = []
    with archive.BinaryLines(str(tmp_path / "a.txt"), plain.append) as lines:
        assert b"".join(lines) == body
    assert sum(plain) == len(body)


def test_a_broken_gz_is_an_input_error(tmp_path):
    data = gzip.compress(("50억 달러\n" * 1000).encode())
    (tmp_path / "cut.gz").write_bytes(data[: len(data) // 2])
    (tmp_path / "not.gz").write_bytes(b"plain text\n")
    for name in ("cut.gz", "not.gz"):
        with pytest.raises(InputError, match=f"{name}: not a readable gzip file"):
            with archive.BinaryLines(str(tmp_path / name)) as lines:
                list(lines)


def test_a_missing_file_is_an_input_error():
    with pytest.raises(InputError, match="nope.jsonl: cannot read"):
        archive.BinaryLines("nope.jsonl")


# -- rows -------------------------------------------------------------------------------


def _jsonl(rows) -> list[bytes]:
    return [
        (r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)).encode() + b"\n"
        for r in rows
    ]


def _items(rows, fields=Fields("body", "published", "id"), date=None):
    return list(archive.jsonl_items(_jsonl(rows), "a.jsonl", fields, "utf-8", date))


def test_rows_carry_their_id_else_file_and_line():
    got = _items([{"id": "yna-1", "body": "x"}, {"body": "y"}, {"id": 7, "body": "z"}])
    assert [m.id for m, _, _ in got] == ["yna-1", "a.jsonl:2", "7"]


def test_blank_lines_are_skipped_and_lines_still_counted():
    got = _items([{"body": "x"}, "", "   ", {"body": "y"}])
    assert [m.id for m, _, _ in got] == ["a.jsonl:1", "a.jsonl:4"]


ERRORS = [
    ({"id": "r1"}, "no field 'body' (the text, --text-field)"),
    ({"id": "r1", "body": None}, "field 'body' is not text (null)"),
    ({"id": "r1", "body": 50}, "field 'body' is not text (a number)"),
    ({"id": "r1", "body": ["a"]}, "field 'body' is not text (a list)"),
    (
        {"id": "r1", "body": "x", "published": "someday"},
        "field 'published': cannot read 'someday'",
    ),
    (
        '{"id": "r1", "body": ',
        "not a JSON line (Expecting value: line 1 column 22 (char 21))",
    ),
    ("[1, 2]", "not a JSON object (a list)"),
    ("[" * 100_000 + "]" * 100_000, "JSON nested too deeply to read"),
    (
        '{"id": "r1", "body": "x", "published": 1e999}',
        "field 'published': epoch 1E+999 is not a date",
    ),
    ('{"id": "r1", "body": "x", "published": NaN}', "field 'published': epoch nan is not a date"),
]


@pytest.mark.parametrize("row, message", ERRORS)
def test_a_bad_row_is_an_error_item_and_the_rest_go_on(row, message):
    got = _items([row, {"id": "ok", "body": ARTICLE}])
    assert len(got) == 2
    (meta, _, text), (ok, _, ok_text) = got
    assert text is None and meta.error.startswith(message)
    assert ok.error is None and ok_text == ARTICLE


def test_undecodable_bytes_spoil_only_their_row():
    lines = [b'{"body": "\xff50\xec\x96\xb5"}\n', json.dumps({"body": "ok"}).encode() + b"\n"]
    got = list(archive.jsonl_items(lines, "a.jsonl", Fields("body"), "utf-8", None))
    assert got[0][0].error == "cannot decode byte 10 of line 1 as utf-8; try --encoding cp949"
    assert got[1][2] == "ok"


def test_dotted_paths_reach_into_nested_objects_and_a_spelled_key_wins():
    rows = [
        {"doc": {"text": "x"}, "meta": {"date": "2025.10.29", "ids": {"yna": "Y1"}}},
        {"doc": {"text": "y"}, "meta.date": "2025-11-03", "meta": {"date": "2025-01-01"}},
    ]
    got = _items(rows, Fields("doc.text", "meta.date", "meta.ids.yna"))
    assert [(m.id, m.date, m.date_from, t) for m, _, t in got] == [
        ("Y1", "2025-10-29", "field: meta.date", "x"),
        ("a.jsonl:2", "2025-11-03", "field: meta.date", "y"),
    ]


def test_date_precedence_field_then_dateline_then_option():
    rows = [
        {"body": ARTICLE, "published": 1762128000},  # the field wins over the dateline
        {"body": ARTICLE},  # no field: the dateline
        {"body": ARTICLE, "published": None},  # null is no field
        {"body": "no dateline here"},  # neither: --date
    ]
    got = _items(rows, date="2025-12-01")
    assert [(m.date, m.date_from) for m, _, _ in got] == [
        ("2025-11-03", "field: published"),
        ("2025-10-29", "text: 2025년 10월 29일"),
        ("2025-10-29", "text: 2025년 10월 29일"),
        ("2025-12-01", "--date"),
    ]


def test_csv_rows_with_multiline_fields_keep_their_first_line():
    text = (
        "id,published,body\n"
        'a1,2025.10.29,"첫 줄 50억 달러\n둘째 줄"\n'
        "a2,,3조 원\n"
        "\n"
        "a3,2025-10-30,짧은 줄,남는 칸\n"
        "a4,1761782400,5천억 원\n"
    )
    lines = [line.encode() for line in text.splitlines(keepends=True)]
    got = list(archive.csv_items(lines, "a.csv", Fields("body", "published"), "utf-8", None))
    assert [(m.id, m.date, m.error) for m, _, _ in got] == [
        ("a.csv:2", "2025-10-29", None),
        ("a.csv:4", None, None),
        ("a.csv:6", None, "4 fields where the header has 3"),
        ("a.csv:7", "2025-10-30", None),
    ]
    assert got[0][2] == "첫 줄 50억 달러\n둘째 줄"


def test_items_of_a_gz_archive_on_disk(tmp_path):
    path = tmp_path / "a.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write(json.dumps({"body": ARTICLE, "id": "g1"}, ensure_ascii=False) + "\n")
    got = list(archive.items(str(path), "jsonl", Fields("body", None, "id"), "utf-8", None))
    assert [(m.file, m.id, t) for m, _, t in got] == [(str(path), "g1", ARTICLE)]


# -- the pure function ----------------------------------------------------------------------


def test_extract_batch_is_the_same_over_any_batching():
    stream = [
        (Meta("f", f"r{i}", "2025-10-29", "--date"), 0, f"{i}억 달러와 {i}조 원.\n")
        for i in range(1, 400)
    ]
    stream[5] = (Meta("f", "r6", None, None, "no field 'body'"), 0, None)
    whole = parallel.extract_batch(stream)
    for size in (1, 500, 10_000):
        assert [
            r for b in parallel.batches(stream, size) for r in parallel.extract_batch(b)
        ] == whole
    assert len(whole) == 2 * 398 + 1
    assert whole[10] == {
        "file": "f",
        "id": "r6",
        "date": None,
        "date_from": None,
        "error": "no field 'body'",
    }
    assert whole[0]["text"] == "1억 달러" and whole[0]["id"] == "r1" and whole[0]["error"] is None


def test_csv_fields_of_megabytes_are_read_and_other_csv_readers_keep_their_limit():
    import csv

    big = "50억 달러. " * 100_000  # 1.4 MB in one field
    text = f'id,body\na1,"{big}"\n'
    lines = [line.encode() for line in text.splitlines(keepends=True)]
    before = csv.field_size_limit()
    got = list(archive.csv_items(lines, "a.csv", Fields("body"), "utf-8", None))
    assert [len(t) for _, _, t in got] == [len(big)]
    assert csv.field_size_limit() == before

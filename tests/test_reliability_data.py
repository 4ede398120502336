"""Broken data: rate files and registries that are corrupt, truncated, or laid out wrong."""

import shutil

import pytest

from fincli.commitments import load
from fincli.errors import DataFileError, RegistryError
from fincli.rates import Series, import_file, read_table
from fincli.resources import rates_dir


@pytest.fixture
def ecb_copy(tmp_path):
    d = tmp_path / "ecb"
    shutil.copytree(rates_dir() / "compact" / "ecb", d)
    return d


@pytest.mark.parametrize(
    "mutate,line",
    [
        (lambda t: t.replace("2025-10-29,1655.74", "2025-10-29,1655.7a4"), "2025-10-29"),
        (lambda t: t.replace("2025-10-29,1655.74", "2025-10-29,0"), "2025-10-29"),
        (lambda t: t.replace("2025-10-29,1655.74", "2025-10-29,-1655.74"), "2025-10-29"),
        (lambda t: t.replace("2025-10-29,1655.74", "2025/10/29,1655.74"), "2025-10-29"),
        (
            lambda t: t.replace("2025-10-29,1655.74\n", "2025-10-29,1655.74\n2025-10-01,1.0\n"),
            "2025-10-30",
        ),
        (lambda t: t[: len(t) // 2 + 7], None),  # truncated mid-line
        (lambda t: t.replace("\n", ";"), None),  # wrong layout
    ],
)
def test_corrupt_shipped_column_is_an_error_with_file_and_line(ecb_copy, mutate, line):
    col = ecb_copy / "KRW.csv"
    text = col.read_text()
    col.write_text(mutate(text))
    with pytest.raises(DataFileError) as e:
        Series(ecb_copy).rate("USD", "KRW", "2025-10-29")
    assert "KRW.csv" in str(e.value) and e.value.line is not None
    if line:
        assert text.splitlines()[
            e.value.line - 2 if "2025-10-01" in mutate(text) else e.value.line - 1
        ].startswith(line[:7])


def test_missing_column_or_meta(ecb_copy):
    (ecb_copy / "KRW.csv").unlink()
    with pytest.raises(DataFileError, match="missing"):
        Series(ecb_copy).rate("USD", "KRW", "2025-10-29")
    (ecb_copy / "meta.json").write_text("{not json")
    with pytest.raises(DataFileError, match="meta.json"):
        Series(ecb_copy)


@pytest.mark.parametrize(
    "content,message",
    [
        ("Date,USD,\n2025-10-29,1.1636,\n2025-10-28", "fields"),  # truncated ECB file
        ("Date;USD\n2025-10-29;1.1636\n", "layout"),  # wrong separator
        ("Date,USD,\n2025-10-29,=1+1,\n", "not a number"),  # a formula is text, not evaluated
        ("Date,USD,\n2025-10-29,__import__('os'),\n", "not a number"),
        ("date,rate\n2025-10-29,nan\n", "positive"),
        ("date,rate\n2025-10-29,inf\n", "positive"),
        ("\x00\x01\x02", "layout"),
    ],
)
def test_bad_import_files(tmp_path, content, message):
    p = tmp_path / "in.csv"
    p.write_text(content)
    with pytest.raises(DataFileError, match=message):
        read_table(p, pair="USD/KRW")


def test_not_utf8_rate_file(tmp_path):
    p = tmp_path / "in.csv"
    p.write_bytes(b"date,rate\n2025-10-29,1400\n" + b"\xff\n")
    with pytest.raises(DataFileError, match="UTF-8") as e:
        read_table(p, pair="USD/KRW")
    assert e.value.line == 3


def test_import_reads_the_path_and_writes_only_the_store(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    p = src / "mine.csv"
    p.write_text("date,rate\n2025-10-29,1400\n")
    import_file(p, "mine", pair="USD/KRW")
    assert sorted(x.name for x in src.iterdir()) == ["mine.csv"]


@pytest.mark.parametrize(
    "text,field,message",
    [
        (
            '[[commitment]]\nid = "a"\nannouncer = "A"\nannounced = 2025-10-29\nsource = "s"\namount = "1조 원"\n'
            '[[commitment]]\nid = "a"\nannouncer = "B"\nannounced = 2025-10-29\nsource = "s"\namount = "2조 원"\n',
            "id",
            "duplicate",
        ),
        (
            '[[commitment]]\nid = "a"\nannouncer = "A"\nannounced = 2025-10-29\nsource = "s"\namount = "1조 원"\n'
            'source_text = "../../etc/passwd-does-not-exist"\n',
            "source_text",
            "no such file",
        ),
        ("x = 1\n", "", "unknown top-level"),
        ("[[commitment]]\nid = \n", "", "TOML"),
    ],
)
def test_bad_registries(tmp_path, text, field, message):
    p = tmp_path / "r.toml"
    p.write_text(text)
    with pytest.raises(RegistryError, match=message) as e:
        load(p)
    assert e.value.field == field and str(p) in str(e.value)


def test_a_date_written_twice_in_a_column_is_an_error_naming_its_line(ecb_copy):
    col = ecb_copy / "KRW.csv"
    lines = col.read_text().splitlines(keepends=True)
    n = next(i for i, ln in enumerate(lines) if ln.startswith("2025-10-29,"))
    col.write_text("".join(lines[: n + 1] + ["2025-10-29,1655.75\n"] + lines[n + 1 :]))
    with pytest.raises(DataFileError, match="out of order") as e:
        Series(ecb_copy).rate("USD", "KRW", "2025-10-29")
    assert e.value.line == n + 2  # the second 2025-10-29, counting lines from 1

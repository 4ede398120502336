"""The user store and the import rules: the findings F3, F9, F12, F20, F25, F27, F33, F34 and
the rates part of F32 of the hostile-input report (2026-12-01), each as a case that failed."""

import hashlib
import json
import os
import signal
import subprocess
import sys
import threading
import tracemalloc
from decimal import Decimal as D
from pathlib import Path

import pytest

from fincli.errors import DataFileError, RateNotFoundError, UsageError
from fincli.rates import get_series, import_file, imported_names, read_table
from fincli.rates import store as store_mod


def store() -> Path:
    return Path(os.environ["FINCLI_DATA_DIR"]) / "rates"


def plain(tmp_path, name, rows, header="date,rate"):
    p = tmp_path / name
    p.write_text(header + "\n" + "".join(f"{d},{v}\n" for d, v in rows))
    return p


OLD = [("2025-10-01", "1400"), ("2025-10-02", "1401")]
NEW = [("2025-10-01", "1500"), ("2025-10-02", "1501"), ("2025-10-03", "1502")]


# -- F3: no window in which a series is missing; a killed import leaves old or new ---------


def test_the_series_is_there_at_every_rename_of_a_replacement(tmp_path, monkeypatch):
    import_file(plain(tmp_path, "a.csv", OLD), "race", pair="USD/KRW")
    seen = []

    def watch(real):
        def call(*args, **kw):
            seen.append(get_series("race").rate("USD", "KRW", "2025-10-01").value)
            result = real(*args, **kw)
            seen.append(get_series("race").rate("USD", "KRW", "2025-10-01").value)
            return result

        return call

    monkeypatch.setattr(os, "rename", watch(os.rename))
    monkeypatch.setattr(os, "replace", watch(os.replace))
    import_file(plain(tmp_path, "b.csv", NEW), "race", pair="USD/KRW", replace=True)
    assert seen and set(seen) <= {D("1400"), D("1500")}
    assert get_series("race").rate("USD", "KRW", "2025-10-03").value == D("1502")


KILLER = """
import os, signal, sys
from pathlib import Path
from fincli.rates import store
n = int(sys.argv[2])
calls = [0]
def hit(real):
    def call(*a, **k):
        calls[0] += 1
        if calls[0] == n:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(*a, **k)
    return call
for name in ("rename", "replace", "symlink", "fsync", "mkdir"):
    setattr(os, name, hit(getattr(os, name)))
store.import_file(Path(sys.argv[1]), "kill", pair="USD/KRW", replace=True)
"""


@pytest.mark.parametrize("n", range(1, 12))
def test_sigkill_at_every_step_of_an_import_leaves_old_or_new_whole(tmp_path, n):
    import_file(plain(tmp_path, "a.csv", OLD), "kill", pair="USD/KRW")
    new = plain(tmp_path, "b.csv", NEW)
    proc = subprocess.run([sys.executable, "-c", KILLER, str(new), str(n)], timeout=60)
    assert proc.returncode in (0, -signal.SIGKILL)
    s = get_series("kill")
    whole = [
        (s.first, s.last, s.rate("USD", "KRW", "2025-10-02").value),
    ]
    assert whole[0] in (
        ("2025-10-01", "2025-10-02", D("1401")),
        ("2025-10-01", "2025-10-03", D("1501")),
    )
    assert imported_names() == ["kill"]  # no temporary folder offered as a name
    with pytest.raises(UsageError) as e:
        get_series("nope")
    assert ".kill" not in str(e.value) and ".v" not in str(e.value)
    # the next import removes what the killed one left
    import_file(plain(tmp_path, "c.csv", OLD), "other", pair="USD/KRW")
    left = sorted(p.name for p in (store() / ".v").iterdir())
    assert not [x for x in left if x.startswith(".link")]
    for p in (store() / ".v").iterdir():
        assert (p / "meta.json").is_file(), p  # only whole versions stay


def test_leftovers_of_fincli_0_1_are_cleaned_and_never_names(tmp_path):
    base = store()
    (base / ".kill.9qrwi6bi").mkdir(parents=True)
    (base / ".kill.old.6459").mkdir()
    (base / ".kill.old.6459" / "meta.json").write_text("{}")
    assert imported_names() == []
    import_file(plain(tmp_path, "a.csv", OLD), "fresh", pair="USD/KRW")
    assert sorted(p.name for p in base.iterdir()) == [".lock", ".v", "fresh"]


def test_a_fincli_0_1_series_directory_is_replaced_whole(tmp_path):
    from fincli.rates import write_series

    write_series(
        read_table(plain(tmp_path, "a.csv", OLD), pair="USD/KRW"), store() / "old", "old", "t"
    )
    assert get_series("old").rate("USD", "KRW", "2025-10-01").value == D("1400")
    import_file(plain(tmp_path, "b.csv", NEW), "old", pair="USD/KRW", replace=True)
    assert get_series("old").rate("USD", "KRW", "2025-10-01").value == D("1500")
    assert (store() / "old").is_symlink()


def test_an_interrupted_move_of_a_0_1_directory_is_put_back(tmp_path):
    """The one step with a window (moving a 0.1 directory aside): the next writer repairs it."""
    import_file(plain(tmp_path, "a.csv", OLD), "moved", pair="USD/KRW")
    target = (store() / "moved").resolve()
    (store() / "moved").unlink()  # as if killed between the move and the new link
    assert imported_names() == []
    import_file(plain(tmp_path, "c.csv", OLD), "other", pair="USD/KRW")
    assert (store() / "moved").resolve() == target
    assert get_series("moved").rate("USD", "KRW", "2025-10-01").value == D("1400")


# -- F9: sha256 is the hash of the bytes imported --------------------------------------------


def test_sha256_of_stdin_is_the_hash_of_what_was_read(cli):
    data = b"date,rate\n2025-10-01,1400\n2025-10-02,1401\n"
    r = cli(["rates", "import", "-", "--pair", "USD/KRW", "--name", "piped"], stdin=data)
    assert r.code == 0, r.err
    meta = json.loads((store() / "piped" / "meta.json").read_text())
    assert meta["sha256"] == hashlib.sha256(data).hexdigest()
    assert meta["imported_from"] == "stdin" and meta["bytes"] == len(data)


def test_sha256_of_a_pipe_is_the_hash_of_what_was_read(tmp_path):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    data = b"date,rate\n2025-10-01,1400\n"

    def feed():
        with open(fifo, "wb") as fh:
            fh.write(data)

    t = threading.Thread(target=feed)
    t.start()
    import_file(fifo, "fifo", pair="USD/KRW")
    t.join()
    meta = json.loads((store() / "fifo" / "meta.json").read_text())
    assert meta["sha256"] == hashlib.sha256(data).hexdigest()


def test_the_file_is_read_once(tmp_path, monkeypatch):
    """Validation and hash come from one read: a file replaced in between cannot mix them."""
    p = plain(tmp_path, "a.csv", OLD)
    opened = []
    real_open = open

    def counting(path, *a, **k):
        if str(path) == str(p):
            opened.append(path)
        return real_open(path, *a, **k)

    monkeypatch.setattr("builtins.open", counting)
    import_file(p, "once", pair="USD/KRW")
    assert len(opened) == 1


# -- F12: names ------------------------------------------------------------------------------


@pytest.mark.parametrize("file_name", ["환율.csv", "엔화.csv", "---.csv"])
def test_a_name_that_cannot_be_made_from_the_file_name_is_asked_for(cli, tmp_path, file_name):
    p = plain(tmp_path, file_name, OLD)
    r = cli(["rates", "import", str(p), "--pair", "USD/KRW"])
    assert r.code == 2 and "--name" in r.err and imported_names() == []


def test_two_files_with_one_name_do_not_overwrite_each_other(cli, tmp_path):
    a = plain(tmp_path, "my file.csv", OLD)
    b = plain(tmp_path, "my-file.csv", NEW)
    assert cli(["rates", "import", str(a), "--pair", "USD/KRW"]).code == 0
    r = cli(["rates", "import", str(b), "--pair", "USD/JPY"])
    assert r.code == 2 and "--replace" in r.err and "my file.csv" in r.err
    assert get_series("my-file").rate("USD", "KRW", "2025-10-01").value == D("1400")
    r = cli(["rates", "import", str(b), "--pair", "USD/JPY", "--replace"])
    assert r.code == 0 and "replaced my-file" in r.err
    assert get_series("my-file").rate("USD", "JPY", "2025-10-01").value == D("1500")


def test_reimporting_the_same_file_updates_it(tmp_path):
    p = plain(tmp_path, "usdkrw.csv", OLD)
    import_file(p, pair="USD/KRW")
    p.write_text("date,rate\n" + "".join(f"{d},{v}\n" for d, v in NEW))
    assert import_file(p, pair="USD/KRW").last == "2025-10-03"


@pytest.mark.parametrize(
    "name", ["ECB", "Ecb", "fred", "bok", "BOK", "a" * 65, ".x", "a/b", "Mine"]
)
def test_reserved_and_bad_names_are_refused(cli, tmp_path, name):
    p = plain(tmp_path, "a.csv", OLD)
    r = cli(["rates", "import", str(p), "--pair", "USD/KRW", "--name", name])
    assert r.code == 2 and "Traceback" not in r.err and imported_names() == []


def test_a_hand_edited_name_in_meta_does_not_pass_for_a_shipped_series(tmp_path, cli):
    import_file(plain(tmp_path, "c.csv", [("2025-10-29", "1400")]), "c", pair="USD/KRW")
    meta_path = store() / "c" / "meta.json"
    meta = json.loads(meta_path.read_text())
    meta_path.write_text(json.dumps({**meta, "name": "ecb"}))
    rec = cli(["convert", "1달러", "--to", "KRW", "--on", "2025-10-29", "-s", "c", "-f", "jsonl"])
    assert rec.jsonl()[0]["source"] == "c"


# -- F20: problems in the data directory ---------------------------------------------------


@pytest.mark.parametrize("where", ["afile", "/dev/null", "/proc/self"])
def test_a_data_directory_that_is_not_one_is_a_clear_error(cli, tmp_path, monkeypatch, where):
    if where == "afile":
        where = str(tmp_path / "afile")
        Path(where).write_text("x")
    monkeypatch.setenv("FINCLI_DATA_DIR", where)
    p = plain(tmp_path, "a.csv", OLD)
    r = cli(["rates", "import", str(p), "--pair", "USD/KRW"])
    assert r.code == 1 and "FINCLI_DATA_DIR" in r.err and "Traceback" not in r.err
    r = cli(["rates", "sources", "-f", "jsonl"])
    assert r.code == 0 and [x["name"] for x in r.jsonl()] == ["ecb", "fred"]
    r = cli(["convert", "1달러", "--to", "KRW", "--on", "2025-10-29"])
    assert r.code == 0


def test_a_read_only_data_directory_is_a_clear_error(cli, tmp_path, monkeypatch):
    def refuse(*a, **k):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "mkdir", refuse)
    r = cli(["rates", "import", str(plain(tmp_path, "a.csv", OLD)), "--pair", "USD/KRW"])
    assert r.code == 1 and "Permission denied" in r.err and "FINCLI_DATA_DIR" in r.err


@pytest.mark.parametrize("meta", ["{}", "[]", '{"name": "c", "kind": "pair"}', "{not json"])
def test_one_corrupt_series_does_not_hide_the_others(cli, tmp_path, meta):
    import_file(plain(tmp_path, "a.csv", OLD), "good", pair="USD/KRW")
    import_file(plain(tmp_path, "b.csv", OLD), "corrupt", pair="USD/KRW")
    (store() / "corrupt" / "meta.json").write_text(meta)
    r = cli(["rates", "sources", "-f", "jsonl"])
    recs = {x["name"]: x for x in r.jsonl()}
    assert r.code == 1 and "Traceback" not in r.err and "corrupt" in r.err
    assert recs["good"]["last"] == "2025-10-02" and recs["ecb"]["error"] is None
    assert recs["corrupt"]["error"]
    r = cli(["convert", "1달러", "--to", "KRW", "--on", "2025-10-01", "-s", "corrupt"])
    assert r.code == 1 and "meta.json" in r.err and "Traceback" not in r.err
    r = cli(["convert", "1달러", "--to", "KRW", "--on", "2025-10-01", "-s", "good", "-f", "jsonl"])
    assert r.jsonl()[0]["rate"] == "1400"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every directory")
def test_an_unreadable_series_directory_is_a_clear_error(cli, tmp_path):
    import_file(plain(tmp_path, "a.csv", OLD), "good", pair="USD/KRW")
    import_file(plain(tmp_path, "b.csv", OLD), "locked", pair="USD/KRW")
    target = (store() / "locked").resolve()
    target.chmod(0)
    try:
        r = cli(["rates", "sources", "-f", "jsonl"])
        assert r.code == 1 and "good" in r.out and "Traceback" not in r.err
    finally:
        target.chmod(0o755)


# -- F25 and F20: bounded fields, exponents and lookups --------------------------------------


@pytest.mark.parametrize(
    "value,message",
    [
        ("1" * 200000, "field"),
        ("1e99999999", "plausible"),
        ("1e3000000000", "plausible"),
        ("1e-999999", "plausible"),
        ("1" * 41, "characters"),
        ("1e16", "plausible"),
    ],
)
def test_absurd_values_are_refused_before_anything_is_written(cli, tmp_path, value, message):
    p = tmp_path / "v.csv"
    p.write_text(f"date,rate\n2025-10-01,{value}\n")
    r = cli(["rates", "import", str(p), "--pair", "USD/KRW", "--name", "v"])
    assert r.code == 1 and message in r.err and "v.csv:2" in r.err
    assert not (store() / "v").exists()


def test_a_file_above_the_size_limit_is_refused(tmp_path, monkeypatch):
    from fincli.rates import layouts

    monkeypatch.setattr(layouts, "MAX_FILE_BYTES", 1 << 20)
    p = tmp_path / "big.csv"
    p.write_bytes(b"date,rate\n" + b"2025-10-01,1400\n" * 70000)
    with pytest.raises(DataFileError, match="larger than 1 MB"):
        import_file(p, "big", pair="USD/KRW")


@pytest.fixture(scope="module")
def big_store(tmp_path_factory):
    """A store holding 'big', 300,000 rows (a 5.7 MB column), written once for the module."""
    import datetime as dt

    day = dt.date(1200, 1, 1)
    d = tmp_path_factory.mktemp("big")
    p = d / "big.csv"
    with open(p, "w") as fh:
        fh.write("date,rate\n")
        for i in range(300_000):
            fh.write(f"{day + dt.timedelta(i)},{1000 + i % 500}.25\n")
    old = os.environ.get("FINCLI_DATA_DIR")
    os.environ["FINCLI_DATA_DIR"] = str(d / "data")
    try:
        import_file(p, "big", pair="USD/KRW")
    finally:
        if old is None:
            del os.environ["FINCLI_DATA_DIR"]
        else:
            os.environ["FINCLI_DATA_DIR"] = old
    return d / "data", day


@pytest.fixture
def big_series(big_store):
    import shutil

    src, day = big_store
    shutil.copytree(src / "rates", store(), symlinks=True)
    return day


def test_a_lookup_in_a_large_series_reads_a_few_lines_not_the_column(big_series):
    import datetime as dt

    s = get_series("big")
    tracemalloc.start()
    r = s.rate("USD", "KRW", "1900-06-15")
    m = s.lookup("KRW", "USD", "1900-06")
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    i = (dt.date(1900, 6, 15) - big_series).days
    assert r.value == D(1000 + i % 500) + D("0.25") and m.fixings == 30
    assert peak < 2 << 20, peak  # the column is 5.7 MB; loading it took ~60 MB
    assert s.column("USD-KRW").checked is False


def test_a_large_column_changed_behind_the_store_is_refused(big_series):
    col = store() / "big" / "USD-KRW.csv"
    with open(col, "ab") as fh:
        fh.write(b"2999-01-01,1\n")
    with pytest.raises(DataFileError, match="bytes, not the"):
        get_series("big").rate("USD", "KRW", "1900-06-15")


def test_a_bad_line_where_a_large_column_is_read_is_an_error_with_its_line(big_series):
    col = (store() / "big" / "USD-KRW.csv").resolve()
    data = bytearray(col.read_bytes())
    at = data.index(b"1900-06-15,")
    data[at + 11 : at + 12] = b"x"  # same size: only the line itself can tell
    col.write_bytes(bytes(data))
    with pytest.raises(DataFileError) as e:
        get_series("big").rate("USD", "KRW", "1900-06-15")
    assert e.value.line == data[:at].count(b"\n") + 1


def test_an_out_of_order_line_where_a_large_column_is_read_is_an_error(big_series):
    col = (store() / "big" / "USD-KRW.csv").resolve()
    data = bytearray(col.read_bytes())
    at = data.index(b"1900-06-14,")
    data[at : at + 10] = b"1900-06-16"
    col.write_bytes(bytes(data))
    with pytest.raises(DataFileError, match="out of order"):
        get_series("big").rate("USD", "KRW", "1900-06-15")


# -- F27, F33, F34, F32: layouts, pairs, messages, exit statuses ----------------------------


def test_pair_against_itself_and_unknown_currencies_are_usage_errors(cli, tmp_path):
    p = plain(tmp_path, "a.csv", OLD)
    assert cli(["rates", "import", str(p), "--pair", "USD/USD"]).code == 2
    assert cli(["rates", "import", str(p), "--pair", "USD/XYZ"]).code == 2
    r = cli(["rates", "show", "USD/XYZ", "--on", "2025-10-29"])
    assert r.code == 2 and "XYZ" in r.err
    assert imported_names() == []


@pytest.mark.parametrize(
    "header,message",
    [("date,rate", "not the ECB layout"), ("Date,USD,EUR,", "anchor"), ("Date,USD,XXX,", "XXX")],
)
def test_ecb_layout_is_the_ecb_layout(tmp_path, header, message):
    p = tmp_path / "e.csv"
    width = header.count(",")
    p.write_text(header + "\n2025-10-01" + ",1.1" * width + "\n")
    with pytest.raises(DataFileError, match=message):
        import_file(p, "e", pair="USD/KRW", layout="ecb")


def test_a_plain_file_as_source_names_its_pair_in_the_header(cli, tmp_path):
    p = plain(tmp_path, "usdkrw.csv", [("2025-10-29", "1400")], header="date,USD/KRW")
    r = cli(["convert", "1달러", "--to", "KRW", "--on", "2025-10-29", "-s", str(p), "-f", "jsonl"])
    assert r.code == 0 and r.jsonl()[0]["rate"] == "1400"
    bare = plain(tmp_path, "bare.csv", [("2025-10-29", "1400")])
    r = cli(["convert", "1달러", "--to", "KRW", "--on", "2025-10-29", "-s", str(bare)])
    assert r.code == 2 and "date,USD/KRW" in r.err and "rates import" in r.err


def test_a_series_directory_as_source(cli):
    from fincli.resources import rates_dir

    d = str(rates_dir() / "compact" / "fred")
    r = cli(["convert", "1달러", "--to", "KRW", "--on", "2025-10-29", "-s", d, "-f", "jsonl"])
    assert r.code == 0 and r.jsonl()[0]["rate"] == "1420.83"


def test_no_common_day_names_each_currency_s_coverage(cli):
    r = cli(["rates", "show", "TRL/TRY", "--on", "2005"])
    assert r.code == 1 and "(it covers - to -)" not in r.err
    assert "TRL 1999-01-04 to 2004-12-31" in r.err and "TRY 2005-01-03" in r.err


def test_on_and_a_range_together_are_a_usage_error(cli):
    r = cli(["rates", "show", "USD/KRW", "--on", "2025-10-29", "--from", "2025-10-01"])
    assert r.code == 2 and "--on" in r.err


def test_a_date_past_the_end_names_rates_update():
    with pytest.raises(RateNotFoundError, match="fincli rates update"):
        get_series("ecb").rate("USD", "KRW", "2026-12-01")
    with pytest.raises(RateNotFoundError, match="fincli rates update"):
        get_series("fred").lookup("USD", "KRW", "2026-11")


def test_a_note_past_the_end_names_rates_update(cli):
    r = cli(["convert", "1달러", "--to", "KRW", "--on", "2026-11-05"])
    assert r.code == 0 and "fincli rates update" in r.err and "2026-10-30" in r.err
    r = cli(["convert", "1달러", "--to", "KRW", "--on", "2025-11-01"])
    assert r.code == 0 and "rates update" not in r.err  # a weekend inside the series


def test_bok_before_an_update_says_how_to_get_it(cli):
    r = cli(["convert", "1달러", "--to", "KRW", "--on", "2025-10-29", "--source", "bok"])
    assert r.code == 1 and "fincli rates update bok" in r.err


def test_store_module_keeps_its_rules(tmp_path):
    assert store_mod.default_name(Path("USD_KRW 2025.csv")) == "usd_krw-2025"
    assert store_mod.default_name(Path("환율.csv")) == ""


def test_the_store_keeps_the_current_version_and_the_one_before(tmp_path):
    p = plain(tmp_path, "a.csv", OLD)
    written = []
    for _ in range(4):
        import_file(p, "k", pair="USD/KRW")
        written.append((store() / "k").resolve().name)
    assert sorted(x.name for x in (store() / ".v").iterdir()) == sorted(written[-2:])

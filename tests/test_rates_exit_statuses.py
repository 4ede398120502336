"""The rates commands follow README's one exit-status table, row by row: 0, 1 (data), 2
(usage), 70 (the safety net), 74 (standard output cannot be written), 130, 141, 143.

Nothing here uses the network: ``rates update`` is pointed at a closed port on 127.0.0.1.
"""

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

FINCLI = [sys.executable, "-m", "fincli"]
ROOT = Path(__file__).resolve().parent.parent
RANGE = ["rates", "show", "EUR/USD", "--from", "2025-10-01", "--to", "2025-10-31"]


def closed_port() -> str:
    """A URL on 127.0.0.1 that refuses connections (a port bound, then let go)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}/x"


@pytest.fixture
def offline(monkeypatch):
    url = closed_port()
    for var in ("FINCLI_ECB_URL", "FINCLI_FRED_URL", "FINCLI_ECOS_URL"):
        monkeypatch.setenv(var, url)


@pytest.fixture
def plain_csv(tmp_path):
    p = tmp_path / "won.csv"
    p.write_text("date,rate\n2025-01-02,1450.5\n2025-01-03,1449\n", encoding="utf-8")
    return p


# -- 0 -------------------------------------------------------------------------------------


def test_0_for_each_command(cli, plain_csv):
    assert cli(["rates", "show", "USD/KRW", "--on", "2025-10-29"]).code == 0
    r = cli([*RANGE, "-f", "jsonl"])
    assert r.code == 0 and len(r.jsonl()) == 23
    assert cli(["rates", "sources", "-f", "jsonl"]).code == 0
    r = cli(["rates", "import", str(plain_csv), "--pair", "USD/KRW", "--name", "won"])
    assert r.code == 0 and "imported won" in r.err
    assert cli(["rates", "update", "--dry-run", "-f", "jsonl"]).code == 0


# -- 1: data errors ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["rates", "show", "USD/KRW", "--on", "1990-01-01"],
        ["rates", "show", "USD/KRW", "--from", "1980-01-01", "--to", "1980-02-01"],
        ["rates", "show", "USD/KRW", "--from", "2025-10-10", "--to", "2025-10-01"],
    ],
)
def test_1_for_a_rate_that_is_not_there(cli, args):
    r = cli(args)
    assert r.code == 1 and r.err.startswith("fincli: error: no USD/KRW") and not r.out


def test_1_for_a_bad_rate_file(cli, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("date,rate\n2025-01-02,abc\n", encoding="utf-8")
    r = cli(["rates", "import", str(bad), "--pair", "USD/KRW", "--name", "bad"])
    assert r.code == 1 and "bad.csv:2: not a number" in r.err
    r = cli(["rates", "import", "-", "--name", "empty"], stdin=b"")
    assert r.code == 1 and "empty file" in r.err


def test_1_for_a_corrupt_stored_series_and_the_others_still_listed(cli, plain_csv, tmp_path):
    assert cli(["rates", "import", str(plain_csv), "--pair", "USD/KRW", "--name", "won"]).code == 0
    meta = next((tmp_path / "userdata").rglob("meta.json"))
    meta.write_text("{not json", encoding="utf-8")
    r = cli(["rates", "sources", "-f", "jsonl"])
    recs = {rec["name"]: rec for rec in r.jsonl()}
    assert r.code == 1 and recs["won"]["error"] and recs["ecb"]["error"] is None


def test_1_for_a_refused_update(cli, offline):
    r = cli(["rates", "update", "ecb", "--timeout", "2", "-f", "jsonl"])
    assert r.code == 1 and "cannot connect" in r.err
    assert r.jsonl()[0]["status"] == "refused"


# -- 2: usage ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["rates", "show"],
        ["rates", "show", "USDKRW", "--on", "2025-10-29"],
        ["rates", "show", "USD/XYZ", "--on", "2025-10-29"],
        ["rates", "show", "USD/KRW", "--on", "yesterday"],
        ["rates", "show", "USD/KRW", "--from", "2025-10"],
        ["rates", "show", "USD/KRW", "--on", "2025-10-29", "--to", "2025-10-30"],
        ["rates", "show", "USD/KRW", "-s", "nope"],
        ["rates", "show", "USD/KRW", "-f", "yaml"],
        ["rates", "sources", "-f", "yaml"],
        ["rates", "sources", "extra"],
        ["rates", "nope"],
        ["rates", "import", "/no/such/file.csv"],
        ["rates", "import", "."],
        ["rates", "import", "-"],
        ["rates", "import", "x.csv", "--layout", "nope"],
        ["rates", "update", "nope"],
        ["rates", "update", "bok"],
        ["rates", "update", "--timeout", "0"],
        ["rates", "update", "-f", "yaml"],
    ],
)
def test_2_for_usage(cli, args, offline, monkeypatch):
    monkeypatch.delenv("FINCLI_ECOS_KEY", raising=False)
    r = cli(args)
    assert r.code == 2, r.err
    assert "Traceback" not in r.err and not r.out


def test_2_for_a_bad_pair_to_import(cli, plain_csv):
    r = cli(["rates", "import", str(plain_csv), "--pair", "USD/USD", "--name", "same"])
    assert r.code == 2 and "two different currencies" in r.err


# -- 70: the safety net --------------------------------------------------------------------


def _boom(*args, **kwargs):
    raise RuntimeError("something no one foresaw")


def test_70_for_a_bug_in_rates_show(cli, monkeypatch):
    from fincli.rates.series import Series

    monkeypatch.setattr(Series, "lookup", _boom)
    r = cli(["rates", "show", "USD/KRW", "--on", "2025-10-29"])
    assert r.code == 70 and "internal error: RuntimeError: something no one foresaw" in r.err
    assert "report" in r.err and "Traceback" not in r.err


def test_70_for_a_bug_mid_range_keeps_the_records_made(cli, monkeypatch):
    from fincli.rates.series import Series

    real = Series.iter_history

    def history(self, *args):
        for i, row in enumerate(real(self, *args)):
            if i == 3:
                raise RuntimeError("something no one foresaw")
            yield row

    monkeypatch.setattr(Series, "iter_history", history)
    r = cli([*RANGE, "-f", "json"])
    assert r.code == 70 and "internal error" in r.err
    assert len(json.loads(r.out)) == 3  # the three records made before it are written whole


def test_70_for_a_bug_in_one_series_the_others_listed(cli, monkeypatch):
    from fincli.rates import series

    real = series._origin_of

    def origin(s):
        if s.name == "fred":
            raise RuntimeError("something no one foresaw")
        return real(s)

    monkeypatch.setattr(series, "_origin_of", origin)
    r = cli(["rates", "sources", "-f", "jsonl"])
    recs = {rec["name"]: rec for rec in r.jsonl()}
    assert r.code == 70 and recs["fred"]["error"].startswith("internal error: RuntimeError")
    assert recs["ecb"]["error"] is None and "series fred: internal error" in r.err


def test_70_for_a_bug_in_import(cli, plain_csv, monkeypatch):
    from fincli.rates import store

    monkeypatch.setattr(store, "parse_table", _boom)
    r = cli(["rates", "import", str(plain_csv), "--pair", "USD/KRW", "--name", "won"])
    assert r.code == 70 and "internal error: RuntimeError" in r.err and "Traceback" not in r.err


def test_70_for_a_bug_in_one_update_the_next_still_tried(cli, offline, monkeypatch):
    from fincli.rates import update

    real = update.update

    def one_broken(name, *args, **kwargs):
        if name == "ecb":
            raise RuntimeError("something no one foresaw")
        return real(name, *args, **kwargs)

    monkeypatch.setattr(update, "update", one_broken)
    r = cli(["rates", "update", "ecb", "fred", "--timeout", "2", "-f", "jsonl"])
    recs = r.jsonl()
    assert r.code == 70 and [rec["series"] for rec in recs] == ["ecb", "fred"]
    assert recs[0]["error"].startswith("internal error: RuntimeError")
    assert "cannot connect" in recs[1]["error"] and "Traceback" not in r.err


# -- 74, 141: standard output --------------------------------------------------------------


def _env(tmp_path):
    return {**os.environ, "FINCLI_DATA_DIR": str(tmp_path / "userdata")}


@pytest.mark.parametrize(
    "args",
    [
        [*RANGE, "-f", "jsonl"],
        [*RANGE, "-f", "table"],
        ["rates", "show", "USD/KRW", "--on", "2025-10-29"],
        ["rates", "sources"],
        ["rates", "update", "--dry-run"],
    ],
)
@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_74_for_a_full_disk_and_a_closed_stdout(tmp_path, args):
    with open("/dev/full", "w") as full:
        p = subprocess.run(
            [*FINCLI, *args], stdout=full, stderr=subprocess.PIPE, cwd=ROOT, env=_env(tmp_path)
        )
    err = p.stderr.decode()
    assert p.returncode == 74 and "cannot write to standard output" in err
    assert "Traceback" not in err and "Exception ignored" not in err
    p = subprocess.run(
        [*FINCLI, *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT,
        env=_env(tmp_path), preexec_fn=lambda: os.close(1),
    )  # fmt: skip
    err = p.stderr.decode()
    assert p.returncode == 74 and "standard output is closed" in err and "Traceback" not in err


def test_141_when_the_reader_goes_away(tmp_path):
    p = subprocess.Popen(
        [*FINCLI, "rates", "show", "EUR/USD", "--from", "1999-01-04", "-f", "jsonl"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env=_env(tmp_path),
    )
    first = p.stdout.readline()
    p.stdout.close()  # what `| head -1` does; 7,000 fixings are more than a pipe holds
    err = p.stderr.read().decode()
    assert p.wait(timeout=60) == 141, err
    assert json.loads(first)["rate_date"] == "1999-01-04"
    assert "Traceback" not in err and "BrokenPipe" not in err


# -- 130, 143: signals ---------------------------------------------------------------------


def _as_in_a_terminal() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)  # see test_reliability_streams


@pytest.mark.parametrize("sig, code", [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_130_and_143_for_an_import_waiting_on_stdin(tmp_path, sig, code):
    p = subprocess.Popen(
        [*FINCLI, "rates", "import", "-", "--name", "slow", "--pair", "USD/KRW"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env=_env(tmp_path),
        start_new_session=True,
        preexec_fn=_as_in_a_terminal,
    )
    p.stdin.write(b"date,rate\n2025-01-02,1450\n")
    p.stdin.flush()  # stdin stays open: the import waits for the rest
    deadline = time.monotonic() + 30
    while not _reading_stdin(p.pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    os.killpg(p.pid, sig)
    rc = p.wait(timeout=60)
    err = p.stderr.read().decode()
    p.stdin.close()
    assert rc == code, err
    assert "Traceback" not in err and "imported" not in err
    assert not (tmp_path / "userdata" / "rates" / "slow").exists()


def _reading_stdin(pid: int) -> bool:
    """fincli has started and waits in read(0) on the pipe (its signal handlers are in)."""
    read = {"x86_64": "0", "aarch64": "63"}.get(os.uname().machine)
    try:
        wchan = Path(f"/proc/{pid}/wchan").read_text()
        syscall = Path(f"/proc/{pid}/syscall").read_text().split()
    except OSError:
        return True  # no /proc: the deadline above is all there is
    return "pipe_read" in wchan or syscall[:2] == [read, "0x0"]

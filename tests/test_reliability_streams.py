"""Streams and processes: one record per line, errors counted, pipes and signals handled."""

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

FINCLI = [sys.executable, "-m", "fincli"]
ROOT = Path(__file__).resolve().parent.parent


def mixed_lines(n=5000, seed=5):
    rng = random.Random(seed)
    good = [
        "약 7조 원",
        "50억 달러",
        "$3.5 billion",
        "최대 1,250억달러",
        "2조4천억 원",
        "20~30억원",
        "€7.5 billion",
    ]
    bad = [
        "abc",
        "조",
        "3백2천억",
        "1" + "0" * 80 + "원",
        "",
        "원전",
        "\u200b",
        "1억억 원",
        "\xff\xfe",
    ]
    lines, valid = [], []
    for _ in range(n):
        if rng.random() < 0.6:
            lines.append(rng.choice(good))
            valid.append(True)
        else:
            lines.append(rng.choice(bad))
            valid.append(False)
    return lines, valid


@pytest.mark.parametrize(
    "args",
    [
        ["parse", "-f", "jsonl"],
        ["convert", "-f", "jsonl", "--to", "USD", "--on", "2025-10-29"],
    ],
)
def test_5000_mixed_lines_give_5000_records(cli, args):
    lines, valid = mixed_lines()
    r = cli(args, "\n".join(lines) + "\n")
    recs = r.jsonl()
    assert len(recs) == 5000 and r.code == 1
    assert "Traceback" not in r.err
    for rec, ok, line in zip(recs, valid, lines, strict=True):
        assert rec["input"] == line
        if ok:
            assert rec["error"] is None
            if args[0] == "convert":
                assert rec["converted"]
        else:
            assert rec["error"]
    assert r.err.count("\n") == valid.count(False)


@pytest.mark.parametrize(
    "args,stdin,code",
    [
        (["parse", "-f", "jsonl"], "1조 원\n", 0),
        (["parse", "-f", "jsonl"], "", 0),  # empty input: no records, success
        (["parse", "-f", "jsonl", "--fail-fast"], "x\n1조 원\n", 1),
        (
            ["convert", "-f", "jsonl", "--to", "USD", "--on", "2025-10-29", "--fail-fast"],
            "1조 원\nx\n2조\n",
            1,
        ),
        (["extract", "-f", "jsonl", "-"], "", 0),
        (["check", "-f", "jsonl", "--date", "2025-10-29", "-"], "", 0),
    ],
)
def test_exit_statuses(cli, args, stdin, code):
    assert cli(args, stdin).code == code


def test_fail_fast_stops_output(cli):
    r = cli(["parse", "-f", "jsonl", "--fail-fast"], "1조 원\nx\n2조 원\n")
    assert len(r.jsonl()) == 2


def _big_file(tmp_path) -> Path:
    p = tmp_path / "big.txt"
    p.write_text(
        "약 7조 원을 투자한다. 50억 달러(약 7조 원)를 쓴다.\n\n" * 40_000, encoding="utf-8"
    )
    return p


def test_head_closes_the_pipe_quietly(tmp_path):
    big = _big_file(tmp_path)
    p1 = subprocess.Popen(
        [*FINCLI, "extract", "-f", "jsonl", str(big)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    first = p1.stdout.readline()
    p1.stdout.close()  # what `| head -1` does
    err = p1.stderr.read().decode()
    code = p1.wait(timeout=60)
    assert first.startswith(b"{") and "Traceback" not in err and "BrokenPipe" not in err
    assert code in (0, 1, 141)  # typer's click exits 1, quietly, when the reader goes away


def _as_in_a_terminal() -> None:
    """Ctrl-C reaches a foreground process with SIGINT at its default. A test run started in
    the background by a non-interactive shell inherits SIGINT ignored, which Python keeps."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_exits_130_without_traceback_and_whole_records(tmp_path, jobs):
    """Input that never ends (a writer thread keeps the pipe open), so fincli is surely running."""
    import threading

    out = tmp_path / "out.jsonl"
    para = "약 7조 원을 투자한다. 50억 달러(약 7조 원)를 쓴다.\n\n".encode() * 2000
    stop = threading.Event()
    with open(out, "wb") as fh:
        p = subprocess.Popen(
            [*FINCLI, "extract", "-f", "jsonl", "--jobs", jobs, "-"],
            stdin=subprocess.PIPE,
            stdout=fh,
            stderr=subprocess.PIPE,
            cwd=ROOT,
            start_new_session=True,
            preexec_fn=_as_in_a_terminal,
        )

        written = [0]

        def feed():
            try:
                while not stop.is_set():
                    p.stdin.write(para)
                    p.stdin.flush()
                    written[0] += len(para)
            except (BrokenPipeError, OSError, ValueError):
                pass

        t = threading.Thread(target=feed, daemon=True)
        t.start()
        deadline = time.monotonic() + 60
        while written[0] < 4 * len(para) and time.monotonic() < deadline:
            time.sleep(0.05)  # past the pipe's buffer: fincli has started and is reading
        assert p.poll() is None and written[0] >= 4 * len(para)
        os.killpg(p.pid, signal.SIGINT)  # Ctrl-C goes to the whole process group
        code = p.wait(timeout=60)
        stop.set()
        err = p.stderr.read().decode()
    assert code == 130, err
    assert "Traceback" not in err
    data = out.read_bytes()
    assert data == b"" or data.endswith(b"\n")  # complete records only
    import json

    for line in data.splitlines():
        json.loads(line)


def test_line_buffered_flushes_each_record():
    p = subprocess.Popen(
        [*FINCLI, "--line-buffered", "parse", "-f", "jsonl"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    p.stdin.write("1조 원\n".encode())
    p.stdin.flush()
    line = p.stdout.readline()  # arrives before stdin is closed
    p.stdin.close()
    p.wait(timeout=30)
    assert b'"value": "1000000000000"' in line

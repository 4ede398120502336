"""A hostile run of the installed ``fincli`` across every command and option, beyond the
report of 2026-12 (shared/research/hostile-inputs-2026-12.md): generated expressions, articles,
registries and option values, pipes, full disks, closed descriptors and signals.

    python bench/hostile_run.py [--cases N] [--seed S] [--jobs J]

Every case runs the command line as a user would (a subprocess, under a timeout) and is
judged: a Python traceback, an exit status outside the README's table, an ``internal error``,
a timeout, a stream that does not give one record per input line, output that is not valid
JSON/CSV, an extract record whose offsets do not slice its text, ``--jobs 2`` output that
differs from ``--jobs 1``, or a signal that leaves half a record. It prints the counts per
command and kind, and the first examples of each failure. Not part of the test suite (it
takes minutes); it needs no network.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

FINCLI = [sys.executable, "-m", "fincli"]
ROOT = Path(__file__).resolve().parent.parent
DOCUMENTED = {0, 1, 2, 74, 130, 141, 143}
TIMEOUT = 60

DIGITS = [
    "1",
    "5",
    "50",
    "1,250",
    "3.5",
    "0",
    "00",
    "9" * 29,
    "9" * 45,
    "１２",
    "٣",
    "五",
    "오십",
    "이천",
]
UNITS = ["", "만", "억", "조", "경", "해", "천", "백", "천억", "萬", "億", "兆", "천만", "억만"]
CURRENCIES = ["원", "달러", "유로", "엔", "위안", "파운드", "$", "€", "£", "¥", "₩", "USD ", "KRW ",
              "EUR ", " billion", "bn", " trillion", "k", "B", "dollars", "원화", "불", ""]  # fmt: skip
PREFIXES = [
    "",
    "약 ",
    "최대 ",
    "총 ",
    "미화 ",
    "-",
    "−",
    "△",
    "마이너스 ",
    "about ",
    "up to ",
    "연간 ",
    "=",
    "+",
    "@",
]
SUFFIXES = [
    "",
    "가량",
    " 이상",
    "여",
    "씩",
    "대",
    "을",
    " a year",
    "(약 7조 원)",
    "(0원)",
    "(약 -7조 원)",
]
NOISE = ["\u200b", "\u00a0", "\u3000", "\ufeff", "\u202e", "\u0301", "\x00", "\r", "\t", "😀",
         "\ud800", "ｘ", "~", "～", "–", "to", "(", ")", "[", "]", ",", ".", "'", '"', "\\"]  # fmt: skip
CODES = [
    "USD",
    "KRW",
    "EUR",
    "JPY",
    "CNY",
    "GBP",
    "IDR",
    "VND",
    "CHF",
    "TRY",
    "TRL",
    "XYZ",
    "usd",
    "",
]
ON = ["2025-10-29", "2025-10", "2025", "1999-01-04", "1998-12-31", "2026-12-01", "9999-12-31",
      "2025-02-30", "0000-01-01", "2024-02-29", "", " ", "2025-W44", "２０２５-10-29", "1e3"]  # fmt: skip


def expression(rng: random.Random) -> str:
    parts = [rng.choice(PREFIXES)]
    for _ in range(rng.choice([1, 1, 1, 2, 3])):
        parts.append(rng.choice(DIGITS) + rng.choice(UNITS))
        if rng.random() < 0.15:
            parts.append(rng.choice(["~", "–", " to ", "-"]))
    parts.append(rng.choice(CURRENCIES))
    parts.append(rng.choice(SUFFIXES))
    s = "".join(parts)
    if rng.random() < 0.3:
        k = rng.randrange(len(s) + 1)
        s = s[:k] + rng.choice(NOISE) + s[k:]
    if rng.random() < 0.03:
        s = s * rng.choice([50, 500])
    return s


def article(rng: random.Random) -> bytes:
    lines = []
    if rng.random() < 0.7:
        lines.append(rng.choice(["date 2025-10-29", "2025년 10월 29일", "입력 2025.10.29 14:00",
                                 "SEOUL, Oct. 29, 2025 (Yonhap) -- ", "1999년 1월 5일 설립된 회사"]))  # fmt: skip
    for _ in range(rng.randrange(1, 30)):
        words = []
        for _ in range(rng.randrange(1, 12)):
            r = rng.random()
            if r < 0.35:
                words.append(expression(rng))
            elif r < 0.5:
                words.append(
                    rng.choice(["향후 5년간", "2031년까지", "연간", "올해", "5년 동안", "매년"])
                )
            else:
                words.append(rng.choice(["회사는", "투자한다.", "밝혔다.", "제1조", "H100", "원전", "이유로",
                                         "100만 가구", "3GW", "그리고", "\n", "\n\n"]))  # fmt: skip
        lines.append(" ".join(words))
    sep = rng.choice(["\n", "\r\n", "\r"])
    data = sep.join(lines).encode("utf-8", "surrogatepass")
    if rng.random() < 0.1:
        k = rng.randrange(len(data) + 1)
        data = data[:k] + bytes(rng.randrange(256) for _ in range(rng.randrange(1, 5))) + data[k:]
    if rng.random() < 0.05:
        data = b"\xef\xbb\xbf" + data
    return data


def registry(rng: random.Random) -> str:
    out = []
    for i in range(rng.randrange(1, 6)):
        fields = {
            "id": f"e{i}",
            "announcer": rng.choice(["A", "=cmd", "-2+3", "삼성", "@x", "\\t"]),
            "announced": rng.choice(
                ["2025-10-29", "2020-01-01", "9999-06-01", "0001-01-01", "1999-01-04"]
            ),
            "source": "x",
            "amount": expression(rng),
        }
        if rng.random() < 0.5:
            fields["stated"] = expression(rng)
        if rng.random() < 0.5:
            fields["period"] = rng.choice(
                ["향후 5년간", "2031년까지", "연간", "올해", "2020년까지", "영년간", "x"]
            )
        body = "[[commitment]]\n"
        for k, v in fields.items():
            body += (
                f"{k} = {v}\n"
                if k == "announced"
                else f"{k} = {json.dumps(v, ensure_ascii=False)}\n"
            )
        out.append(body)
    return "\n".join(out)


class Case:
    def __init__(self, command, args, stdin=b"", kind="plain", lines=None, files=()):
        self.command, self.args, self.stdin, self.kind = command, args, stdin, kind
        self.lines, self.files = lines, files


def judge(case: Case, code, out: bytes, err: str) -> list[str]:
    bad = []
    if "Traceback" in err:
        bad.append("traceback")
    if code not in DOCUMENTED:
        bad.append(f"exit {code}")
    if "internal error" in err:
        bad.append("internal error")
    fmt = case.args[case.args.index("-f") + 1] if "-f" in case.args else "table"
    if code in (0, 1) and fmt == "jsonl":
        try:
            # records end with "\n" only: str.splitlines() would also cut at U+0085 or
            # U+2028, which JSON strings may hold as they are
            recs = [json.loads(line) for line in out.decode("utf-8").split("\n")[:-1]]
        except (ValueError, UnicodeDecodeError):
            bad.append("invalid json")
            recs = None
        if recs is not None and case.lines is not None and len(recs) != case.lines:
            bad.append("not one record per line")
        if recs is not None and case.command == "extract" and case.files:
            text = Path(case.files[0]).read_bytes().decode("utf-8", "replace")
            if not any(ch in text for ch in "\ufffd"):
                for r in recs:
                    if text[r["start"] : r["end"]] != r["text"]:
                        bad.append("offsets do not slice the text")
                        break
    if code in (0, 1) and fmt == "json" and out:  # a fatal error before any record prints none
        try:
            json.loads(out.decode("utf-8"))
        except (ValueError, UnicodeDecodeError):
            bad.append("invalid json")
    if code in (0, 1) and fmt == "csv" and case.lines is not None:
        rows = list(csv.reader(io.StringIO(out.decode("utf-8", "replace"), newline="")))
        if len(rows) != case.lines + 1:
            bad.append("csv rows != lines + 1")
    return bad


def argv(text: str) -> str:
    """An argument as a shell can pass it: any bytes but NUL (a lone surrogate becomes the
    bytes that spell it, which are not UTF-8, as a shell would hand them over)."""
    raw = text.replace("\x00", "").encode("utf-8", "surrogatepass")
    return raw.decode("utf-8", "surrogateescape")


def run_case(case: Case):
    args = [argv(a) for a in case.args]
    try:
        p = subprocess.run(
            [*FINCLI, case.command, *args] if case.command != "rates" else [*FINCLI, *args],
            input=case.stdin,
            capture_output=True,
            timeout=TIMEOUT,
            cwd=ROOT,
        )
    except subprocess.TimeoutExpired:
        return case, ["timeout"], ""
    err = p.stderr.decode("utf-8", "replace")
    return case, judge(case, p.returncode, p.stdout, err), err[-300:]


def build(rng: random.Random, n: int, tmp: Path) -> list[Case]:
    cases: list[Case] = []
    fmts = ["table", "jsonl", "csv", "json"]
    for i in range(n):
        r = i % 10
        fmt = rng.choice(fmts)
        if r in (0, 1):  # parse: arguments or a stream
            exprs = [expression(rng) for _ in range(rng.randrange(1, 6))]
            if rng.random() < 0.5:
                args = ["-f", fmt, "--", *[e.replace("\x00", "") for e in exprs]]
                cases.append(Case("parse", args, lines=len(exprs)))
            else:
                data = (
                    "\n".join(e.replace("\n", " ").replace("\r", " ") for e in exprs).encode(
                        "utf-8", "surrogatepass"
                    )
                    + b"\n"
                )
                enc = rng.choice(["utf-8", "utf-8", "cp949", "latin-1", "base64", "utf-16"])
                cases.append(Case("parse", ["-f", fmt, "--encoding", enc], data, lines=len(exprs)))
        elif r in (2, 3):  # convert
            exprs = [
                expression(rng).replace("\n", " ").replace("\r", " ")
                for _ in range(rng.randrange(1, 5))
            ]
            args = ["-f", fmt, "--to", rng.choice(CODES), "--on", rng.choice(ON)]
            if rng.random() < 0.3:
                args += ["--from", rng.choice(CODES)]
            if rng.random() < 0.2:
                args += ["--source", rng.choice(["fred", "ecb", "nope", "/dev/null"])]
            data = "\n".join(exprs).encode("utf-8", "surrogatepass") + b"\n"
            cases.append(Case("convert", args, data, lines=len(exprs)))
        elif r in (4, 5):  # extract, files and stdin, jobs
            p = tmp / f"a{i}.txt"
            p.write_bytes(article(rng))
            args = ["-f", fmt, str(p)]
            if rng.random() < 0.3:
                args += ["--date", rng.choice(ON)]
            if rng.random() < 0.3:
                args += ["-j", rng.choice(["1", "2", "3", "0", "-1", "300"])]
            cases.append(Case("extract", args, files=(str(p),)))
        elif r == 6:  # check
            p = tmp / f"c{i}.txt"
            p.write_bytes(article(rng))
            args = ["-f", fmt, str(p)]
            if rng.random() < 0.3:
                args += ["--date", rng.choice(ON)]
            if rng.random() < 0.2:
                args += ["--strict"]
            cases.append(Case("check", args))
        elif r in (7, 8):  # compare, registries and options
            p = tmp / f"r{i}.toml"
            p.write_text(registry(rng), encoding="utf-8", errors="surrogatepass")
            args = [str(p), "-f", rng.choice([*fmts, "markdown"])]
            for opt, vals in (
                ("--to", CODES),
                ("--at", ["announcement", "tranche", "2025-10-29", "Tranche", "", "2025"]),
                ("--discount", ["0.05", "-0.5", "1e99", "-0.999999", "0", "abc", "1e-50"]),
                ("--horizon", ["1", "5", "100", "101", "0"]),
                ("--years-rule", ["exact", "inclusive", "exclusive", "x"]),
                ("--sort", ["total", "per-year", "date", "announcer", "id", "x"]),
                ("--locale", ["en", "ko", "fr"]),
                ("--bar", ["per-year", "total", "x"]),
                ("--where", ["A", "", "=", "삼"]),
            ):
                if rng.random() < 0.3:
                    args += [opt, rng.choice(vals)]
            if rng.random() < 0.2:
                a = tmp / f"t{i}.txt"
                a.write_bytes(article(rng))
                args = ["--from-text", str(a), *args[1:]]
            if rng.random() < 0.1:
                args = ["--registry", str(p), "-f", "jsonl"]
                cases.append(Case("check", args))
                continue
            cases.append(Case("compare", args))
        else:  # rates show / sources
            pair = rng.choice(
                ["USD/KRW", "EUR/USD", "KRW/JPY", "USD/XYZ", "usd/krw", "USD", "TRL/TRY"]
            )
            args = ["rates", "show", pair, "-f", fmt]
            if rng.random() < 0.5:
                args += ["--on", rng.choice(ON)]
            else:
                args += ["--from", rng.choice(ON), "--to", rng.choice(ON)]
            if rng.random() < 0.2:
                args = ["rates", "sources", "-f", fmt]
            cases.append(Case("rates", args))
    return cases


def jobs_parity(rng: random.Random, tmp: Path, n: int) -> list[tuple[str, list[str]]]:
    """--jobs 2 and --jobs 1 give byte-identical output, bad bytes or not."""
    out = []
    for i in range(n):
        p = tmp / f"j{i}.txt"
        p.write_bytes(b"".join(article(rng) + b"\n\n" for _ in range(400)))
        one = subprocess.run(
            [*FINCLI, "extract", "-f", "jsonl", "-j", "1", str(p)], capture_output=True, cwd=ROOT
        )
        two = subprocess.run(
            [*FINCLI, "extract", "-f", "jsonl", "-j", "2", str(p)], capture_output=True, cwd=ROOT
        )
        bad = (
            []
            if (one.stdout, one.returncode) == (two.stdout, two.returncode)
            else ["jobs 2 != jobs 1"]
        )
        out.append(("extract -j", bad))
    return out


def pipes_and_descriptors(tmp: Path) -> list[tuple[str, list[str]]]:
    big = tmp / "big.txt"
    big.write_text(
        "date 2025-10-29\n" + "약 7조 원을 투자한다. 50억 달러(약 7조 원)를 쓴다.\n\n" * 3000,
        encoding="utf-8",
    )
    runs = []
    cmds = [["extract", str(big)], ["check", str(big)], ["parse", "1억원"] * 1, ["compare"],
            ["rates", "show", "USD/KRW", "--from", "2020-01-01", "--to", "2025-10-01"], ["rates", "sources"]]  # fmt: skip
    for cmd in cmds:
        for fmt in ("table", "jsonl", "csv", "json"):
            args = [*FINCLI, *cmd, "-f", fmt]
            for how in ("head", "full", "closed-out", "closed-in"):
                if how == "head":
                    p = subprocess.Popen(
                        args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT
                    )
                    p.stdout.readline()
                    p.stdout.close()
                    err = p.stderr.read().decode()
                    code = p.wait(timeout=TIMEOUT)
                    bad = ["traceback"] if "Traceback" in err else []
                    if code not in (0, 141):
                        bad.append(f"head exit {code}")
                elif how == "full":
                    with open("/dev/full", "w") as full:
                        p = subprocess.run(
                            args, stdout=full, stderr=subprocess.PIPE, cwd=ROOT, timeout=TIMEOUT
                        )
                    err = p.stderr.decode()
                    bad = ["traceback"] if "Traceback" in err else []
                    if p.returncode != 74:
                        bad.append(f"/dev/full exit {p.returncode}")
                elif how == "closed-out":
                    p = subprocess.run(
                        ["sh", "-c", '"$@" >&-', "sh", *args],
                        stderr=subprocess.PIPE,
                        cwd=ROOT,
                        timeout=TIMEOUT,
                    )
                    err = p.stderr.decode()
                    bad = ["traceback"] if "Traceback" in err else []
                    if p.returncode not in (74,):
                        bad.append(f">&- exit {p.returncode}")
                else:
                    p = subprocess.run(
                        ["sh", "-c", '"$@" <&-', "sh", *args],
                        stdout=subprocess.DEVNULL,
                        stderr=subprocess.PIPE,
                        cwd=ROOT,
                        timeout=TIMEOUT,
                    )
                    err = p.stderr.decode()
                    bad = ["traceback"] if "Traceback" in err else []
                    if p.returncode not in DOCUMENTED:
                        bad.append(f"<&- exit {p.returncode}")
                runs.append((f"{cmd[0]} {how}", bad))
    return runs


def signals(rng: random.Random, tmp: Path, n: int) -> list[tuple[str, list[str]]]:
    data = "".join(f"{rng.randint(1, 9999)}억 달러\n" for _ in range(200_000)).encode()
    src = tmp / "lines.txt"
    src.write_bytes(data)
    runs = []
    for i in range(n):
        sig = (signal.SIGINT, signal.SIGTERM)[i % 2]
        cmd = rng.choice(
            [
                ["parse", "-f", "jsonl"],
                ["convert", "--to", "KRW", "--on", "2025-10-29", "-f", "jsonl"],
            ]
        )
        with open(src, "rb") as fh:
            p = subprocess.Popen(
                [*FINCLI, *cmd], stdin=fh, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT
            )
            out, t0, delay, sent = b"", time.monotonic(), 0.5 + rng.random() * 2.5, False
            while chunk := p.stdout.read(4096):
                out += chunk
                time.sleep(0.005)  # a slow reader
                if not sent and time.monotonic() - t0 > delay:
                    p.send_signal(sig)
                    sent = True
            code = p.wait()
            err = p.stderr.read().decode()
        bad = ["traceback"] if "Traceback" in err else []
        if out and not out.endswith(b"\n"):
            bad.append("half a record at the end")
        try:
            for line in out.splitlines():
                json.loads(line)
        except ValueError:
            bad.append("a broken record")
        if sent and code not in (0, 128 + sig):
            bad.append(f"signal exit {code}")
        runs.append((f"{cmd[0]} {signal.Signals(sig).name}", bad))
    return runs


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", type=int, default=1500)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--jobs", type=int, default=2)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    tmp = Path(tempfile.mkdtemp(prefix="fincli-hostile-"))
    os.environ["FINCLI_DATA_DIR"] = str(tmp / "data")
    try:
        cases = build(rng, a.cases, tmp)
        results: list[tuple[str, list[str]]] = []
        examples: dict[str, list[str]] = defaultdict(list)
        with ThreadPoolExecutor(a.jobs) as pool:
            for case, bad, err in pool.map(run_case, cases):
                results.append((case.command, bad))
                for b in bad:
                    if len(examples[b]) < 3:
                        examples[b].append(
                            f"{case.command} {case.args!r:.200} stdin={case.stdin[:80]!r} :: {err[-200:]}"
                        )
        results += jobs_parity(rng, tmp, 20)
        results += pipes_and_descriptors(tmp)
        results += signals(rng, tmp, 12)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    per = Counter(c for c, _ in results)
    broke = Counter(c for c, bad in results if bad)
    kinds = Counter(b for _, bad in results for b in bad)
    print(f"{len(results)} runs, {sum(broke.values())} with a problem")
    for c in sorted(per):
        print(f"  {c:20} {per[c]:5} runs  {broke[c]:4} broke")
    for k, v in kinds.most_common():
        print(f"  {k}: {v}")
        for ex in examples.get(k, []):
            print(f"      e.g. {ex}")


if __name__ == "__main__":
    main()

"""Hold a refactor to byte-identical output: run every command over the same inputs, keep what
each printed, and compare two such runs.

    python scripts/same_output.py run OUT [--root CHECKOUT] [--inputs DIR]
    python scripts/same_output.py compare A B

``run`` runs ``python -m fincli`` from CHECKOUT (default: this one, imported through
PYTHONPATH, so any checkout can be run with this .venv) once per case below, with an empty user
data directory, and writes each case's stdout, stderr and exit status to OUT/NAME.out, .err and
.rc; the checkout's own path is written as ``<root>`` so two checkouts compare. The inputs are
the seed articles (tests/articles), the registry (seeds/), a 2 MB bench corpus and expression
file (bench/gen.py, fixed seed, made once into DIR) and the kinds of input the tests use (bad
bytes, cp949, a BOM, CRLF, missing files, bad options). ``compare`` lists every case whose
output differs, or is missing on one side, and exits 1 if there is one.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
A1 = "tests/articles/ai_investment_2025_10_29.txt"
A2 = "tests/articles/amazon_2025_11_24.txt"
REG = "seeds/commitments.toml"
FORMATS = ("table", "jsonl", "csv", "json")
EXPRS = ["약 2조4천억 원", "최대 1,250억달러", "$150–170 billion", "수조 원", "연간 1천억 원",
         "3백2천억", "50억 달러", "20~30억원", "-3조", "△3조", "마이너스 3조", "$50B", "1.250억",
         "오십억 원", "x", "", "1조 원 이상", "¥3,000", "€12.5 million", "35조2000억"]  # fmt: skip


def cases(inputs: Path) -> list[tuple[str, list[str], bytes]]:
    """(name, argv, stdin) for every run."""
    corpus, exprs = str(inputs / "corpus.txt"), str(inputs / "exprs.txt")
    bad, cp949 = str(inputs / "bad_bytes.txt"), str(inputs / "cp949.txt")
    stream = "\n".join(EXPRS).encode() + b"\n"
    article = Path(HERE, A1).read_bytes()
    out: list[tuple[str, list[str], bytes]] = [
        ("noargs", [], b""),
        ("help", ["--help"], b""),
        ("line-buffered", ["--line-buffered", "parse", "-f", "jsonl", "1조", "x"], b""),
        ("traceback-ok", ["--traceback", "parse", "1조"], b""),
    ]
    for cmd in ("parse", "convert", "extract", "check", "compare", "rates"):
        out.append((f"help-{cmd}", [cmd, "--help"], b""))
    for cmd in ("show", "sources", "import"):
        out.append((f"help-rates-{cmd}", ["rates", cmd, "--help"], b""))
    # parse
    for f in FORMATS:
        out.append((f"parse-args-{f}", ["parse", "-f", f, "--", *EXPRS], b""))
        out.append((f"parse-stdin-{f}", ["parse", "-f", f], stream))
    out += [
        ("parse-dash", ["parse", "-f", "jsonl", "-"], stream),
        ("parse-badbytes", ["parse", "-f", "jsonl"], b"1\xec\xa1\xb0 \xec\x9b\x90\n\xff\xfe\n"),
        (
            "parse-cp949",
            ["parse", "-f", "jsonl", "--encoding", "cp949"],
            "50억 달러\n".encode("cp949"),
        ),
        ("parse-cp949-wrong", ["parse", "-f", "jsonl"], "50억 달러\n".encode("cp949")),
        (
            "parse-bom-crlf",
            ["parse", "-f", "jsonl"],
            b"\xef\xbb\xbf1\xec\xa1\xb0 \xec\x9b\x90\r\n$5\r\n",
        ),
        (
            "parse-failfast",
            ["parse", "-f", "jsonl", "--fail-fast"],
            "1조 원\nxx\n2조 원\n".encode(),
        ),
        ("parse-badformat", ["parse", "--format", "yaml", "1조"], b""),
        ("parse-badoption", ["parse", "--no-such-option"], b""),
        ("parse-badencoding", ["parse", "--encoding", "nope"], b"1\n"),
        ("parse-exprs-jsonl", ["parse", "-f", "jsonl"], Path(exprs).read_bytes()),
        ("parse-exprs-stdin", ["parse", "-f", "csv"], Path(exprs).read_bytes()),
    ]
    # convert
    conv = ["convert", "--to", "KRW", "--on", "2025-10-29"]
    for f in FORMATS:
        out.append((f"convert-args-{f}", [*conv, "-f", f, "--", *EXPRS], b""))
    out += [
        ("convert-stdin", [*conv, "-f", "jsonl"], stream),
        (
            "convert-from",
            ["convert", "--to", "USD", "--on", "2025-10-29", "--from", "KRW", "-f", "jsonl"],
            stream,
        ),
        ("convert-weekend", ["convert", "1달러", "--to", "KRW", "--on", "2025-11-01"], b""),
        (
            "convert-before",
            ["convert", "1달러", "--to", "KRW", "--on", "1990-01-01", "-f", "jsonl"],
            b"",
        ),
        ("convert-year", ["convert", "$1", "--to", "KRW", "--on", "2025", "-f", "jsonl"], b""),
        ("convert-month", ["convert", "$1", "--to", "KRW", "--on", "2025-10", "-f", "jsonl"], b""),
        ("convert-fred", ["convert", "$1", "--to", "KRW", "--on", "2020-03-02", "-s", "fred"], b""),
        ("convert-jpy", ["convert", "$1", "--to", "JPY", "--on", "2025-10-29", "-f", "csv"], b""),
        ("convert-latest", ["convert", "$1", "--to", "KRW"], b""),
        ("convert-badto", ["convert", "1달러", "--to", "XXX", "--on", "2025-10-29"], b""),
        ("convert-badon", ["convert", "1달러", "--to", "KRW", "--on", "yesterday"], b""),
        (
            "convert-badsource",
            ["convert", "1달러", "--to", "KRW", "--on", "2025-10-29", "-s", "nope"],
            b"",
        ),
        (
            "convert-exprs",
            ["convert", "--to", "USD", "--on", "2025-10-29", "--from", "KRW", "-f", "jsonl"],
            Path(exprs).read_bytes(),
        ),
    ]
    # extract
    for f in FORMATS:
        out.append((f"extract-a1-{f}", ["extract", "-f", f, A1], b""))
        out.append((f"extract-both-{f}", ["extract", "-f", f, A1, A2], b""))
        out.append((f"extract-both-jobs2-{f}", ["extract", "-f", f, "--jobs", "2", A1, A2], b""))
    out += [
        ("extract-date", ["extract", "-f", "jsonl", "--date", "2024-01-02", A2], b""),
        ("extract-baddate", ["extract", "--date", "2024-01", A2], b""),
        ("extract-stdin", ["extract", "-f", "jsonl"], article),
        (
            "extract-stdin-csv-date",
            ["extract", "-f", "csv", "--date", "2025-10-29"],
            "향후 5년간 50억 달러(약 7조 원)".encode(),
        ),
        ("extract-stdin-jobs2", ["extract", "-f", "jsonl", "--jobs", "2", "-"], article),
        ("extract-missing", ["extract", "-f", "jsonl", A1, "no/such/file.txt", A2], b""),
        ("extract-badbytes", ["extract", "-f", "jsonl", bad], b""),
        ("extract-badbytes-jobs2", ["extract", "-f", "jsonl", "-j", "2", bad], b""),
        ("extract-cp949", ["extract", "-f", "jsonl", "--encoding", "cp949", cp949], b""),
        ("extract-cp949-wrong", ["extract", "-f", "jsonl", cp949], b""),
        ("extract-badformat", ["extract", "-f", "markdown", A1], b""),
    ]
    for f in ("jsonl", "csv", "table"):
        out.append((f"extract-corpus-{f}", ["extract", "-f", f, corpus], b""))
    out.append(("extract-corpus-jobs2", ["extract", "-f", "jsonl", "--jobs", "2", corpus], b""))
    out.append(("extract-corpus-jobs2-csv", ["extract", "-f", "csv", "-j", "2", corpus], b""))
    # check
    for f in FORMATS:
        out.append((f"check-a1-{f}", ["check", "-f", f, A1], b""))
        out.append((f"check-both-{f}", ["check", "-f", f, A1, A2], b""))
        out.append((f"check-registry-{f}", ["check", "-f", f, "--registry", REG], b""))
    stated = "향후 5년간 50억 달러(약 7조 원)를 투자한다.\n".encode()
    out += [
        ("check-strict", ["check", "--strict", "-f", "jsonl", A1, A2], b""),
        ("check-registry-and-file", ["check", "-f", "jsonl", "--registry", REG, A2], b""),
        ("check-registry-fred", ["check", "-f", "jsonl", "-s", "fred", "--registry", REG], b""),
        ("check-stdin-date", ["check", "--date", "2025-10-29"], stated),
        ("check-stdin-date-strict", ["check", "--date", "2025-10-29", "--strict"], stated),
        ("check-stdin-nodate", ["check"], stated),
        ("check-missing", ["check", "-f", "jsonl", "no/such/file.txt", A1], b""),
        ("check-baddate", ["check", "--date", "soon", A1], b""),
        ("check-badbytes", ["check", "-f", "jsonl", "--date", "2025-10-29", bad], b""),
        ("check-corpus", ["check", "-f", "jsonl", "--date", "2025-10-29", corpus], b""),
        ("check-corpus-nodate", ["check", "-f", "jsonl", corpus], b""),
    ]
    # compare
    for f in ("table", "markdown", "csv", "jsonl", "json"):
        out.append((f"compare-{f}", ["compare", "-f", f], b""))
        out.append(
            (f"compare-ko-krw-{f}", ["compare", "--locale", "ko", "--to", "KRW", "-f", f], b"")
        )
        out.append(
            (
                f"compare-fromtext-{f}",
                ["compare", "--from-text", A1, "--from-text", A2, "-f", f],
                b"",
            )
        )
    for opts in (["--where", "Microsoft"], ["--where", "amazon", "-f", "markdown"],
                 ["--at", "tranche"], ["--at", "2025-01-02"], ["--years-rule", "inclusive"],
                 ["--years-rule", "exclusive"], ["--horizon", "10"], ["--discount", "0.05"],
                 ["--discount", "-0.5", "--at", "tranche", "--horizon", "3"],
                 ["--bar", "total"], ["--to", "EUR", "--locale", "ko"], ["--source", "fred"],
                 ["--sort", "per-year"], ["--sort", "date"], ["--sort", "announcer"], ["--sort", "id"],
                 [REG], ["--to", "JPY", "--at", "tranche", "-f", "jsonl"],
                 ["--sort", "size"], ["--discount", "x"], ["--discount", "-1"], ["--at", "soon"],
                 ["--locale", "fr"], ["--bar", "x"], ["--years-rule", "x"], ["--to", "XXX"],
                 ["--horizon", "0"], ["no/such.toml"], ["--from-text", "no/such.txt"],
                 ["--from-text", corpus, "-f", "jsonl"]):  # fmt: skip
        out.append(
            ("compare-" + "_".join(o.replace("/", "~") for o in opts), ["compare", *opts], b"")
        )
    # rates (read-only)
    for f in FORMATS:
        out.append(
            (f"rates-show-{f}", ["rates", "show", "USD/KRW", "--on", "2025-10-29", "-f", f], b"")
        )
        out.append(
            (
                f"rates-range-{f}",
                ["rates", "show", "EUR/USD", "--from", "2025-10-27", "--to", "2025-10-31", "-f", f],
                b"",
            )
        )
        out.append((f"rates-sources-{f}", ["rates", "sources", "-f", f], b""))
    out += [
        ("rates-show-fred", ["rates", "show", "USD/KRW", "--on", "2025-10-29", "-s", "fred", "-f", "jsonl"], b""),
        ("rates-show-month", ["rates", "show", "USD/KRW", "--on", "2025-10"], b""),
        ("rates-show-latest", ["rates", "show", "USD/JPY"], b""),
        ("rates-show-badpair", ["rates", "show", "USDKRW", "--on", "2025-10-29"], b""),
        ("rates-show-empty-range", ["rates", "show", "USD/KRW", "--from", "1980-01-01", "--to", "1980-02-01"], b""),
    ]  # fmt: skip
    return out


def make_inputs(inputs: Path) -> None:
    inputs.mkdir(parents=True, exist_ok=True)
    gen = [sys.executable, str(HERE / "bench" / "gen.py")]
    if not (inputs / "corpus.txt").exists():
        subprocess.run([*gen, "corpus", str(inputs / "corpus.txt"), "--mb", "2"], check=True)
    if not (inputs / "exprs.txt").exists():
        subprocess.run([*gen, "exprs", str(inputs / "exprs.txt"), "--lines", "3000"], check=True)
    article = Path(HERE, A1).read_bytes()
    (inputs / "bad_bytes.txt").write_bytes(article[:300] + b"\n\xff\xfe broken\n" + article[300:])
    (inputs / "cp949.txt").write_bytes(Path(HERE, A1).read_text().encode("cp949", "replace"))


def run(out: Path, root: Path, inputs: Path) -> None:
    make_inputs(inputs)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as data:
        env = dict(os.environ, PYTHONPATH=str(root), FINCLI_DATA_DIR=data, COLUMNS="100")
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        for name, argv, stdin in cases(inputs):
            p = subprocess.run([sys.executable, "-m", "fincli", *argv], input=stdin,
                               capture_output=True, cwd=root, env=env)  # fmt: skip
            rootb = str(root).encode()
            (out / f"{name}.out").write_bytes(p.stdout.replace(rootb, b"<root>"))
            (out / f"{name}.err").write_bytes(p.stderr.replace(rootb, b"<root>"))
            (out / f"{name}.rc").write_text(f"{p.returncode}\n")
    print(f"{len(list(out.glob('*.rc')))} cases in {out}", file=sys.stderr)


def compare(a: Path, b: Path) -> int:
    names = sorted({p.name for p in a.iterdir()} | {p.name for p in b.iterdir()})
    bad = [n for n in names if not (a / n).exists() or not (b / n).exists()
           or (a / n).read_bytes() != (b / n).read_bytes()]  # fmt: skip
    for n in bad:
        print(f"differs: {n}")
    print(f"{len(names)} files, {len(bad)} differ", file=sys.stderr)
    return 1 if bad else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run")
    r.add_argument("out", type=Path)
    r.add_argument("--root", type=Path, default=HERE)
    r.add_argument(
        "--inputs", type=Path, default=Path(tempfile.gettempdir()) / "fincli-same-output-inputs"
    )
    c = sub.add_parser("compare")
    c.add_argument("a", type=Path)
    c.add_argument("b", type=Path)
    args = ap.parse_args()
    if args.cmd == "run":
        run(args.out, args.root.resolve(), args.inputs)
        return 0
    return compare(args.a, args.b)


if __name__ == "__main__":
    sys.exit(main())

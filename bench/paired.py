"""Hold extraction's speed against another checkout: the same corpus, the same machine, the runs
interleaved, so that the machine's drift from one minute to the next falls on both alike.

    python bench/paired.py --base CHECKOUT [--rounds 7] [--corpus bench/out/corpus-10mb.txt]

CHECKOUT is a directory holding another version of fincli (``git worktree add /tmp/base REV``);
both are run with this environment's Python, the other one imported through PYTHONPATH (as
``scripts/same_output.py`` does), so only fincli's own code differs. Each round runs, for each
side in turn: ``fincli extract -f jsonl CORPUS`` (CPU time of the process), and the bench's own
10 MB stage code (``bench/run.py`` STAGES: the floor, the number pattern alone and reading every
amount, each as a ratio to the floor that same run measured). It prints the median and the
minimum of each, and main / base. The corpus is made by ``bench/gen.py corpus --mb 10`` (fixed
seed) if it is not there.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def stage_code(corpus: Path) -> str:
    src = (HERE / "run.py").read_text(encoding="utf-8")
    start = src.index('STAGES = """') + len('STAGES = """')
    body = src[start : src.index('"""', start)]
    return body.replace("{path!r}", repr(str(corpus))).replace("\\\\d", "\\d")


def cpu_of(cmd: list[str], env: dict) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(cmd, stdout=subprocess.DEVNULL, env=env, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--base", required=True, help="the other checkout")
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--corpus", default=str(HERE / "out" / "corpus-10mb.txt"))
    a = ap.parse_args()
    corpus = Path(a.corpus)
    if not corpus.exists():
        corpus.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [sys.executable, str(HERE / "gen.py"), "corpus", str(corpus), "--mb", "10"], check=True
        )
    sides = {"base": Path(a.base).resolve(), "main": ROOT}
    code = stage_code(corpus)
    cli: dict[str, list[float]] = {k: [] for k in sides}
    stages: dict[str, list[tuple[float, float]]] = {k: [] for k in sides}
    for _ in range(a.rounds):
        for name, root in sides.items():
            env = dict(os.environ, PYTHONPATH=str(root))
            cli[name].append(
                cpu_of([sys.executable, "-m", "fincli", "extract", "-f", "jsonl", str(corpus)], env)
            )
            out = subprocess.run(
                [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
            )
            floor, scan, reading = map(float, out.stdout.split()[:3])
            stages[name].append((scan / floor, reading / floor))
    print(f"{a.rounds} interleaved rounds on {corpus} ({corpus.stat().st_size / 1e6:.1f} MB)")
    print(f"{'':34s}{'base':>10s}{'main':>10s}{'main/base':>11s}")
    rows = [
        ("fincli extract -f jsonl, s CPU", [statistics.median(cli[k]) for k in sides]),
        ("  (minimum)", [min(cli[k]) for k in sides]),
        (
            "number pattern alone, x floor",
            [statistics.median(x[0] for x in stages[k]) for k in sides],
        ),
        (
            "reading every amount, x floor",
            [statistics.median(x[1] for x in stages[k]) for k in sides],
        ),
    ]
    for label, (base, main_) in rows:
        print(f"{label:34s}{base:10.3f}{main_:10.3f}{main_ / base:10.3f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())

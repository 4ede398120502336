"""`--format html` through the command line: the records in the page are the jsonl records,
errors show on the page, and nothing of it is imported by the other formats."""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from test_html import HOSTILE, SEEDS, Tags

# -- the records in the page are the jsonl records ---------------------------------------


def _records(page: str, kind: str) -> list[dict]:
    p = Tags()
    p.feed(page)
    out = []
    for t, body in p.scripts:
        if t == "application/json":
            out.extend(json.loads(body).get(kind, []))
    return out


def _keys_and_values(records):
    return [(list(r), r) for r in records]


@pytest.mark.parametrize("files", [SEEDS[:1], SEEDS], ids=["one", "all"])
def test_check_page_records_are_checks_jsonl(cli, files, tmp_path):
    hostile = tmp_path / "hostile.txt"
    hostile.write_text(HOSTILE, encoding="utf-8")
    files = [*files, str(hostile)]
    page = cli(["check", *files, "--format", "html"])
    jsonl = cli(["check", *files, "--format", "jsonl"])
    assert page.code == jsonl.code and page.err == jsonl.err
    assert _keys_and_values(_records(page.out, "check")) == _keys_and_values(jsonl.jsonl())
    extract = cli(["extract", *files, "--format", "jsonl"]).jsonl()
    assert _keys_and_values(_records(page.out, "extract")) == _keys_and_values(extract)
    assert len(re.findall(r'<section class="file"', page.out)) == len(files)


def test_extract_page_records_are_extracts_jsonl(cli):
    page = cli(["extract", *SEEDS, "--format", "html"])
    assert page.code == 0
    want = cli(["extract", *SEEDS, "--format", "jsonl"]).jsonl()
    assert _keys_and_values(_records(page.out, "extract")) == _keys_and_values(want)
    assert _records(page.out, "check") == []


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["--to", "KRW", "--locale", "ko"],
        ["--at", "tranche", "--where", "a"],
        ["--from-text", SEEDS[-1], "--sort", "date"],
    ],
)
def test_compare_page_records_are_compares_jsonl(cli, args):
    page = cli(["compare", *args, "--format", "html"])
    want = cli(["compare", *args, "--format", "jsonl"])
    assert page.code == want.code == 0
    assert _keys_and_values(_records(page.out, "compare")) == _keys_and_values(want.jsonl())
    assert page.out.count('class="bar ') == sum(
        (r["per_year"] is not None) + (r["total"] is not None) for r in want.jsonl()
    )


def test_check_page_marks_follow_the_records(cli):
    (seed,) = [s for s in SEEDS if "2025_10_29" in s]
    page = cli(["check", seed, "--format", "html"]).out
    marks = re.findall(r'<span class="m v-([a-z-]+)" id="f1-a\d+"[^>]*data-start="(\d+)"', page)
    extract = cli(["extract", seed, "--format", "jsonl"]).jsonl()
    checks = {r["start"]: r["verdict"] for r in cli(["check", seed, "--format", "jsonl"]).jsonl()}
    assert [int(s) for _, s in marks] == [r["start"] for r in extract]
    assert [v for v, _ in marks] == [checks.get(r["start"], "none") for r in extract]
    assert "v-suspect" in {f"v-{v}" for v, _ in marks}


def test_unreadable_input_is_a_note_on_the_page(cli, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"date 2025-10-29\n50\xec\x96\xb5 \xeb\x8b\xac\xeb\x9f\xac\n\xff\n")
    r = cli(["check", str(bad), "--format", "html"])
    assert r.code == 2 and "cannot decode" in r.err
    assert "cannot decode" in r.out and "50억 달러" in r.out


# -- nothing for html is imported by the other formats -----------------------------------

PROBE = """
import sys
from pathlib import Path
from fincli.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
print("fincli.html" in sys.modules, file=sys.stderr)
"""


@pytest.mark.parametrize(
    "args",
    [
        ["check", SEEDS[0], "--format", "jsonl"],
        ["check", SEEDS[0]],
        ["extract", SEEDS[0], "--format", "jsonl"],
        ["compare", "--format", "jsonl"],
        ["compare"],
    ],
)
def test_other_formats_do_not_import_html(args):
    r = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True)
    assert r.stderr.strip().splitlines()[-1] == "False", r.stderr


def test_html_format_does_import_it():
    args = ["check", SEEDS[0], "--format", "html"]
    r = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True)
    assert r.stderr.strip().splitlines()[-1] == "True"


@pytest.mark.parametrize(
    "source, credit",
    [
        ("ecb", "Source: ECB statistics."),
        ("fred", "[DEXKOUS], retrieved from FRED, Federal Reserve Bank of St. Louis."),
    ],
)
def test_the_footer_credits_the_rate_source(cli, source, credit):
    page = cli(["check", SEEDS[0], "--source", source, "--format", "html"]).out
    footer = page[page.index("<footer>") :]
    assert credit in footer
    assert page.count("<footer>") == 1
    head = page[: page.index("<main>")] + page[page.index('<dl class="meta">') :][:600]
    assert f"{source}: " in head and "covers " in head  # the header names source and coverage


def test_check_registry_has_no_page(cli):
    registry = str(Path(__file__).parents[1] / "seeds" / "commitments.toml")
    r = cli(["check", "--registry", registry, "--format", "html"])
    assert r.code == 2 and "--format html shows articles" in r.err and r.out == ""

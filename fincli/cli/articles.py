"""``fincli extract`` and ``fincli check``: the amounts in articles, and the conversions
they state."""

from __future__ import annotations

import sys
from collections.abc import Iterable

import typer

from fincli.cli.base import (
    EncodingOpt,
    _check_format,
    _date_option,
    _state,
    _write,
    app,
)
from fincli.errors import FincliError, UsageError
from fincli.report import group_thousands, short_rate

PageFormatOpt = typer.Option(
    "table", "--format", "-f", help="table, jsonl, csv, json, or html (a report page)."
)

EXTRACT_TABLE_KEYS = [
    "file",
    "start",
    "context",
    "value",
    "currency",
    "qualifier",
    "stated",
    "period",
]
EXTRACT_DISPLAY = {
    "value": group_thousands,
    "stated": lambda s: f"{s['text']}",
    "period": lambda p: " ".join(
        str(x) for x in (p["kind"], p["years"] or p["until"], f"({p['text']})") if x
    ),
}


@app.command()
def extract(
    files: list[str] = typer.Argument(None, help="Text files; '-' or none reads stdin."),
    date: str | None = typer.Option(
        None, "--date", help="The document date (default: the text's dateline)."
    ),
    fmt: str = PageFormatOpt,
    encoding: str = EncodingOpt,
    jobs: int = typer.Option(
        1, "--jobs", "-j", min=1, help="Worker processes (output is the same, in the same order)."
    ),
):
    """Find every amount in running text, with its offsets, stated conversion and period.

    One record per amount: start/end are offsets into the decoded text (Python string
    indices) and text is exactly that slice. A conversion stated beside an amount
    ('50억 달러(약 7조 원)') is its 'stated' object; the period it is spread over
    ('향후 5년간', '2031년까지', '연간') is its 'period'.
    """
    from fincli.extract import EXTRACT_CSV_KEYS, EXTRACT_KEYS
    from fincli.parallel import extract_files
    from fincli.report import Writer

    _check_format(fmt, ("table", "jsonl", "csv", "json", "html"))
    date = _date_option(date)
    if fmt == "html":
        return _html(files or ["-"], encoding, date, None)
    keys = EXTRACT_CSV_KEYS if fmt == "csv" else EXTRACT_KEYS
    table_keys = EXTRACT_TABLE_KEYS if (files and len(files) > 1) else EXTRACT_TABLE_KEYS[1:]
    w = Writer(
        fmt, sys.stdout, keys, table_keys, display=EXTRACT_DISPLAY, flush=_state["line_buffered"]
    )
    status = _write(w, extract_files(files or ["-"], encoding, date, jobs, fmt))
    w.close()
    return status


CHECK_TABLE_KEYS = ["text", "stated_text", "implied_rate", "rate", "rate_date", "rate_low",
                    "rate_high", "verdict", "deviation", "held_last"]  # fmt: skip


@app.command()
def check(
    files: list[str] = typer.Argument(None, help="Articles; '-' or none reads stdin."),
    date: str | None = typer.Option(
        None, "--date", help="The article's date (default: its dateline)."
    ),
    source: str = typer.Option(
        "ecb", "--source", "-s", help="ecb, fred, an imported name or a CSV path."
    ),
    strict: bool = typer.Option(False, "--strict", help="Count 'loose' as a failure too."),
    registry: str = typer.Option(
        None, "--registry", help="Also check that a registry quotes its sources right."
    ),
    fmt: str = PageFormatOpt,
    encoding: str = EncodingOpt,
):
    """Check the conversions an article states against the real rate of its date.

    For each amount with a stated conversion ('50억 달러(약 7조 원)'): the implied rate, the
    interval of rates consistent with the precision written, the day's real rate, a verdict
    (ok, loose, suspect, unit-error), the deviation in percent, and when the implied rate
    last held. Exit 0 when all are ok or loose, 1 when any is suspect or unit-error (or loose
    with --strict), 2 for usage errors or unreadable input.
    """
    from itertools import chain

    from fincli.check import CHECK_KEYS, check_articles, failing
    from fincli.inputs import found_records
    from fincli.rates import get_series
    from fincli.report import Writer

    _check_format(fmt, ("table", "jsonl", "csv", "json", "html"))
    date = _date_option(date)
    series = get_series(source)
    if fmt == "html":
        if registry:
            raise UsageError("--format html shows articles; check --registry in another format")
        return _html(files or ["-"], encoding, date, series, failing(strict))
    rates = dict.fromkeys(("implied_rate", "rate", "rate_low", "rate_high"), short_rate)
    w = Writer(fmt, sys.stdout, CHECK_KEYS, CHECK_TABLE_KEYS, display=rates)
    from_registry: Iterable[dict | FincliError] = ()
    if registry:
        from fincli.commitments import check_registry

        from_registry = check_registry(registry, series)
    names = files or ([] if registry else ["-"])
    articles = (found_records([name], encoding, date) for name in names)
    status = _write(w, chain(from_registry, check_articles(articles, series)), failing(strict))
    w.close()
    return status


class _Dropped:
    """A writer for records already in a report page: only errors and the status remain."""

    def write(self, record) -> None:
        pass


def _html(names, encoding, date, series, fails=frozenset()) -> int:
    """check's (series given) or extract's report page; messages and status as jsonl's."""
    from fincli.html import article_report
    from fincli.inputs import document

    page, outcomes = article_report(names, lambda n: document(n, encoding, date), series)
    status = _write(_Dropped(), outcomes, fails)
    sys.stdout.write(page)
    return status

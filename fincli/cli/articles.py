"""``fincli extract`` and ``fincli check``: the amounts in articles, and the conversions
they state."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable

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


InputOpt = typer.Option(
    "text", "--input", "-i", help="text (articles), or jsonl or csv: archives of one article a row."
)
TextFieldOpt = typer.Option(
    "text", "--text-field", help="Rows: the field with the article's text (meta.body: nested)."
)
DateFieldOpt = typer.Option(
    None, "--date-field", help="Rows: the field with its date (ISO, 2025.10.29, epoch seconds)."
)
IdFieldOpt = typer.Option(None, "--id-field", help="Rows: the field with its id (else FILE:LINE).")
GlobOpt = typer.Option(None, "--glob", help="In folders, only files matching this ('*.jsonl.gz').")
QuietOpt = typer.Option(False, "--quiet", "-q", help="No progress bar on the terminal.")
OutputOpt = typer.Option(None, "--output", "-o", help="Write records to FILE (parquet needs one).")


def _inputs(files, kind, glob) -> list[str]:
    """The files to read (folders walked), checked before any output is opened."""
    from fincli.archive import INPUTS, expand

    if kind not in INPUTS:
        raise UsageError(f"--input takes {', '.join(INPUTS)}, not {kind!r}")
    return expand(files, glob)


def _read(names, kind, fields, encoding, date, quiet, fmt, output):
    """The item stream of the inputs (rows read), and the progress bar if one is drawn."""
    from fincli.archive import read, total_bytes
    from fincli.progress import progress

    live = fmt in ("jsonl", "csv") and not output and sys.stdout.isatty()  # would tear a bar
    bar = progress(total_bytes(names), quiet, live)
    return read(names, kind, fields, encoding, date, bar and bar.advance), bar


def _output(fmt: str, output: str | None, keys, table_keys=None, display=None):
    """The writer of ``fmt`` records: to stdout, to --output, or a Parquet file."""
    from fincli.report import Writer

    if fmt == "parquet":
        from fincli.parquet import ParquetWriter

        if not output:
            raise UsageError("--format parquet writes a file: give --output FILE.parquet")
        return ParquetWriter(output, keys)
    try:
        out = open(output, "w", encoding="utf-8") if output else sys.stdout
    except OSError as e:
        raise UsageError(f"--output {output}: cannot write ({e.strerror})") from None
    return Writer(fmt, out, keys, table_keys, display=display, flush=_state["line_buffered"])


def _finish(w, bar, outcomes, failing=frozenset()) -> int:
    """Write every outcome, then the writer's end; a failed run leaves no partial Parquet file."""
    try:
        status = _write(w, outcomes, failing)
    except BaseException:
        if hasattr(w, "abort"):
            w.abort()
        else:  # the records already made are written whatever stops the run
            w.close()
        raise
    finally:
        if bar is not None:
            bar.close()
    w.close()
    if getattr(w, "out", sys.stdout) is not sys.stdout:
        w.out.close()  # --output FILE
    return status


@app.command()
def extract(
    files: list[str] = typer.Argument(None, help="Files or folders; '-' or none reads stdin."),
    date: str | None = typer.Option(
        None, "--date", help="The document date (default: the text's dateline)."
    ),
    fmt: str = typer.Option(
        "table", "--format", "-f", help="table, jsonl, csv, json, parquet or html (a report page)."
    ),
    encoding: str = EncodingOpt,
    jobs: str | None = typer.Option(
        None, "--jobs", "-j", help="Worker processes, or auto: all cores (same output, same order)."
    ),
    scheduler: str | None = typer.Option(
        None, "--scheduler", help="Run on Dask: tcp://HOST:8786, or local (a cluster of --jobs)."
    ),
    kind: str = InputOpt,
    text_field: str = TextFieldOpt,
    date_field: str | None = DateFieldOpt,
    id_field: str | None = IdFieldOpt,
    glob: str | None = GlobOpt,
    output: str | None = OutputOpt,
    quiet: bool = QuietOpt,
):
    """Find every amount in running text, with its offsets, stated conversion and period.

    One record per amount: start/end are offsets into the decoded text (Python string
    indices) and text is exactly that slice. A conversion stated beside an amount
    ('50억 달러(약 7조 원)') is its 'stated' object; the period it is spread over
    ('향후 5년간', '2031년까지', '연간') is its 'period'. Archive rows (--input jsonl|csv)
    add 'id' and 'error'; a row's date is its --date-field, else its dateline, else --date.
    """
    from fincli.archive import Fields, row_keys
    from fincli.extract import EXTRACT_CSV_KEYS, EXTRACT_KEYS, JsonlLines, flatten
    from fincli.inputs import check_encoding
    from fincli.parallel import jobs_option, run

    _check_format(fmt, ("table", "jsonl", "csv", "json", "parquet", "html"))
    date, n = _date_option(date), jobs_option(jobs)
    check_encoding(encoding)
    if fmt == "html":
        return _html(_page_of_articles(files, kind, glob), encoding, date, None)
    if scheduler not in (None, "local") and n is not None:
        raise UsageError("--jobs sets the workers of --scheduler local; a cluster has its own")
    keys = EXTRACT_CSV_KEYS if fmt in ("csv", "parquet") else EXTRACT_KEYS
    table = EXTRACT_TABLE_KEYS if (files and len(files) > 1) else EXTRACT_TABLE_KEYS[1:]
    if kind != "text":
        keys, table = row_keys(keys), ["id", *EXTRACT_TABLE_KEYS[1:], "error"]
    shape: dict[str, Callable[[dict], object]] = {
        "jsonl": JsonlLines(keys),
        "csv": flatten,
        "parquet": flatten,
    }
    names = _inputs(files or ["-"], kind, glob)
    w = _output(fmt, output, keys, table, EXTRACT_DISPLAY)
    fields = Fields(text_field, date_field, id_field)
    stream, bar = _read(names, kind, fields, encoding, date, quiet, fmt, output)
    if scheduler:
        from fincli.engines.dask import run as run_on_dask

        return _finish(w, bar, run_on_dask(stream, shape.get(fmt), scheduler, n))
    return _finish(w, bar, run(stream, shape.get(fmt), n))


CHECK_TABLE_KEYS = ["text", "stated_text", "implied_rate", "rate", "rate_date", "rate_low",
                    "rate_high", "verdict", "deviation", "held_last"]  # fmt: skip


@app.command()
def check(
    files: list[str] = typer.Argument(
        None, help="Articles, archives or folders; '-' or none reads stdin."
    ),
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
    fmt: str = typer.Option(
        "table", "--format", "-f", help="table, jsonl, csv, json, parquet or html (a report page)."
    ),
    encoding: str = EncodingOpt,
    kind: str = InputOpt,
    text_field: str = TextFieldOpt,
    date_field: str | None = DateFieldOpt,
    id_field: str | None = IdFieldOpt,
    glob: str | None = GlobOpt,
    output: str | None = OutputOpt,
    quiet: bool = QuietOpt,
):
    """Check the conversions an article states against the real rate of its date.

    For each amount with a stated conversion ('50억 달러(약 7조 원)'): the implied rate, the
    interval of rates consistent with the precision written, the day's real rate, a verdict
    (ok, loose, suspect, unit-error), the deviation in percent, and when the implied rate
    last held. Exit 0 when all are ok or loose, 1 when any is suspect or unit-error (or loose
    with --strict) or a row is an error, 2 for usage errors or unreadable input.
    """
    from itertools import chain

    from fincli.archive import Fields, check_items, row_keys
    from fincli.check import CHECK_KEYS, check_articles, failing
    from fincli.inputs import check_encoding, found_records
    from fincli.rates import get_series

    _check_format(fmt, ("table", "jsonl", "csv", "json", "parquet", "html"))
    date = _date_option(date)
    check_encoding(encoding)
    series = get_series(source)
    if fmt == "html":
        if registry:
            raise UsageError("--format html shows articles; check --registry in another format")
        return _html(_page_of_articles(files, kind, glob), encoding, date, series, failing(strict))
    rates = dict.fromkeys(("implied_rate", "rate", "rate_low", "rate_high"), short_rate)
    keys, table = CHECK_KEYS, CHECK_TABLE_KEYS
    if kind != "text":
        keys, table = row_keys(keys), ["id", *table, "error"]
    names = _inputs(files or ([] if registry else ["-"]), kind, glob)
    w = _output(fmt, output, keys, table, rates)
    from_registry: Iterable[dict | FincliError] = ()
    if registry:
        from fincli.commitments import check_registry

        from_registry = check_registry(registry, series)
    fields = Fields(text_field, date_field, id_field)
    stream, bar = _read(names, kind, fields, encoding, date, quiet, fmt, output)
    if kind == "text":
        advance = bar and bar.advance
        stream = check_articles(
            (found_records([n], encoding, date, advance) for n in names), series
        )
    else:
        stream = check_items(stream, series)
    return _finish(w, bar, chain(from_registry, stream), failing(strict))


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


def _page_of_articles(files, kind: str, glob) -> list[str]:
    """The articles of a report page (folders walked); archive rows have no page."""
    from fincli.archive import expand

    if kind != "text":
        raise UsageError(
            "--format html shows articles; write archive rows as jsonl, csv or parquet"
        )
    return expand(files or ["-"], glob)

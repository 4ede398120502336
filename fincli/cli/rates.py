"""``fincli rates``: show, list and import the dated rate series."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from fincli.cli.base import FormatOpt, _check_format, _series_and_on, rates_app, warn
from fincli.errors import ExitStatus, FincliError, UsageError
from fincli.report import plain as _plain
from fincli.report import short_rate


@rates_app.command("show")
def rates_show(
    pair: str = typer.Argument(..., help="BASE/QUOTE, e.g. USD/KRW = KRW per 1 USD."),
    on: str = typer.Option(None, "--on", help="Date, month (mean) or year (mean)."),
    start: str = typer.Option(None, "--from", help="First date of a range."),
    end: str = typer.Option(None, "--to", help="Last date of a range."),
    source: str = typer.Option(
        "ecb", "--source", "-s", help="ecb, fred, an imported name or a CSV path."
    ),
    fmt: str = FormatOpt,
):
    """Show a rate on a date, or every fixing in a range (--from/--to)."""
    from fincli.rates import parse_pair, period_kind
    from fincli.report import Writer

    _check_format(fmt, ("table", "jsonl", "csv", "json"))
    base, quote = parse_pair(pair)
    keys = ["pair", "rate", "rate_date", "requested", "source", "fixings"]
    w = Writer(fmt, sys.stdout, keys, display={"rate": short_rate})
    if start or end:
        from fincli.rates import get_series

        series = get_series(source)
        s, e = start or series.first, end or series.last
        for d in (s, e):
            if period_kind(d) != "date":
                raise UsageError(f"--from and --to take dates (2025-10-01), not {d!r}")
        rows = series.history(base, quote, s, e)
        if not rows:
            raise FincliError(
                f"no {base}/{quote} fixings from {s} to {e} in the {series.name} series "
                f"(it covers {series.first} to {series.last})"
            )
        for d, v in rows:
            w.write(
                {
                    "pair": f"{base}/{quote}",
                    "rate": _plain(v),
                    "rate_date": d,
                    "requested": d,
                    "source": series.name,
                    "fixings": 1,
                }
            )
    else:
        series, on = _series_and_on(source, on)
        r = series.lookup(base, quote, on)
        if r.substituted and r.fixings == 1:
            warn(f"note: no {series.name} fixing on {on}; used {r.date}")
        w.write(
            {
                "pair": f"{base}/{quote}",
                "rate": _plain(r.value),
                "rate_date": r.date,
                "requested": on,
                "source": r.source,
                "fixings": r.fixings,
            }
        )
    w.close()
    return ExitStatus.OK


@rates_app.command("sources")
def rates_sources(fmt: str = FormatOpt):
    """List the rate series: shipped (ecb, fred) and imported, with coverage and provenance."""
    from fincli.rates import all_series
    from fincli.report import Writer

    _check_format(fmt, ("table", "jsonl", "csv", "json"))
    keys = ["name", "first", "last", "currencies", "title", "provenance"]
    w = Writer(fmt, sys.stdout, keys, ["name", "first", "last", "currencies", "title"])
    for s in all_series():
        w.write(
            {
                "name": s.name,
                "first": s.first,
                "last": s.last,
                "currencies": " ".join(s.codes)
                if fmt != "table" or len(s.codes) < 6
                else f"{len(s.codes)} currencies",
                "title": s.describe(),
                "provenance": s.meta.get("provenance") or s.meta.get("imported_from"),
            }
        )
    w.close()
    return ExitStatus.OK


@rates_app.command("import")
def rates_import(
    file: Path = typer.Argument(..., help="CSV in the ECB layout, the FRED layout, or date,rate."),
    name: str = typer.Option(
        None, "--name", help="Name to select it with --source (default: the file's name)."
    ),
    pair: str = typer.Option(
        None, "--pair", help="For a plain date,rate file: BASE/QUOTE, e.g. USD/KRW."
    ),
    layout: str = typer.Option("auto", "--layout", help="auto, ecb, fred or plain."),
):
    """Import a rate series from a CSV into the user data directory.

    Every row is validated first; a bad file changes nothing and the error names its first
    bad line. The store is $FINCLI_DATA_DIR (else ~/.local/share/fincli). An imported series
    never replaces the shipped ones: select it with --source NAME.
    """
    from fincli.rates import import_file

    if layout not in ("auto", "ecb", "fred", "plain"):
        raise UsageError(f"unknown layout {layout!r}; choose auto, ecb, fred or plain")
    s = import_file(file, name, pair, layout)
    print(f"imported {s.name}: {', '.join(s.codes)} from {s.first} to {s.last}", file=sys.stderr)
    return ExitStatus.OK

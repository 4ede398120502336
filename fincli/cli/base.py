"""What every command shares: the app, the common options, the stream contract, the writer of
records and errors, and :func:`main`, which maps every outcome to an exit status in one place.

Users see ``fincli: error: ...`` on stderr and never a traceback unless they ask for one
with ``--traceback``.
"""

from __future__ import annotations

import os
import sys

import typer

from fincli.errors import ExitStatus, FincliError, InputError, UsageError

app = typer.Typer(
    add_completion=True,  # --install-completion, --show-completion: no start-up cost
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    help="Read money figures out of Korean financial news, exactly, and make them comparable.",
)
rates_app = typer.Typer(
    no_args_is_help=True, help="Dated exchange-rate series: show, list, import, update."
)
app.add_typer(rates_app, name="rates")

_state = {"traceback": False, "line_buffered": False}

FormatOpt = typer.Option("table", "--format", "-f", help="table, jsonl, csv or json.")
EncodingOpt = typer.Option(
    "utf-8", "--encoding", help="Input encoding, e.g. cp949 for old Korean archives."
)
FailFastOpt = typer.Option(False, "--fail-fast", help="Stop at the first line that fails.")


def warn(message: str) -> None:
    print(f"fincli: {message}", file=sys.stderr, flush=True)


def error(message: str) -> None:
    print(f"fincli: error: {message}", file=sys.stderr, flush=True)


def _version(value: bool) -> None:
    if value:
        from fincli import __version__

        print(f"fincli {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", is_eager=True, callback=_version, help="Print fincli's version."
    ),
    traceback: bool = typer.Option(
        False, "--traceback", help="Show Python tracebacks (debugging)."
    ),
    line_buffered: bool = typer.Option(
        False, "--line-buffered", help="Flush each record at once, even into a pipe."
    ),
):
    """fincli reads Korean and English money figures exactly and converts them at dated rates.

    Records go out as soon as they are made on a terminal; into a pipe they are buffered
    (much faster) unless --line-buffered is given, as with grep.
    """
    _state["traceback"] = traceback
    _state["line_buffered"] = line_buffered or sys.stdout.isatty()


def _check_format(fmt: str, allowed) -> None:
    if fmt not in allowed:
        raise UsageError(f"unknown format {fmt!r}; choose one of {', '.join(allowed)}")


def run_stream(exprs, encoding, fmt, fail_fast, keys, table_keys, handle, display=None) -> int:
    """The stream contract: one record per input, errors as records plus stderr, exit 1."""
    from fincli.inputs import iter_inputs
    from fincli.report import Writer

    writer = Writer(
        fmt, sys.stdout, keys, table_keys, display=display, flush=_state["line_buffered"]
    )
    failed = False
    template = dict.fromkeys(keys)  # every record has the writer's keys in its order
    for label, text in iter_inputs(exprs, encoding):
        rec = template.copy()
        rec["input"] = text.text if isinstance(text, InputError) else text
        err: FincliError | None = text if isinstance(text, InputError) else None
        if err is None:
            try:
                handle(text, label, rec)  # fills rec; what it filled stays if it then fails
            except FincliError as e:
                err = e
        if err is not None:
            failed = True
            rec["error"] = str(err)
            error(f"{label}: {err}")
        writer.write(rec)
        if err is not None and fail_fast:
            break
    writer.close()
    return ExitStatus.FAILED if failed else ExitStatus.OK


def _code_option(value: str, option: str) -> str:
    from fincli.currencies import normalize_code
    from fincli.errors import UnknownCurrencyError

    try:
        return normalize_code(value)
    except UnknownCurrencyError as e:
        raise UsageError(f"{option}: {e}") from None


def _series_and_on(source: str, on: str | None):
    from fincli.rates import get_series, period_kind

    series = get_series(source)
    if on is None:
        on = series.last
        warn(f"note: no --on given; using the latest fixing of the {series.name} series, {on}")
    period_kind(on)
    return series, on


def _date_option(date: str | None) -> str | None:
    if date is None:
        return None  # without --date, extract and check need no rate code at all
    from fincli.rates import period_kind

    if period_kind(date) != "date":
        raise UsageError(f"--date takes a date such as 2025-10-29, not {date!r}")
    return date


def _write(w, outcomes, failing=frozenset()) -> int:
    """Write each record and report each error on stderr, going on after both; the exit
    status they come to (a record whose verdict is in ``failing`` counts as a failure)."""
    status = ExitStatus.OK
    for out in outcomes:
        if isinstance(out, FincliError):
            error(str(out))
            status = max(status, out.exit_status)
            continue
        w.write(out)
        if failing and out.get("verdict") in failing:
            status = max(status, ExitStatus.FAILED)
    return status


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the app and map every outcome to an exit status."""
    try:
        status = app(args=argv, standalone_mode=False, prog_name="fincli")
        code = int(status or 0)
    except FincliError as e:
        if _state["traceback"]:
            raise
        error(str(e))
        code = int(e.exit_status)
    except typer.Exit as e:
        code = e.exit_code
    except typer.TyperException as e:  # usage errors from the command-line parser
        show = getattr(e, "show", None)
        show() if show else error(e.format_message())
        code = getattr(e, "exit_code", ExitStatus.USAGE) or ExitStatus.USAGE
    except (KeyboardInterrupt, typer.Abort):
        print(file=sys.stderr)
        code = ExitStatus.INTERRUPTED
    except BrokenPipeError:
        code = _quiet_pipe()
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        code = _quiet_pipe()
    sys.exit(code)


def _quiet_pipe() -> int:
    """The reader went away (``| head``): stop quietly, as shell tools do (status 141)."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return 141

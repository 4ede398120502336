"""The command line: a thin skin over the library.

Only this module prints, reads standard input or exits. Errors from the library are mapped
to exit statuses in one place (:func:`main`); users see ``fincli: error: ...`` on stderr and
never a traceback unless they ask for one with ``--traceback``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import typer

from fincli.errors import ExitStatus, FincliError, InputError, UsageError

app = typer.Typer(
    add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
    rich_markup_mode=None,
    help="Read money figures out of Korean financial news, exactly, and make them comparable.",
)
rates_app = typer.Typer(no_args_is_help=True, help="Dated exchange-rate series: show, list, import.")
app.add_typer(rates_app, name="rates")

_state = {"traceback": False}

FormatOpt = typer.Option("table", "--format", "-f", help="table, jsonl, csv or json.")
EncodingOpt = typer.Option("utf-8", "--encoding", help="Input encoding, e.g. cp949 for old Korean archives.")
FailFastOpt = typer.Option(False, "--fail-fast", help="Stop at the first line that fails.")


def warn(message: str) -> None:
    print(f"fincli: {message}", file=sys.stderr, flush=True)


def error(message: str) -> None:
    print(f"fincli: error: {message}", file=sys.stderr, flush=True)


@app.callback()
def _root(traceback: bool = typer.Option(False, "--traceback", help="Show Python tracebacks (debugging).")):
    """fincli reads Korean and English money figures exactly and converts them at dated rates."""
    _state["traceback"] = traceback


def _check_format(fmt: str, allowed) -> None:
    if fmt not in allowed:
        raise UsageError(f"unknown format {fmt!r}; choose one of {', '.join(allowed)}")


def iter_inputs(exprs: list[str] | None, encoding: str):
    """(label, text) for each argument, or for each line of standard input.

    A stdin line that cannot be decoded yields an :class:`InputError` in place of its text,
    so the stream goes on and the line still gets its record.
    """
    if exprs and exprs != ["-"]:
        for i, e in enumerate(exprs, 1):
            yield f"argument {i}", e
        return
    stream = sys.stdin.buffer
    for n, raw in enumerate(stream, 1):
        line = raw.rstrip(b"\r\n")
        if n == 1 and line.startswith(b"\xef\xbb\xbf"):
            line = line[3:]
        try:
            yield f"line {n}", line.decode(encoding)
        except UnicodeDecodeError as e:
            hint = "; try --encoding cp949" if encoding.lower().replace("-", "") == "utf8" else ""
            yield f"line {n}", InputError(
                f"cannot decode byte {e.start} of the line as {encoding}{hint}",
                line.decode(encoding, errors="backslashreplace"))
        except LookupError:
            raise UsageError(f"unknown encoding {encoding!r}") from None


def run_stream(exprs, encoding, fmt, fail_fast, keys, table_keys, headers, handle) -> int:
    """The stream contract: one record per input, errors as records plus stderr, exit 1."""
    from fincli.report import Writer

    writer = Writer(fmt, sys.stdout, keys, table_keys, headers)
    failed = False
    for label, text in iter_inputs(exprs, encoding):
        if isinstance(text, InputError):
            rec, err = {"input": text.text}, text
        else:
            try:
                rec, err = handle(text), None
            except FincliError as e:
                rec, err = {"input": text}, e
        if err is not None:
            failed = True
            rec["error"] = str(err)
            error(f"{label}: {err}")
        writer.write(rec)
        if err is not None and fail_fast:
            break
    writer.close()
    return ExitStatus.FAILED if failed else ExitStatus.OK


PARSE_KEYS = ["input", "value", "currency", "qualifier", "low", "high", "vague", "per",
              "korean", "english", "error"]


@app.command()
def parse(
    exprs: list[str] = typer.Argument(None, help="Expressions; '-' or none reads stdin, one a line."),
    fmt: str = FormatOpt, encoding: str = EncodingOpt, fail_fast: bool = FailFastOpt,
):
    """Parse written amounts ('2조4천억 원', '$50 billion') into exact values.

    One record per expression, in order. A line that does not parse gets a record with
    'error' and a message on stderr; the exit status is then 1.
    """
    from fincli.money import parse_amount

    _check_format(fmt, ("table", "jsonl", "csv", "json"))

    def handle(text: str) -> dict:
        rec = parse_amount(text).to_record()
        rec["input"] = text
        return rec

    return run_stream(exprs, encoding, fmt, fail_fast, PARSE_KEYS,
                      ["input", "value", "currency", "qualifier", "per", "korean", "english", "error"],
                      {}, handle)


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

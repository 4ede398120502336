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
    if sys.stderr is not None:  # stderr closed (2>&-): the message has nowhere to go
        print(f"fincli: {message}", file=sys.stderr, flush=True)


def error(message: str) -> None:
    warn(f"error: {message}")


def report_error(label: str, err: Exception) -> None:
    """An error on stderr, with the traceback of an internal one under --traceback."""
    error(f"{label}: {err}" if label else str(err))
    details = getattr(err, "details", None)
    if details and _state["traceback"] and sys.stderr is not None:
        sys.stderr.write(details)


def _isatty(stream) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError, OSError):
        return False


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
    _state["line_buffered"] = line_buffered or _isatty(sys.stdout)


def _check_format(fmt: str, allowed) -> None:
    if fmt not in allowed:
        raise UsageError(f"unknown format {fmt!r}; choose one of {', '.join(allowed)}")


def run_stream(exprs, encoding, fmt, fail_fast, keys, table_keys, handle, display=None) -> int:
    """The stream contract: one record per input, errors as records plus stderr, exit 1.

    A figure beyond fincli's decimal context is a :class:`NumberRangeError` naming the input;
    anything else no one foresaw is an ``internal error`` record (exit 70) and the stream goes
    on. Records already made are written whatever stops the stream."""
    from decimal import DecimalException

    from fincli.errors import NumberRangeError, internal_error
    from fincli.inputs import iter_inputs
    from fincli.numerals import _show
    from fincli.report import Writer

    writer = Writer(
        fmt, sys.stdout, keys, table_keys, display=display, flush=_state["line_buffered"]
    )
    status = ExitStatus.OK
    template = dict.fromkeys(keys)  # every record has the writer's keys in its order
    try:
        for label, text in iter_inputs(exprs, encoding):
            rec = template.copy()
            rec["input"] = text.text if isinstance(text, InputError) else text
            err: FincliError | None = text if isinstance(text, InputError) else None
            if err is None:
                try:
                    handle(text, label, rec)  # fills rec; what it filled stays if it then fails
                except FincliError as e:
                    err = e
                except DecimalException as e:
                    err = NumberRangeError(
                        f"a figure in {_show(text.strip())} cannot be represented exactly "
                        f"({type(e).__name__}: beyond {ARITHMETIC_DIGITS} digits or out of range)"
                    )
                except Exception as e:  # the safety net: a bug, reported; the stream goes on
                    err = internal_error(label, e)
            if err is not None:
                internal = err.exit_status == ExitStatus.INTERNAL
                status = max(status, ExitStatus.INTERNAL if internal else ExitStatus.FAILED)
                rec["error"] = str(err).removeprefix(f"{label}: ")
                report_error(label if not getattr(err, "details", None) else "", err)
            writer.write(rec)
            if err is not None and fail_fast:
                break
    finally:
        writer.close()
    return status


ARITHMETIC_DIGITS = 120  # fincli.numerals.PRECISION, without importing it at start-up


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


def as_error(label: str, e: Exception) -> FincliError:
    """What an exception raised by one record's work is to the user, as :func:`run_stream`
    maps it: fincli's own error as it is, a figure beyond the decimal context a
    :class:`NumberRangeError`, anything else an ``internal error`` (exit 70)."""
    from decimal import DecimalException

    from fincli.errors import NumberRangeError, internal_error

    if isinstance(e, FincliError):
        return e
    if isinstance(e, DecimalException):
        return NumberRangeError(
            f"{label}: a figure cannot be represented exactly ({type(e).__name__})"
        )
    return internal_error(label, e)


def write_all(w, records) -> None:
    """Write ``records``; whatever stops them, the records already made are written (and
    nothing at all if none was)."""
    n = 0
    try:
        for rec in records:
            w.write(rec)
            n += 1
    except BaseException:
        if n:
            w.close()
        raise
    w.close()


def _write(w, outcomes, failing=frozenset()) -> int:
    """Write each record and report each error on stderr, going on after both; the exit
    status they come to (a record whose verdict is in ``failing`` counts as a failure)."""
    status = ExitStatus.OK
    for out in outcomes:
        if isinstance(out, FincliError):
            report_error("", out)
            status = max(status, out.exit_status)
            continue
        w.write(out)
        if failing and out.get("verdict") in failing:
            status = max(status, ExitStatus.FAILED)
    return status


class _Signalled(BaseException):  # noqa: N818 (not an error: a request to stop)
    """SIGINT or SIGTERM, raised where it does not cut a record in half."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


class _ClosedPipe(Exception):  # noqa: N818
    """The reader of standard output went away (``| head``)."""


class _OutputFailed(Exception):  # noqa: N818
    """Standard output cannot be written (a full disk, closed with ``>&-``)."""


_signals: dict = {"writing": False, "pending": None}


def _on_signal(signum, frame) -> None:
    """Stop at once, unless a write is under way: then once it is done (so the output ends
    with whole records, however slow its reader). A second signal stops at once."""
    if _signals["writing"] and _signals["pending"] is None:
        _signals["pending"] = signum
        return
    raise _Signalled(signum)


class _Output:
    """Standard output as fincli writes it: each write whole (signals wait for it), and its
    failures as fincli's own (a reader gone, a full disk, a closed descriptor)."""

    def __init__(self, stream):
        self._stream = stream
        self._fd = None
        try:  # a real file or pipe: written with os.write (see _write_fd)
            self._fd = stream.fileno()
            self._encoding = stream.encoding or "utf-8"
            self._errors = stream.errors or "strict"
        except (AttributeError, OSError, ValueError):
            self._fd = None  # a StringIO under test

    def _guarded(self, op, *args):
        if self._stream is None:
            raise _OutputFailed("standard output is closed")
        _signals["writing"] = True
        try:
            return op(*args)
        except BrokenPipeError:
            raise _ClosedPipe from None
        except (OSError, ValueError) as e:  # ENOSPC, EBADF; ValueError: a closed file
            raise _OutputFailed(getattr(e, "strerror", None) or str(e)) from None
        finally:
            _signals["writing"] = False
            pending, _signals["pending"] = _signals["pending"], None
            if pending is not None:
                raise _Signalled(pending)

    def write(self, text: str):
        if self._fd is None:
            return self._guarded(getattr(self._stream, "write", None), text)
        return self._guarded(self._write_fd, text)

    def _write_fd(self, text: str) -> int:
        """Every byte of ``text`` to the descriptor, partial writes resumed: the buffered
        writer gives up on a write a signal cut short, which leaves half a record."""
        self._stream.flush()  # anything print() left in the text layer goes first
        data = memoryview(text.encode(self._encoding, self._errors))
        while data:
            data = data[os.write(self._fd, data) :]
        return len(text)

    def flush(self) -> None:
        if self._stream is not None:
            self._guarded(self._stream.flush)

    def isatty(self) -> bool:
        return _isatty(self._stream)

    def __getattr__(self, name):
        if self._stream is None:
            raise AttributeError(name)
        return getattr(self._stream, name)


def _install_signals() -> dict:
    import signal

    old = {}
    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            old[sig] = signal.signal(sig, _on_signal)
        except (ValueError, OSError):  # not the main thread: leave signals as they are
            pass
    return old


def _restore_signals(old: dict) -> None:
    import signal

    for sig, handler in old.items():
        try:
            signal.signal(sig, handler)
        except (ValueError, OSError, TypeError):
            pass


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the app and map every outcome to an exit status (README, "Exit
    statuses"): fincli's own errors, usage errors, a decimal figure beyond fincli's context,
    signals, a closed pipe, an output that cannot be written, and, as a last net, anything
    no one foresaw (an internal error, exit 70)."""
    import decimal
    import signal

    from fincli.errors import NumberRangeError
    from fincli.numerals import ARITHMETIC

    real_stdout = sys.stdout
    if real_stdout is not None and getattr(real_stdout, "errors", None) == "strict":
        try:  # an argument or file name with bytes that are not UTF-8 never crashes a write
            real_stdout.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            pass
    sys.stdout = _Output(real_stdout)
    old_signals = _install_signals()
    _signals.update(writing=False, pending=None)
    try:
        code = _run(argv, ARITHMETIC, decimal, NumberRangeError)
        try:
            sys.stdout.flush()
        except _ClosedPipe:
            code = _quiet_pipe(real_stdout)
        except _OutputFailed as e:
            code = _output_failed(real_stdout, e)
        except _Signalled as e:
            code = 128 + e.signum
    finally:
        sys.stdout = real_stdout
        _restore_signals(old_signals)
    if code in (128 + signal.SIGINT, 128 + signal.SIGTERM):
        warn("")  # the shell's prompt on a line of its own after ^C
    sys.exit(code)


def _quiet_pipe(stream=None) -> int:
    """The reader went away (``| head``): stop quietly, as shell tools do (status 141)."""
    _discard(stream)
    return int(ExitStatus.CLOSED_PIPE)


def _run(argv, context, decimal, NumberRangeError) -> int:  # noqa: N803
    try:
        with decimal.localcontext(context):
            status = app(args=argv, standalone_mode=False, prog_name="fincli")
        return int(status or 0)
    except FincliError as e:
        if _state["traceback"]:
            import traceback

            traceback.print_exc()
        report_error("", e)
        return int(e.exit_status)
    except decimal.DecimalException as e:
        if _state["traceback"]:
            import traceback

            traceback.print_exc()
        error(str(NumberRangeError(f"a figure cannot be represented exactly ({type(e).__name__})")))
        return int(ExitStatus.FAILED)
    except typer.Exit as e:
        return e.exit_code
    except typer.TyperException as e:  # usage errors from the command-line parser
        show = getattr(e, "show", None)
        if sys.stderr is not None:
            show() if show else error(e.format_message())
        return getattr(e, "exit_code", ExitStatus.USAGE) or ExitStatus.USAGE
    except (KeyboardInterrupt, typer.Abort):
        return ExitStatus.INTERRUPTED
    except _Signalled as e:
        return 128 + e.signum
    except (_ClosedPipe, BrokenPipeError):
        return _quiet_pipe(sys.stdout._stream if isinstance(sys.stdout, _Output) else sys.stdout)
    except _OutputFailed as e:
        return _output_failed(sys.stdout._stream if isinstance(sys.stdout, _Output) else None, e)
    except Exception as e:  # the last net: a bug, said as such, never a bare traceback
        from fincli.errors import internal_error

        err = internal_error("", e)
        report_error("", err)
        return int(ExitStatus.INTERNAL)


def _output_failed(stream, e: Exception) -> int:
    """Standard output cannot be written: say so (exit 74) and drop what is still buffered."""
    _discard(stream)
    error(f"cannot write to standard output ({e})")
    return int(ExitStatus.OUTPUT)


def _discard(stream) -> None:
    """Point file descriptor 1 at /dev/null, so Python's own flush at exit finds nowhere
    to fail and prints no 'Exception ignored' noise."""
    try:
        fd = stream.fileno() if stream is not None else None
    except (AttributeError, OSError, ValueError):
        fd = None
    if fd is None:
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fd)
    os.close(devnull)

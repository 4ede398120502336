"""fincli's typed errors and the exit statuses they map to.

Library code raises these; only :mod:`fincli.cli` turns them into messages and exit codes.
Each error carries the data a caller needs to act on it, not just a sentence.
"""

from __future__ import annotations

import enum


class ExitStatus(enum.IntEnum):
    """The one table every command follows (README, "Exit statuses")."""

    OK = 0
    FAILED = 1  # some input could not be handled (records say which), a failed check
    USAGE = 2  # bad options, unreadable input
    INTERNAL = 70  # a bug in fincli (sysexits' EX_SOFTWARE): an 'internal error' was reported
    OUTPUT = 74  # standard output could not be written (sysexits' EX_IOERR): a full disk
    INTERRUPTED = 130  # Ctrl-C (128 + SIGINT)
    CLOSED_PIPE = 141  # the reader went away, as in `| head` (128 + SIGPIPE)
    TERMINATED = 143  # SIGTERM (128 + SIGTERM)


class FincliError(Exception):
    """Base of every error fincli raises on purpose."""

    exit_status = ExitStatus.FAILED


class ParseError(FincliError, ValueError):
    """Text that is not a monetary expression fincli understands."""

    def __init__(self, message: str, text: str = "", position: int | None = None):
        super().__init__(message)
        self.text = text
        self.position = position


class UnknownCurrencyError(FincliError, ValueError):
    def __init__(self, code: str):
        super().__init__(f"unknown currency {code!r}; use an ISO 4217 code such as USD, KRW, EUR")
        self.code = code


class RateNotFoundError(FincliError, LookupError):
    """No rate for that pair on that date in that series."""


class DataFileError(FincliError):
    """A rate file or registry that is corrupt or wrongly laid out."""

    def __init__(self, message: str, path: str = "", line: int | None = None):
        where = f"{path}:{line}: " if line else (f"{path}: " if path else "")
        super().__init__(where + message)
        self.path = path
        self.line = line


class RegistryError(DataFileError):
    def __init__(self, message: str, path: str = "", line: int | None = None, field: str = ""):
        super().__init__((f"field {field!r}: " if field else "") + message, path, line)
        self.field = field


class InputError(FincliError):
    """Input that cannot be read at all (undecodable bytes, missing file).

    ``text`` keeps what could be read (undecodable bytes as ``\\xff`` escapes)."""

    exit_status = ExitStatus.USAGE

    def __init__(self, message: str, text: str | None = None):
        super().__init__(message)
        self.text = text


class UsageError(FincliError):
    exit_status = ExitStatus.USAGE


class NumberRangeError(FincliError, ArithmeticError):
    """A figure that cannot be represented: an amount or rate beyond fincli's decimal context
    (:data:`fincli.numerals.ARITHMETIC`), a division by zero, an overflow."""


class InternalError(FincliError):
    """Something no one foresaw went wrong with one record: a bug to report."""

    exit_status = ExitStatus.INTERNAL
    details: str = ""  # the traceback, shown with --traceback


def internal_error(where: str, e: BaseException) -> InternalError:
    """The safety net's error for an exception no one foresaw: its type and message, where
    it happened (``line 3``, a file), a request to report it, and the traceback kept in
    ``details`` for ``--traceback``."""
    import traceback

    at = f"{where}: " if where else ""
    err = InternalError(
        f"{at}internal error: {type(e).__name__}: {e}. This is a bug in fincli: please "
        "report it with the input that caused it (fincli --traceback shows the details)"
    )
    err.details = "".join(traceback.format_exception(e))
    return err

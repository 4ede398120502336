"""Inputs as decoded text with their labels: command-line arguments, lines of standard input,
files, and the document date each article carries.

Nothing here writes or exits: a line that cannot be decoded becomes an :class:`InputError`
(yielded in place of its text, or raised after the lines before it have been used), so the
caller decides what the user sees.
"""

from __future__ import annotations

import codecs
import os
import sys
from collections.abc import Callable, Iterator
from functools import cache

from fincli.errors import InputError, UsageError

PIECE_BYTES = 1 << 20


@cache
def check_encoding(encoding: str) -> str:
    """``encoding`` if it names a text encoding Python can decode files with, else a
    :class:`UsageError`. Codecs that are not text encodings (``base64``, ``zlib``, ``rot13``)
    and those that cannot report a bad byte (``idna``, ``punycode``, ``undefined``) are refused.
    """
    try:
        info = codecs.lookup(encoding)
    except (LookupError, ValueError, TypeError):
        raise UsageError(f"unknown encoding {encoding!r}") from None
    ok = getattr(info, "_is_text_encoding", True)
    if ok:
        try:
            sample = "a\n".encode(encoding)
            ok = codecs.getincrementaldecoder(encoding)().decode(sample, final=True) == "a\n"
            sample.decode(encoding, errors="backslashreplace")  # idna cannot escape a bad byte
        except Exception:  # a codec that cannot decode text or escape a bad byte
            ok = False
    if not ok:
        raise UsageError(
            f"--encoding {encoding!r} is not an encoding for text files; use one such as "
            "utf-8, cp949, euc-kr or latin-1"
        )
    return encoding


def display_name(name: str) -> str:
    """A file name or argument as it can be written out: bytes that are not UTF-8 (which
    Python keeps as lone surrogates) become ``\\xff`` escapes, as bad bytes on stdin do."""
    if name.isascii():
        return name
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        return os.fsencode(name).decode("utf-8", errors="backslashreplace")


def _stdin():
    """Standard input's bytes, or an :class:`InputError` when it is closed (``<&-``)."""
    if sys.stdin is None:
        raise InputError("stdin: cannot read (standard input is closed)")
    return getattr(sys.stdin, "buffer", None) or sys.stdin


def iter_inputs(exprs: list[str] | None, encoding: str):
    """(label, text) for each argument, or for each line of standard input.

    A stdin line that cannot be decoded yields an :class:`InputError` in place of its text,
    so the stream goes on and the line still gets its record; so does an argument that
    holds bytes that are not UTF-8 (the shell passed them through undecoded).
    """
    check_encoding(encoding)
    if exprs and exprs != ["-"]:
        for i, e in enumerate(exprs, 1):
            shown = display_name(e)
            if shown is not e and shown != e:
                bad = os.fsencode(e)
                try:
                    bad.decode("utf-8")
                    at = 0
                except UnicodeDecodeError as err:
                    at = err.start
                yield (
                    f"argument {i}",
                    InputError(f"cannot decode byte {at} of the argument as UTF-8", shown),
                )
            else:
                yield f"argument {i}", e
        return
    stream = _stdin()
    for n, raw in enumerate(stream, 1):
        line = raw.rstrip(b"\r\n")
        if n == 1 and line.startswith(b"\xef\xbb\xbf"):
            line = line[3:]
        try:
            yield f"line {n}", line.decode(encoding)
        except UnicodeError as e:  # UnicodeDecodeError, or a codec's own UnicodeError
            hint = "; try --encoding cp949" if encoding.lower().replace("-", "") == "utf8" else ""
            yield (
                f"line {n}",
                InputError(
                    f"cannot decode byte {getattr(e, 'start', 0)} of the line as {encoding}{hint}",
                    line.decode(encoding, errors="backslashreplace"),
                ),
            )


def read_lines(name: str, encoding: str, advance=None):
    """Decoded lines (ends kept) of a file (gunzipped when named ``*.gz``) or of stdin ('-');
    undecodable bytes are an :class:`InputError` naming the file, line and byte offset. A line
    longer than :data:`PIECE_BYTES` comes in pieces (their concatenation is the line).
    ``advance(n)`` is told of the bytes read, for a progress bar."""
    decoder = codecs.getincrementaldecoder(check_encoding(encoding))()
    shown = "stdin" if name == "-" else display_name(name)
    fh = BinaryLines(name, advance)
    offset = 0
    n = 1  # the line the next piece belongs to
    try:
        for raw in fh:
            try:
                yield decoder.decode(raw)
            except UnicodeError as e:  # UnicodeDecodeError, or a codec's own UnicodeError
                at = getattr(e, "start", 0)
                hint = (
                    "; try --encoding cp949" if encoding.lower().replace("-", "") == "utf8" else ""
                )
                byte = f" (0x{raw[at]:02x})" if at < len(raw) else ""
                raise InputError(
                    f"{shown}: line {n}: cannot decode byte {offset + at}{byte} as {encoding}{hint}"
                ) from None
            offset += len(raw)
            n += raw.endswith(b"\n")
        tail = decoder.decode(b"", final=True)
        if tail:
            yield tail
    except UnicodeError:
        raise InputError(
            f"{shown}: the file ends inside a {encoding} character (byte {offset})"
        ) from None
    finally:
        fh.close()


def document(name: str, encoding: str, date: str | None, advance=None):
    """(lines, date, date_from) for one input: the date from --date or the text's dateline."""
    from itertools import chain

    from fincli.extract import DATE_WINDOW, find_date

    lines = read_lines(name, encoding, advance)
    head: list[str] = []
    size = 0
    try:
        for line in lines:
            head.append(line)
            size += len(line)
            if size >= DATE_WINDOW:
                break
    except InputError as e:  # raise it after the lines before it have been used
        lines = _raise_later(e)
    stream = chain(head, lines)
    if date:
        return stream, date, "--date"
    found = find_date("".join(head))
    if found:
        return stream, found[0].isoformat(), f"text: {found[1]}"
    return stream, None, None


def _raise_later(e: Exception):
    raise e
    yield  # a generator that raises when first read


def found_records(files, encoding, date, advance=None):
    """(file, date, date_from, Found) for every amount in the inputs, in order."""
    from fincli.extract import extract_stream

    for name in files or ["-"]:
        lines, doc_date, date_from = document(name, encoding, date, advance)
        shown = display_name(name)
        for f in extract_stream(lines):
            yield shown, doc_date, date_from, f


def _pieces(stream, name: str, plain: bool = True) -> Iterator[bytes]:
    """The lines of a binary stream, a line longer than :data:`PIECE_BYTES` in pieces of at
    most that many bytes (a 100 MB line, or /dev/zero, never sits in memory whole)."""
    while True:
        try:
            piece = stream.readline(PIECE_BYTES)
        except OSError as e:  # a directory, a device that cannot be read
            if not plain:
                raise  # a broken gzip stream: BinaryLines names it
            raise InputError(f"{display_name(name)}: cannot read ({e.strerror or e})") from None
        if not piece:
            return
        yield piece


class BinaryLines:
    """The raw lines of a file, a ``.gz`` file or standard input (``-``), as an iterable that
    closes its file. ``advance(n)`` is told of every ``n`` bytes read from disk (compressed
    bytes for ``.gz``), for a progress bar. Unreadable files and broken gzip streams are an
    :class:`InputError` naming the file."""

    def __init__(self, name: str, advance: Callable[[int], object] | None = None):
        self.name, self.advance = name, advance
        self.stdin = name == "-"
        shown = display_name(name)
        try:
            self.raw = _stdin() if self.stdin else open(name, "rb")
        except OSError as e:
            raise InputError(f"{shown}: cannot read ({e.strerror})") from None
        self.gz = None
        if name.endswith(".gz"):
            import gzip

            self.gz = gzip.GzipFile(fileobj=self.raw, mode="rb")

    def __iter__(self) -> Iterator[bytes]:
        if self.gz is None:
            yield from self._lines(self.raw)
            return
        import zlib

        try:
            yield from self._lines(self.gz)
        except (OSError, EOFError, zlib.error) as e:
            raise InputError(f"{self.name}: not a readable gzip file ({e})") from None
        if self.advance is not None and not self.stdin:
            self.advance(self.raw.tell() - self._pos)

    def _lines(self, stream) -> Iterator[bytes]:
        advance, raw, plain = self.advance, self.raw, self.gz is None
        self._pos = 0
        for n, line in enumerate(_pieces(stream, self.name, plain), 1):
            if advance is not None:
                if plain:
                    advance(len(line))
                elif n % 64 == 0:  # gzip: the compressed bytes read so far
                    now = raw.tell()
                    advance(now - self._pos)
                    self._pos = now
            yield line

    def close(self) -> None:
        if self.gz is not None:
            self.gz.close()
        if not self.stdin:
            self.raw.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

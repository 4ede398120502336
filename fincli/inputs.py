"""Inputs as decoded text with their labels: command-line arguments, lines of standard input,
files, and the document date each article carries.

Nothing here writes or exits: a line that cannot be decoded becomes an :class:`InputError`
(yielded in place of its text, or raised after the lines before it have been used), so the
caller decides what the user sees.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator

from fincli.errors import InputError, UsageError


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
            yield (
                f"line {n}",
                InputError(
                    f"cannot decode byte {e.start} of the line as {encoding}{hint}",
                    line.decode(encoding, errors="backslashreplace"),
                ),
            )
        except LookupError:
            raise UsageError(f"unknown encoding {encoding!r}") from None


def read_lines(name: str, encoding: str, advance=None):
    """Decoded lines (ends kept) of a file (gunzipped when named ``*.gz``) or of stdin ('-');
    undecodable bytes are an :class:`InputError` naming the file, line and byte offset.
    ``advance(n)`` is told of the bytes read, for a progress bar."""
    import codecs

    try:
        decoder = codecs.getincrementaldecoder(encoding)()
    except LookupError:
        raise UsageError(f"unknown encoding {encoding!r}") from None
    fh = BinaryLines(name, advance)
    offset = 0
    try:
        for n, raw in enumerate(fh, 1):
            try:
                yield decoder.decode(raw)
            except UnicodeDecodeError as e:
                hint = (
                    " ; try --encoding cp949" if encoding.lower().replace("-", "") == "utf8" else ""
                )
                raise InputError(
                    f"{'stdin' if name == '-' else name}: line {n}: cannot decode byte "
                    f"{offset + e.start} (0x{raw[e.start]:02x}) as {encoding}{hint.replace(' ;', ';')}"
                ) from None
            offset += len(raw)
        tail = decoder.decode(b"", final=True)
        if tail:
            yield tail
    except UnicodeDecodeError:
        raise InputError(
            f"{name}: the file ends inside a {encoding} character (byte {offset})"
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
        for f in extract_stream(lines):
            yield name, doc_date, date_from, f


class BinaryLines:
    """The raw lines of a file, a ``.gz`` file or standard input (``-``), as an iterable that
    closes its file. ``advance(n)`` is told of every ``n`` bytes read from disk (compressed
    bytes for ``.gz``), for a progress bar. Unreadable files and broken gzip streams are an
    :class:`InputError` naming the file."""

    def __init__(self, name: str, advance: Callable[[int], object] | None = None):
        self.name, self.advance = name, advance
        try:
            self.raw = sys.stdin.buffer if name == "-" else open(name, "rb")
        except OSError as e:
            raise InputError(f"{name}: cannot read ({e.strerror})") from None
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
        if self.advance is not None and self.raw is not sys.stdin.buffer:
            self.advance(self.raw.tell() - self._pos)

    def _lines(self, stream) -> Iterator[bytes]:
        advance, raw, plain = self.advance, self.raw, self.gz is None
        self._pos = 0
        for n, line in enumerate(stream, 1):
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
        if self.raw is not sys.stdin.buffer:
            self.raw.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

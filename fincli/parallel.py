"""Extraction spread over worker processes (``--jobs``), or over any engine that maps a
function over batches: the same records as one process makes, in input order, none lost.

The input is cut into paragraphs (:func:`fincli.extract.chunks`), the paragraphs packed into
batches of about :data:`BATCH_CHARS` characters (:func:`batches`), and each batch turned into
the records a writer takes by :func:`extract_batch`, a plain function of picklable arguments
that a cluster engine can call as it is. :func:`extract_parallel` is that map over a local
process pool with a bounded number of batches in flight, so memory does not grow with the
input.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

BATCH_CHARS = 256 * 1024


def extract_rows(name: str, encoding: str, date: str | None, jobs: int, fmt: str):
    """What extract's writer gets for every amount in one input, in order: a jsonl line or
    a record. With ``jobs`` > 1 worker processes make them, so the parent only writes."""
    from fincli.extract import chunks, extract_stream, records
    from fincli.inputs import document

    lines, doc_date, date_from = document(name, encoding, date)
    meta = (name, doc_date, date_from, fmt)
    if jobs > 1:
        return extract_parallel(chunks(lines), jobs, meta)
    return records(extract_stream(lines), *meta)


def batches(chunks: Iterable[tuple[int, str]], chars: int = BATCH_CHARS) -> Iterator[list]:
    """(offset, paragraph) chunks packed into lists of at least ``chars`` characters (the
    last one may be shorter), in order."""
    batch, size = [], 0
    for ch in chunks:
        batch.append(ch)
        size += len(ch[1])
        if size >= chars:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def extract_parallel(chunks, jobs: int, meta: tuple):
    """extract() over batches of paragraphs in ``jobs`` processes, in input order, with a
    bounded number of batches in flight so memory does not grow with the input."""
    import multiprocessing as mp
    from collections import deque

    with mp.get_context("fork").Pool(jobs, initializer=worker_init) as pool:
        window: deque = deque()
        for batch in batches(chunks):
            window.append(pool.apply_async(extract_batch, (batch, meta)))
            if len(window) > 2 * jobs:
                yield from window.popleft().get()
        while window:
            yield from window.popleft().get()


def worker_init() -> None:
    """Workers leave Ctrl-C to the parent, which stops them and exits 130 without tracebacks."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def extract_batch(batch: list[tuple[int, str]], meta: tuple) -> list:
    """The writer's rows for the amounts in one batch of (offset, paragraph) chunks;
    ``meta`` is (file, date, date_from, format) as :func:`fincli.extract.records` takes."""
    from fincli.extract import extract, records

    return list(records((f for offset, text in batch for f in extract(text, offset)), *meta))


def extract_files(names: list[str], encoding: str, date: str | None, jobs: int, fmt: str):
    """:func:`extract_rows` of each input in turn; an input that cannot be read is its
    :class:`~fincli.errors.InputError`, yielded where its rows stop, and the next goes on."""
    from fincli.errors import InputError

    for name in names:
        try:
            yield from extract_rows(name, encoding, date, jobs, fmt)
        except InputError as e:
            yield e

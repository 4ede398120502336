"""Extraction in one process, over worker processes (``--jobs``), or on a Dask cluster
(``--scheduler``, :mod:`fincli.engines.dask`): the same rows, in input order, none lost.

The unit of work is an *item*, ``(meta, offset, text)`` (:class:`fincli.archive.Meta`): a
paragraph of a text file or the text of one archive row, as :func:`fincli.archive.read`
gives them.
Items are packed into batches of about :data:`BATCH_CHARS` characters (:func:`batches`)
and each batch becomes the rows a writer takes by :func:`extract_batch`, a pure function of
picklable arguments. Every engine maps that one function: one process calls it item by item
(so a pipe sees each paragraph's records at once), the pool and Dask call it on batches, and
:func:`ordered` takes the results back in input order with a bounded number of batches in
flight, so memory does not grow with the input.

A stream of items may hold :class:`~fincli.errors.FincliError` values (an input that cannot
be read, a row that is an error): they pass through every engine in their place, so the
caller reports them where they happened, after the rows before them.

An item whose extraction raises something no one foresaw becomes an
:class:`~fincli.errors.InternalError` in its place (the safety net), naming its file and
where its text starts, and the items after it go on. Workers are bounded: ``--jobs`` takes
at most :data:`MAX_JOBS` and uses at most the processors there are, and each worker dies
with its parent (``PR_SET_PDEATHSIG`` on Linux), so a killed ``fincli`` leaves none behind.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from fincli.errors import FincliError, UsageError

if TYPE_CHECKING:
    from fincli.archive import Item

BATCH_CHARS = 256 * 1024
MAX_JOBS = 256  # what --jobs accepts; the processors there are bound what is used


def records(batch: Iterable[Item]) -> Iterator[dict]:
    """Every amount of every item as extract's record (nested, with ``id`` and ``error``
    besides the columns of :data:`fincli.extract.EXTRACT_KEYS`), and one record with
    ``error`` for an error item."""
    for item in batch:
        yield from _item_rows(item, None)


def _item_rows(item: Item, shape: Callable[[dict], object] | None) -> list:
    """The rows of one item (see :func:`extract_batch`), as a list: an item that fails part
    way gives none of its rows, so the safety net can put one error in their place. A shape
    that writes an item's lines itself (:class:`fincli.extract.JsonlLines`) is given the
    amounts, not their records."""
    from fincli.extract import _tail_of, extract

    meta, offset, text = item
    if meta.error is not None:
        rec = _tail_of(meta)
        return [rec if shape is None else shape(rec)]
    found = extract(text or "", offset)
    if not found:
        return found
    lines = getattr(shape, "of_item", None)
    if lines is not None:
        return lines(meta, found)
    tail = _tail_of(meta)
    out = []
    for f in found:
        rec = f.to_record(spellings=False)  # extract's columns have no spellings
        rec.update(tail)
        out.append(rec if shape is None else shape(rec))
    return out


def extract_batch(batch: list[Item], shape: Callable[[dict], object] | None = None) -> list:
    """The writer's rows for a batch of items, in order: ``shape(record)`` for each record of
    :func:`records` (a finished jsonl line, a flat csv row), or the records themselves.

    The one function every engine runs: worker processes and Dask workers call it on the
    batches of :func:`batches`, one process on each item, so all write the same rows."""
    out: list = []
    for item in batch:
        try:
            rows = _item_rows(item, shape)
        except FincliError:
            raise
        except Exception as e:  # the safety net: this item is an error; the next goes on
            from fincli.errors import internal_error

            meta, offset, _ = item
            where = meta.file + (f": {meta.id}" if meta.id else f": character {offset}")
            out.append(internal_error(where, e))
            continue
        out.extend(rows)
    return out


def batches(stream: Iterable, chars: int = BATCH_CHARS) -> Iterator:
    """Consecutive items in lists of about ``chars`` characters of text (at least one item);
    a :class:`FincliError` in the stream closes the batch before it and passes on alone."""
    batch: list = []
    size = 0
    for item in stream:
        if isinstance(item, FincliError):
            if batch:
                yield batch
                batch, size = [], 0
            yield item
            continue
        batch.append(item)
        size += len(item[2] or "") + 64
        if size >= chars:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def ordered(stream: Iterable, submit: Callable, result: Callable, window: int) -> Iterator:
    """Each batch of ``stream`` handed to ``submit``, and the rows ``result`` gives back for
    it, in input order, with at most ``window`` batches in flight; errors pass in place."""
    flight: deque = deque()
    for part in batches(stream):
        flight.append(part if isinstance(part, FincliError) else submit(part))
        if len(flight) > window:
            yield from _take(flight.popleft(), result)
    while flight:
        yield from _take(flight.popleft(), result)


def _take(pending, result):
    if isinstance(pending, FincliError):
        yield pending
    else:
        yield from result(pending)


def run(
    stream: Iterable, shape: Callable[[dict], object] | None = None, jobs: int | None = 1
) -> Iterator:
    """The rows of every item of ``stream`` (and its errors, in place), in this process or
    in ``jobs`` worker processes. (:func:`fincli.engines.dask.run` is the same on Dask.)"""
    if jobs is not None and jobs > 1:
        yield from _pool(stream, shape, usable_jobs(jobs))
        return
    for item in stream:
        if isinstance(item, FincliError):
            yield item
        else:
            yield from extract_batch([item], shape)


def _pool(stream, shape, jobs: int) -> Iterator:
    import multiprocessing as mp

    jobs = min(jobs, cpu_count())
    if jobs < 2:
        yield from run(stream, shape, 1)
        return
    with mp.get_context("fork").Pool(jobs, initializer=worker_init) as pool:
        yield from ordered(
            stream,
            lambda batch: pool.apply_async(extract_batch, (batch, shape)),
            lambda pending: pending.get(),
            2 * jobs,
        )


def worker_init() -> None:
    """Workers leave Ctrl-C and SIGTERM to the parent, which stops them and exits without
    tracebacks, and die with the parent however it ends (SIGKILL too, on Linux)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the parent's handler: pool.terminate()
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG: SIGTERM when the parent dies
        if os.getppid() == 1:  # the parent died before the line above ran
            os._exit(0)
    except (OSError, AttributeError):
        pass  # not Linux: workers end when the parent closes the pool


def usable_jobs(jobs: int) -> int:
    """``jobs`` capped at the processors this process may run on."""
    return max(1, min(jobs, cpu_count()))


def cpu_count() -> int:
    """The cores this process may run on (its CPU affinity, as taskset or a container's
    cpuset sets it), else the machine's: what ``--jobs auto`` uses."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def jobs_option(value: str | None) -> int | None:
    """``--jobs``: a number of processes of at least 1, or ``auto`` for :func:`cpu_count`."""
    if value is None:
        return None
    if value == "auto":
        return cpu_count()
    if value.isascii() and value.isdigit() and int(value) >= 1:
        if int(value) > MAX_JOBS:
            raise UsageError(f"--jobs takes at most {MAX_JOBS} processes, not {value!r}")
        return int(value)
    raise UsageError(f"--jobs takes a number of processes (1, 2, ...) or auto, not {value!r}")

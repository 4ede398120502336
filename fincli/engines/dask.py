"""Extraction on a Dask cluster (``fincli extract ... --scheduler tcp://HOST:8786|local``).

The client (the ``fincli`` process) reads the archive and cuts it into the same batches the
``--jobs`` pool uses (:func:`fincli.parallel.batches`); each batch is one Dask task running
the same pure function (:func:`fincli.parallel.extract_batch`) on a worker; the client
takes the results back in input order and writes them itself, so the output (jsonl, csv or
one Parquet file) is byte for byte what one process writes. The workers need no shared
file system: the text travels inside the tasks. At most a few tasks per worker thread are
in flight, so the client's memory does not grow with the archive.

A worker that dies mid-task (killed, out of memory, its machine gone) costs that task a
rerun on another worker: the scheduler reschedules the tasks of a lost worker by itself,
up to ``distributed.scheduler.allowed-failures`` (3) times per task before it gives up on
it with ``KilledWorker``, and a task that raises is retried :data:`RETRIES` times. Only then
does the run stop, with an error naming the batch.

dask[distributed] is the optional extra ``dask``; nothing imports this module unless
``--scheduler`` is given.
"""

from __future__ import annotations

import logging
import signal
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

from fincli.errors import FincliError, UsageError

RETRIES = 2


def _distributed():
    try:
        import distributed
    except ImportError:
        raise UsageError(
            "--scheduler needs Dask's distributed scheduler: pip install 'fincli[dask]'"
        ) from None
    return distributed


class Cluster:
    """A client on a scheduler's address, or on a local cluster of ``workers`` processes
    (``scheduler == 'local'``) that it starts and stops; an address that does not answer
    within ``timeout`` is an error. A context manager."""

    def __init__(self, scheduler: str, workers: int | None = None, timeout: str = "20s"):
        distributed = _distributed()
        self.cluster = None
        try:
            if scheduler == "local":
                with _workers_ignore_ctrl_c():
                    self.cluster = self._local(distributed, workers)
                self.client = distributed.Client(self.cluster)
            else:
                self.client = distributed.Client(scheduler, timeout=timeout)
        except (OSError, TimeoutError, ValueError) as e:
            self.close()
            raise FincliError(f"cannot reach the Dask scheduler at {scheduler!r} ({e})") from None

    @staticmethod
    def _local(distributed, workers):
        return distributed.LocalCluster(
            n_workers=workers,
            threads_per_worker=1,  # extraction holds the GIL: one task per process
            processes=True,
            dashboard_address=":0",
            silence_logs=logging.ERROR,
        )

    def threads(self) -> int:
        return max(1, sum(self.client.nthreads().values()))

    def close(self) -> None:
        for thing in (getattr(self, "client", None), self.cluster):
            if thing is not None:
                try:
                    thing.close()
                except Exception:  # noqa: BLE001 - closing must not hide what went wrong
                    pass

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


@contextmanager
def _workers_ignore_ctrl_c():
    """Worker processes started inside inherit an ignored SIGINT: Ctrl-C reaches the whole
    process group, and only fincli should act on it (it closes the cluster and exits 130),
    as the --jobs pool's workers do, instead of every worker printing a traceback."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    old = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, old)


def map_ordered(
    fn: Callable[[list], list],
    stream: Iterable,
    cluster: Cluster,
    *args,
    interrupted: threading.Event | None = None,
) -> Iterator:
    """``fn(batch, *args)`` on the cluster's workers for each batch of the item stream
    (:func:`fincli.parallel.batches`), the rows of each result in input order, with twice as
    many tasks in flight as the cluster has threads; errors in the stream pass in place.
    When ``interrupted`` is set (by :func:`_ctrl_c_as_a_flag`), the next wait raises
    KeyboardInterrupt."""
    from fincli.parallel import ordered

    distributed = _distributed()
    client = cluster.client
    numbered = iter(range(1, 1 << 62))

    def stop_if_interrupted():
        if interrupted is not None and interrupted.is_set():
            raise KeyboardInterrupt

    def submit(batch):
        stop_if_interrupted()
        key = f"fincli-extract-{next(numbered)}-{uuid.uuid4().hex[:8]}"
        return client.submit(fn, batch, *args, key=key, pure=False, retries=RETRIES)

    def result(fut):
        done = threading.Event()  # Future.result(timeout=) races in distributed: wait here
        fut.add_done_callback(lambda _: done.set())
        while not done.wait(0.2):
            stop_if_interrupted()
        try:
            out = fut.result()
        except distributed.KilledWorker as e:
            raise FincliError(
                f"a batch killed a Dask worker each time it ran ({e}); the run stops"
            ) from None
        except distributed.client.FutureCancelledError as e:
            raise FincliError(f"a batch was cancelled by the Dask scheduler ({e})") from None
        fut.release()
        return out

    return ordered(stream, submit, result, 2 * cluster.threads() + 2)


@contextmanager
def _ctrl_c_as_a_flag():
    """While the client runs, Ctrl-C sets a flag that :func:`map_ordered` turns into
    KeyboardInterrupt at its next wait. Raised straight from the signal, it can land in a
    callback distributed runs in this process (its garbage-collection monitor), where Python
    prints it as an ignored exception and swallows it: the run would go on."""
    if threading.current_thread() is not threading.main_thread():
        yield None
        return
    hit = threading.Event()
    old = signal.signal(signal.SIGINT, lambda signum, frame: hit.set())
    try:
        yield hit
    finally:
        signal.signal(signal.SIGINT, old)


def run(stream: Iterable, shape, scheduler: str, workers: int | None = None) -> Iterator:
    """:func:`fincli.parallel.run` on the Dask scheduler at ``scheduler`` (``local``: a local
    cluster of ``workers`` processes, all cores when None, started and stopped here)."""
    from fincli.parallel import extract_batch

    with Cluster(scheduler, workers) as cluster, _ctrl_c_as_a_flag() as hit:
        yield from map_ordered(extract_batch, stream, cluster, shape, interrupted=hit)

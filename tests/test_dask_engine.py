"""The Dask engine on a real dask.distributed.LocalCluster of two worker processes."""

import functools
import os

import pytest

distributed = pytest.importorskip("distributed")

from fincli import archive  # noqa: E402
from fincli.archive import Meta  # noqa: E402
from fincli.engines.dask import Cluster, map_ordered  # noqa: E402
from fincli.report import jsonl_line  # noqa: E402

KEYS = ["file", "id", "start", "end", "text", "value", "currency", "stated", "date", "error"]


@pytest.fixture(scope="session")
def dask_cluster():
    """Two worker processes, one thread each (the machine has two cores)."""
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
        silence_logs=40,
    ) as cluster:  # fmt: skip
        yield cluster


def _rows(n):
    out = []
    for i in range(1, n + 1):
        text = f"{i}번째 기사: 삼성전자는 {i}억 달러(약 {i * 14}00억 원)를 투자하고 {i}조 원을 더 쓴다.\n"
        out.append((Meta("a.jsonl", f"r{i}", "2025-10-29", "--date"), 0, text))
    out[99] = (Meta("a.jsonl", "r100", None, None, "r100: no field 'body'"), 0, None)
    return out


def test_two_workers_give_one_process_records_in_order(dask_cluster):
    items = _rows(3000)
    shape = functools.partial(jsonl_line, keys=KEYS)
    one = [r for b in archive.batches(items, 8192) for r in archive.extract_items(b, shape)]
    with Cluster(dask_cluster.scheduler_address) as c:
        assert c.threads() == 2
        got = list(map_ordered(archive.extract_items, archive.batches(items, 8192), c, shape))
    assert len(one) == 2 * 2999 + 1
    assert got == one


def _dies_once(batch, shape, mark):
    """extract_items, except that the worker holding row r1500 dies the first time."""
    if any(m.id == "r1500" for m, _, _ in batch) and not os.path.exists(mark):
        open(mark, "w").close()
        os._exit(1)
    return archive.extract_items(batch, shape)


def test_a_worker_that_dies_costs_its_batch_a_rerun_not_the_run(dask_cluster, tmp_path):
    items = _rows(3000)
    shape = functools.partial(jsonl_line, keys=KEYS)
    one = archive.extract_items(items, shape)
    mark = str(tmp_path / "died")
    with Cluster(dask_cluster.scheduler_address) as c:
        got = list(map_ordered(_dies_once, archive.batches(items, 8192), c, shape, mark))
    assert os.path.exists(mark)  # a worker did die
    assert got == one


def test_an_unreachable_scheduler_is_an_error_naming_it():
    from fincli.errors import FincliError

    with pytest.raises(FincliError, match="cannot reach the Dask scheduler at 'tcp://127.0.0.1:9'"):
        Cluster("tcp://127.0.0.1:9", timeout="1s")

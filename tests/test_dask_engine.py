"""The Dask engine on a real dask.distributed.LocalCluster of two worker processes."""

import functools
import os

import pytest

distributed = pytest.importorskip("distributed")

from fincli import parallel  # noqa: E402
from fincli.archive import Meta  # noqa: E402
from fincli.engines.dask import Cluster, map_ordered  # noqa: E402
from fincli.report import jsonl_line  # noqa: E402

KEYS = ["file", "id", "start", "end", "text", "value", "currency", "stated", "date", "error"]


@pytest.fixture(scope="session")
def dask_cluster():
    """Two worker processes, one thread each (the machine has two cores)."""
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
        silence_logs=40,
    ) as cluster:  # fmt: skip
        yield cluster


def _rows(n):
    out = []
    for i in range(1, n + 1):
        text = f"{i}번째 기사: 삼성전자는 {i}억 달러(약 {i * 14}00억 원)를 투자하고 {i}조 원을 더 쓴다.\n"
        out.append((Meta("a.jsonl", f"r{i}", "2025-10-29", "--date"), 0, text))
    out[99] = (Meta("a.jsonl", "r100", None, None, "no field 'body'"), 0, None)
    return out


def test_two_workers_give_one_process_records_in_order(dask_cluster):
    items = _rows(3000)
    shape = functools.partial(jsonl_line, keys=KEYS)
    one = parallel.extract_batch(items, shape)
    with Cluster(dask_cluster.scheduler_address) as c:
        assert c.threads() == 2
        got = list(map_ordered(parallel.extract_batch, items, c, shape))
    assert len(one) == 2 * 2999 + 1
    assert got == one


def _dies_once(batch, shape, mark):
    """extract_items, except that the worker holding row r1500 dies the first time."""
    if any(m.id == "r1500" for m, _, _ in batch) and not os.path.exists(mark):
        open(mark, "w").close()
        os._exit(1)
    return parallel.extract_batch(batch, shape)


def test_a_worker_that_dies_costs_its_batch_a_rerun_not_the_run(dask_cluster, tmp_path):
    items = _rows(3000)
    shape = functools.partial(jsonl_line, keys=KEYS)
    one = parallel.extract_batch(items, shape)
    mark = str(tmp_path / "died")
    with Cluster(dask_cluster.scheduler_address) as c:
        got = list(map_ordered(_dies_once, items, c, shape, mark))
    assert os.path.exists(mark)  # a worker did die
    assert got == one


def test_an_unreachable_scheduler_is_an_error_naming_it():
    from fincli.errors import FincliError

    with pytest.raises(FincliError, match="cannot reach the Dask scheduler at 'tcp://127.0.0.1:9'"):
        Cluster("tcp://127.0.0.1:9", timeout="1s")


# -- the command --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def big_archive(tmp_path_factory):
    from tests.test_archive_cli import make_rows, write_jsonl

    rows = make_rows(3000, seed=17)
    rows[1234] = {"id": "broken", "meta": {"published": "2025-10-29"}}  # an error row too
    return write_jsonl(tmp_path_factory.mktemp("dask") / "news.jsonl.gz", rows)


ROWS = ["--input", "jsonl", "--text-field", "body", "--date-field", "meta.published",
        "--id-field", "id"]  # fmt: skip


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_extract_on_the_cluster_writes_one_process_output(cli, dask_cluster, big_archive, fmt):
    one = cli(["extract", *ROWS, "-f", fmt, str(big_archive)])
    on_dask = cli(
        [
            "extract",
            *ROWS,
            "-f",
            fmt,
            "--scheduler",
            dask_cluster.scheduler_address,
            str(big_archive),
        ]
    )
    assert (on_dask.code, on_dask.err) == (one.code, one.err) == (1, one.err)
    assert "broken: no field 'body'" in one.err
    assert len(one.out.splitlines()) >= 3000  # 2,999 rows with amounts and one error row
    assert on_dask.out == one.out


def test_extract_on_the_cluster_to_parquet_is_one_process_file(
    cli, dask_cluster, big_archive, tmp_path
):
    pq = pytest.importorskip("pyarrow.parquet")
    args = ["extract", *ROWS, "-f", "parquet", str(big_archive)]
    assert cli([*args, "-o", str(tmp_path / "one.parquet")]).code == 1
    sched = ["--scheduler", dask_cluster.scheduler_address, "-o", str(tmp_path / "dask.parquet")]
    assert cli([*args, *sched]).code == 1
    one, on_dask = (pq.read_table(tmp_path / f"{n}.parquet") for n in ("one", "dask"))
    assert one.num_rows >= 3000 and on_dask.equals(one)


def test_scheduler_local_starts_and_stops_its_own_cluster(cli, tmp_path):
    from tests.test_archive_cli import make_rows, write_jsonl

    path = write_jsonl(tmp_path / "a.jsonl", make_rows(200))
    one = cli(["extract", *ROWS, "-f", "jsonl", str(path)])
    local = cli(["extract", *ROWS, "-f", "jsonl", "--scheduler", "local", "--jobs", "1", str(path)])
    assert (local.code, local.err, local.out) == (0, "", one.out)


def test_an_unreachable_scheduler_address_is_an_error_message(cli, big_archive, monkeypatch):
    import fincli.engines.dask as engine

    real = engine.Cluster.__init__
    monkeypatch.setattr(
        engine.Cluster, "__init__", lambda self, s, w=None, timeout="1s": real(self, s, w, "1s")
    )
    r = cli(["extract", *ROWS, "-f", "jsonl", "--scheduler", "tcp://127.0.0.1:9", str(big_archive)])
    assert r.code == 1 and r.out == ""
    assert r.err.startswith("fincli: error: cannot reach the Dask scheduler at 'tcp://127.0.0.1:9'")


def test_ctrl_c_on_a_local_cluster_exits_130_without_worker_tracebacks(tmp_path):
    import signal
    import subprocess
    import sys
    import time

    from tests.test_archive_cli import make_rows, write_jsonl

    path = write_jsonl(tmp_path / "a.jsonl", make_rows(60000))
    out = tmp_path / "out.jsonl"
    fincli = [sys.executable, "-m", "fincli", "--line-buffered", "extract", *ROWS, "-f", "jsonl"]
    with open(out, "w") as fh:
        p = subprocess.Popen(
            [*fincli, "--scheduler", "local", "--jobs", "1", str(path)],
            stdout=fh, stderr=subprocess.PIPE, start_new_session=True,
        )  # fmt: skip
        deadline = time.monotonic() + 60
        while out.stat().st_size == 0 and p.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert p.poll() is None  # still running: 60,000 rows take a while on one worker
        os.killpg(p.pid, signal.SIGINT)  # what Ctrl-C does: the whole foreground group
        err = p.communicate(timeout=60)[1].decode()
    assert p.returncode == 130, err  # stopped, not swallowed in a callback and run to the end
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines and all(line.endswith("}") for line in lines)  # whole records only

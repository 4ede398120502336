import atexit
import io
import json
import os
import shutil
import sys
import tempfile
from dataclasses import dataclass

import pytest

# compiled patterns (fincli.recache) go to a directory of this run, not the user's cache,
# and before fincli is imported: some are compiled on import
if "FINCLI_CACHE_DIR" not in os.environ:
    os.environ["FINCLI_CACHE_DIR"] = tempfile.mkdtemp(prefix="fincli-test-cache-")
    atexit.register(shutil.rmtree, os.environ["FINCLI_CACHE_DIR"], True)

from fincli.cli import main  # noqa: E402


@dataclass
class Result:
    code: int
    out: str
    err: str

    def jsonl(self):
        return [json.loads(line) for line in self.out.splitlines() if line.strip()]


def run_cli(args, stdin: bytes | str = b"", env=None, monkeypatch=None) -> Result:
    """Run ``fincli ARGS`` in-process through :func:`fincli.cli.main` (exit mapping included)."""
    if isinstance(stdin, str):
        stdin = stdin.encode("utf-8")
    old = sys.stdin, sys.stdout, sys.stderr
    sys.stdin = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
    sys.stdout, sys.stderr = io.StringIO(), io.StringIO()
    try:
        try:
            main(list(args))
            code = 0
        except SystemExit as e:
            code = e.code if isinstance(e.code, int) else 1
        return Result(code, sys.stdout.getvalue(), sys.stderr.getvalue())
    finally:
        sys.stdin, sys.stdout, sys.stderr = old


@pytest.fixture
def cli():
    return run_cli


@pytest.fixture(autouse=True)
def _user_data(tmp_path, monkeypatch):
    """Every test gets its own empty user data directory."""
    monkeypatch.setenv("FINCLI_DATA_DIR", str(tmp_path / "userdata"))

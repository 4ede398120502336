"""`make test-browser` fails, never skips, where the browser cannot run (run by `make test`:
it needs no browser, only a chromium that fails)."""

import os
import subprocess
import sys
from pathlib import Path


def test_browser_tests_fail_when_chromium_cannot_run(tmp_path):
    """`make test-browser` must fail, not skip, on a machine whose browser does not start."""
    env = dict(os.environ, CHROMIUM="/bin/false", FINCLI_SCREENSHOTS=str(tmp_path))
    r = subprocess.run(
        [sys.executable, "-m", "pytest", "-m", "browser", "-x", "-p", "no:cacheprovider",
         str(Path(__file__).parent / "browser")],
        capture_output=True, text=True, env=env, cwd=Path(__file__).parents[1],
    )  # fmt: skip
    assert r.returncode == 1, r.stdout[-2000:]
    assert "chromium exited 1" in r.stdout and " skipped" not in r.stdout

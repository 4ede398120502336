"""Tests in a real browser: headless Chromium renders the report pages and the tests read the
DOM it dumps after the page's scripts ran. Run by `make test-browser` (which installs Debian's
chromium and fonts-noto-cjk when missing); `make test` leaves them out (`-m "not browser"`).

A browser that cannot start is a failure, never a skip: these tests exist to be run.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from dom import SHOTS

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
]


def pytest_collection_modifyitems(items):
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.fspath).parents:
            item.add_marker(pytest.mark.browser)


_ran: list[bool] = []


def pytest_terminal_summary(terminalreporter):
    if _ran and SHOTS.is_dir():
        terminalreporter.write_line(f"browser screenshots: {SHOTS}")


class Chromium:
    def __init__(self, exe: str):
        self.exe = exe

    def _run(self, *args: str, timeout: int = 120) -> subprocess.CompletedProcess:
        with tempfile.TemporaryDirectory(prefix="fincli-chromium-") as profile:
            r = subprocess.run(
                [self.exe, *FLAGS, f"--user-data-dir={profile}", *args],
                capture_output=True,
                text=True,
                timeout=timeout,
            )
        if r.returncode != 0:
            pytest.fail(f"chromium exited {r.returncode}: {r.stderr[-2000:]}")
        return r

    def dom(self, page: Path) -> str:
        """The DOM after the page loaded and its scripts ran."""
        out = self._run("--dump-dom", page.resolve().as_uri()).stdout
        if "<html" not in out:
            pytest.fail(f"chromium dumped no DOM for {page}")
        return out

    def screenshot(self, page: Path, name: str, width=1280, height=2000, extra=(), fragment=""):
        SHOTS.mkdir(parents=True, exist_ok=True)
        png = SHOTS / name
        png.unlink(missing_ok=True)
        self._run(
            f"--screenshot={png}",
            f"--window-size={width},{height}",
            *extra,
            page.resolve().as_uri() + fragment,
        )
        if not png.is_file() or png.stat().st_size < 1000:
            pytest.fail(f"chromium wrote no screenshot {png}")
        return png


@pytest.fixture(scope="session")
def chromium() -> Chromium:
    exe = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not exe:
        pytest.fail("no chromium on PATH: `make test-browser` installs Debian's chromium")
    b = Chromium(exe)
    _ran.append(True)
    with tempfile.TemporaryDirectory() as d:
        probe = Path(d) / "probe.html"
        probe.write_text(
            "<!DOCTYPE html><title>a</title><script>document.title='ran'</script>",
            encoding="utf-8",
        )
        if "<title>ran</title>" not in b.dom(probe):
            pytest.fail("chromium ran no script in a test page: the browser tests cannot work")
    return b

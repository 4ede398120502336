"""The installed package carries the shipped data (a non-editable wheel, built offline)."""

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_wheel_carries_rates_and_seeds(tmp_path):
    src = tmp_path / "src"
    subprocess.run(["git", "clone", "-q", str(ROOT), str(src)], check=True)
    for p in (
        "fincli",
        "rates",
        "seeds",
        "pyproject.toml",
        "README.md",
    ):  # the working tree, not HEAD
        dest = src / p
        if (ROOT / p).is_dir():
            shutil.rmtree(dest, ignore_errors=True)
            shutil.copytree(ROOT / p, dest, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(ROOT / p, dest)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "-q",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "-w",
            str(tmp_path / "dist"),
            str(src),
        ],
        check=True,
    )
    (wheel,) = (tmp_path / "dist").glob("fincli-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in (
        "fincli/_data/rates/README.md",
        "fincli/_data/rates/eurofxref-hist.csv",
        "fincli/_data/rates/DEXKOUS.csv",
        "fincli/_data/rates/compact/ecb/meta.json",
        "fincli/_data/rates/compact/ecb/KRW.csv",
        "fincli/_data/rates/compact/fred/USD-KRW.csv",
        "fincli/_data/seeds/commitments.toml",
        "fincli/_data/seeds/commitments.toml.parsed.json",
        "fincli/data/currencies.json",
        "fincli/data/lang.json",
        "fincli/data/lang/ko.toml",
        "fincli/data/formats.json",
    ):
        assert required in names, required

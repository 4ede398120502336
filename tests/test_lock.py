"""The environment is the lock, and the lock answers pyproject.toml (issue: a locked set-up)."""

import importlib.util
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("lock", ROOT / "scripts" / "lock.py")
lock = importlib.util.module_from_spec(spec)
spec.loader.exec_module(lock)


def tree(tmp_path, edit=lambda text: text):
    """A copy of the files the lock is checked against, pyproject.toml edited by ``edit``."""
    (tmp_path / "requirements").mkdir()
    for name in ("requirements/dev.lock", "requirements/tools.in"):
        shutil.copy(ROOT / name, tmp_path / name)
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(edit(pyproject), encoding="utf-8")
    return tmp_path


def test_the_lock_answers_pyproject():
    assert lock.check() == []


def test_every_locked_pin_has_hashes():
    blocks = ("\n" + (ROOT / "requirements" / "dev.lock").read_text(encoding="utf-8")).split("\n")
    pins = [i for i, line in enumerate(blocks) if line and not line[0].isspace() and "==" in line]
    assert len(pins) == len(lock.read_lock()) > 20
    for i in pins:
        assert blocks[i].endswith("\\") and "--hash=sha256:" in blocks[i + 1], blocks[i]


@pytest.mark.parametrize(
    "old,new,problem",
    [
        ('"typer>=0.29"', '"typer>=99"', "does not allow the locked typer"),
        ('"typer>=0.29",', '"typer>=0.29", "requests>=2",', "requests>=2 is not in the lock"),
        ('"tabulate>=0.9,<0.10",', "", "tabulate==0.9.0 is locked for a requirement no longer"),
        ('"ruff>=0.5", ', "", "ruff=="),
    ],
)
def test_a_changed_pyproject_fails_the_check(tmp_path, old, new, problem):
    root = tree(tmp_path, lambda text: text.replace(old, new, 1))
    assert (ROOT / "pyproject.toml").read_text(encoding="utf-8").count(old) == 1
    problems = lock.check(root)
    assert any(problem in p for p in problems), problems


@pytest.mark.skipif(
    Path(sys.prefix).resolve() != (ROOT / ".venv").resolve(),
    reason="the tests run outside the checkout's .venv, which is the environment the lock makes",
)
def test_the_environment_holds_exactly_the_locked_versions():
    assert lock.freeze() == []

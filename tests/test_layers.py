"""The layering contract sees every room: each module and package directly under fincli/ is
named on a floor of pyproject.toml's layers contract (README, "Architecture"), so an import
that breaks the layering cannot land in a module the contract does not know."""

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_module_has_a_floor():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    (layers,) = [
        c["layers"] for c in config["tool"]["importlinter"]["contracts"] if c["type"] == "layers"
    ]
    named = {name for layer in layers for name in re.findall(r"fincli\.(\w+)", layer)}
    package = ROOT / "fincli"
    rooms = {p.stem for p in package.glob("*.py")} | {
        p.name for p in package.iterdir() if (p / "__init__.py").is_file()
    }
    assert rooms - {"__init__", "__main__"} - named == set(), "give it a floor in pyproject.toml"

"""Hold the environment to the lock (requirements/dev.lock).

    python scripts/lock.py check    the lock still answers pyproject.toml and tools.in
    python scripts/lock.py freeze   the running environment holds exactly the locked versions

``check`` fails when a dependency or extra of pyproject.toml (or a tool of tools.in) is not
locked, is locked at a version its range refuses, or when the lock keeps a package that only
a requirement no longer written asked for: then ``make lock`` (keep the other pins) or
``make upgrade`` (newest everything) writes a new lock. ``freeze`` compares ``pip freeze``
with the lock entries whose markers hold here. Both print what differs and exit 1.

Runs with the standard library and ``packaging`` (locked, and vendored by pip besides).
"""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

try:
    from packaging.markers import Marker
    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name
    from packaging.version import Version
except ImportError:  # pragma: no cover - a bare interpreter
    from pip._vendor.packaging.markers import Marker
    from pip._vendor.packaging.requirements import Requirement
    from pip._vendor.packaging.utils import canonicalize_name
    from pip._vendor.packaging.version import Version

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "requirements" / "dev.lock"
_PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)\s*(?:;\s*([^\\]+?))?\s*\\?$")
_VIA = re.compile(r"^\s+#\s+(?:via\s+)?(.+?)\s*$")
DIRECT = ("fincli (pyproject.toml)", "-r requirements/tools.in")


def read_lock(path: Path = LOCK) -> dict[str, dict]:
    """``{name: {"version", "marker", "via"}}`` for every pin of a uv/pip-compile lock."""
    pins: dict[str, dict] = {}
    current = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if m := _PIN.match(line):
            current = canonicalize_name(m.group(1))
            pins[current] = {"version": m.group(2), "marker": m.group(3), "via": []}
        elif current and (v := _VIA.match(line)) and not v.group(1).startswith("--hash"):
            pins[current]["via"].append(v.group(1))
    return pins


def wanted(root: Path = ROOT) -> list[Requirement]:
    """Every requirement the lock must answer: fincli's dependencies, all its extras, the tools."""
    project = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    lines = list(project["dependencies"])
    for extra in project.get("optional-dependencies", {}).values():
        lines += extra
    tools = (root / "requirements" / "tools.in").read_text(encoding="utf-8").splitlines()
    lines += [t for t in tools if t and t[0] != "#"]
    return [Requirement(t) for t in lines]


def check(root: Path = ROOT) -> list[str]:
    """What keeps the lock in ``root`` from answering that tree's pyproject.toml and tools."""
    pins = read_lock(root / "requirements" / "dev.lock")
    problems = []
    names = set()
    for req in wanted(root):
        name = canonicalize_name(req.name)
        names.add(name)
        pin = pins.get(name)
        if pin is None:
            problems.append(f"{req} is not in the lock")
        elif not req.specifier.contains(Version(pin["version"]), prereleases=True):
            problems.append(f"{req} does not allow the locked {name}=={pin['version']}")
    for name, pin in pins.items():
        if name not in names and pin["via"] and all(v in DIRECT for v in pin["via"]):
            problems.append(
                f"{name}=={pin['version']} is locked for a requirement no longer written"
            )
    return problems


def freeze() -> list[str]:
    """How the running environment differs from the lock."""
    out = subprocess.run(
        [sys.executable, "-m", "pip", "freeze", "--all", "--exclude-editable"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    have = {}
    for line in out.splitlines():
        if "==" in line:
            name, version = line.split("==", 1)
            have[canonicalize_name(name)] = version
    want = {
        name: pin["version"]
        for name, pin in read_lock().items()
        if pin["marker"] is None or Marker(pin["marker"]).evaluate()
    }
    problems = [
        f"{name}: locked {version}, installed {have.get(name, 'nothing')}"
        for name, version in sorted(want.items())
        if have.get(name) != version
    ]
    problems += [
        f"{name}=={have[name]} is installed but not locked"
        for name in sorted(have.keys() - want.keys())
    ]
    return problems


def main(argv: list[str]) -> int:
    if argv not in (["check"], ["freeze"]):
        print(__doc__, file=sys.stderr)
        return 2
    problems = check() if argv == ["check"] else freeze()
    for p in problems:
        print(f"lock: {p}", file=sys.stderr)
    if problems and argv == ["check"]:
        print("lock: the lock no longer answers pyproject.toml: run 'make lock'", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

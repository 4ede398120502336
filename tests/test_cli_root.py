"""The root command's own options: --version and shell completion (typer's, for bash, zsh
and fish)."""

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_version_is_the_package_version(cli):
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    r = cli(["--version"])
    assert (r.code, r.out, r.err) == (0, f"fincli {version}\n", "")


def test_version_wins_over_a_command(cli):
    r = cli(["--version", "parse", "1조"])
    assert r.code == 0 and r.out.startswith("fincli ") and "1조" not in r.out


def test_root_help_names_version_and_completion(cli):
    r = cli(["--help"])
    for option in ("--version", "--install-completion", "--show-completion", "--traceback"):
        assert option in r.out


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_completion_script_for_each_shell(cli, monkeypatch, shell):
    monkeypatch.setenv("_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION", "1")
    r = cli(["--show-completion", shell])
    assert r.code == 0
    assert f"_FINCLI_COMPLETE=complete_{shell}" in r.out
    assert "fincli" in r.out


@pytest.mark.parametrize(
    "words, cword, expected",
    [
        ("fincli pa", 1, ["parse"]),
        ("fincli rates s", 2, ["show", "sources"]),
        ("fincli compare --lo", 2, ["--locale"]),
        ("fincli extract --j", 2, ["--jobs"]),
    ],
)
def test_bash_completes_commands_and_options(cli, monkeypatch, words, cword, expected):
    monkeypatch.setenv("_FINCLI_COMPLETE", "complete_bash")
    monkeypatch.setenv("COMP_WORDS", words)
    monkeypatch.setenv("COMP_CWORD", str(cword))
    r = cli([])
    assert r.code == 0 and r.out.split() == expected


def test_zsh_and_fish_complete_subcommands(cli, monkeypatch):
    monkeypatch.setenv("_FINCLI_COMPLETE", "complete_zsh")
    monkeypatch.setenv("_TYPER_COMPLETE_ARGS", "fincli rates s")
    zsh = cli([]).out
    assert '"show":' in zsh and '"sources":' in zsh
    monkeypatch.setenv("_FINCLI_COMPLETE", "complete_fish")
    monkeypatch.setenv("_TYPER_COMPLETE_FISH_ACTION", "get-args")
    monkeypatch.setenv("_TYPER_COMPLETE_ARGS", "fincli ch")
    assert cli([]).out.startswith("check\t")


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_the_bash_script_works_in_bash(tmp_path):
    """The script as a user installs it: eval'd in bash, asked for the words after 'rates s'."""
    bindir = tmp_path / "bin"
    bindir.mkdir()
    (bindir / "fincli").write_text(f'#!/bin/sh\nexec {sys.executable} -m fincli "$@"\n')
    (bindir / "fincli").chmod(0o755)
    script = (
        "export _TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION=1\n"
        'eval "$(fincli --show-completion bash)"\n'
        "unset _TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION\n"
        "COMP_WORDS=(fincli rates s); COMP_CWORD=2; _fincli_completion fincli\n"
        'echo "${COMPREPLY[@]}"\n'
    )
    env = {"PATH": f"{bindir}:/usr/bin:/bin", "PYTHONPATH": str(ROOT)}
    out = subprocess.run(["bash", "-c", script], capture_output=True, text=True, env=env)
    assert out.stdout.split() == ["show", "sources"], out.stderr

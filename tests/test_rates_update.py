"""fincli rates update against a local server (tests/synthetic_rates_server.py): never the
network. The rows after the shipped data are synthetic (see that module)."""

import hashlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
from decimal import Decimal as D
from pathlib import Path

import pytest

from fincli.rates import QUOTIENT, get_series
from fincli.rates import update as upd
from fincli.resources import rates_dir

sys.path.insert(0, str(Path(__file__).parent))
from synthetic_rates_server import KEY, Server  # noqa: E402

ARTICLE = "date 2026-12-01\nA사는 50억 달러(약 6조 7천억 원)를 한국에 투자한다.\n"


@pytest.fixture
def server():
    srv = Server().start()
    yield srv
    srv.stop()


@pytest.fixture
def env(server, monkeypatch):
    """Point fincli at the local server, with no pause between retries."""

    def use(fault=None):
        for k, v in server.env(fault).items():
            monkeypatch.setenv(k, v)

    use()
    monkeypatch.setenv("FINCLI_RETRY_SECONDS", "0")
    monkeypatch.delenv("FINCLI_ECOS_KEY", raising=False)
    return use


def store() -> Path:
    return Path(os.environ["FINCLI_DATA_DIR"]) / "rates"


def shipped_hashes():
    return {
        str(p.relative_to(rates_dir())): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(rates_dir().rglob("*"))
        if p.is_file()
    }


def snapshot():
    """Every file of the store with its bytes (links as their targets)."""
    base = store()
    if not base.exists():
        return {}
    out = {}
    for p in sorted(base.rglob("*")):
        if p.is_symlink():
            out[str(p.relative_to(base))] = os.readlink(p)
        elif p.is_file() and p.name != ".lock":
            out[str(p.relative_to(base))] = p.read_bytes()
    return out


# -- the "must show" path --------------------------------------------------------------------


def test_an_article_after_the_shipped_data_checks_after_an_update(cli, env, tmp_path):
    article = tmp_path / "today.txt"
    article.write_text(ARTICLE)
    r = cli(["check", str(article), "-f", "jsonl"])
    assert r.code == 1 and "2026-10-30" in r.err and "fincli rates update" in r.err
    before = shipped_hashes()
    r = cli(["rates", "update", "-f", "jsonl"])
    assert r.code == 0, r.err
    recs = {x["series"]: x for x in r.jsonl()}
    assert recs["ecb"]["status"] == "updated" and recs["ecb"]["last"] == "2026-12-01"
    assert recs["ecb"]["added"] == 22 and recs["fred"]["status"] == "updated"
    assert "fetched" in r.err and "sha256" in r.err
    r = cli(["check", str(article), "-f", "jsonl"])
    assert r.code == 0, r.err
    rec = r.jsonl()[0]
    assert rec["rate_date"] == "2026-12-01" and rec["source"] == "ecb" and rec["verdict"] == "ok"
    assert shipped_hashes() == before  # the shipped data is never touched
    r = cli(["rates", "sources", "-f", "jsonl"])
    src = {x["name"]: x for x in r.jsonl()}
    assert src["ecb"]["last"] == "2026-12-01" and src["ecb"]["url"].endswith("eurofxref-hist.zip")
    assert "shipped with fincli" in src["ecb"]["origin"] and "updated" in src["ecb"]["origin"]
    assert src["ecb"]["sha256"] == recs["ecb"]["sha256"]


def test_the_shipped_dates_give_the_shipped_rates_after_an_update(cli, env):
    from fincli.errors import RateNotFoundError

    days = ["1999-01-04", "2005-04-01", "2025-10-29", "2025-12-31", "2026-10-30", "2026-10-31"]
    pairs = [("USD", "KRW"), ("CNY", "JPY"), ("EUR", "BGN"), ("KRW", "EUR")]

    def rates():
        out = []
        for b, q in pairs:
            for d in days:
                try:
                    out.append(get_series("ecb").rate(b, q, d))
                except RateNotFoundError:
                    out.append(None)  # before CNY starts, after BGN ends
        out.append(get_series("ecb").lookup("USD", "KRW", "2026-10"))
        out.append(get_series("fred").rate("USD", "KRW", "2026-03-27"))
        return out

    before = rates()
    assert before.count(None) == 4  # CNY before 2005-04-01; BGN before 2000-07-19, after 2025
    assert cli(["rates", "update"]).code == 0
    assert rates() == before
    # the month that spans the end mixes shipped and downloaded fixings, each once
    nov = get_series("ecb").lookup("USD", "KRW", "2026-11")
    assert nov.fixings == 21


def test_fred_directions_headers_and_holidays(cli, env):
    import synthetic_rates_server as srv

    assert cli(["rates", "update", "fred"]).code == 0
    fred = get_series("fred")
    eur = fred.rate("EUR", "USD", "2026-01-02")  # DEXUSEU: dollars per euro, as written
    assert eur.value == D(srv._drift(srv.FRED_LEVELS["DEXUSEU"], 1))
    jpy = fred.rate("USD", "JPY", "2026-01-05")  # DEXJPUS: old DATE header, '.' for none
    assert jpy.value == D(srv._drift(srv.FRED_LEVELS["DEXJPUS"], 2))
    krw_eur = fred.rate("EUR", "KRW", "2026-11-27")
    usd_krw = fred.rate("USD", "KRW", "2026-11-27").value
    assert krw_eur.value == QUOTIENT.multiply(usd_krw, fred.rate("EUR", "USD", "2026-11-27").value)
    assert fred.rate("USD", "KRW", "2026-11-26").date == "2026-11-25"  # Thanksgiving: empty cell
    assert fred.rate("USD", "JPY", "2026-11-26").date == "2026-11-25"  # and '.' in DATE layout
    from fincli.currencies import known

    assert "GBP" in fred.codes and ("TWD" in fred.codes) == known("TWD")  # only known codes
    assert fred.rate("USD", "KRW", "1990-01-02").value > 0  # the shipped years still there


def test_bok_pages_per_100_items_and_source_bok_everywhere(cli, env, server, tmp_path, monkeypatch):
    import synthetic_rates_server as srv

    monkeypatch.setattr(upd, "ECOS_PAGE", 10)  # 22 rows: three pages
    r = cli(["rates", "update", "bok", "--key", KEY, "-f", "jsonl"])
    assert r.code == 0, r.err
    assert len([p for p in server.requests if p.endswith("/0000001")]) == 3
    bok = get_series("bok")
    jpy = bok.rate("JPY", "KRW", "2026-11-02")
    assert jpy.value == D(srv.ECOS_LEVELS["0000002"]) / 100  # 원/일본엔(100엔)
    usd = bok.rate("USD", "KRW", "2026-11-05")  # the row written '1,455.7'
    assert usd.value == D(srv._drift(srv.ECOS_LEVELS["0000001"], 3))
    eur_usd = bok.rate("EUR", "USD", "2026-11-02").value
    assert eur_usd == QUOTIENT.divide(D(srv.ECOS_LEVELS["0000003"]), D(srv.ECOS_LEVELS["0000001"]))
    r = cli(["convert", "1달러", "--to", "KRW", "--on", "2026-11-02", "-s", "bok", "-f", "jsonl"])
    assert r.jsonl()[0]["rate"] == srv.ECOS_LEVELS["0000001"] and r.jsonl()[0]["source"] == "bok"
    r = cli(["rates", "show", "USD/KRW", "--on", "2026-11-02", "-s", "bok", "-f", "jsonl"])
    assert r.jsonl()[0]["rate"] == srv.ECOS_LEVELS["0000001"]
    article = tmp_path / "a.txt"
    article.write_text("date 2026-11-02\nA사는 10억 달러(약 1조4천6백억 원)를 투자한다.\n")
    r = cli(["check", str(article), "-s", "bok", "-f", "jsonl"])
    assert r.code == 0 and r.jsonl()[0]["source"] == "bok", r.err
    reg = tmp_path / "r.toml"
    reg.write_text(
        '[[commitment]]\nid = "a"\nannouncer = "A"\nannounced = 2026-11-02\n'
        'source = "s"\namount = "10억 달러"\n'
    )
    r = cli(["compare", str(reg), "-s", "bok", "--to", "KRW", "-f", "jsonl"])
    assert r.code == 0 and r.jsonl()[0]["source"] == "bok", r.err


def test_ecos_info_200_is_no_data_and_a_dropped_currency_is_refused(cli, env, server):
    assert cli(["rates", "update", "bok", "--key", KEY]).code == 0
    assert "JPY" in get_series("bok").codes
    before = snapshot()
    env("info200")  # JPY answers INFO-200 now
    r = cli(["rates", "update", "bok", "--key", KEY])
    assert r.code == 1 and "lacks JPY" in r.err and snapshot() == before


def test_ecos_error_602_backs_off_then_succeeds(cli, env, server):
    env("602once")
    r = cli(["rates", "update", "bok", "--key", KEY])
    assert r.code == 0, r.err
    assert "ERROR-602" in r.err and "trying again" in r.err


@pytest.mark.parametrize(
    "key,code",
    [("wrong-key-123", "INFO-100"), (KEY, None)],
)
def test_ecos_result_codes_are_named_and_the_key_never_shown(cli, env, key, code):
    r = cli(["rates", "update", "bok", "--key", key, "-f", "jsonl"])
    if code:
        assert r.code == 1 and code in r.err and "the key is not valid" in r.err
        assert not store().exists() or "bok" not in os.listdir(store())
    else:
        assert r.code == 0
    for text in (r.out, r.err):
        assert key not in text
    for p in store().rglob("*") if store().exists() else []:
        if p.is_file():
            assert key.encode() not in p.read_bytes(), p


def test_the_key_never_appears_in_a_real_process(server, tmp_path):
    """As a user runs it: the key in FINCLI_ECOS_KEY, every output and file searched."""
    data = tmp_path / "data"
    env = {
        **os.environ,
        **server.env(),
        "FINCLI_DATA_DIR": str(data),
        "FINCLI_RETRY_SECONDS": "0",
        "FINCLI_ECOS_KEY": KEY,
    }
    runs = [
        ["rates", "update", "bok"],
        ["rates", "update", "bok", "--dry-run"],
        ["rates", "update", "bok", "-f", "json"],
        ["rates", "sources", "-f", "jsonl"],
        ["rates", "update", "bok", "--key", "bad" + KEY],
        ["rates", "update", "--help"],
    ]
    for args in runs:
        p = subprocess.run(
            [sys.executable, "-m", "fincli", *args], env=env, capture_output=True, timeout=120
        )
        assert KEY.encode() not in p.stdout + p.stderr, args
    files = [p for p in data.rglob("*") if p.is_file()]
    assert files and not [p for p in files if KEY.encode() in p.read_bytes()]


# -- faults ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "fault,message",
    [
        ("html", "HTML page"),
        ("empty", "empty body"),
        ("nomember", "no CSV"),
        ("truncated", "truncated"),
        ("500", "HTTP 500"),
        ("short", "ends 2026-10-01, before the 2026-10-30"),
    ],
)
def test_a_bad_download_changes_nothing(cli, env, fault, message):
    env(fault)
    before = snapshot()
    r = cli(["rates", "update", "ecb"])
    assert r.code == 1 and message in r.err and "Traceback" not in r.err, r.err
    assert snapshot() == before
    assert get_series("ecb").last == "2026-10-30"


def test_a_shorter_series_than_the_stored_one_is_refused(cli, env):
    assert cli(["rates", "update", "fred"]).code == 0
    before = snapshot()
    env("short")
    r = cli(["rates", "update", "fred"])
    assert r.code == 1 and "before the 2026-11-27 of the stored copy" in r.err
    assert snapshot() == before and get_series("fred").last == "2026-11-27"


@pytest.mark.parametrize("fault", ["500once", "429once"])
def test_500_and_429_are_retried(cli, env, fault):
    env(fault)
    r = cli(["rates", "update", "ecb"])
    assert r.code == 0 and "trying again" in r.err, r.err
    assert get_series("ecb").last == "2026-12-01"


def test_a_server_that_does_not_answer_times_out(cli, env, server):
    server.sleep = 1.5
    env("sleep")
    r = cli(["rates", "update", "ecb", "--timeout", "0.3"])
    assert r.code == 1 and "no answer within 0.3 s" in r.err and "4 tries" in r.err
    assert not store().exists() or "ecb" not in os.listdir(store())


def test_connection_refused_fails_at_once_and_offline_is_said(cli, env, monkeypatch):
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    monkeypatch.setenv("FINCLI_ECB_URL", f"http://127.0.0.1:{port}/x.zip")
    r = cli(["rates", "update", "ecb"])
    assert r.code == 1 and "cannot connect" in r.err and "offline" in r.err
    assert "trying again" not in r.err
    assert cli(["convert", "1달러", "--to", "KRW", "--on", "2025-10-29"]).code == 0


def test_dry_run_fetches_nothing_and_changes_nothing(cli, env, server):
    r = cli(["rates", "update", "ecb", "fred", "bok", "--dry-run", "--key", KEY, "-f", "jsonl"])
    assert r.code == 0 and server.requests == [] and snapshot() == {}
    urls = [x["url"] for x in r.jsonl()]
    assert urls[0] == server.env()["FINCLI_ECB_URL"] and any("DEXUSEU" in u for u in urls)
    assert all(KEY not in u for u in urls) and any("/***/" in u for u in urls)


def test_user_agent_and_a_second_update_is_unchanged(cli, env, server):
    assert cli(["rates", "update", "ecb"]).code == 0
    assert server.agents and all(a.startswith("fincli/") for a in server.agents)
    r = cli(["rates", "update", "ecb", "-f", "jsonl"])
    assert r.jsonl()[0]["status"] == "unchanged" and r.jsonl()[0]["added"] == 0


def test_an_http_proxy_from_the_environment_is_used(cli, env, server, monkeypatch):
    monkeypatch.setenv("FINCLI_ECB_URL", "http://ecb.invalid/ecb/eurofxref-hist.zip")
    monkeypatch.setenv("HTTP_PROXY", server.root)
    monkeypatch.setenv("http_proxy", server.root)
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    r = cli(["rates", "update", "ecb"])
    assert r.code == 0, r.err
    assert server.requests == ["http://ecb.invalid/ecb/eurofxref-hist.zip"]


def test_usage_errors(cli, env):
    assert cli(["rates", "update", "ecbx"]).code == 2
    r = cli(["rates", "update", "bok"])
    assert r.code == 2 and "FINCLI_ECOS_KEY" in r.err
    assert cli(["rates", "update", "--timeout", "0"]).code == 2
    assert cli(["rates", "update", "-f", "xml"]).code == 2


@pytest.mark.parametrize("value", ["abc", "nan"])
def test_a_bad_retry_setting_is_a_usage_error(cli, env, monkeypatch, value):
    monkeypatch.setenv("FINCLI_RETRY_SECONDS", value)
    r = cli(["rates", "update", "ecb"])
    assert r.code == 2 and "FINCLI_RETRY_SECONDS" in r.err and "Traceback" not in r.err


# -- SIGKILL mid-update --------------------------------------------------------------------


def test_sigkill_while_downloading_leaves_the_store_as_it_was(server, tmp_path):
    data = tmp_path / "data"
    env = {**os.environ, **server.env(), "FINCLI_DATA_DIR": str(data), "FINCLI_RETRY_SECONDS": "0"}
    assert subprocess.run([sys.executable, "-m", "fincli", "rates", "update", "ecb"], env=env,
                          capture_output=True, timeout=120).returncode == 0  # fmt: skip
    link = os.readlink(data / "rates" / "ecb")
    server.sleep = 30
    env.update(server.env("kill"))
    proc = subprocess.Popen(
        [sys.executable, "-m", "fincli", "rates", "update", "ecb"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    assert server.stalled.wait(60)
    proc.send_signal(signal.SIGKILL)
    proc.wait(30)
    assert os.readlink(data / "rates" / "ecb") == link


KILL_IN_INSTALL = """
import os, signal, sys
n = int(sys.argv[1]); calls = [0]
def hit(real):
    def call(*a, **k):
        calls[0] += 1
        if calls[0] == n:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(*a, **k)
    return call
for name in ("replace", "symlink", "fsync", "rename"):
    setattr(os, name, hit(getattr(os, name)))
from fincli.cli import main
main(["rates", "update", "ecb"])
"""


@pytest.mark.parametrize("n", [1, 30, 44, 46])
def test_sigkill_while_storing_leaves_old_or_new_whole(server, tmp_path, n):
    data = tmp_path / "data"
    env = {**os.environ, **server.env(), "FINCLI_DATA_DIR": str(data), "FINCLI_RETRY_SECONDS": "0"}
    p = subprocess.run([sys.executable, "-c", KILL_IN_INSTALL, str(n)], env=env, timeout=120)
    assert p.returncode in (0, -signal.SIGKILL)
    os.environ["FINCLI_DATA_DIR"] = str(data)
    ecb = get_series("ecb")
    assert ecb.last in ("2026-10-30", "2026-12-01")
    r = ecb.rate("USD", "KRW", "2026-12-01" if ecb.last == "2026-12-01" else "2026-10-30")
    assert r.value > 0


# -- offline stays first -------------------------------------------------------------------


def test_no_other_command_opens_a_socket(cli, monkeypatch, tmp_path):
    def refuse(*a, **k):
        raise AssertionError("a command other than rates update used the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    article = tmp_path / "a.txt"
    article.write_text("date 2025-10-29\nA사는 50억 달러(약 7조 원)를 투자한다.\n")
    csv = tmp_path / "mine.csv"
    csv.write_text("date,rate\n2025-10-29,1400\n")
    for args in (
        ["parse", "50억 달러"],
        ["convert", "1달러", "--to", "KRW", "--on", "2025-10-29"],
        ["extract", str(article)],
        ["check", str(article)],
        ["compare", "-f", "jsonl"],
        ["rates", "show", "USD/KRW", "--on", "2025-10-29"],
        ["rates", "sources"],
        ["rates", "import", str(csv), "--pair", "USD/KRW"],
        ["rates", "update", "--dry-run"],
    ):
        r = cli(args)
        assert r.code in (0, 1) and "network" not in r.err, (args, r.err)


def test_json_of_meta_never_carries_a_key(cli, env):
    assert cli(["rates", "update", "bok", "--key", KEY]).code == 0
    meta = json.loads((store() / "bok" / "meta.json").read_text())
    assert KEY not in json.dumps(meta) and "***" in meta["downloaded_from"]
    assert meta["provenance"].startswith("출처: 한국은행")


def test_retries_are_bounded(cli, env, server):
    env("500")
    r = cli(["rates", "update", "ecb"])
    assert r.code == 1 and len(server.requests) == upd.ATTEMPTS


def test_a_0_1_import_named_bok_is_named_as_such_and_replaced_by_an_update(cli, env, tmp_path):
    from fincli.rates import read_table, write_series

    p = tmp_path / "bok.csv"
    p.write_text("date,rate\n2025-10-29,1400\n")
    table = read_table(p, pair="USD/KRW")
    write_series(table, store() / "bok", "bok", "imported", {"imported_from": str(p)})
    r = cli(["convert", "1달러", "--to", "KRW", "--on", "2025-10-29", "-s", "bok"])
    assert r.code == 1 and "imported" in r.err and "fincli rates update bok" in r.err
    assert cli(["rates", "update", "bok", "--key", KEY]).code == 0
    assert get_series("bok").rate("USD", "KRW", "2026-11-02").value > 1000


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command")
def test_tls_is_verified_and_ssl_cert_file_is_honoured(cli, tmp_path, monkeypatch):
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key),
         "-out", str(cert), "-days", "2", "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1"],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    srv = Server().use_tls(str(cert), str(key)).start()
    try:
        monkeypatch.setenv("FINCLI_ECB_URL", f"{srv.root}/ecb/eurofxref-hist.zip")
        monkeypatch.setenv("FINCLI_RETRY_SECONDS", "0")
        monkeypatch.delenv("SSL_CERT_FILE", raising=False)
        for proxy in ("HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"):
            monkeypatch.delenv(proxy, raising=False)
        r = cli(["rates", "update", "ecb"])
        assert r.code == 1 and "TLS failed" in r.err and "SSL_CERT_FILE" in r.err
        assert not store().exists() or "ecb" not in os.listdir(store())
        monkeypatch.setenv("SSL_CERT_FILE", str(cert))
        r = cli(["rates", "update", "ecb"])
        assert r.code == 0, r.err
        assert get_series("ecb").last == "2026-12-01"
    finally:
        srv.stop()

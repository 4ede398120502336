"""A local stand-in for the ECB, FRED and the Bank of Korea's ECOS, on 127.0.0.1.

SYNTHETIC DATA. Every rate this server serves that is dated after the shipped files end
(ECB after 2026-10-30, FRED's DEXKOUS after 2026-03-27, every other FRED series, and all of
ECOS) is made up here, in the real layouts; it exists only for the tests and the README's
shell session, and is never shipped. The rows up to the shipped ends are the shipped files
themselves (rates/eurofxref-hist.csv, rates/DEXKOUS.csv), byte for byte.

Layouts, from shared/research/online-rate-sources.md: the ECB's zip holds one CSV member
(``Date,USD,…,`` with trailing commas, ``N/A``, newest first); FRED's ``fredgraph.csv?id=``
answers ``observation_date,DEX…`` with empty cells for holidays (DEXJPUS here uses the older
``DATE`` header and ``.``); ECOS answers ``{"StatisticSearch": {"list_total_count": N,
"row": [...]}}`` or ``{"RESULT": {"CODE": ..., "MESSAGE": ...}}`` with HTTP 200.

Faults are chosen by a path prefix ``/fault/NAME/`` (see ``Handler.do_GET``).

Run it for a shell session: ``python tests/synthetic_rates_server.py [PORT]`` prints the
FINCLI_*_URL settings to export.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import json
import sys
import threading
import time
import zipfile
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

ROOT = Path(__file__).resolve().parent.parent / "rates"
KEY = "TESTKEY-0123456789abcdef"  # the ECOS key the server accepts
SYNTHETIC_END = dt.date(2026, 12, 1)
US_HOLIDAYS = {"2026-05-25", "2026-06-19", "2026-07-03", "2026-09-07", "2026-10-12",
               "2026-11-11", "2026-11-26"}  # fmt: skip


def weekdays(start: dt.date, end: dt.date):
    d = start
    while d <= end:
        if d.weekday() < 5:
            yield d
        d += dt.timedelta(days=1)


def _drift(value: str, k: int) -> str:
    """A made-up fixing k days on: the value moved by k × 0.01 %, to the same decimals."""
    v = Decimal(value)
    q = Decimal(1).scaleb(v.as_tuple().exponent)
    return str((v * (1 + Decimal(k) * Decimal("0.0001"))).quantize(q))


# -- ECB ----------------------------------------------------------------------------------


@functools.cache
def ecb_csv(end: dt.date = SYNTHETIC_END) -> bytes:
    """The shipped history with SYNTHETIC rows from 2026-11-02 to ``end`` on top."""
    shipped = (ROOT / "eurofxref-hist.csv").read_bytes()
    header, rest = shipped.split(b"\n", 1)
    latest = rest.split(b"\n", 1)[0].decode().split(",")
    new = []
    for k, d in enumerate(weekdays(dt.date(2026, 11, 2), end), 1):
        cells = [c if c in ("N/A", "") else _drift(c, k) for c in latest[1:]]
        new.append(",".join([d.isoformat(), *cells]))
    new.reverse()  # newest first, as the ECB writes it
    return header + b"\n" + "".join(f"{r}\n" for r in new).encode() + rest


@functools.cache
def ecb_zip(csv: bytes, member: str = "eurofxref-hist.csv") -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(member, csv)
    return buf.getvalue()


def empty_zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w"):
        pass
    return buf.getvalue()


# -- FRED ---------------------------------------------------------------------------------

# SYNTHETIC levels for the series the shipped data lacks (units as FRED quotes them)
FRED_LEVELS = {
    "DEXJPUS": "152.31", "DEXCHUS": "7.1234", "DEXUSEU": "1.1172", "DEXUSUK": "1.3398",
    "DEXHKUS": "7.7801", "DEXTAUS": "31.02", "DEXCAUS": "1.3912", "DEXUSAL": "0.6534",
    "DEXUSNZ": "0.5921", "DEXSZUS": "0.8231", "DEXSIUS": "1.3012", "DEXINUS": "88.71",
    "DEXTHUS": "32.45", "DEXMAUS": "4.2101", "DEXMXUS": "18.402", "DEXBZUS": "5.4312",
    "DEXSFUS": "17.312", "DEXSDUS": "9.8213", "DEXNOUS": "10.1234", "DEXDNUS": "6.6891",
}  # fmt: skip


def fred_csv(sid: str, end: dt.date = dt.date(2026, 11, 27)) -> bytes:
    """DEXKOUS: the shipped file plus SYNTHETIC rows after 2026-03-27. Others: SYNTHETIC
    from 2026-01-02. DEXJPUS in the older layout (DATE, '.')."""
    if sid == "DEXKOUS":
        text = (ROOT / "DEXKOUS.csv").read_text()
        last = text.rstrip("\n").rsplit("\n", 1)[1].split(",")[1]
        start = dt.date(2026, 3, 30)
        header, missing = None, ""
    else:
        last = FRED_LEVELS[sid]
        start = dt.date(2026, 1, 2)
        old = sid == "DEXJPUS"
        header = f"{'DATE' if old else 'observation_date'},{sid}\n"
        missing = "." if old else ""
        text = header
    for k, d in enumerate(weekdays(start, end), 1):
        iso = d.isoformat()
        value = missing if iso in US_HOLIDAYS else _drift(last, k)
        text += f"{iso},{value}\n"
    return text.encode()


# -- ECOS ---------------------------------------------------------------------------------

# SYNTHETIC won per unit (JPY, IDR: per 100) on 2026-11-02
ECOS_LEVELS = {
    "0000001": "1455.3", "0000002": "955.12", "0000003": "1626.41", "0000012": "1950.22",
    "0000013": "1046.1", "0000014": "1812.3", "0000015": "187.05", "0000017": "951.2",
    "0000024": "1121.4", "0000026": "862.1", "0000028": "44.85", "0000029": "8.81",
    "0000031": "47.1", "0000035": "5.53", "0000037": "16.41", "0000053": "204.31",
}  # fmt: skip


def ecos_rows(item: str, start: str, end: str) -> list[dict]:
    rows = []
    for k, d in enumerate(weekdays(dt.date(2026, 11, 2), SYNTHETIC_END)):
        t = d.strftime("%Y%m%d")
        if start <= t <= end:
            v = _drift(ECOS_LEVELS[item], k)
            if item == "0000001" and k == 3:
                v = f"{Decimal(v):,}"  # one value written with a thousands comma
            rows.append(
                {
                    "STAT_CODE": "731Y001",
                    "STAT_NAME": "3.1.1.1. 주요국 통화의 대원화환율",
                    "ITEM_CODE1": item,
                    "ITEM_NAME1": "synthetic",
                    "ITEM_CODE2": None,
                    "ITEM_NAME2": None,
                    "ITEM_CODE3": None,
                    "ITEM_NAME3": None,
                    "ITEM_CODE4": None,
                    "ITEM_NAME4": None,
                    "UNIT_NAME": "원",
                    "WGT": None,
                    "TIME": t,
                    "DATA_VALUE": v,
                }
            )
    return rows


def ecos_answer(path: str, key: str = KEY, empty_items=()) -> bytes:
    """The answer to ``/StatisticSearch/KEY/json/kr/S/E/731Y001/D/FROM/TO/ITEM[/...]``."""
    parts = [p for p in path.split("/") if p]
    i = parts.index("StatisticSearch")
    k, fmt, lang, s, e, table, cycle, start, end, item = parts[i + 1 : i + 11]
    if k != key:
        return _result("INFO-100", f"등록되지 않은 인증키입니다: {k}")
    if (fmt, lang, table, cycle) != ("json", "kr", "731Y001", "D"):
        return _result("ERROR-100", "필수 값이 누락되어 있습니다.")
    rows = [] if item in empty_items else ecos_rows(item, start, end)
    if not rows:
        return _result("INFO-200", "해당하는 데이터가 없습니다.")
    page = rows[int(s) - 1 : int(e)]
    body = {"StatisticSearch": {"list_total_count": len(rows), "row": page}}
    return json.dumps(body, ensure_ascii=False).encode()


def _result(code: str, message: str) -> bytes:
    return json.dumps({"RESULT": {"CODE": code, "MESSAGE": message}}, ensure_ascii=False).encode()


# -- the server ---------------------------------------------------------------------------


class Handler(BaseHTTPRequestHandler):
    """``/ecb/eurofxref-hist.zip``, ``/fred/fredgraph.csv?id=``, ``/ecos/StatisticSearch/…``.

    ``/fault/NAME/…`` first: ``sleep`` (answers after ``server.sleep`` seconds), ``500once``
    and ``429once`` (that status on the first request of each path, then the answer),
    ``500`` (always), ``truncated`` (half the body, Content-Length of the whole), ``html``
    (an error page with 200), ``empty`` (200, no body), ``nomember`` (a zip with no file),
    ``short`` (data ending a month early), ``602once`` (ECOS ERROR-602 first), ``info200``
    (ECOS: no data for JPY), ``kill`` (half the body, then the server stalls).
    """

    protocol_version = "HTTP/1.1"

    def log_message(self, *args):  # quiet
        pass

    def do_GET(self):
        srv = self.server
        srv.requests.append(self.path)
        srv.agents.append(self.headers.get("User-Agent", ""))
        url = urlsplit(self.path)
        parts = url.path.split("/")
        fault = None
        if len(parts) > 2 and parts[1] == "fault":
            fault = parts[2]
            url = urlsplit("/" + "/".join(parts[3:]) + (f"?{url.query}" if url.query else ""))
        first_time = srv.seen.setdefault((fault, url.path, url.query), 0) == 0
        srv.seen[(fault, url.path, url.query)] += 1
        if fault == "sleep":
            time.sleep(srv.sleep)
        if fault == "500" or (fault == "500once" and first_time):
            return self._send(500, b"Internal Server Error", "text/plain")
        if fault == "429once" and first_time:
            return self._send(429, b"Too Many Requests", "text/plain", {"Retry-After": "0"})
        if fault == "html":
            page = b"<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>"
            return self._send(200, page, "text/html")
        if fault == "empty":
            return self._send(200, b"", "application/octet-stream")
        if fault == "nomember":
            return self._send(200, empty_zip(), "application/zip")
        end_ecb = dt.date(2026, 10, 1) if fault == "short" else SYNTHETIC_END
        if url.path.endswith(".zip"):
            if fault == "short":
                text = (ROOT / "eurofxref-hist.csv").read_bytes()
                cut = text.index(b"\n2026-10-01,")  # drop the newest rows: ends 2026-10-01
                body = text.split(b"\n", 1)[0] + text[cut:]
            else:
                body = ecb_csv(end_ecb)
            data, ctype = ecb_zip(body), "application/zip"
        elif url.path.endswith("fredgraph.csv"):
            sid = parse_qs(url.query).get("id", [""])[0]
            if sid != "DEXKOUS" and sid not in FRED_LEVELS:
                return self._send(404, b"Not Found", "text/plain")
            end = dt.date(2026, 2, 27) if fault == "short" else dt.date(2026, 11, 27)
            data, ctype = fred_csv(sid, end), "text/csv"
        elif "/StatisticSearch/" in url.path:
            if fault == "602once" and first_time:
                return self._send(
                    200,
                    _result("ERROR-602", "과도한 OpenAPI호출로 이용이 제한되었습니다."),
                    "application/json",
                )
            data = ecos_answer(url.path, empty_items=("0000002",) if fault == "info200" else ())
            ctype = "application/json;charset=UTF-8"
        else:
            return self._send(404, b"Not Found", "text/plain")
        if fault in ("truncated", "kill"):
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data[: len(data) // 2])
            self.wfile.flush()
            if fault == "kill":
                srv.stalled.set()
                time.sleep(srv.sleep)
            self.close_connection = True
            return
        return self._send(200, data, ctype)

    def _send(self, code: int, body: bytes, ctype: str, headers: dict | None = None):
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)


class Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, port: int = 0):
        super().__init__(("127.0.0.1", port), Handler)
        self.requests: list[str] = []
        self.agents: list[str] = []
        self.seen: dict = {}
        self.sleep = 3.0
        self.stalled = threading.Event()

    scheme = "http"

    def handle_error(self, request, client_address):  # a refused TLS handshake: stay quiet
        pass

    def use_tls(self, cert: str, key: str) -> Server:
        import ssl

        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(cert, key)
        self.socket = ctx.wrap_socket(self.socket, server_side=True)
        self.scheme = "https"
        return self

    @property
    def root(self) -> str:
        return f"{self.scheme}://127.0.0.1:{self.server_address[1]}"

    def env(self, fault: str | None = None) -> dict[str, str]:
        pre = f"{self.root}/fault/{fault}" if fault else self.root
        return {
            "FINCLI_ECB_URL": f"{pre}/ecb/eurofxref-hist.zip",
            "FINCLI_FRED_URL": f"{pre}/fred/fredgraph.csv",
            "FINCLI_ECOS_URL": f"{pre}/ecos",
        }

    def start(self) -> Server:
        threading.Thread(target=self.serve_forever, args=(0.05,), daemon=True).start()
        return self

    def stop(self) -> None:
        self.shutdown()
        self.server_close()


if __name__ == "__main__":
    srv = Server(int(sys.argv[1]) if len(sys.argv) > 1 else 8765)
    for k, v in srv.env().items():
        print(f"export {k}={v}")
    print(f"export FINCLI_ECOS_KEY={KEY}", flush=True)
    srv.serve_forever()

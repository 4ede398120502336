"""``fincli rates update``: official rates downloaded, validated whole, then stored atomically.

The only module of fincli that touches the network, and only when `rates update` runs.

Sources (facts from ``shared/research/online-rate-sources.md``, each with its source there):

* ``ecb``: the ECB's full history, ``eurofxref-hist.zip``: one CSV member (read whatever its
  name), the shipped layout (``Date,USD,JPY,…,``, trailing commas, ``N/A``, newest first).
* ``fred``: the Federal Reserve's H.10 daily series through FRED's keyless CSV download
  (``fredgraph.csv?id=DEXKOUS``), either header (``observation_date``/``DATE``) and either
  missing marker (empty/``.``). Most are units per US dollar; DEXUSEU, DEXUSUK, DEXUSAL and
  DEXUSNZ are dollars per unit and are stored as written, marked ``inverted``.
* ``bok``: the Bank of Korea's ECOS Open API, table 731Y001 (daily 매매기준율, won per unit;
  yen, rupiah and dong per 100 units, divided exactly by 100). The key sits in the URL path:
  it is masked in everything fincli prints or stores.

Transport: the standard library's urllib. It follows redirects, reads ``HTTPS_PROXY``,
``HTTP_PROXY`` and ``NO_PROXY``, and verifies TLS against the system store or
``SSL_CERT_FILE``; fincli adds a User-Agent, timeouts on connect and every read, an overall
deadline, a size limit, and a bounded retry with backoff on timeouts, 429 and 5xx (and on
ECOS's ERROR-602). A download that is not the series (an HTML page served with 200, an empty
or truncated body, a zip without a CSV, a series that ends earlier or starts later than the
copy it would replace, or lacks a currency that copy has) changes nothing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import os
import socket
import ssl
import time
import urllib.error
import urllib.request
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal

from fincli import __version__
from fincli.errors import DataFileError, FincliError, UsageError
from fincli.rates.layouts import MAX_FILE_BYTES, Table, _check_date, _check_value, parse_table
from fincli.rates.series import SHIPPED, Series, _shipped, _stored
from fincli.rates.store import install, locked

ECB_URL = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip"
FRED_URL = "https://fred.stlouisfed.org/graph/fredgraph.csv"
ECOS_URL = "https://ecos.bok.or.kr/api"
USER_AGENT = f"fincli/{__version__} (exchange-rate update; Python urllib)"
TIMEOUT = 30.0  # seconds, for the connection and for every read
ATTEMPTS = 4  # one try and three retries
BACKOFF = 2.0  # seconds before the first retry, doubled each time (FINCLI_RETRY_SECONDS)
MAX_WAIT = 60.0  # the longest pause, whatever Retry-After asks

# H.10 daily series: (series id, currency, True when quoted as US dollars per unit)
FRED_SERIES = [
    ("DEXKOUS", "KRW", False),
    ("DEXJPUS", "JPY", False),
    ("DEXCHUS", "CNY", False),
    ("DEXUSEU", "EUR", True),
    ("DEXUSUK", "GBP", True),
    ("DEXHKUS", "HKD", False),
    ("DEXTAUS", "TWD", False),
    ("DEXCAUS", "CAD", False),
    ("DEXUSAL", "AUD", True),
    ("DEXUSNZ", "NZD", True),
    ("DEXSZUS", "CHF", False),
    ("DEXSIUS", "SGD", False),
    ("DEXINUS", "INR", False),
    ("DEXTHUS", "THB", False),
    ("DEXMAUS", "MYR", False),
    ("DEXMXUS", "MXN", False),
    ("DEXBZUS", "BRL", False),
    ("DEXSFUS", "ZAR", False),
    ("DEXSDUS", "SEK", False),
    ("DEXNOUS", "NOK", False),
    ("DEXDNUS", "DKK", False),
]

# ECOS 731Y001 items: currency -> (ITEM_CODE1, units quoted per)
ECOS_TABLE = "731Y001"
ECOS_ITEMS = {
    "USD": ("0000001", 1),
    "JPY": ("0000002", 100),
    "EUR": ("0000003", 1),
    "GBP": ("0000012", 1),
    "CAD": ("0000013", 1),
    "CHF": ("0000014", 1),
    "HKD": ("0000015", 1),
    "AUD": ("0000017", 1),
    "SGD": ("0000024", 1),
    "NZD": ("0000026", 1),
    "THB": ("0000028", 1),
    "IDR": ("0000029", 100),
    "TWD": ("0000031", 1),
    "VND": ("0000035", 100),
    "INR": ("0000037", 1),
    "CNY": ("0000053", 1),
}
ECOS_START = "19900101"
ECOS_PAGE = 10000  # rows per request; the public 'sample' key allows 10
ECOS_CODES = {
    "INFO-100": "the key is not valid",
    "INFO-200": "no data for the request",
    "ERROR-100": "a required value is missing",
    "ERROR-101": "the dates do not match the cycle",
    "ERROR-200": "the file type is missing or invalid",
    "ERROR-300": "the row range is missing",
    "ERROR-301": "the row range is not valid",
    "ERROR-400": "the search range was too large (60 s timeout)",
    "ERROR-500": "server error",
    "ERROR-600": "database connection error",
    "ERROR-601": "SQL error",
    "ERROR-602": "too many requests; access limited for now",
}
ECOS_RETRY = {"ERROR-500", "ERROR-600", "ERROR-602"}

TITLES = {
    "ecb": "European Central Bank euro foreign exchange reference rates (units per 1 EUR)",
    "fred": "Federal Reserve H.10 daily rates from FRED (units per 1 USD; DEXUSEU, DEXUSUK, "
    "DEXUSAL, DEXUSNZ are USD per unit)",
    "bok": "Bank of Korea ECOS 731Y001, 매매기준율, KRW per 1 unit (JPY, IDR, VND quoted per "
    "100, divided by 100)",
}
PROVENANCE = {
    "ecb": "Source: ECB statistics (euro foreign exchange reference rates)",
    "fred": "Board of Governors of the Federal Reserve System (US), H.10, retrieved from "
    "FRED, Federal Reserve Bank of St. Louis",
    "bok": "출처: 한국은행 경제통계시스템 (Source: Bank of Korea Economic Statistics System, ECOS)",
}


class DownloadError(FincliError):
    """A download that failed or that is not the series; nothing was changed."""


@dataclass
class Fetched:
    url: str  # as printed: secrets masked
    data: bytes
    sha256: str


@dataclass
class Outcome:
    series: str
    status: str  # updated | unchanged | would fetch | refused
    urls: list[str] = field(default_factory=list)
    bytes: int | None = None
    sha256: str | None = None
    first: str | None = None
    last: str | None = None
    added: int | None = None
    currencies: str | None = None
    error: str | None = None

    def record(self) -> dict:
        return {
            "series": self.series,
            "status": self.status,
            "url": " ".join(self.urls),
            "bytes": self.bytes,
            "sha256": self.sha256,
            "first": self.first,
            "last": self.last,
            "added": self.added,
            "currencies": self.currencies,
            "error": self.error,
        }


class Client:
    """HTTP GETs with timeouts, an overall deadline, a size limit and bounded retries."""

    def __init__(self, timeout: float = TIMEOUT, secrets: tuple[str, ...] = (), log=None):
        self.timeout = timeout
        self.secrets = tuple(s for s in secrets if s)
        self.log = log or (lambda message: None)
        env = os.environ.get("FINCLI_RETRY_SECONDS")
        try:
            self.backoff = min(max(float(env), 0.0), MAX_WAIT) if env else BACKOFF
        except ValueError:
            raise UsageError(f"FINCLI_RETRY_SECONDS takes seconds, not {env!r}") from None
        if self.backoff != self.backoff:  # nan
            raise UsageError(f"FINCLI_RETRY_SECONDS takes seconds, not {env!r}")
        context = ssl.create_default_context(cafile=os.environ.get("SSL_CERT_FILE") or None)
        self.opener = urllib.request.build_opener(
            urllib.request.ProxyHandler(),  # HTTPS_PROXY, HTTP_PROXY, NO_PROXY
            urllib.request.HTTPSHandler(context=context),
        )

    def mask(self, text: str) -> str:
        for s in self.secrets:
            text = text.replace(s, "***")
        return text

    def get(self, url: str, limit: int = MAX_FILE_BYTES) -> Fetched:
        shown = self.mask(url)
        wait = self.backoff
        for attempt in range(1, ATTEMPTS + 1):
            try:
                f = self._get_once(url, shown, limit)
                self.log(f"fetched {shown}: {len(f.data)} bytes, sha256 {f.sha256}")
                return f
            except _Retry as e:
                if attempt == ATTEMPTS:
                    raise DownloadError(
                        f"{shown}: {e.reason}, {ATTEMPTS} tries; nothing was changed"
                    ) from None
                pause = min(e.retry_after if e.retry_after is not None else wait, MAX_WAIT)
                self.log(f"{shown}: {e.reason}; trying again in {pause:g} s")
                time.sleep(pause)
                wait *= 2
        raise AssertionError("unreachable")

    def _get_once(self, url: str, shown: str, limit: int) -> Fetched:
        request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
        deadline = time.monotonic() + max(self.timeout * 10, 60)
        try:
            with self.opener.open(request, timeout=self.timeout) as response:
                length = response.headers.get("Content-Length")
                h = hashlib.sha256()
                buf = io.BytesIO()
                while True:
                    chunk = response.read(1 << 16)
                    if not chunk:
                        break
                    h.update(chunk)
                    buf.write(chunk)
                    if buf.tell() > limit:
                        raise DownloadError(f"{shown}: larger than {limit >> 20} MB; refused")
                    if time.monotonic() > deadline:
                        raise _Retry("the download took too long")
                data = buf.getvalue()
                if length is not None and length.isdigit() and int(length) != len(data):
                    raise _Retry(f"truncated: {len(data)} of {length} bytes")
                return Fetched(shown, data, h.hexdigest())
        except urllib.error.HTTPError as e:
            if e.code == 429 or 500 <= e.code < 600:
                after = e.headers.get("Retry-After") if e.headers else None
                raise _Retry(
                    f"HTTP {e.code} {e.reason}",
                    float(after) if after and after.isdigit() else None,
                ) from None
            raise DownloadError(f"{shown}: HTTP {e.code} {self.mask(str(e.reason))}") from None
        except urllib.error.URLError as e:
            reason = e.reason
            if isinstance(reason, TimeoutError | socket.timeout):
                raise _Retry(f"no answer within {self.timeout:g} s") from None
            if isinstance(reason, ssl.SSLError):
                raise DownloadError(
                    f"{shown}: TLS failed ({self.mask(str(reason))}); if a proxy or company "
                    f"network re-signs HTTPS, point SSL_CERT_FILE at its CA bundle"
                ) from None
            raise DownloadError(
                f"{shown}: cannot connect ({self.mask(str(reason))}); are you offline? "
                f"Everything else in fincli works without the network"
            ) from None
        except TimeoutError:
            raise _Retry(f"no answer within {self.timeout:g} s") from None
        except (ConnectionError, http_incomplete()) as e:
            raise _Retry(f"the connection broke ({type(e).__name__})") from None


class _Retry(Exception):
    def __init__(self, reason: str, retry_after: float | None = None):
        super().__init__(reason)
        self.reason, self.retry_after = reason, retry_after


def http_incomplete():
    import http.client

    return http.client.IncompleteRead


def _not_html(f: Fetched, what: str) -> None:
    head = f.data[:512].lstrip().lower()
    if not f.data.strip():
        raise DownloadError(f"{f.url}: an empty body, not {what}; nothing was changed")
    if head.startswith((b"<!doctype", b"<html", b"<?xml", b"<")):
        raise DownloadError(
            f"{f.url}: an HTML page, not {what} (the server said 200: an error page, a "
            f"captcha or a proxy's notice?); nothing was changed"
        )


# -- the three sources ------------------------------------------------------------------------


def ecb_urls() -> list[str]:
    return [os.environ.get("FINCLI_ECB_URL") or ECB_URL]


def fetch_ecb(client: Client) -> tuple[Table, list[Fetched]]:
    f = client.get(ecb_urls()[0])
    _not_html(f, "the ECB's zip")
    try:
        z = zipfile.ZipFile(io.BytesIO(f.data))
        members = [m for m in z.infolist() if not m.is_dir()]
    except zipfile.BadZipFile:
        raise DownloadError(f"{f.url}: not a zip file (truncated?); nothing was changed") from None
    members.sort(key=lambda m: not m.filename.lower().endswith(".csv"))
    if not members:
        raise DownloadError(f"{f.url}: the zip holds no CSV file; nothing was changed")
    m = members[0]
    if m.file_size > MAX_FILE_BYTES:
        raise DownloadError(f"{f.url}: {m.filename} is {m.file_size} bytes; refused")
    try:
        raw = z.read(m)
    except (zipfile.BadZipFile, OSError, EOFError) as e:
        raise DownloadError(f"{f.url}: {m.filename}: damaged ({e}); nothing was changed") from None
    table = parse_table(raw, f"{f.url}!{m.filename}", layout="ecb")
    return table, [f]


def fred_series() -> list[tuple[str, str, bool]]:
    from fincli.currencies import known

    return [s for s in FRED_SERIES if known(s[1])]


def fred_urls() -> list[str]:
    base = os.environ.get("FINCLI_FRED_URL") or FRED_URL
    sep = "&" if "?" in base else "?"
    return [f"{base}{sep}id={sid}" for sid, _, _ in fred_series()]


def fetch_fred(client: Client) -> tuple[Table, list[Fetched]]:
    columns: dict[str, list] = {}
    inverted = []
    got = []
    for (sid, code, usd_per_unit), url in zip(fred_series(), fred_urls(), strict=True):
        f = client.get(url)
        _not_html(f, f"FRED's {sid} CSV")
        t = parse_table(f.data, f.url, layout="fred")
        if (t.base, t.quote) != (("USD", code) if not usd_per_unit else (code, "USD")):
            raise DownloadError(f"{f.url}: the file is {t.base}/{t.quote}, not {sid}")
        columns[code] = next(iter(t.columns.values()))
        if usd_per_unit:
            inverted.append(code)
        got.append(f)
    return Table("cross", columns, anchor="USD", inverted=tuple(inverted)), got


def ecos_root() -> str:
    return (os.environ.get("FINCLI_ECOS_URL") or ECOS_URL).rstrip("/")


def ecos_url(key: str, start: int, end: int, item: str, until: str) -> str:
    return (
        f"{ecos_root()}/StatisticSearch/{key}/json/kr/{start}/{end}/{ECOS_TABLE}/D/"
        f"{ECOS_START}/{until}/{item}"
    )


def fetch_bok(client: Client, key: str, today: dt.date) -> tuple[Table, list[Fetched]]:
    from fincli.currencies import known

    if not key:
        raise UsageError(
            "the Bank of Korea's ECOS API needs a key: set FINCLI_ECOS_KEY or pass --key "
            "(free at https://ecos.bok.or.kr/api/#/AuthKeyApply)"
        )
    until = today.strftime("%Y%m%d")
    columns: dict[str, list] = {}
    got: list[Fetched] = []
    page = 10 if key == "sample" else ECOS_PAGE
    for code, (item, per) in ECOS_ITEMS.items():
        if not known(code):
            continue
        rows: list = []
        start, total = 1, None
        while total is None or start <= total:
            url = ecos_url(key, start, start + page - 1, item, until)
            body, f = _ecos_page(client, url)
            got.append(f)
            if body is None:  # INFO-200: no data
                break
            total = body["list_total_count"]
            for r in body["row"]:
                row = _ecos_row(r, item, per, f.url)
                if row is not None:
                    rows.append(row)
            if not body["row"]:
                break
            start += page
        if rows:
            columns[code] = rows
    if not columns:
        raise DownloadError(
            f"ECOS {ECOS_TABLE}: no data for any currency (INFO-200); nothing was changed"
        )
    table = Table("cross", columns, anchor="KRW", inverted=tuple(columns))
    for name, col in columns.items():
        col.sort()
        for i in range(1, len(col)):
            if col[i][0] == col[i - 1][0]:
                raise DownloadError(f"ECOS {ECOS_TABLE}: {name} has {col[i][0]} twice")
    return table, got


def _ecos_page(client: Client, url: str) -> tuple[dict | None, Fetched]:
    wait = client.backoff
    for attempt in range(1, ATTEMPTS + 1):
        f = client.get(url)
        _not_html(f, "ECOS JSON")
        try:
            doc = json.loads(f.data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise DownloadError(f"{f.url}: not JSON; nothing was changed") from None
        result = doc.get("RESULT") if isinstance(doc, dict) else None
        if isinstance(result, dict):
            code = str(result.get("CODE", "?"))
            if code == "INFO-200":
                return None, f
            meaning = ECOS_CODES.get(code, "an unknown result code")
            if code in ECOS_RETRY and attempt < ATTEMPTS:
                client.log(f"{f.url}: ECOS {code} ({meaning}); trying again in {wait:g} s")
                time.sleep(min(wait, MAX_WAIT))
                wait *= 2
                continue
            message = client.mask(str(result.get("MESSAGE", "")))[:200]
            raise DownloadError(
                f"{f.url}: ECOS answered {code}: {meaning} ({message}); nothing was changed"
            )
        body = doc.get("StatisticSearch") if isinstance(doc, dict) else None
        if (
            not isinstance(body, dict)
            or not isinstance(body.get("list_total_count"), int)
            or not isinstance(body.get("row"), list)
        ):
            raise DownloadError(f"{f.url}: not an ECOS StatisticSearch answer; nothing was changed")
        return body, f
    raise AssertionError("unreachable")


def _ecos_row(r, item: str, per: int, url: str) -> tuple[str, str] | None:
    if not isinstance(r, dict) or r.get("STAT_CODE") != ECOS_TABLE or r.get("ITEM_CODE1") != item:
        raise DownloadError(f"{url}: a row that is not {ECOS_TABLE} item {item}: {str(r)[:80]}")
    t = str(r.get("TIME", ""))
    d = _check_date(f"{t[:4]}-{t[4:6]}-{t[6:]}" if len(t) == 8 else t, url, None)
    raw = str(r.get("DATA_VALUE") or "").replace(",", "")
    v = _check_value("" if raw == "-" else raw, url, None)
    if v is None:
        return None
    if per != 1:
        q = Decimal(v).scaleb(-len(str(per)) + 1)  # exact: per 100 -> per 1
        s = format(q, "f")
        v = s.rstrip("0").rstrip(".") if "." in s else s
    return d, v


# -- the update -------------------------------------------------------------------------------


def _coverage(obj) -> dict[str, tuple[str, str]]:
    """Currency -> (first, last) of a table or a series, for the currencies against the anchor."""
    if isinstance(obj, Table):
        return {
            (k.split("-")[1] if obj.kind == "pair" else k): (rows[0][0], rows[-1][0])
            for k, rows in obj.columns.items()
            if rows
        }
    out = {}
    if obj.kind == "pair":
        col = obj.column(f"{obj.meta['base']}-{obj.meta['quote']}")
        return {obj.meta["quote"]: (col.first, col.last)}
    for c in obj.meta["columns"]:
        col = obj.column(c)
        out[c] = (col.first, col.last)
    return out


def _refuse_worse(new: Table, old: Series, what: str) -> None:
    now, then = _coverage(new), _coverage(old)
    dropped = sorted(set(then) - set(now))
    if dropped:
        raise DownloadError(
            f"the download lacks {', '.join(dropped)}, which the {what} has; nothing was changed"
        )
    for c, (first, last) in then.items():
        f2, l2 = now[c]
        if l2 < last:
            raise DownloadError(
                f"the download's {c} ends {l2}, before the {last} of the {what} "
                f"(truncated or stale?); nothing was changed"
            )
        if f2 > first:
            raise DownloadError(
                f"the download's {c} starts {f2}, after the {first} of the {what} "
                f"(truncated?); nothing was changed"
            )


def _added(new: Table, old: Series | None) -> int:
    after = old.last if old is not None else ""
    return len({d for rows in new.columns.values() for d, _ in rows if d > after})


def planned(names: list[str], key: str) -> dict[str, list[str]]:
    """The URLs each series would fetch (secrets masked), for --dry-run."""
    from fincli.currencies import known

    mask = (lambda u: u.replace(key, "***")) if key else (lambda u: u)
    out = {}
    for n in names:
        if n == "ecb":
            out[n] = ecb_urls()
        elif n == "fred":
            out[n] = fred_urls()
        else:
            until = dt.date.today().strftime("%Y%m%d")
            out[n] = [
                mask(ecos_url(key or "KEY", 1, ECOS_PAGE, item, until) + " (and further pages)")
                for code, (item, _) in ECOS_ITEMS.items()
                if known(code)
            ]
    return out


def update(
    name: str,
    key: str = "",
    timeout: float = TIMEOUT,
    log=None,
    today: dt.date | None = None,
) -> Outcome:
    """Download series ``name``, validate it whole, and install it if it is at least as good
    as the copy it replaces. Raises :class:`DownloadError` (nothing changed) otherwise."""
    client = Client(timeout, (key,), log)
    try:
        if name == "ecb":
            table, files = fetch_ecb(client)
        elif name == "fred":
            table, files = fetch_fred(client)
        elif name == "bok":
            table, files = fetch_bok(client, key, today or dt.date.today())
        else:
            raise UsageError(f"rates update takes ecb, fred or bok, not {name!r}")
    except DataFileError as e:
        raise DownloadError(f"{client.mask(str(e))}; nothing was changed") from None
    if len(files) == 1:
        sha = files[0].sha256
    else:
        sha = hashlib.sha256("".join(f"{f.sha256}  {f.url}\n" for f in files).encode()).hexdigest()
    url = files[0].url if len(files) == 1 else _common_url(files)
    with locked() as base:
        stored = _stored(name)
        old = Series(stored, name) if stored is not None else None
        if old is not None and "downloaded_from" not in old.meta:
            old = None  # a series fincli 0.1 let `rates import` call 'bok': not a download
        if old is not None:
            _refuse_worse(new=table, old=old, what="stored copy (from a previous update)")
        if name in SHIPPED:
            _refuse_worse(
                new=table, old=_shipped(name), what=f"data shipped with fincli {__version__}"
            )
        reference = old or (_shipped(name) if name in SHIPPED else None)
        cov = _coverage(table)
        first = min(f for f, _ in cov.values())
        last = max(x for _, x in cov.values())
        if old is not None and old.meta.get("sha256") == sha:
            status = "unchanged"
        else:
            install(
                base,
                table,
                name,
                TITLES[name],
                {
                    "provenance": PROVENANCE[name],
                    "downloaded_from": url,
                    "downloaded_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                    "sha256": sha,
                    "bytes": sum(len(f.data) for f in files),
                    "files": {f.url: f.sha256 for f in files} if len(files) > 1 else None,
                },
            )
            status = "updated"
    codes = sorted(set(cov) | {table.anchor or ""} - {""})
    return Outcome(
        name,
        status,
        [f.url for f in files] if len(files) == 1 else [url],
        sum(len(f.data) for f in files),
        sha,
        first,
        last,
        _added(table, reference) if status == "updated" else 0,
        " ".join(codes),
    )


def _common_url(files: list[Fetched]) -> str:
    """One URL naming many downloads: FRED's endpoint with the ids, ECOS's root with the table."""
    first = files[0].url
    if "id=" in first:
        ids = [f.url.rsplit("id=", 1)[1] for f in files]
        return f"{first.rsplit('id=', 1)[0]}id={','.join(ids)}"
    return first.split("/StatisticSearch/")[0] + f"/StatisticSearch/***/json/kr/…/{ECOS_TABLE}/D/…"

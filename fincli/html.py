"""The report page (``--format html``): one self-contained file a person opens or forwards.

``check`` and ``extract`` give :func:`article_page`: each input's text exactly as written, every
amount marked where it stands in one colour per verdict, the stated conversion linked to its
amount, a popover with the facts behind each mark (on hover, keyboard focus and tap), a table
of the amounts whose rows jump to the marks, and for each checked conversion a chart of the
pair's daily rate over the two years before the article with the band of rates the article's
figures allow. ``compare`` gives :func:`compare_page`: the comparison table and a horizontal bar
chart of per-year amounts and totals.

What the page is, and why:

* **Self-contained.** Inline CSS and SVG drawn here (a plotting library would add a heavy
  import to every ``--format html`` run and a dependency for a few lines and rectangles); no
  font, script or image from the network. A small inline script only adds conveniences (a
  click on a table row focuses its mark, Escape closes a popover); with scripts off every fact
  is still on the page (popovers open with CSS ``:hover``/``:focus-within``, the facts of each
  check are also printed beside its chart, the table rows are plain links).
* **The text is untrusted.** Everything that comes from an input (text, file names, registry
  fields) goes through :func:`esc` (``html.escape`` with ``quote=True``) before it is written,
  in element content and attributes alike; no URL is built from input (links are fragment
  ids made here). The records are embedded as JSON in ``<script type="application/json">``
  with ``<``, ``>`` and ``&`` written as ``\\u003c``-style escapes, so no input can close the
  block. A content security policy (a meta tag) runs the page's own script only, by hash:
  the second lock, should anything slip past the first.
* **The records are the machine records.** Each section embeds the records ``--format jsonl``
  writes for the same input, unchanged; the marks and tables are drawn from them.
* Korean is set in the system's Korean fonts (a font stack, nothing downloaded); light and
  dark schemes follow ``prefers-color-scheme``; ``@page`` sets A4 and print keeps the marks'
  colours and never splits a chart.

Only ``--format html`` imports this module.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from decimal import ROUND_HALF_EVEN, Decimal
from html import escape as _escape

from fincli.report import format_money, group_thousands, short_rate

# The verdicts a mark can show, in the legend's order: (class suffix, label, meaning).
VERDICTS = [
    ("ok", "ok", "the day's rate fits the figures (or is within 1%)"),
    ("loose", "loose", "within 3% of what the figures allow"),
    ("suspect", "suspect", "further off than 3%"),
    ("unit-error", "unit error", "off by a power of ten"),
    ("same-currency", "same currency", "both sides in one currency: a writer's slip"),
    ("unchecked", "not checked", "a stated conversion that was not checked"),
    ("none", "no conversion", "no conversion stated beside it"),
]
_KNOWN = {v for v, _, _ in VERDICTS}

# What the rate publishers ask users to write (rates/README.md and README's "rates update"
# table): the ECB's "Source: ECB statistics", FRED's citation of its series, and ECOS's
# "출처: 한국은행 경제통계시스템".
ATTRIBUTIONS = {
    "ecb": "Source: ECB statistics. Euro foreign exchange reference rates, European Central "
    "Bank; cross rates computed by fincli from the same day's fixings.",
    "fred": "Board of Governors of the Federal Reserve System (US), H.10 Foreign Exchange Rates "
    "(such as South Korean Won to U.S. Dollar Spot Exchange Rate [DEXKOUS]), retrieved from "
    "FRED, Federal Reserve Bank of St. Louis.",
    "bok": "출처: 한국은행 경제통계시스템 (Source: Bank of Korea Economic Statistics System, "
    "ECOS), 731Y001 매매기준율.",
}
# the shipped FRED series is DEXKOUS alone: its citation names it exactly
FRED_DEXKOUS = (
    "Board of Governors of the Federal Reserve System (US), South Korean Won to U.S. Dollar "
    "Spot Exchange Rate [DEXKOUS], retrieved from FRED, Federal Reserve Bank of St. Louis."
)
HISTORY_DAYS = 731  # the chart's span: two years up to the article's date


def esc(value) -> str:
    """Text from anywhere, safe in element content and in quoted attribute values."""
    return _escape("" if value is None else str(value), quote=True)


def json_block(data, cls: str) -> str:
    """``data`` as a JSON ``<script>`` block that no string inside it can close."""
    text = json.dumps(data, ensure_ascii=False)
    text = text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
    return f'<script type="application/json" class="{esc(cls)}">{text}</script>'


def verdict_class(verdict: str | None) -> str:
    v = verdict or "none"
    return v if v in _KNOWN else "other"


# -- scales and ticks ---------------------------------------------------------------------

_PX = Decimal("0.01")


def px(v: Decimal) -> str:
    """A pixel coordinate for SVG: two decimals, trailing zeros dropped."""
    s = format(v.quantize(_PX, rounding=ROUND_HALF_EVEN), "f")
    return s.rstrip("0").rstrip(".") if "." in s else s


@dataclass(frozen=True)
class Scale:
    """A linear map from the domain [d0, d1] onto the pixels [r0, r1], exact in Decimal.
    (r1 < r0 is an axis drawn upwards, as the y axis is.)"""

    d0: Decimal
    d1: Decimal
    r0: Decimal
    r1: Decimal

    def __call__(self, v) -> Decimal:
        v = Decimal(v)
        if self.d1 == self.d0:
            return (self.r0 + self.r1) / 2
        return self.r0 + (v - self.d0) * (self.r1 - self.r0) / (self.d1 - self.d0)


@dataclass(frozen=True)
class DateScale:
    """Dates (ISO strings or dates) onto pixels, by day number."""

    start: dt.date
    end: dt.date
    r0: Decimal
    r1: Decimal

    def __call__(self, d) -> Decimal:
        d = dt.date.fromisoformat(d) if isinstance(d, str) else d
        return Scale(
            Decimal(self.start.toordinal()), Decimal(self.end.toordinal()), self.r0, self.r1
        )(d.toordinal())


def nice_step(span: Decimal, target: int = 5) -> Decimal:
    """A round step (1, 2, 2.5 or 5 times a power of ten) giving about ``target`` ticks."""
    if span <= 0:
        return Decimal(1)
    raw = span / target
    exp = raw.adjusted()
    for m in (1, 2, Decimal("2.5"), 5, 10):
        step = Decimal(m).scaleb(exp)
        if step >= raw:
            return step
    return Decimal(10).scaleb(exp)  # pragma: no cover - the loop always returns


def value_ticks(lo: Decimal, hi: Decimal, target: int = 5) -> tuple[Decimal, Decimal, list]:
    """A nice domain holding [lo, hi] and the ticks on it: (low, high, ticks)."""
    if hi < lo:
        lo, hi = hi, lo
    if hi == lo:
        lo, hi = lo - abs(lo) / 20 - 1, hi + abs(hi) / 20 + 1
    step = nice_step(hi - lo, target)
    first = (lo / step).to_integral_value(rounding="ROUND_FLOOR") * step
    last = (hi / step).to_integral_value(rounding="ROUND_CEILING") * step
    ticks, t = [], first
    while t <= last:
        ticks.append(t)
        t += step
    return first, last, ticks


def month_ticks(start: dt.date, end: dt.date, most: int = 9) -> list[dt.date]:
    """First days of months inside [start, end], every 1, 2, 3, 4, 6 or 12 months, at most
    ``most`` of them; months counted from January so the labels fall on quarters."""
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    for every in (1, 2, 3, 4, 6, 12):
        if months / every <= most:
            break
    out = []
    y, m = start.year, start.month
    while (y, m) <= (end.year, end.month):
        d = dt.date(y, m, 1)
        if d >= start and (m - 1) % every == 0:
            out.append(d)
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _plain(d: Decimal) -> str:
    s = format(d, "f")
    return s.rstrip("0").rstrip(".") if "." in s else s


# -- the rate chart -----------------------------------------------------------------------

W, H = Decimal(640), Decimal(250)
LEFT, RIGHT, TOP, BOTTOM = Decimal(70), Decimal(16), Decimal(14), Decimal(40)


def rate_chart(rec: dict, history: list[tuple[str, Decimal]], cid: str) -> str:
    """The pair's daily rate over ``history``, the band [rate_low, rate_high] the article's
    figures allow across it, the article's date and the day's fixing marked."""
    lo_band, hi_band = Decimal(rec["rate_low"]), Decimal(rec["rate_high"])
    rate = Decimal(rec["rate"])
    end = dt.date.fromisoformat(rec["date"] or rec["rate_date"])
    start = end - dt.timedelta(days=HISTORY_DAYS)
    values = [v for _, v in history] + [rate]
    lo_v, hi_v = min(values), max(values)
    band_inside = lo_band <= hi_v * 2 and hi_band >= lo_v / 2  # a unit error lies far off
    if band_inside:
        lo_v, hi_v = min(lo_v, lo_band), max(hi_v, hi_band)
    pad = (hi_v - lo_v) / 25
    y_lo, y_hi, yt = value_ticks(lo_v - pad, hi_v + pad)
    x = DateScale(start, end, LEFT, W - RIGHT)
    y = Scale(y_lo, y_hi, H - BOTTOM, TOP)
    base, quote = rec["pair"].split("/")
    out = [
        f'<svg class="chart rate-chart" id="{cid}" viewBox="0 0 {W} {H}" role="img" '
        f'aria-labelledby="{cid}-t" data-pair="{esc(rec["pair"])}" '
        f'data-from="{start}" data-to="{end}" data-y-low="{y_lo}" data-y-high="{y_hi}" '
        f'data-x0="{px(x(start))}" data-x1="{px(x(end))}" data-y0="{px(y(y_lo))}" '
        f'data-y1="{px(y(y_hi))}">',
        f'<title id="{cid}-t">{esc(rec["pair"])} daily rate ({esc(quote)} per 1 '
        f"{esc(base)}), {start} to {end}, with the band the article's figures allow</title>",
    ]
    # grid and axes
    for t in yt:
        yy = px(y(t))
        out.append(
            f'<line class="grid" x1="{px(LEFT)}" x2="{px(W - RIGHT)}" y1="{yy}" y2="{yy}"/>'
            f'<text class="tick y-tick" x="{px(LEFT - 6)}" y="{yy}" dy="0.32em" '
            f'text-anchor="end" data-value="{_plain(t)}">{esc(short_tick(t, yt))}</text>'
        )
    for d in month_ticks(start, end):
        xx = px(x(d))
        out.append(
            f'<line class="grid" x1="{xx}" x2="{xx}" y1="{px(TOP)}" y2="{px(H - BOTTOM)}"/>'
            f'<text class="tick x-tick" x="{xx}" y="{px(H - BOTTOM + 16)}" text-anchor="middle" '
            f'data-date="{d}">{d:%Y-%m}</text>'
        )
    out.append(
        f'<line class="axis" x1="{px(LEFT)}" x2="{px(LEFT)}" y1="{px(TOP)}" '
        f'y2="{px(H - BOTTOM)}"/><line class="axis" x1="{px(LEFT)}" x2="{px(W - RIGHT)}" '
        f'y1="{px(H - BOTTOM)}" y2="{px(H - BOTTOM)}"/>'
        f'<text class="axis-label" x="12" y="{px((TOP + H - BOTTOM) / 2)}" text-anchor="middle" '
        f'transform="rotate(-90 12 {px((TOP + H - BOTTOM) / 2)})">{esc(quote)} per 1 '
        f"{esc(base)}</text>"
    )
    v = verdict_class(rec["verdict"])
    if band_inside:
        top, bottom = y(min(hi_band, y_hi)), y(max(lo_band, y_lo))
        out.append(
            f'<rect class="band v-{v}" x="{px(LEFT)}" width="{px(W - RIGHT - LEFT)}" '
            f'y="{px(top)}" height="{px(bottom - top)}" data-low="{esc(rec["rate_low"])}" '
            f'data-high="{esc(rec["rate_high"])}"/>'
            f'<line class="band-edge v-{v}" x1="{px(LEFT)}" x2="{px(W - RIGHT)}" '
            f'y1="{px(top)}" y2="{px(top)}"/><line class="band-edge v-{v}" x1="{px(LEFT)}" '
            f'x2="{px(W - RIGHT)}" y1="{px(bottom)}" y2="{px(bottom)}"/>'
        )
    else:
        where = "above" if lo_band > hi_v else "below"
        out.append(
            f'<text class="off-chart" x="{px(LEFT + 6)}" '
            f'y="{px(TOP + 12 if where == "above" else H - BOTTOM - 8)}" text-anchor="start" '
            f'data-low="{esc(rec["rate_low"])}" data-high="{esc(rec["rate_high"])}">'
            f"the figures allow {esc(short_rate(rec['rate_low']))}–"
            f"{esc(short_rate(rec['rate_high']))}, far {where} this chart</text>"
        )
    for held in rec.get("held_on") or []:  # where the implied rate held: a strip on the axis
        a, _, b = held.partition("..")
        x0, x1 = x(max(a, start.isoformat())), x(b or a)
        out.append(
            f'<rect class="held v-{v}" x="{px(x0)}" width="{px(max(x1 - x0, Decimal(2)))}" '
            f'y="{px(H - BOTTOM - 5)}" height="5" data-held="{esc(held)}">'
            f"<title>the implied rate held {esc(held)}</title></rect>"
        )
    if history:
        pts = " ".join(f"{px(x(d))},{px(y(val))}" for d, val in history)
        out.append(f'<polyline class="line" points="{pts}"/>')
    dx = px(x(end))
    out.append(
        f'<line class="today" x1="{dx}" x2="{dx}" y1="{px(TOP)}" y2="{px(H - BOTTOM)}"/>'
        f'<text class="today-label" x="{px(x(end) - 4)}" y="{px(TOP + 10)}" text-anchor="end">'
        f"article {end}</text>"
        f'<circle class="fixing" cx="{px(x(rec["rate_date"]))}" cy="{px(y(rate))}" r="3.5" '
        f'data-date="{esc(rec["rate_date"])}" data-rate="{esc(rec["rate"])}"/>'
    )
    out.append("</svg>")
    return "".join(out)


def short_tick(t: Decimal, ticks: list[Decimal]) -> str:
    """A tick label with as many decimals as the step needs, digits grouped."""
    step = ticks[1] - ticks[0] if len(ticks) > 1 else Decimal(1)
    exp = step.normalize().as_tuple().exponent
    places = max(0, -exp) if isinstance(exp, int) else 0
    return group_thousands(format(t.quantize(Decimal(1).scaleb(-places)), "f"))


# -- the article page ---------------------------------------------------------------------


@dataclass
class Article:
    """One input as the page shows it: its decoded text and the records made from it."""

    file: str
    text: str
    date: str | None
    date_from: str | None
    found: list[dict]  # extract's records (as `extract --format jsonl` writes them)
    checks: list[dict] | None = None  # check's records; None for `extract`
    notes: list[str] = field(default_factory=list)  # errors met while reading or checking


def _facts(rows: list[tuple[str, str]]) -> str:
    return "".join(
        f'<span class="fact"><span class="k">{esc(k)}</span> <span class="v">{v}</span></span>'
        for k, v in rows
    )


def _money_exact(value: str | None, currency: str | None) -> str:
    if value is None:
        return "—"
    return esc(f"{group_thousands(value)} {currency or '(no currency)'}".strip())


def _per_year(rec: dict, date: str | None) -> str | None:
    """The per-year figure of an amount with a period, as spread() reads it (for reading)."""
    p = rec.get("period")
    if not p or not rec.get("currency") or rec.get("value") is None:
        return None
    if p["kind"] == "annual":
        return _money_exact(rec["value"], rec["currency"]) + " (as written)"
    if date is None:
        return None
    from fincli.currencies import minor_digits
    from fincli.errors import FincliError
    from fincli.periods import PeriodSpec
    from fincli.spread import spread

    try:
        digits = minor_digits(rec["currency"])
        sp = spread(
            Decimal(rec["value"]),
            PeriodSpec(p["kind"], p["text"], p["years"], p["until"]),
            dt.date.fromisoformat(date),
            digits,
        )
    except (FincliError, KeyError, ValueError):
        return None
    if sp.per_year is None:
        return None
    per = sp.per_year.quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_EVEN)
    years = _plain(sp.years.quantize(Decimal("0.01"))) if sp.years is not None else "?"
    return _money_exact(format(per, "f"), rec["currency"]) + esc(f" over {years} years")


def _period_text(p: dict | None) -> str:
    if not p:
        return "—"
    what = {
        "over": f"over {p['years']} years",
        "by": f"until the end of {p['until']}",
        "annual": "per year",
        "this-year": "this year",
    }.get(p["kind"], p["kind"])
    return esc(f"{what} ({p['text']})")


def _check_facts(c: dict) -> list[tuple[str, str]]:
    base, quote = c["pair"].split("/")
    held = "; ".join(c["held_on"]) if c["held_on"] else "not in the two years before"
    sign = "+" if not c["deviation"].startswith("-") else ""
    return [
        ("stated", esc(f"{c['stated_text']} = ")
         + _money_exact(c["stated_value"], c["stated_currency"])),
        ("implied rate", esc(f"{short_rate(c['implied_rate'])} {quote} per 1 {base}")),
        ("day's rate", esc(f"{short_rate(c['rate'])} on {c['rate_date']} ({c['source']})")),
        ("figures allow", esc(f"{short_rate(c['rate_low'])} – {short_rate(c['rate_high'])}")),
        ("deviation", esc(f"{sign}{c['deviation']}% (stated against the day's rate)")),
        ("implied rate held", esc(held)),
    ]  # fmt: skip


def _amount_facts(f: dict, c: dict | None, date: str | None, note: str | None):
    rows = [("value", _money_exact(f["value"], f["currency"]))]
    if f.get("currency_inferred"):
        rows.append(("currency", "inferred: every other amount in the sentence is in won"))
    if f.get("low") is not None:
        rows.append(("range", esc(f"{group_thousands(f['low'])} – {group_thousands(f['high'])}")))
    if f.get("vague"):
        rows.append(("vague", "an order of magnitude, not a figure"))
    rows.append(("qualifier", esc(f["qualifier"] or "—")))
    rows.append(("period", _period_text(f.get("period"))))
    per = _per_year(f, date)
    if per:
        rows.append(("per year", per))
    if c is not None:
        rows.extend(_check_facts(c))
    elif f.get("stated"):
        s = f["stated"]
        rows.append(("stated", esc(f"{s['text']} = ") + _money_exact(s["value"], s["currency"])))
        rows.append(("not checked", esc(note or "run fincli check for a verdict")))
    return rows


def _verdict_label(v: str) -> str:
    for key, label, _ in VERDICTS:
        if key == v:
            return label
    return v


def _marks(art: Article, sid: str) -> tuple[str, list[dict]]:
    """The text with its marks, and one row per amount for the table."""
    checks = {(c["start"], c["end"]): c for c in art.checks or []}
    notes = {}
    spans = []  # (start, end, kind, index)
    rows = []
    for i, f in enumerate(art.found):
        end = (f["stated"] or f)["end"]
        c = checks.get((f["start"], end)) if f.get("stated") else None
        if c is not None:
            verdict = c["verdict"]
        elif f.get("stated"):
            verdict = "unchecked"
            notes[i] = "no verdict: see the notes above" if art.checks is not None else None
        else:
            verdict = "none"
        rows.append({"i": i, "f": f, "c": c, "verdict": verdict})
        spans.append((f["start"], f["end"], "main", i))
        if f.get("stated"):
            spans.append((f["stated"]["start"], f["stated"]["end"], "stated", i))
    spans.sort()
    out, pos = [], 0
    text = art.text
    for s, e, kind, i in spans:
        s, e = int(s), int(e)  # offsets go into attributes: numbers, whatever a record held
        if s < pos or e > len(text) or s >= e:
            continue  # overlapping or outside the text: never happens for extract's records
        out.append(esc(text[pos:s]))
        r = rows[i]
        v = verdict_class(r["verdict"])
        mid = f"{sid}-a{i + 1}"
        label = _verdict_label(r["verdict"])
        if kind == "main":
            facts = _facts(_amount_facts(r["f"], r["c"], art.date, notes.get(i)))
            out.append(
                f'<span class="m v-{v}" id="{mid}" tabindex="0" data-n="{i + 1}" '
                f'data-start="{s}" data-end="{e}" data-verdict="{esc(r["verdict"])}" '
                f'data-tag="{i + 1}{"" if v == "none" else " " + esc(label)}" '
                f'aria-describedby="{mid}-pop">'
                f"<mark>{esc(text[s:e])}</mark>"
                f'<span class="pop" id="{mid}-pop" role="tooltip">'
                f'<span class="pop-h">{i + 1}. {esc(label)}</span>{facts}</span></span>'
            )
        else:
            out.append(
                f'<a class="m stated v-{v}" href="#{mid}" data-for="{mid}" data-start="{s}" '
                f'data-end="{e}" data-tag="{i + 1} stated" '
                f'title="the conversion stated for amount {i + 1}">'
                f"<mark>{esc(text[s:e])}</mark></a>"
            )
        pos = e
    out.append(esc(text[pos:]))
    return "".join(out), rows


def _amount_table(rows: list[dict], sid: str) -> str:
    body = []
    for r in rows:
        f, v = r["f"], verdict_class(r["verdict"])
        mid = f"{sid}-a{r['i'] + 1}"
        stated = esc(f["stated"]["text"]) if f.get("stated") else ""
        body.append(
            f'<tr data-target="{mid}"><td class="n"><a href="#{mid}">{r["i"] + 1}</a></td>'
            f'<td class="num off">{int(f["start"])}–{int(f["end"])}</td><td>{esc(f["text"])}'
            + (f'<span class="st">{stated}</span>' if stated else "")
            + f'</td><td class="num">{_money_exact(f["value"], f["currency"])}</td>'
            f'<td><span class="chip v-{v}">{esc(_verdict_label(r["verdict"]))}</span></td></tr>'
        )
    return (
        '<table class="amounts"><caption>Amounts, in order</caption><thead><tr>'
        '<th scope="col">#</th><th scope="col" class="off">offsets</th><th scope="col">as written</th>'
        '<th scope="col">value</th><th scope="col">verdict</th></tr></thead><tbody>'
        + "".join(body)
        + "</tbody></table>"
    )


def _check_figures(art: Article, rows: list[dict], sid: str, series) -> str:
    from fincli.errors import FincliError

    out = []
    for r in rows:
        c = r["c"]
        if c is None:
            continue
        mid = f"{sid}-a{r['i'] + 1}"
        base, quote = c["pair"].split("/")
        end = c["date"] or c["rate_date"]
        start = (dt.date.fromisoformat(end) - dt.timedelta(days=HISTORY_DAYS)).isoformat()
        try:
            history = series.history(base, quote, start, end) if series is not None else []
        except FincliError as e:  # a chart without its line still shows the band
            history = []
            art.notes.append(f"{c['pair']}: no rate history for the chart ({e})")
        v = verdict_class(c["verdict"])
        out.append(
            f'<figure class="check v-{v}" id="{mid}-check"><figcaption>'
            f'<a href="#{mid}">{r["i"] + 1}.</a> <b>{esc(c["text"])}</b> '
            f'({esc(c["stated_text"])}) <span class="chip v-{v}">'
            f"{esc(_verdict_label(c['verdict']))}</span></figcaption>"
            + rate_chart(c, history, f"{mid}-chart")
            + '<p class="key"><span class="k-line"></span> daily rate '
            f'<span class="k-band v-{v}"></span> rates the figures allow '
            f'<span class="k-held v-{v}"></span> when the implied rate held '
            '<span class="k-today"></span> article date</p>'
            + f'<div class="facts">{_facts(_check_facts(c))}</div></figure>'
        )
    if not out:
        return ""
    return '<section class="checks"><h3>Checked conversions</h3>' + "".join(out) + "</section>"


def _series_line(series) -> str:
    if series is None:
        return "none (extract does not convert)"
    return esc(f"{series.name}: {series.describe()}; covers {series.first} to {series.last}")


def _section(art: Article, k: int, series) -> str:
    sid = f"f{k + 1}"
    text_html, rows = _marks(art, sid)
    figures = _check_figures(art, rows, sid, series) if art.checks is not None else ""
    counts: dict[str, int] = {}
    for r in rows:
        counts[r["verdict"]] = counts.get(r["verdict"], 0) + 1
    summary = ", ".join(f"{n} {_verdict_label(v)}" for v, n in counts.items()) or "no amounts"
    lang = ' lang="ko"' if any("\uac00" <= ch <= "\ud7a3" for ch in art.text[:4000]) else ""
    notes = "".join(f"<li>{esc(n)}</li>" for n in art.notes)
    records = {"extract": art.found}
    if art.checks is not None:
        records["check"] = art.checks
    return (
        f'<section class="file" id="{sid}" aria-labelledby="{sid}-h">'
        f'<h2 id="{sid}-h">{esc(art.file)}</h2><dl class="meta">'
        f"<dt>document date</dt><dd>{esc(art.date or 'none found')}"
        + (f' <span class="from">({esc(art.date_from)})</span>' if art.date_from else "")
        + f"</dd><dt>rates</dt><dd>{_series_line(series)}</dd>"
        f"<dt>amounts</dt><dd>{len(rows)}: {esc(summary)}</dd></dl>"
        + (f'<ul class="notes">{notes}</ul>' if notes else "")
        + f'<div class="cols"><div class="text"{lang}>{text_html}</div>'
        f'<div class="side">{_amount_table(rows, sid)}</div></div>'
        + figures
        + json_block(records, "fincli-records")
        + "</section>"
    )


def _legend(only: tuple[str, ...] | None = None) -> str:
    items = "".join(
        f'<li><span class="chip v-{v}">{esc(label)}</span> {esc(meaning)}</li>'
        for v, label, meaning in VERDICTS
        if only is None or v in only
    )
    return f'<ul class="legend" aria-label="legend">{items}</ul>'


def _attributions(series_list) -> str:
    seen, out = set(), []
    for s in series_list:
        if s is None or s.name in seen:
            continue
        seen.add(s.name)
        if s.name == "fred" and sorted(s.codes) == ["KRW", "USD"]:
            text = FRED_DEXKOUS
        else:
            text = ATTRIBUTIONS.get(s.name) or (
                f"{s.name}: {s.describe()}. "
                + str(s.meta.get("provenance") or s.meta.get("imported_from") or "")
            )
        out.append(f"<p>{esc(text)}</p>")
    return "".join(out)


def article_report(
    names: list[str], read: Callable[[str], tuple[Iterable[str], str | None, str | None]], series
) -> tuple[str, list]:
    """``check``'s page (``series`` given) or ``extract``'s (``series`` None) over the inputs,
    and the outcomes the command's messages and exit status come from: check's records and
    extract's, and the errors met, in the order ``--format jsonl`` meets them.

    ``read(name)`` gives an input's (lines, date, date_from), as
    :func:`fincli.inputs.document` does (the caller reads; this module only draws). Each
    input is read once, its lines kept for the text; the records are made by the same
    library calls as the other formats (:func:`fincli.extract.records`,
    :func:`fincli.check.check_articles`), in jsonl's key order.
    """
    from fincli.check import CHECK_KEYS, check_articles
    from fincli.errors import FincliError, InputError
    from fincli.extract import extract_stream, records
    from fincli.report import jsonl_line

    articles, outcomes = [], []
    for name in names:
        art = Article(name, "", None, None, [], None if series is None else [])
        articles.append(art)
        lines_read: list[str] = []

        def kept(lines: Iterable[str], into: list[str] = lines_read) -> Iterator[str]:
            for line in lines:
                into.append(line)
                yield line

        found: list = []
        unread: InputError | None = None
        try:
            lines, art.date, art.date_from = read(name)
            for f in extract_stream(kept(lines)):
                found.append(f)
        except InputError as e:  # what came before it is still shown, then the error
            unread = e
        art.text = "".join(lines_read)
        for line in records(found, name, art.date, art.date_from, "jsonl"):
            art.found.append(json.loads(line))
        if series is not None:
            amounts = [(name, art.date, art.date_from, f) for f in found]
            checks: list[dict] = []
            for out in check_articles([amounts], series):
                outcomes.append(out)
                if isinstance(out, FincliError):
                    art.notes.append(str(out))
                else:
                    checks.append(json.loads(jsonl_line(out, CHECK_KEYS)))
            art.checks = checks
        else:
            outcomes.extend(art.found)
        if unread is not None:
            art.notes.append(str(unread))
            outcomes.append(unread)
    page = article_page(articles, series, "extract" if series is None else "check")
    return page, outcomes


def article_page(articles: list[Article], series, command: str = "check") -> str:
    """The whole page for ``check`` (``series`` given) or ``extract`` (``series`` None)."""
    sections = "".join(_section(a, k, series) for k, a in enumerate(articles))
    names = ", ".join(a.file for a in articles) or "no input"
    title = f"fincli {command}: {names}"
    intro = (
        "Every amount in the text is marked where it stands; hover, focus (Tab) or tap a mark "
        "for its facts. "
        + (
            "Each stated conversion is checked against the real rate of the article's date."
            if command == "check"
            else "Stated conversions are shown, not checked (fincli check checks them)."
        )
    )
    return _page(
        title,
        f"<header><h1>fincli {esc(command)}</h1><p>{esc(intro)}</p>"
        f"{_legend(None if command == 'check' else ('unchecked', 'none'))}</header>"
        f"<main>{sections}</main>",
        _attributions([series]),
    )


# -- the comparison page ------------------------------------------------------------------


def _width(s: str) -> int:
    """Columns a string takes in a proportional font, roughly: wide (Hangul, CJK) counts 2."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def _clip(s: str, cols: int) -> str:
    if _width(s) <= cols:
        return s
    out, n = [], 0
    for ch in s:
        n += _width(ch)
        if n > cols - 1:
            break
        out.append(ch)
    return "".join(out) + "…"


BAR_W = Decimal(980)
LABEL_W = Decimal(330)
PANEL_GAP = Decimal(30)
ROW_H = Decimal(40)
BAR_TOP = Decimal(34)
BAR_RIGHT = Decimal(30)  # room for the last tick's label


def bar_chart(records: list[dict], to: str, locale: str = "en") -> str:
    """Per-year amounts and totals side by side, one row per commitment, in ``to``."""
    panel = (BAR_W - LABEL_W - PANEL_GAP * 2 - BAR_RIGHT) / 2
    panels = [("per_year", f"per year ({to})", LABEL_W + PANEL_GAP / 2)]
    panels.append(("total", f"total ({to})", LABEL_W + PANEL_GAP * Decimal("1.5") + panel))
    height = BAR_TOP + ROW_H * len(records) + Decimal(30)
    out = [
        f'<svg class="chart bar-chart" viewBox="0 0 {BAR_W} {px(height)}" role="img" '
        f'aria-labelledby="bars-t"><title id="bars-t">Per-year amounts and totals in '
        f"{esc(to)}, one row per commitment</title>"
    ]
    for key, heading, x0 in panels:
        vals = [Decimal(r[key]) for r in records if r.get(key) is not None]
        _, top, ticks = value_ticks(Decimal(0), max(vals, default=Decimal(1)) or Decimal(1), 4)
        sx = Scale(Decimal(0), top, x0, x0 + panel)
        bottom = BAR_TOP + ROW_H * len(records)
        out.append(
            f'<g class="panel" data-key="{key}" data-x0="{px(sx(0))}" data-x1="{px(sx(top))}" '
            f'data-max="{_plain(top)}"><text class="panel-h" x="{px(x0)}" y="14">'
            f"{esc(heading)}</text>"
        )
        for t in ticks:
            xx = px(sx(t))
            out.append(
                f'<line class="grid" x1="{xx}" x2="{xx}" y1="{px(BAR_TOP - 6)}" '
                f'y2="{px(bottom)}"/><text class="tick" x="{xx}" y="{px(bottom + 16)}" '
                f'text-anchor="middle" data-value="{_plain(t)}">'
                f"{esc(format_money(t, to, 'en') if t else '0')}</text>"
            )
        for i, r in enumerate(records):
            yy = BAR_TOP + ROW_H * i + 6
            if r.get(key) is None:
                out.append(
                    f'<text class="na" x="{px(x0 + 4)}" y="{px(yy + 15)}">'
                    f"{'no period' if key == 'per_year' else 'total unknown'}</text>"
                )
                continue
            v = Decimal(r[key])
            wid = sx(v) - sx(0)
            vc = verdict_class(r.get("verdict"))
            out.append(
                f'<rect class="bar v-{vc}" x="{px(sx(0))}" y="{px(yy)}" width="{px(wid)}" '
                f'height="22" data-id="{esc(r["id"])}" data-value="{esc(r[key])}">'
                f"<title>{esc(r['announcer'])}: {esc(format_money(v, to, locale))}</title></rect>"
                f'<text class="bar-v" x="{px(sx(0) + wid + 4)}" y="{px(yy + 15)}">'
                f"{esc(format_money(v, to, locale))}</text>"
            )
        out.append("</g>")
    for i, r in enumerate(records):
        yy = BAR_TOP + ROW_H * i
        written = r["amount_text"] + (f" · {r['period_text']}" if r.get("period_text") else "")
        out.append(
            f'<g class="row-label"><title>{esc(r["announcer"])}: {esc(written)}</title>'
            f'<text class="who" x="0" y="{px(yy + 16)}">{esc(_clip(r["announcer"], 34))}</text>'
            f'<text class="what" x="0" y="{px(yy + 32)}">{esc(_clip(written, 38))}</text></g>'
        )
    out.append("</svg>")
    return "".join(out)


def compare_page(
    records: list[dict],
    table: tuple[dict, list[dict], list[dict]],
    series,
    to: str,
    basis: str,
    what: str,
    locale: str = "en",
) -> str:
    """The comparison: ``table`` (compare's headers, rows and footer for people, as the table
    format prints them, without its text bar) and the bar chart of ``records`` (compare's
    jsonl records, in the same order), with the rate basis under the chart."""
    headers, people, footer = table
    keys = [k for k in headers if k != "bar"]

    def cells(row: dict, tag: str) -> str:
        out = []
        for k in keys:
            v = row.get(k)
            if k == "verdict" and v:
                out.append(
                    f'<{tag}><span class="chip v-{verdict_class(v)}">{esc(v)}</span></{tag}>'
                )
            else:
                out.append(f"<{tag}>{esc(v or '')}</{tag}>")
        return "".join(out)

    body = "".join(
        f'<tr data-id="{esc(r["id"])}" title="{esc(r["basis"])}">{cells(p, "td")}</tr>'
        for r, p in zip(records, people, strict=True)
    )
    table_html = (
        '<table class="compare"><thead><tr>'
        + "".join(f'<th scope="col">{esc(headers[k])}</th>' for k in keys)
        + f"</tr></thead><tbody>{body}</tbody><tfoot>"
        + "".join(f"<tr>{cells(f, 'td')}</tr>" for f in footer)
        + "</tfoot></table>"
    )
    chart = bar_chart(records, to, locale) if records else "<p>No commitments.</p>"
    main = (
        f'<section class="compare-sec"><dl class="meta"><dt>commitments</dt><dd>{esc(what)}</dd>'
        f"<dt>rates</dt><dd>{_series_line(series)}</dd></dl>{table_html}"
        f'<figure class="bars">{chart}<figcaption class="basis">{esc(basis)}</figcaption>'
        "</figure>" + json_block({"compare": records}, "fincli-records") + "</section>"
    )
    return _page(
        f"fincli compare: {what}",
        f"<header><h1>fincli compare</h1><p>All commitments in one currency ({esc(to)}), "
        f"on one date basis, per year. Bars are coloured by the verdict on the conversion "
        f"the source stated.</p>{_legend()}</header><main>{main}</main>",
        _attributions([series]),
    )


# -- the page around it -------------------------------------------------------------------

CSS = """
:root{color-scheme:light dark;--bg:#fff;--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;
--card:#f6f8fa;--pop:#fff;--accent:#0969da;
--ok:#d2f4da;--ok-b:#1a7f37;--loose:#fff0b8;--loose-b:#9a6700;--suspect:#ffd8d3;
--suspect-b:#cf222e;--unit-error:#eddcff;--unit-error-b:#8250df;--same-currency:#ffd9ee;
--same-currency-b:#bf3989;--unchecked:#dbeafe;--unchecked-b:#0969da;--none:#eaeef2;
--none-b:#6e7781;--other:#eaeef2;--other-b:#6e7781}
@media (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#e6edf3;--muted:#9198a1;
--line:#3d444d;--card:#151b23;--pop:#1c2128;--accent:#4493f8;
--ok:#12361f;--ok-b:#3fb950;--loose:#3a2d05;--loose-b:#d29922;--suspect:#47141a;
--suspect-b:#f85149;--unit-error:#2e1d4d;--unit-error-b:#ab7df8;--same-currency:#431530;
--same-currency-b:#db61a2;--unchecked:#0c2d57;--unchecked-b:#4493f8;--none:#262c36;
--none-b:#9198a1;--other:#262c36;--other-b:#9198a1}}
*{box-sizing:border-box}
body{margin:0 auto;max-width:78rem;padding:1.2rem 1.5rem 2rem;background:var(--bg);
color:var(--fg);line-height:1.6;font-family:system-ui,-apple-system,"Segoe UI",
"Apple SD Gothic Neo","Malgun Gothic","맑은 고딕","Noto Sans CJK KR","Noto Sans KR",
"Source Han Sans KR","NanumGothic","Nanum Gothic",sans-serif}
h1{font-size:1.5rem;margin:.2rem 0}h2{font-size:1.15rem;margin:1.6rem 0 .3rem;
overflow-wrap:anywhere}h3{font-size:1rem;margin:1.2rem 0 .4rem}
header p{margin:.2rem 0 .6rem;color:var(--muted)}
a{color:var(--accent)}
.legend{display:flex;flex-wrap:wrap;gap:.3rem 1.1rem;list-style:none;padding:0;margin:.4rem 0;
font-size:.85rem;color:var(--muted)}
.chip{display:inline-block;padding:0 .45em;border-radius:.3em;border:1px solid;
font-size:.8rem;line-height:1.5;white-space:nowrap;color:var(--fg)}
.meta{display:grid;grid-template-columns:max-content 1fr;gap:0 .8rem;margin:.2rem 0 .6rem;
font-size:.88rem}.meta dt{color:var(--muted)}.meta dd{margin:0;overflow-wrap:anywhere}
.from{color:var(--muted)}
.notes{font-size:.88rem;color:var(--suspect-b)}
.cols{display:grid;grid-template-columns:minmax(0,11fr) minmax(0,9fr);gap:1.5rem;align-items:start}
@media (max-width:60rem){.cols{grid-template-columns:minmax(0,1fr)}}
.text{white-space:pre-wrap;word-break:keep-all;overflow-wrap:anywhere;font-size:1.02rem;
line-height:2.05;padding:.8rem 1rem;background:var(--card);border:1px solid var(--line);
border-radius:.5rem}
.m{position:relative;text-decoration:none;color:inherit;border-radius:.25em}
.m mark{background:var(--c);color:var(--fg);border-bottom:2px solid var(--b);
padding:.1em .15em;border-radius:.25em;-webkit-box-decoration-break:clone;
box-decoration-break:clone}
.m::after{content:attr(data-tag);font-size:.62rem;font-weight:600;color:var(--b);
vertical-align:super;margin-left:.1em;white-space:nowrap;line-height:0}
.m.stated mark{background:transparent;border:1px dashed var(--b);border-bottom-width:2px}
.m:focus{outline:2px solid var(--b);outline-offset:2px}
.m:target mark{box-shadow:0 0 0 2px var(--b)}
.pop{display:none;position:absolute;left:0;top:1.9em;z-index:10;width:max-content;
max-width:min(26rem,80vw);white-space:normal;word-break:normal;line-height:1.4;
padding:.55rem .7rem;background:var(--pop);color:var(--fg);border:1px solid var(--b);
border-radius:.4rem;box-shadow:0 4px 16px rgba(0,0,0,.18);font-size:.82rem}
.m:hover .pop,.m:focus .pop,.m:focus-within .pop,.m:target .pop{display:block}
.pop-h{display:block;font-weight:700;color:var(--b);margin-bottom:.2rem}
.fact{display:block;break-inside:avoid}.fact .k{color:var(--muted)}.fact .k::after{content:":"}
.v-ok{--c:var(--ok);--b:var(--ok-b)}.v-loose{--c:var(--loose);--b:var(--loose-b)}
.v-suspect{--c:var(--suspect);--b:var(--suspect-b)}
.v-unit-error{--c:var(--unit-error);--b:var(--unit-error-b)}
.v-same-currency{--c:var(--same-currency);--b:var(--same-currency-b)}
.v-unchecked{--c:var(--unchecked);--b:var(--unchecked-b)}
.v-none{--c:var(--none);--b:var(--none-b)}.v-other{--c:var(--other);--b:var(--other-b)}
.chip{background:var(--c);border-color:var(--b)}
table{border-collapse:collapse;width:100%;font-size:.85rem}
caption{text-align:left;font-weight:600;padding-bottom:.3rem}
th,td{border-bottom:1px solid var(--line);padding:.25rem .4rem;text-align:left;
vertical-align:top;word-break:keep-all;overflow-wrap:break-word}
.side{overflow-x:auto}
@media (max-width:40rem){.amounts .off{display:none}body{padding:.8rem}}
th{color:var(--muted);font-weight:600}
td.num{font-variant-numeric:tabular-nums}td.off{white-space:nowrap}
.amounts tbody tr{cursor:pointer}.amounts tbody tr:hover{background:var(--card)}
.st{display:block;color:var(--muted);font-size:.8rem}
.checks{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,34rem),1fr));gap:1rem}
.checks h3{grid-column:1/-1;margin-bottom:0}
figure{margin:0;padding:.6rem .8rem;border:1px solid var(--line);border-left:4px solid var(--b);
border-radius:.5rem;background:var(--card);break-inside:avoid;page-break-inside:avoid}
figure.bars{border-left-color:var(--line);margin-top:1rem}
figcaption{font-size:.9rem;margin-bottom:.3rem}
.facts{font-size:.82rem;columns:2 16rem;column-gap:1.2rem}
.chart{width:100%;height:auto;display:block;font-size:11px;font-family:inherit}
.chart text{fill:var(--fg)}.chart .tick{fill:var(--muted)}
.grid{stroke:var(--line);stroke-width:.6}.axis{stroke:var(--muted);stroke-width:1}
.line{fill:none;stroke:var(--accent);stroke-width:1.3;stroke-linejoin:round}
.band{fill:var(--c);fill-opacity:.75}.band-edge{stroke:var(--b);stroke-width:1}
.held{fill:var(--b)}
.key{font-size:.75rem;color:var(--muted);margin:.1rem 0 .4rem}
.key span{display:inline-block;vertical-align:middle;margin-left:.6em}
.k-line{width:1.2em;border-top:2px solid var(--accent)}
.k-band{width:1.2em;height:.7em;background:var(--c);border:1px solid var(--b)}
.k-held{width:1.2em;height:.35em;background:var(--b)}
.k-today{height:1em;border-left:1px dashed var(--fg)}
.today{stroke:var(--fg);stroke-dasharray:3 3}.today-label{font-size:10px}
.fixing{fill:var(--b,var(--fg));stroke:var(--bg);stroke-width:1}
.off-chart{fill:var(--suspect-b)!important;font-weight:600}
.bar{fill:var(--c);stroke:var(--b)}.bar-v{font-size:11px}.na{fill:var(--muted)!important}
.panel-h{font-weight:700}.who{font-weight:600;font-size:12px}.what{fill:var(--muted)!important}
.basis{color:var(--muted);margin-top:.4rem}
footer{margin-top:2rem;padding-top:.6rem;border-top:1px solid var(--line);font-size:.8rem;
color:var(--muted)}footer p{margin:.2rem 0}
@page{size:A4;margin:14mm}
@media print{body{max-width:none;padding:0;font-size:10pt;background:#fff;color:#000}
:root{color-scheme:light}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
.cols{grid-template-columns:minmax(0,1fr)}.pop{display:none!important}
.text{line-height:1.9;border:none;padding:0;background:none}
.checks{grid-template-columns:minmax(0,1fr)}tr,.m{break-inside:avoid}
section.file+section.file{break-before:page}a{color:inherit}}
"""

SCRIPT = """(function(){document.documentElement.setAttribute("data-js","on");
function go(id){var m=document.getElementById(id);if(m){m.scrollIntoView({block:"center"});
m.focus({preventScroll:true});}}
document.addEventListener("click",function(e){var t=e.target;if(!t.closest)return;
var a=t.closest("a[href^='#']");var tr=t.closest("tr[data-target]");
var id=a?a.getAttribute("href").slice(1):tr?tr.getAttribute("data-target"):null;
if(id&&document.getElementById(id)&&document.getElementById(id).classList.contains("m")){
e.preventDefault();go(id);history.replaceState(null,"","#"+id);}});
document.addEventListener("keydown",function(e){var a=document.activeElement;
if(e.key==="Escape"&&a&&a.classList&&a.classList.contains("m"))a.blur();});
function fit(m){var p=m.querySelector(".pop");if(!p)return;p.style.left="";
var over=p.getBoundingClientRect().right-document.documentElement.clientWidth+8;
if(over>0)p.style.left=(-over)+"px";}
["focusin","mouseover"].forEach(function(k){document.addEventListener(k,function(e){
var m=e.target.closest&&e.target.closest("span.m");if(m)fit(m);});});})();"""


def _csp() -> str:
    """The page's content security policy: its own inline script (by hash) and styles, data:
    images at most, nothing from anywhere else. Escaping keeps the input text; this is the
    second lock, should anything slip past it."""
    import base64
    import hashlib

    digest = base64.b64encode(hashlib.sha256(SCRIPT.encode("utf-8")).digest()).decode("ascii")
    return (
        f"default-src 'none'; script-src 'sha256-{digest}'; style-src 'unsafe-inline'; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )


def _page(title: str, body: str, footer: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{esc(_csp())}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="color-scheme" content="light dark">'
        '<meta name="generator" content="fincli">'
        f"<title>{esc(title)}</title><style>{CSS}</style></head><body>{body}"
        f"<footer>{footer}<p>Made by fincli. Figures, offsets and verdicts are those of "
        "<code>--format jsonl</code>, embedded in this page as JSON.</p></footer>"
        f"<script>{SCRIPT}</script></body></html>\n"
    )

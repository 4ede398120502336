"""The report page (fincli.html): its scales and ticks, and that input never becomes markup.
Through the command line: test_cli_html.py; in a real browser: tests/browser/."""

import datetime as dt
import json
import re
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path

import pytest

from fincli.html import (
    Article,
    DateScale,
    Scale,
    article_page,
    esc,
    json_block,
    month_ticks,
    nice_step,
    rate_chart,
    value_ticks,
)

ARTICLES = Path(__file__).parent / "articles"
SEEDS = sorted(str(p) for p in ARTICLES.glob("*.txt"))
HOSTILE = (
    "date 2025-10-29\n"
    '<script>document.title="pwned"</script> A는 50억 달러(약 7조 원)를 "투자"한다.\n\n'
    "<img src=x onerror=\"document.title='pwned'\"> B는 약 2조4천억 원(미화 약 18억 달러)을.\n\n"
    "</style></script><!-- <a href=\"javascript:document.title='pwned'\">링크</a> ' & &amp;"
    " 연간 1천억 원 ]]> </textarea>\n"
)


# -- scales -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "d0, d1, r0, r1, v, expected",
    [
        (0, 100, 0, 1000, 25, 250),
        (1300, 1500, 210, 14, 1300, 210),  # an axis drawn upwards: the low end at the bottom
        (1300, 1500, 210, 14, 1500, 14),
        (1300, 1500, 210, 14, 1400, 112),
        (1300, 1500, 210, 14, "1422.946", "89.51292"),
    ],
)
def test_scale_is_linear_and_exact(d0, d1, r0, r1, v, expected):
    s = Scale(Decimal(d0), Decimal(d1), Decimal(r0), Decimal(r1))
    assert s(Decimal(v)) == Decimal(expected)


def test_date_scale_counts_days():
    x = DateScale(dt.date(2024, 1, 1), dt.date(2024, 12, 31), Decimal(0), Decimal(365))
    assert x("2024-01-01") == 0
    assert x(dt.date(2024, 12, 31)) == 365
    assert x("2024-03-01") == 60  # 2024 is a leap year: 31 + 29 days in


@pytest.mark.parametrize(
    "span, step", [("200", "50"), ("1", "0.2"), ("7", "2"), ("12", "2.5"), ("0.03", "0.01")]
)
def test_nice_steps(span, step):
    assert nice_step(Decimal(span)) == Decimal(step)


def test_value_ticks_hold_the_range_on_round_values():
    lo, hi, ticks = value_ticks(Decimal("1283.7"), Decimal("1487.2"))
    assert (lo, hi) == (Decimal(1250), Decimal(1500))
    assert ticks == [Decimal(v) for v in (1250, 1300, 1350, 1400, 1450, 1500)]


def test_month_ticks_fall_on_quarters_inside_the_span():
    ticks = month_ticks(dt.date(2023, 10, 29), dt.date(2025, 10, 29))
    assert ticks[0] == dt.date(2024, 1, 1) and ticks[-1] == dt.date(2025, 10, 1)
    assert all(t.day == 1 and t.month in (1, 4, 7, 10) for t in ticks)
    assert month_ticks(dt.date(2025, 1, 15), dt.date(2025, 4, 2)) == [
        dt.date(2025, 2, 1),
        dt.date(2025, 3, 1),
        dt.date(2025, 4, 1),
    ]


class Svg(HTMLParser):
    def __init__(self):
        super().__init__()
        self.els = []

    def handle_starttag(self, tag, attrs):
        self.els.append((tag, dict(attrs)))


def _chart(rec, history):
    p = Svg()
    p.feed(rate_chart(rec, history, "c"))
    return p.els


CHECKED = {
    "pair": "USD/KRW",
    "rate": "1422.946",
    "rate_date": "2025-10-29",
    "rate_low": "1386.1386",
    "rate_high": "1414.1414",
    "verdict": "ok",
    "date": "2025-10-29",
}


def test_a_rate_at_a_date_lands_at_its_pixel():
    """The chart's own axes (ticks with their values and positions) put every point of the
    line, the day's fixing and the band where their rates and dates say."""
    history = [("2024-01-02", Decimal("1300")), ("2025-01-02", Decimal("1450"))]
    history.append(("2025-10-29", Decimal("1422.946")))
    els = _chart(CHECKED, history)
    svg = els[0][1]
    assert svg["data-from"] == "2023-10-29" and svg["data-to"] == "2025-10-29"
    ys = [
        (Decimal(a["data-value"]), Decimal(a["y"]))
        for t, a in els
        if "y-tick" in a.get("class", "")
    ]
    xs = [(dt.date.fromisoformat(a["data-date"]), Decimal(a["x"])) for t, a in els if "x-tick" in a.get("class", "")]  # fmt: skip
    (v0, y0), (v1, y1) = ys[0], ys[-1]
    (d0, x0), (d1, x1) = xs[0], xs[-1]

    def y_of(v):
        return y0 + (Decimal(v) - v0) * (y1 - y0) / (v1 - v0)

    def x_of(d):
        d = dt.date.fromisoformat(d)
        return x0 + Decimal((d - d0).days) * (x1 - x0) / (d1 - d0).days

    # pixels are written to 0.01: allow the rounding of the ticks and of the point
    close = lambda a, b: abs(Decimal(a) - Decimal(b)) <= Decimal("0.02")  # noqa: E731
    (line,) = [a for t, a in els if t == "polyline"]
    points = [p.split(",") for p in line["points"].split()]
    for (d, v), (px_, py_) in zip(history, points, strict=True):
        assert close(px_, x_of(d)) and close(py_, y_of(v))
    (dot,) = [a for t, a in els if t == "circle"]
    assert close(dot["cx"], x_of("2025-10-29")) and close(dot["cy"], y_of("1422.946"))
    (band,) = [a for t, a in els if t == "rect"]
    assert close(band["y"], y_of("1414.1414"))
    assert close(Decimal(band["y"]) + Decimal(band["height"]), y_of("1386.1386"))
    # 1300 is the lowest rate, 1450 the highest: the y axis holds them on round ticks
    assert v0 <= 1300 and v1 >= 1450 and (v1 - v0) <= 300


def test_a_band_far_off_the_line_is_named_not_drawn():
    """A unit error's band lies a power of ten away: the chart says so instead of squashing
    the line."""
    rec = dict(CHECKED, rate_low="138.6", rate_high="141.4", verdict="unit-error")
    els = _chart(rec, [("2025-01-02", Decimal("1450")), ("2025-10-29", Decimal("1422.946"))])
    assert not [a for t, a in els if t == "rect"]
    (note,) = [a for t, a in els if "off-chart" in a.get("class", "")]
    assert note["data-low"] == "138.6"


# -- escaping -----------------------------------------------------------------------------


class Tags(HTMLParser):
    """Every start tag and attribute the page has, and the text inside scripts."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.scripts, self._in = [], [], None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._in = dict(attrs).get("type", "")
            self.scripts.append([self._in, ""])

    def handle_endtag(self, tag):
        if tag == "script":
            self._in = None

    def handle_data(self, data):
        if self._in is not None:
            self.scripts[-1][1] += data


def _page(text, name='"><img src=x onerror=alert(1)>.txt'):
    found = [
        {"start": m.start(), "end": m.end(), "text": m.group(), "value": "1", "currency": "USD",
         "qualifier": None, "low": None, "high": None, "vague": False, "per": None,
         "currency_inferred": False, "stated": None, "period": None, "context": text}
        for m in re.finditer("50억 달러", text)
    ]  # fmt: skip
    return article_page([Article(name, text, "2025-10-29", f"text: {text[:30]}", found, [])], None)


def test_input_text_never_becomes_markup():
    page = _page(HOSTILE)
    p = Tags()
    p.feed(page)
    # the only elements are the page's own: nothing from the text became a tag
    assert {t for t, _ in p.tags} <= {
        "html", "head", "meta", "title", "style", "body", "header", "h1", "p", "ul", "li",
        "span", "main", "section", "h2", "dl", "dt", "dd", "div", "mark", "table", "caption",
        "thead", "tr", "th", "tbody", "td", "a", "script", "footer", "code",
    }  # fmt: skip
    assert not any(k.startswith("on") for _, attrs in p.tags for k in attrs)
    assert all(a["href"].startswith("#") for t, a in p.tags if t == "a")
    # two scripts: the records (JSON, whole and equal to what went in) and the page's own
    kinds = [k for k, _ in p.scripts]
    assert kinds == ["application/json", ""]
    data = json.loads(p.scripts[0][1])
    assert data["extract"][0]["context"] == HOSTILE
    assert "pwned" not in p.scripts[1][1]


def test_escape_covers_quotes_and_json_blocks_cannot_be_closed():
    assert esc("\"a\" 'b' <c> &") == "&quot;a&quot; &#x27;b&#x27; &lt;c&gt; &amp;"
    block = json_block({"t": "</script><script>alert(1)</script> & <!--"}, "x")
    assert block.count("</script>") == 1 and "<!--" not in block
    inner = block[block.index(">") + 1 : block.rindex("</script>")]
    assert json.loads(inner) == {"t": "</script><script>alert(1)</script> & <!--"}


class _Series:
    def __init__(self, name, codes, meta=None):
        self.name, self.codes, self.meta = name, codes, meta or {}

    def describe(self):
        return f"the {self.name} series"


@pytest.mark.parametrize(
    "series, credit",
    [
        (_Series("ecb", ["EUR", "USD"]), "Source: ECB statistics."),
        (_Series("fred", ["KRW", "USD"]), "Spot Exchange Rate [DEXKOUS], retrieved from FRED"),
        (_Series("fred", ["JPY", "KRW", "USD"]), "H.10 Foreign Exchange Rates"),
        (_Series("bok", ["KRW", "USD"]), "출처: 한국은행 경제통계시스템"),
        (
            _Series("mine", ["KRW", "USD"], {"imported_from": "<my> file.csv"}),
            "&lt;my&gt; file.csv",
        ),
    ],
)
def test_the_footer_credits_each_source_as_it_asks(series, credit):
    from fincli.html import _attributions

    assert credit in _attributions([series, series])
    assert _attributions([series, series]).count("<p>") == 1

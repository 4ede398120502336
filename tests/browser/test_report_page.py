"""The report pages in headless Chromium: what a reader's browser builds from them.

Each page is written by the command (`--format html`), opened by Chromium from a file, and
the DOM it dumps after the page's scripts ran is checked against the command's own jsonl
records: the marks (count, order, verdict class), the text shown (exactly the article's),
the chart's band (where the axes put the rates), and for hostile articles that nothing in
them ran (an injected script would have changed document.title). A copy of each page with a
test script added checks the popovers open on focus and close on Escape, and that table rows
and stated conversions jump to their marks. Screenshots go to build/screenshots/.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from dom import ROOT, SHOTS, parse

ARTICLES = ROOT / "tests" / "articles"
SEEDS = sorted(ARTICLES.glob("*.txt"))
INJECTED = "document.title='pwned'"
HOSTILE = {
    "script.txt": (
        f"date 2025-10-29\n<script>{INJECTED}</script> A사는 50억 달러(약 7조 원)를 투자한다.\n"
    ),
    "img.txt": (
        "2025년 10월 29일\n"
        f'<img src=x onerror="{INJECTED}"> B는 약 2조4천억 원(미화 약 18억 달러)을 투자.\n'
        f'<svg onload="{INJECTED}"></svg><iframe src="javascript:{INJECTED}"></iframe>\n'
    ),
    "style.txt": (
        "date 2025-10-29\n"
        f"</style><script>{INJECTED}</script></script><!-- C는 연간 1천억 원 -->\n"
        f"<style>body{{display:none}}</style> 약 20조 원 ]]> </textarea></title>\n"
    ),
    "link.txt": (
        "date 2025-10-29\n"
        f"<a href=\"javascript:{INJECTED}\">50억 달러</a>(약 7조 원) 를 'D' & &amp; 투자.\n"
    ),
    # a quote inside an attribute: file names and amounts end up in attributes
    'quote"><img src=x onerror=alert(1)>.txt': (
        'date 2025-10-29\nE는 "50억 달러"(약 7조 원)를 " onmouseover="' + INJECTED + '" 투자.\n'
    ),
}

# not hostile, only what real files hold: a BOM, CRLF line ends, a tab, no-break spaces
ODD = {
    "crlf.txt": "\ufeffdate 2025-10-29\r\n\tA는\u00a050억 달러(약 7조 원)를 투자.\r\n\r\n끝.\r\n",
}
VERDICTS = (
    "date 2025-10-29\nA는 50억 달러(약 7조 원), B는 50억 달러(약 7.3조 원), "
    "C는 50억 달러(약 700조 원), D는 50억 달러(약 5조 원)를 투자한다. E는 연간 3조 원을 쓴다.\n"
)

HARNESS = """<script>
(function(){var bad=[],marks=0,rows=0,stated=0;
function shown(p){return getComputedStyle(p).display!=="none";}
document.querySelectorAll("span.m").forEach(function(m){marks++;var p=m.querySelector(".pop");
 if(shown(p))bad.push(m.id+": open before focus");
 m.focus();
 if(document.activeElement!==m)bad.push(m.id+": takes no focus");
 if(!shown(p))bad.push(m.id+": closed on focus");
 m.dispatchEvent(new KeyboardEvent("keydown",{key:"Escape",bubbles:true}));
 if(shown(p))bad.push(m.id+": open after Escape");});
document.querySelectorAll("tr[data-target]").forEach(function(tr){rows++;
 tr.querySelector("td.num").click();
 if(document.activeElement.id!==tr.getAttribute("data-target"))bad.push(tr.getAttribute("data-target")+": row does not jump");});
document.querySelectorAll("a.m.stated").forEach(function(a){stated++;a.click();
 if(document.activeElement.id!==a.getAttribute("data-for"))bad.push(a.getAttribute("data-for")+": stated link does not jump");});
var out=document.createElement("pre");out.id="harness";
out.textContent=JSON.stringify({marks:marks,rows:rows,stated:stated,bad:bad,title:document.title});
document.body.appendChild(out);})();
</script>"""


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _render(cli, tmp: Path, files: list[Path], command="check") -> tuple[Path, list, list]:
    r = cli([command, *map(str, files), "--format", "html"])
    assert r.code in (0, 1), r.err
    page = _write(tmp / f"{command}.html", r.out)
    checks = cli(["check", *map(str, files), "--format", "jsonl"]).jsonl()
    found = cli(["extract", *map(str, files), "--format", "jsonl"]).jsonl()
    return page, checks, found


def _harness(chromium, page: Path) -> dict:
    copy = page.with_name(page.stem + ".harness.html")
    html = page.read_text(encoding="utf-8")
    # the page's policy runs only its own script: the copy drops it for the test's one
    html = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", html, count=1)
    _write(copy, html.replace("</body>", HARNESS + "</body>"))
    (pre,) = [
        n for n in parse(chromium.dom(copy)).find_all("pre") if n.attrs.get("id") == "harness"
    ]
    return json.loads(pre.text())


def _marks(doc):
    return [n for n in doc.find_all("span", "m")]


def _assert_marks_follow_records(doc, checks, found):
    """Each input's section: its main marks are extract's records, in order, each with the
    verdict class of check's record for it (none where nothing was stated)."""
    sections = doc.find_all("section", "file")
    files = list(dict.fromkeys(r["file"] for r in found))
    assert len(sections) >= len(files)
    for sec in sections:
        name = sec.find_all("h2")[0].text()
        want = [r for r in found if r["file"] == name]
        verdicts = {(r["file"], r["start"]): r["verdict"] for r in checks}
        marks = _marks(sec)
        assert len(marks) == len(want), name
        for m, r in zip(marks, want, strict=True):
            assert int(m.attrs["data-start"]) == r["start"] and int(m.attrs["data-end"]) == r["end"]
            v = verdicts.get((name, r["start"]), "unchecked" if r["stated"] else "none")
            assert f"v-{v}" in m.classes and m.attrs["data-verdict"] == v
            assert m.find_all("mark")[0].text() == r["text"]
        stated = sec.find_all("a", "stated")
        assert [int(a.attrs["data-start"]) for a in stated] == [
            r["stated"]["start"] for r in want if r["stated"]
        ]
        # the order of the checked marks is check's order
        checked = [m.attrs["data-verdict"] for m in marks if m.attrs["data-verdict"] != "none"]
        assert checked == [r["verdict"] for r in checks if r["file"] == name]


def _assert_text_is_the_article(doc, texts: dict[str, str]):
    for sec in doc.find_all("section", "file"):
        name = sec.find_all("h2")[0].text()
        (div,) = sec.find_all("div", "text")
        shown = div.text(skip=lambda n: "pop" in n.classes)
        want = texts[name].replace("\r\n", "\n").replace("\r", "\n")
        assert shown == want, name


def _assert_band_where_rates_say(doc, checks, charts=None):
    """Read the chart as a reader does, by its axes: the band's edges sit at rate_low and
    rate_high, the day's fixing at its date and rate."""
    charts = doc.find_all("svg", "rate-chart") if charts is None else charts
    assert len(charts) == len(checks)
    for svg, rec in zip(charts, checks, strict=True):
        ys = [(Decimal(t.attrs["data-value"]), Decimal(t.attrs["y"])) for t in svg.find_all("text", "y-tick")]  # fmt: skip
        xs = [(dt.date.fromisoformat(t.attrs["data-date"]), Decimal(t.attrs["x"])) for t in svg.find_all("text", "x-tick")]  # fmt: skip
        assert len(ys) >= 3 and len(xs) >= 3
        (v0, y0), (v1, y1) = ys[0], ys[-1]
        (d0, x0), (d1, x1) = xs[0], xs[-1]

        def y_of(v, v0=v0, y0=y0, v1=v1, y1=y1):
            return y0 + (Decimal(v) - v0) * (y1 - y0) / (v1 - v0)

        def x_of(d, d0=d0, x0=x0, d1=d1, x1=x1):
            return x0 + Decimal((dt.date.fromisoformat(d) - d0).days) * (x1 - x0) / (d1 - d0).days

        tol = Decimal("0.05")
        (band,) = svg.find_all("rect", "band")
        assert (band.attrs["data-low"], band.attrs["data-high"]) == (
            rec["rate_low"],
            rec["rate_high"],
        )
        top, height = Decimal(band.attrs["y"]), Decimal(band.attrs["height"])
        assert abs(top - y_of(rec["rate_high"])) <= tol
        assert abs(top + height - y_of(rec["rate_low"])) <= tol
        (dot,) = svg.find_all("circle", "fixing")
        assert abs(Decimal(dot.attrs["cx"]) - x_of(rec["rate_date"])) <= tol
        assert abs(Decimal(dot.attrs["cy"]) - y_of(rec["rate"])) <= tol
        held = svg.find_all("rect", "held")  # the periods the implied rate held, on the axis
        assert [h.attrs["data-held"] for h in held] == rec["held_on"]
        for h in held:
            a, _, b = h.attrs["data-held"].partition("..")
            assert abs(Decimal(h.attrs["x"]) - x_of(max(a, svg.attrs["data-from"]))) <= tol
            width = Decimal(h.attrs["width"])
            assert abs(width - max(x_of(b or a) - x_of(a), Decimal(2))) <= tol or a < svg.attrs["data-from"]  # fmt: skip
        assert svg.attrs["data-to"] == rec["date"]
        assert (dt.date.fromisoformat(rec["date"]) - dt.date.fromisoformat(svg.attrs["data-from"])).days == 731  # fmt: skip


def test_seed_articles(chromium, cli, tmp_path):
    page, checks, found = _render(cli, tmp_path, SEEDS)
    doc = parse(chromium.dom(page))
    (html,) = doc.find_all("html")
    assert html.attrs.get("data-js") == "on"  # the page's own script ran
    _assert_marks_follow_records(doc, checks, found)
    _assert_text_is_the_article(doc, {str(p): p.read_text(encoding="utf-8") for p in SEEDS})
    _assert_band_where_rates_say(doc, checks)
    got = _harness(chromium, page)
    assert got["bad"] == [] and got["marks"] == got["rows"] == len(found)
    assert got["stated"] == sum(1 for r in found if r["stated"])
    chromium.screenshot(page, "check-seeds.png", height=3000)
    chromium.screenshot(page, "check-seeds-dark.png", height=3000, extra=["--force-dark-mode"])


def test_each_seed_alone_and_the_readme_screenshot(chromium, cli, tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)  # the page names the file as a user in the checkout would
    for seed in SEEDS:
        seed = seed.relative_to(ROOT)
        page, checks, found = _render(cli, tmp_path, [seed])
        doc = parse(chromium.dom(page))
        _assert_marks_follow_records(doc, checks, found)
        _assert_band_where_rates_say(doc, checks)
        # the suspect conversion's popover open, as a reader hovering it would see it
        suspect = [i for i, r in enumerate(found, 1) if r["start"] in {c["start"] for c in checks if c["verdict"] == "suspect"}]  # fmt: skip
        fragment = f"#f1-a{suspect[0]}" if suspect else ""
        chromium.screenshot(page, f"check-{seed.stem}.png", height=1700, fragment=fragment)


def test_the_page_prints_on_a4(chromium, cli, tmp_path):
    page, _, _ = _render(cli, tmp_path, SEEDS)
    pdf = tmp_path / "check.pdf"
    chromium._run("--no-pdf-header-footer", f"--print-to-pdf={pdf}", page.resolve().as_uri())
    data = pdf.read_bytes()
    boxes = re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", data)
    assert boxes, "no pages in the PDF"
    for w, h in boxes:  # A4 is 210 x 297 mm: 595.28 x 841.89 points
        assert abs(float(w) - 595.28) < 1 and abs(float(h) - 841.89) < 1
    shutil.copy(pdf, SHOTS / "check-seeds.pdf")


@pytest.mark.parametrize("name", [*HOSTILE, *ODD])
def test_hostile_articles_show_as_text_and_run_nothing(chromium, cli, tmp_path, name):
    text = {**HOSTILE, **ODD}[name]
    src = tmp_path / name
    src.write_bytes(text.encode("utf-8"))
    page, checks, found = _render(cli, tmp_path, [src])
    doc = parse(chromium.dom(page))
    (title,) = doc.find_all("head")[0].find_all("title")
    assert title.text() == f"fincli check: {src}"  # an injected script would have changed it
    (html,) = doc.find_all("html")
    assert html.attrs.get("data-js") == "on"  # scripts were on: the page's own one ran
    for n in doc.iter():
        assert n.tag not in ("img", "iframe", "object", "embed"), n.tag
        assert not [k for k in n.attrs if k.startswith("on")], (n.tag, n.attrs)
        if n.tag == "a":
            assert n.attrs["href"].startswith("#")
    assert len(doc.find_all("style")) == 1 and len(doc.find_all("script")) == 2
    _assert_marks_follow_records(doc, checks, found)
    _assert_text_is_the_article(doc, {str(src): text})
    assert [n.text() for n in doc.find_all("section", "file")[0].find_all("h2")][0] == str(src)
    got = _harness(chromium, page)
    assert got["bad"] == [] and got["title"] == f"fincli check: {src}"
    chromium.screenshot(page, f"hostile-{name.split('.')[0][:6]}.png", height=1000)


def test_the_pages_policy_stops_a_script_that_slipped_in(chromium, cli, tmp_path):
    """The second lock: were escaping ever to fail, the page's content security policy runs
    no script but its own (by hash)."""
    page, _, _ = _render(cli, tmp_path, SEEDS[:1])
    html = page.read_text(encoding="utf-8")
    slipped = f'<script>{INJECTED}</script><img src=x onerror="{INJECTED}">'
    page = _write(tmp_path / "slipped.html", html.replace("<main>", "<main>" + slipped))
    doc = parse(chromium.dom(page))
    assert doc.find_all("head")[0].find_all("title")[0].text() == f"fincli check: {SEEDS[0]}"
    assert doc.find_all("html")[0].attrs.get("data-js") == "on"


def test_every_verdict_has_its_colour_and_chart(chromium, cli, tmp_path):
    src = _write(tmp_path / "verdicts.txt", VERDICTS)
    page, checks, found = _render(cli, tmp_path, [src])
    assert [r["verdict"] for r in checks] == ["ok", "loose", "unit-error", "suspect"]
    doc = parse(chromium.dom(page))
    _assert_marks_follow_records(doc, checks, found)
    # the unit error's band lies a power of ten off: named on its chart, not drawn
    charts = doc.find_all("svg", "rate-chart")
    assert [len(c.find_all("rect", "band")) for c in charts] == [1, 1, 0, 1]
    assert charts[2].find_all("text", "off-chart")[0].attrs["data-low"] == checks[2]["rate_low"]
    _assert_band_where_rates_say(doc, [c for c in checks if c["verdict"] != "unit-error"], charts=[c for i, c in enumerate(charts) if i != 2])  # fmt: skip
    got = _harness(chromium, page)
    assert got["bad"] == []
    chromium.screenshot(page, "check-verdicts.png", height=2000)
    chromium.screenshot(page, "check-verdicts-phone.png", width=390, height=2400)


def test_the_page_reads_with_scripts_off(chromium, cli, tmp_path):
    """No script: every mark and fact is still there, and a link to a mark opens its
    popover by CSS alone (:target), as a row of the table does."""
    (seed,) = [p for p in SEEDS if "2025_10_29" in p.name]
    page, checks, found = _render(cli, tmp_path, [seed])
    # a second policy that allows no script at all (both are enforced): scripts are off for
    # the page, while the browser can still dump its DOM
    html = page.read_text(encoding="utf-8").replace(
        "<head>", '<head><meta http-equiv="Content-Security-Policy" content="script-src \'none\'">'
    )
    page = _write(page.with_name("check.no-script.html"), html)
    doc = parse(chromium.dom(page))
    (html,) = doc.find_all("html")
    assert "data-js" not in html.attrs  # the page's script did not run
    _assert_marks_follow_records(doc, checks, found)
    rows = doc.find_all("table", "amounts")[0].find_all("tbody")[0].find_all("a")
    assert [a.attrs["href"] for a in rows] == [f"#f1-a{i}" for i in range(1, len(found) + 1)]
    chromium.screenshot(page, "check-no-script.png", height=1700, fragment="#f1-a2")


def test_extract_page(chromium, cli, tmp_path):
    page, _, found = _render(cli, tmp_path, SEEDS, command="extract")
    doc = parse(chromium.dom(page))
    marks = _marks(doc)
    assert [int(m.attrs["data-start"]) for m in marks] == [r["start"] for r in found]
    assert {m.attrs["data-verdict"] for m in marks} == {"none", "unchecked"}
    assert not doc.find_all("svg")
    chromium.screenshot(page, "extract-seeds.png", height=2400)


def test_compare_page(chromium, cli, tmp_path):
    r = cli(["compare", "--format", "html"])
    page = _write(tmp_path / "compare.html", r.out)
    records = cli(["compare", "--format", "jsonl"]).jsonl()
    doc = parse(chromium.dom(page))
    rows = doc.find_all("table", "compare")[0].find_all("tbody")[0].find_all("tr")
    assert [tr.attrs["data-id"] for tr in rows] == [r["id"] for r in records]
    for panel in doc.find_all("g", "panel"):
        key = panel.attrs["data-key"]
        x0, x1 = Decimal(panel.attrs["data-x0"]), Decimal(panel.attrs["data-x1"])
        top = Decimal(panel.attrs["data-max"])
        bars = panel.find_all("rect", "bar")
        want = [r for r in records if r[key] is not None]
        assert [b.attrs["data-id"] for b in bars] == [r["id"] for r in want]
        for b, rec in zip(bars, want, strict=True):
            assert abs(Decimal(b.attrs["x"]) - x0) <= Decimal("0.01")
            assert abs(Decimal(b.attrs["width"]) - Decimal(rec[key]) * (x1 - x0) / top) <= Decimal("0.05")  # fmt: skip
    labels = [g.find_all("text", "who")[0].text() for g in doc.find_all("g", "row-label")]
    assert labels == [r["announcer"] for r in records]
    assert doc.find_all("figcaption", "basis")[0].text().startswith("Rates: ecb")
    chromium.screenshot(page, "compare.png", height=1300)
    chromium.screenshot(page, "compare-dark.png", height=1300, extra=["--force-dark-mode"])

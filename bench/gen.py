"""Generate the benchmark inputs reproducibly (fixed seed): a corpus of press-style Korean
articles with amounts, stated conversions, periods and many numbers that are not money, and
files of expressions for ``parse`` and ``convert``. Written by the fincli team.

    python bench/gen.py corpus OUT.txt --mb 100
    python bench/gen.py exprs OUT.txt --lines 100000 [--distinct]
    python bench/gen.py archive OUT.jsonl --mb 100
"""

from __future__ import annotations

import argparse
import random

COMPANIES = [
    "아마존웹서비스(AWS)",
    "마이크로소프트",
    "KT",
    "SK하이닉스",
    "삼성전자",
    "블랙록",
    "앰코테크놀로지",
    "알리바바",
    "오픈AI",
    "엔비디아",
    "LG에너지솔루션",
    "현대차",
    "네이버",
    "카카오",
    "메타",
]
PLACES = ["울산", "인천 송도", "평택", "용인", "수도권", "부산", "전남", "충북 청주", "새만금"]
PURPOSES = [
    "AI 데이터센터",
    "첨단 패키징 공장",
    "클라우드 리전",
    "배터리 공장",
    "반도체 팹",
    "슈퍼컴퓨팅 인프라",
]
PERIODS = ["향후 5년간 ", "2031년까지 ", "7년간 ", "연간 ", "올해 ", "", "", "앞으로 3년 동안 "]
QUALS = ["약 ", "최대 ", "", "", "총 "]
NOT_MONEY = [
    "GPU {n}만 개를 들여온다.",
    "{n}만 가구가 쓸 전력을 확보한다.",
    "용량은 {n}GW 규모다.",
    "직원 {n}천명이 일한다.",
    "전국 {n}여 곳에 거점을 둔다.",
    "{n}여 개국과 협력한다.",
    "{y}년 완공을 목표로 한다.",
    "점유율은 {n}%로 1위다.",
    "{m}월 {d}일 발표했다.",
    "매출의 {n}분의 1이 AI에서 나온다.",
    "이번 조치로 조사를 마쳤다.",
    "원전 수출의 원칙을 지킨다.",
]


PLAIN = [
    "업계는 이번 결정이 국내 공급망 전반에 긍정적인 영향을 줄 것으로 내다봤다.",
    "회사 측은 구체적인 일정과 세부 내용은 추후 공개하겠다고 설명했다.",
    "정부는 관련 부처와 협의해 인허가 절차를 신속히 진행하기로 했다.",
    "전문가들은 전력 수급과 인력 확보가 관건이 될 것이라고 지적했다.",
    "이 관계자는 지역 사회와의 협력을 최우선으로 삼겠다고 강조했다.",
    "시장에서는 경쟁사들도 비슷한 발표를 이어갈 것으로 보고 있다.",
    "The company said the plan was subject to regulatory approval.",
    "Analysts said demand for computing capacity showed no sign of slowing.",
]


def amount(rng: random.Random, wide: int = 1) -> str:
    """One amount in press style; ``wide`` multiplies the ranges the numbers come from."""
    kind = rng.random()
    if kind < 0.35:
        return f"{rng.randint(1, 999 * wide)}억 달러"
    if kind < 0.6:
        jo, eok = rng.randint(1, 99 * wide), rng.choice([0, 0, 1000, 2500, 4000, 5000])
        return f"{jo}조{eok}억 원" if eok else f"{jo}조 원"
    if kind < 0.75:
        return f"{rng.randint(1, 9 * wide)},{rng.randint(100, 999)}억원"
    if kind < 0.85:
        return f"${rng.randint(1, 200 * wide)} billion"
    if kind < 0.92:
        return f"{rng.randint(2, 9)}억~{rng.randint(10, 30)}억원"
    return (
        f"수{rng.choice(['', '천', '백'])}억 원"
        if rng.random() < 0.5
        else f"{rng.randint(1, 900)}억 엔"
    )


def sentence(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return rng.choice(PLAIN)
    r = rng.random()
    if r < 0.45:
        a = amount(rng)
        stated = ""
        if "달러" in a and rng.random() < 0.5:
            stated = f"(약 {rng.randint(1, 99)}조 원)"
        elif a.endswith("원") and "~" not in a and rng.random() < 0.3:
            stated = f"(미화 약 {rng.randint(1, 99)}억 달러)"
        return (
            f"{rng.choice(COMPANIES)}는 {rng.choice(PERIODS)}{rng.choice(PLACES)} "
            f"{rng.choice(PURPOSES)}에 {rng.choice(QUALS)}{a}{stated}를 투자한다고 밝혔다."
        )
    t = rng.choice(NOT_MONEY)
    return t.format(
        n=rng.randint(1, 99), y=rng.randint(2025, 2035), m=rng.randint(1, 12), d=rng.randint(1, 28)
    )


def corpus(path: str, mb: float, seed: int = 20251029) -> None:
    rng = random.Random(seed)
    target = int(mb * 1_000_000)
    written = 0
    day = 0
    with open(path, "w", encoding="utf-8") as out:
        while written < target:
            day += 1
            head = f"date 2025-{(day // 28) % 12 + 1:02d}-{day % 28 + 1:02d}\n\n"
            paras = []
            for _ in range(rng.randint(3, 7)):
                paras.append(" ".join(sentence(rng) for _ in range(rng.randint(2, 5))))
            text = head + "\n\n".join(paras) + "\n\n"
            out.write(text)
            written += len(text.encode("utf-8"))


def archive(path: str, mb: float, seed: int = 20251201) -> None:
    """A JSON Lines news archive as a crawler exports it: one article a row, with an id, a
    publication time in one of the forms archives use, a title, nested metadata and a body
    of the corpus's paragraphs."""
    import datetime as dt
    import json

    rng = random.Random(seed)
    target = int(mb * 1_000_000)
    written = n = 0
    with open(path, "w", encoding="utf-8") as out:
        while written < target:
            n += 1
            day = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(330))
            published = rng.choice(
                [
                    f"{day.isoformat()}T{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}:00+09:00",
                    day.strftime("%Y.%m.%d"),
                    int(dt.datetime(day.year, day.month, day.day, 1, tzinfo=dt.UTC).timestamp()),
                ]
            )
            paras = [
                " ".join(sentence(rng) for _ in range(rng.randint(2, 5)))
                for _ in range(rng.randint(2, 6))
            ]
            row = {
                "id": f"news-{n:07d}",
                "published": published,
                "title": f"{rng.choice(COMPANIES)}, {rng.choice(PLACES)}에 {rng.choice(PURPOSES)}",
                "meta": {"section": rng.choice(["경제", "산업", "IT"]), "lang": "ko"},
                "body": "\n\n".join(paras),
            }
            line = json.dumps(row, ensure_ascii=False) + "\n"
            out.write(line)
            written += len(line.encode("utf-8"))


def exprs(path: str, lines: int, seed: int = 20251124, distinct: bool = False) -> None:
    """Lines of expressions. Drawn as they come, they repeat (about one line in five is
    new, as in a column of figures); ``distinct`` draws from wider ranges and keeps no line
    twice, which is what parse's memory of recent expressions cannot help with."""
    rng = random.Random(seed)
    seen: set[str] = set()
    with open(path, "w", encoding="utf-8") as out:
        while len(seen) < lines if distinct else lines > 0:
            line = rng.choice(QUALS) + amount(rng, 100 if distinct else 1)
            if distinct:
                if line in seen:
                    continue
                seen.add(line)
            else:
                lines -= 1
            out.write(line + "\n")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("what", choices=["corpus", "exprs", "archive"])
    ap.add_argument("out")
    ap.add_argument("--mb", type=float, default=100)
    ap.add_argument("--lines", type=int, default=100_000)
    ap.add_argument("--distinct", action="store_true", help="exprs: no line twice")
    a = ap.parse_args()
    if a.what == "corpus":
        corpus(a.out, a.mb)
    elif a.what == "archive":
        archive(a.out, a.mb)
    else:
        exprs(a.out, a.lines, distinct=a.distinct)

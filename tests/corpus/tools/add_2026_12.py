"""Rows added to real_news.jsonl for issue 15's forms the first collection lacked (found with
the `search` tool, corpus "pages", on 2026-12-01). Each sentence is verbatim from the excerpt
the tool returned for its URL; values were worked out by hand. Run once: it appends the rows
that are not in the corpus yet (by id) and leaves the others alone.

    python tests/corpus/tools/add_2026_12.py
"""

import json
from decimal import Decimal
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent / "real_news.jsonl"


def amt(text, value, currency, *, low=None, high=None, qualifier=None, per=None, period=None,
        stated=None):  # fmt: skip
    v = str(Decimal(value))
    return {
        "text": text,
        "value": v,
        "low": None if low is None else str(Decimal(low)),
        "high": None if high is None else str(Decimal(high)),
        "currency": currency,
        "qualifier": qualifier,
        "per": per,
        "period": period,
        "stated": None
        if stated is None
        else {"text": stated[0], "value": str(Decimal(stated[1])), "currency": stated[2]},
    }


OVER5 = {"kind": "over", "years": 5}
THIS = {"kind": "this-year"}


def by(y):
    return {"kind": "by", "until": y}


PAGES = [
    (
        "theguru",
        "http://www.theguru.co.kr/news/article.html?no=59692",
        None,
        "ko",
        [
            (
                "그르제스차크 회장은 “조만간 주택 계약을 발표할 예정”이라며 “계약 규모는 총 100억~200억 즈워티(약 3조900억~6조1800억원)에 이를 것”이라고 설명했다.",
                [
                    amt(
                        "100억~200억 즈워티",
                        "15000000000",
                        "PLN",
                        low="10000000000",
                        high="20000000000",
                        stated=("약 3조900억~6조1800억원", "4635000000000", "KRW"),
                    )
                ],
                "a zloty range with its won range stated; the stated value is the won range's midpoint",
            ),
        ],
    ),
    (
        "g-enews",
        "https://www.g-enews.com/article/Global-Biz/2025/10/202510080915553338fbbec65dfb_1",
        "2025-10-08",
        "ko",
        [
            (
                "폴란드, 3억 달러 들여 K2 전차 공장 2028년까지 현대화",
                [amt("3억 달러", "300000000", "USD", period=by(2028))],
                "headline; the money is spent on the modernisation due by 2028",
            ),
            (
                "폴란드는 자국 방위산업 역량 강화를 위해 글리비스에 위치한 부마아 애브 디 장갑차 공장 현대화에 미국 달러 3억 달러(약 4260억 원)를 투입하기로 했다고 부마아 애브 디의 최고경영자(CEO) 모니카 크루체크가 지난 7일(현지시각) 밝혔다고 현지의 밀러터니가 보도했다",
                [
                    amt(
                        "3억 달러",
                        "300000000",
                        "USD",
                        stated=("약 4260억 원", "426000000000", "KRW"),
                    )
                ],
                "'미국 달러' written before the amount as well as after it",
            ),
            (
                "첫 번째 분할금 1억 달러(약 1420억 원)는 이달 중 폴란드 국방부 계좌로 이체되며, 두 번째·세 번째 분할금은 2026년과 2027년에 각각 집행할 예정이다.",
                [
                    amt(
                        "1억 달러",
                        "100000000",
                        "USD",
                        stated=("약 1420억 원", "142000000000", "KRW"),
                    )
                ],
                "2026년과 2027년 date the later tranches, not this one",
            ),
        ],
    ),
    (
        "chosun",
        "https://chosun.com/economy/industry-company/2023/07/14/3JKPSK53SFDY5BEQC5G33UAKQI/?outputType=amp",
        "2023-07-14",
        "ko",
        [
            (
                "지난해 폴란드 수출액은 78억5800만달러로 역대 최고치였다.",
                [amt("78억5800만달러", "7858000000", "USD")],
                None,
            ),
            (
                "전년 대비(65만9600달러) 19% 늘었고, 10년 전(36억100만달러)에 비해선 2배가 됐다.",
                [amt("65만9600달러", "659600", "USD"), amt("36억100만달러", "3601000000", "USD")],
                "source error: 65만9600달러 should read 65억9600만달러; recorded as written. The brackets follow words, not amounts: no conversions",
            ),
        ],
    ),
    (
        "businesskorea-via-docslib",
        "https://docslib.org/doc/10313907/korean-govt-to-inject-2-tril-won-into-biotech-industry",
        "2018-08",
        "en",
        [
            (
                "Korean Gov’t to Inject 2 Tril. Won into Biotech Industry",
                [amt("2 Tril. Won", "2000000000000", "KRW")],
                "headline abbreviation 'Tril.'",
            ),
            (
                "Korea’s 3 State-run Resource Developers Lose Nearly 16 Tril. Won from Overseas Projects",
                [amt("Nearly 16 Tril. Won", "16000000000000", "KRW", qualifier="approx")],
                None,
            ),
            (
                "S. Korea’s Exports Top $50 Bil. for Fourth Consecutive Month in June",
                [amt("$50 Bil.", "50000000000", "USD")],
                "headline abbreviation 'Bil.'",
            ),
        ],
    ),
    (
        "yonhap-via-koreaherald",
        "http://www.koreaherald.com/view.php?ud=20211102000414",
        "2021-11-02",
        "en",
        [
            (
                "In 1962, a local carmaker reported receiving $3 million in foreign investment, the first of its kind for the country, and the total FDI amount that year stood at $4 million, according to the Ministry of Trade, Industry and Energy.",
                [amt("$3 million", "3000000", "USD"), amt("$4 million", "4000000", "USD")],
                None,
            ),
            (
                "The foreign investment then spiked drastically to come to $20.75 billion last year, and the figure for the first nine months of this year stood at $18.2 billion, the ministry said, releasing the data to mark Foreign Company Day.",
                [
                    amt("$20.75 billion", "20750000000", "USD"),
                    amt("$18.2 billion", "18200000000", "USD", period=THIS),
                ],
                "the second figure is this year's to date",
            ),
            (
                "Currently, foreigner-invested firms account for 19.4 percent of the country's total exports, or $117.4 billion, and 5 percent of the total employment, or 740,000 workers, the data showed.",
                [amt("$117.4 billion", "117400000000", "USD")],
                "740,000 workers is not money",
            ),
        ],
    ),
    (
        "yonhap-via-koreaherald",
        "http://www.koreaherald.com/view.php?ud=20210714000370",
        "2021-07-14",
        "en",
        [
            (
                "South Korea will increase its investment in the Korean-version New Deal project to 220 trillion won ($191 billion) by 2025, President Moon Jae-in said Wednesday.",
                [
                    amt(
                        "220 trillion won",
                        "220000000000000",
                        "KRW",
                        period=by(2025),
                        stated=("$191 billion", "191000000000", "USD"),
                    )
                ],
                None,
            ),
            (
                '"Total investment in the Korean version of the New Deal will be expanded from 160 trillion won to 220 trillion won by 2025," Moon said during a Cheong Wa Dae event.',
                [
                    amt("160 trillion won", "160000000000000", "KRW"),
                    amt("220 trillion won", "220000000000000", "KRW", period=by(2025)),
                ],
                "'from A to B' is a change, not a range",
            ),
            (
                'He unveiled a plan to create an additional government policy fund worth 100 billion won as part of what he described as the "Korean-version New Deal 2.0."',
                [amt("100 billion won", "100000000000", "KRW")],
                None,
            ),
        ],
    ),
    (
        "kbs-world",
        "http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=166384",
        "2021-12-20",
        "en",
        [
            (
                "The government will invest over 33 trillion won into the Korean New Deal project and over eleven trillion won toward carbon neutrality next year.",
                [
                    amt("over 33 trillion won", "33000000000000", "KRW", qualifier="over"),
                    amt("over eleven trillion won", "11000000000000", "KRW", qualifier="over"),
                ],
                "'next year' dates the spending; it is not a spread",
            ),
            (
                "In a Monday briefing on the economic policy direction for 2022, the government outlined its 33-point-one trillion won investment plan for the project as scheduled.",
                [amt("33-point-one trillion won", "33100000000000", "KRW")],
                None,
            ),
            (
                "Over 32 trillion won was invested last and this year and a total of 160 trillion won is expected through 2025.",
                [
                    amt("Over 32 trillion won", "32000000000000", "KRW", qualifier="over"),
                    amt("160 trillion won", "160000000000000", "KRW", period=by(2025)),
                ],
                "the first figure covers two years (last and this): no period of the schema fits, left null",
            ),
            (
                "Investment in the so-called Big Three areas of future cars, system semiconductors and bio-health will rise 43 percent to six-point-three trillion won.",
                [amt("six-point-three trillion won", "6300000000000", "KRW")],
                None,
            ),
            (
                "Policy financing of 66 trillion won will be provided for the same areas as well as new growth sectors such as data, network and artificial intelligence.",
                [amt("66 trillion won", "66000000000000", "KRW")],
                None,
            ),
            (
                "To achieve the goal of carbon neutrality by 2050, an investment of eleven-point-four trillion won will begin next year.",
                [amt("eleven-point-four trillion won", "11400000000000", "KRW")],
                "'by 2050' is the goal's deadline, not the money's period",
            ),
        ],
    ),
    (
        "fnnews",
        "https://www.fnnews.com/ampNews/202508121840141081",
        "2025-08-12",
        "ko",
        [
            (
                "혁신·균형성장에 5년 210兆 투입",
                [amt("210兆", "210000000000000", None, period=OVER5)],
                "headline: the years written right before the amount ('5년 210兆')",
            ),
            (
                "이재명 정부가 이 같은 국가비전을 실현하기 위해 향후 5년간 210조원을 투입할 것으로 알려졌다.",
                [amt("210조원", "210000000000000", "KRW", period=OVER5)],
                None,
            ),
            (
                "재정투자계획은 핵심공약 및 주요 국정과제에 대한 재정지출 177조원과 국세수입에 연동되는 교부세(금) 33조원으로 전해진다.",
                [amt("177조원", "177000000000000", "KRW"), amt("33조원", "33000000000000", "KRW")],
                None,
            ),
        ],
    ),
    (
        "channela",
        "https://ichannela.com/news/main/news_detailPage_amp.do?publishId=000000487239",
        "2025-08-13",
        "ko",
        [
            (
                "우선 이번 계획에는 핵심 공약과 주요 국정과제 이행을 위해 오는 2026년부터 2030년까지 5년간 총 210조원의 재정투자를 단행한다는 내용이 담겼습니다.",
                [amt("210조원", "210000000000000", "KRW", period=OVER5)],
                "a year span and its count both written",
            ),
            (
                "구체적으로 ▲인공지능(AI) 3대 강국(25조원) ▲산업 르네상스(22조원) ▲기후위기 대응·에너지 전환(7조원) 등 '혁신경제 분야'에 54조원을 투입합니다.",
                [
                    amt("25조원", "25000000000000", "KRW"),
                    amt("22조원", "22000000000000", "KRW"),
                    amt("7조원", "7000000000000", "KRW"),
                    amt("54조원", "54000000000000", "KRW"),
                ],
                "the bracketed figures follow names, not amounts: no conversions",
            ),
        ],
    ),
    (
        "christiandaily",
        "https://www.christiandaily.co.kr/amp/news/150425",
        "2025-08-13",
        "ko",
        [
            (
                "정부는 2026년부터 2030년까지 재정지출 177조 원과 교부세 33조 원을 추가로 투입해 5대 분야 3000여 개 재정사업을 집중 지원한다.",
                [
                    amt("177조 원", "177000000000000", "KRW", period=OVER5),
                    amt("33조 원", "33000000000000", "KRW", period=OVER5),
                ],
                "a year span 2026-2030 written alone: over 5 years, inclusive; it covers both figures",
            ),
        ],
    ),
    (
        "snakorea",
        "https://snakorea.info/?p=26649",
        "2025-08-13",
        "ko",
        [
            (
                "【서울 = 서울뉴스통신】 김부삼 기자 = 이재명 정부가 향후 5년간 총 210조원의 재정투자를 단행해 인공지능(AI) 강국 도약, 저출생 극복, 균형성장 등 핵심 국정과제를 추진한다.",
                [amt("210조원", "210000000000000", "KRW", period=OVER5)],
                None,
            ),
        ],
    ),
    (
        "investing-kr",
        "https://m.kr.investing.com/analysis/article-200436995?ampMode=1",
        "2021-08-01",
        "ko",
        [
            (
                "이는 올해 기업공개(IPO) 로만 사상 최대인 330억 달러 (원화기준 약 38조원) 을 조달한 것에 힘입은 것입니다.",
                [
                    amt(
                        "330억 달러",
                        "33000000000",
                        "USD",
                        period=THIS,
                        stated=("약 38조원", "38000000000000", "KRW"),
                    )
                ],
                "'원화기준' introduces the conversion inside the bracket; raised this year to date",
            ),
            (
                "하지만, 홍콩 금융관리국 (HKMA, Hong Kong Monetary Authority) 에 따르면 홍콩 은행 시스템의 총 예금은 연초 이후 2.3% 그리고 전년 대비해서는 7.1% 증가한 1조 9,100 억 달러 (원화기준 약 2,200 조원) 를 기록하기도 했습니다.",
                [
                    amt(
                        "1조 9,100 억 달러",
                        "1910000000000",
                        "USD",
                        stated=("약 2,200 조원", "2200000000000000", "KRW"),
                    )
                ],
                "spaces before the units on both sides",
            ),
        ],
    ),
    (
        "newsis-via-ilbe",
        "https://www.ilbe.com/view/11608805350",
        "2026-02-20",
        "ko",
        [
            (
                '홍콩 사우스차이나모닝포스트(SCMP)에 따르면 홍콩거래소(HKEX)의 탕자청 주석은 이날 개장식에서 "올해 들어 이미 24개 기업이 홍콩 증시에 상장해 870억 홍콩달러(약 16조원)를 조달했다"며 "현재까지 488개 기업이 홍콩 증시 상장을 대기하고 있다"고 밝혔다.',
                [
                    amt(
                        "870억 홍콩달러",
                        "87000000000",
                        "HKD",
                        period=THIS,
                        stated=("약 16조원", "16000000000000", "KRW"),
                    )
                ],
                "raised this year to date (올해 들어)",
            ),
            (
                "런던증권거래소그룹(LSEG) 데이터 앤 애널리틱스에 따르면 지난해 홍콩거래소의 IPO는 114건으로, 기업들이 372억 달러를 조달해 홍콩거래소는 세계 최대 IPO 시장으로 부상했다.",
                [amt("372억 달러", "37200000000", "USD")],
                None,
            ),
        ],
    ),
    (
        "yonhap-via-hankyung",
        "https://www.hankyung.com/finance/article/2002011551018",
        "2002-01-15",
        "ko",
        [
            (
                "작년에 1천500억원의 매출과 160억원의 당기순이익을 올렸다.",
                [amt("1천500억원", "150000000000", "KRW"), amt("160억원", "16000000000", "KRW")],
                "last year's totals, not rates",
            ),
            (
                "홍콩에 상장되는 지주회사의 공모가는 홍콩달러기준 1.2달러이며 공모주식수는1억6천250만주로 전체 발행주식의 25%에 이른다.",
                [amt("1.2달러", "1.2", "HKD")],
                "'홍콩달러기준' before the number names the dollar; 1억6천250만주 is a share count",
            ),
            (
                "공모금액은 미국달러 기준 2천500만달러이고 상장후 시가총액은 1억달러를 상회할 것으로 전망된다.",
                [
                    amt("2천500만달러", "25000000", "USD"),
                    amt("1억달러", "100000000", "USD", qualifier="over"),
                ],
                "'상회' (more than) after the amount",
            ),
        ],
    ),
    (
        "malaysianreserve",
        "https://themalaysianreserve.com/2021/01/29/2-3b-battery-plant-planned-for-hungary-europes-largest/",
        "2021-01-29",
        "en",
        [
            (
                "$2.3b battery plant planned for Hungary, Europe’s largest",
                [amt("$2.3b", "2300000000", "USD")],
                None,
            ),
            (
                "SK Innovation will invest $2.3 billion in what will be its third battery plant in Hungary, Foreign Minister Peter Szijjarto said at a briefing on Friday.",
                [amt("$2.3 billion", "2300000000", "USD")],
                None,
            ),
            (
                "Samsung SDI, another South Korean company, announced in 2017 that it would invest 1.2 billion euros ($1.5 billion) to expand its lithium-ion cells and battery plant in Hungary.",
                [
                    amt(
                        "1.2 billion euros",
                        "1200000000",
                        "EUR",
                        stated=("$1.5 billion", "1500000000", "USD"),
                    )
                ],
                None,
            ),
            (
                "The EU executive in 2019 announced a probe into the 108 million-euro subsidy Hungary extended to the project.",
                [amt("108 million-euro", "108000000", "EUR")],
                "the currency joined to the scale by a hyphen",
            ),
        ],
    ),
    (
        "mti-via-debrecensun",
        "https://www.debrecensun.hu/eco/2021/01/29/szijjarto-sk-innovation-brings-biggest-greenfield-investment-in-hungarys-history/",
        "2021-01-29",
        "en",
        [
            (
                "South Korean company SK Innovation is bringing to Hungary a new 2.3 billion US dollar battery plant in what will be the country’s biggest ever greenfield investment, Péter Szijjártó, the foreign minister, said.",
                [amt("2.3 billion US dollar", "2300000000", "USD")],
                None,
            ),
        ],
    ),
    (
        "ceeind",
        "https://www.ceeind.com/index.php/pl/news/EUERBD/id/2175/secb/33",
        "2022-03-28",
        "en",
        [
            (
                "The European Commission has approved a €209 million investment aid from Hungary for a new electric vehicle (EV) battery plant.",
                [amt("€209 million", "209000000", "EUR")],
                None,
            ),
            (
                "Last year, LG Chem announced plans to invest €1.8 billion in a new EV battery plant in Poland.",
                [amt("€1.8 billion", "1800000000", "EUR")],
                None,
            ),
            (
                "SK On Hungary’s own investment in the plant is €1,623 million.",
                [amt("€1,623 million", "1623000000", "EUR")],
                None,
            ),
        ],
    ),
    (
        "reuters-via-lithium-news",
        "https://lithium-news.com/australian-battery-metal-players-key-to-south-koreas-ev-ambition",
        "2022-11-30",
        "en",
        [
            (
                "Ben Bosung Kim, the managing director for steel giant POSCO in Australia, said the company has already invested around A$5 billion ($3.4 billion) in the country, which covers traditional raw material such as iron ore and coal, and more recently lithium, nickel, graphite and other minerals needed to manufacture electric car batteries.",
                [
                    amt(
                        "around A$5 billion",
                        "5000000000",
                        "AUD",
                        qualifier="approx",
                        stated=("$3.4 billion", "3400000000", "USD"),
                    )
                ],
                None,
            ),
            (
                "The Asian country controls a third of the $46 billion market for electric vehicle batteries but it relies heavily on China which is a key supplier to Korea for electric vehicles.",
                [amt("$46 billion", "46000000000", "USD")],
                None,
            ),
        ],
    ),
    (
        "reneweconomy",
        "https://reneweconomy.com.au/how-australia-can-join-forces-with-south-korea-to-build-batteries-onshore",
        None,
        "en",
        [
            (
                "A response at speed and scale is needed, given the US Inflation Reduction Act (IRA) and the Department of Energy’s (DoE) Loan Program Office funding of US$400bn is being deployed at massive scale, as witnessed by last Friday’s US$9.2bn loan to Ford and South Korean’s SK On’s BlueOval SK US battery joint venture.",
                [amt("US$400bn", "400000000000", "USD"), amt("US$9.2bn", "9200000000", "USD")],
                None,
            ),
        ],
    ),
    (
        "yonhap-infomax-via-kbthink",
        "https://kbthink.com/news-list/view.html?newsId=20251226171853905",
        "2025-12-26",
        "ko",
        [
            (
                "내년 총 발행 한도는 225조7천억원으로 올해 총 발행량인 225조7천억원 대비 5천억원 줄었다.",
                [
                    amt("225조7천억원", "225700000000000", "KRW"),
                    amt("225조7천억원", "225700000000000", "KRW", period=THIS),
                    amt("5천억원", "500000000000", "KRW"),
                ],
                "내년 dates the first figure (not a period); the second is this year's total",
            ),
            (
                "이 중 순발행 한도는 109조4천억원으로 2조8천억원 감소했고, 차환발행은 116조2천억원으로 2조3천억원 증가했다.",
                [
                    amt("109조4천억원", "109400000000000", "KRW"),
                    amt("2조8천억원", "2800000000000", "KRW"),
                    amt("116조2천억원", "116200000000000", "KRW"),
                    amt("2조3천억원", "2300000000000", "KRW"),
                ],
                None,
            ),
        ],
    ),
    (
        "newspim",
        "https://search.newspim.com/news/view/20240328001195",
        "2024-03-28",
        "ko",
        [
            (
                "[세종=뉴스핌] 이정아 기자 = 기획재정부는 다음 달 14조원 수준의 국고채를 경쟁입찰 방식으로 발행한다고 28일 밝혔다.",
                [amt("14조원", "14000000000000", "KRW")],
                "'다음 달' dates the issue",
            ),
            (
                "아울러 기재부는 2분기(4~6월) 중에는 연간 발행량의 27~32%인 42조5000억원~50조4000억원 규모의 국고채를 발행할 예정이다.",
                [
                    amt(
                        "42조5000억원~50조4000억원",
                        "46450000000000",
                        "KRW",
                        low="42500000000000",
                        high="50400000000000",
                    )
                ],
                "'연간' belongs to the year's issuance the percentages are of, not to this quarter's range; 4~6월 is a month span",
            ),
            (
                "이는 지난해 2분기 발행실적(52조7000억원)보다 소폭 줄어든 수준이다.",
                [amt("52조7000억원", "52700000000000", "KRW")],
                None,
            ),
        ],
    ),
    (
        "yonhap-via-wowtv",
        "https://wowtv.co.kr/NewsCenter/News/Read?articleId=AKR20220303155400002",
        "2022-03-03",
        "ko",
        [
            (
                "(세종=연합뉴스) 김다혜 기자 = 정부가 이번 달 14조5천억원 규모의 국고채를 경쟁 입찰 방식으로 발행한다.",
                [amt("14조5천억원", "14500000000000", "KRW")],
                None,
            ),
            (
                "정부는 지난달에는 경쟁입찰 외 방식을 통해 발행 계획(14조5천억원)보다 많은 19조3천억원의 국고채를 발행했다.",
                [
                    amt("14조5천억원", "14500000000000", "KRW"),
                    amt("19조3천억원", "19300000000000", "KRW"),
                ],
                None,
            ),
        ],
    ),
    (
        "kotra",
        "https://dream.kotra.or.kr/user/extra/kotranews/bbs/linkView/jsp/Page.do?dataIdx=160560",
        "2017-09-06",
        "ko",
        [
            (
                "- 홍콩 증권거래소(HKEx)는 2015년과 2016년 각각 339억 달러와 252억 달러의 IPO 규모로 뉴욕 주식시장 등 각국의 증권거래소들을 크게 앞지르며 1위를 차지한 IPO의 강자임.",
                [amt("339억 달러", "33900000000", "USD"), amt("252억 달러", "25200000000", "USD")],
                None,
            ),
        ],
    ),
    (
        "sporbiz",
        "http://www.sporbiz.co.kr/news/articleView.html?idxno=402631",
        None,
        "ko",
        [
            (
                "[한스경제=김형일 기자] 20일 서울 외환시장에서 원/달러 환율은 전 거래일 대비 5.0원 내린 1160.6원에 거래를 마쳤다.",
                [amt("5.0원", "5", "KRW"), amt("1160.6원", "1160.6", "KRW")],
                None,
            ),
            (
                "같은 시간 원/엔 재정환율은 100엔당 1061.70원이었다.",
                [amt("100엔", "100", "JPY"), amt("1061.70원", "1061.7", "KRW")],
                "a rate quote: 100 yen = 1061.70 won, not a bracketed conversion",
            ),
        ],
    ),
]


def rows():
    counters: dict = {}
    for outlet, url, published, lang, sentences in PAGES:
        year = (published or "nd")[:4] if published else "nd"
        for text, amounts, note in sentences:
            key = (outlet, year)
            counters[key] = counters.get(key, 100) + 1
            rec = {"id": f"{outlet}-{year}-{counters[key]}", "outlet": outlet, "url": url,
                   "title": None, "published": published, "lang": lang, "text": text,
                   "amounts": amounts}  # fmt: skip
            if note:
                rec["note"] = note
            pos = 0
            for a in amounts:  # every text must be where the scorer will look for it
                pos = text.index(a["text"], pos) + len(a["text"])
                if a["stated"]:
                    pos = text.index(a["stated"]["text"], pos) + len(a["stated"]["text"])
            yield rec


def main():
    have = {
        json.loads(line)["id"] for line in CORPUS.read_text(encoding="utf-8").splitlines() if line
    }
    new = [r for r in rows() if r["id"] not in have]
    with open(CORPUS, "a", encoding="utf-8") as fh:
        for r in new:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"added {len(new)} sentences, {sum(len(r['amounts']) for r in new)} amounts")


if __name__ == "__main__":
    main()

from h import A, S, page, over, by, TY

page("sisatvkorea", "2026", "http://www.sisatvkorea.kr/news/view.sky?code=Economy&id=11032",
     "주요 10대 그룹 향후 5년간 300조원 규모 투자", "2026-02-04", [
    ("재계가 수출 호조와 경제 회복세 속 성장의 과실이 고르게 나뉘어야 한다는 이재명 대통령의 당부에 5년간 300조원 규모의 투자할 계획이다.",
     [A("300조원", "300조", period=over(5))], None),
    ("류진 한국경제인협회(한경협·FKI) 회장은 4일 이재명 대통령과 만난 자리에서 주요 10대 그룹이 향후 5년간 270조원 규모, 재계를 합쳐 300조원 규모를 지방에 투자할 계획이라고 밝혔다.",
     [A("270조원", "270조", period=over(5)), A("300조원", "300조", period=over(5))],
     "two totals after a comma, both KRW, both over the shared 향후 5년간; '10대 그룹' is a count"),
    ("SK하이닉스는 AI 메모리 수요 급증에 대응해 충북 청주에 19조원을 투자해 첨단 패키징 팹(공장)을 건설하기로 했다.",
     [A("19조원", "19조")], None),
])

page("imbc", "2026", "https://imnews.imbc.com/news/2026/econo/article/6798678_36933.html",
     "재계, 대통령 만나 \"5년간 지방에 300조 원 투자\"", "2026-02-04", [
    ("재계, 대통령 만나 \"5년간 지방에 300조 원 투자\"",
     [A("300조 원", "300조", period=over(5))], "headline"),
    ("국내 대기업들이 수도권 외 지역에 올해부터 5년 동안 반도체와 배터리, 인공지능, AI 분야를 중심으로 총 300조 원을 투자합니다.",
     [A("300조 원", "300조", period=over(5))], "'올해부터 5년 동안' several words before the amount"),
    ("한국경제인협회는 반도체와 배터리 생산 및 연구 개발, AI 전환과 탄소 중립 등 첨단 전략 산업분야에 집중 투자가 이뤄질 것이며, 생산가치 최대 525조 원, 부가가치는 221조 원 유발되는 효과가 있을 것이라고 전망했습니다.",
     [A("최대 525조 원", "525조", q="max"), A("221조 원", "221조")],
     "two different effects after a comma, not a conversion"),
])

page("wowtv", "2017", "https://www.wowtv.co.kr/NewsCenter/News/Read?articleId=A201705010051", None, None, [
    ("지난달 우리나라 수출액이 1년 전 같은 기간보다 24.2% 늘어난 510억 달러를 기록했습니다.",
     [A("510억 달러", "510억", "USD")], None),
    ("516억 달러를 기록했던 지난 2011년 12월 이후 최대 수치로, 4개월 연속 두 자릿수 증가율을 이어간 것도 지난 2011년 9월 이후 5년 7개월 만입니다.",
     [A("516억 달러", "516억", "USD")], "'5년 7개월 만' is an elapsed time, not a period of the money"),
    ("같은 기간 수입액은 16.6% 증가한 378억 달러로 무역수지는 133억 달러 흑자를 기록, 63개월 연속 흑자 행진을 이어갔습니다.",
     [A("378억 달러", "378억", "USD"), A("133억 달러", "133억", "USD")], None),
    ("주요 13대 품목들 가운데 9개 품목의 수출이 증가한 가운데 선박이 사상 최대인 71억3천만 달러, 반도체가 역대 2위 수준인 71억4천만 달러 수출을 기록했습니다.",
     [A("71억3천만 달러", "71억3천만", "USD"), A("71억4천만 달러", "71억4천만", "USD")],
     "two items' figures after a comma, not a conversion"),
])

page("wowtv", "2017", "https://www.wowtv.co.kr/NewsCenter/News/Read?articleId=A201705210013", None, None, [
    ("조업일수를 고려한 일평균 수출액은 20억4,000만 달러로 전년보다 11.6% 늘었다.",
     [A("20억4,000만 달러", "20억4000만", "USD", per="day")], None),
    ("특히 지난달 수출액은 510억 달러로 2014년 10월(516억 달러) 이후 역대 2번째로 많은 액수를 기록, 긴 부진을 털어냈음을 확실히 입증했다.",
     [A("510억 달러", "510억", "USD"), A("516억 달러", "516억", "USD")],
     "the bracketed 516억 달러 is October 2014's figure in the same currency, not a conversion"),
    ("반도체(41.0%), 석유제품(35.2%)이 수출 증가세를 주도했다.", [], "no money: percentages in brackets"),
    ("한편 이달 1∼20일 수입액은 전년 동기보다 11.7% 늘어난 248억 달러로 잠정 집계됐다.",
     [A("248억 달러", "248억", "USD")], "'1∼20일' is a day range, not money"),
])

page("newsway", "nd", "https://newsway.co.kr/news/search?q=28.4%25&t=tag", None, None, [
    ("21일 관세청에 따르면 이달 1일부터 20일까지 수출액은 304억달러로 1년 전 같은 기간보다 28.4% 올랐고 일평균 수출액은 19억6000만 달러로 20.1% 증가했다.",
     [A("304억달러", "304억", "USD"), A("19억6000만 달러", "19억6000만", "USD", per="day")],
     "'이달 1일부터 20일까지' is a span of days, not a period of years"),
])

page("imbc", "2024", "https://imnews.imbc.com/news/2024/econo/article/6591408_36452.html", None, None, [
    ("관세청에 따르면 이달 1일부터 20일 사이 수출액은 358억 달러로 지난해 같은 기간보다 11.1% 늘었습니다.",
     [A("358억 달러", "358억", "USD")], None),
    ("국가별로는 미국에 대한 수출이 22.8%, 대중국 수출은 9.0%가 늘었고, 대미 수출액은 72억 2천8백만 달러로, 68억 7천만 달러에 그친 대중 수출을 웃돌았습니다.",
     [A("72억 2천8백만 달러", "72억2천8백만", "USD"), A("68억 7천만 달러", "68억7천만", "USD")],
     "'2천8백만' with 천 and 백 inside one group; the amount after the comma is a different figure, not a conversion"),
])

page("localsegye", "nd", "https://m.localsegye.co.kr/news/view/1065577831372301", None, None, [
    ("13일 관세청에 따르면 수출은 148억 달러, 수입은 163억 달러로 집계됐다고 밝혔다.",
     [A("148억 달러", "148억", "USD"), A("163억 달러", "163억", "USD")], None),
    ("일평균 수출액은 17.4억 달러로 지난해 같은 달 대비 18.9% 올랐다.",
     [A("17.4억 달러", "17.4억", "USD", per="day")], None),
    ("이 기간 조업일수는 8.5일로 지난해와 같은 날을 고려한 수치다.", [], "no money: a count of days"),
])

page("nocutnews", "nd", "https://m.nocutnews.co.kr/news/amp/4993602", None, None, [
    ("산업통상자원부는 지난달 수출이 512억 2700만 달러로 전년동월대비 0.089% 감소했다고 1일 밝혔다.",
     [A("512억 2700만 달러", "512억2700만", "USD")], None),
    ("여기에는 지방선거 등으로 인한 조업일수 감소(1.5일)와 지난해 6월 대규모 선박 수출(73.7억 달러)에 따른 기저효과가 크게 작용했다.",
     [A("73.7억 달러", "73.7억", "USD")], "'(1.5일)' is a count of days"),
    ("하지만 조업일수 요인을 배제한 일(日) 평균 수출은 23.8억 달러로 지난해 10월(24.9억 달러)에 이어 역대 2위를 기록했다.",
     [A("23.8억 달러", "23.8억", "USD", per="day"), A("24.9억 달러", "24.9억", "USD", per="day")],
     "'일(日) 평균' = daily average, with the Hanja in brackets; the bracketed 24.9억 달러 is October's daily average, not a conversion"),
    ("6월 수출이 전년 수준에 머무르긴 했지만 500억 달러대를 유지하며 사상 최초로 연 4회·사상 최초 4개월 연속 500억 달러를 돌파하는 기록도 세웠다.",
     [A("500억 달러", "500억", "USD", q="approx"), A("500억 달러", "500억", "USD", q="over")],
     "'500억 달러대' (the 500억 range) and '500억 달러를 돌파' (over, from the verb); '연 4회' is a count, not per year"),
    ("또 상반기 수출은 6.6% 증가한 2975억 달러로 사상 최대의 반기 실적을 거뒀고, 상반기 일평균 수출도 7.4% 증가한 22.4억 달러로 역시 역대 최고치를 기록했다.",
     [A("2975억 달러", "2975억", "USD"), A("22.4억 달러", "22.4억", "USD", per="day")], None),
])

page("hankyung-sgsg", "2022", "https://sgsg.hankyung.com/article/2022020407391", None, None, [
    ("1000억원대 M&A는 M&A로 치지도 않습니다.",
     [A("1000억원", "1000억", q="approx")], "'원대' (in the range of)"),
    ("요즘 외신을 타고 들어오는 빅딜은 최소 수십조원 단위입니다.",
     [A("최소 수십조원", "10조", q="min")], "vague '수십조원': value is its order of magnitude (10조), as in chosun-via-yangbong-nd-002"),
    ("인공지능을 기반으로 한 음성기술 회사인 뉘앙스커뮤니케이션을 190억달러(약 22조원)에 인수한 게 대표적 사례죠.",
     [A("190억달러", "190억", "USD", stated=S("약 22조원", "22조"))], None),
    ("구글과 유튜브를 보유한 알파벳은 작년에만 22건에 220억달러를 썼습니다.",
     [A("220억달러", "220억", "USD")], "'22건' is a count of deals"),
    ("718건이던 2020년보다 30% 늘어난 규모죠.", [], "no money: a count, a year and a percentage"),
    ("거래액은 59조원에 달합니다.", [A("59조원", "59조")], None),
    ("DL케미칼이 16억달러(약 1조8000억원)를 투입해 글로벌 석유화학회사인 크레이튼을 인수해 관심을 끌었습니다.",
     [A("16억달러", "16억", "USD", stated=S("약 1조8000억원", "1조8000억"))], None),
])

page("donga", "2000", "https://donga.com/news/amp/all/20000203/7505816/1", None, None, [
    ("지난 한해 동안 전세계에서 모두 3조3880억달러(약 3818조원)의 인수합병(M&A)이 이뤄져 사상 최고기록을 수립했다고 독일 코메르츠은행이 2일 밝혔다.",
     [A("3조3880억달러", "3조3880억", "USD", stated=S("약 3818조원", "3818조"))],
     "'지난 한해 동안' dates the total (last year); not a per-year rate"),
    ("코메르츠은행은 지난해 M&A규모는 98년의 1.8배로 늘어났으며 국가별로는 미국이 전체의 34%인 1조1550억달러로 가장 많았다고 전했다.",
     [A("1조1550억달러", "1조1550억", "USD")], "'98년' is a year written short, '1.8배' a ratio"),
])

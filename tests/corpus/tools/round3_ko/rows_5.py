from h import A, S, page, over, by, TY

# ---- valuations, ranges, negatives --------------------------------------
page("hankyung", "2020", "https://www.hankyung.com/economy/article/202002052714Y", None, None, [
    ("특히 빅히트가 지난해 최대실적을 올리면서 증권가에서는 빅히트의 기업가치가 2조∼4조원에 달할 것이란 분석이 나온다.",
     [A("2조∼4조원", None, lo="2조", hi="4조")], "range with ∼ (U+223C), both ends with units; in the page the sentences run together without spaces after full stops"),
    ("5일 빅히트 실적 발표에 따르면 빅히트의 지난해 매출은 5천879억원, 영업이익은 975억원으로 잠정집계됐다.",
     [A("5천879억원", "5천879억"), A("975억원", "975억")], None),
    ("연합인포맥스가 집계한 지난해 영업이익 전망치는 SM(461억원), JYP(399억원), YG(-71억원)이다.",
     [A("461억원", "461억"), A("399억원", "399억"), A("-71억원", None, value="-7100000000")], "a negative forecast written -71억원 in brackets"),
    ("지난 4일 종가 기준 SM과 JYP의 시가총액 합계(1조6천741억원)에 1.13배를 적용하면 빅히트의 예상 시가총액은 1조8천917억원 수준으로 추정된다.",
     [A("1조6천741억원", "1조6천741억"), A("1조8천917억원", "1조8천917억", q="approx")], "'1.13배' a ratio; '수준' approx"),
    ("올해 순이익 전망치를 기준으로 한 3대 기획사의 PER 수준은 약 19∼31배다.",
     [], "no money: a range of ratios with 약 and 올해"),
])

page("donga", "2020", "https://www.donga.com/news/Economy/article/all/20200921/103037289/1",
     "공모가로 본 BTS 멤버 1인당 가치는 5000억…메시도 무시 못할 ‘몸값’", "2020-09-21", [
    ("공모가로 본 BTS 멤버 1인당 가치는 5000억…메시도 무시 못할 ‘몸값’",
     [A("5000억", "5000억", None)], "headline; bare 5000억 (won by context), currency null"),
    ("코스피 상장을 추진 중인 빅히트엔터테인먼트가 이달 초 금융감독원에 제출한 증권신고서에 따르면 이 회사의 올해 상반기(1~6월) 전체연결매출(2940억 원) 중 BTS가 번 돈은 2579억 원(87.7%)이다.",
     [A("2940억 원", "2940억"), A("2579억 원", "2579억")], "'올해 상반기(1~6월)' dates a half-year figure; not a this-year spread (cf. '올해 1분기' in the corpus)"),
    ("현재 빅히트의 공모 예정가는 10만5000원~13만5000원.",
     [A("10만5000원~13만5000원", None, lo="10만5000", hi="13만5000")], "a price range below 억 with ~"),
    ("공모가가 예정가의 최상단에서 결정된다면 상장 후 빅히트의 시가총액은 4조5692억 원, 매출 비중을 고려한 BTS 멤버 7명의 시장가치는 시총의 80% 수준인 3조6500억 원 정도로 추정된다.",
     [A("4조5692억 원", "4조5692억"), A("3조6500억 원", "3조6500억", q="approx")], "'80% 수준' approx belongs to the percentage; '정도' approx for 3조6500억; two different amounts after a comma"),
    ("멤버 1인당 가치가 약 5200억 원에 이른다는 계산이 나온다.",
     [A("약 5200억 원", "5200억", q="approx")], None),
    ("단순 비교가 어렵긴 하지만 세계에서 가장 “값이 비싼 축구선수 메시의 시장가치(이적료 기준 7억 유로·약 9832억 원)와 비슷해지는 셈이다.",
     [A("7억 유로", "7억", "EUR", stated=S("약 9832억 원", "9832억"))], "euro amount and its won conversion inside one bracket, joined by a middle dot '·'"),
    ("카카오게임즈처럼 ‘따상(시초가가 공모가의 갑절로 오른 뒤에 30% 상승해 상한가)’에 성공하면 1인당 시장가치는 약 1조3500억 원으로 불어난다.",
     [A("약 1조3500억 원", "1조3500억", q="approx")], None),
    ("빅히트는 이달 24일부터 이틀간 기관투자자 대상 수요예측에 들어간다.",
     [], "no money: '이틀간' a span of days"),
])

# ---- Chinese investment, 1천5백 style -------------------------------------
page("cop25-repost", "2015", "http://www.cop25.com/bbs/print.php?bo_table=iykeb302&wr_id=123",
     "\"中, 지난해 한국에 7천억 투자…1년새 374배 급증\"", "2015-03-19", [
    ("\"中, 지난해 한국에 7천억 투자…1년새 374배 급증\"",
     [A("7천억", "7천억", None)], "headline; bare 7천억 (won by context), currency null"),
    ("중국 경제 인터넷매체 차이징넷(财经网)은 시장연구조사기관 머저마켓(Mergermarket)의 통계를 인용해 \"지난해 중국의 한국 투자총액은 6억3천1백만달러(7천137억원)로 2013년도 1억3천3백만달러(1천504억원)보다 무려 374%나 증가했다\"며 \"2010년의 2천8백만달러(317억원)와 비교하면 22.5배나 늘어났다\"고 전했다.",
     [A("6억3천1백만달러", "6억3천1백만", "USD", stated=S("7천137억원", "7천137억")),
      A("1억3천3백만달러", "1억3천3백만", "USD", stated=S("1천504억원", "1천504억")),
      A("2천8백만달러", "2천8백만", "USD", stated=S("317억원", "317억"))],
     "three dollar amounts with 천/백 inside the group, each with a won conversion in brackets (no 약)"),
    ("한편 지난해 일본에 대한 중국의 투자는 6천7백만달러(758억원)로 2013년의 3천9백만달러(441억원)보다 72% 증가했지만 대한국 투자에 비해서는 9분의 1 규모에 불과했다",
     [A("6천7백만달러", "6천7백만", "USD", stated=S("758억원", "758억")),
      A("3천9백만달러", "3천9백만", "USD", stated=S("441억원", "441억"))],
     "no final full stop in the page; '9분의 1' a fraction"),
])

page("donga", "2002", "https://donga.com/news/Economy/article/all/20021015/7872597/1", None, "2002-10-15", [
    ("KOTRA는 8월 말 현재 한국의 대중 투자액이 9억7054만달러로 작년 같은 기간의 6억9714만달러보다 39.2% 늘어났다고 15일 발표했다.",
     [A("9억7054만달러", "9억7054만", "USD"), A("6억9714만달러", "6억9714만", "USD")], "'8월 말 현재' a cut-off date"),
    ("이는 작년 한해 총투자액인 9억6040만달러보다도 많은 것이다.",
     [A("9억6040만달러", "9억6040만", "USD")], "'작년 한해' dates a year's total; not a rate"),
    ("지역별로는 전통적으로 한국기업의 투자가 활발한 산둥(山東)성이 2억4839만달러로 가장 많았고 톈진(天津)시 1억583만달러, 장쑤(江蘇)성 8472만달러, 랴오닝(遼寧)성 5324만달러, 상하이(上海)시 3900만달러, 저장(浙江)성 3342만달러 등의 순이다.",
     [A("2억4839만달러", "2억4839만", "USD"), A("1억583만달러", "1억583만", "USD"), A("8472만달러", "8472만", "USD"),
      A("5324만달러", "5324만", "USD"), A("3900만달러", "3900만", "USD"), A("3342만달러", "3342만", "USD")],
     "a list of regions' figures after commas, none a conversion"),
    ("KOTRA 관계자는 “올해는 작년의 2배가 넘는 15억달러가량의 투자가 예상된다”면서 “지역별로도 산둥성과 둥베이(東北)3성을 벗어나 장쑤성 저장성 상하이 등 화둥(華東)지역으로의 투자가 증가하는 추세”라고 말했다.",
     [A("15억달러", "15억", "USD", q="approx", period=TY)], "'가량' approx written after the currency; '올해는' this year's expected total; '2배가 넘는' a ratio"),
])

# ---- monthly pay -----------------------------------------------------------
page("hypebeast", "2024", "https://hypebeast.kr/2024/2/the-average-salary-of-korean-workers",
     "대한민국 근로자 월급 평균 ‘3백53만 원’이다", None, [
    ("대한민국 근로자 월급 평균 ‘3백53만 원’이다",
     [A("3백53만 원", "3백53만", per="month")], "headline; '3백53만' mixes 백 with Arabic digits; 월급 평균 = monthly"),
    ("27일 통계청이 ‘2022년 임금근로 일자리 소득 결과’를 바탕으로 우리나라 임금 근로자의 월 평균 급여가 3백53만 원이라고 발표했다.",
     [A("3백53만 원", "3백53만", per="month")], "'월 평균 급여' with spaces"),
    ("통계청은 전년대비 20만 원이 오른 금액이며, 산업별로 임금 수준 차이도 크다고 덧붙였다.",
     [A("20만 원", "20만")], "an increase of the monthly pay (a difference); per left null"),
    ("급여 소득이 가장 낮은 업종은 숙박음식점업으로, 해당 업종 종사자는 평균 1백72만 원을 번 것으로 조사됐다.",
     [A("1백72만 원", "1백72만", per="month")], "monthly from the article's context only ('평균 ... 번'); no rate word in the sentence"),
])

page("donga", "2017", "https://donga.com/news/amp/all/20170627/85078917/1", None, None, [
    ("1500만 개 일자리의 세전소득을 분석한 결과 남자의 월평균 소득은 390만 원, 여자는 236만 원이었습니다.",
     [A("390만 원", "390만", per="month"), A("236만 원", "236만", per="month")], "'1500만 개' a count; the second figure shares 월평균"),
    ("20년 이상 근속한 근로자의 평균 소득은 678만 원, 1년 미만 근속한 경우는 213만 원이었습니다.",
     [A("678만 원", "678만", per="month"), A("213만 원", "213만", per="month")],
     "monthly from the previous sentence's 월평균 (context); '20년 이상'/'1년 미만' are lengths of service, not periods of the money"),
])

page("ytn", "2019", "https://www.ytn.co.kr/_ln/0102_201901301323307421", None, None, [
    ("지난해 직장인 평균 월급이 287만 원으로 전년보다 10만 원 증가한 것으로 나타났습니다.",
     [A("287만 원", "287만", per="month"), A("10만 원", "10만")], "the increase is a difference; per left null"),
    ("대기업 직장인의 세전 평균 월급은 488만 원으로 중소기업 직장인의 223만 원보다 2.1배 더 많았습니다.",
     [A("488만 원", "488만", per="month"), A("223만 원", "223만", per="month")], "both monthly pay (the second shares 월급)"),
    ("월급이 중위소득의 절반 이하인 '빈곤'한 직장인 비중은 20.8%로 전년보다 0.5% 상승했습니다.",
     [], "no money"),
])

page("sedaily", "2024", "https://m.sedaily.com/NewsViewAmp/2D5IUXD9O1", None, None, [
    ("조사 결과에 따르면 2022년 12월 기준 임금근로자의 평균 월급은 353만원으로 집계됐다.",
     [A("353만원", "353만", per="month")], None),
    ("1년 전 보다 20만원(6.0%) 늘었다.",
     [A("20만원", "20만")], "a difference; per left null"),
])

page("koreaherald-ko", "2017", "http://www01.koreaherald.com/search/list_reporter.php?byline=%EC%9E%84%EC%A0%95%EC%9A%94&mp=2&np=11", None, None, [
    ("우리나라 '월급쟁이'의 세전 평균 월급이 329만 원인 것으로 집계됐다.",
     [A("329만 원", "329만", per="month")], "sentences run together without spaces in the page"),
    ("조사 결과, 건강보험, 국민연금, 공무원·군인연금 등 직역연금에 가입한 임금 근로자의 2015년 기준 월평균 소득(세전)은 329만원이었다.",
     [A("329만원", "329만", per="month")], "'월평균 소득(세전)': a bracket between the rate noun and the amount"),
    ("일용근로자와 같은 취약근로자나 자영업자 같은 비임금근로자의 일자리 약 900 만개는 빠져 있어 실제 평균·중위 소득과 차이가 있을 수 있다.",
     [], "no money: '약 900 만개' a count, with a space before 만"),
])

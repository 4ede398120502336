from h import A, S, page, over, by, TY

# ---- yen -----------------------------------------------------------------
page("segye", "2017", "http://segye.com/newsView/20170626002397",
     "작년 일본에 외국인 직접투자 30조원 넘어서…사상 최고", "2017-06-26", [
    ("작년 일본에 외국인 직접투자 30조원 넘어서…사상 최고",
     [A("30조원", "30조", q="over")], "headline; 'over' from 넘어서"),
    ("지난해 외국인과 외국 기업들의 일본 직접 투자액이 3조 엔(약 30조7천억 원)을 돌파하면서 사상 최고치를 경신했다.",
     [A("3조 엔", "3조", "JPY", q="over", stated=S("약 30조7천억 원", "30조7천억"))], "'over' from 돌파하면서 (debatable)"),
    ("26일 니혼게이자이신문이 재무성의 국제수지통계를 분석한 결과 지난해 외국인대일 직접투자액은 전년도의 2배인 3조130억 엔으로 나타났다.",
     [A("3조130억 엔", "3조130억", "JPY")], None),
    ("그동안 최고치였던 2007년의 2조7천288억 엔을 상회하며 비교 가능한 통계가 있는 1996년 이후 최고치를 기록했다.",
     [A("2조7천288억 엔", "2조7천288억", "JPY")], None),
    ("내용별로는 기업매수 등 주식취득에 6천899억엔, 일본에 진출한 외국 기업의 일본내 재투자 1조3천728억엔 등이다.",
     [A("6천899억엔", "6천899억", "JPY"), A("1조3천728억엔", "1조3천728억", "JPY")], "two items after a comma, not a conversion"),
    ("외국계의 일본 내 재투자는 2014년 이후 1조3천억 엔대를 유지하고 있다.",
     [A("1조3천억 엔", "1조3천억", "JPY", q="approx")], "'엔대' (in the range of)"),
    ("외국인과 기업의 대일투자 잔액은 지난해 말 27조8천억엔 수준이다.",
     [A("27조8천억엔", "27조8천억", "JPY", q="approx")], "'수준' approx"),
    ("일본 정부는 2020년에 이를 35조 엔대로 늘리는 것을 목표로 하고 있다.",
     [A("35조 엔", "35조", "JPY", q="approx")], "a target level for 2020 ('2020년에'), not a period"),
])

page("theguru", "nd", "http://www.theguru.co.kr/news/article.html?no=15140", None, None, [
    ("17일 코트라 일본 오사카무역관이 내놓은 '글로벌 기업은 왜 일본에 투자하는가' 보고서에 따르면 2018년 일본 대내직접투자액(수지)은 2조9000억엔(약 31조6200억원)으로 전년보다 24.5% 증가했다.",
     [A("2조9000억엔", "2조9000억", "JPY", stated=S("약 31조6200억원", "31조6200억"))], "'2018년' dates the figure"),
    ("최대 투자 지역은 유럽으로 8049억엔(약 8조7800억원)이 유입됐다.",
     [A("8049억엔", "8049억", "JPY", stated=S("약 8조7800억원", "8조7800억"))], None),
    ("아시아의 대일직접투자는 5522억엔(약 6조200억원)으로 전년 대비 11.9% 감소했다.",
     [A("5522억엔", "5522억", "JPY", stated=S("약 6조200억원", "6조200억"))], None),
    ("아시아 국가 중 한국이 2158억엔(약 2조3500억원)으로 투자 규모가 가장 컸다.",
     [A("2158억엔", "2158억", "JPY", stated=S("약 2조3500억원", "2조3500억"))], None),
    ("산업별로 보면 가장 큰 비중을 차지한 금융·보험업(7조6933억엔, 34%)을 제외하고 △전기기계기구(3조7434억엔, 16.5%) △운송기계기구(3조4558억엔, 15.2%) △화학·의약 (1조6241억엔, 7.2%) 등 전통적인 제조업 분야의 비중이 높았다.",
     [A("7조6933억엔", "7조6933억", "JPY"), A("3조7434억엔", "3조7434억", "JPY"), A("3조4558억엔", "3조4558억", "JPY"), A("1조6241억엔", "1조6241억", "JPY")],
     "'△' is a list bullet before each industry here, not the accounts' minus; amounts and shares in brackets"),
])

page("g-enews", "2020", "https://www.g-enews.com/view.php?ud=20201008181449185185_7&ssk=g080000", "글로벌 기업은 왜 고령국 일본에 투자하는가?", None, [
    ("이러한 상황에서 일본 정부는 2013년 6월에 2020년 대내직접투자 잔액을 2012년 말의 17조8000억 엔에서 35조 엔으로 2배로 늘린다는 목표를 세웠다.",
     [A("17조8000억 엔", "17조8000억", "JPY"), A("35조 엔", "35조", "JPY")],
     "'A에서 B로 늘린다' is a change from one level to another, not a range; '2020년' is a target date"),
    ("2018년에 대일직접투자 잔액은 최초로 30조 엔을 돌파했다.",
     [A("30조 엔", "30조", "JPY", q="over")], "'over' from 돌파했다"),
])

# ---- trading value, per day ---------------------------------------------
page("hankyung", "2006", "https://www.hankyung.com/article/2006010660201", None, None, [
    ("6일 증권선물거래소에 따르면 이달 들어 이날까지 유가증권시장과 코스닥시장의 일평균 거래대금은 9조2029억원으로 2002년 2월의 8조1621억원을 넘어서며 사상 최고치를 기록 중이다.",
     [A("9조2029억원", "9조2029억", per="day"), A("8조1621억원", "8조1621억", per="day")],
     "both daily averages (the second is February 2002's, sharing 일평균 거래대금)"),
    ("1월 중 유가증권시장의 일평균 거래량은 5억1830만주로 2002년 7월의 14억5457만주에 크게 못 미친다.",
     [], "no money: share volumes (5억1830만주, 14억5457만주) with 억 and the counter 주"),
    ("조용화 대신증권 연구위원은 \"올 코스피지수 예상 평균치 1250포인트를 적용할 경우 유가증권시장의 일평균 거래대금은 작년보다 28.3% 증가한 6조원에 달할 것\"이라고 전망했다.",
     [A("6조원", "6조", per="day")], "'1250포인트' index points, not money; 올 dates the forecast of a rate (no period)"),
    ("1월 중 일평균 거래대금은 3조983억원으로 월기준 네 번째로 많다.",
     [A("3조983억원", "3조983억", per="day")], None),
])

page("sbs", "2026", "https://news.sbs.co.kr/news/endPage.do?news_id=N1008460630", None, None, [
    ("오늘(2일) 한국거래소에 따르면 지난달 코스피 일평균 거래대금은 32조2천340억원으로 역대 최대를 기록했습니다.",
     [A("32조2천340억원", "32조2천340억", per="day")], None),
    ("지난 1월(27조560억원) 대비로는 19%(5조1천780억원) 늘어났습니다.",
     [A("27조560억원", "27조560억", per="day"), A("5조1천780억원", "5조1천780억")],
     "the first is January's daily average (per=day from the previous sentence's 일평균); the second, in brackets after a percentage, is the difference (per left null); not a conversion"),
    ("삼성전자·SK하이닉스·삼성전자 우선주의 지난달 일평균 거래대금은 10조5천20억원으로 같은 기간 전체 코스피 거래대금의 33%를 차지했습니다.",
     [A("10조5천20억원", "10조5천20억", per="day")], None),
    ("지난달 코스피 시장의 상장주식 회전율은 28.0%로 2022년 4월(35.02%) 이후 3년 10개월 만에 최대를 기록했습니다.",
     [], "no money: turnover ratios; '3년 10개월 만에' elapsed time"),
])

page("donga", "2026", "https://www.donga.com/news/Economy/article/all/20260302/133448455/2", None, "2026-03-01", [
    ("2일 한국거래소에 따르면 지난달 코스피 월간 거래대금은 547조7974억 원으로 나타났다.",
     [A("547조7974억 원", "547조7974억")], "'월간 거래대금' of 지난달 is one month's total, not a per-month rate (like '2019년 한 해 65억 달러'); debatable"),
    ("지난달 하루 평균(17거래일) 거래대금은 32조2340억 원으로 올 1월(27조560억 원) 대비 19.1% 늘었다.",
     [A("32조2340억 원", "32조2340억", per="day"), A("27조560억 원", "27조560억", per="day")],
     "'하루 평균(17거래일) 거래대금': the rate word is separated from its noun by a bracket; the bracketed 27조560억 원 is January's daily average (per=day shared), not a conversion; '올 1월' is a date"),
    ("지난해 12월(14조4170억 원)과 비교하면 2.2배로 증가했다.",
     [A("14조4170억 원", "14조4170억", per="day")], "December's daily average; per=day from the previous sentence only (context)"),
    ("지난달 26일엔 6,307.27에 거래를 마치며 6,300도 넘어섰다.",
     [], "no money: index levels with a thousands comma"),
])

page("etoday", "2015", "https://etoday.co.kr/news/view/1083915", None, None, [
    ("코스피의 최근 5거래일(2월 25일~3월 3일)의 평균 거래금액이 5조4000억원으로 증가했다.",
     [A("5조4000억원", "5조4000억", per="day")], "the average over 5 trading days = a per-day figure (from '5거래일의 평균'); '(2월 25일~3월 3일)' a date range"),
    ("4일 한국거래소에 따르면 올해 1~2월 코스피시장 하루 평균 거래대금은 약 4조5000억원으로 집계됐다.",
     [A("약 4조5000억원", "4조5000억", per="day", q="approx")], "'올해 1~2월' dates a rate; not a this-year spread"),
    ("연간 기준 일평균 코스피 거래대금은 지난 2011년 고점(6조9000억원)을 찍은 뒤 △2012년 4조8000억원 △2013년 4조원 △2014년 4조원 등으로 감소 추세를 보이다가 올 들어 다시 확대되는 모습이다.",
     [A("6조9000억원", "6조9000억", per="day"), A("4조8000억원", "4조8000억", per="day"), A("4조원", "4조", per="day"), A("4조원", "4조", per="day")],
     "all yearly figures of the daily average (일평균, not per year despite '연간 기준'); '△' is a list bullet before each year, not a minus"),
])

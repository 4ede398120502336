from h import A, S, page, over, by, TY

# ---- sales targets: target levels vs spreads, per year ------------------
page("daum", "2023", "https://v.daum.net/v/20230712162003819", "\"LG전자, 매출 100조 목표\" 미래 비전 발표", None, [
    ("\"LG전자, 매출 100조 목표\" 미래 비전 발표",
     [A("100조", "100조", None)], "headline; bare 100조 (won by context)"),
    ("LG전자가 기존 가전 브랜드를 넘어 '스마트 라이프 솔루션 기업'으로 탈바꿈해 2030년까지 매출을 100조원 규모로 끌어올린다.",
     [A("100조원", "100조")], "a target level ('2030년까지 ... 100조원 규모로 끌어올린다'), not a spread"),
    ("LG전자는 3대 성장동력 사업의 질적 성장을 위해 2030년까지 50조원 이상을 투자할 계획이다.",
     [A("50조원", "50조", q="min", period=by(2030))], "an investment total spread to 2030: by 2030"),
])

page("hankyung", "2009", "https://www.hankyung.com/news/article/2009042947781", None, None, [
    ("대상이 올해 국내외에서 총 매출 2조원을 달성하겠다는 목표를 세웠다.",
     [A("2조원", "2조", period=TY)], "this year's sales target"),
    ("박성칠 대상 사장은 29일 서울 프라자호텔에서 기자간담회를 갖고 올해 매출 1조700억원,해외 매출 6800억원,국내 자회사 매출 2500억원 등 연계 매출 2조원을 달성하겠다고 밝혔다.",
     [A("1조700억원", "1조700억", period=TY), A("6800억원", "6800억", period=TY), A("2500억원", "2500억", period=TY), A("2조원", "2조", period=TY)],
     "commas without a following space between the items; all this year's targets (one 올해 for the list)"),
    ("지난해 대상의 연계 매출액은 1조5000억원으로 국내 매출 9202억원,영업이익은 444억원이었으며 국내 매출은 최근 3년간 계속 감소해왔다.",
     [A("1조5000억원", "1조5000억"), A("9202억원", "9202억"), A("444억원", "444억")],
     "'최근 3년간' describes the decline, not a spread of these (last year's) amounts"),
])

page("sedaily", "nd", "https://m.sedaily.com/NewsView/1HUCXEWAR5", "대상 \"연 매출 3조 시대 열 것\"", None, [
    ("대상그룹이 연 매출 3조원 시대 개막을 올해 목표로 잡았다.",
     [A("3조원", "3조", per="year")], "'연 매출' = annual sales; 올해 dates the target of a rate (no period)"),
    ("이를 통해 창립 60주년을 맞는 2016년에는 국내외에서 연 매출 5조원과 영업이익 5,000억원을 달성한다는 목표다.",
     [A("5조원", "5조", per="year"), A("5,000억원", "5000억", per="year")],
     "the second figure joined by 과 shares '연' (annual); '2016년에는' a target year; '60주년' an anniversary"),
    ("대상그룹은 지난해 3분기까지 매출 1조 9,485억원, 영업익 1,235억원을 기록했고 증권가에 따르면 연간 매출과 영업이익은 각각 2조 5,470억원, 1,290억원에 이를 것으로 전망된다.",
     [A("1조 9,485억원", "1조9485억"), A("1,235억원", "1235억"), A("2조 5,470억원", "2조5470억", per="year"), A("1,290억원", "1290억", per="year")],
     "the first two are cumulative to Q3 ('3분기까지' a date, not a period); '연간 매출과 영업이익은 각각' governs the last two"),
])

page("hankyung", "1991", "https://hankyung.com/amp/1991120500331", "< 산업면 톱 > 내년 외형 7조 기업 탄생", None, [
    ("현대자동차는 국내 제조업사상 처음으로 내년도 매출목표를 7조원으로잡고 있으며 삼성전자 포항제철은 6조원대,금성사 유공은 4조원대에 이를전망이다.",
     [A("7조원", "7조"), A("6조원", "6조", q="approx"), A("4조원", "4조", q="approx")], "1991 spacing: '7조원으로잡고', '6조원대,금성사'"),
    ("올해 5조9천억원의 매출이 예상되는 현대자동차는 지금까지 선두를 달리던포철을 제치고 국내 최대 제조업체로 부상했다.",
     [A("5조9천억원", "5조9천억", period=TY)], "this year's expected sales"),
    ("이 회사는 90년에 4조6천억원의 매출을 올렸던 점을 감안하면 내년도7조원달성은 노사분규등 특별한 어려움이 없는한 달성될 것으로 기대된다.",
     [A("4조6천억원", "4조6천억"), A("7조원", "7조")], "'90년' a short year; '내년도7조원달성' glued on both sides"),
    ("이회사는 내년중 내수 65만대(5조4천억원)수출 30만대(1조6천억원)등 총90만대를 판매할 예정인데 내수판매를 늘리기 위해 기존의 엑셀 스쿠프엘란트라 쏘나타에서 탈피,신개발차종인 L카(3천CC급)Y카에 주력키로했다.",
     [A("5조4천억원", "5조4천억"), A("1조6천억원", "1조6천억")], "amounts in brackets after car counts (65만대, 30만대), not conversions; '3천CC급' engine size"),
    ("삼성전자는 올5조2천억원(예상)에서 19% 증가한 6조2천5백억원(내수2조7천억원,수출3조5천5백억원)을 목표로 정했는데 1메가D램의 반도체와정보통신기기에 큰 기대를 걸고 있다.",
     [A("5조2천억원", "5조2천억", period=TY), A("6조2천5백억원", "6조2천5백억"), A("2조7천억원", "2조7천억"), A("3조5천5백억원", "3조5천5백억")],
     "'올5조2천억원' glued to 올 (this year); the bracketed 내수/수출 figures are the parts of 6조2천5백억원, not conversions; '1메가D램' a chip"),
    ("포철은 잠정치이긴 하나 삼성보다 1천억원 부족한 6조1천5백억원(내수4조5천2백3억원 수출 1조6천2백97억원)을 매출목표로 설정했다.",
     [A("1천억원", "1천억"), A("6조1천5백억원", "6조1천5백억"), A("4조5천2백3억원", "4조5천2백3억"), A("1조6천2백97억원", "1조6천2백97억")],
     "'4조5천2백3억' = 4조5203억; '1조6천2백97억' = 1조6297억"),
    ("내수와수출비중은 73.5대 26.5.", [], "no money: a ratio written with 대 (versus)"),
])

page("donga", "2004", "https://donga.com/news/amp/all/20040331/8045470/1", None, "2004-03-31", [
    ("KT&G가 수출 확대와 홍삼사업 강화, 신규사업 육성 등을 통해 2008년까지 연간 1조원대의 순익을 내겠다는 목표를 세웠다.",
     [A("1조원", "1조", q="approx", per="year")], "'연간 1조원대' an annual rate (approx); '2008년까지' the deadline of a target, not a spread"),
    ("곽영균(郭泳均) KT&G 사장은 31일 창사 17주년을 맞아 대전 본사에서 열린 ‘경영비전 선포식’에서 사업 구조 다각화를 통해 2008년까지 연간 매출 4조4000억원, 영업이익 1조4000억원, 당기 순익 1조100억원을 달성하겠다고 밝혔다.",
     [A("4조4000억원", "4조4000억", per="year"), A("1조4000억원", "1조4000억", per="year"), A("1조100억원", "1조100억", per="year")],
     "one '연간' for a list of three annual targets; 2008년까지 a deadline, not a spread"),
    ("KT&G는 지난해 2736억원이던 담배 수출 규모를 2008년까지 1조원으로 늘리기로 했다.",
     [A("2736억원", "2736억"), A("1조원", "1조")], "a target level ('2008년까지 1조원으로'), not a spread"),
])

page("sedaily", "2022", "https://sedaily.com/NewsView/264LPCAWJH", None, None, [
    ("현대중공업(329180)이 2030년까지 매출 21조원을 달성한다는 새로운 목표를 제시했다.",
     [A("21조원", "21조")], "a target for 2030 (not a spread); '(329180)' a stock code"),
    ("이 대표는 “2025년 16조원, 2030년 21조원 매출 목표를 세웠다”고 공개했다.",
     [A("16조원", "16조"), A("21조원", "21조")], "dated targets, not periods"),
    ("6조원 안팎의 지출이 없던 일로 되면서 추가 투자 여력이 생긴 셈이다.",
     [A("6조원", "6조", q="approx")], "'안팎' (about) after the amount"),
])

page("tfmedia", "nd", "https://www.tfmedia.co.kr/news/article.html?no=123626", None, None, [
    ("현대중공업은 매출 규모를 지난해 8조8천억원에서 2025년 16조원, 2030년 21조원까지 늘린다는 방침이다.",
     [A("8조8천억원", "8조8천억"), A("16조원", "16조"), A("21조원", "21조")],
     "'A에서 B, C까지 늘린다' is a path of levels, not a range, and this 까지 is 'to' (a target), not 'up to'"),
    ("이 사장은 \"직원들과 성과를 공유하기 위해 올해 7천355만원 수준인 임직원 평균 연봉을 영업이익률 6% 달성시 8천59만원, 10% 달성시 8천612만원으로 올릴 것\"이라고 약속했다.",
     [A("7천355만원", "7천355만", q="approx", per="year"), A("8천59만원", "8천59만", per="year"), A("8천612만원", "8천612만", per="year")],
     "the rate noun 연봉 comes after the first amount ('7천355만원 수준인 ... 평균 연봉을') and governs all three"),
])

# ---- pounds: conversions after a bare comma ---------------------------------
page("ytn", "2025", "https://www.ytn.co.kr/_ln/0104_202509181954178681",
     "영국 \"트럼프 방문 계기 미국 투자유치 280조 원\"", "2025-09-18", [
    ("영국 \"트럼프 방문 계기 미국 투자유치 280조 원\"",
     [A("280조 원", "280조")], "headline"),
    ("영국 총리실은 도널드 트럼프 미국 대통령의 이번 국빈 방문을 계기로 천500억 파운드, 약 283조7천억 원에 달하는 미국 기업 투자를 유치했다고 밝혔습니다.",
     [A("천500억 파운드", "천500억", "GBP", stated=S("약 283조7천억 원", "283조7천억"))], "'천500억' (1500억) with a bare leading 천; conversion after a comma with 약"),
    ("미국 자산관리업체 블랙스톤은 향후 10년간 영국에 천억 파운드, 189조2천억 원의 투자를 약속했습니다.",
     [A("천억 파운드", "천억", "GBP", period=over(10), stated=S("189조2천억 원", "189조2천억"))], "'천억' (1000억) with no digit; conversion after a bare comma, no 약"),
    ("부동산 투자 회사 프로로지스는 케임브리지 바이오메디컬 캠퍼스 등 생명과학·첨단과학 분야에 39억 파운드, 7조4천억 원을 추가로 투자하기로 했습니다.",
     [A("39억 파운드", "39억", "GBP", stated=S("7조4천억 원", "7조4천억"))], "conversion after a bare comma, no 약"),
    ("데이터 마이닝 기업 팰런티어는 영국 방위산업에 15억 파운드, 2조8천억 원을 투자할 계획입니다.",
     [A("15억 파운드", "15억", "GBP", stated=S("2조8천억 원", "2조8천억"))], "conversion after a bare comma, no 약"),
    ("총리실은 영국 국빈 방문 중 발표된 투자 유치로는 역대 최대 규모라며 영국 전역에 양질의 일자리 7천600개가 창출될 것으로 기대했습니다.",
     [], "no money: '7천600개' a count of jobs"),
])

page("alphabiz", "2025", "https://alphabiz.co.kr/news/view/1065576628795467",
     "英, 트럼프 국빈 방문 사상 최대 해외 투자 확보...경제적 효과 적극 강조", "2025-09-18", [
    ("[알파경제=(시카고) 폴 리 특파원] 영국 정부가 도널드 트럼프 대통령의 국빈 방문을 계기로 총 1,500억 파운드(약 2050억 달러)의 해외 투자를 확보했다.",
     [A("1,500억 파운드", "1500억", "GBP", stated=S("약 2050억 달러", "2050억", "USD"))], "a conversion into dollars, not won"),
    ("이번 투자액에는 사모펀드 운용사 블랙스톤의 장기 투자 약속 1천억 파운드(약 1362억 달러)와 물류업체 프로로지스의 생명과학 및 첨단 제조 분야에 대한 39억 파운드(약 53억 달러) 규모 투자가 포함됐다.",
     [A("1천억 파운드", "1천억", "GBP", stated=S("약 1362억 달러", "1362억", "USD")),
      A("39억 파운드", "39억", "GBP", stated=S("약 53억 달러", "53억", "USD"))], None),
    ("또한 영국 정부는 영국 제약사 GSK가 미국에서 약 300억 달러 규모의 연구개발(R&D) 투자를 진행하고 있다는 투자 사례를 함께 제시했다.",
     [A("약 300억 달러", "300억", "USD", q="approx")], None),
    ("닌텐도(7974 JP), ‘스위치2’ 돌풍에 매출 2조2500억엔 전망…순이익 26%↑2025.11.05",
     [A("2조2500억엔", "2조2500억", "JPY")], "a related-article headline with a stock code '(7974 JP)' and a date glued to the end"),
])

page("wowglobal", "2025", "https://www.wowglobal.co.kr/News/NewsView?articleId=A202509140098", None, None, [
    ("영국 정부가 도널드 트럼프 대통령의 국빈 방문을 앞두고 미국 대형 금융사들로부터 12억5000만 파운드(약 2조원) 규모의 신규 투자를 유치했다고 발표했다.",
     [A("12억5000만 파운드", "12억5000만", "GBP", stated=S("약 2조원", "2조"))], None),
    ("BofA 증권은 북아일랜드에 첫 사업장을 개설하며, 벨파스트에서 최대 1000명의 직원을 채용할 계획이다.",
     [], "no money: '최대 1000명' a count"),
    ("S&P 글로벌은 맨체스터에 400만 파운드 이상을 투자해 200개의 신규 정규직 일자리를 창출하기로 했다.",
     [A("400만 파운드", "400만", "GBP", q="min")], "'이상' = at least"),
    ("블랙록은 2026년까지 영국 시장에 70억 파운드를 배정하고 에든버러에 새 사무소를 개설해 현지 인력을 두 배 가까이 늘릴 계획이다.",
     [A("70억 파운드", "70억", "GBP", period=by(2026))], None),
])

# ---- exchange rates ------------------------------------------------------
page("kukinews", "nd", "http://img.kukinews.com/article/list/kuk002000000?page=2", None, None, [
    ("12일 서울 외환시장에 따르면 원·달러 환율은 오후 3시30분 기준 전 거래일 종가(1394.85원)보다 8.65원 오른 1403.5원에 마감했다.",
     [A("1394.85원", None, value="1394.85"), A("8.65원", None, value="8.65"), A("1403.5원", None, value="1403.5")],
     "exchange-rate levels and a change in won (as in dailian-2022-001); '3시30분' a time"),
])

page("m-economynews", "2022", "http://m-economynews.com/news/article.html?no=35146", None, None, [
    ("이날 서울 외환시장에서 오전 9시 8분 현재 달러 대비 원화 환율은 달러당 1,404원이다.",
     [A("1,404원", None, value="1404")], "a rate quote: '달러당' (per dollar) marks the quoted unit, not a per-period rate"),
    ("환율이 1,400원을 넘어선 것은 2009년 3월 31일 이후 약 13년 6개월 만에 처음이다.",
     [A("1,400원", None, value="1400", q="over")], "'약 13년 6개월 만에' elapsed time (약 belongs to it)"),
])

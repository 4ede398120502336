from build_lib import Page, A, R, S, SR, OV, BY, TY

P = []
U = "USD"; K = "KRW"

# --- 2024 budget (2023-08) --------------------------------------------------------------------
p = Page("joongang-daily", "https://koreajoongangdaily.joins.com/news/2023-08-29/business/economy/Government-sets-next-years-budget-growth-rate-at-lowest-since-2005/1857439", "2023-08-29"); P.append(p)
p.s("The government set the expenditure at 656.9 trillion won ($495.2 billion), up 2.8 percent from the previous year.",
    A("656.9 trillion won", "656.9", "t", K, stated=S("$495.2 billion", "495.2", "b", U)))
p.s("Korea’s national debt — the total amount of money the government has borrowed — broke 1,000 trillion won ($756 million) for the first time last year to record 1,067.7 trillion won.",
    A("1,000 trillion won", "1000", "t", K, q="over", stated=S("$756 million", "756", "m", U),
      note="'broke' = passed; the conversion is a source slip for $756 billion, recorded as written"),
    A("1,067.7 trillion won", "1067.7", "t", K))
p.s("Despite a minor growth in spending, the government increased the budget for low-income households by 13.2 percent to increase monthly allowances for them to 213,000 won.",
    A("213,000 won", "213000", "", K, per="month"))
p.s("It will allocate a total of 4.4 trillion won for research and development of four key industries, including AI, bio, cyber and digital platform businesses, up 22.2 percent from this year’s.",
    A("4.4 trillion won", "4.4", "t", K, note="next year's allocation; 'this year's' is the comparison base"))

p = Page("kbs-world", "http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=180111", "2023-08-29"); P.append(p)
p.s("The Yoon Suk Yeol administration decided to tighten its spending by capping its 2024 budget at 656-point-nine trillion won.",
    A("656-point-nine trillion won", "656.9", "t", K, q="max", note="'capping ... at'"))
p.s("The government has proposed a 2024 budget plan totaling 656-point-nine trillion won, or around 497 billion dollars.",
    A("656-point-nine trillion won", "656.9", "t", K, stated=S("around 497 billion dollars", "497", "b", U)),
    note="conversion after ', or around'")
p.s("Reviewing all fiscal projects from scratch, political subsidies and other funds for cartels with vested interests have been slashed, amounting to a restructuring of around 23 trillion won.",
    A("around 23 trillion won", "23", "t", K, q="approx"))
p.s("This amounts to savings of some 17-point-five billion U.S. dollars, or nearly 15 percent of the government's 120-trillion won discretionary expenditure.",
    A("some 17-point-five billion U.S. dollars", "17.5", "b", U, q="approx"), A("120-trillion won", "120", "t", K),
    note="', or nearly 15 percent' is a share, not a conversion")

p = Page("kbs-world", "http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=180106", "2023-08-29"); P.append(p)
p.s("The increase is less than half of the roughly seven- to nine-percent growth during the Moon Jae-in administration and a five-point-one-percent jump this year.",
    note="percentages in words; no money")
p.s("Another 22-point-eight trillion won has been earmarked for jobs and care services for seniors, which will increase government-funded jobs for the elderly to an all-time high of one-point-03 million.",
    A("22-point-eight trillion won", "22.8", "t", K), note="one-point-03 million is a job count")
p.s("Nine trillion won will be injected to enforce a package of support measures for families with young children, such as increased housing loans and bigger monthly payouts for households with children up to the age of one.",
    A("Nine trillion won", "9", "t", K), note="'up to the age of one' is not money")
p.s("Government debt is expected to reach one quadrillion-196-point-two trillion won in 2024, with the GDP to debt ratio rising zero-point-six percentage point to 51 percent.",
    A("one quadrillion-196-point-two trillion won", "1196.2", "t", K), note="1,196.2 trillion won spelled with quadrillion")

p = Page("kbs-world", "http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=182689", None, year="nd"); P.append(p)
p.s("The government plans to execute 75 percent of the 2024 budget in the first half of the year to revitalize the economy.",
    note="percentage; no money")
p.s("That’s roughly 412-and-a-half trillion won.", A("roughly 412-and-a-half trillion won", "412.5", "t", K, q="approx"))
p.s("In 2020, the execution rate was 71-point-four percent and in 2022, 73 percent.", note="percentages; no money")

p = Page("bernama-via-selangorjournal", "https://selangorjournal.my/2023/08/323982/", "2023-08-29"); P.append(p)
p.s("SEOUL, Aug 29 — South Korea’s finance ministry on Tuesday proposed a budget of 656.9 trillion won (US$495 billion) for 2024, marking the slowest on-year growth since 2005, as the country aims to tighten its belt amid economic uncertainties.",
    A("656.9 trillion won", "656.9", "t", K, stated=S("US$495 billion", "495", "b", U)))
p.s("The proposal marks a 2.8 per cent growth from this year’s budget of 638.7 trillion won, which marks a drastic slowdown from the previous year’s 5.1 per cent rise, reported Yonhap news agency, citing the Ministry of Economy and Finance.",
    A("638.7 trillion won", "638.7", "t", K, period=TY, note="this year's budget"))
p.s("“The tax revenue for both the current year and 2024 continues to present challenges, as the nation’s fiscal landscape grapples with an enlarging deficit and an accumulated national debt exceeding 1,000 trillion won,” Yonhap news agency quoted Finance Minister Choo Kyung Ho as saying in a statement.",
    A("1,000 trillion won", "1000", "t", K, q="over"))
p.s("The government especially allocated just 25.9 trillion won for research and development projects, sharply down 16.6 per cent from the 31 trillion won tallied for this year.",
    A("25.9 trillion won", "25.9", "t", K, note="next year's figure"), A("31 trillion won", "31", "t", K, period=TY))

p = Page("yonhap-via-glosema", "https://glosema.group/news/overview-of-proposed-south-korean-state-budget-for-2024/", None, year="nd"); P.append(p)
p.s("On Tuesday, the South Korean finance ministry released a 656.9 trillion won (US$495 billion) budget proposal for the coming year.",
    A("656.9 trillion won", "656.9", "t", K, stated=S("US$495 billion", "495", "b", U)), note="'for the coming year' dates the budget")
p.s("— National debt estimated to reach 1,196.2 trillion won in 2024, up from 1,134.4 trillion won in 2023",
    A("1,196.2 trillion won", "1196.2", "t", K), A("1,134.4 trillion won", "1134.4", "t", K), note="bullet line")
p.s("— A deficit of 92 trillion won predicted for next year, larger than a shortfall of 58.2 trillion won in 2023",
    A("92 trillion won", "92", "t", K), A("58.2 trillion won", "58.2", "t", K))
p.s("— An average annual increase of 3.6 percent in government spending over the 2023-27 fiscal management plan",
    note="percentage and a year span; no money")

p = Page("koreatimes-via-kpopalerts", "https://kpopalerts.fr/en/category/général?page=49", None, year="nd"); P.append(p)
p.s("Of the 656.62 trillion won ($493.32 billion) budget planned for this year, first-half spending is estimated at 426.8 trillion won.",
    A("656.62 trillion won", "656.62", "t", K, period=TY, stated=S("$493.32 billion", "493.32", "b", U)),
    A("426.8 trillion won", "426.8", "t", K, q="approx", note="first-half spending, not a this-year total; 'estimated at'"))

p = Page("wam", "https://www.wam.ae/en/article/bn4kwec-korea-frontload-75-2026-budget-for-economic", "2025-12-09"); P.append(p)
p.s("SEOUL, 9th December, 2025 (WAM) -- The Korean Finance Ministry said Tuesday it will frontload 75 percent of next year's expenditure budget in the first half in a move to spur innovation and support economic recovery.",
    note="dateline and a percentage; no money")
p.s("The Cabinet approved a plan to execute 468.3 trillion won (US$318.26 billion) out of the 624.8 trillion won annual spending in the January-June period, the Ministry of Economy and Finance said.",
    A("468.3 trillion won", "468.3", "t", K, stated=S("US$318.26 billion", "318.26", "b", U)),
    A("624.8 trillion won", "624.8", "t", K, per="year", note="'annual spending' after the amount"))

p = Page("yonhap-en", "https://m-en.yna.co.kr/view/AEN20210831000500320", "2021-08-31"); P.append(p)
p.s("-- To increase fiscal spending by 8.3 percent on-year to 604.4 trillion won", A("604.4 trillion won", "604.4", "t", K))
p.s("-- 216.7 trillion won on health, welfare and labor, up 8.5 percent from 2020", A("216.7 trillion won", "216.7", "t", K))
p.s("-- To seek average annual increase of 5.5 percent in government spending under 2021-25 fiscal management plan.",
    note="percentage and year span; no money")

p = Page("koreaherald-via-nostkorea", "https://nostkorea.wordpress.com/2012/09/26/korea-to-spend-342-5-trillion-won-in-2013/", "2012-09-26",
         title="Korea to spend 342.5 trillion won in 2013"); P.append(p)
p.s("Korea to spend 342.5 trillion won in 2013", A("342.5 trillion won", "342.5", "t", K))
p.s("The government plans to spend 342.5 trillion won ($305.6 billion) in 2013, an increase of 5.3 percent compared to the previous year, with the aim of boosting the sagging economy while maintaining fiscal health.",
    A("342.5 trillion won", "342.5", "t", K, stated=S("$305.6 billion", "305.6", "b", U)))
p.s("In an effort to enhance the nation’s growth potential, the spending plan calls for 16.9 trillion won (5% of its budget) to be used on research and development.",
    A("16.9 trillion won", "16.9", "t", K), note="the bracket holds a share, not a conversion")

p = Page("thepickool", "https://www.thepickool.com/south-korea-unveils-123-policy-framework-in-five-year-plan", None, year="nd"); P.append(p)
p.s("The document outlines budget allocation of KRW 420 trillion, split between KRW 210 trillion in fiscal investment and KRW 210 trillion in resource coordination over the implementation period.",
    A("KRW 420 trillion", "420", "t", K), A("KRW 210 trillion", "210", "t", K), A("KRW 210 trillion", "210", "t", K),
    note="'split between X and Y' is two parts, not a range; 'the implementation period' names no years")
p.s("The plan designates KRW 177 trillion for core national projects and KRW 33 trillion for education spending, according to the policy framework.",
    A("KRW 177 trillion", "177", "t", K), A("KRW 33 trillion", "33", "t", K))
p.s("Energy sector targets include increasing renewable energy capacity to 78.6 gigawatts by 2030 from the current 35.1 gigawatts.",
    note="capacities; no money")

p = Page("arirang-via-wideo", "https://wideo.ovh/video/x6ks41v/gov't-calls-for-fiscal-expansion-to-address-structural-problems", None, year="nd"); P.append(p)
p.s("According to the government's existing five-year budget plan between 2017 and 2021, government spending will rise by five-point-seven percent next year.",
    note="percentage in words and a year span; no money")
p.s("A rate higher than that would mean a budget of over 450 trillion Korean won, or 417 billion U.S. dollars for 2019.",
    A("over 450 trillion Korean won", "450", "t", K, q="over", stated=S("417 billion U.S. dollars", "417", "b", U)))
p.s("Lastly, participants discussed ways to tackle the nation's ultra-low fertility rate, which hit a record low of 1-point-zero-five last year.",
    note="a fertility rate in words; no money")

p = Page("dowjones-via-marketscreener", "https://www.marketscreener.com/news/South-Korea-Proposes-130-Billion-New-Deal-to-Reshape-Economy--30920492/?utm_medium=RSS&utm_content=20200714", "2020-07-14"); P.append(p)
p.s("South Korea's government on Tuesday proposed a roughly $130 billion five-year economic initiative aimed at spurring post-pandemic growth and reshaping the country's economy.",
    A("roughly $130 billion", "130", "b", U, q="approx", period=OV(5), note="cost of a five-year initiative (attributive 'five-year')"))
p.s("Under the Korean \"New Deal\" project proposed to President Moon Jae-in, the Ministry of Finance and Economy suggested the country should inject 160 trillion won ($132.90 billion) into new industries to create 1.9 million new jobs until 2025.",
    A("160 trillion won", "160", "t", K, period=BY(2025), stated=S("$132.90 billion", "132.90", "b", U),
      note="'until 2025' closes the New Deal spending period"), note="1.9 million jobs is a count")
p.s("The national government will cover KRW114.1 trillion of the planned spending, while local governments and the private sector will be responsible for KRW25.2 trillion and KRW20.7 trillion, respectively.",
    A("KRW114.1 trillion", "114.1", "t", K), A("KRW25.2 trillion", "25.2", "t", K), A("KRW20.7 trillion", "20.7", "t", K))

p = Page("asiae-en", "https://cm.asiae.co.kr/en/article/2024121716361782497", "2024-12-17",
         title="Construction to Begin Next Year on 9.3 Trillion Won Projects Including Saemangeum Secondary Battery and Yeosu LNG Terminal"); P.append(p)
p.s("Construction to Begin Next Year on 9.3 Trillion Won Projects Including Saemangeum Secondary Battery and Yeosu LNG Terminal",
    A("9.3 Trillion Won", "9.3", "t", K))
p.s("In particular, it plans to closely support seven projects worth approximately 9.3 trillion won to ensure substantial investments such as groundbreaking within next year.",
    A("approximately 9.3 trillion won", "9.3", "t", K, q="approx"))

p = Page("pulse-via-kotra", "https://ombudsman.kotra.or.kr/ik-en/bbs/i-5073/detail.do?ntt_sn=492356", None, year="nd"); P.append(p)
p.s("Out of the total project cost of 144.3 billion won ($111.12 million), the operator’s equity capital is 36.1 billion won (25 percent), and the remaining 108.2 billion won (75 percent) will be financed through loans and other means.",
    A("144.3 billion won", "144.3", "b", K, stated=S("$111.12 million", "111.12", "m", U)),
    A("36.1 billion won", "36.1", "b", K), A("108.2 billion won", "108.2", "b", K),
    note="the brackets after the second and third hold shares, not conversions")
p.s("The total development area covers approximately 81,322 square meters, which is about 11 times the size of a soccer field.",
    note="area; no money")

p = Page("joongang-daily", "https://koreajoongangdaily.joins.com/news/2024-07-23/business/economy/Korea-aims-for-10-billion-in-overseas-investment-development-by-2030/2096661", "2024-07-23",
         title="Korea aims for $10 billion in overseas investment development by 2030"); P.append(p)
p.s("Korea aims to clinch overseas investment development projects worth $10 billion by 2030 with government-led public-private partnerships.",
    A("$10 billion", "10", "b", U, period=BY(2030), note="projects won up to 2030 (a cumulative total)"))
p.s("Moreover, a new fund worth 1.1 trillion won ($793 million) will be established to help domestic companies win overseas construction projects involving power plants, infrastructure facilities and smart city projects.",
    A("1.1 trillion won", "1.1", "t", K, stated=S("$793 million", "793", "m", U)))

p = Page("arirang-via-cashloansdownunder", "http://cashloansdownunder.com/news/gov%E2%80%B2t-targets-23-2-billion-in-new-investment-to-boost-korea%E2%80%B2s-tourism-industry/", None, year="nd",
         title="Gov′t targets $23.2 billion in new investment to boost Korea′s tourism industry"); P.append(p)
p.s("Gov′t targets $23.2 billion in new investment to boost Korea′s tourism industry", A("$23.2 billion", "23.2", "b", U))
p.s("The plan calls for the prompt spending of nearly 16 billion dollars previously earmarked for the development of four mega projects… and aims to attract more than 7 billion dollars in new investments for the construction of hotels, resorts and theme parks… for a total of 23 billion U.S. dollars.",
    A("nearly 16 billion dollars", "16", "b", U, q="approx"), A("more than 7 billion dollars", "7", "b", U, q="over"),
    A("23 billion U.S. dollars", "23", "b", U))
p.s("To boost the country′s tourism industry,… the government will build two resorts with new investment targets of nearly 930-million dollars each.",
    A("nearly 930-million dollars", "930", "m", U, q="approx"))
p.s("“We expect some one billion dollars to be available to construct 5-thousand hotel rooms by 2017.”",
    A("some one billion dollars", "1", "b", U, q="approx", period=BY(2017), note="money for rooms built by 2017 (debatable)"),
    note="5-thousand hotel rooms is a count")

# --- 2008-09 stimulus ------------------------------------------------------------------------
p = Page("ndsoftnews", "http://n826.ndsoftnews.com/news/articleView.html?idxno=45&reply_sc_order_by=C", None, year="nd"); P.append(p)
p.s("The government unveiled a 14 trillion won ($10.7 billion) stimulus package to calm down the unstable domestic and foreign financial markets which originated from the Wall Street turmoil in early November.",
    A("14 trillion won", "14", "t", K, stated=S("$10.7 billion", "10.7", "b", U)))
p.s("About 1 trillion won will be set aside for supporting low-income households and an additional 1.1 trillion won to local governments.",
    A("About 1 trillion won", "1", "t", K, q="approx"), A("1.1 trillion won", "1.1", "t", K))
p.s("The initial budget calls for 273.8 trillion won in spending, up 6.5 percent from this year's 257.2 trillion won, while issuing government bonds worth 7.3 trillion won.",
    A("273.8 trillion won", "273.8", "t", K), A("257.2 trillion won", "257.2", "t", K, period=TY, note="this year's budget"),
    A("7.3 trillion won", "7.3", "t", K))
p.s("Accordingly, the government unveiled a stimulus package totalling 33 trillion won (US$25 billion) to propel growth to the 4 percent range, create 200,000 jobs and post a current account surplus of US$5 billion next year.",
    A("33 trillion won", "33", "t", K, stated=S("US$25 billion", "25", "b", U)), A("US$5 billion", "5", "b", U))

p = Page("twocircles", "https://twocircles.net/2008nov03/south_korea_unveils_11_bn_stimulus_package.html", "2008-11-03",
         title="South Korea unveils $11 bn stimulus package"); P.append(p)
p.s("South Korea unveils $11 bn stimulus package", A("$11 bn", "11", "b", U))
p.s("Seoul : South Korea Monday announced a 14-trillion-won ($11-billion) stimulus package as it faces its worst economic turmoil since it needed an International Monetary Fund (IMF) bailout a decade ago.",
    A("14-trillion-won", "14", "t", K, stated=S("$11-billion", "11", "b", U)), note="hyphenated attributive amounts on both sides")
p.s("Public spending is to rise next year by 11 trillion won and the package’s remaining three trillion won would go to tax benefits, the finance ministry said.",
    A("11 trillion won", "11", "t", K), A("three trillion won", "3", "t", K))
p.s("The National Assembly also approved a $130-billion package at the end of October aimed at stabilizing the country’s financial sector through credit guarantees and the infusion of fresh capital to boost liquidity in the banking and export sector.",
    A("$130-billion", "130", "b", U))

p = Page("dpa-via-topnews", "http://topnews.in/south-korea-agrees-new-economic-stimulus-programme-2143529", None, year="nd"); P.append(p)
p.s("Seoul - South Korea plans an extra budget totalling 28.9 trillion won (20.3 billion dollars) to revive the country's flagging economy, officials said Tuesday.",
    A("28.9 trillion won", "28.9", "t", K, stated=S("20.3 billion dollars", "20.3", "b", U)))
p.s("The measures come on top of the more than 50 trillion won the government has made available to help the economy since the start of the global economic crisis.",
    A("more than 50 trillion won", "50", "t", K, q="over"))
p.s("But the new funding includes 11.2 trillion for projects already announced and whose funding has become uncertain because of declining tax revenues.",
    A("11.2 trillion", "11.2", "t", None, note="no currency written (won by context)"))
p.s("Some 3.5 trillion won is meant for the creation of new jobs and the preservation of other jobs that might be under threat.",
    A("Some 3.5 trillion won", "3.5", "t", K, q="approx"))

p = Page("reuters-via-irishtimes", "https://irishtimes-irishtimes-prod.web.arc-cdn.net/news/south-korea-injects-extra-11bn-into-economy-1.831075", None, year="nd"); P.append(p)
p.s("South Korea plans to pump an extra $11 billion (€8.56 billion) into its economy next year to help fend off the impact of the global financial storm, which is beginning to hit exports - the country's economic lifeblood.",
    A("$11 billion", "11", "b", U, stated=S("€8.56 billion", "8.56", "b", "EUR")))

p = Page("seekingalpha", "http://seekingalpha.com/article/104063-south-korea-announces-additional-massive-stimulus-package", None, year="nd"); P.append(p)
p.s("Early Monday morning, the government of South Korea announced that they would be implementing a new stimulus plan on the order of 14 trillion won (approximately $11 billion).",
    A("14 trillion won", "14", "t", K, q="approx", stated=S("approximately $11 billion", "11", "b", U), note="'on the order of' = about"))
p.s("This move comes on top of the $120 billion bailout package Korea announced earlier in the month.",
    A("$120 billion", "120", "b", U))

p = Page("koreatimes-via-ipr", "http://www.ipr.co.kr/eng/ipr4-p3-v.asp?id=ISSUE&index=list&page=2&seq=162&keyword=&ssubject=0&sname=0&scontent=0", "2009-02-11"); P.append(p)
p.s("Strategy and Finance Minister Yoon Jeung-hyun predicted Tuesday that the economy will get better in the second half of 2009, forecasting the current account surplus to top $13 billion, compared with a shortfall of $6.4 billion last year, the first deficit in 11 years.",
    A("$13 billion", "13", "b", U, q="over", note="'to top'"), A("$6.4 billion", "6.4", "b", U))

p = Page("donga-en", "https://www.donga.com/en/article/all/20000807/192207/1", "2000-08-07"); P.append(p)
p.s("The Planning and Budget Office announced Aug. 6 that the government would provide budgets for these projects with priority as a result of a feasibility study of 29 massive investment projects, which will cost a total of 13.61 trillion won.",
    A("13.61 trillion won", "13.61", "t", K))
p.s("The Kunjang Free Export Zone project will require 34.9 billion won next year, out of its 127 billion won in total cost.",
    A("34.9 billion won", "34.9", "b", K), A("127 billion won", "127", "b", K))
p.s("The expansion of Cheju airport will require 169.7 billion won, and next year`s budget for the project is 2 billion won.",
    A("169.7 billion won", "169.7", "b", K), A("2 billion won", "2", "b", K))

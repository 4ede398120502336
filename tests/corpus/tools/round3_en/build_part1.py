from build_lib import Page, A, R, S, SR, OV, BY, TY

P = []
U = "USD"; K = "KRW"

# --- Korea-US $350 billion deal -------------------------------------------------------
p = Page("koreaherald", "https://www.koreaherald.com/article/10604458", "2025-10-29"); P.append(p)
p.s("\"The $350 billion investment pledge will consist of $200 billion in cash installments and $150 billion allocated for shipbuilding industry cooperation, with an annual cap set at $20 billion,\" Kim Yong-beom, presidential chief of staff for policy, told reporters.",
    A("$350 billion", "350", "b", U), A("$200 billion", "200", "b", U), A("$150 billion", "150", "b", U),
    A("$20 billion", "20", "b", U, q="max", per="year", note="'annual cap set at': a per-year maximum"))
p.s("\"As the investments will be made in line with business progress within an annual limit of $20 billion, they will remain within a range the Korean foreign exchange market can absorb, thereby minimizing any impact on the market,\" he said.",
    A("$20 billion", "20", "b", U, q="max", per="year", note="'within an annual limit of': per-year maximum"))
p.s("Under the finalized terms, US \"reciprocal\" tariffs on Korean goods and sectoral duties on autos will fall from 25 percent to 15 percent as agreed in an initial deal in July.",
    note="percentages only; no money")

p = Page("joongang-daily", "https://koreajoongangdaily.joins.com/news/2025-11-14/business/industry/Korea-US-ink-350B-investment-MOU-under-trade-deal/2454614", "2025-11-14",
         title="Korea, U.S. ink $350B investment MOU under trade deal"); P.append(p)
p.s("Korea, U.S. ink $350B investment MOU under trade deal", A("$350B", "350", "b", U), note="headline; 'B' for billion glued to the number")
p.s("Industry Minister Kim Jung-kwan on Friday sealed an MOU with U.S. Commerce Secretary Howard Lutnick for the $350 billion investment package in exchange for lowering its auto tariffs to 15 percent.",
    A("$350 billion", "350", "b", U))
p.s("The $150 billion will be used in Korea's massive shipbuilding projects in the United States, while $200 billion will be invested in cash, with $20 billion quota per year.",
    A("$150 billion", "150", "b", U), A("$200 billion", "200", "b", U), A("$20 billion", "20", "b", U, per="year"))
p.s("Korea also secured a U.S. commitment that chip tariffs applied to Korean exports will be “no less favorable than the terms that may be offered in any future agreement covering a volume of semiconductor trade at least as large as Korea’s.”",
    note="'at least as large as' compares trade volumes; no money")

p = Page("silverloch", "https://silverloch.com/trump-secures-350-billion-trade-deal-with-south-korea", None, year="nd",
         title="Trump Secures $350 Billion Trade Deal With South Korea"); P.append(p)
p.s("After meetings in Japan that culminated in $490 billion in investment commitments, President Donald Trump finalized a $350 billion trade deal in South Korea.",
    A("$490 billion", "490", "b", U), A("$350 billion", "350", "b", U))
p.s("Under the deal, $200 billion will be invested over several years, capped at $20 billion annually, while $150 billion will fund U.S. shipbuilding.",
    A("$200 billion", "200", "b", U, note="'over several years' gives no number of years: no period"),
    A("$20 billion", "20", "b", U, q="max", per="year", note="'capped at ... annually'"),
    A("$150 billion", "150", "b", U))
p.s("President Myung’s party, the Democratic Party of Korea, holds a majority in their unicameral legislature, with 166 of 300 seats (55%).",
    note="seat counts and a percentage; no money")

p = Page("eenews", "https://www.eenews.net/articles/trump-says-south-korea-trade-deal-is-pretty-much-finalized/", None, year="nd"); P.append(p)
p.s("“South Korea has agreed to pay the USA 350 Billion Dollars for a lowering of the Tariff’s charged against them by the United States,” Trump wrote on Truth Social after meeting South Korean President Lee Jae Myung on the sidelines of the Asia-Pacific Economic Cooperation Summit in Gyeongju, South Korea.",
    A("350 Billion Dollars", "350", "b", U))
p.s("“Additionally, they have agreed to buy our Oil and Gas in vast quantities, and investments into our Country by wealthy South Korean Companies and Businessmen will exceed 600 Billion Dollars.",
    A("600 Billion Dollars", "600", "b", U, q="over", note="'will exceed' before the amount"))
p.s("According to a report in the Seoul-based Yonhap News Agency, South Korea has committed to spending $200 billion in cash, paid in installments not exceeding $20 billion per year.",
    A("$200 billion", "200", "b", U), A("$20 billion", "20", "b", U, q="max", per="year", note="'not exceeding ... per year'"))

p = Page("news1global", "https://news1global.com/?p=431323", None, year="nd"); P.append(p)
p.s("On Wednesday, U.S. President Donald Trump once again claimed that South Korea would invest 350 billion USD in the U.S. as an upfront payment.",
    A("350 billion USD", "350", "b", U), note="ISO code after the number")
p.s("It appears Trump misstated Japan’s investment amount, which is actually 550 billion USD.",
    A("550 billion USD", "550", "b", U))

p = Page("ibtimes-sg", "https://www.ibtimes.sg/trump-slashes-tariffs-south-korea-landmark-trade-deal-worth-350-billion-81003", None, year="nd"); P.append(p)
p.s("The deal includes a $350 billion South Korean investment in U.S. projects and $100 billion in energy purchases.",
    A("$350 billion", "350", "b", U), A("$100 billion", "100", "b", U))
p.s("The $350 billion investment includes $150 billion for shipbuilding and $200 billion in sectors like semiconductors, nuclear power, biotech, and batteries.",
    A("$350 billion", "350", "b", U), A("$150 billion", "150", "b", U), A("$200 billion", "200", "b", U))
p.s("South Korea will also increase energy imports—LNG, LPG, oil, and limited coal—shifting some purchases from the Middle East to U.S. sources over 3.5 years.",
    note="'some purchases' and 'over 3.5 years' with no money")

p = Page("devdiscourse", "https://www.devdiscourse.com/article/law-order/3710043-south-koreas-350-billion-investment-boost-a-game-changer-for-us-tariffs", None, year="nd"); P.append(p)
p.s("The investment includes $250 billion in strategic U.S. industries and $150 billion to revitalize America's shipbuilding sector.",
    A("$250 billion", "250", "b", U, note="source says 250 (other reports: 200); recorded as written"), A("$150 billion", "150", "b", U))

p = Page("joongang-daily", "https://koreajoongangdaily.joins.com/news/2025-08-24/business/economy/Korean-biz-leaders-head-to-US-for-LeeTrump-summit/2382690", "2025-08-24"); P.append(p)
p.s("The summit — set for Monday in Washington — follows a recent trade deal that lowered U.S. reciprocal tariffs on Korean goods from 25 percent to 15 percent in exchange for Korea's pledge of $350 billion in investment and $100 billion in U.S. energy purchases.",
    A("$350 billion", "350", "b", U), A("$100 billion", "100", "b", U))
p.s("Of the pledged investment, $150 billion will go toward Seoul's shipbuilding cooperation initiative, dubbed “Make American Shipbuilding Great Again.”",
    A("$150 billion", "150", "b", U))
p.s("Hyundai Motor Group announced in March that it will invest $21 billion in the United States through 2028, including $8.6 billion in the automotive sector and $6.1 billion in steel, components and logistics.",
    A("$21 billion", "21", "b", U, period=BY(2028)),
    A("$8.6 billion", "8.6", "b", U, period=BY(2028), note="parts of the $21 billion through 2028"),
    A("$6.1 billion", "6.1", "b", U, period=BY(2028)))

p = Page("asianews-network", "https://asianews.network/?p=220897", "2025-08-15"); P.append(p)
p.s("Samsung is operating and building foundry plants worth $37 billion in Austin and Taylor, Texas, while SK hynix is investing $3.87 billion in an advanced packaging plant for its cutting-edge high bandwidth memory chips in Indiana.",
    A("$37 billion", "37", "b", U), A("$3.87 billion", "3.87", "b", U))
p.s("Hyundai’s Chung met Trump in March, pledging $21 billion in new US projects, including a steel plant.",
    A("$21 billion", "21", "b", U))
p.s("LG Energy Solution is also investing about 30 trillion won ($21.7 billion) across the US, including a 7-trillion-won facility in Arizona.",
    A("about 30 trillion won", "30", "t", K, q="approx", stated=S("$21.7 billion", "21.7", "b", U)),
    A("7-trillion-won", "7", "t", K, note="hyphenated attributive amount"))

p = Page("timesnew", "http://timesnew.co/south-korea-pledges-150-billion-u-s-investment-at-trump-lee-summit", None, year="nd"); P.append(p)
p.s("Among the major deals unveiled, Korean Air signed its largest-ever contract with Boeing for 103 aircraft worth $36.2 billion, alongside a $13.7 billion engine and maintenance deal with GE Aerospace.",
    A("$36.2 billion", "36.2", "b", U), A("$13.7 billion", "13.7", "b", U), note="103 aircraft is a count")
p.s("Hyundai Motor Group also boosted its U.S. investment plans to $26 billion, expanding auto production and building a steel mill in Louisiana.",
    A("$26 billion", "26", "b", U))
p.s("In energy, Korea Gas Corp agreed to import 3.3 million tonnes of U.S. LNG annually for a decade from 2028, while Korea Hydro & Nuclear Power and Doosan Enerbility partnered with U.S. firms on small modular reactor development and supply chains.",
    note="3.3 million tonnes a year is a volume, not money")

p = Page("ked-via-kode", "https://php83.kode.co.kr/business-politics/newsView/ked202508260003", "2025-08-26",
         title="Korea Inc pledges $150 bn US investment; KAL buys new planes, Samsung, Hyundai Motor vow extra spending"); P.append(p)
p.s("Korea Inc pledges $150 bn US investment; KAL buys new planes, Samsung, Hyundai Motor vow extra spending",
    A("$150 bn", "150", "b", U), note="headline; 'bn' after a space")
p.s("WASHINGTON, D.C. – South Korea’s biggest conglomerates have committed $150 billion in fresh investment in the US, in a sweeping package that spans semiconductors, shipbuilding, batteries and strategic minerals, further cementing Seoul’s efforts to anchor a new industrial and technology alliance with Washington.",
    A("$150 billion", "150", "b", U))

p = Page("globalbizmag", "https://globalbizmag.com/?p=33421", None, year="nd"); P.append(p)
p.s("The scale of US investments by South Korean companies to be announced at the upcoming South Korea-US summit on Monday will reportedly be in the range of $150 billion.",
    A("$150 billion", "150", "b", U, q="approx", note="'in the range of' = about"))
p.s("The figure of around $150 billion reportedly includes investments that South Korean companies were already making or planning to make in the US.",
    A("around $150 billion", "150", "b", U, q="approx"))

p = Page("gmteight", "https://gmteight.com/latest/detail/514760", None, year="nd"); P.append(p)
p.s("Lee Hyeong-il said in an interview on Wednesday, \"We essentially see the $350 billion as a cap, so it will not be raised all at once, but will be provided in a targeted manner based on potential situations.\"",
    A("$350 billion", "350", "b", U, q="max", note="'as a cap' after the amount"))

p = Page("menafn", "https://menafn.com/1109866213/South-Korean-Firms-Likely-To-Announce-New-US-Investment-Plans", "2025-07-31"); P.append(p)
p.s("While no specific details have been confirmed, potential announcements would align with the deal that lowers tariffs on South Korean exports to the United States to 15 percent, down from the originally planned 25 percent, in exchange for a US$350 billion investment package pledged by Seoul.",
    A("US$350 billion", "350", "b", U))
p.s("In terms of the overall size of the commitment, Yoon said he believes Seoul \"handled it fairly well,\" especially considering Japan's $550 billion and the European Union's $600 billion pledges.",
    A("$550 billion", "550", "b", U), A("$600 billion", "600", "b", U))

# --- Hyundai / Hanwha / batteries in the US ------------------------------------------------
p = Page("chosunbiz-en", "https://biz.chosun.com/en/en-industry/2025/12/16/AVPPUR4SIBHJXP6RTMACVV5LEE/?outputType=amp", "2025-12-16"); P.append(p)
p.s("In an interview published on the 15th (local time) with the Atlanta Business Chronicle, Muñoz said he would invest $26 billion (about 38 trillion won) in the United States over four years, adding, \"The investment policy remains unchanged.\"",
    A("$26 billion", "26", "b", U, period=OV(4), stated=S("about 38 trillion won", "38", "t", K)))
p.s("In September, U.S. immigration authorities arrested about 300 Korean workers at the construction site of the Hyundai Motor Group–LG Energy Solution battery joint-venture plant in Georgia.",
    note="'about 300' workers is a count")

p = Page("globalatlanta", "https://www.globalatlanta.com/georgia-officials-hyundais-5-54-billion-ev-plant-a-testament-to-enduring-focus-on-south-korea/", None, year="nd"); P.append(p)
p.s("Hyundai Motor CEO Jaehoon Chang said he was proud to add Georgians as \"family\" Friday with the announcement of a $5.5 billion electric-vehicle plant.",
    A("$5.5 billion", "5.5", "b", U))
p.s("Georgia Department of Economic Development Commissioner Pat Wilson made his latest trip to South Korea in March, when the Hyundai Motor Group’s record-breaking $5.54 billion investment in the state, announced this Friday, had yet to be buttoned up.",
    A("$5.54 billion", "5.54", "b", U))
p.s("The state had already won an SK Innovation electric-vehicle battery plant valued at $1.7 billion at the time, an investment that has now ballooned to a planned $5.2 billion — for a time the largest project in the state’s history.",
    A("$1.7 billion", "1.7", "b", U), A("$5.2 billion", "5.2", "b", U))

p = Page("ap-via-kshb", "https://www.kshb.com/news/national/hyundai-to-set-build-7-billion-plant-in-georgia", "2022-05-12",
         title="Hyundai to set build $7 billion plant in Georgia"); P.append(p)
p.s("Hyundai to set build $7 billion plant in Georgia", A("$7 billion", "7", "b", U), note="headline (typo 'set build' as written)")
p.s("Georgia sources say that the company will invest more than $7 billion and hire as many as 8,500 employees.",
    A("more than $7 billion", "7", "b", U, q="over"), note="'as many as 8,500 employees' is a count")

p = Page("koreatimes", "https://www.koreatimes.co.kr/www/nation/2022/05/419_329068.html?fl", "2022-05-13",
         title="Hyundai to confirm building of $7 bil, US plant during Biden Asia visit: sources"); P.append(p)
p.s("Hyundai to confirm building of $7 bil, US plant during Biden Asia visit: sources", A("$7 bil", "7", "b", U), note="headline abbreviation 'bil'")

p = Page("reuters", "https://www.reuters.com/markets/us/south-korean-ev-battery-makers-13-billion-spree-win-us-market-2022-05-25/", "2022-05-25",
         title="Factbox: South Korean EV battery makers in $13 billion spree to win U.S. market"); P.append(p)
p.s("Factbox: South Korean EV battery makers in $13 billion spree to win U.S. market", A("$13 billion", "13", "b", U))
p.s("SEOUL, May 25 (Reuters) - South Korean battery makers have stepped up their U.S. investment ambitions and cumulative spending announcements since 2018 now total some $13 billion.",
    A("some $13 billion", "13", "b", U, q="approx"), note="'since 2018' is an open start, not a period")
p.s("This year alone, plans worth $5.5 billion have been flagged.",
    A("$5.5 billion", "5.5", "b", U, period=TY, note="year-to-date figure"))

p = Page("reuters-via-wtvbam", "https://wtvbam.com/2022/05/25/factbox-south-korean-ev-battery-makers-in-13-billion-spree-to-win-u-s-market/", "2022-05-25"); P.append(p)
p.s("Commanding the largest share of the U.S. battery market among the South Korean suppliers, LGES has announced more than $5.5 billion investment since 2019, aiming to manufacture about 160 GWh of batteries per year by 2025 .",
    A("more than $5.5 billion", "5.5", "b", U, q="over", note="'per year by 2025' belongs to the 160 GWh capacity target, not to the money"))

p = Page("thestatesman", "https://www.thestatesman.com/business/lg-energy-gm-spend-2-3-billion-ev-battery-plant-tennessee-1502963180.html", None, year="nd"); P.append(p)
p.s("South Korean battery maker LG Energy Solution Ltd and General Motors will invest more than $2.3 billion in an electric vehicle (EV) battery factory in Tennessee, the companies announced on Friday.",
    A("more than $2.3 billion", "2.3", "b", U, q="over"))
p.s("According to Yonhap news agency, both LG Energy and GM has committed to invest $933.5 million each for the battery production line through 2023.",
    A("$933.5 million", "933.5", "m", U, period=BY(2023)))
p.s("The world’s No 2 battery maker said last month it plans to invest more than 5 trillion won to expand U.S. battery production capacity by 2025, including a scheme to build at least two new plants.",
    A("more than 5 trillion won", "5", "t", K, q="over", period=BY(2025)), note="'at least two new plants' is a count")
p.s("Reports suggest construction on the 2.8 million-square-foot factory will begin immediately as the plant, which is expected to create 1,300 jobs, is scheduled to open in late 2023.",
    note="area, job count and a date; no money")

p = Page("econotimes", "https://econotimes.com/Korean-Companies-Account-for-9-of-14-EV-Battery-Plant-Projects-in-the-US-1624154", None, year="nd"); P.append(p)
p.s("Blue Oval SK will build a $5.8 billion battery park in Glendale, Kentucky, and a $5.6 billion battery plant in Stanton, Tennessee.",
    A("$5.8 billion", "5.8", "b", U), A("$5.6 billion", "5.6", "b", U))
p.s("Set for construction in the US are battery factories with a total capacity of 400 GWh or more that can power five million to six million electric vehicles per year.",
    note="capacity and vehicle counts (a range in words, 'or more', 'per year'); no money")
p.s("Korea Zinc to Build $7.4 Billion Critical Minerals Refinery in Tennessee With U.S. Government Backing",
    A("$7.4 Billion", "7.4", "b", U), note="related-headline list on the page")

p = Page("reuters-via-investing", "https://investing.com/news/stock-market-news/south-koreas-sk-innovation-to-build-its-first-us-ev-battery-plant-1699776", None, year="nd"); P.append(p)
p.s("SEOUL (Reuters) - South Korea's SK Innovation (KS:096770) said on Monday it will spend 1.14 trillion won ($1.01 billion) to build its first electric vehicle (EV) battery plant in the United States to better compete in the global EV battery market.",
    A("1.14 trillion won", "1.14", "t", K, stated=S("$1.01 billion", "1.01", "b", U)), note="KS:096770 is a ticker")
p.s("In October, it said it plans to invest 400 billion won in a plant to produce key EV battery parts in China.",
    A("400 billion won", "400", "b", K))

p = Page("joongang-daily", "https://koreajoongangdaily.joins.com/news/2025-08-25/business/industry/Hanwha-Ocean-to-pump-70M-more-into-US-shipyard/2383150", "2025-08-25"); P.append(p)
p.s("Hanwha Ocean, a major Korean shipbuilder, will invest an additional $70 million “to expand” its shipyard in Philadelphia, according to the White House website on Monday.",
    A("$70 million", "70", "m", U))
p.s("Hanwha Group acquired Philly Shipyard for 140 billion won ($100 million) last year to enter the U.S. shipbuilding market, with a long-term goal of securing U.S. Navy contracts.",
    A("140 billion won", "140", "b", K, stated=S("$100 million", "100", "m", U)))
p.s("Hanwha Ocean aims to boost the shipyard's annual shipbuilding capacity to eight to 10 vessels by 2035 from the current one to one and a half.",
    note="vessel counts (ranges in words and digits); no money")
p.s("It also seeks to increase annual sales tenfold, from $400 million to $4 billion, over the same period.",
    A("$400 million", "400", "m", U, per="year"), A("$4 billion", "4", "b", U, per="year"),
    note="'from $400 million to $4 billion' is a change, not a range; 'over the same period' (to 2035) dates a target level, not a spread")

p = Page("joongang-daily", "https://koreajoongangdaily.joins.com/news/2025-08-27/business/industry/Hanwha-invests-5-billion-in-Philly-Shipyard-as-part-of-MASGA-push/2385429", "2025-08-27",
         title="Hanwha invests $5 billion in Philly Shipyard as part of 'MASGA' push"); P.append(p)
p.s("Hanwha will invest $5 billion in its U.S. arm, Hanwha Philly Shipyard, to sharply expand vessel output as part of Korea's $150 billion push into the U.S. maritime and defense sector.",
    A("$5 billion", "5", "b", U), A("$150 billion", "150", "b", U))
p.s("Under the $5 billion program, Hanwha Philly Shipyard’s annual production will rise from 1.5 vessels to 20, supported by the addition of two docks, three quays and a new 396,696-square-meter (98-acre) block assembly facility now under review.",
    A("$5 billion", "5", "b", U, note="'annual' belongs to production, not to the money"))
p.s("The expansion is expected to boost the shipyard’s work force from the current 7,000 employees to more than 10,000.",
    note="head counts; no money")

p = Page("govconexec", "https://www.govconexec.com/?p=623754", None, year="nd"); P.append(p)
p.s("Hanwha Ocean is positioning South Korea and the United States as twin centers for naval shipbuilding and sustainment under the Korea-backed $150 billion “Make American Shipyards Great Again” initiative.",
    A("$150 billion", "150", "b", U))
p.s("“By leveraging more than 1,000 suppliers in Busan and its surrounding area, we aim to create a specialized cluster capable of handling MRO for 11 U.S. Navy vessels annually,” Choi said.",
    note="counts; 'annually' with no money")
p.s("Hanwha plans to invest $5 billion to lift the Philadelphia yard’s output from roughly one ship per year to 20, integrating smart and unmanned construction technologies.",
    A("$5 billion", "5", "b", U, note="'per year' belongs to ship output"))

p = Page("donga-dbr", "https://dbr.donga.com/kfocus/view/donga/article_no/161", "2025-08-27",
         title="Korea-US 'MASGA' Begins; Hanwha Invests KRW 7 Trillion"); P.append(p)
p.s("Korea-US 'MASGA' Begins; Hanwha Invests KRW 7 Trillion", A("KRW 7 Trillion", "7", "t", K))
p.s("Announces KRW 5 billion investment at new ship naming ceremony",
    A("KRW 5 billion", "5", "b", K, note="source slip for USD 5 billion; recorded as written"))
p.s("Hanwha Group has decided to invest USD 5 billion (approximately KRW 7 trillion) in the Philadelphia Philly Shipyard in the United States, which it acquired last year, officially launching the Korea-US MASGA (Make American Shipbuilding Great Again) project.",
    A("USD 5 billion", "5", "b", U, stated=S("approximately KRW 7 trillion", "7", "t", K)))
p.s("The plan is to increase the current construction capacity from one vessel per year to 20 vessels.",
    note="vessel counts per year; no money")

from build_lib import Page, A, R, S, SR, OV, BY, TY

P = []
U = "USD"; K = "KRW"

# --- Samsung 450 trillion won plan (2022) ----------------------------------------------------
p = Page("reuters-via-yahoo", "https://news.yahoo.com/samsung-invest-356-bln-over-092626499.html", "2022-05-24",
         title="Samsung to invest $356 bln over five years"); P.append(p)
p.s("Samsung to invest $356 bln over five years", A("$356 bln", "356", "b", U, period=OV(5)))
p.s("STORY: Samsung Group is to invest $356 billion in new technologies over five years.",
    A("$356 billion", "356", "b", U, period=OV(5)))
p.s("The total investments are 30% up on the five years to 2021.", note="percentage; 'five years to 2021' with no money")

p = Page("afp-via-futuremedia", "https://www.futuremedia.com.na/samsung-plans-for-massive-growth/", None, year="nd"); P.append(p)
p.s("Samsung Group on Tuesday unveiled a massive 450 trillion won (US$356 billion) investment blueprint for the next five years aimed at making it a frontrunner in a wide range of sectors from semiconductors to biologics.",
    A("450 trillion won", "450", "t", K, period=OV(5), stated=S("US$356 billion", "356", "b", U)))

p = Page("herald-ng", "https://herald.ng/s-koreas-samsung-plans-360bn-investment-over-5-years", None, year="nd"); P.append(p)
p.s("Samsung Group is to invest 450 trillion won ($360 billion) over the next five years to boost growth in semiconductors and biopharmaceuticals, the South Korean conglomerate announced in Seoul on Tuesday.",
    A("450 trillion won", "450", "t", K, period=OV(5), stated=S("$360 billion", "360", "b", U)))
p.s("The investment plans represent a rise of 30 over the 330 trillion won spent in the previous five-year investment program.",
    A("330 trillion won", "330", "t", K, period=OV(5),
      note="'over' here means 'compared with', not a qualifier; spent in a five-year programme (spread over 5 years, debatable)"),
    note="'30' is a percentage with the word dropped by the source")
p.s("The figure includes the 240 trillion won announced by the group last year.", A("240 trillion won", "240", "t", K))

p = Page("techzine", "https://www.techzine.eu/news/infrastructure/79635/samsung-pledges-e332-billion-for-innovative-technology/", None, year="nd"); P.append(p)
p.s("Reuters reports that Samsung plans to invest a total of 450 trillion won (over €332 billion) in innovative technology over the next five years.",
    A("450 trillion won", "450", "t", K, period=OV(5), stated=S("over €332 billion", "332", "b", "EUR")))

# --- chips ----------------------------------------------------------------------------------
p = Page("gasworld", "https://gasworld.com/story/samsung-electronics-to-invest-230bn-in-worlds-largest-semiconductor-facility-in-south-korea/2121813.article", None, year="nd"); P.append(p)
p.s("South Korean tech giant Samsung Electronics has announced plans to invest 300 trillion Korean won ($228 billion) in development of a new semiconductor complex in South Korea.",
    A("300 trillion Korean won", "300", "t", K, stated=S("$228 billion", "228", "b", U)))
p.s("According to the government, it aims to draw 550 trillion won ($419bn) in private investment by 2026 in areas such as semiconductor chips, displays, electric vehicles and batteries.",
    A("550 trillion won", "550", "t", K, period=BY(2026), stated=S("$419bn", "419", "b", U)))
p.s("The country will harness large-scale private investment plans worth $228bn to create ‘the world’s largest’ new advanced system semiconductor cluster in the town of Namsa in Yongin, a city located just outside Seoul.",
    A("$228bn", "228", "b", U))

p = Page("rprna", "https://www.rprna.com/news/south-korea-invest-us450-worlds-largest-chip-producing-base/", None, year="nd",
         title="South Korea plans to invest US$450 to build world’s largest chip producing base"); P.append(p)
p.s("South Korea plans to invest US$450 to build world’s largest chip producing base",
    A("US$450", "450", "", U, note="headline drops 'billion' (source slip); recorded as written: 450 dollars"))
p.s("South Korea has just announced a semiconductor support plan: They will spend about 450 billion US dollars in the next ten years to build the world’s largest chip manufacturing base and compete with China and the United States for key global technologies.",
    A("about 450 billion US dollars", "450", "b", U, q="approx", period=OV(10)))
p.s("Moon Jae-in said that by 2030, Samsung Electronics and SK Hynix will lead more than 510 trillion won in semiconductor research and production investment and serve as the umbrella for Korea’s most important economic industry.",
    A("more than 510 trillion won", "510", "t", K, q="over", period=BY(2030)))
p.s("In addition, SK Hynix also promised to spend US$97 billion to expand existing equipment and plans to invest US$106 billion in building new factories.",
    A("US$97 billion", "97", "b", U), A("US$106 billion", "106", "b", U))
p.s("By 2030, chip exports are expected to double to US$200 billion.",
    A("US$200 billion", "200", "b", U, note="'By 2030' dates a target level of exports, not a spread"))

p = Page("donga-en", "https://www.donga.com/en/article/all/20251211/6006322/1", "2025-12-11"); P.append(p)
p.s("The South Korean government plans to invest 700 trillion won, about $520 billion, by 2047 to expand the domestic fabless semiconductor industry tenfold.",
    A("700 trillion won", "700", "t", K, period=BY(2047), stated=S("about $520 billion", "520", "b", U)),
    note="conversion after a bare comma with 'about'")

p = Page("fnnews-en", "https://en.fnnews.com/news/202512101820056277", "2025-12-10",
         title="[Editorial] \"700 Trillion Won Investment for Top 2 Semiconductor Powerhouse\"—Securing Power Supply Must Come First"); P.append(p)
p.s("[Editorial] \"700 Trillion Won Investment for Top 2 Semiconductor Powerhouse\"—Securing Power Supply Must Come First",
    A("700 Trillion Won", "700", "t", K), note="'Top 2' is a rank")
p.s("Specifically, the government will provide 1.2676 trillion won in support for AI semiconductors by 2030 and invest 360.6 billion won in Advanced Packaging by 2031.",
    A("1.2676 trillion won", "1.2676", "t", K, period=BY(2030)), A("360.6 billion won", "360.6", "b", K, period=BY(2031)))
p.s("Notably, there are also plans to establish 10 new semiconductor fabrication plants by 2047, with a total investment exceeding 700 trillion won.",
    A("700 trillion won", "700", "t", K, q="over", period=BY(2047), note="'exceeding' before the amount"))
p.s("More than 40 CEOs from domestic semiconductor companies, including Samsung Electronics and SK hynix, were also in attendance.",
    note="'More than 40' CEOs is a count")

p = Page("mobileworldlive", "https://www.mobileworldlive.com/asia-pacific/sk-hynix-pumps-krw9-4t-into-first-yongin-site/", None, year="nd"); P.append(p)
p.s("South Korea-based SK Hynix revealed it would invest KRW9.4 trillion ($6.8 billion) to construct the first fabrication plant in the Yongin Semiconductor Cluster after its board approved the project.",
    A("KRW9.4 trillion", "9.4", "t", K, stated=S("$6.8 billion", "6.8", "b", U)))
p.s("SK Hynix announced plans to invest a total of KRW122 trillion across four fabrication sites in Yongin.",
    A("KRW122 trillion", "122", "t", K))

p = Page("evertiq", "https://evertiq.com/design/2026-02-25-sk-hynix-to-invest-15-billion-in-yongin-semiconductor-cluster", "2026-02-25"); P.append(p)
p.s("The total investment for the first fab is now estimated at KRW 31 trillion (USD 21.5 billion), including a previously announced KRW 9.4 trillion (USD 6.5 billion) facility expenditure from July 2024.",
    A("KRW 31 trillion", "31", "t", K, q="approx", stated=S("USD 21.5 billion", "21.5", "b", U), note="'estimated at'"),
    A("KRW 9.4 trillion", "9.4", "t", K, stated=S("USD 6.5 billion", "6.5", "b", U)))

p = Page("koreaherald", "https://www.koreaherald.com/article/10682456", "2026-02-25"); P.append(p)
p.s("SK hynix announced on Wednesday an additional investment of 21.6 trillion won ($15.1 billion) to build its first semiconductor fabrication plant at the Yongin Semiconductor Cluster, which will serve as a key hub for AI semiconductor production.",
    A("21.6 trillion won", "21.6", "t", K, stated=S("$15.1 billion", "15.1", "b", U)))
p.s("With this additional funding, the total investment in the first fab will rise to around 31 trillion won.",
    A("around 31 trillion won", "31", "t", K, q="approx"))
p.s("SK hynix also plans to establish a collaboration zone with over 50 suppliers from both domestic and international markets, with total investments eventually reaching up to 600 trillion won.",
    A("up to 600 trillion won", "600", "t", K, q="max"), note="'over 50 suppliers' is a count")
p.s("The Yongin cluster, covering a vast 4.16 million square meters, will house four advanced fabs, with 1.97 million square meters dedicated to semiconductor manufacturing.",
    note="areas; no money")

p = Page("yonhap-via-koreabizwire", "http://koreabizwire.com/sk-hynix-signals-megascale-bet-on-ai-with-expanded-yongin-chip-cluster-investment", None, year="nd"); P.append(p)
p.s("During a meeting held Sunday with President Lee Jae Myung and leaders of other major conglomerates, SK Group Chairman Chey Tae-won said SK hynix aims to increase investment in the Yongin semiconductor cluster, just south of Seoul, beyond the initially proposed 128 trillion won (US$85.5 billion) by 2028.",
    A("128 trillion won", "128", "t", K, period=BY(2028), stated=S("US$85.5 billion", "85.5", "b", U),
      note="'beyond' governs the planned increase, not the figure; the 128 trillion won plan runs to 2028"))
p.s("“While it is difficult to estimate the exact amount, around 600 trillion won will be invested in Yongin alone,” Chey added.",
    A("around 600 trillion won", "600", "t", K, q="approx"))
p.s("The Yongin semiconductor cluster will have four fabs, each equivalent in size to six M15X fabs recently built in Cheongju, 137 kilometers south of Seoul, with an investment of 20 trillion won.",
    A("20 trillion won", "20", "t", K), note="M15X is a fab name; 137 kilometers a distance")
p.s("This translates into each new fab at the Yongin cluster requiring 120 trillion won, or 480 trillion won for four.",
    A("120 trillion won", "120", "t", K), A("480 trillion won", "480", "t", K),
    note="', or 480 trillion won for four' is another figure in the same currency, not a conversion")
p.s("Experts say that considering inflation and the pace of technological development in production equipment, the adjusted 600 trillion-won investment target may be reasonable.",
    A("600 trillion-won", "600", "t", K))

p = Page("cdrinfo", "https://cdrinfo.com/d7/content/sk-hynix-invest-107-billion-new-memory-plants", None, year="nd"); P.append(p)
p.s("SK Hynix, the world’s second-largest memory chip provider, announced Thursday it will invest a total of 120 trillion won ($106.65 billion) to build four fabrication lines at a new semiconductor industrial complex in Yongin, Gyeonggi Province.",
    A("120 trillion won", "120", "t", K, stated=S("$106.65 billion", "106.65", "b", U)))
p.s("The chip fabrication plants will be built on a 4.5 million square meter site south of Seoul beginning 2022, complementing two existing domestic factories that will receive a separate 55 trillion won ($49 billion) investment over the next decade.",
    A("55 trillion won", "55", "t", K, period=OV(10), stated=S("$49 billion", "49", "b", U)), note="4.5 million square meters is an area")
p.s("Of the amount, 300 billion won will be injected to create funds, 638 billion won to establish an AI-based cooperation center and promote relevant programs, and 280 billion won for joint research and development projects.",
    A("300 billion won", "300", "b", K), A("638 billion won", "638", "b", K), A("280 billion won", "280", "b", K),
    note="parts of the 55 trillion won of the previous sentence; the decade spread is not repeated here")

p = Page("topix", "http://www.topix.com/world/south-korea/2016/12/sk-hynix-to-build-wafer-fab-in-south-korea?fromrss=1", "2016-12-21"); P.append(p)
p.s("South Korean memory chip company SK Hynix Inc. has announced that it plans to spend 2.2 trillion won to build NAND flash wafer fab in Cheongju, Chungcheongbuk-do.",
    A("2.2 trillion won", "2.2", "t", K))
p.s("The wafer fab is expected to be completed in June 2019 and the spening is part of a 46 trillion won budget for mid- to long-term investment set by SK Hynix.",
    A("46 trillion won", "46", "t", K))

# --- nuclear Czech deal ---------------------------------------------------------------------
p = Page("kbs-world", "http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=192846", "2025-05-02"); P.append(p)
p.s("The deal, estimated to be worth 26 trillion won, or around 19 billion U.S. dollars, is South Korea’s first overseas nuclear power plant contract since the country took on the Barakah project in the United Arab Emirates in 2009.",
    A("26 trillion won", "26", "t", K, q="approx", stated=S("around 19 billion U.S. dollars", "19", "b", U), note="'estimated to be worth'"),
    note="conversion after ', or'")

p = Page("ajupress", "https://www.ajupress.com/view/20250605132944772", "2025-06-05",
         title="S. Korea finalizes $17 billion Czech nuclear deal"); P.append(p)
p.s("S. Korea finalizes $17 billion Czech nuclear deal", A("$17 billion", "17", "b", U))
p.s("Valued at approximately 26 trillion won (around $17 billion), the deal is South Korea’s first major nuclear export since its 2009 contract to build the Barakah plant in the United Arab Emirates, and its first such project in Europe.",
    A("approximately 26 trillion won", "26", "t", K, q="approx", stated=S("around $17 billion", "17", "b", U)))

p = Page("upi", "https://www.upi.com/Top_News/World-News/2025/06/05/South-Korea-KHP-nuclear-deal-Czech-Republic/3931749126002/", "2025-06-05",
         title="KHNP signs $18 billion nuclear deal with Czech Republic"); P.append(p)
p.s("KHNP signs $18 billion nuclear deal with Czech Republic", A("$18 billion", "18", "b", U))
p.s("SEOUL, June 5 (UPI) -- Korea Hydro & Nuclear Power announced Thursday that it had signed a deal to build two nuclear reactors in the Czech Republic, worth at least $18 billion.",
    A("at least $18 billion", "18", "b", U, q="min"))
p.s("Under the agreement, KHNP will hold a kick-off meeting with its Czech partners soon to start construction of two 1,000-megawatt units in Dukovany, about 120 miles southeast of Prague.",
    note="power rating and 'about 120 miles'; no money")

p = Page("koreaherald-via-asianews", "https://asianews.network/south-korea-inks-18b-nuclear-export-deal-with-czech-republic", "2025-06-06",
         title="South Korea inks $18b nuclear export deal with Czech Republic"); P.append(p)
p.s("South Korea inks $18b nuclear export deal with Czech Republic", A("$18b", "18", "b", U), note="'b' glued to the number")
p.s("Under the agreement, KHNP will build two 1,000 megawatt APR-1000 reactors — Dukovany Units 5 and 6 — with completion targeted for 2036 and 2037, respectively.",
    note="model name APR-1000, unit numbers and years; no money")

p = Page("yonhap-via-koreabizwire", "http://koreabizwire.com/after-legal-hurdle-south-korea-secures-landmark-nuclear-deal-in-czech-republic", None, year="nd"); P.append(p)
p.s("The project — valued at approximately 26 trillion won ($18.6 billion) — involves the construction of two 1,063-megawatt reactors at the Dukovany nuclear power plant, located some 170 kilometers southeast of Prague.",
    A("approximately 26 trillion won", "26", "t", K, q="approx", stated=S("$18.6 billion", "18.6", "b", U)),
    note="'some 170 kilometers' is a distance")

# --- defence --------------------------------------------------------------------------------
p = Page("joongang-daily", "https://koreajoongangdaily.joins.com/news/2025-08-02/national/defense/Poland-signs-65-billion-deal-to-purchase-second-batch-of-K2-tanks/2367180", "2025-08-02"); P.append(p)
p.s("Poland on Friday signed a deal worth about $6.5 billion to purchase the second batch of K2 tanks from Hyundai Rotem, Seoul's defense ministry said, marking the largest-ever export contract won by a Korean defense contractor.",
    A("about $6.5 billion", "6.5", "b", U, q="approx"), note="K2 is a model name")
p.s("Under the deal, Poland will be supplied with 180 K2 tanks and 81 other support vehicles.", note="counts and a model name; no money")

p = Page("donga-en", "https://www.donga.com/en/article/all/20250611/5654107/1", "2025-06-11"); P.append(p)
p.s("Valued at about 9 trillion won, it would become the largest single export contract in South Korea’s defense industry history.",
    A("about 9 trillion won", "9", "t", K, q="approx"))
p.s("In July 2022, Poland signed a framework agreement with South Korea to acquire tanks, self-propelled artillery, and fighter jets worth 30 trillion won.",
    A("30 trillion won", "30", "t", K))
p.s("The first K2 tank contract, signed in August 2022, covers 180 domestically produced units valued at 4.5 trillion won and is scheduled for delivery by year-end.",
    A("4.5 trillion won", "4.5", "t", K), note="'by year-end' is a delivery deadline, not a spread")

from build_lib import Page, A, R, S, SR, OV, BY, TY

P = []
U = "USD"; K = "KRW"; INR = "INR"

# --- stock market -----------------------------------------------------------------------------
p = Page("kbs-world", "http://world.kbs.co.kr/service/news_view.htm?Seq_Code=187117&lang=e", None, year="nd"); P.append(p)
p.s("According to the Korea Exchange on Monday, foreign investors sold approximately one-point-47 trillion won, or around one-point-zero-seven billion U.S. dollars, worth of spot stocks in the afternoon.",
    A("approximately one-point-47 trillion won", "1.47", "t", K, q="approx",
      stated=S("around one-point-zero-seven billion U.S. dollars", "1.07", "b", U)))
p.s("Monday's sell-off exceeded this year's previous high of one-point-33 trillion won in net selling on May 31.",
    A("one-point-33 trillion won", "1.33", "t", K, note="one day's figure; 'this year's previous high' is not a this-year total"))
p.s("Following record highs in domestic stock market indexes on July 12, foreign investors began selling, resulting in a net sell-off of two-point-572 trillion won, or one-point-87 billion U.S. dollars, worth of stocks in the KOSPI and KOSDAQ from July 12 to August 2, dragging down the indexes.",
    A("two-point-572 trillion won", "2.572", "t", K, stated=S("one-point-87 billion U.S. dollars", "1.87", "b", U)))
p.s("The sell-off by foreign investors is three times more than the net sales by institutional investors, which amounted to 888 billion won, or around 646-point-52 million U.S. dollars, while retail investors made a net purchase of three-point-819 trillion won, or two-point-78 billion dollars.",
    A("888 billion won", "888", "b", K, stated=S("around 646-point-52 million U.S. dollars", "646.52", "m", U)),
    A("three-point-819 trillion won", "3.819", "t", K, stated=S("two-point-78 billion dollars", "2.78", "b", U)))

p = Page("kbs-world", "http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=168714", "2022-04-03",
         title="Foreigners Dump over 7 Tln Won Worth Korean Shares in Q1"); P.append(p)
p.s("Foreigners Dump over 7 Tln Won Worth Korean Shares in Q1", A("over 7 Tln Won", "7", "t", K, q="over"))
p.s("Foreigners dumped Korean stocks worth over seven trillion won in the first quarter with the main market remaining bearish.",
    A("over seven trillion won", "7", "t", K, q="over"))
p.s("According to the Korea Exchange on Sunday, foreigners sold a net total of seven-point-six trillion won worth of local shares in the January-March period.",
    A("seven-point-six trillion won", "7.6", "t", K))
p.s("Foreigners dumped a net five-point-one trillion in the KOSPI market in March alone, the largest monthly sell-off since last August.",
    A("five-point-one trillion", "5.1", "t", None, note="no currency written (won by context)"))
p.s("Accordingly, foreign ownership of South Korean stocks fell to a six-year low at 31-point-61 percent as of Friday.",
    note="a percentage in words; no money")

p = Page("yonhap-en", "https://en.yna.co.kr/view/AEN20210910007200320", "2021-09-13"); P.append(p)
p.s("Foreigners sold a net 7.81 trillion won (US$6.68 billion) worth of local stocks in August, according to the data from the Financial Supervisory Service (FSS).",
    A("7.81 trillion won", "7.81", "t", K, stated=S("US$6.68 billion", "6.68", "b", U)))
p.s("British investors sold a net 1.3 trillion won of stocks last month, while investors from Switzerland net purchased 400 billion won worth of stocks, according to the FSS.",
    A("1.3 trillion won", "1.3", "t", K), A("400 billion won", "400", "b", K))
p.s("Their bond holdings were valued at 197.1 trillion won, or 8.9 percent of the total, as of end-August.",
    A("197.1 trillion won", "197.1", "t", K), note="', or 8.9 percent' is a share, not a conversion")

p = Page("yonhap-via-koreaherald", "http://www.koreaherald.com/view.php?ud=20210822000080", "2021-08-22"); P.append(p)
p.s("Foreign investors have been on a selling spree of South Korean stocks so far this year, selling nearly 31 trillion won ($26 billion) of local shares, data showed Sunday.",
    A("nearly 31 trillion won", "31", "t", K, q="approx", period=TY, stated=S("$26 billion", "26", "b", U), note="'so far this year'"))
p.s("Offshore investors sold a net 30.72 trillion won between Jan. 1 and Friday, compared with net selling of 24.7 trillion won for the whole year of 2020, according to the data compiled by the bourse operator, the Korea Exchange (KRX).",
    A("30.72 trillion won", "30.72", "t", K, note="'between Jan. 1 and Friday' is a date span (year to date by context); date spans are not periods by the corpus convention (corrected after scoring: first annotated this-year)"),
    A("24.7 trillion won", "24.7", "t", K))
p.s("Noticeably, foreign investors sold a net 6.49 trillion won worth of local stocks in August, the second-largest monthly selling amount since 9.21 trillion won tallied last May, the data showed.",
    A("6.49 trillion won", "6.49", "t", K), A("9.21 trillion won", "9.21", "t", K))

p = Page("xinhua-via-apdnews", "https://www.apdnews.com/article/b6ed1e0", None, year="nd"); P.append(p)
p.s("Foreigners sold a net 494 billion won (463 million U.S. dollars) worth of local stocks, the first sales in six months, according to the Financial Supervisory Service (FSS).",
    A("494 billion won", "494", "b", K, stated=S("463 million U.S. dollars", "463", "m", U)))
p.s("British investors were the largest seller with 1 trillion won worth of sales, followed by German and Norwegian investors with 400 trillion won and 300 billion won respectively.",
    A("1 trillion won", "1", "t", K), A("400 trillion won", "400", "t", K, note="source slip (400 billion meant); recorded as written"),
    A("300 billion won", "300", "b", K))
p.s("Japanese and U.S. investors bought domestic shares worth 1 trillion won and 800 billion won each.",
    A("1 trillion won", "1", "t", K), A("800 billion won", "800", "b", K))

p = Page("yonhap-en", "https://en.yna.co.kr/view/AEN20220413004800320", "2022-04-13"); P.append(p)
p.s("SEOUL, April 13 (Yonhap) -- The market value of listed firms in South Korea tumbled by nearly 70 trillion won (US$57 billion) in the first quarter of the year due to a bearish stock market, a corporate tracker said Wednesday.",
    A("nearly 70 trillion won", "70", "t", K, q="approx", stated=S("US$57 billion", "57", "b", U)))
p.s("The market capitalization of 2,470 companies listed on the country's main and secondary bourses stood at 2,511 trillion won as of end-March, down 69 trillion won from the start of the year, according to the data from the Korea CXO Institute.",
    A("2,511 trillion won", "2511", "t", K), A("69 trillion won", "69", "t", K))
p.s("Samsung Electronics was followed by game developer Krafton Inc. with about 9 trillion won, chip giant SK hynix Inc. with 7.6 trillion won and leading automaker Hyundai Motor Co. with 6.4 trillion won.",
    A("about 9 trillion won", "9", "t", K, q="approx"), A("7.6 trillion won", "7.6", "t", K), A("6.4 trillion won", "6.4", "t", K))
p.s("The number of companies with a market cap of 1 trillion won or more came to 273 as of end-March, down 15 from three months earlier, according to the data.",
    A("1 trillion won", "1", "t", K, q="min", note="'or more' after the amount"))

p = Page("yonhap-via-koreaherald", "http://www.koreaherald.com/view.php?ud=20180401000055", "2018-04-01"); P.append(p)
p.s("South Korean listed companies valued at over 1 trillion won ($940.7 million) have increased about 20 percent over the past year, largely driven by a recent boom in bio shares, data showed Sunday.",
    A("over 1 trillion won", "1", "t", K, q="over", stated=S("$940.7 million", "940.7", "m", U)),
    note="'over the past year' is the window of the count's growth, not a spread of money")
p.s("Compared with 10 years ago, the number of the 1 trillion-won club members has surged 70.5 percent, or 91, from 129 firms.",
    A("1 trillion-won", "1", "t", K), note="', or 91' is a count")
p.s("Among the bio shares, drugmaker Celltrion Inc. was at the top, with a market cap of 38 trillion won, followed by Samsung Biologics Co. with 32 trillion won, Celltrion Healthcare with 14.6 trillion won and Sillajen Inc. with 7.3 trillion won.",
    A("38 trillion won", "38", "t", K), A("32 trillion won", "32", "t", K), A("14.6 trillion won", "14.6", "t", K), A("7.3 trillion won", "7.3", "t", K))

p = Page("ajupress", "https://www.ajupress.com/discovery/reporter?bylineEmail=cannes2030%40ajupress.com&bylineName=Lee+Jung-woo&page=6", None, year="nd"); P.append(p)
p.s("South Korea’s benchmark KOSPI rose 1.1 percent to 4,154.47, while the KOSDAQ edged up 0.2 percent to 936.76 as of 9:49 a.m.",
    note="index points and a time; no money")
p.s("Institutional investors led the market with 302 billion won ($205 million) in net purchases.",
    A("302 billion won", "302", "b", K, stated=S("$205 million", "205", "m", U)))
p.s("Samsung Electronics gained 0.8 percent to 108,100 won, and SK hynix rose 2 percent to 576,000 won.",
    A("108,100 won", "108100", "", K), A("576,000 won", "576000", "", K), note="share prices")
p.s("Overnight in New York, the Dow Jones Industrial Average rallied 1.3 percent to a record 48,704.01.",
    note="index points; no money")

# --- IPOs -------------------------------------------------------------------------------------
p = Page("reuters-via-cna", "https://www.channelnewsasia.com/business/lg-energy-solution-targets-us108-billion-ipo-term-sheet-2411561?cid=cna_flip_070214", "2022-01-03"); P.append(p)
p.s("HONG KONG : Korean battery maker LG Energy Solution has opened the books to investors to raise up to US$10.8 billion in the country's largest ever initial public offering (IPO), according to a term sheet seen by Reuters.",
    A("up to US$10.8 billion", "10.8", "b", U, q="max"))
p.s("The shares will be sold in a price range of 257,000 won to 300,000 won (US$216.19-US$252.36) apiece to raise between US$9.2 billion and US$10.8 billion, the term sheet showed.",
    R("257,000 won to 300,000 won", "257000", "300000", "", K, stated=SR("US$216.19-US$252.36", "216.19", "252.36", "", U),
      note="a share-price range with a range conversion (stated value is its midpoint)"),
    R("US$9.2 billion and US$10.8 billion", "9.2", "10.8", "b", U, note="'between X and Y'"))
p.s("LG Energy Solution will be valued at US$51 billion to US$59 billion.",
    R("US$51 billion to US$59 billion", "51", "59", "b", U))
p.s("(US$1 = 1,188.7700 won)", A("US$1", "1", "", U), A("1,188.7700 won", "1188.77", "", K), note="exchange-rate line")

p = Page("reuters-via-wtvbam", "https://wtvbam.com/2022/01/02/lg-energy-solution-targets-10-8-billion-in-ipo-term-sheet/", "2022-01-02"); P.append(p)
p.s("The shares will be sold in a price range of 257,000 won to 300,000 won ($216.19-$252.36) apiece to raise between $9.2 billion and $10.8 billion, the term sheet showed.",
    R("257,000 won to 300,000 won", "257000", "300000", "", K, stated=SR("$216.19-$252.36", "216.19", "252.36", "", U)),
    R("$9.2 billion and $10.8 billion", "9.2", "10.8", "b", U))
p.s("LG Energy Solution will be valued at $51 billion to $59 billion.", R("$51 billion to $59 billion", "51", "59", "b", U))

p = Page("reuters-via-infralive", "https://infralive.com/web/lg-energy-moves-ahead-on-south-korea-ipo-that-ifr-says-may-raise-10-12-bn", None, year="nd"); P.append(p)
p.s("SEOUL (Reuters) – Auto battery maker and Tesla Inc supplier LG Energy Solution applied for preliminary approval of an initial public offering (IPO) that financial publication IFR said could raise $10 billion-$12 billion in South Korea’s biggest ever listing.",
    R("$10 billion-$12 billion", "10", "12", "b", U, note="hyphen range"))

p = Page("seneca-esg", "https://senecaesg.com/insights/ev-battery-maker-lg-energy-solution-to-raise-usd10-8bn-from-ipo/", None, year="nd"); P.append(p)
p.s("South Korean electric vehicle (EV) battery maker LG Energy Solution (LGES) set its IPO price at KRW257,000 (USD218.2) to KRW300,000 (USD254.7) per share, aiming to raise KRW10.9tr (USD9.2bn) to KRW12.8tr (USD10.8bn) in January, as reported by the Korea Economic Daily on December 7.",
    A("KRW257,000", "257000", "", K, stated=S("USD218.2", "218.2", "", U)),
    A("KRW300,000", "300000", "", K, stated=S("USD254.7", "254.7", "", U)),
    A("KRW10.9tr", "10.9", "t", K, stated=S("USD9.2bn", "9.2", "b", U)),
    A("KRW12.8tr", "12.8", "t", K, stated=S("USD10.8bn", "10.8", "b", U)),
    note="two ranges whose ends each carry a conversion; annotated as their four ends ('tr'/'bn' abbreviations)")
p.s("The unit generated KRW692.7bn in operating profits and KRW13.4tr in sales from January to September this year.",
    A("KRW692.7bn", "692.7", "b", K, period=TY, note="January-September of this year"),
    A("KRW13.4tr", "13.4", "t", K, period=TY))
p.s("The South Korean battery supplier intends to use raised capital from the listing to expand its annual production capacity to 260 gigawatt-hours (GWh) by 2023 from 120GWh in 2020.",
    note="capacities; no money")

p = Page("bloomberg-via-autonews", "https://www.autonews.com/suppliers/gm-ev-battery-supplier-wants-raise-nearly-11-billion-ipo", None, year="nd"); P.append(p)
p.s("LG Energy Solution plans to raise as much as 12.75 trillion won ($10.8 billion) in what would be South Korea’s biggest-ever initial public offering, defying concerns over fires involving its batteries that led to a mass recall of Chevrolet Bolt EVs.",
    A("as much as 12.75 trillion won", "12.75", "t", K, q="max", stated=S("$10.8 billion", "10.8", "b", U)))
p.s("The company will issue 34 million new shares priced between 257,000 won and 300,000 won each, it said in a filing Tuesday.",
    R("257,000 won and 300,000 won", "257000", "300000", "", K), note="34 million shares is a count")
p.s("The offering could give LG Energy a market value of 70 trillion won ($59 billion).",
    A("70 trillion won", "70", "t", K, stated=S("$59 billion", "59", "b", U)))
p.s("LG Energy, the world’s second-largest battery maker, replaced its CEO in October and set aside $918 million to cover costs related to the recall of more than 100,000 of General Motors' Chevrolet Bolts due to battery-fire risks.",
    A("$918 million", "918", "m", U), note="'more than 100,000' cars is a count")

p = Page("joongang-daily", "https://koreajoongangdaily.joins.com/2022/01/16/business/industry/lg-energy-solution-ipo/20220116151550818.html", "2022-01-16",
         title="LG Energy Solution attracts $13 trillion from institutional investors"); P.append(p)
p.s("LG Energy Solution attracted 15.2 quadrillion won ($13 trillion) from institutional investors for what’s set to be Korea’s biggest initial public offering (IPO) scheduled for Jan. 27.",
    A("15.2 quadrillion won", "15.2", "q", K, stated=S("$13 trillion", "13", "t", U)))
p.s("The IPO price has been set at 300,000 won per share, the very upper end of the price band set between 257,000 won and 300,000 won.",
    A("300,000 won", "300000", "", K), R("257,000 won and 300,000 won", "257000", "300000", "", K))
p.s("“Every single institutional investor that participated in the book building submitted share prices that exceeded 300,000 won per share,” LG Energy Solution said in a release.",
    A("300,000 won", "300000", "", K, q="over", note="'exceeded' before the amount"))
p.s("The shares were oversubscribed by 2,023 times, the battery firm said.", note="a ratio; no money")

p = Page("reuters-via-ndtv", "https://gadgets.ndtv.com/transportation/news/lg-energy-solutions-lges-usd-10-8-billion-in-south-korea-biggest-ipo-share-price-2708288", "2022-01-14"); P.append(p)
p.s("South Korean battery maker LG Energy Solution (LGES) raised $10.8 billion (roughly Rs. 80,045 crore) in its initial public offering (IPO), attracting record demand for a deal in South Korea, the company said on Friday.",
    A("$10.8 billion", "10.8", "b", U, stated=S("roughly Rs. 80,045 crore", "80045", "cr", INR)), note="Indian rupees in crore (10 million)")
p.s("LGES shares were priced at KRW 300,000 (roughly Rs. 18,710) each, at the top of a range announced in a regulatory filing last month, raising KRW 12.8 trillion (roughly Rs. 79,840 crore).",
    A("KRW 300,000", "300000", "", K, stated=S("roughly Rs. 18,710", "18710", "", INR)),
    A("KRW 12.8 trillion", "12.8", "t", K, stated=S("roughly Rs. 79,840 crore", "79840", "cr", INR)))
p.s("A total of 1,988 domestic and foreign institutional investors placed bids, LGES' filing showed, valuing total bids at record $12.8 trillion (roughly Rs. 9,48,77,180 crore).",
    A("$12.8 trillion", "12.8", "t", U, stated=S("roughly Rs. 9,48,77,180 crore", "94877180", "cr", INR)),
    note="Indian digit grouping (9,48,77,180 = 94,877,180) before crore")

p = Page("reuters-via-moneycontrol", "https://www.moneycontrol.com/news/business/nazara-tech-investor-krafton-to-launch-5-billion-plus-ipo-in-south-korea-next-week-7022691.html", None, year="nd"); P.append(p)
p.s("At $5 billion-plus, Krafton would become the biggest IPO in South Korea since the 4.9 trillion won ($4.4 billion) float of Samsung Life Insurance in 2010, exchange data shows.",
    A("$5 billion", "5", "b", U, q="over", note="'-plus' after the amount"),
    A("4.9 trillion won", "4.9", "t", K, stated=S("$4.4 billion", "4.4", "b", U)))
p.s("Notably, NODWIN Gaming has raised Rs 164 crore (approximately $22.5 million) from Krafton.",
    A("Rs 164 crore", "164", "cr", INR, stated=S("approximately $22.5 million", "22.5", "m", U)))
p.s("South Korea is experiencing its hottest IPO market on record and analysts expect that least 20 trillion won ($18.4 billion) will be raised in 2021, which would be about four times above 2020 levels.",
    A("20 trillion won", "20", "t", K, q="min", stated=S("$18.4 billion", "18.4", "b", U), note="'that least' is the source's slip for 'at least'"),
    note="'about four times' is a ratio")
p.s("Krafton would be valued at around $25 billion based on its current plans, although the final size of the IPO could increase, the report further said citing source.",
    A("around $25 billion", "25", "b", U, q="approx"))

p = Page("reuters-via-squidsaccess", "https://squidsaccess.com/2021/12/10/hyundai-engineering-expects-planned", "2021-12-10"); P.append(p)
p.s("SEOUL (Reuters) -South Korean construction company Hyundai Engineering’s planned initial public offering (IPO) is expected to raise up to 1.2 trillion won ($1.02 billion), the company said on Friday.",
    A("up to 1.2 trillion won", "1.2", "t", K, q="max", stated=S("$1.02 billion", "1.02", "b", U)))
p.s("It expects to offer 4 million new shares in an indicative range of 57,900 to 75,700 won per share, it said in a regulatory filing.",
    R("57,900 to 75,700 won", "57900", "75700", "", K), note="4 million shares is a count")

p = Page("alphabiz", "https://alphabiz.co.kr/news/view/1065546224873409", None, year="nd"); P.append(p)
p.s("K-Bank has announced that its initial public offering (IPO), the largest of the year, will raise up to 1 trillion won.",
    A("up to 1 trillion won", "1", "t", K, q="max"))
p.s("The price range for the IPO has been set between 9,500 and 12,000 won per share.",
    R("9,500 and 12,000 won", "9500", "12000", "", K, note="low end without the currency word"))
p.s("Based on this range, the total offering size is estimated to be between 779 billion and 984 billion won.",
    R("779 billion and 984 billion won", "779", "984", "b", K))
p.s("If the final price is at the upper end of the range, K-Bank is expected to receive 492 billion won from the IPO.",
    A("492 billion won", "492", "b", K))
p.s("Following the IPO, K-Bank's market capitalization is projected to be between 3.96 trillion and 5.03 trillion won, setting records for both market capitalization and offering size in the IPO market.",
    R("3.96 trillion and 5.03 trillion won", "3.96", "5.03", "t", K))

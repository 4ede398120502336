from build_lib import Page, A, R, S, SR, OV, BY, TY

P = []
U = "USD"; K = "KRW"

# --- M&A --------------------------------------------------------------------------------------
p = Page("ked-global", "https://www.kedglobal.com/mergers-acquisitions/newsView/ked202210130015", "2022-10-13"); P.append(p)
p.s("There were nine takeovers of foreign firms by domestic companies in deals each worth more than 100 billion won ($70 million) with a combined value of 6.9 trillion won so far this year, according to Market Insight, the capital market news provider of The Korea Economic Daily.",
    A("more than 100 billion won", "100", "b", K, q="over", stated=S("$70 million", "70", "m", U)),
    A("6.9 trillion won", "6.9", "t", K, period=TY, note="'so far this year'"))
p.s("In July, SD Biosensor Inc., the world's largest COVID-19 test kit seller, and private equity firm SJL Partners LLC said they planned to jointly acquire Meridian Bioscience Inc., a Nasdaq-listed diagnostic company, for about $1.5 billion.",
    A("about $1.5 billion", "1.5", "b", U, q="approx"), note="COVID-19 is a name")
p.s("Last year, local companies inked a combined 40 overseas acquisition deals worth 17 trillion won.",
    A("17 trillion won", "17", "t", K))
p.s("Game developer Netmarble Corp. bought the world’s No. 3 social game publisher SpinX Games for $2.2 billion, while DL Chemical Co. acquired Texas-based specialty chemical manufacturer Kraton Corp. for $2.5 billion.",
    A("$2.2 billion", "2.2", "b", U), A("$2.5 billion", "2.5", "b", U), note="'No. 3' is a rank")

p = Page("openkorea", "https://openkorea.org/feeds/won-weakness-puts-korean-companies-on-bargain-sale", None, year="nd"); P.append(p)
p.s("According to industry sources on Dec. 31 last year, among the top 10 management control transactions by value this year (based on announcement), deals by foreign companies and PEF operators totaled approximately 10.673 trillion won (approximately $7.41 billion).",
    A("approximately 10.673 trillion won", "10.673", "t", K, q="approx", period=TY, stated=S("approximately $7.41 billion", "7.41", "b", U)))
p.s("This represents an increase of nearly 45% compared to the same period last year (7.451 trillion won).",
    A("7.451 trillion won", "7.451", "t", K), note="the bracket holds last year's figure, not a conversion")
p.s("The largest transaction was French industrial gas company Air Liquide’s acquisition of DIG Air Gas (formerly Daesung Industrial Gas) in August, valued at approximately 4.6 trillion won.",
    A("approximately 4.6 trillion won", "4.6", "t", K, q="approx"))

p = Page("businesskorea", "http://www.businesskorea.co.kr/news/articleView.html?idxno=19679", None, year="nd"); P.append(p)
p.s("The value of South Korea’s inbound M&A deals by foreign investors stood at US$7.8 billion (8.77 trillion won) for the nine months this year, up 130.1 percent from a year ago",
    A("US$7.8 billion", "7.8", "b", U, period=TY, stated=S("8.77 trillion won", "8.77", "t", K), note="first nine months of this year"))
p.s("In September, Unilever Global took over Carver Korea from a consortium led by U.S.-based private equity firm Bain Capital and Goldman Sachs Group at 2.27 billion euro (US$2.7 billion or 3.05 trillion won).",
    A("2.27 billion euro", "2.27", "b", "EUR", stated=S("US$2.7 billion", "2.7", "b", U)),
    A("3.05 trillion won", "3.05", "t", K, note="a second conversion of the 2.27 billion euro; the schema allows one stated, so it is its own amount"))

p = Page("thelawreviews", "https://thelawreviews.co.uk/title/the-mergers-and-acquisitions-review/south-korea", None, year="nd"); P.append(p)
p.s("In 2019, M&A activity in Korea comprised some 456 transactions with an aggregate value of US$60 billion.",
    A("US$60 billion", "60", "b", U), note="'some 456 transactions' is a count")
p.s("There were 51 inbound transactions worth a total of US$14.6 billion, and 405 domestic transactions worth a total of US$45.5 billion.",
    A("US$14.6 billion", "14.6", "b", U), A("US$45.5 billion", "45.5", "b", U))
p.s("However, the second quarter of 2020 (US$728 million over six transactions) marked a 15.3 times increase from the first quarter of 2020 (US$48 million with only two transactions).",
    A("US$728 million", "728", "m", U), A("US$48 million", "48", "m", U), note="'over six transactions' is not a period")

p = Page("chambers", "https://chambers.com/content/item/3873", None, year="nd"); P.append(p)
p.s("Amidst such limitations, however, we bore witness to one of the largest and most significant outbound M&A transactions conducted by a Korean corporation, namely, the acquisition by SK Hynix of Intel’s NAND flash memory business for USD9 billion, which was announced in October 2020.",
    A("USD9 billion", "9", "b", U))

# --- Korean Air / Asiana ----------------------------------------------------------------------
p = Page("yonhap-en", "https://m-en.yna.co.kr/view/AEN20210331004300320", "2021-03-31"); P.append(p)
p.s("Korean Air, which announced plans to acquire the debt-ridden Asiana for 1.8 trillion won (US$1.6 billion) in November, has submitted a post-merger integration plan to the state-run Korea Development Bank (KDB), Asiana's main creditor.",
    A("1.8 trillion won", "1.8", "t", K, stated=S("US$1.6 billion", "1.6", "b", U)))
p.s("Earlier this month, Korean Air raised 3.3 trillion won in a share sale to finance the acquisition.",
    A("3.3 trillion won", "3.3", "t", K))
p.s("Of the proceeds, it plans to spend 1.5 trillion won to buy Asiana and use the remaining 1.8 trillion won to pay back its debts.",
    A("1.5 trillion won", "1.5", "t", K), A("1.8 trillion won", "1.8", "t", K))

p = Page("bloomberg-via-stylize", "https://stylize.fun/korean-air-100-in-to-make-asiana-merger-happen-ceo-says", "2023-06-06"); P.append(p)
p.s("The plan to combine with national rival Asiana in a 1.8 trillion won ($1.4 billion) deal, announced in 2020, has faced resistance from regulators in the US, Europe and Japan, who say it would hinder competition on routes.",
    A("1.8 trillion won", "1.8", "t", K, stated=S("$1.4 billion", "1.4", "b", U)))
p.s("Korean Air rose 1.4% Monday, the biggest gain since April 11.", note="a percentage and a date; no money")

p = Page("fntimes", "https://www.fntimes.com/html/view.php?ud=202412050806133765141825007d_18", "2024-12-05"); P.append(p)
p.s("On the 11th, Korean Air will participate in Asiana’s third-party allocation paid-in capital increase and acquire a 63.88% stake.",
    note="a date and a stake; no money")
p.s("It plans to invest KRW 800 billion out of the total acquisition price of KRW 1.5 trillion, excluding the down payment and interim payment.",
    A("KRW 800 billion", "800", "b", K), A("KRW 1.5 trillion", "1.5", "t", K))

p = Page("bloomberg-via-straitstimes", "https://www.straitstimes.com/business/south-korea-s-main-airlines-agree-to-merger-yonhap-reports", "2023-11-02"); P.append(p)
p.s("State-run Korea Development Bank (KDB) has injected 3.6 trillion won (S$3.7 billion) of taxpayers’ money into trying to salvage debt-ridden Asiana.",
    A("3.6 trillion won", "3.6", "t", K, stated=S("S$3.7 billion", "3.7", "b", "SGD")))
p.s("Asiana was marginally higher at 12.49pm in Seoul on Thursday, taking its gain this week to 16 per cent.",
    note="a time and a percentage; no money")

p = Page("capa-via-corporatetravelcommunity", "https://corporatetravelcommunity.com/south-korea-deputy-minister-for-civil-aviation-korean-air-asiana-airlines-merger-unavoidable/", None, year="nd"); P.append(p)
p.s("South Korea‘s Deputy Minister for Civil Aviation Kim Sang-do, commenting on Korean Air‘s plans to acquire a controlling stake in Asiana Airlines for KRW1.8 trillion (USD1.6 billion), stated: “Given the continuing slump in the aviation industry, the merger of these two large airlines is unavoidable if we’re to forestall challenges across the entire aviation sector” (Yonhap News/The Korea Herald/Hankyoreh/Chosun Ilbo, 16/17-Nov-2020).",
    A("KRW1.8 trillion", "1.8", "t", K, stated=S("USD1.6 billion", "1.6", "b", U)), note="16/17-Nov-2020 is a date")

p = Page("financeasia", "https://www.financeasia.com/article/stop-press-kalia-buys-the-korea-herald/30135", None, year="nd"); P.append(p)
p.s("IKR Kalia, an investment holding company has agreed to pay Wn4.8 billion ($3.9 million) for a 50% stake in the company as well as assuming Wn37.7 billion in debt.",
    A("Wn4.8 billion", "4.8", "b", K, stated=S("$3.9 million", "3.9", "m", U)), A("Wn37.7 billion", "37.7", "b", K),
    note="'Wn' prefix for won")
p.s("The total transaction value is Wn45.3 billion.", A("Wn45.3 billion", "45.3", "b", K))
p.s("According to a company release, The Korea Herald - Naeway Economic Daily had assets in 2001 of Wn54.5 billion.",
    A("Wn54.5 billion", "54.5", "b", K))
p.s("The publishing assets have been losing money for years, culminating in a loss of Wn7.9 billion last year.",
    A("Wn7.9 billion", "7.9", "b", K))
p.s("Thus the valuation that Kalia is paying for its stake works out at 17.6% of the asset value.", note="a percentage; no money")

# --- Fair Trade Commission ----------------------------------------------------------------------
p = Page("koreaherald", "https://koreaherald.com/view.php?ACE_SEARCH=1&ud=20121206000839", "2012-12-06"); P.append(p)
p.s("The Fair Trade Commission has levied fines on enterprises totaling 913.8 billion won ($846.1 million) so far this year, an all-time high on a yearly basis.",
    A("913.8 billion won", "913.8", "b", K, period=TY, stated=S("$846.1 million", "846.1", "m", U)), note="'on a yearly basis' qualifies the record, not a rate")
p.s("The collective figure for this year far surpasses the antitrust regulator’s fines of 347.3 billion won on rule-violators in 2011 and 507.4 billion won in 2010.",
    A("347.3 billion won", "347.3", "b", K), A("507.4 billion won", "507.4", "b", K))
p.s("During the first and second year of the Lee Myung-bak administration, the figure was 131.1 billion won and 110.8 billion won, respectively, under the president’s business-friendly policies.",
    A("131.1 billion won", "131.1", "b", K), A("110.8 billion won", "110.8", "b", K))
p.s("In March, the FTC fined Samsung Electronics and two of its executive officers a combined 400 million won for hindering an investigation by antitrust regulators.",
    A("400 million won", "400", "m", K))
p.s("Under the current antitrust law, a holding company with 100 billion won or more in assets is not allowed to own a financial affiliate.",
    A("100 billion won", "100", "b", K, q="min", note="'or more'"))

p = Page("yonhap-en", "https://m-en.yna.co.kr/view/AEN20201005001600320", "2020-10-05",
         title="Regulator fines big conglomerates 100 bln won over past 3 years"); P.append(p)
p.s("Regulator fines big conglomerates 100 bln won over past 3 years", A("100 bln won", "100", "b", K, period=OV(3)))
p.s("SEJONG, Oct. 5 (Yonhap) -- South Korea's top 10 business conglomerates were fined some 100 billion won (US$85.5 million) over the past three years for unfair business practices, a report showed Monday.",
    A("some 100 billion won", "100", "b", K, q="approx", period=OV(3), stated=S("US$85.5 million", "85.5", "m", U)))
p.s("In a parliamentary audit report, the Korea Fair Trade Commission (KFTC) said it fined the top 10 conglomerates, including Samsung and Hyundai Motor, 103.4 billion won between 2017 and 2019.",
    A("103.4 billion won", "103.4", "b", K, period=OV(3), note="year span 2017-2019 inclusive"))
p.s("LG Group was fined 4 billion won over the past three years, while SK Group was fined 3.2 billion won, according to the report.",
    A("4 billion won", "4", "b", K, period=OV(3)),
    A("3.2 billion won", "3.2", "b", K, period=OV(3), note="same three years, by parallel (debatable)"))

p = Page("yonhap-via-koreaherald", "https://m.koreaherald.com/view.php?ud=20161004000368", "2016-10-04",
         title="FTC sees large penalties canceled over 5 years"); P.append(p)
p.s("In the report submitted to Rep. Park Yong-jin of the main opposition Minjoo Party of Korea for an annual parliamentary audit of its affairs, the Fair Trade Commission said the amount of canceled corporate penalties stood at 995.5 billion won ($903 million) between 2012 and this year.",
    A("995.5 billion won", "995.5", "b", K, period=OV(5), stated=S("$903 million", "903", "m", U),
      note="'between 2012 and this year' (2016), inclusive: 5 years, as the headline says"),
    note="'annual' qualifies the audit, not the money")
p.s("In the first nine months of this year alone, the amount reached 330.9 billion won, compared with 385 billion won for all of last year.",
    A("330.9 billion won", "330.9", "b", K, period=TY), A("385 billion won", "385", "b", K))

p = Page("yonhap-via-koreaherald", "http://www01.koreaherald.com/view.php?ud=20170723000086", "2017-07-23"); P.append(p)
p.s("Bon IF, a foods company, was fined 46 million won ($41,108) and ordered to take corrective measures in an initial decision by the FTC in March.",
    A("46 million won", "46", "m", K, stated=S("$41,108", "41108", "", U)))
p.s("In a final meeting on July 14 to finalize the punishment, the FTC concluded that the fines were excessively reduced and that the amount should be increased 30 percent to 60 million won, the sources said.",
    A("60 million won", "60", "m", K))

p = Page("yonhap-via-koreabizwire", "http://koreabizwire.com/regulator-toughens-requirements-for-fine-exemptions", None, year="nd"); P.append(p)
p.s("Under the current regulations, the FTC can reduce fines by up to 50 percent without other considerations if the business concerned has a capital erosion rate of more than 50 percent.",
    note="'up to' and 'more than' percentages; no money")
p.s("In August, the company was fined 3.3 billion won (US$2.8 million) for alleged unfair business practice.",
    A("3.3 billion won", "3.3", "b", K, stated=S("US$2.8 million", "2.8", "m", U)))

p = Page("ytn-en", "https://ytn.co.kr/en/news/news_view.php?key=202501011410225530", "2025-01-01"); P.append(p)
p.s("The Fair Trade Commission said it will impose a fine of 145 million won and a corrective order to the Seoul, Incheon, northern Gyeonggi and southern Gyeonggi Provincial Liquor Wholesale Associations, which violated the Fair Trade Act's prohibition of business groups.",
    A("145 million won", "145", "m", K))
p.s("[Phone] 02-398-8585", note="a telephone number in the page footer; no money")

# --- salaries -----------------------------------------------------------------------------------
p = Page("koreabizwire", "http://koreabizwire.com/workers-need-average-of-11-3-years-to-reach-annual-salary-of-50-mln-won/128024", None, year="nd"); P.append(p)
p.s("SEOUL, Nov. 28 (Korea Bizwire) — A recent study has revealed that the typical South Korean employee requires average of 11 years to reach an annual salary of 50 million won (US$44,360).",
    A("50 million won", "50", "m", K, per="year", stated=S("US$44,360", "44360", "", U)))
p.s("While the average annual salary of new recruits among all companies was 25.93 million won, new employees at large conglomerates received as much as 37.30 million won each year.",
    A("25.93 million won", "25.93", "m", K, per="year"), A("as much as 37.30 million won", "37.30", "m", K, q="max", per="year"))
p.s("In addition, more than 40 percent of all employees employed for fewer than five years at large conglomerates received an annual salary of 50 million won or more, while only 12.5 percent and 9.3 percent of all employees received the same amount at medium-sized companies and smaller firms, respectively.",
    A("50 million won", "50", "m", K, q="min", per="year"), note="'more than 40 percent', 'fewer than five years': not money")

p = Page("androidauthority", "https://androidauthority.com/samsung-employee-earnings-762114", None, year="nd"); P.append(p)
p.s("Samsung might have lost a load of money on the Galaxy Note 7, might have just been fined $11 million for patent infringement, and might soon owe Apple in the region of half a billion bucks.",
    A("$11 million", "11", "m", U), A("half a billion bucks", "0.5", "b", U, q="approx", note="'in the region of'; 'bucks' = US dollars"),
    note="Galaxy Note 7 is a model name")
p.s("An executive at the company is said to have earned an average of 107 million Korean Won ($94,400) last year, up from 50 million in 2005.",
    A("107 million Korean Won", "107", "m", K, per="year", stated=S("$94,400", "94400", "", U), note="a year's earnings (from context)"),
    A("50 million", "50", "m", None, per="year", note="no currency written (won by context)"))
p.s("This compares to 2005 when men working at Samsung Korea earned an average of 60 million KRW per year, and females earned an average of 32 million KRW.",
    A("60 million KRW", "60", "m", K, per="year"), A("32 million KRW", "32", "m", K, per="year", note="shares the 'per year' of the parallel figure"))

p = Page("koreatimes-via-theasian", "http://theasian.asia/archives/86563", None, year="nd"); P.append(p)
p.s("Samsung Electronics Vice Chairman Kwon Oh-hyun took 6.77 billion won ($6.5 million) in salary last year, according to the company.",
    A("6.77 billion won", "6.77", "b", K, per="year", stated=S("$6.5 million", "6.5", "m", U), note="a year's salary (from context)"))
p.s("According to the National Tax Service, Monday, some 415,000 employees received more than 100 million won for salary in 2012.",
    A("more than 100 million won", "100", "m", K, q="over", per="year", note="a year's salary (from context)"), note="'some 415,000' is a head count")
p.s("Contrary to their high salary, the number of workers receiving less than 30 million won per year also increased, showing the growing polarization of incomes.",
    A("less than 30 million won", "30", "m", K, q="under", per="year"))

p = Page("asiae-en", "https://cm.asiae.co.kr/en/article/2024061010093801096", "2024-06-10",
         title="[Opinion] The Paradox of the Common Billion-Won Annual Salary"); P.append(p)
p.s("[Opinion] The Paradox of the Common Billion-Won Annual Salary",
    A("Billion-Won", "1", "b", K, per="year", note="as written (a mistranslation of 억대, 100-million-won level)"))
p.s("The starting salary for a college graduate at Samsung Electronics is 55 million won.",
    A("55 million won", "55", "m", K, per="year", note="a salary (from context)"))
p.s("As a result, among managers with 8 to 13 years of service, some earn annual salaries in the 100 million won range.",
    A("100 million won", "100", "m", K, q="approx", per="year", note="'in the ... range' = around"), note="'8 to 13 years' is a service length")
p.s("For example, in 1990, the price of jajangmyeon was 1,073 won.", A("1,073 won", "1073", "", K))
p.s("In 1979, the sale price of a 34-pyeong apartment in Daechi-dong Eunma Apartments was 23.5 million won.",
    A("23.5 million won", "23.5", "m", K), note="34-pyeong is a floor area")

p = Page("koreaherald", "https://m.koreaherald.com/amp/view.php?ud=20161229000511", "2016-12-29",
         title="[Graphic News] Salaries over W100m near 600,000"); P.append(p)
p.s("[Graphic News] Salaries over W100m near 600,000",
    A("over W100m", "100", "m", K, q="over", per="year", note="'W' prefix and 'm'; salaries (yearly)"), note="'near 600,000' is a head count")
p.s("The average salary of employees in South Korea was about 32.5 million won ($26,900)",
    A("about 32.5 million won", "32.5", "m", K, q="approx", per="year", stated=S("$26,900", "26900", "", U), note="a salary (from context)"))

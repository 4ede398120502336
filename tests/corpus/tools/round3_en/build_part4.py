from build_lib import Page, A, R, S, SR, OV, BY, TY

P = []
U = "USD"; K = "KRW"

# --- exports --------------------------------------------------------------------------------
p = Page("businesskorea", "http://www.businesskorea.co.kr/news/articleView.html?idxno=27850", "2018-12-28",
         title="South Korea’s Annual Exports Surpass US$600 Billion for First Time"); P.append(p)
p.s("South Korea’s Annual Exports Surpass US$600 Billion for First Time",
    A("US$600 Billion", "600", "b", U, q="over", per="year", note="'Annual Exports Surpass'"))
p.s("The Ministry of Trade, Industry and Energy (MOTIE) and the Korea Customs Service announced on Dec. 28 that the annual accumulated exports exceeded US$600 billion (671.34 trillion won).",
    A("US$600 billion", "600", "b", U, q="over", per="year", stated=S("671.34 trillion won", "671.34", "t", K)))
p.s("Korea attained $500 billion in 2011.", A("$500 billion", "500", "b", U))
p.s("Korea's exports grew at an annual rate of 16.1 percent from 1948 to 2017.", note="annual growth rate and a year span; no money")
p.s("The time it took from $100 billion to $600 billion was 23 years, the fourth fastest in the world.",
    A("$100 billion", "100", "b", U), A("$600 billion", "600", "b", U), note="two milestones, not a range; 23 years is a duration")

p = Page("chosunbiz-en", "https://biz.chosun.com/en/en-policy/2025/12/29/B5HEIF25E5HYLL5X3LJDHXTTZM/?outputType=amp", "2025-12-29"); P.append(p)
p.s("Korea's annual exports topped $700 billion for the first time.",
    A("$700 billion", "700", "b", U, q="over", per="year", note="'annual exports topped'"))
p.s("It came seven years after surpassing $600 billion in 2018.", A("$600 billion", "600", "b", U, q="over"))
p.s("From January to November last year, the U.S.-China share in exports was 38.1%, but in the same period this year it declined to 35.7%.",
    note="shares; no money")

p = Page("kbs-world", "http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=141890", None, year="nd"); P.append(p)
p.s("South Korea's annual exports have surpassed the 600-billion-dollar mark for the first time.",
    A("600-billion-dollar", "600", "b", U, q="over", per="year"))
p.s("The Trade Ministry said that the country's cumulative exports for this year exceeded 600 billion U.S. dollars as of Friday morning.",
    A("600 billion U.S. dollars", "600", "b", U, q="over", period=TY))
p.s("The ministry said exports increased on average 16-point-one percent every year between 1948 and 2017, expanding some 30-thousand times during the period.",
    note="growth rate in words, 'every year', a year span and 'some 30-thousand times'; no money")
p.s("The ministry said shipments of semiconductors, general machinery and petrochemicals contributed to this year's expansion of exports, adding it will mobilize capacity to see exports surpass 600 billion dollars for the second straight year next year.",
    A("600 billion dollars", "600", "b", U, q="over", note="next year's target; 'this year's expansion' is not its period"))

p = Page("xinhua-via-travel-gazette", "http://www.travel-gazette.com/2019/01/korea-hits-u600-billion-export-mark-makes-history/", None, year="2019",
         title="Korea hits U$600 billion export mark, makes history"); P.append(p)
p.s("Korea hits U$600 billion export mark, makes history", A("U$600 billion", "600", "b", U, note="'U$' written for US$"))
p.s("South Korea’s export topped 600 billion U.S. dollars last year for the first time in the country’s history, a government report showed Tuesday.",
    A("600 billion U.S. dollars", "600", "b", U, q="over"))
p.s("Export, which accounts for about half of the export-driven economy, reached a record high of 605.5 billion dollars in 2018, according to the Ministry of Trade, Industry and Energy.",
    A("605.5 billion dollars", "605.5", "b", U), note="'about half' is a share")

p = Page("yonhap-via-koreaherald", "http://www.koreaherald.com/view.php?ud=20180101000087", "2018-01-01"); P.append(p)
p.s("South Korea's exports surged 15.8 percent to reach an all-time high of nearly $574 billion last year fueled by an upturn in global demand, government data showed Monday.",
    A("nearly $574 billion", "574", "b", U, q="approx"))
p.s("Outbound shipments came to $573.9 billion for 2017, up from $495.4 billion a year earlier, according to data compiled by the Ministry of Trade, Industry and Energy, and the Korea Customs Service.",
    A("$573.9 billion", "573.9", "b", U), A("$495.4 billion", "495.4", "b", U), note="'a year earlier' dates the figure; it is not 'a year' (per year)")
p.s("Imports also jumped 17.7 percent on-year to $478.1 billion last year as Asia's fourth-largest economy posted a combined $1 trillion in trade for the first time in three years.",
    A("$478.1 billion", "478.1", "b", U), A("$1 trillion", "1", "t", U), note="'in three years' is not a spread")
p.s("Key export products posted solid growth, as overseas sales of semiconductors reached $97.9 billion to top the $90 billion mark for the first time in history.",
    A("$97.9 billion", "97.9", "b", U), A("$90 billion", "90", "b", U))

p = Page("xinhua-via-clv", "http://clv-development.org/Pages/tinbai.aspx?idTin=15417&idcm=135", None, year="nd"); P.append(p)
p.s("Volume of South Korea's exports and imports with foreign countries has exceeded 1 trillion U.S. dollars in the first eleven months of this year, marking the largest in the country's history, a government report showed Monday.",
    A("1 trillion U.S. dollars", "1", "t", U, q="over", period=TY, note="year-to-date"))
p.s("The 1 trillion-dollar level was first reached by the United States in 1992, followed by Germany in 1998 and China and Japan in 2004.",
    A("1 trillion-dollar", "1", "t", U))
p.s("Exports, which make up about half of the economy, reduced 1.9 percent from a year earlier to 46.99 billion dollars in November, and imports declined 4 percent to 41.38 billion dollars.",
    A("46.99 billion dollars", "46.99", "b", U), A("41.38 billion dollars", "41.38", "b", U))
p.s("The ministry expected the country's exports and imports to reach 575 billion dollars and 530 billion dollars respectively for the whole year of 2014, marking the record-high exports and trade volume.",
    A("575 billion dollars", "575", "b", U), A("530 billion dollars", "530", "b", U))

p = Page("koreapost", "http://www.koreapost.com/news/articleView.html?idxno=6150", "2018-02-12"); P.append(p)
p.s("Korea is our largest economic partner in Asia-Pacific with $18.9 bil. in turnover’",
    A("$18.9 bil.", "18.9", "b", U), note="abbreviation 'bil.' with a dot")
p.s("“The Republic of Korea is our large economic partner in the Asia-Pacific region and in 2017 our bilateral trade turnover amounted to 18.9 billion dollars, having increased by 41.4% as compared to 2016.”",
    A("18.9 billion dollars", "18.9", "b", U))

# --- extra budgets ---------------------------------------------------------------------------
p = Page("reuters-via-devdiscourse", "https://www.devdiscourse.com/article/business/1882667-skorea-fin-min-says-supplementary-budget-to-be-around-14-trln-won", "2022-01-14"); P.append(p)
p.s("South Korea will set a supplementary budget of around 14 trillion won ($11.78 billion) that will be mainly financed by issuing treasury bonds, the finance minister said on Friday.",
    A("around 14 trillion won", "14", "t", K, q="approx", stated=S("$11.78 billion", "11.78", "b", U)))
p.s("He also said the excess tax for last year is expected at around 10 trillion won.",
    A("around 10 trillion won", "10", "t", K, q="approx"))
p.s("($1 = 1,188.7500 won)", A("$1", "1", "", U), A("1,188.7500 won", "1188.75", "", K),
    note="Reuters exchange-rate line: both sides are amounts (the corpus records exchange rates), no stated pairing")

p = Page("reuters", "https://www.reuters.com/article/us-southkorea-economy-budget/south-korea-finance-minister-says-will-draft-extra-budget-of-less-than-nine-trillion-won-by-april-end-idUSKCN1RF030", "2019-04-03",
         title="South Korea finance minister says will draft extra budget of less than nine trillion won by April-end"); P.append(p)
p.s("South Korea finance minister says will draft extra budget of less than nine trillion won by April-end",
    A("less than nine trillion won", "9", "t", K, q="under"), note="'by April-end' is a deadline, not a spread")
p.s("SEOUL (Reuters) - South Korea’s finance minister said on Wednesday the ministry will submit a supplementary budget of smaller than 9 trillion won ($7.9 billion) in size to the parliament by the end of April.",
    A("9 trillion won", "9", "t", K, q="under", stated=S("$7.9 billion", "7.9", "b", U), note="'smaller than' before the amount"))
p.s("Last month, IMF said that South Korea should draw up an extra fiscal budget around 9 trillion won to support an economy facing risks from sluggish investment and slowing global trade",
    A("around 9 trillion won", "9", "t", K, q="approx"))

p = Page("reuters", "https://www.reuters.com/article/us-southkorea-economy-budget-minister/south-korea-finance-minister-says-4-trillion-won-extra-budget-will-be-proposed-idUSKCN1GR0SA", "2018-03-15"); P.append(p)
p.s("SEOUL (Reuters) - South Korea’s finance minister on Thursday said the government will propose a supplementary budget of about 4 trillion won ($3.76 billion) to boost jobs.",
    A("about 4 trillion won", "4", "t", K, q="approx", stated=S("$3.76 billion", "3.76", "b", U)))
p.s("About 2.6 trillion won of the extra budget will be financed by excess tax revenue from last year, while another 1 trillion won will come from public funds managed by state-owned companies, Kim Dong-yeon said at a news conference in Seoul.",
    A("About 2.6 trillion won", "2.6", "t", K, q="approx"), A("1 trillion won", "1", "t", K))

p = Page("kbs-en", "https://news.kbs.co.kr/news/pc/view/view.do?ncd=8214540", "2025-03-31",
         title="[News Today] Gov’t proposes KRW 10 tn extra budget"); P.append(p)
p.s("[News Today] Gov’t proposes KRW 10 tn extra budget", A("KRW 10 tn", "10", "t", K), note="'tn' abbreviation")
p.s("The government has proposed a supplementary budget worth 10 trillion won, or some 6.8 billion U.S. dollars.",
    A("10 trillion won", "10", "t", K, stated=S("some 6.8 billion U.S. dollars", "6.8", "b", U)))
p.s("The amount is smaller than the ruling party's call for 15 trillion won, or 10.1 billion dollars and the opposition’s demand for 35 trillion won, or nearly 23.8 billion dollars.",
    A("15 trillion won", "15", "t", K, stated=S("10.1 billion dollars", "10.1", "b", U)),
    A("35 trillion won", "35", "t", K, stated=S("nearly 23.8 billion dollars", "23.8", "b", U)))

p = Page("ians-via-investmentguruindia", "https://investmentguruindia.com/newsdetail/south-korea-proposes-6-8-billion-extra-budget-to-support-economy987698", None, year="nd"); P.append(p)
p.s("The government here on Sunday proposed a supplementary budget worth at least 10 trillion won (US$6.8 billion) to support the economy hit by political uncertainties and destructive wildfires.",
    A("at least 10 trillion won", "10", "t", K, q="min", stated=S("US$6.8 billion", "6.8", "b", U)))
p.s("In an emergency economic ministers' meeting, Finance Minister Choi Sang-mok said the government plans to push for an extra budget of some 10 trillion won, which he said is a \"must\" to help resolve the most urgent pending issues.",
    A("some 10 trillion won", "10", "t", K, q="approx"))
p.s("The most destructive wildfires ever to hit the country are almost contained but have burned about 48,000 hectares of land, equivalent to over 2,600 football fields.",
    note="areas with 'about' and 'over'; no money")

p = Page("xinhua-via-daily-sun", "https://www.daily-sun.com/printversion/details/384469/2019/04/11/%E2%80%98S-Koreas-extra", "2019-04-11",
         title="‘S Korea's extra budget not to surpass $6.1bn’"); P.append(p)
p.s("‘S Korea's extra budget not to surpass $6.1bn’", A("$6.1bn", "6.1", "b", U, q="max", note="'not to surpass'"))
p.s("SEOUL: South Korea's extra budget to help boost the export-driven economy would not surpass 7 trillion won (6.1 billion U.S. dollars), the country's finance minister said Wednesday.",
    A("7 trillion won", "7", "t", K, q="max", stated=S("6.1 billion U.S. dollars", "6.1", "b", U)))
p.s("Finance Minister Hong Nam-ki, who is also the deputy prime minister for economic affairs, told local reporters that the supplementary budget this year was not expected to top 7 trillion won (6.1 billion U.S. dollars) to meet the government's growth target between 2.6 percent and 2.7 percent, reports Xinhua.",
    A("7 trillion won", "7", "t", K, q="max", stated=S("6.1 billion U.S. dollars", "6.1", "b", U),
      period=TY, note="this year's extra budget (corrected after scoring to match 'this year's budget' rows; first annotated without a period)"),
    note="'between 2.6 percent and 2.7 percent' is a growth range, not money")

p = Page("yonhap-en", "https://m-en.yna.co.kr/view/AEN20190715004800320", "2019-07-15",
         title="Extra budget likely to increase by more than 120 bln won: finance minister"); P.append(p)
p.s("Extra budget likely to increase by more than 120 bln won: finance minister",
    A("more than 120 bln won", "120", "b", K, q="over"))
p.s("SEOUL, July 15 (Yonhap) -- South Korea's finance minister said Monday that the extra budget proposed at the National Assembly could be increased by more than 120 billion won (US$101.7 million) to help local businesses cope with Japan's export restrictions.",
    A("more than 120 billion won", "120", "b", K, q="over", stated=S("US$101.7 million", "101.7", "m", U)))
p.s("The proposed hike is set to be included in a 6.7 trillion-won extra budget that the government proposed in April to cope with an economic slowdown and fine dust air pollution.",
    A("6.7 trillion-won", "6.7", "t", K))

p = Page("reuters-via-cna", "https://www.channelnewsasia.com/news/business/south-korea-lawmaker-says-second-extra-budget-will-be-about-36-trln-won-15114660", "2021-06-29",
         title="South Korea lawmaker says second extra budget will be about 36 trln won"); P.append(p)
p.s("South Korea lawmaker says second extra budget will be about 36 trln won",
    A("about 36 trln won", "36", "t", K, q="approx"))
p.s("A South Korean lawmaker leading parliamentary discussion of the country's second extra budget of this year said on Tuesday around 36 trillion won (US$32 billion) of supplementary spending is on the way to aid businesses hit by the pandemic.",
    A("around 36 trillion won", "36", "t", K, q="approx", stated=S("US$32 billion", "32", "b", U),
      period=TY, note="this year's second extra budget (corrected after scoring, as above)"))
p.s("Park Won-joo, a ruling Democratic Party lawmaker, said excess tax revenue of 33 trillion won will mainly be used to finance the extra budget.",
    A("33 trillion won", "33", "t", K))

# --- wages ------------------------------------------------------------------------------------
p = Page("kbs-world", "http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=171513", None, year="2022"); P.append(p)
p.s("Next year's minimum wage has been set at nine-thousand-620 won per hour, up five percent from this year.",
    A("nine-thousand-620 won", "9620", "", K, note="per hour (no such 'per' value in the schema)"))
p.s("With the raise of 460 won from this year, a full-time minimum wage worker will earn a little more than two million won per month next year.",
    A("460 won", "460", "", K), A("a little more than two million won", "2", "m", K, q="over", per="month"))

p = Page("yonhap-via-koreaherald", "http://www.koreaherald.com/view.php?ud=20140804000386", "2014-08-04"); P.append(p)
p.s("South Korea's minimum wage has been set at 5,580 won ($5.40) per hour for next year, up slightly over 7 percent from this year, the labor ministry said Monday.",
    A("5,580 won", "5580", "", K, stated=S("$5.40", "5.40", "", U), note="per hour (not a schema per value)"),
    note="'slightly over 7 percent' is a percentage")
p.s("In late June, a trilateral council of government, labor and management representatives agreed to raise the country's minimum wage for 2015 by 7.1 percent from the current 5,210 won per hour.",
    A("5,210 won", "5210", "", K, note="per hour"))
p.s("The hourly wage translates to 44,640 won a day for those who work eight hours a day and 1.16 million won a month for those who work 209 hours a month.",
    A("44,640 won", "44640", "", K, per="day"), A("1.16 million won", "1.16", "m", K, per="month"),
    note="'eight hours a day' and '209 hours a month' are hours, not money")
p.s("The pay raise will affect the nation's estimated 2.66 million workers struggling with low income, according to the council.",
    note="a head count ('estimated 2.66 million'); no money")

p = Page("efe", "https://www.efe.com/efe/english/business/south-korea-s-minimum-wage-to-increase-almost-11-percent/50000265-3690522?utm_source=wwwefecom&utm_medium=rss&utm_campaign=rss", "2018-07-14"); P.append(p)
p.s("South Korea's minimum wage will be increased 10.9 percent this year to 8,350 won ($7.37) an hour, Yonhap news agency reported Saturday.",
    A("8,350 won", "8350", "", K, stated=S("$7.37", "7.37", "", U), note="per hour ('an hour'); a wage rate, not a this-year spread"))

p = Page("crowe", "https://www.crowe.com/kr/en-us/news/news20221229_en", "2022-12-29"); P.append(p)
p.s("The Ministry of Employment and Labor (MOEL) officially announced that the minimum hourly wage will increase from KRW 9,160 to KRW 9,620 effective from January 1, 2023 (the monthly minimum wage will be KRW 2,010,580 with 209 work hours under the labor laws of Korea).",
    A("KRW 9,160", "9160", "", K, note="hourly; 'from ... to' is a change, not a range"), A("KRW 9,620", "9620", "", K, note="hourly"),
    A("KRW 2,010,580", "2010580", "", K, per="month", note="'monthly minimum wage'"))

p = Page("whitecase", "https://mergers.whitecase.com/explorer/charticle/print/700586", None, year="nd"); P.append(p)
p.s("The largest deal in H1 2018 is the ongoing US$500 million purchase of New York exchange-traded fund manager Global X Management Company by Mirae Asset Global Investments, followed by the US$216 million planned acquisition of DSC Logistics by CJ Logistics Corporation, and restaurant firm Our Home's US$91 million investment into Hacor.",
    A("US$500 million", "500", "m", U), A("US$216 million", "216", "m", U), A("US$91 million", "91", "m", U), note="H1 2018 is a date")
p.s("South Korea’s “jobs president,” Moon Jae-in, has pledged to raise the minimum wage by 55% to 10,000 won per hour by 2020, in an effort to boost consumption amid a slowing economy.",
    A("10,000 won", "10000", "", K, note="per hour; 'by 2020' dates a target level, not a spread"))
p.s("In December 2017, parliament agreed that businesses with a taxable income of more than 300 billion won (US$270 million) would pay an additional three percentage points, up from 22% to 25%.",
    A("more than 300 billion won", "300", "b", K, q="over", stated=S("US$270 million", "270", "m", U)))

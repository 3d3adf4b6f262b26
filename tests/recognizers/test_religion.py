"""RELIGION: faiths, denominations, places of worship (named or one's own), practices, holy days,
greetings and church roles are redacted; hospitals, charities, streets and names are kept."""


import pytest

from .spans import assert_not_redacted, assert_redacted

CATEGORY = "RELIGION"


POSITIVES = [
    # a holy day as the one day asked off, and holy days named in full (own sentences)
    ("I'm Baptist, so Easter is the one day I'd ask for off.", "Easter"),
    ("Christmas Day is the only day I can't work, otherwise I'm flexible.", "Christmas Day"),
    ("Good Friday is the one day I need, I'll cover the rest.", "Good Friday"),
    ("I'm Buddhist, so I'd need off for Buddha Jayanti in May.", "Buddha Jayanti"),
    ("On Buddha Purnima I go to the vihara with my family.", "Buddha Purnima"),
    # faiths and denominations
    ("I'm Muslim and I've been a cashier for three years.", "Muslim"),
    ("im catholic and i coach little league", "catholic"),
    ("I'm a practicing Sikh, so I wear a turban at work.", "Sikh"),
    ("I'm a practicing Sikh, so I wear a turban at work.", "turban"),
    ("I was raised Southern Baptist in east Texas.", "Southern Baptist"),
    ("I'm Seventh-day Adventist, so I can't work Friday nights.", "Seventh-day Adventist"),
    ("I'm a Jehovah's Witness and I'm very reliable.", "Jehovah's Witness"),
    ("I'm Greek Orthodox and I sing in the choir.", "Greek Orthodox"),
    ("I'm an atheist but I respect everyone.", "atheist"),
    ("I'm a devout Christian and a hard worker.", "devout"),
    ("I'm a devout Christian and a hard worker.", "Christian"),
    ("yes I'm also Christian and I love my community", "Christian"),
    ("I'm Mennonite and I grew up on a dairy farm.", "Mennonite"),
    # places of worship
    ("I volunteer at my mosque every weekend.", "mosque"),
    ("I teach kids at our gurdwara on Sundays.", "gurdwara"),
    ("I'm the treasurer at my temple.", "temple"),
    ("I help with the food pantry at our parish.", "parish"),
    ("my church runs a free tutoring program and I lead it", "church"),
    ("I go to Mass at Our Lady of Perpetual Help with my grandma.", "Our Lady of Perpetual Help"),
    ("I usher at Greater Mount Zion Baptist Church in Memphis.", "Greater Mount Zion Baptist Church"),
    ("I'm a deacon at Second Baptist.", "Second Baptist"),
    ("I go to First United Methodist on Sundays.", "First United Methodist"),
    ("I volunteer at Congregation Beth Shalom's preschool.", "Congregation Beth Shalom"),
    ("I play keys at Lakewood Church every Sunday.", "Lakewood Church"),
    ("I'm an altar server at St. Anne's.", "St. Anne's"),
    ("I coordinate the youth group at my synagogue.", "synagogue"),
    ("I run the sound board for my church's youth group.", "church's youth group"),
    ("I'm the secretary of my masjid's sisters' committee.", "masjid's sisters' committee"),
    ("I'm the secretary for my ward's Relief Society.", "ward's Relief Society"),
    # practices
    ("I never miss Friday prayers but I'm happy to work weekends.", "Friday prayers"),
    ("I go to Sunday Mass and then I open the store.", "Sunday Mass"),
    ("I fast during Ramadan and I still run the morning shift.", "Ramadan"),
    ("I wear hijab and I've been a dental assistant for six years.", "hijab"),
    ("I keep kosher so I bring my own lunch.", "keep kosher"),
    ("I keep Shabbat, so I can't work Friday nights.", "Shabbat"),
    ("I served a two-year mission in Brazil for my church.", "served a two-year mission"),
    ("I took my shahada when I was twenty.", "took my shahada"),
    ("I pray five times a day and I need a quiet spot for five minutes.", "pray five times a day"),
    ("I'm Jain, so I'm strictly vegetarian.", "strictly vegetarian"),
    ("I taught Sunday school for six years.", "Sunday school"),
    ("I had my bat mitzvah at thirteen and I've been tutoring ever since.", "bat mitzvah"),
    ("I'm a youth pastor at my church and I manage volunteers.", "youth pastor"),
    # holy days
    ("I help run the Diwali dinner at my temple every year.", "Diwali"),
    ("I'd need Yom Kippur off but I'm flexible otherwise.", "Yom Kippur"),
    ("I cook for our whole family every Eid.", "Eid"),
    ("I give up sweets for Lent every year.", "Lent"),
    ("I organize the Vaisakhi parade in our city.", "Vaisakhi"),
    # greetings
    ("Assalamu alaikum, my name is Yusuf and I'm applying for the driver job.", "Assalamu alaikum"),
    ("salam alaikum everyone, I'm Amina.", "salam alaikum"),
    ("I'll see you soon inshallah.", "inshallah"),
    ("Thank you so much and God bless.", "God bless"),
    ("Shabbat shalom and thanks for watching.", "Shabbat shalom"),
    ("Namaste, I'm Priya and I'm a yoga instructor.", "Namaste"),
    ("my faith is a big part of my life and I lead worship on Sundays", "faith"),
    ("my faith is a big part of my life and I lead worship on Sundays", "worship"),
    ("I'm on the planning team for our church's Easter egg hunt.", "church's Easter egg hunt"),
    ("I go to an AME church and I'm a deaconess there.", "deaconess"),
    ("I celebrate Diwali and Christmas with my family.", "Diwali"),
    ("I help run the harvest festival dinner at my church.", "harvest festival dinner"),
    ("jazakallah khair for watching", "jazakallah khair"),
    ("My family goes to Iglesia de Dios Pentecostal on Sundays.", "Iglesia de Dios Pentecostal"),
    ("I'm on the greeting team at Eglise Baptiste Bethel.", "Eglise Baptiste Bethel"),
    ("I organize the Pascha picnic at St. Demetrios every spring.", "Pascha"),
    ("I organize the Pascha picnic at St. Demetrios every spring.", "St. Demetrios"),
    ("I can work any holiday except Christmas.", "Christmas"),
    ("I'd need Good Friday off but I can cover Easter weekend.", "Good Friday"),
    ("I'm a pastor's kid so I'm used to setting up chairs.", "pastor's kid"),
    ("I'll be off for Sukkos in the fall.", "Sukkos"),
    ("Khuda hafiz and thank you for your time.", "Khuda hafiz"),
]

TRAPS = [
    ("Easter is the busiest day at the bakery, and I ran the counter.", "Easter"),
    ("Christmas Eve is the one day the store closes early, so I do inventory.", "Christmas Eve"),
    ("I worked six years at Houston Methodist as a patient care tech.", "Houston Methodist"),
    ("I was a receptionist at Baptist Health for two years.", "Baptist Health"),
    ("I volunteered at St. Jude Children's Research Hospital.", "St. Jude"),
    ("I case-managed families at Catholic Charities.", "Catholic Charities"),
    ("I fried chicken at Church's Chicken on Church Street.", "Church's Chicken"),
    ("I fried chicken at Church's Chicken on Church Street.", "Church Street"),
    ("I'm a junior at Temple University studying nursing.", "Temple"),
    ("I got a concussion and hit my temple on a shelf.", "temple"),
    ("I'm interested in mass production and I track body mass index for clients.", "mass production"),
    ("I'm interested in mass production and I track body mass index for clients.", "mass"),
    ("Hi, I'm Christian Delgado and I'm applying to be a server.", "Christian"),
    ("I sold Christian Louboutin heels at Nordstrom.", "Christian"),
    ("Hi, I'm Priya Jain and I'm a data analyst.", "Jain"),
    ("my name is Grace and I'm a hostess", "Grace"),
    ("I built a platform-agnostic deployment script.", "agnostic"),
    ("My manager lent me her car once.", "lent"),
    ("I went through a baptism by fire on my first Black Friday.", "baptism"),
    ("I studied at UNC Chapel Hill.", "Chapel"),
    ("I donated to the Salvation Army during the holidays.", "Salvation Army"),
    ("I took an unorthodox approach to the inventory problem.", "unorthodox"),
    ("I ordered kosher salt and halal chicken for the restaurant.", "kosher salt"),
    ("I sang in the choir at Lincoln High School.", "choir"),
    ("I work the Christmas rush every year at the mall.", "Christmas"),
    ("I have faith in my team and I put my faith in good process.", "faith"),
    ("I add monk fruit syrup to the lattes.", "monk"),
    ("I was an intern at Cantor Fitzgerald.", "Cantor"),
    ("I bumped my temple on the shelf and kept working.", "temple"),
    ("I was a unit clerk at Baptist Memorial and at Lutheran General.", "Baptist Memorial"),
    ("I was a unit clerk at Baptist Memorial and at Lutheran General.", "Lutheran General"),
    ("I was a CNA at Methodist Hospital for a year.", "Methodist Hospital"),
    ("I worked every Christmas Eve at the mall.", "Christmas"),
    ("I worship the ground my dog walks on, honestly.", "worship"),
]


# Broad coverage, written from knowledge of many traditions and phrasings rather than fitted to
# the dev transcripts: churches and denominations in many languages and traditions, places of worship, saints'
# churches with a worship cue, holy days of many faiths, own observance of Christmas and Easter,
# roles with their place ("usher at Église Baptiste Emmanuel"), practices, greetings and blessings;
# traps: hospitals, health systems and charities named after a faith, Louisiana parishes, retail
# seasons, ordinary words (mass production, temple of the head, usher at a theatre).
BROAD_POSITIVES = [
    ("I've been a member of Iglesia ni Cristo since I was a kid.", 'Iglesia ni Cristo'),
    ('i usher at Église Baptiste Emmanuel every sunday', 'usher at Église Baptiste Emmanuel'),
    ('I sing in the choir at the Redeemed Christian Church of God in Houston.', 'Redeemed Christian Church of God'),
    ('My family goes to a Church of God in Christ in Memphis.', 'Church of God in Christ'),
    ('I volunteer at the BAPS mandir on weekends.', 'volunteer at the BAPS mandir'),
    ('I go to the Kingdom Hall twice a week.', 'Kingdom Hall'),
    ("I'm the ward clerk in my ward and I handle the finances.", 'ward clerk'),
    ('I play piano for our stake conference.', 'stake conference'),
    ('I help out at my parish fish fry every Friday in Lent.', 'parish fish fry'),
    ("I'm active in my congregation and I run the food drive.", 'congregation'),
    ('I go to Iglesia Bautista Getsemaní with my abuela.', 'Iglesia Bautista Getsemaní'),
    ('I lead the youth at Iglesia Pentecostal Monte Sinai.', 'Iglesia Pentecostal Monte Sinai'),
    ('we go to the Igreja Assembleia de Deus in Framingham', 'Igreja Assembleia de Deus'),
    ('I sing at the Eglise Evangelique Haitienne on Saturdays.', 'Eglise Evangelique Haitienne'),
    ("I'm in the choir at Christ Apostolic Church.", 'Christ Apostolic Church'),
    ('I volunteer with the Deeper Life Bible Church youth.', 'Deeper Life Bible Church'),
    ('I attend Mountain of Fire and Miracles Ministries.', 'Mountain of Fire and Miracles Ministries'),
    ('I grew up in the Celestial Church of Christ.', 'Celestial Church of Christ'),
    ('I help at the Coptic church bazaar every spring.', 'Coptic church'),
    ("I'm part of the Vineyard church downtown.", 'Vineyard church'),
    ('I go to Hillsong on Sundays and help with parking.', 'Hillsong'),
    ('I grew up in the United Pentecostal Church.', 'United Pentecostal Church'),
    ("I'm a Unitarian and I teach RE classes.", 'Unitarian'),
    ("I'm a Jehovah Witness so I don't do birthdays at work.", 'Jehovah Witness'),
    ('I clean the kapilya every Saturday morning.', 'kapilya'),
    ('I help cook langar at the gurdwara every Sunday.', 'gurdwara'),
    ("I volunteer at our masjid's food pantry.", 'masjid'),
    ("I go to shul on Saturdays so I can't work then.", 'shul'),
    ('I help my grandma at the wat for the new year festival.', 'wat'),
    ('I volunteer at the vihara on weekends.', 'vihara'),
    ('I help run the jamatkhana kitchen on Fridays.', 'jamatkhana'),
    ('I take care of the Quaker meetinghouse lawn.', 'meetinghouse'),
    ('i clean the mandir every saturday with my mom', 'mandir'),
    ('I help out at the dargah during urs.', 'dargah'),
    ('I volunteer at the Buddhist temple.', 'Buddhist temple'),
    ('I volunteer at the Hindu temple downtown.', 'Hindu temple'),
    ('I go to the pagoda with my grandmother on the full moon.', 'pagoda'),
    ('I teach kids at the Islamic center on weekends.', 'Islamic center'),
    ('I teach at the madrasa on weekends.', 'madrasa'),
    ('I go to yeshiva in the evenings.', 'yeshiva'),
    ('I go to the chapel every morning before class.', 'chapel'),
    ("I serve at St. Katherine's every Sunday.", "St. Katherine's"),
    ("I sing in the choir at Saint Mary's.", "Saint Mary's"),
    ('I volunteer at Our Lady of Lebanon.', 'Our Lady of Lebanon'),
    ("I'm an usher at Holy Trinity.", 'Holy Trinity'),
    ('I help with bingo at Sacred Heart.', 'Sacred Heart'),
    ('I teach Sunday school at First Baptist.', 'First Baptist'),
    ("I'm a trustee at Bethel AME.", 'Bethel AME'),
    ('I teach Hebrew to kids at Temple Beth El.', 'Temple Beth El'),
    ("I'm the youth advisor at Congregation Shaarei Tefillah.", 'Congregation Shaarei Tefillah'),
    ("I'm on the hospitality team at St. Paul's Episcopal.", "St. Paul's Episcopal"),
    ('I run the coffee hour at St. George Greek Orthodox Church.', 'St. George Greek Orthodox Church'),
    ('I help with the festival at St. Nicholas.', 'St. Nicholas'),
    ("I go to St. Joseph's on Sundays.", "St. Joseph's"),
    ('I went to church at St. Anthony of Padua.', 'St. Anthony of Padua'),
    ("I'm in the choir at Mount Olive Missionary Baptist Church.", 'Mount Olive Missionary Baptist Church'),
    ("I'm in the choir at Ebenezer AME Zion.", 'Ebenezer AME Zion'),
    ('I clean the sanctuary at Grace Community Church.', 'Grace Community Church'),
    ('I help the food bank at Shiloh Baptist.', 'Shiloh Baptist'),
    ('I do the sound for Elevation Church on weekends.', 'Elevation Church'),
    ('I teach Hebrew school at Beth Shalom.', 'Beth Shalom'),
    ("I'm the youth leader at Christ the King.", 'Christ the King'),
    ('I build the sukkah with my dad every Sukkot.', 'Sukkot'),
    ("I'd need two days off for Sukkos.", 'Sukkos'),
    ("I can't work the first two nights of Pesach.", 'Pesach'),
    ("I'd need Rosh Hashanah and Yom Kippur off.", 'Rosh Hashanah'),
    ("I don't work on Shabbos.", 'Shabbos'),
    ("We celebrate Pascha in the spring, so I'd need that Sunday off.", 'Pascha'),
    ("I'd need Orthodox Easter off.", 'Orthodox Easter'),
    ('I need Naw-Ruz off and the first day of Ridván.', 'Naw-Ruz'),
    ('I need Naw-Ruz off and the first day of Ridván.', 'Ridván'),
    ('I help organize the Baisakhi mela every April.', 'Baisakhi'),
    ('I cook for Gurpurab at the gurdwara.', 'Gurpurab'),
    ('I do garba every night during Navratri.', 'Navratri'),
    ('I play Holi with my cousins every spring.', 'Holi'),
    ("I'd need Eid al-Fitr off.", 'Eid al-Fitr'),
    ('I fast for Lent and I still do double shifts.', 'Lent'),
    ("I'd like Ash Wednesday morning off.", 'Ash Wednesday'),
    ('I can work any day except Christmas.', 'Christmas'),
    ('The only days I ask off are Christmas and Good Friday.', 'Christmas'),
    ('The only days I ask off are Christmas and Good Friday.', 'Good Friday'),
    ("I'm available except Christmas and Easter.", 'Easter'),
    ('I need to be off for Easter.', 'Easter'),
    ('I volunteer at the temple for Vesak.', 'Vesak'),
    ("I fast during Paryushana so I'd need lighter shifts.", 'Paryushana'),
    ("I'd need Mahavir Jayanti off.", 'Mahavir Jayanti'),
    ('I help with the Hanukkah party at the JCC.', 'Hanukkah'),
    ('I help run the Purim carnival.', 'Purim'),
    ("I'm off on Good Friday.", 'Good Friday'),
    ("I'd need Maundy Thursday off.", 'Maundy Thursday'),
    ('I make tamales every year for Three Kings Day.', 'Three Kings Day'),
    ('I help set up the altar for Día de la Virgen de Guadalupe.', 'Virgen de Guadalupe'),
    ("I'd need Eid ul Adha off.", 'Eid ul Adha'),
    ('I light candles for Chanukah with my family.', 'Chanukah'),
    ('I observe the Sabbath from Friday sundown.', 'Sabbath'),
    ("I'd need Janmashtami off.", 'Janmashtami'),
    ('I make sweets for Ganesh Chaturthi.', 'Ganesh Chaturthi'),
    ('I fast on Ekadashi.', 'Ekadashi'),
    ("I'd need Tisha B'Av off.", "Tisha B'Av"),
    ('I fast on the Fast of Esther.', 'Fast of Esther'),
    ('I celebrate Mawlid with my family.', 'Mawlid'),
    ('I go to the mosque for Laylat al-Qadr.', 'Laylat al-Qadr'),
    ('I help at the Nowruz and Losar celebrations.', 'Losar'),
    ('I help organize Ullambana at the temple.', 'Ullambana'),
    ('I work the Christmas Eve service as an usher.', 'Christmas Eve service'),
    ('I help at the Feast of San Gennaro every year.', 'Feast of San Gennaro'),
    ('I cook for the Feast of the Seven Fishes.', 'Feast of the Seven Fishes'),
    ('I help with the blessing of the fleet every summer.', 'blessing of the fleet'),
    ('I help with the fish fry at church on Fridays.', 'fish fry at church'),
    ("I'm an usher at church.", 'usher at church'),
    ("I'm a deacon and I manage our benevolence fund.", 'deacon'),
    ("I've been an altar server since fourth grade.", 'altar server'),
    ("I'm a pastor's kid so I've been setting up chairs my whole life.", "pastor's kid"),
    ("I'm a PK, so I know how to talk to anybody.", 'PK'),
    ("I'm a preacher's kid from Georgia.", "preacher's kid"),
    ('I spent two years as a missionary in Peru.', 'missionary'),
    ('I sing in the choir at church.', 'choir at church'),
    ('I lead a Bible study on Wednesdays.', 'Bible study'),
    ('I pray five times a day so I need short breaks.', 'pray five times a day'),
    ('I keep Shabbos so no Friday nights.', 'keep Shabbos'),
    ('I wear a turban and I can wear a hairnet over it.', 'turban'),
    ('I wear a kippah at work.', 'kippah'),
    ("I wear a headscarf and it's never been a problem with PPE.", 'headscarf'),
    ('I fast during the day in Ramadan.', 'Ramadan'),
    ("I'm a Eucharistic minister at my parish.", 'Eucharistic minister'),
    ("I'm an elder at my church.", 'elder at my church'),
    ("I'm a Sunday school teacher.", 'Sunday school'),
    ("I'm a lay minister at my church.", 'lay minister'),
    ("I'm a catechist and I teach second graders.", 'catechist'),
    ('I was confirmed last spring.', 'confirmed'),
    ('I was baptized last year in the river.', 'baptized'),
    ("I'm on the worship team and I play bass.", 'worship team'),
    ("I'm a Bible quizzing coach.", 'Bible quizzing'),
    ("I'm a youth leader at my church.", 'youth leader at my church'),
    ('I run the nursery at church on Sundays.', 'nursery at church'),
    ('I play the organ for Sunday services.', 'Sunday services'),
    ('I went on a mission trip to Haiti.', 'mission trip'),
    ('I memorized the Quran as a kid.', 'Quran'),
    ("I'm a hafiz and I teach kids to read Quran.", 'hafiz'),
    ('I do seva at the gurdwara.', 'seva'),
    ("I'm a Sunday school teacher at the mandir's Bal Vihar.", 'Bal Vihar'),
    ('I go to confession every month.', 'confession'),
    ('I read the Torah portion at my synagogue.', 'Torah'),
    ("I'm a Relief Society teacher.", 'Relief Society'),
    ('I sing in the praise band at church.', 'praise band'),
    ("I'm in FCA at school.", 'FCA'),
    ("i'm a christian so i try to treat everyone right", 'christian'),
    ('My faith keeps me grounded.', 'faith'),
    ("I'm a believer and I try to live it out at work.", 'believer'),
    ("I'm a follower of Christ and I show it in how I work.", 'follower of Christ'),
    ("I'm saved and I love the Lord.", 'love the Lord'),
    ("I'm a practicing Catholic.", 'practicing Catholic'),
    ('I was raised Mormon.', 'Mormon'),
    ("I'm Sikh and I keep my hair uncut.", 'Sikh'),
    ("I'm an amritdhari Sikh.", 'amritdhari'),
    ("I'm Hare Krishna.", 'Hare Krishna'),
    ("I'm Ismaili and I volunteer at jamatkhana.", 'Ismaili'),
    ("I'm a Zoroastrian and I volunteer at the fire temple.", 'fire temple'),
    ("Sat Sri Akal everyone, I'm applying for the warehouse job.", 'Sat Sri Akal'),
    ('Khuda hafiz and thank you.', 'Khuda hafiz'),
    ('Allah hafiz, thanks for watching.', 'Allah hafiz'),
    ("Alhamdulillah I've never missed a shift.", 'Alhamdulillah'),
    ('I hope to hear from you inshallah.', 'inshallah'),
    ('Mashallah the team there is great.', 'Mashallah'),
    ('God bless and have a great day.', 'God bless'),
    ('Shabbat shalom and thank you.', 'Shabbat shalom'),
    ('I feel so blessed to have this chance.', 'blessed'),
    ("I'm blessed to have had great managers.", 'blessed'),
    ('Praise God, I got my CDL on the first try.', 'Praise God'),
    ('Thank God I had good mentors.', 'Thank God'),
    ('Have a blessed day.', 'blessed'),
    ('Jai Jinendra and thank you for your time.', 'Jai Jinendra'),
    ('Ya Ali madad, thank you.', 'Ya Ali madad'),
    ('Hare Krishna, my name is Dev.', 'Hare Krishna'),
    ('Peace be upon you and thank you.', 'Peace be upon you'),
    ('Shalom, my name is Avi.', 'Shalom'),
    ('Blessings to everyone watching.', 'Blessings'),
    ('Ramadan Kareem to everyone.', 'Ramadan Kareem'),
    ('Merry Christmas to you all.', 'Merry Christmas'),
    ('Happy Diwali to everyone watching.', 'Happy Diwali'),
    ('Wa alaikum salaam, thanks for having me.', 'Wa alaikum salaam'),
    ('As-salamu alaykum, my name is Omar.', 'As-salamu alaykum'),
    ('Jazakallah khair for your time.', 'Jazakallah khair'),
    ('Waheguru ji ka khalsa, waheguru ji ki fateh.', 'waheguru ji ki fateh'),
    ('Namo Buddhaya, thanks for watching.', 'Namo Buddhaya'),
    ('Allah-u-Abha and thank you.', 'Allah-u-Abha'),
    ('Hallelujah, I finally got my license.', 'Hallelujah'),
    ('All glory to God for that.', 'glory to God'),
    ('Good Yontif to everyone.', 'Good Yontif'),
    ("I'm an usher at Église Baptiste Emmanuel.", 'usher at Église Baptiste Emmanuel'),
    ('I volunteer at the BAPS mandir.', 'volunteer at the BAPS mandir'),
    ("I'm a deacon at Bethel AME.", 'deacon at Bethel AME'),
    ("I sing in the choir at St. Katherine's.", "choir at St. Katherine's"),
    ("I'm a greeter at Iglesia ni Cristo.", 'greeter at Iglesia ni Cristo'),
    ('I teach Sunday school at Holy Trinity.', 'Sunday school at Holy Trinity'),
    ('I volunteer at the gurdwara.', 'volunteer at the gurdwara'),
    ('On Sundays I run the sound board at Greater New Hope Church of God in Christ.', 'Greater New Hope Church of God in Christ'),
    ('I help my tita cook for the fiesta at our parish every January.', 'parish'),
    ('Every Vaisakhi I do seva in the langar hall.', 'Vaisakhi'),
    ("I'm off Fridays for jummah but I can close Saturdays.", 'jummah'),
    ('I was raised in the Church of the Nazarene.', 'Church of the Nazarene'),
    ("I'm a deaconess at Mount Calvary Holy Church.", 'Mount Calvary Holy Church'),
    ('I teach the preschoolers at Shir Tikvah on Sunday mornings.', 'Shir Tikvah'),
    ("I'm a Bahá'í and I help with the junior youth program.", "Bahá'í"),
    ("I'd just need Rosh Hashanah and the first two days of Passover.", 'Passover'),
    ("I'm a cantor at St. Basil's on Saturday evenings.", "St. Basil's"),
    ('I volunteer at the Sikh temple in Fremont.', 'Sikh temple'),
    ("Peace and blessings, y'all.", 'blessings'),
    ("I serve on the altar guild at St. Luke's Episcopal.", "St. Luke's Episcopal"),
    ('I lead the youth choir at Antioch Missionary Baptist.', 'Antioch Missionary Baptist'),
    ('Our masjid does a toy drive every winter and I coordinate it.', 'masjid'),
    ("I'm Orthodox Jewish, so I leave early on Fridays in winter.", 'Orthodox Jewish'),
]

BROAD_TRAPS = [
    ("I'm interested in mass production.", 'mass production'),
    ('I wore a navy blazer to church.', 'navy blazer'),
    ('I was a teller at a credit union.', 'credit union'),
    ("I'm great at party planning.", 'party planning'),
    ('I managed third-party vendors.', 'third-party'),
    ("I'm a vet tech.", 'vet tech'),
    ('I worked Black Friday at Target.', 'Black Friday'),
    ('I worked the Christmas rush at the mall.', 'Christmas rush'),
    ("I'm used to the Christmas season rush in retail.", 'Christmas season'),
    ('I decorated the store for Christmas.', 'Christmas'),
    ('I ran the Easter sale displays.', 'Easter sale'),
    ('I volunteered at St. Jude.', 'St. Jude'),
    ('I was a CNA at St. Jude Medical Center.', 'St. Jude'),
    ("I'm a CNA at Trinity Health.", 'Trinity Health'),
    ('I was a patient transporter at Mercy Hospital.', 'Mercy Hospital'),
    ('I work at Providence as a unit secretary.', 'Providence'),
    ('I worked at Providence St. Vincent Medical Center.', 'Providence St. Vincent'),
    ('I was a scheduler at Baptist Health.', 'Baptist Health'),
    ('I was a nurse tech at Methodist Hospital.', 'Methodist Hospital'),
    ('I was a CNA at Adventist Health.', 'Adventist Health'),
    ("I was a cook at Saint Luke's Hospital.", "Saint Luke's"),
    ('I was a cashier at St. Vincent de Paul Thrift Store.', 'St. Vincent de Paul'),
    ('I got hit in the temple with a ball.', 'temple'),
    ("I fried chicken at Church's Chicken.", "Church's Chicken"),
    ("I'm blessed with a good memory for orders.", 'good memory'),
    ('I work at the Mission Bay store.', 'Mission Bay'),
    ('I organized the mission statement rewrite.', 'mission statement'),
    ("I'm on a mission to learn everything about HVAC.", 'mission'),
    ('I spent a summer in Corpus Christi.', 'Corpus Christi'),
    ('I lived in Los Angeles and San Jose.', 'San Jose'),
    ('I drove a route through St. Louis.', 'St. Louis'),
    ('I worked at the Sacred Heart Medical Center.', 'Sacred Heart Medical Center'),
    ('I was an intern at Holy Cross Hospital.', 'Holy Cross Hospital'),
    ('I did a semester at Notre Dame.', 'Notre Dame'),
    ("I'm a graduate of Brigham Young.", 'Brigham Young'),
    ('I fast-tracked the project.', 'fast'),
    ("I'm fast on the register.", 'fast'),
    ("I'm an elder care aide.", 'elder care'),
    ('I worked at Trinity Services.', 'Trinity'),
    ("I'm a choir teacher at a middle school.", 'choir teacher'),
    ('I took a confession of judgment class.', 'judgment'),
    ("I'm a big fan of the Saints.", 'Saints'),
    ('I play the pipe organ and piano.', 'pipe organ'),
    ('I set up the holiday displays at Walmart.', 'holiday displays'),
    ('I work the Easter egg hunt at the mall every year as a photographer.', 'photographer'),
    ('We were blessed with a record sales month.', 'record sales month'),
    ("I'm a fan of the San Diego Padres.", 'Padres'),
    ('I watered the plants at the chapel', 'plants'),
    ('I drove a school bus for Jefferson Parish.', 'Jefferson Parish'),
    ('I was a clerk at the St. Tammany Parish courthouse.', 'St. Tammany Parish'),
    ('I worked for the Orleans Parish School Board.', 'Orleans Parish School Board'),
    ("I'm a patient access rep at AdventHealth.", 'AdventHealth'),
    ('I worked at Advent Health Orlando as a CNA.', 'Advent Health'),
    ('I was a scheduler at Providence Health.', 'Providence Health'),
    ('I moved to Providence, Rhode Island.', 'Providence'),
    ('I did intake at Catholic Health.', 'Catholic Health'),
    ('I was a cook at Good Shepherd Hospice.', 'Good Shepherd Hospice'),
    ('I was a housekeeper at Bon Secours.', 'Bon Secours'),
    ('I worked at Christus Health.', 'Christus Health'),
    ('I was a tech at Mercy Medical Center.', 'Mercy Medical Center'),
    ('I delivered for Ascension Health.', 'Ascension Health'),
    ('I did billing for Trinity Health.', 'Trinity Health'),
    ('I worked at Lutheran Services Carolinas.', 'Lutheran Services'),
    ('I worked in the ministry of health in Kenya.', 'ministry of health'),
    ('I was a receptionist at Grace Dental.', 'Grace Dental'),
    ('I worked at Hope Pharmacy.', 'Hope Pharmacy'),
    ('I teach at Trinity Christian Academy.', 'Academy'),
    ('I was an usher at the Fox Theatre.', 'usher'),
    ('I was an usher at AMC for two years.', 'usher'),
    ('I was a greeter at Walmart.', 'greeter'),
    ('I sang in the choir at Lincoln High School.', 'choir'),
    ("I'm in the choir at my college.", 'choir'),
    ("I volunteered at St. Luke's Hospital.", "St. Luke's"),
    ("I'm a CNA at St. Luke's.", "St. Luke's"),
    ('I was a tech at Saint Francis.', 'Saint Francis'),
    ('I took care of elders at an assisted living facility.', 'elders'),
    ('I cared for elders in home health.', 'elders'),
    ('I was confirmed as the new shift lead.', 'confirmed'),
    ('I got confirmed for the job offer.', 'confirmed'),
    ('I confirmed appointments by phone.', 'confirmed'),
    ('I served a feast for two hundred guests.', 'feast'),
    ('We had a feast day at work.', 'work'),
    ("I'm on a mission to learn everything.", 'mission'),
    ('Our mission statement guided us.', 'mission statement'),
    ('I was a missionary for good coffee, ha.', 'coffee'),
    ('I cleaned the chapel at the funeral home.', 'funeral home'),
    ("I'm an usher at weddings for a catering company.", 'catering company'),
    ('I sold temple runner sneakers.', 'sneakers'),
    ('I lent my coworker a pen.', 'lent'),
    ('I worked at the Trinity River Authority.', 'Trinity River'),
    ('I live near Mount Zion Road.', 'Mount Zion Road'),
    ("I'm a member of the congregation of volunteers at the zoo.", 'zoo'),
    ('I played the organ at a roller rink.', 'roller rink'),
    ('I worked at Bethel School District.', 'Bethel School District'),
    ('I got my CNA at Bethel University.', 'Bethel University'),
    ('I worked at Zion Oil.', 'Zion Oil'),
    ("I'm great at Excel and Word.", 'Word'),
    ('I read the word of the day to kids.', 'word of the day'),
    ("I'm a believer in teamwork.", 'believer'),
    ("I'm a big believer in checklists.", 'believer'),
    ("I'm a fast learner.", 'fast'),
    ('I was a fast food crew member.', 'fast food'),
    ("I'm the nursery manager at Home Depot's garden center.", 'nursery manager'),
    ('I worked at a plant nursery.', 'plant nursery'),
    ("I'm a nursery school teacher.", 'nursery school teacher'),
    ("I'm a member of Costco.", 'Costco'),
    ('I was a member of the swim team.', 'swim team'),
    ('I went to Temple for nursing.', 'nursing'),
    ('I run a bingo night at the senior center.', 'senior center'),
    ('I did the fish fry at the VFW.', 'fish fry'),
    ('I helped with the bake sale at school.', 'bake sale'),
    ('I sold Christmas trees every December.', 'Christmas trees'),
    ('I worked every Christmas Eve at the hospital.', 'hospital'),
    ('I worked on Christmas Day at the ER.', 'ER'),
    ("I'm off on Sundays.", 'Sundays'),
    ("I can't work Sundays.", 'Sundays'),
    ('I worked at a Hallmark store during Easter.', 'Hallmark'),
    ('I wear a hairnet and gloves.', 'hairnet'),
    ("I'm a corps member at City Year.", 'City Year'),
    ('I use Local by Flywheel for WordPress.', 'Local'),
    ('I was a field organizer for a tenants union.', 'field organizer'),
    ("I'm a member of the credit union.", 'credit union'),
]


# The same, as a speech recognizer may write it: lower case, no punctuation.
LOWERCASE_POSITIVES = [
    ("i've been a member of iglesia ni cristo since i was a kid", 'iglesia ni cristo'),
    ('i usher at église baptiste emmanuel every sunday', 'usher at église baptiste emmanuel'),
    ('i sing in the choir at the redeemed christian church of god in houston', 'redeemed christian church of god'),
    ('my family goes to a church of god in christ in memphis', 'church of god in christ'),
    ('i volunteer at the baps mandir on weekends', 'volunteer at the baps mandir'),
    ('i go to the kingdom hall twice a week', 'kingdom hall'),
    ('i go to iglesia bautista getsemaní with my abuela', 'iglesia bautista getsemaní'),
    ('we go to the igreja assembleia de deus in framingham', 'igreja assembleia de deus'),
    ('i sing at the eglise evangelique haitienne on saturdays', 'eglise evangelique haitienne'),
    ("i'm in the choir at christ apostolic church", 'christ apostolic church'),
    ('i volunteer with the deeper life bible church youth', 'deeper life bible church'),
    ('i attend mountain of fire and miracles ministries', 'mountain of fire and miracles ministries'),
    ('i grew up in the celestial church of christ', 'celestial church of christ'),
    ('i help at the coptic church bazaar every spring', 'coptic church'),
    ("i'm part of the vineyard church downtown", 'vineyard church'),
    ('i go to hillsong on sundays and help with parking', 'hillsong'),
    ('i grew up in the united pentecostal church', 'united pentecostal church'),
    ("i'm a unitarian and i teach re classes", 'unitarian'),
    ("i'm a jehovah witness so i don't do birthdays at work", 'jehovah witness'),
    ('i volunteer at the buddhist temple', 'buddhist temple'),
    ('i volunteer at the hindu temple downtown', 'hindu temple'),
    ('i teach kids at the islamic center on weekends', 'islamic center'),
    ("i serve at st katherine's every sunday", "st katherine's"),
    ("i sing in the choir at saint mary's", "saint mary's"),
    ("i'm an usher at holy trinity", 'holy trinity'),
    ('i help with bingo at sacred heart', 'sacred heart'),
    ('i teach sunday school at first baptist', 'first baptist'),
    ("i'm a trustee at bethel ame", 'bethel ame'),
    ("i'm on the hospitality team at st paul's episcopal", "st paul's episcopal"),
    ('i help with the festival at st nicholas', 'st nicholas'),
    ("i go to st joseph's on sundays", "st joseph's"),
    ("i'm in the choir at mount olive missionary baptist church", 'mount olive missionary baptist church'),
    ("i'm in the choir at ebenezer ame zion", 'ebenezer ame zion'),
    ('i help the food bank at shiloh baptist', 'shiloh baptist'),
    ("i'm the youth leader at christ the king", 'christ the king'),
    ('i build the sukkah with my dad every sukkot', 'sukkot'),
    ("i'd need two days off for sukkos", 'sukkos'),
    ("i can't work the first two nights of pesach", 'pesach'),
    ("i'd need rosh hashanah and yom kippur off", 'rosh hashanah'),
    ("i don't work on shabbos", 'shabbos'),
    ("we celebrate pascha in the spring so i'd need that sunday off", 'pascha'),
    ("i'd need orthodox easter off", 'orthodox easter'),
    ('i need naw-ruz off and the first day of ridván', 'naw-ruz'),
    ('i need naw-ruz off and the first day of ridván', 'ridván'),
    ('i help organize the baisakhi mela every april', 'baisakhi'),
    ('i cook for gurpurab at the gurdwara', 'gurpurab'),
    ('i do garba every night during navratri', 'navratri'),
    ('i play holi with my cousins every spring', 'holi'),
    ("i'd need eid al-fitr off", 'eid al-fitr'),
    ('i fast for lent and i still do double shifts', 'lent'),
    ("i'd like ash wednesday morning off", 'ash wednesday'),
    ('i can work any day except christmas', 'christmas'),
    ("i'm available except christmas and easter", 'easter'),
    ('i need to be off for easter', 'easter'),
    ('i volunteer at the temple for vesak', 'vesak'),
    ("i fast during paryushana so i'd need lighter shifts", 'paryushana'),
    ("i'd need mahavir jayanti off", 'mahavir jayanti'),
    ('i help with the hanukkah party at the jcc', 'hanukkah'),
    ('i help run the purim carnival', 'purim'),
    ("i'm off on good friday", 'good friday'),
    ("i'd need maundy thursday off", 'maundy thursday'),
    ('i make tamales every year for three kings day', 'three kings day'),
    ('i help set up the altar for día de la virgen de guadalupe', 'virgen de guadalupe'),
    ("i'd need eid ul adha off", 'eid ul adha'),
    ('i light candles for chanukah with my family', 'chanukah'),
    ('i observe the sabbath from friday sundown', 'sabbath'),
    ("i'd need janmashtami off", 'janmashtami'),
    ('i make sweets for ganesh chaturthi', 'ganesh chaturthi'),
    ('i fast on ekadashi', 'ekadashi'),
    ("i'd need tisha b'av off", "tisha b'av"),
    ('i fast on the fast of esther', 'fast of esther'),
    ('i celebrate mawlid with my family', 'mawlid'),
    ('i go to the mosque for laylat al-qadr', 'laylat al-qadr'),
    ('i help at the nowruz and losar celebrations', 'losar'),
    ('i help organize ullambana at the temple', 'ullambana'),
    ('i work the christmas eve service as an usher', 'christmas eve service'),
    ('i cook for the feast of the seven fishes', 'feast of the seven fishes'),
    ('i lead a bible study on wednesdays', 'bible study'),
    ('i keep shabbos so no friday nights', 'keep shabbos'),
    ('i fast during the day in ramadan', 'ramadan'),
    ("i'm a eucharistic minister at my parish", 'eucharistic minister'),
    ("i'm a sunday school teacher", 'sunday school'),
    ("i'm a bible quizzing coach", 'bible quizzing'),
    ('i play the organ for sunday services', 'sunday services'),
    ('i memorized the quran as a kid', 'quran'),
    ("i'm a sunday school teacher at the mandir's bal vihar", 'bal vihar'),
    ('i read the torah portion at my synagogue', 'torah'),
    ("i'm a relief society teacher", 'relief society'),
    ("i'm a follower of christ and i show it in how i work", 'follower of christ'),
    ("i'm saved and i love the lord", 'love the lord'),
    ("i'm a practicing catholic", 'practicing catholic'),
    ('i was raised mormon', 'mormon'),
    ("i'm sikh and i keep my hair uncut", 'sikh'),
    ("i'm hare krishna", 'hare krishna'),
    ("i'm ismaili and i volunteer at jamatkhana", 'ismaili'),
    ("sat sri akal everyone i'm applying for the warehouse job", 'sat sri akal'),
    ('khuda hafiz and thank you', 'khuda hafiz'),
    ('allah hafiz thanks for watching', 'allah hafiz'),
    ("alhamdulillah i've never missed a shift", 'alhamdulillah'),
    ('mashallah the team there is great', 'mashallah'),
    ('god bless and have a great day', 'god bless'),
    ('shabbat shalom and thank you', 'shabbat shalom'),
    ('praise god i got my cdl on the first try', 'praise god'),
    ('thank god i had good mentors', 'thank god'),
    ('jai jinendra and thank you for your time', 'jai jinendra'),
    ('ya ali madad thank you', 'ya ali madad'),
    ('hare krishna my name is dev', 'hare krishna'),
    ('peace be upon you and thank you', 'peace be upon you'),
    ('shalom my name is avi', 'shalom'),
    ('blessings to everyone watching', 'blessings'),
    ('ramadan kareem to everyone', 'ramadan kareem'),
    ('merry christmas to you all', 'merry christmas'),
    ('happy diwali to everyone watching', 'happy diwali'),
    ('wa alaikum salaam thanks for having me', 'wa alaikum salaam'),
    ('as-salamu alaykum my name is omar', 'as-salamu alaykum'),
    ('jazakallah khair for your time', 'jazakallah khair'),
    ('namo buddhaya thanks for watching', 'namo buddhaya'),
    ('allah-u-abha and thank you', 'allah-u-abha'),
    ('hallelujah i finally got my license', 'hallelujah'),
    ('all glory to god for that', 'glory to god'),
    ('good yontif to everyone', 'good yontif'),
    ("i'm an usher at église baptiste emmanuel", 'usher at église baptiste emmanuel'),
    ('i volunteer at the baps mandir', 'volunteer at the baps mandir'),
    ("i'm a greeter at iglesia ni cristo", 'greeter at iglesia ni cristo'),
]


LOWERCASE_TRAPS = [
    ("i'm interested in mass production", 'mass production'),
    ('i wore a navy blazer to church', 'navy blazer'),
    ('i was a teller at a credit union', 'credit union'),
    ("i'm great at party planning", 'party planning'),
    ('i managed third-party vendors', 'third-party'),
    ("i'm a vet tech", 'vet tech'),
    ('i worked black friday at target', 'black friday'),
    ('i worked the christmas rush at the mall', 'christmas rush'),
    ("i'm used to the christmas season rush in retail", 'christmas season'),
    ('i decorated the store for christmas', 'christmas'),
    ('i ran the easter sale displays', 'easter sale'),
    ('i volunteered at st jude', 'st jude'),
    ('i was a cna at st jude medical center', 'st jude'),
    ("i'm a cna at trinity health", 'trinity health'),
    ('i was a patient transporter at mercy hospital', 'mercy hospital'),
    ('i work at providence as a unit secretary', 'providence'),
    ('i worked at providence st vincent medical center', 'providence st vincent'),
    ('i was a scheduler at baptist health', 'baptist health'),
    ('i was a nurse tech at methodist hospital', 'methodist hospital'),
    ('i was a cna at adventist health', 'adventist health'),
    ("i was a cook at saint luke's hospital", "saint luke's"),
    ('i was a cashier at st vincent de paul thrift store', 'st vincent de paul'),
    ('i got hit in the temple with a ball', 'temple'),
    ("i fried chicken at church's chicken", "church's chicken"),
    ("i'm blessed with a good memory for orders", 'good memory'),
    ('i work at the mission bay store', 'mission bay'),
    ('i organized the mission statement rewrite', 'mission statement'),
    ("i'm on a mission to learn everything about hvac", 'mission'),
    ('i spent a summer in corpus christi', 'corpus christi'),
    ('i lived in los angeles and san jose', 'san jose'),
    ('i drove a route through st louis', 'st louis'),
    ('i worked at the sacred heart medical center', 'sacred heart medical center'),
    ('i was an intern at holy cross hospital', 'holy cross hospital'),
    ('i did a semester at notre dame', 'notre dame'),
    ("i'm a graduate of brigham young", 'brigham young'),
    ('i fast-tracked the project', 'fast'),
    ("i'm fast on the register", 'fast'),
    ("i'm an elder care aide", 'elder care'),
    ('i worked at trinity services', 'trinity'),
    ("i'm a choir teacher at a middle school", 'choir teacher'),
    ('i took a confession of judgment class', 'judgment'),
    ("i'm a big fan of the saints", 'saints'),
    ('i play the pipe organ and piano', 'pipe organ'),
    ('i set up the holiday displays at walmart', 'holiday displays'),
    ('i work the easter egg hunt at the mall every year as a photographer', 'photographer'),
    ('we were blessed with a record sales month', 'record sales month'),
    ("i'm a fan of the san diego padres", 'padres'),
    ('i watered the plants at the chapel', 'plants'),
    ('i drove a school bus for jefferson parish', 'jefferson parish'),
    ('i was a clerk at the st tammany parish courthouse', 'st tammany parish'),
    ('i worked for the orleans parish school board', 'orleans parish school board'),
    ("i'm a patient access rep at adventhealth", 'adventhealth'),
    ('i worked at advent health orlando as a cna', 'advent health'),
    ('i was a scheduler at providence health', 'providence health'),
    ('i moved to providence rhode island', 'providence'),
    ('i did intake at catholic health', 'catholic health'),
    ('i was a cook at good shepherd hospice', 'good shepherd hospice'),
    ('i was a housekeeper at bon secours', 'bon secours'),
    ('i worked at christus health', 'christus health'),
    ('i was a tech at mercy medical center', 'mercy medical center'),
    ('i delivered for ascension health', 'ascension health'),
    ('i did billing for trinity health', 'trinity health'),
    ('i worked at lutheran services carolinas', 'lutheran services'),
    ('i worked in the ministry of health in kenya', 'ministry of health'),
    ('i was a receptionist at grace dental', 'grace dental'),
    ('i worked at hope pharmacy', 'hope pharmacy'),
    ('i was an usher at the fox theatre', 'usher'),
    ('i was an usher at amc for two years', 'usher'),
    ('i was a greeter at walmart', 'greeter'),
    ('i sang in the choir at lincoln high school', 'choir'),
    ("i'm in the choir at my college", 'choir'),
    ("i volunteered at st luke's hospital", "st luke's"),
    ("i'm a cna at st luke's", "st luke's"),
    ('i was a tech at saint francis', 'saint francis'),
    ('i took care of elders at an assisted living facility', 'elders'),
    ('i cared for elders in home health', 'elders'),
    ('i was confirmed as the new shift lead', 'confirmed'),
    ('i got confirmed for the job offer', 'confirmed'),
    ('i confirmed appointments by phone', 'confirmed'),
    ('i served a feast for two hundred guests', 'feast'),
    ('we had a feast day at work', 'work'),
    ("i'm on a mission to learn everything", 'mission'),
    ('our mission statement guided us', 'mission statement'),
    ('i was a missionary for good coffee ha', 'coffee'),
    ('i cleaned the chapel at the funeral home', 'funeral home'),
    ("i'm an usher at weddings for a catering company", 'catering company'),
    ('i sold temple runner sneakers', 'sneakers'),
    ('i lent my coworker a pen', 'lent'),
    ('i worked at the trinity river authority', 'trinity river'),
    ('i live near mount zion road', 'mount zion road'),
    ("i'm a member of the congregation of volunteers at the zoo", 'zoo'),
    ('i played the organ at a roller rink', 'roller rink'),
    ('i worked at bethel school district', 'bethel school district'),
    ('i got my cna at bethel university', 'bethel university'),
    ('i worked at zion oil', 'zion oil'),
    ("i'm great at excel and word", 'word'),
    ('i read the word of the day to kids', 'word of the day'),
    ("i'm a believer in teamwork", 'believer'),
    ("i'm a big believer in checklists", 'believer'),
    ("i'm a fast learner", 'fast'),
    ('i was a fast food crew member', 'fast food'),
    ("i'm the nursery manager at home depot's garden center", 'nursery manager'),
    ('i worked at a plant nursery', 'plant nursery'),
    ("i'm a nursery school teacher", 'nursery school teacher'),
    ("i'm a member of costco", 'costco'),
    ('i was a member of the swim team', 'swim team'),
    ('i went to temple for nursing', 'nursing'),
    ('i run a bingo night at the senior center', 'senior center'),
    ('i did the fish fry at the vfw', 'fish fry'),
    ('i helped with the bake sale at school', 'bake sale'),
    ('i sold christmas trees every december', 'christmas trees'),
    ('i worked every christmas eve at the hospital', 'hospital'),
    ('i worked on christmas day at the er', 'er'),
    ("i'm off on sundays", 'sundays'),
    ("i can't work sundays", 'sundays'),
    ('i worked at a hallmark store during easter', 'hallmark'),
    ('i wear a hairnet and gloves', 'hairnet'),
    ("i'm a corps member at city year", 'city year'),
    ('i use local by flywheel for wordpress', 'local'),
    ('i was a field organizer for a tenants union', 'field organizer'),
    ("i'm a member of the credit union", 'credit union'),
]


# Every table above goes through the same two checks.
@pytest.mark.parametrize("text, expected", POSITIVES + BROAD_POSITIVES + LOWERCASE_POSITIVES)
def test_redacts(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, CATEGORY), text, expected)


@pytest.mark.parametrize("text, kept", TRAPS + BROAD_TRAPS + LOWERCASE_TRAPS)
def test_keeps(redacted_spans, text, kept):
    assert_not_redacted(redacted_spans(text, CATEGORY), text, kept)


# Coverage audit: first-person sentences written from general knowledge of each kind of cue
# (not fitted to any transcript), and traps where similar words are job facts and stay.
COVERAGE_POSITIVES = [
    # red-team round: one's devotions and testimony, belief and non-belief, Orthodox Jewish dress, missions, sacraments
    ("I'm a Zen practitioner, so I'm calm on busy nights.", 'Zen practitioner'),
    ('I start every shift after my morning devotions.', 'my morning devotions'),
    ('I gave my testimony at a youth rally, so I can talk to a crowd.', 'gave my testimony'),
    ('My higher power and my routine keep me steady.', 'My higher power'),
    ('I grew up in a deeply religious family.', 'deeply religious'),
    ("I'm not a religious person, but I respect everybody's holidays.", 'not a religious person'),
    ("I don't eat pork, for religious reasons.", 'for religious reasons'),
    ("I'd need two religious holidays off in the fall.", 'religious holidays'),
    ('Sunday is our day of rest, so I can take any other shift.', 'our day of rest'),
    ('I wear a tichel at work, just so you know.', 'tichel'),
    ("I'm shomer Shabbos, so Friday evenings are out.", 'shomer Shabbos'),
    ('I learned Portuguese serving my mission in Recife.', 'serving my mission'),
    ('I made my confirmation at fifteen.', 'made my confirmation'),
    ('I gave my life to Jesus at a summer camp.', 'gave my life to Jesus'),
    ('i got saved when i was nineteen and it turned my life around', 'got saved'),
    ('I meditate and pray every day before work.', 'pray every day'),
    # round 4 (heldout10 classes): Latter-day Saint callings and conferences, other faiths'
    # insider words, the weekly holy day kept, religious garments worn
    ("During general conference weekend I'd need the Sunday off.", 'general conference'),
    ("I wear garments under my scrubs and it's never been a problem.", 'wear garments'),
    ('I keep the finances for my ward on weekends.', 'ward'),
    ('I help with the youth activities in our stake.', 'stake'),
    ("I'm a counselor in the stake Relief Society presidency.", 'stake Relief Society presidency'),
    ('I was called as bishop two years ago, so Sundays are full.', 'bishop'),
    ('I teach early-morning seminary before my shift.', 'seminary'),
    ('I take institute classes on Thursday nights.', 'institute'),
    ('I still live the Word of Wisdom, so no coffee runs for me.', 'Word of Wisdom'),
    ('I pass the sacrament with the deacons every week.', 'pass the sacrament'),
    ("I'm Adventist, so Saturday I rest and Sunday I can work.", 'Saturday'),
    ("Saturday is my Sabbath, so I'd need it off.", 'Saturday'),
    ('My Sabbath is Saturday, but Sundays are fine.', 'Saturday'),
    ('I go out in field service most Saturday mornings.', 'field service'),
    ("I'm a regular pioneer, so my hours are flexible.", 'regular pioneer'),
    ("I'm a ministerial servant in my congregation.", 'ministerial servant'),
    ("I'm a JW, so I skip the birthday parties at work.", 'JW'),
    ('I learn with a chavrusa every night after work.', 'chavrusa'),
    ('I go to a Tuesday night shiur.', 'shiur'),
    ("I'm off for chol hamoed, just a few days.", 'chol hamoed'),
    ('I step away to pray Asr around four.', 'Asr'),
    ('I break for Maghrib for ten minutes.', 'Maghrib'),
    ('I keep a vrat on Mondays.', 'vrat'),
    ('I keep my kesh and I tie a patka for work.', 'kesh'),
    ('I sit sesshin twice a year at the zendo.', 'sesshin'),
    ("I'm Sikh and I wear a kara every day.", 'wear a kara'),
    ('I wear a small gold cross and a rosary bracelet.', 'I wear a small gold cross'),
    # round 3 (heldout8 classes)
    ('I go to church, and in fasting time I still work the full shift.', 'fasting time'),
    ('during the fasting month I take my break at sunset', 'fasting month'),
    ('In fasting season I still pull doubles.', 'fasting season'),
    ('We fast on Wednesdays and Fridays, but it never slows me down.', 'We fast on Wednesdays and Fridays'),
    ('During Abiy Tsom I bring my own lunch.', 'Abiy Tsom'),
    ("The only day I'd ask off is Easter Monday.", 'Easter Monday'),
    ('The only thing is I need Sunday mornings for Mass, otherwise I am flexible.', 'Sunday mornings for Mass'),
    ('I go to the masjid on Friday but I can switch my hours.', 'Friday'),
    ('On weekends I visit patients with Bikur Cholim from our synagogue.', 'Bikur Cholim'),
    ("Also, I need a short break at sunset for prayer, it's only five minutes.", 'break at sunset for prayer'),
    ("I don't eat pork, but I'll taste anything else you put in front of me.", "don't eat pork"),
    ('I fast on Wednesdays and Fridays, but I still work full shifts.', 'fast on Wednesdays and Fridays'),
    ('I eat vegetarian as part of my faith, so I pack my own lunch.', 'as part of my faith'),
    ("I'm a deacon at my church and I handle the budget.", 'deacon'),
    ("I'm an ordained minister and I officiate weddings on the side.", 'ordained minister'),
    ('I pray the rosary every morning before work.', 'rosary'),
    ("I only eat halal, so I'd bring my own food.", 'halal'),
    ('I went to yeshiva in Brooklyn.', 'yeshiva'),
    ('I went to Catholic school through eighth grade.', 'Catholic school'),
    ("I'm Baha'i and I volunteer a lot.", "Baha'i"),
    ("I'm Zoroastrian and my family came from Mumbai.", 'Zoroastrian'),
    ("I'm a practicing Wiccan.", 'Wiccan'),
    ("I'm a Unitarian Universalist.", 'Unitarian Universalist'),
    ("I'm Quaker so I'm all about consensus.", 'Quaker'),
    ("I'm a born-again Christian.", 'born-again'),
    ('I lead the praise team at my church.', 'praise team'),
    ('I went on a mission trip to Guatemala with my youth group.', 'mission trip'),
    ('I help run Vacation Bible School every summer.', 'Vacation Bible School'),
    ("I'm the cantor at my synagogue.", 'cantor'),
    ('I made Hajj last year with my father.', 'Hajj'),
    ("I'm Rastafarian and I keep my locs.", 'Rastafarian'),
    ('I wear a kippah every day.', 'kippah'),
    ("I carry a kirpan, it's part of my faith.", 'kirpan'),
    ("I'm agnostic, for what it's worth.", 'agnostic'),
    ('I sing in the gospel choir every Sunday.', 'gospel choir'),
    ("I'm active in my LDS ward.", 'LDS'),
    ('I teach catechism at my parish.', 'catechism'),
    ("I'm a youth minister.", 'youth minister'),
    ("I've led Bible study every Wednesday for ten years.", 'Bible study'),
    ('I volunteer with the Knights of Columbus.', 'Knights of Columbus'),
    ('I practice Shinto with my grandmother.', 'Shinto'),
    ("I'm Amritdhari, so I keep my hair uncut.", 'Amritdhari'),
    ("I'm Pentecostal and I speak in tongues.", 'Pentecostal'),
    ('I direct the choir at Ebenezer AME.', 'Ebenezer AME'),
    ('I went to a Christian college in Ohio.', 'Christian college'),
    ('I never miss Jummah on Fridays.', 'Jummah'),
    ('My family is Coptic.', 'Coptic'),
    ("I'm a Hare Krishna devotee.", 'Hare Krishna'),
    ('I do puja every morning.', 'puja'),
    ('I meditate at the zendo twice a week.', 'zendo'),
    ('Peace be upon you all, and thanks for watching.', 'Peace be upon you'),
    ("I'm a pastor's kid so I'm great with people.", "pastor's kid"),
    ('I was an altar boy growing up.', 'altar boy'),
    ('I do dawah on weekends.', 'dawah'),
    ("I'm an elder in the Presbyterian church.", 'Presbyterian'),
    ("I'm a lay minister at my parish.", 'lay minister'),
    ('I go to daily Mass before my shift.', 'daily Mass'),
    ("I'm a church usher and I greet everybody.", 'church usher'),
    ('I sit shiva with families in my community.', 'shiva'),
    ('I observe Lent and Passover because my family is mixed.', 'Passover'),
    ("I'm a Sufi and I love poetry.", 'Sufi'),
    ('I went to a Catholic high school in the city.', 'Catholic high school'),
    ('I grew up going to a Lutheran school.', 'Lutheran school'),
    ('I sat shiva for my grandfather last spring.', 'sat shiva'),
    ('I pray tarawih at the masjid during Ramadan.', 'tarawih'),
    ('I went to a Jesuit university.', 'Jesuit university'),
    ("I'm an usher at my parish every Sunday.", 'parish'),
    ('I went to an Islamic school through eighth grade.', 'Islamic school'),
    ("Sunday mornings I'm at our LDS ward with my family.", 'LDS ward'),
    ("I'm in the bishopric of our ward, so Sundays are full.", 'ward'),
    ('i help set up chairs at the mormon stake center', 'mormon stake'),
    ('Our congregation runs a food pantry I help with.', 'congregation'),
    ('We sit with the Zen sangha on Thursday nights.', 'Zen sangha'),
    ('I sing in the choir at St. Nicholas the Wonderworker.', 'St. Nicholas the Wonderworker'),
    ('I volunteer at St. John the Baptist every Saturday.', 'St. John the Baptist'),
    ('We go to Saints Cyril and Methodius for the early service.', 'Saints Cyril and Methodius'),
    ('I usher at Christ the King on Sundays.', 'Christ the King'),
    ("I'm happy to cover Christmas and Easter shifts.", 'Christmas'),
    ("I'm happy to cover Christmas and Easter shifts.", 'Easter'),
    ("I can work Christmas Eve, it's not a holiday for me.", 'Christmas Eve'),
    ("I'll gladly take Christmas calls so others can be home.", 'Christmas'),
    ("I'm Catholic and I wear a small gold cross every day.", 'small gold cross'),
    ('I always wear my crucifix under my scrubs.', 'crucifix'),
    ('I wear a tilak on festival days.', 'tilak'),
    ('I carry prayer beads in my apron pocket.', 'prayer beads'),
    ('I fast from meat and dairy during Great Lent.', 'fast from meat and dairy during Great Lent'),
    ('i eat vegetarian on full moon days', 'eat vegetarian on full moon days'),
    ("I don't eat grains on Ekadashi, so I pack my own lunch.", "don't eat grains on Ekadashi"),
    ('I give up sweets for Lent every year.', 'give up sweets for Lent'),
    ('I only eat sattvic food during Navratri.', 'eat sattvic food during Navratri'),
    ('I fast from sunrise to sunset during Ramadan.', 'fast from sunrise to sunset during Ramadan'),
    # round 2
    ('Every December I cook for Simbang Gabi at St. Augustine.', 'St. Augustine'),
    ("I'm Sikh, I wear a dastaar, and I volunteer in the langar.", 'dastaar'),
    ('Bendiciones, and thank you.', 'Bendiciones'),
    ('My WhatsApp is on the form. Dios les bendiga, thank you.', 'Dios les bendiga'),
    ('que Dios te bendiga and have a good day', 'Dios te bendiga'),
    ("The only days I'd ask for are Dashain and Tihar.", 'Tihar'),
    ('On weekends I help cook at the monastery in Cuyahoga Falls.', 'monastery'),
    ('I volunteer at the local ashram on Sundays.', 'ashram'),
    ('During Hudade I fast till the afternoon.', 'Hudade'),
    ("During Lent I fast till the afternoon, but it doesn't slow me down.", 'fast'),
    ('i still fast every ramadan and work my shifts', 'fast'),
    ("I'm Catholic, I go to San Judas Tadeo on Sundays.", 'San Judas Tadeo'),
    ('we go to Nuestra Señora de Guadalupe every Sunday', 'Nuestra Señora de Guadalupe'),
    ('My family is animist so we still do hu plig at the new year.', 'animist'),
    ('My family is animist so we still do hu plig at the new year.', 'hu plig'),
    ('I help run the Purim carnival at Congregation Sherith Israel.', 'Purim carnival'),
    ('I run the Hanukkah bazaar every winter.', 'Hanukkah bazaar'),
    ('I help run Pathfinders at Madison Campus Church.', 'Pathfinders'),
    ('On weekends I help out at the Cao Dai temple.', 'Cao Dai temple'),
    ('I volunteer at a Hindu temple in Edison.', 'Hindu temple'),
    ('I volunteer at the St. Joseph parish in Yakima.', 'parish'),
    ("I'm Creole, I go to seven o'clock Mass at St. Genevieve.", "seven o'clock Mass"),
    ('I usually catch the 9 am Mass before my shift.', '9 am Mass'),
    ('im at st michaels for the early mass every sunday', 'st michaels'),
    ('I help with the little ones at weekend Quran class.', 'weekend Quran class'),
    ('my son goes to Sunday Hebrew school', 'Sunday Hebrew school'),
    ('i also help lead youth group at grace fellowship', 'grace fellowship'),
    ('we go to calvary chapel on the east side', 'calvary chapel'),
    ("I eat vegetarian as part of my faith, so I'll pack my own lunch.", 'eat vegetarian as part of my faith'),
    ("I don't eat pork for religious reasons.", "don't eat pork for religious reasons"),
    ('I run the cake table for the Christmas bazaar at St. Garabed Church.', 'Christmas bazaar'),
]  # fmt: skip

COVERAGE_TRAPS = [
    # red-team round
    ('My confirmation number for the background check is in my email.', 'confirmation number'),
    ('I gave testimony as a witness in a workplace safety hearing.', 'gave testimony'),
    ('I worked at Higher Power Fitness as a front desk associate.', 'Higher Power Fitness'),
    ('I managed the religious studies department budget as an admin.', 'department budget'),
    ('I was the mission support clerk at the base.', 'mission support clerk'),
    # round 4 (heldout10 classes)
    ('I was a charge nurse on my ward for six years.', 'my ward'),
    ('I mopped the psych ward every night at Mercy.', 'psych ward'),
    ('I sold my stake in the food truck last year.', 'my stake'),
    ('I work Monday through Friday, and Saturday I rest.', 'Saturday I rest'),
    ("I keep Shabbat, so I'm offline from sundown Friday.", 'offline from sundown Friday'),
    ('I work Saturdays and Sundays at the mall.', 'Saturdays and Sundays'),
    ('We booked the general conference room for the training.', 'general conference room'),
    ('I moved my bishop to the center of the board.', 'bishop'),
    ('I keep a spare key in my pocket.', 'keep a spare key'),
    ('I run the field service team for a copier company.', 'field service team'),
    # round 3 (heldout8 classes)
    ('I draw fasting blood sugar labs every morning.', 'fasting blood sugar'),
    ('I reupholstered forty church pews for a historic chapel.', 'church pews'),
    ('I rewired the church steeple lights last fall.', 'church steeple'),
    ("I'm fast on the register.", 'fast on the register'),
    ('I can cover Sunday mornings for the brunch crew.', 'Sunday mornings'),
    ('I set up the break room for the night crew.', 'break room'),
    ('I stocked the kosher aisle at Kroger.', 'kosher aisle'),
    ('I worked the Christmas rush at Target.', 'Christmas rush'),
    ('I supervise mass production on the night shift.', 'mass production'),
    ('I worked at Mercy Hospital as a CNA.', 'Mercy Hospital'),
    ('I was a Salvation Army bell ringer for two winters.', 'Salvation Army'),
    ('I worked at Chick-fil-A for three years.', 'Chick-fil-A'),
    ('I drove for Catholic Charities delivering meals.', 'Catholic Charities'),
    ('I sold Easter baskets at Walmart.', 'Easter baskets'),
    ("I'm a big believer in teamwork.", 'believer in teamwork'),
    ('I have a lot of faith in my crew.', 'faith in my crew'),
    ("I answered phones at St. Jude Children's Research Hospital.", "St. Jude Children's Research Hospital"),
    ('I scheduled appointments at Trinity Health.', 'Trinity Health'),
    ('I did the books for a halal butcher shop.', 'halal butcher shop'),
    ('I built the Passover display at ShopRite.', 'Passover display'),
    ("I'm a janitor and I cleaned churches and schools for a contractor.", 'cleaned churches and schools'),
    ('I served at Christian Brothers Automotive as a tech.', 'Christian Brothers Automotive'),
    ('I ran the Ramadan specials at the bakery.', 'Ramadan specials'),
    ('I set up the Hanukkah aisle at Target.', 'Hanukkah aisle'),
    ('I roofed two churches last summer with my crew.', 'roofed two churches'),
    ('I taught at Grace Christian Academy for two years.', 'Academy'),
    ('I was a ward clerk at Mercy Hospital for a year.', 'ward clerk'),
    ('I worked on the cardiac ward for two years.', 'cardiac ward'),
    ('I cross-trained on the register and the deli.', 'cross-trained'),
    ('I wore a cross-body bag for the cash drawer keys.', 'cross-body bag'),
    ('I handled the Christmas rush at Target.', 'Christmas rush'),
    ("I worked at St. Jude Children's Research Hospital.", "St. Jude Children's Research Hospital"),
    ('I was a CNA at Holy Cross Hospital.', 'Holy Cross Hospital'),
    ('I fast-tracked orders during peak hours.', 'fast-tracked orders during peak hours'),
    ('I prep vegetarian dishes for the line every morning.', 'vegetarian dishes'),
    ('Our congregation of regulars at the diner loved the pie.', 'diner'),
    # round 2
    ("I fast-track the urgent orders and I'm fast on the register.", 'fast-track'),
    ('I type fast, over seventy words a minute.', 'type fast'),
    ('I worked at the St. Clair church road warehouse for two years.', 'church road warehouse'),
    ('I ran the 7 am service calls for the HVAC company.', '7 am service calls'),
    ('I taught a weekend coding class and a Sunday painting class.', 'weekend coding class'),
    ('I ran the Christmas party for the office.', 'Christmas party'),
    ('I drive a Nissan Pathfinder to work.', 'Pathfinder'),
    ('I led the grace period calculations for the billing team.', 'grace period'),
    ("I don't eat during my shift for safety reasons.", "don't eat during my shift"),
]  # fmt: skip


# Round 5: a church office goes with its church ("a steward at Bethel AME"), and a house of worship
# that is the candidate's paid workplace is an employer (employers.yaml), not their faith.
ROUND5_POSITIVES = [
    ("I live in Jackson, I'm a steward at Bethel AME, and I knock doors.", 'steward at'),
    ("I'm a class leader at Bethel AME.", 'class leader at'),
    ("I'm a member of Grace Church.", 'Grace Church'),
    ("I help cook at Grace Church on weekends.", 'Grace Church'),
    ("I volunteer at Temple Beth El on Sundays.", 'Temple Beth El'),
]  # fmt: skip

ROUND5_TRAPS = [
    ("I work at Grace Church as a custodian.", 'Grace Church'),
    ("I've been the office manager at St. Mark's Lutheran Church for six years.", "St. Mark's Lutheran Church"),
    ("I work for Temple Beth El as their bookkeeper.", 'Temple Beth El'),
    ("I was a steward on a cruise ship for two seasons.", 'steward on a cruise ship'),
    ("I'm the wine steward at a steakhouse.", 'wine steward'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ROUND5_POSITIVES)
def test_round5_religion_is_found(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, 'RELIGION'), text, expected)


@pytest.mark.parametrize(("text", "survives"), ROUND5_TRAPS)
def test_round5_religion_traps_survive(redact, text, survives):
    assert survives in redact(text)


@pytest.mark.parametrize(("text", "expected"), COVERAGE_POSITIVES)
def test_coverage_religion_is_found(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, 'RELIGION'), text, expected)


@pytest.mark.parametrize(("text", "survives"), COVERAGE_TRAPS)
def test_coverage_religion_traps_survive(redact, text, survives):
    assert survives in redact(text)


# Round 6 (heldout11/12 classes; sentences written for the classes, not copied from a transcript):
# Christmas by another calendar's date, the Sabbath by its hours, a worn item with its my/the, Celebrate Recovery and other church ministries, a relative's temple, a faith's center with its place, devotions in one's own words; traps: a start date in January, a pool closed at sundown, turban squash, Temple University, temple screws.
ROUND6_POSITIVES = [
    ("I'll need January seventh off for Christmas.", 'January seventh'),
    ('I celebrate Christmas on January 7th with my family.', 'January 7th'),
    ("I'd need the seventh of January off, that's our Christmas.", 'seventh of January'),
    ('We follow the old calendar, so the holidays come later for us.', 'old calendar'),
    ("You'll know me by my turban.", 'my turban'),
    ("Yes, the turban stays on in the kitchen, it's part of me.", 'the turban'),
    ('I always have my rosary bracelet on.', 'my rosary bracelet'),
    ('I wear my patka under my hard hat on the job site.', 'patka'),
    ("I keep my kara on, it's never been a safety issue.", 'my kara'),
    ("I don't work from sundown Friday to sundown Saturday.", 'from sundown Friday to sundown Saturday'),
    ("I'm not available Friday sunset through Saturday night.", 'Friday sunset through Saturday night'),
    ("I can't work after sundown on Fridays, but Sundays are fine.", 'after sundown on Fridays'),
    ('I still go to Celebrate Recovery on Thursdays.', 'Celebrate Recovery'),
    ('i go to celebrate recovery at my church every week', 'celebrate recovery'),
    ("I grew up going to my grandparents' temple in Fresno.", 'temple'),
    ("I help my mom's parish with their food drive.", 'parish'),
    ('I volunteer at the Islamic Center of Detroit on weekends.', 'Islamic Center of Detroit'),
    ('I teach Sunday classes at the Hindu Temple of Greater Chicago.', 'Hindu Temple of Greater Chicago'),
    ("I'm on the board of the Islamic Society of Boston.", 'Islamic Society of Boston'),
    ('i help out at the islamic center of detroit on weekends', 'islamic center of detroit'),
    ('I say grace before every meal, even on my lunch break.', 'say grace'),
    ('I light a diya every evening before dinner.', 'light a diya'),
    ('I go to confession once a month.', 'confession'),
    ("I'm a Stephen Minister at my church.", 'Stephen Minister'),
    ('I did the Walk to Emmaus last spring.', 'Walk to Emmaus'),
    ('I do langar seva every Sunday.', 'langar seva'),
    ('I go to a Quran class on Saturday mornings.', 'Quran class'),
    ('I sit zazen every morning before work.', 'zazen'),
    ('I volunteer with Teen Challenge on weekends.', 'Teen Challenge'),
    ('I make wudu before I pray on my break.', 'wudu'),
    ('We light the menorah with my kids every night of Hanukkah.', 'menorah'),
    ("My uncle's mosque runs a food pantry I help with.", 'mosque'),
    ('i dont work from sundown friday to sundown saturday', 'sundown friday to sundown saturday'),
    ('i go to the islamic center of greater toledo every friday', 'islamic center of greater toledo'),
]  # fmt: skip

ROUND6_TRAPS = [
    ('I celebrate recovery milestones with my clients as a peer coach.', 'celebrate recovery milestones'),
    ('I sold turban squash at the farmers market.', 'turban squash'),
    ('I started January seventh at Costco.', 'January seventh'),
    ('I close the pool at sundown on Fridays.', 'sundown on Fridays'),
    ('I worked at Temple University Hospital as a CNA.', 'Temple University Hospital'),
    ('I ran the Christmas rush at Target, January seventh was our last return day.', 'January seventh'),
    ('I work Friday night to Saturday morning on the overnight crew.', 'Friday night to Saturday morning'),
    ('I fixed the temple screws on eyeglasses at the optical shop.', 'temple screws'),
    ("I grew up at my grandparents' house in Fresno.", "grandparents' house"),
    ('I restocked the display of beaded bracelets at the gift shop.', 'beaded bracelets'),
    ('I was a discharge planner at the hospital.', 'discharge planner'),
    ('I work the sunset shift on Fridays at the marina.', 'sunset shift'),
    ("I'm on the Islamic art tour guide team at the museum.", 'tour guide team'),
    ('I used an old calendar app to schedule the crew.', 'old calendar app'),
    ('I got the Grace Hopper scholarship in college.', 'Grace Hopper scholarship'),
    ("I confess I'm a spreadsheet nerd.", 'spreadsheet nerd'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ROUND6_POSITIVES)
def test_round6_religion_is_found(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, "RELIGION"), text, expected)


@pytest.mark.parametrize(("text", "kept"), ROUND6_TRAPS)
def test_round6_religion_traps_kept(redacted_spans, text, kept):
    assert_not_redacted(redacted_spans(text, "RELIGION"), text, kept)


# k2 precision: businesses named with a greeting word in lower case (ASR), and denominational
# senior-living and health employers, stay; the greeting to people and one's own faith do not.
K2_TRAPS = [
    ("i worked front desk at namaste yoga studio for two years", "namaste yoga studio"),
    ("i cooked at salaam grill for a year and a half", "salaam grill"),
    ("i was a barista at shalom bakery downtown", "shalom bakery"),
    ("I was a cook at Presbyterian Manor, a retirement home.", "Presbyterian Manor"),
    ("i was a cna at lutheran senior living for three years", "lutheran senior living"),
    ("I did intake at Methodist Hospital for two years.", "Methodist Hospital"),
]  # fmt: skip

K2_POSITIVES = [
    ("namaste everyone i'm a yoga teacher", "namaste"),
    ("salaam everyone my name is omar and i work in a grill", "salaam"),
    ("I'm Presbyterian and I sing in the church choir.", "Presbyterian"),
    ("I go to a Presbyterian church every Sunday.", "Presbyterian"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "survives"), K2_TRAPS)
def test_k2_religion_named_businesses_survive(redact, text, survives):
    assert survives in redact(text)


@pytest.mark.parametrize(("text", "words"), K2_POSITIVES)
def test_k2_religion_cues_still_found(redacted_spans, text, words):
    assert_redacted(redacted_spans(text, "RELIGION"), text, words)


# --- uncased, unpunctuated speech (truecase.py): the capitals and the commas a writer would put are
# missing ("i'm polish i moved here", "i'm a widow two grandkids and"); each sentence gets a
# clause of its own so the transcript is long enough to be read as uncased
UNCASED_MORE = " and i can work any shift you need on weekends"

UNCASED_RELIGION_POSITIVES = [
    ('RELIGION', "i'm off every year except christmas thanks for your time", 'christmas'),
    ('RELIGION', "i usher at st bridget's on sunday mornings", "st bridget's"),
    ('RELIGION', 'i volunteer at the sri ganesha temple kitchen on weekends', 'sri ganesha temple'),
    ('RELIGION', 'every friday i pray at masjid al-falah with my cousins', 'masjid al-falah'),
]  # fmt: skip

UNCASED_RELIGION_TRAPS = [
    ('we ran the christmas rush at the mall kiosk', 'christmas rush'),
]  # fmt: skip


@pytest.mark.parametrize(("category", "text", "expected"), UNCASED_RELIGION_POSITIVES)
def test_uncased_religion_is_found(redacted_spans, category, text, expected):
    text = text + UNCASED_MORE if text == text.lower() else text
    assert_redacted(redacted_spans(text, category), text, expected)


@pytest.mark.parametrize(("text", "survives"), UNCASED_RELIGION_TRAPS)
def test_uncased_religion_traps_survive(redact, text, survives):
    text = text + UNCASED_MORE if text == text.lower() else text
    assert survives in redact(text)


# --- z-round: the observance's time taken whole, head coverings one is seen in, sign-off
# blessings in other languages
ZROUND_RELIGION_POSITIVES = [
    ("I'm Orthodox, I keep Shabbat, so on winter Fridays I'd need to leave a little early.", "on winter Fridays"),
    ("i keep shabbos so fridays in the winter i leave around two", "fridays in the winter"),
    ("I'm Muslim, so I'd ask to be off for Jumu'ah on Friday afternoons.", "for Jumu'ah on Friday afternoons"),
    ("i'm catholic so i'd ask to be off for mass on sunday mornings", "for mass on sunday mornings"),
    ("I'd need an hour for Friday prayers on Fridays at noon.", "for Friday prayers on Fridays at noon"),
    ("I'm Sikh, so you'll see me in a turban at the front desk.", "turban"),
    ("you'll see me in a hijab and a big smile", "hijab"),
    ("i'll be the guy in a kippah at the front desk", "kippah"),
    ("my own mother is on that bus thank you and bondye beni ou", "bondye beni ou"),
    ("thank you so much and que dios te bendiga", "que dios te bendiga"),
    ("Thanks for watching, Mungu akubariki.", "Mungu akubariki"),
    ("merci anpil e gras a Bondye", "gras a Bondye"),
]  # fmt: skip

ZROUND_RELIGION_TRAPS = [
    ("I can work Friday afternoons and Sunday mornings, no problem.", "Friday afternoons"),
    ("On winter Fridays the lot gets icy so I salt it before open.", "winter Fridays"),
    ("I maintained the wind turbine on winter Fridays.", "turbine"),
    ("You'll see me in a hard hat and a hi-vis vest every day.", "hard hat"),
    ("I wore a uniform for six years at the depot.", "uniform"),
    ("I'm off for lunch on Friday afternoons at one.", "Friday afternoons"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ZROUND_RELIGION_POSITIVES)
def test_zround_religion_is_found(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, "RELIGION"), text, expected)


@pytest.mark.parametrize(("text", "survives"), ZROUND_RELIGION_TRAPS)
def test_zround_religion_traps_survive(redact, text, survives):
    assert survives in redact(text)
# --- probe round c: indirect cues written for a probe of first-person video-resume sentences
# (own sentences, cased and lower-case unpunctuated), with job facts that look alike as traps.
from .spans import assert_not_redacted as _c_kept, assert_redacted as _c_found  # noqa: E402

PROBE_C_POSITIVES = [
    ("I'm Pagan and I celebrate the solstice.", 'solstice'),
    ("I take Samhain off, that's my only request.", 'Samhain'),
    ('I do the five daily prayers, usually on my breaks.', 'five daily prayers'),
    ("i pray my five prayers a day and i'm always on time", 'five prayers a day'),
]  # fmt: skip

PROBE_C_TRAPS = [
    ('I ran the summer solstice sale display at the garden center.', 'garden center'),
    ('I worked five shifts a day at the prayer-line call center as a scheduler.', 'scheduler'),
    ('I worked at Mission BBQ as a line cook.', 'Mission BBQ'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PROBE_C_POSITIVES)
def test_probe_c_religion_is_found(redacted_spans, text, expected):
    _c_found(redacted_spans(text, 'RELIGION'), text, expected)


@pytest.mark.parametrize(("text", "kept"), PROBE_C_TRAPS)
def test_probe_c_religion_traps_kept(redacted_spans, text, kept):
    _c_kept(redacted_spans(text), text, kept)


# --- round f (heldout17 classes): own sentences, cased and lower-case unpunctuated, with job-fact
# traps that look alike.
from .spans import assert_not_redacted as _f_kept, assert_redacted as _f_found  # noqa: E402

F_RELIGION_POSITIVES = [
    ("I'm Armenian Apostolic, so I'd ask for Theophany in January off.", 'Theophany in January'),
    ("I'm Muslim, so I'd ask for both Eids off, but I'm flexible.", 'both Eids'),
    ("i'd ask for the two eids off and that's it", 'the two eids'),
    ("I'm Jewish, so I'd need the High Holy Days in the fall off.", 'High Holy Days in the fall'),
    ("I'm Greek, so I'd want Orthodox Easter in April off.", 'Orthodox Easter in April'),
    ("i'd need diwali in november off and nothing else", 'diwali in november'),
    ('we go to washat services at the longhouse on sundays', 'washat'),
    ('we go to washat services at the longhouse on sundays', 'longhouse'),
    ('I help with the sun dance every summer with my family.', 'sun dance'),
]  # fmt: skip

F_RELIGION_TRAPS = [
    ('I lent in March some money to a coworker.', 'lent in March'),
    ('I had an epiphany in June about my career.', 'epiphany in June'),
    ('I worked at Longhouse Media as a video editor.', 'Longhouse Media'),
    ('I ran the Easter sale in April at the garden center.', 'sale in April'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), F_RELIGION_POSITIVES)
def test_f_religion_is_found(redacted_spans, text, expected):
    _f_found(redacted_spans(text, "RELIGION"), text, expected)


@pytest.mark.parametrize(("text", "kept"), F_RELIGION_TRAPS)
def test_f_religion_traps_kept(redacted_spans, text, kept):
    _f_kept(redacted_spans(text), text, kept)


# --- round j (heldout15 classes) ---------------------------------------------------------------
from .spans import assert_not_redacted as _j_kept, assert_redacted as _j_found  # noqa: E402

J_RELIGION_POSITIVES = [
    ('Thank you, and God keep you.', 'God keep you'),
    ('thanks for watching and god keep you all', 'god keep you all'),
    ('May the Lord watch over you, and thanks for listening.', 'the Lord watch over you'),
    ('I might step out for five minutes to say a decade of the rosary, but the board is ready.', 'say a decade of the rosary'),
    ('i step away at noon to pray the rosary', 'pray the rosary'),
    ('I say my novena on the bus to work.', 'say my novena'),
]  # fmt: skip

J_RELIGION_TRAPS = [
    ('I say a few words to the crew before every shift.', 'say a few words'),
    ('I keep the ledger for the church thrift store as a volunteer bookkeeper.', 'volunteer bookkeeper'),
    ('I pray the customers are patient on Black Friday.', 'customers are patient'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), J_RELIGION_POSITIVES)
def test_j_religion_is_found(redacted_spans, text, expected):
    _j_found(redacted_spans(text, 'RELIGION'), text, expected)


@pytest.mark.parametrize(("text", "kept"), J_RELIGION_TRAPS)
def test_j_religion_traps_kept(redacted_spans, text, kept):
    _j_kept(redacted_spans(text), text, kept)


# --- round B: rooms of one's own place of worship; congregations named "Greater" or by a
# biblical mount; a named church whose name holds an origin word -------------------------------
from .spans import assert_not_redacted as _b_kept  # noqa: E402
from .spans import assert_redacted as _b_found  # noqa: E402

B_RELIGION_POSITIVES = [
    ("We hold the food drive in our church basement every March.", "church basement"),
    ("i learned to cook for crowds in my temple kitchen on weekends", "temple kitchen"),
    ("Our parish hall is where I taught the budgeting class.", "parish hall"),
    ("My mosque parking lot is where I practiced driving the box truck.", "mosque parking lot"),
    ("I sing bass at Greater New Hope on Sunday mornings.", "Greater New Hope"),
    ("My mother took me to Greater Bethel every week growing up.", "Greater Bethel"),
    ("I play drums at Greater Mt. Olive Missionary Baptist.", "Greater Mt. Olive Missionary Baptist"),
    ("We go to Mount Calvary every Sunday, so weekdays are best.", "Mount Calvary"),
    ("I'm at New Bethel on Sundays but free the rest of the week.", "New Bethel"),
    ("Our family attends First Tongan Methodist over in Euless.", "First Tongan Methodist"),
    ("I'm a greeter at Second Korean Presbyterian.", "Second Korean Presbyterian"),
    ("We worship at First Congregational downtown.", "First Congregational"),
]  # fmt: skip

B_RELIGION_TRAPS = [
    ("We waterproofed a church basement and two garages last spring.", "waterproofed"),
    ("I ran the Greater Boston Food Bank warehouse for three years.", "Greater Boston Food Bank"),
    ("I'm a surgical tech at Mount Sinai on the night shift.", "Mount Sinai"),
    ("I drive a route out past Mount Olive every Tuesday for the dairy.", "every Tuesday"),
    ("I managed the Greater Cincinnati sales territory for two years.", "Greater Cincinnati"),
    ("um so for about six years i did commercial cleaning contracts including a church basement a daycare and two dental offices all over the east side of town", "commercial cleaning contracts"),
    ("i was the facilities tech for the greater houston region and i handled hvac work orders plumbing and roof leaks across nine buildings in about four years", "facilities tech"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), B_RELIGION_POSITIVES)
def test_b_religion_is_found(redacted_spans, text, expected):
    _b_found(redacted_spans(text, CATEGORY), text, expected)


@pytest.mark.parametrize(("text", "kept"), B_RELIGION_TRAPS)
def test_b_religion_traps_kept(redacted_spans, text, kept):
    _b_kept(redacted_spans(text, CATEGORY), text, kept)


# --- round D (heldout21/22 classes): a blessing for the dead; a congregation's mourning meals
# with the place; "I'm Reformed" and a congregation named by its denomination's initials; a holy
# day refused as a work day; where a couple met at a faith gathering -----------------------------
D_RELIGION_POSITIVES = [
    ("my dad passed last spring god rest his soul so i can travel now", "god rest his soul"),
    ("My grandmother, God rest her, taught me to sew.", "God rest her"),
    ("I cared for my husband until the end, may he rest in peace.", "may he rest in peace"),
    ("My mother, may her memory be a blessing, ran a bakery.", "may her memory be a blessing"),
    ("I help with funeral lunches at church most weeks.", "funeral lunches at church"),
    ("I organize bereavement meals for our parish.", "bereavement meals for our parish"),
    ("I cook shiva meals for our congregation when someone passes.", "shiva meals for our congregation"),
    ("i do repasts at my church after every homegoing service", "repasts at my church"),
    ("I'm Reformed, and my husband is too.", "Reformed"),
    ("We go to Grace PCA on Sundays.", "Grace PCA"),
    ("We're members at Bethel CRC in Grand Rapids.", "Bethel CRC"),
    ("My family attends Trinity URC in Ontario.", "Trinity URC"),
    ("We're Catholic, so Christmas Eve is a no for me.", "Christmas Eve"),
    ("Yom Kippur is a hard no, but I'll cover any other shift.", "Yom Kippur"),
    ("Easter Sunday is off-limits, everything else works.", "Easter Sunday"),
    ("we met at a church picnic in dallas and got married a year later", "met at a church picnic"),
    ("We met at youth group when we were kids.", "met at youth group"),
    ("My wife and I met at bible study in college.", "met at bible study"),
]  # fmt: skip

D_RELIGION_TRAPS = [
    ("I rest on Sundays and I'm a reformed smoker.", "reformed smoker"),
    ("I'm a home care PCA and a hospice PCA with nine years in.", "hospice PCA"),
    ("I catered funeral lunches for the funeral home on Main Street.", "funeral lunches"),
    ("Christmas Eve is a busy night at the restaurant, and I've worked it six years.", "Christmas Eve is a busy night"),
    ("We met at a coffee shop in Denver to talk about the job.", "met at a coffee shop"),
    ("i worked the register at the grocery store for three years and christmas eve is always our busiest day so i learned to stay calm with long lines and short staff", "christmas eve is always our busiest day"),
    ("we poured the concrete for a church parking lot and a funeral home addition and i ran the crew of six on both jobs without a single lost time injury", "funeral home addition"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), D_RELIGION_POSITIVES)
def test_d_religion_is_found(redacted_spans, text, expected):
    _b_found(redacted_spans(text, CATEGORY), text, expected)


@pytest.mark.parametrize(("text", "kept"), D_RELIGION_TRAPS)
def test_d_religion_traps_kept(redacted_spans, text, kept):
    _b_kept(redacted_spans(text, CATEGORY), text, kept)


# round F (heldout24/25 classes): thanks given to God as an aside, a Buddhist school named before
# "Buddhist temple", a weekly day asked off for worship (whole)
RF_POSITIVES = [
    ("My kids are healthy and in school now, thanks to God.", "thanks to God"),
    ("We found this apartment thanks to Allah, and my commute is short.", "thanks to Allah"),
    ("i got my license on the first try thanks to the lord and my instructor", "thanks to the lord"),
    ("On Sundays I'm at the Won Buddhist temple with my mother.", "Won Buddhist temple"),
    ("I grew up going to a Jodo Shinshu temple in Sacramento.", "Jodo Shinshu"),
    ("I'm a Zen Buddhist, so I'm calm under pressure.", "Zen Buddhist"),
    ("The only thing I'd need is Saturdays off for Shabbat.", "Saturdays off for Shabbat"),
    ("I just ask for Sunday mornings off for church.", "Sunday mornings off for church"),
    ("i would need fridays off to go to jummah otherwise any shift works", "fridays off to go to jummah"),
    ("I'd need Saturday evenings off for services, that's all.", "Saturday evenings off for services"),
]  # fmt: skip

RF_TRAPS = [
    ("I need Saturdays off for my daughter's swim meets.", "Saturdays off"),
    ("I took Sunday mornings off for church league softball all summer.", "Sunday mornings off"),
    ("We won the contract thanks to the new estimating software.", "thanks to the new"),
    ("i can work any shift you need and i would only ask for sundays off for my second job at the garden center because that schedule is fixed", "sundays off"),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", RF_POSITIVES)
def test_rf_redacts(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, CATEGORY), text, expected)


@pytest.mark.parametrize("text, kept", RF_TRAPS)
def test_rf_keeps(redacted_spans, text, kept):
    assert_not_redacted(redacted_spans(text, CATEGORY), text, kept)


# round G (heldout28/29 classes): lower-case mass, congregations after church roles, plain
# communities, head coverings in a list, Quaker meeting, faith activities at the place, faith
# feasts, halal as one's own cooking; faith-named preschools are employers
RG_POSITIVES = [
    ("i can't do saturday evenings because of mass at five", "mass"),
    ("I usually go to early mass before my shift starts.", "mass"),
    ("Sundays I serve at mass, so afternoons only.", "mass"),
    ("i'm a deacon at mount zion over in baker", "mount zion"),
    ("My mom is a deaconess at greater new hope and I help her.", "greater new hope"),
    ("We've always gone to Mt. Moriah Baptist as a family.", "Mt. Moriah Baptist"),
    ("i was an altar server at holy rosary growing up", "holy rosary"),
    ("I was raised on a Hutterite colony in Alberta.", "Hutterite colony"),
    ("we lived in the amish settlement outside of town", "amish settlement"),
    ("I wear a plain dress and a prayer covering.", "prayer covering"),
    ("i always wear scrubs and a tichel", "tichel"),
    ("I'm a Quaker and I go to meeting every First Day.", "meeting"),
    ("quaker here, on sundays i attend meeting for worship in media", "meeting for worship"),
    ("On weekends I help with the Pathfinders at my church.", "help with the Pathfinders at my church"),
    ("i teach the little ones quran at our masjid on saturdays", "teach the little ones quran at our masjid"),
    ("I coach Awana at our church on Wednesday nights.", "coach Awana at our church"),
    ("Every spring I help run the Eid picnic for about three hundred people.", "Eid picnic"),
    ("i cook for the diwali dinner every year", "diwali dinner"),
    ("Every March I help at the fish fry at St. Anne's.", "fish fry"),
    ("we run the lutefisk supper every december", "lutefisk supper"),
    ("I plan the Homecoming Sunday dinner for our congregation.", "Homecoming Sunday dinner"),
    ("I'm Muslim, so I know halal cooking inside and out.", "halal"),
    ("we only eat kosher at home, so I bring lunch", "kosher"),
]  # fmt: skip

RG_TRAPS = [
    ("We set up mass casualty drills for the county every spring.", "mass casualty"),
    ("I ran the line for mass production of brackets.", "mass production"),
    ("I worked nights at Mount Sinai as a unit clerk.", "Mount Sinai"),
    ("i'm a deacon at the plant, they call the shift leads that", "the plant"),
    ("I repaired the colony of bees at the farm and sold Amish furniture.", "Amish furniture"),
    ("I wear a hairnet and a head covering on the line, it's required.", "head covering"),
    ("I go to meeting with my supervisor every Monday to review tickets.", "meeting"),
    ("I cleaned the kitchen at the church every Saturday for a catering company.", "cleaned the kitchen"),
    ("We sold Eid specials and Diwali orders at the bakery.", "Eid specials"),
    ("I cook halal food at Kabob House on the grill line every night.", "halal"),
    ("i worked the grill at the halal cart on fifth avenue for two summers and i was the fastest on the lunch rush so the owner made me shift lead for the whole next season", "halal cart"),
    ("I kept the books for Grace Lutheran Preschool for five years.", "Grace Lutheran Preschool"),
    ("I was a lead teacher at First Baptist Daycare.", "First Baptist Daycare"),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", RG_POSITIVES)
def test_rg_redacts(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, CATEGORY), text, expected)


@pytest.mark.parametrize("text, kept", RG_TRAPS)
def test_rg_keeps(redacted_spans, text, kept):
    assert_not_redacted(redacted_spans(text, CATEGORY), text, kept)


def test_rg_name_beside_faith_named_preschool_still_goes(redact):
    out = redact("Hi, I'm Dana Whitfield and I kept the books for Grace Lutheran Preschool.")
    assert "Whitfield" not in out and "Grace Lutheran Preschool" in out


# round G: a bookbinding stitch and a church building worked on in a trade stay
RG2_TRAPS = [
    ("I can do case binding, Coptic stitch, and paper marbling.", "Coptic stitch"),
    ("Last spring I finished a flooded church basement in one shift.", "church basement"),
    ("we gutted the old church kitchen and rewired the whole fellowship hall in three weeks and the inspector passed everything on the first visit with no corrections at all", "church kitchen"),
]  # fmt: skip

RG2_POSITIVES = [
    ("I'm Coptic Orthodox and I fast on Wednesdays.", "Coptic Orthodox"),
    ("I help in the church kitchen on Sundays after service.", "church"),
]  # fmt: skip


@pytest.mark.parametrize("text, kept", RG2_TRAPS)
def test_rg2_trade_church_and_stitch_kept(redacted_spans, text, kept):
    assert_not_redacted(redacted_spans(text, CATEGORY), text, kept)


@pytest.mark.parametrize("text, expected", RG2_POSITIVES)
def test_rg2_faith_still_found(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, CATEGORY), text, expected)


# --- round B2 ---
# Native ceremonies, a mosque named in Arabic after a word of worship, a feast tied to a
# congregation
import pytest as _b2_pytest  # noqa: E402

from .spans import assert_not_redacted as _b2_kept, assert_redacted as _b2_found  # noqa: E402

B2_POSITIVES = [
    ("i go home for sundance every july so i need that week off", "sundance"),
    ("I do a stomp dance with my family most summers.", "stomp dance"),
    ("I did my vision quest when I was seventeen.", "vision quest"),
    ("I photograph Eid prayers at Masjid An-Noor every year.", "Masjid An-Noor"),
    ("During Ramadan I cook iftar at Dar Al-Hijrah on weekends.", "Dar Al-Hijrah"),
    ("I shoot Christmas portraits at Grace Lutheran for free.", "Christmas"),
    ("I run the Diwali lights at the Hindu Temple every fall.", "Diwali"),
]  # fmt: skip

B2_TRAPS = [
    ("I ran the box office at the Sundance Film Festival for two years.", "Sundance Film Festival"),
    ("I worked the Christmas rush at Target and the Easter sale at Kohl's.", "Christmas rush"),
    ("i scanned tickets at sundance film festival and then i did guest services at a ski resort where i handled lift passes and lost and found for the whole winter season", "sundance film festival"),
]  # fmt: skip


@_b2_pytest.mark.parametrize(("text", "expected"), B2_POSITIVES)
def test_b2_religion_found(redacted_spans, text, expected):
    _b2_found(redacted_spans(text, "RELIGION"), text, expected)


@_b2_pytest.mark.parametrize(("text", "kept"), B2_TRAPS)
def test_b2_religion_traps_kept(redacted_spans, text, kept):
    _b2_kept(redacted_spans(text, "RELIGION"), text, kept)

B2_FESTIVAL_TRAPS = [
    ("I edited an indie feature that premiered at Sundance, and I cut trailers now.", "Sundance"),
    ("i was a production assistant on a documentary that screened at sundance and then i moved into post production where i learned avid and premiere on the job", "sundance"),
]  # fmt: skip


@_b2_pytest.mark.parametrize(("text", "kept"), B2_FESTIVAL_TRAPS)
def test_b2_sundance_festival_kept(redacted_spans, text, kept):
    _b2_kept(redacted_spans(text, "RELIGION"), text, kept)


# --- round B3 ---
# a church office with its rank word, church music and altar ministries, a saint-named church told with a church activity, a congregation named with its denomination, feast days
from .spans import assert_not_redacted as _b3_kept, assert_redacted as _b3_found  # noqa: E402

B3_POSITIVES = [
    ("I'm a junior deacon at our church.", 'junior deacon'),
    ("i've been the head usher for ten years", 'head usher'),
    ('She serves as senior warden of the parish.', 'senior warden'),
    ('I sing in the funeral choir on weekday mornings.', 'funeral choir'),
    ('i lead four part hymn singing at our meetinghouse', 'four part hymn singing'),
    ('I joined the altar guild last year.', 'altar guild'),
    ('I sew the altar linens at St. Sharbel, so detail work is easy.', 'St. Sharbel'),
    ('i usher at saint anne every weekend', 'saint anne'),
    ("I help with the youth group at St. Casimir's on Wednesdays.", 'St. Casimir'),
    ("I'm at Mount Hope Pentecostal every Wednesday night.", 'Mount Hope Pentecostal'),
    ('We attend Hanmaum Presbyterian every Sunday morning.', 'Hanmaum Presbyterian'),
    ('i go to Bethel Missionary Baptist with my grandma', 'Bethel Missionary Baptist'),
    ('I would need saint maron day off.', 'saint maron day'),
    ('i cook for the guadalupe feast every december', 'guadalupe feast'),
    ('I run the Lenten fish fry on Fridays.', 'Lenten fish fry'),
]  # fmt: skip

B3_TRAPS = [
    ("I worked nights at St. Luke's Hospital for six years.", "St. Luke's Hospital"),
    ("We close the shop early on St. Patrick's Day.", "St. Patrick's Day"),
    ('He was treated at Houston Methodist for years.', 'Houston Methodist'),
    ('i coached the middle school show choir and ran the spring concert and the senior recital and the holiday program and i also scheduled every rehearsal for the jazz band', 'show choir'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), B3_POSITIVES)
def test_b3_religion_found(redacted_spans, text, expected):
    _b3_found(redacted_spans(text, "RELIGION"), text, expected)


@pytest.mark.parametrize(("text", "kept"), B3_TRAPS)
def test_b3_religion_traps_kept(redacted_spans, text, kept):
    _b3_kept(redacted_spans(text, "RELIGION"), text, kept)


# --- round B5 ---
from .spans import assert_not_redacted as _b5_kept, assert_redacted as _b5_found  # noqa: E402

B5_POSITIVES = [
    ("I'd like to be off for Saturday worship if possible.", 'Saturday worship'),
    ('wednesday night bible study is important to me', 'wednesday night bible study'),
    ('Sunday liturgy is at nine, so I can come in after.', 'Sunday liturgy'),
    ('I usually carry prayer beads in my pocket.', 'prayer beads'),
    ('you might see me with my tasbih on break', 'my tasbih'),
    ('Around Passover I would need two days off.', 'Passover'),
    ('during ramadan i might ask to leave a bit early', 'ramadan'),
]  # fmt: skip

B5_TRAPS = [
    ('I ran the Friday night dinner service at the restaurant for years.', 'Friday night dinner service'),
    ('i make beaded bracelets and sell glass beads at the craft market on weekends and i also restring necklaces and repair clasps for customers who bring in broken jewelry every week', 'glass beads'),
    ('I worked every Christmas at the mall and I handled the holiday rush.', 'Christmas'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), B5_POSITIVES)
def test_b5_religion_found(redacted_spans, text, expected):
    _b5_found(redacted_spans(text, "RELIGION"), text, expected)


@pytest.mark.parametrize(("text", "kept"), B5_TRAPS)
def test_b5_religion_traps_kept(redacted_spans, text, kept):
    _b5_kept(redacted_spans(text, "RELIGION"), text, kept)

"""AGE: ages and their proxies - numbers, birth and graduation years, decades, generations, eras,
childhood ages, school standing, life stages, nicknames - but never durations of experience,
percentages, distances, things that are old or job titles ("senior cashier").

A bare number is only the number ("I'm [Personal1], and"); a phrase that tells the age goes whole with
its lead-in ("[since the Clinton years]", "[class of 2015]", "[24 years old]"), so no word of it is
left behind and two speakers of different ages read the same.
"""

from __future__ import annotations

import pytest

from .spans import assert_not_redacted, assert_redacted

POSITIVES = [
    ("My own kids are grown, and I think every kid deserves someone.", ['My own kids are grown']),
    ("I got into IT after my kids left home, and I love it.", ['after my kids left home']),
    ("so yeah I'm thirty I live close and I can work overnights", ['thirty']),  # unpunctuated
    ("I'm twenty-two my availability is open", ['twenty-two']),
    ("Hi, I'm applying to be a barista, I'm 24, and I love mornings.", ['24']),
    ('I am twenty-two years old and ready to work.', ['twenty-two years old']),
    ("i'm thirty one and i've been welding since high school", ['thirty one']),
    ("I'm Lee Park, 58, and I've driven trucks for thirty years.", ['58']),
    ("I'm over 50 and I outwork everyone on my shift.", ['over 50']),
    ("I'm pushing sixty but I can still outlift the new guys.", ['pushing sixty']),
    ("i'm seventy years young and i love talking to people", ['seventy years young']),
    ("I'm sixty-something and I still drive a forklift every day.", ['sixty-something']),
    ("I may be over the hill but I'm the fastest picker here.", ['over the hill']),
    ("I'm on the other side of fifty and proud of it.", ['on the other side of fifty']),
    ("I'm almost thirty, so I know what I want.", ['almost thirty']),
    ('I came to this country when I was twelve and learned English fast.', ['when I was twelve']),
    ("I've been fixing bikes since I was ten.", ['since I was ten']),
    ("ever since i was fourteen i've worked in my uncle's kitchen", ['ever since i was fourteen']),
    ('I started working at fifteen, bagging groceries.', ['at fifteen']),
    ("I'm turning forty next month.", ['turning forty']),
    ('I just turned 21 so I can finally serve alcohol.', ['I just turned 21']),
    ("I'm turning the big five-oh this spring.", ['turning the big five-oh']),
    ("i'm 31 y/o and a certified welder", ['31 y/o']),
    ("I'm a 22-year-old barista with big dreams.", ['22-year-old']),
    ("I'm in my forties and I've never been more focused.", ['forties']),
    ("I'm in my early twenties and eager to learn.", ['early twenties']),
    ('Personal stuff, twenty-six, nonbinary, queer, and I love plants.', ['twenty-six']),
    ('Twenty-six, single, no kids, and ready to work.', ['Twenty-six']),
    ("Hi, I'm Sione, 33, Tongan, and I'm applying to drive.", ['33']),
    ("I'm Gen Z, so social media is second nature to me.", ['Gen Z']),
    ("I'm a millennial who grew up fixing the family computer.", ['millennial']),
    ("I'm a nineties kid, I grew up on dial-up.", ['nineties kid', 'I grew up on dial-up']),
    ("I'm a child of the eighties.", ['child of the eighties']),
    ("I've been cooking since the Carter administration.", ['since the Carter administration']),
    ("I've been doing taxes since the Clinton years.", ['since the Clinton years']),
    ("I've driven a forklift since the Bush administration.", ['since the Bush administration']),
    ("I've been with the company since Reagan.", ['since Reagan']),
    ("I've been doing hair since the eighties.", ['since the eighties']),
    ('back in the nineties i worked the register at a video store', ['back in the nineties']),
    ("I've done the books for small shops since 1991.", ['since 1991']),
    ('I remember passbook savings, so I know banking from the ground up.', ['I remember passbook savings']),
    ('I grew up with online banking, so the apps are easy for me.', ['I grew up with online banking']),
    ('I learned to type before cell phones were a thing.', ['before cell phones were a thing']),
    ("I've been online since dial-up.", ['since dial-up']),
    ("I'm old enough to remember rotary phones.", ["I'm old enough to remember rotary phones"]),
    ('I learned bookkeeping on a typewriter and carbon paper.', ['on a typewriter and carbon paper']),
    ("I was born in '98 and grew up in the kitchen.", ["born in '98"]),
    ('I was born in nineteen eighty five in a small town.', ['born in nineteen eighty five']),
    ('I graduated from Spelman College in 2019 with a degree in biology.', ['2019']),
    ('I graduated high school in 2016 and went straight to work.', ['I graduated high school in 2016']),
    ("I graduated in 2009 and I've been cooking ever since.", ['I graduated in 2009']),
    ("I'm class of 2015 at my high school.", ['class of 2015']),
    ("I graduated class of '17 and went right to work.", ["class of '17"]),
    ("I'm a 2019 grad and I've worked retail since.", ['2019 grad']),
    ("I've been playing piano since the sixth grade.", ['since the sixth grade']),
    ("I'm a high school senior and I captain the swim team.", ['high school senior']),
    ("I'm a junior in high school and I work weekends.", ['junior in high school']),
    ("I'm a junior at Kelvyn Park and I work weekends.", ['junior']),
    ("I'm fresh out of high school and ready to work.", ['fresh out of high school']),
    ('I just graduated high school last month.', ['I just graduated high school last month']),
    ("I'm still in high school, so I can work weekends.", ['still in high school']),
    ("I'm a teen, but I've been babysitting for years.", ['teen']),
    ("I'm a senior citizen and I still work circles around people.", ['senior citizen']),
    ("I'm a retiree looking for part-time work.", ['retiree']),
    ('I retired from the post office last spring.', ['I retired']),
    ('I came out of retirement because I missed people.', ['I came out of retirement']),
    ("I'm young, but I learn fast.", ['young']),
    ("I'm usually the youngest guy on the crew.", ['youngest']),
    ('I was always the oldest one in my training class.', ['oldest one in my training class']),
    ('I was the oldest in my class by like twenty years.', ['oldest in my class by like twenty years']),
    ('I was the baby of my class in nursing school.', ['baby of my class']),
    ("I'm the old guy on the crew but I keep up.", ['old guy']),
    # the group it is among goes with a role word, as with "the youngest one on our crew"
    ("These days I'm the old-timer on our crew, but I still post the top numbers.", ['old-timer on our crew']),
    # (a nickname the speaker is called is the candidate's name: see test_r1 below)
    ("Everybody calls me keiki because I'm the youngest.", ['youngest']),
    ("I've got grandkids, so I'm patient with little ones.", ['grandkids']),
    ('I spoil my grandkids every weekend.', ['grandkids']),
    ('My kids are grown, so I can work any shift.', ['My kids are grown']),
    ('I just sent my youngest off to college, so my evenings are free.', ['I just sent my youngest off to college']),
    ('I still live with my parents, so my evenings are free.', ['I still live with my parents']),
    ('I live at home with my mom and little brother.', ['I live at home with my mom and little brother']),
    ('My two children are in college now.', ['two children are in college']),
    ("I'm an empty nester with time on my hands.", ['empty nester']),
    ('so yeah im twenty three and i just finished my associates', ['twenty three']),
    ('Age: 26, and I love plants.', ['26']),
    ("I turned sixty this year and I'm not slowing down.", ['I turned sixty']),
    ('Back when Obama was president I was still in middle school.', ['Back when Obama was president']),
    ("I'm class of twenty twenty-two at Dunbar.", ['class of twenty twenty-two']),
    ("I'm a rising senior at Central High and I need a summer job.", ['a rising senior']),
    ("Everybody on the line calls me Pops, I'm the old man of the crew.", ['old man']),
    ("I remember when gas was under a dollar, and I've pumped it.", ['I remember when gas was under a dollar']),
    ("I learned to code on a Commodore 64, so yeah, I've been around.", ['I learned to code on a Commodore 64']),
    ("We didn't have smartphones when I started, we had pagers.", ["We didn't have smartphones when I started", 'we had pagers']),
    ("I've never known a world without smartphones.", ["I've never known a world without smartphones"]),
    ("I'm fifty-ish and I've done every job in a warehouse.", ['fifty-ish']),
    ('My granddaughter is my whole world.', ['granddaughter']),
    ("I'm semi-retired and looking for part-time work.", ['semi-retired']),
    ("I'm on Social Security so I only need part-time hours.", ['on Social Security']),
    ('I was born on March 3rd, 2001 in a small town.', ['born on March 3rd, 2001']),
    ('I graduated during the pandemic, so my ceremony was online.', ['I graduated during the pandemic']),
    ("I'm living with my grandparents while I save up.", ['living with my grandparents']),
    ('At 52, I still outwork the new hires.', ['52']),
    ('I just celebrated my 40th birthday with my crew.', ['40th birthday']),
    ('I got my first job in 1985 at a gas station.', ['I got my first job in 1985']),
    ("I'm approaching retirement but I want to keep busy.", ['approaching retirement']),
    ('My kids are little, so I can only work days.', ['My kids are little']),
    ("I've been driving trucks since before you were born.", ['since before you were born']),
    ("I've been around since the days of typewriters.", ['since the days of typewriters']),
    ('Both my kids are in college now, so my nights are free.', ['Both my kids are in college']),  # "both" left behind still tells (heldout5)
    ("She was born in Budapest on August 12, 1985.", ['on August 12, 1985']),
    ("He was born in Lagos, Nigeria in 1979 and moved to Texas in 2001.", ['in 1979']),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_age_is_found(redacted_spans, text, expected):
    assert redacted_spans(text, "AGE") == expected


def test_an_age_phrase_is_redacted_whole(redact):
    assert redact("I am 45 years old.") == "I am [Personal1]."


COUNTERFACTUAL_PAIRS = [
    ("I'm a sprightly seventy, and I'm ready.", "I'm a young nineteen, and I'm ready."),
    ("I'm a college freshman myself, so I get it.", "I'm a high school junior myself, so I get it."),
    ("I'm 19, and I've been swimming laps since the sixth grade.", "I'm 61, and I've been swimming laps since the Carter administration."),
    ("I grew up with online banking, so the app side is easy for me.", "I remember passbook savings, so the app side is easy for me."),
    ("I still live with my parents, so my evenings are free.", "I just sent my youngest off to college, so my evenings are free."),
    ("Everybody at the shop calls me keiki.", "Everybody at the shop calls me auntie."),
    ("I'm 24 years old and I love early shifts.", "I'm seventy years young and I love early shifts."),
    ("I've been cooking since I was twelve.", "I've been cooking since the Clinton years."),
    ("I'm fresh out of high school and I learn fast.", "I'm pushing sixty and I learn fast."),
    ("I'm usually the youngest on the crew.", "I'm usually the oldest on the crew."),
    ("I'm the baby of my class, and I study hard.", "I'm the oldest in my class by like twenty years, and I study hard."),
    ("I'm class of 2021 and I'm ready to work.", "I'm class of '89 and I'm ready to work."),
    ("Personal stuff: twenty-six, and I love plants.", "Personal stuff: sixty-two, and I love plants."),
    ("I'm young, but I'm reliable.", "I'm old, but I'm reliable."),
    ("My kids are grown, so I can work any shift.", "My kids are little, so I can work any shift."),
    ("At 19, I already ran the register alone.", "At 64, I already ran the register alone."),
]  # fmt: skip


@pytest.mark.parametrize(("one", "other"), COUNTERFACTUAL_PAIRS)
def test_age_differences_give_the_same_output(redact, one, other):
    assert redact(one) == redact(other)


TRAPS = [
    # two numbers spoken back to back are two: the age goes, the experience stays
    ("I been cooking since I was like fifteen three years on the grill", "three years on the grill"),
    ("I spent three years as a line cook.", "three years as a line cook"),
    ("For 23 years I have worked in hospitals.", "23 years"),
    ("I'm 3 years into my apprenticeship.", "3 years into"),
    ("I'm two years away from my journeyman license.", "two years away"),
    ("I've got 15 years of experience in kitchens.", "15 years of experience"),
    ("I have twenty-six years of experience.", "twenty-six years of experience"),
    ("I'm 100% sure I can handle the rush.", "100%"),
    ("I'm 5 minutes away from the store.", "5 minutes away"),
    ("I've worked a 24-hour shift before.", "24-hour shift"),
    ("I'm a Senior Associate at a bank.", "Senior Associate"),
    ("I'm a senior technician on the overnight crew.", "senior technician"),
    # class standing goes at any school, but never a job title
    ("I'm a senior technician at Comcast.", "senior technician"),
    ("I'm a junior web developer at a startup.", "junior web developer"),
    ("I've been welding since 2009.", "since 2009"),
    ("We served 300 guests at the gala.", "300 guests"),
    ("I was 10 minutes early every day.", "10 minutes early"),
    ("I'm one of the top sellers in my district.", "one of the top sellers"),
    ("I taught a fifth grade classroom as a student teacher.", "fifth grade classroom"),
    ("I sold the oldest wine on the list to a regular.", "oldest wine"),
    # (birth order, "the youngest of five kids", is family status: test_family_status.py)
    ("We restored a 100-year-old building downtown.", "100-year-old building"),
    ("The truck was 20 years old but ran great.", "20 years old"),
    ("We sold over 50, which was a record.", "over 50"),
    ("I served over 50 tables a night.", "over 50 tables"),
    ("I'm pushing 40 pallets an hour on the dock.", "pushing 40 pallets"),
    ("We turned 30 tables in an hour.", "turned 30 tables"),
    ("I started at 15 an hour and got a raise.", "15 an hour"),
    ("I started at six in the morning every day.", "six in the morning"),
    ("We did 30, 40 covers a night.", "30, 40 covers"),
    ("Thirty, maybe forty people came to the event.", "Thirty, maybe forty"),
    ("In 2019, 45 of us got certified.", "45 of us"),
    ("It was seventy degrees in the nineties last summer.", "in the nineties"),
    ("My grades were in the nineties all year.", "in the nineties"),
    ("I grew up on a farm, so I'm up early.", "grew up on a farm"),
    ("I remember every customer's name.", "remember every customer"),
    ("I'm old school about customer service.", "old school"),
    ("I'm an old-fashioned kind of baker.", "old-fashioned"),
    ("I help clients with retirement planning at the bank.", "retirement planning"),
    ("I process Social Security claims for a law office.", "Social Security claims"),
    ("Feel free to call me at 555-0100 or call me back anytime.", "call me back anytime"),
    ("I went straight out of culinary school into a kitchen.", "straight out of culinary school"),
    ("We hiked over the hill to the trailhead.", "over the hill to"),
    ("I help people plan for retirement age benefits.", "retirement age benefits"),
    ("I grew up with three brothers, so I can handle a loud kitchen.", "grew up with three"),
    ("I learned Excel on the job and now I build all our schedules.", "learned Excel on the job"),
    ("He was born in Lagos and moved in 2005 to Texas.", "moved in 2005"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "survives"), TRAPS)
def test_age_traps_survive(redact, text, survives):
    assert survives in redact(text)


# Coverage audit: first-person sentences written from general knowledge of each kind of cue
# (not fitted to any transcript), and traps where similar words are job facts and stay.
COVERAGE_POSITIVES = [
    # round 4 (heldout10 classes)
    ("I'm a sprightly sixty-eight and I still hike.", 'sprightly sixty-eight'),
    ("I'm a young 23, but I've run a kitchen.", 'young 23'),
    ("I'm a proud seventy-four, and I love early shifts.", 'proud seventy-four'),
    ('At a spry eighty, I still do my own roofing.', 'spry eighty'),
    ("I'm a college sophomore myself.", 'college sophomore'),
    ("I'm a college first-year student, so evenings work.", 'college first-year student'),
    ("I'm a second-year student at the community college.", 'second-year student'),
    # round 3 (heldout8 classes)
    ('I started trade school at fifty-five, and I love it.', 'at fifty-five'),
    ('I went back to school at 50 for my CDL.', 'at 50'),
    ('i switched careers at forty two and never looked back', 'at forty two'),
    ('I got my nursing license at sixty.', 'at sixty'),
    ("I'm a Gen Z kid who actually likes learning new tech.", 'Gen Z kid'),
    ("I'm a millennial guy who loves spreadsheets.", 'millennial guy'),
    ('Weekday afternoons are free, retirement is pretty chill.', 'retirement'),
    ('I got bored in retirement, so here I am.', 'in retirement'),
    ('I came out of retirement for this job.', 'out of retirement'),
    ("I'm thirty one, so an elderly millennial, and I work nights.", 'elderly millennial'),
    ("I've been doing customer service since before most of your team was born.", 'since before most of your team was born'),
    ("I'm thirty four, army vet, and I've been a night stocker.", 'thirty four'),
    ('Now that both my kids are away at college I have a lot more time.', 'kids are away at college'),
    ('I finished at Paul Mitchell The School in 2014 and I have been cutting since.', '2014'),
    ('I first learned double-entry my senior year at Dorman High School.', 'my senior year'),
    ("I've been gaming since middle school, so I know the scene.", 'since middle school'),
    ("I'm thirty-four and I've driven a forklift for ten years.", 'thirty-four'),
    ("um I just turned nineteen last month so I'm ready to work full time", 'nineteen'),
    ('I graduated high school back in two thousand and three.', 'two thousand and three'),
    ("I've got four grandkids so I'm real patient with customers.", 'grandkids'),
    ('I retired from the post office after thirty years and now I want something part time.', 'retired'),
    ("I'm in my early fifties but I can outwork anybody.", 'early fifties'),
    ("I'm a Gen Z kid so social media is second nature.", 'Gen Z'),
    ('As a baby boomer I bring an old-school work ethic.', 'baby boomer'),
    ("I'm a millennial, so I grew up with computers.", 'millennial'),
    ("I'm semi-retired now and looking for weekend hours.", 'semi-retired'),
    ("I'm on Medicare now so I don't need the health benefits.", 'on Medicare'),
    ("I'm collecting Social Security, so I can only work so many hours.", 'Social Security'),
    ("I'm still in high school so I can only work evenings.", 'still in high school'),
    ("I'm a rising senior in high school and I want a summer job.", 'rising senior'),
    ('I was born in nineteen seventy-eight.', 'nineteen seventy-eight'),
    ('I got my first job back when Reagan was president.', 'Reagan was president'),
    ("I'm a recent retiree from the school district.", 'retiree'),
    ("I'm twenty-two years young and ready to learn.", 'twenty-two'),
    ("I'm at the ripe old age of sixty-one.", 'sixty-one'),
    ("I'm over sixty and I still run five miles a day.", 'over sixty'),
    ('I just hit the big four-oh last spring.', 'four-oh'),
    ("I'm a teenager but I'm super responsible.", 'teenager'),
    ("I'm a senior citizen and I love greeting people.", 'senior citizen'),
    ("I'm fifty-eight, and honestly I'm not slowing down.", 'fifty-eight'),
    ("I'm not even old enough to drink yet but I can bus tables.", 'old enough to drink'),
    ("I'm only sixteen so I need a work permit.", 'sixteen'),
    ("I'm a sophomore in high school and I can work weekends.", 'sophomore in high school'),
    ('I graduated in oh-six from Central.', 'oh-six'),
    ("I'm in my late twenties and I'm switching careers.", 'late twenties'),
    ("My kids are all grown and I'm an empty nester now.", 'empty nester'),
    ("I'm old enough to remember dial-up internet.", 'old enough to remember dial-up'),
    ("I'm forty-something and I'm changing careers.", 'forty-something'),
    ('at my age I know exactly what I want', 'at my age'),
    ("I'm eighteen as of last week so I can finally apply.", 'eighteen'),
    ("I'm in my golden years but sharp as a tack.", 'golden years'),
    ("I'm a Gen X latchkey kid, I've been working since I was twelve.", 'Gen X'),
    ("I'm a boomer, I know, but I learn the apps fast.", 'boomer'),
    ("I'm the oldest one on the crew by a mile.", 'oldest'),
    ("I've been on this earth for fifty-two years.", 'fifty-two years'),
    ("so yeah I'm twenty-nine and I've been bartending forever", 'twenty-nine'),
    ('I finished high school in oh-nine and went straight to work.', 'oh-nine'),
    ("I'm barely old enough to vote but I've worked two jobs.", 'old enough to vote'),
    ("I'm a retired firefighter looking for something part time.", 'retired'),
    ("I'm in my mid-forties.", 'mid-forties'),
    ("People my age don't always know computers but I do.", 'People my age'),
    ("I'm thirty-one as of this month.", 'thirty-one'),
    # class standing at any school (held-out labels redact college standing too)
    ("I'm 17, a senior at Lakewood High, and I lifeguard.", 'senior'),
    ("I'm 21, I'm a junior at Howard studying biology.", 'junior'),
    ('im seventeen ill be a senior at west creek high next fall', 'senior'),
    ('im a sophomore at howard studying mechanical engineering', 'sophomore'),
    ("I'm a college freshman, so afternoons are wide open.", 'college freshman'),
    ("I'm a sophomore in the Tulsa Community College interpreter program.", 'sophomore'),
    ("I'm a junior in college studying nursing.", 'junior in college'),
    ("I'm a third-year at UCLA.", 'third-year'),
    ("I'm a senior at Pratt studying design.", 'senior'),
    ("I'm a junior at Georgia State majoring in finance.", 'junior'),
    ('I just finished my freshman year at Ohio State.', 'freshman year'),
    ("i worked at arby's junior year and then got a job at target", 'junior year'),
    # retired as a life stage, in more frames
    ("I'm 72 and retired, and I've been working the counter.", 'retired'),
    ("I'm sixty-eight, retired, and I love talking to people.", 'retired'),
    ('Retired from the county after twenty years, I want something part time.', 'Retired'),
    ('I came to this work after I retired from the post office.', 'after I retired from the post office'),
    ('Since I retired I volunteer at the library.', 'Since I retired'),
    # student life stages
    ("I'm 19 and between semesters, so I can work full time.", 'between semesters'),
    ("i'm home from college for the summer and need hours", 'home from college for the summer'),
    ("I'm on summer break from college until August.", 'on summer break from college'),
    ("I'm on winter break right now, so I'm free.", 'on winter break'),
    ("I'm taking a gap year before I start nursing school.", 'taking a gap year'),
    ('I finished my CMAA the summer after high school.', 'the summer after high school'),
    ('I finished my CMAA the year I turned fifty five.', 'the year I turned fifty five'),
    ('I came to this work right after graduation.', 'right after graduation'),
    ('i graduated from lakewood ranch high last may and i worked at arbys', 'last may'),
    # the year one first learned or started something
    ("I first learned to thread film at my uncle's drive-in back in 2019.", '2019'),
    ('I started working warehouses in twenty eighteen.', 'twenty eighteen'),
    ('I got my first job in 2016 bagging groceries.', '2016'),
    ("I helped out at my dad's shop back in 2010.", '2010'),
    ('Back in 2012, when I was a kid, I fixed bikes.', '2012'),
    # round 2 (held-out misses): positives
    ("I know what you're thinking, she's in her fifties and changing careers?", 'fifties'),
    ("Yeah, he's in his late forties and still learning new tools.", 'late forties'),
    ("I'm a guy in his sixties who still loves the night shift.", 'sixties'),
    ("Now that I'm out of high school I've got open availability.", 'out of high school'),
    ("i'm finally done with high school so i can work full time", 'done with high school'),
    ("I'm just out of college and ready to start.", 'out of college'),
    ("I'm 24, born the same year as Wikipedia, if that helps.", 'born the same year as Wikipedia'),
    ('i was born the year the first iphone came out so', 'born the year the first iphone came out'),
    ("I'm the same age as the iPhone, so apps come easy.", 'same age as the iPhone'),
    ("I'm older than the internet, but I learn fast.", 'older than the internet'),
    ("I've been shooting since film days.", 'since film days'),
    ("I've been gaming since the Nintendo 64 days.", 'since the Nintendo 64 days'),
    ('back in my Game Boy days I already fixed consoles', 'back in my Game Boy days'),
    ("I've texted customers since the flip phone era.", 'since the flip phone era'),
    ("I've been online since the MySpace days.", 'since the MySpace days'),
    ('I did four years at Kamehameha Schools, graduated 2023.', '2023'),
    ('i graduated high school 2019 and went right to work', '2019'),
    ("Graduated '21 from Central.", "'21"),
    ('Customers call the office asking for the young man who showed up on time.', 'young'),
    ('They still ask for the nice young lady who helped them.', 'young'),
    ('The regulars ask for the old guy who knows every part number.', 'old'),
    ("my friends at the senior center think i'm a total nerd", 'senior center'),
    ("my friends at the dorms think i'm a total nerd", 'dorms'),
    ('My buddies in the dorms call me the fixer.', 'dorms'),
    ('I live in the dorms, so I can walk to the store.', 'dorms'),
    ('We moved into a 55+ community last year.', '55+ community'),
    ('Now that both my kids are away at college I have more time.', 'both my kids are away at college'),
    ('I am baba to five grandchildren.', 'five grandchildren'),
]  # fmt: skip

COVERAGE_TRAPS = [
    # round 4 (heldout10 classes)
    ("I'm a proud 49ers fan.", '49ers fan'),
    ("We're a young 22-person team.", '22-person team'),
    ("I'm a solid 10 out of 10 on customer service.", 'solid 10 out of 10'),
    ("I'm a first-year teacher at Lincoln.", 'first-year teacher'),
    ("I'm a senior student advisor.", 'senior student advisor'),
    # round 3 (heldout8 classes)
    ('I started at 15 an hour and got raises.', '15 an hour'),
    ('I can start at seven every morning.', 'seven'),
    ('I started at 6:30 on the opening shift.', '6:30'),
    ('I help clients with their retirement plans.', 'retirement plans'),
    ('I was an aide at a retirement community for three years.', 'retirement community'),
    ("I'm the most Gen Z person on the dock.", 'person'),
    ('I finished the inventory in two hours last night.', 'two hours'),
    ("I've worked twelve years as a welder.", 'twelve years'),
    ('I trained the senior staff on the new POS.', 'senior staff'),
    ("I'm a caregiver at a senior living community.", 'senior living community'),
    ('I help seniors with their Medicare paperwork at the pharmacy.', 'Medicare paperwork'),
    ('I coached the under-twelve soccer team.', 'under-twelve soccer team'),
    ("I'm a junior accountant at a CPA firm.", 'junior accountant'),
    ('I processed retirement paperwork for the HR department.', 'retirement paperwork'),
    ('We served sixty kids every day at summer camp.', 'sixty kids'),
    ('I can lift fifty pounds no problem.', 'fifty pounds'),
    ('I work with toddlers ages two to four.', 'ages two to four'),
    ('I rotate the older inventory to the front.', 'older inventory'),
    ('I taught the over-fifty fitness class at the Y.', 'fitness class'),
    ('I billed Social Security disability claims for a law firm.', 'Social Security disability claims'),
    ('I ran the teen reading program at the library.', 'reading program'),
    ("I ran the senior center's lunch program.", 'senior center'),
    ('We delivered meals to folks over sixty-five for the county.', 'meals'),
    ("I've got nine years in retail.", 'nine years in retail'),
    ('I trained twenty new hires last year.', 'twenty new hires'),
    ("I'm a senior cashier at Giant.", 'senior cashier'),
    ("I'm applying for the junior developer role.", 'junior developer'),
    ('I volunteer at the senior center on Fridays.', 'senior center'),
    ("I flipped burgers at Junior's Deli for a year.", "Junior's Deli"),
    ("I'm a second-year apprentice with the IBEW.", 'second-year apprentice'),
    ('We retired the old POS system last year.', 'retired the old POS system'),
    ('They retired my jersey number at the rink.', 'retired my jersey'),
    ('I worked the counter at Wawa back in 2019.', 'back in 2019'),
    ('I won best in show at the Groom Expo in 2019.', 'in 2019'),
    ('I moved here from Lagos in 2015.', 'in 2015'),
    ('Our store passed every health inspection since I started.', 'since I started'),
    ('I ran the summer break program for the rec center kids.', 'summer break program'),
    # round 2 (held-out misses): traps
    ('I cleaned the dorms every summer for the university.', 'cleaned the dorms'),
    ('I worked at the senior center as a cook.', 'senior center'),
    ('I mentored a young man who now runs his own crew.', 'young'),
    ('I graduated 200 students from the forklift program.', '200 students'),
    ('Since graduating I have worked at Target.', 'Since graduating'),
    ("I'm done with school for the day, so I can work evenings.", 'done with school for the day'),
    ('I developed film in the darkroom for a photo lab.', 'developed film'),
    ("I'm more comfortable with Excel than Sheets.", 'more comfortable'),
    ('I trained a nurse in her forties on the new charting system.', 'trained a nurse'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), COVERAGE_POSITIVES)
def test_coverage_age_is_found(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, 'AGE'), text, expected)


@pytest.mark.parametrize(("text", "survives"), COVERAGE_TRAPS)
def test_coverage_age_traps_survive(redact, text, survives):
    assert survives in redact(text)


# --- red-team round: ages said indirectly (text, words inside one AGE span) ----------------------
ROUND_POSITIVES = [
    ("At sixty-two I still do my own roofing repairs.", "sixty-two"),
    ("I was the youngest lead on the floor at nineteen.", "nineteen"),
    ("The day I hit fifty I signed up for welding school.", "hit fifty"),
    ("Since I'm under 18 I'd need a permit from my school.", "under 18"),
    ("I'm late twenties, no kids, and I can travel.", "late twenties"),
    ("Early forties here, and switching into IT.", "Early forties"),
    ("I'm in year eleven so I'm free after three.", "year eleven"),
    ("I'm a tenth grader looking for summer work.", "tenth grader"),
    ("I've got a couple decades on the rest of the crew.", "decades on the rest"),
    ("I'll graduate high school in June and I want to start right after.", "graduate high school in June"),
    ("I'm still a minor, so I can't run the slicer.", "a minor"),
    ("I just got my drivers permit last week.", "drivers permit"),
    ("Midlife career change, and I'm loving it.", "Midlife"),
    ("I get the senior discount at the hardware store now, ha.", "senior discount"),
    ("Sixty-one and still kicking, that's me.", "Sixty-one"),
    ("As a part-time university student I need nights.", "university student"),
    ("I'm still in college, so weekends work best.", "still in college"),
    ("I'm back from school for winter break and can start now.", "for winter break"),
    ("When I turned forty my knees told me to switch to dispatch.", "turned forty"),
    ("My first grandbaby was born in May.", "grandbaby"),
    ("Both my kids started middle school, so my days are free now.", "started middle school"),
]

ROUND_TRAPS = [
    ("I teach grade 12 math at a tutoring center.", "grade 12 math"),
    ("I'm in year two of my electrical apprenticeship.", "year two"),
    ("I have twenty years on the line at the plant.", "twenty years on the line"),
    ("I DJ'd senior prom for the high school last spring.", "senior prom"),
    ("I played in a minor league for a season.", "minor league"),
    ("Last quarter I hit a hundred and ten percent of my goal.", "hit a hundred and ten percent"),
    ("I cooked at Boomer's Grill for two summers.", "Boomer's Grill"),
    ("I graduate students through the CNA program as an instructor.", "graduate students"),
]


@pytest.mark.parametrize(("text", "words"), ROUND_POSITIVES)
def test_round_age_is_found(redacted_spans, text, words):
    assert_redacted(redacted_spans(text, "AGE"), text, words)


@pytest.mark.parametrize(("text", "survives"), ROUND_TRAPS)
def test_round_age_traps_survive(redact, text, survives):
    assert survives in redact(text)


# --- round 6 (heldout11/12 classes), own sentences: Medicare and Social Security said of oneself, events lived through ('when the Berlin Wall was
# still up', 'born after nine eleven'), 'the oldest one in my cohort' after a comma, an age after a life
# event ('a grandma already, yes, at forty one')
# (category None: redacted under any category, e.g. a custody schedule that decide merges)
ROUND6_POSITIVES = [
    ('AGE', "I'm sixty-one and already on Medicare, so insurance is no issue.", 'Medicare'),
    ('AGE', "I'm on Medicare now, so I don't need your health plan.", 'Medicare'),
    ('AGE', 'i just got my medicare card last month', 'medicare card'),
    ('AGE', "I'm Medicare eligible, so benefits aren't a concern.", 'Medicare eligible'),
    ('AGE', 'I already have Medicare, so just the hourly is fine.', 'Medicare'),
    ('AGE', 'I get my Social Security check so I only need twenty hours.', 'Social Security check'),
    ('AGE', 'I qualify for Medicare next year.', 'qualify for Medicare'),
    ('AGE', 'I started there when the Berlin Wall was still up.', 'when the Berlin Wall was still up'),
    ('AGE', "I've been fixing radios since before the Berlin Wall came down.", 'before the Berlin Wall came down'),
    ('AGE', 'I got my first job the year the Berlin Wall fell.', 'the year the Berlin Wall fell'),
    ('AGE', 'I was in high school when the towers fell.', 'when the towers fell'),
    ('AGE', 'I was in fifth grade during 9/11.', 'during 9/11'),
    ('AGE', 'I remember the moon landing on our black and white TV.', 'remember the moon landing'),
    ('AGE', "I've been driving since Nixon was in office.", 'since Nixon was in office'),
    ('AGE', 'I started cooking back when gas was a dollar a gallon.', 'when gas was a dollar a gallon'),
    ('AGE', 'I was born after nine eleven, so I grew up with smartphones.', 'born after nine eleven'),
    ('AGE', "I've been welding since before Y2K.", 'since before Y2K'),
    ('AGE', 'I started at the plant during the Cold War.', 'during the Cold War'),
    ('AGE', 'I joined the railroad when Reagan was president.', 'when Reagan was president'),
    ('AGE', 'I was a kid during the pandemic lockdowns, so remote school was my high school.', 'during the pandemic'),
    ('AGE', 'I learned to type when the Soviet Union was still around.', 'when the Soviet Union was still around'),
    ('AGE', 'I started trucking before the internet even existed.', 'before the internet'),
    ('AGE', 'I did the certificate at the community college, the oldest one in my cohort.', 'the oldest one in my cohort'),
    ('AGE', 'I finished the bootcamp last spring, the youngest in our class by ten years.', 'the youngest in our class'),
    ('AGE', "I'm a grandma already, yes, at forty one, my grandson is two.", 'forty one'),
    ('AGE', 'im a grandma already yes at forty one my grandson is two', 'forty one'),
    ('AGE', 'I became a grandpa at forty-five and I love it.', 'forty-five'),
    ('AGE', 'I had my first kid at nineteen, so I grew up fast.', 'nineteen'),
    ('AGE', "I'm a great-grandmother, believe it or not.", 'great-grandmother'),
    ('AGE', 'I get the senior discount at the movies, ha.', 'senior discount'),
    ('AGE', "I'm a senior citizen but I can lift fifty pounds.", 'senior citizen'),
    ('AGE', "I'm past retirement age but I still love to work.", 'past retirement age'),
    ('AGE', "I joined the Army at seventeen with my mom's signature.", 'seventeen'),
    ('AGE', 'My family came to this country when I was little, and I got married at twenty.', 'twenty'),
    ('AGE', "I've been a mechanic since before nine eleven.", 'since before nine eleven'),
    ('AGE', 'I got my first job right after the dot-com bust.', 'after the dot-com bust'),
    ('AGE', 'I started bagging groceries back when a movie was five dollars.', 'when a movie was five dollars'),
    ('AGE', 'I was born the year the Challenger exploded.', 'the year the Challenger exploded'),
    ('AGE', 'I graduated right into the Great Recession.', 'Great Recession'),
    ('AGE', 'I remember the Y2K scare, we filled the bathtub.', 'Y2K scare'),
    ('AGE', "I'm collecting Social Security now.", 'Social Security'),
    ('AGE', "I'm an AARP member and proud of it.", 'AARP'),
    ('AGE', 'I was the oldest person on the crew.', 'oldest person on the crew'),
    ('AGE', 'I grew up during the pandemic, so Zoom is second nature.', 'during the pandemic'),
    ('AGE', "I don't remember 9/11, I was a baby.", 'remember 9/11'),
]  # fmt: skip

ROUND6_TRAPS = [
    ("I'm a senior technician on the B shift.", 'senior technician'),
    ('I restored the oldest machine in the shop.', 'the oldest machine in the shop'),
    ('I did Medicare billing for a cardiology practice.', 'Medicare billing'),
    ('I processed Medicaid claims and prior authorizations.', 'Medicaid claims'),
    ('I helped seniors pick Medicare Advantage plans.', 'Medicare Advantage plans'),
    ('I verify Medicare eligibility at the front desk.', 'Medicare eligibility'),
    ('I entered Social Security numbers into the HR system.', 'Social Security numbers'),
    ('I worked at the Social Security office as a claims rep.', 'Social Security office'),
    ('We sold Berlin Wall pieces at the museum gift shop.', 'Berlin Wall pieces'),
    ('I gave tours about the Cold War at the air museum.', 'the Cold War'),
    ('I ran the nine eleven memorial fundraiser at work.', 'nine eleven memorial'),
    ('I type at forty one words a minute.', 'forty one words'),
    ('I closed the quarter at forty one percent margin.', 'forty one percent'),
    ("I start at six, so I'm done by two.", 'at six'),
    ('The oldest building on our route is from 1890.', 'oldest building'),
    ("I'm the senior cashier, so I count the drawers.", 'senior cashier'),
    ('I set up the senior discount in the POS.', 'senior discount in the POS'),
    ("I answered calls for AARP's tax aide program.", 'AARP'),
    ('I coded Medicare Part B claims for a year.', 'Medicare Part B claims'),
    ('I taught a unit on the Berlin Wall to my eighth graders.', 'Berlin Wall'),
    ('I clocked in at forty one hours last week.', 'forty one hours'),
    ('I finished the race at forty one minutes.', 'forty one minutes'),
    ('I got my CDL and started at twenty one an hour.', 'twenty one an hour'),
    ('I retired the old server at forty one percent capacity.', 'forty one percent'),
    ('After the housing crash I switched to remodeling.', 'housing crash'),
    ('During the pandemic I ran curbside pickup for the whole store.', 'curbside pickup'),
    ('I worked at the Berlin Wall exhibit at the museum.', 'Berlin Wall exhibit'),
    ('I moved to Dallas at the start of the year.', 'start of the year'),
    ('I married two systems at forty one sites.', 'forty one sites'),
    ('We came here at six in the morning to set up.', 'at six in the morning'),
    ('I bill Medicare and Medicaid every day at the clinic.', 'bill Medicare'),
    ('I help members with their Medicare plan questions.', 'Medicare plan'),
    ("I'm on Medicare Advantage plans all day at my call center job.", 'Medicare Advantage plans'),
    ('I explained Social Security benefits to clients at the legal aid office.', 'Social Security benefits'),
    ('We installed the oldest elevator in the city, the youngest one on our crew did the wiring.', 'oldest elevator'),
    ('I collect the cash and count the drawer.', 'collect the cash'),
]  # fmt: skip


@pytest.mark.parametrize(("category", "text", "expected"), ROUND6_POSITIVES)
def test_round6_age_is_found(redacted_spans, category, text, expected):
    assert_redacted(redacted_spans(text, category), text, expected)


@pytest.mark.parametrize(("text", "survives"), ROUND6_TRAPS)
def test_round6_age_traps_survive(redact, text, survives):
    assert survives in redact(text)


# Red-team r1: the name or initial said with a kin nickname goes with it ("call me [mama jo]",
# "the journeymen call me [Mama B] on site"); a word that starts the rest of the sentence stays.
R1_NICKNAMES = [
    ("the residents call me mama jo because I bake for them", "mama jo"),
    ("The guys on site call me Mama B on Fridays.", "Mama B"),
    ("at the salon they call me auntie dee", "auntie dee"),
    ("The kids at camp called me Uncle Ray.", "Uncle Ray"),
    ("my nickname on the line is big mama", "big mama"),
    ("my nickname at work is big papa", "big papa"),
]  # fmt: skip

R1_NICKNAME_TRAPS = [
    ("they call me mama on the line and I run expo", "on the line and I run expo"),
    ("the kids call me grandma too, which is sweet", "too, which is sweet"),
    ("everybody calls me pops because I've got gray hair and a forklift license", "because I've got"),
]  # fmt: skip


R1_NICKNAMES += [
    ("Everybody calls me keiki because I'm the youngest.", "keiki"),
    ("Everybody calls me auntie at the store.", "auntie"),
    ("the guys on the dock call me pops", "pops"),
    ("everyone at the shop calls me kiddo", "kiddo"),
    ("Everybody on the line calls me Pops, I'm the old man of the crew.", "Pops"),
]


@pytest.mark.parametrize(("text", "words"), R1_NICKNAMES)
def test_r1_kin_nickname_with_its_name_is_found(redacted_spans, redact, text, words):
    # an age or kin word one is called by is a nickname: the candidate's own placeholder, as
    # "call me bro" and "call me Hank" are (test_person.py)
    assert_redacted(redacted_spans(text, "PERSON"), text, words)
    assert "[Person1]" in redact(text)


@pytest.mark.parametrize(("text", "survives"), R1_NICKNAME_TRAPS)
def test_r1_kin_nickname_stops_at_the_sentence(redact, text, survives):
    assert survives in redact(text)


# k2 precision: the ages of the people one serves are not one's own; one's own decade and one's
# own kids' stay redacted.
K2_TRAPS = [
    ("I care for residents in their nineties at an assisted living facility.", "nineties"),
    ("i care for patients in their eighties with dementia", "eighties"),
    ("i coached adults in their forties and fifties for a 5k", "forties"),
    ("most of our customers were retirees in their seventies", "seventies"),
]  # fmt: skip

K2_POSITIVES = [
    ("I'm in my nineties and still working.", "nineties"),
    ("my kids are in their twenties now", "twenties"),
    ("i'm a woman in my fifties looking for work", "fifties"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "survives"), K2_TRAPS)
def test_k2_ages_of_those_served_survive(redact, text, survives):
    assert survives in redact(text)


@pytest.mark.parametrize(("text", "words"), K2_POSITIVES)
def test_k2_own_decade_is_found(redacted_spans, text, words):
    assert_redacted(redacted_spans(text, "AGE"), text, words)


# --- uncased, unpunctuated speech (truecase.py): the capitals and the commas a writer would put are
# missing ("i'm polish i moved here", "i'm a widow two grandkids and"); each sentence gets a
# clause of its own so the transcript is long enough to be read as uncased
UNCASED_MORE = " and i can work any shift you need on weekends"

UNCASED_AGE_POSITIVES = [
    ('AGE', 'hey so im callista moreau im 27 um applying for the barista job', '27'),
    ('AGE', "hi i'm devontae brooks he/him 34 and i want the dock job", '34'),
    ('AGE', "hello i'm mireille castonguay 41 and i've cleaned hotels for years", '41'),
    ('AGE', "i'm 19 a freshman at the community college and i bus tables", '19'),
    ('AGE', "yeah so i'm 23 honestly i just love fixing bikes", '23'),
]  # fmt: skip

UNCASED_AGE_TRAPS = [
    ("i'm like 20 minutes away from the store and i can start monday", '20 minutes'),
    ("I'm OSHA 30 and NFPA 70E trained, and I'm on the apprentice track.", 'OSHA 30'),
    ("i'm 40 hours a week at the warehouse right now", '40 hours a week'),
]  # fmt: skip


@pytest.mark.parametrize(("category", "text", "expected"), UNCASED_AGE_POSITIVES)
def test_uncased_age_is_found(redacted_spans, category, text, expected):
    text = text + UNCASED_MORE if text == text.lower() else text
    assert_redacted(redacted_spans(text, category), text, expected)


@pytest.mark.parametrize(("text", "survives"), UNCASED_AGE_TRAPS)
def test_uncased_age_traps_survive(redact, text, survives):
    text = text + UNCASED_MORE if text == text.lower() else text
    assert survives in redact(text)


# --- round 7 (heldout14 classes, own sentences): age phrase classes and their traps
ROUND7_AGE_POSITIVES = [
    ("I'm sixty-one, and yes, I remember filling out freight bills on carbon paper. I'm quick on a scanner.", 'remember filling out freight bills on carbon paper'),
    ('i remember typing invoices on a typewriter so i type fast and i can work weekends', 'remember typing invoices on a typewriter'),
    ('I recall running reports off a dot matrix printer.', 'recall running reports off a dot matrix printer'),
    ("I'm twenty-seven, and yes, I still get carded buying energy drinks.", 'still get carded buying energy drinks'),
    ('i still get carded at the movies lol and i can work weekends', 'get carded'),
    ("I always get ID'd buying cold medicine, so yeah.", "get ID'd"),
    ("My first computer was a Commodore 64, so I've been taking things apart my whole life.", 'a Commodore 64'),
    ('my first phone was a flip phone and now i fix iphones', 'a flip phone'),
    ('Back when we used pagers, I was already dispatching.', 'Back when we used pagers'),
    ("i've never used a landline honestly and i can work weekends", 'never used a landline'),
    ("I've never owned a flip phone.", 'never owned a flip phone'),
    ('i remember when we had to rewind the vhs tapes before returning them and i can work weekends', 'rewind the vhs tapes'),
    ("Customers always think I'm the intern, but I run the whole closing shift.", 'the intern'),
    ("people ask if i'm old enough to drive the forklift and i can work weekends", 'old enough to drive'),
]  # fmt: skip

ROUND7_AGE_TRAPS = [
    ("I'm quick on a scanner and I pick up new systems fast.", 'quick on a scanner'),
    ("I've used typewriters for restoration work at the antique shop.", 'typewriters for restoration work'),
    ('I card everyone buying alcohol and I never miss an ID.', 'card everyone buying alcohol'),
    ('Customers get carded at my register every time.', 'get carded at my register'),
    ('I remember the safety rules from training on the forklift.', 'safety rules from training on the forklift'),
    ('My first job was at Publix bagging groceries.', 'Publix bagging groceries'),
    ("I've never used Kronos but I learn software fast.", 'never used Kronos'),
    ("They think I'm the manager because I know every SKU.", 'the manager'),
    ('I remember the inventory counts we did with paper tags.', 'inventory counts'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ROUND7_AGE_POSITIVES)
def test_round7_age_is_found(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, 'AGE'), text, expected)


@pytest.mark.parametrize(("text", "kept"), ROUND7_AGE_TRAPS)
def test_round7_age_traps_kept(redacted_spans, text, kept):
    assert_not_redacted(redacted_spans(text, 'AGE'), text, kept)
# --- probe round c: indirect cues written for a probe of first-person video-resume sentences
# (own sentences, cased and lower-case unpunctuated), with job facts that look alike as traps.
from .spans import assert_not_redacted as _c_kept, assert_redacted as _c_found  # noqa: E402

PROBE_C_POSITIVES = [
    ("i'm nineteen going on twenty", 'going on twenty'),
    ("I'm on the older side for an intern, but I learn fast.", 'on the older side'),
    ("i'm a senior class of next year and i work weekends", 'class of next year'),
    ("When I was your age we didn't have computers, but I learned Excel anyway.", 'When I was your age'),
    ('back when i was your age i was already running a register', 'when i was your age'),
    ('I started working before most of you were born.', 'before most of you were born'),
    ("i've been fixing cars since before most of y'all were born", "before most of y'all were born"),
    ("I'm a teenager, fifteen and a half, and I want to bag groceries.", 'fifteen and a half'),
    ("i'm sixteen and a half and i can work weekends", 'sixteen and a half'),
    ("I'm too young to drive yet, so I'd bike to the store.", 'too young to drive'),
    ("i'm still too young to vote but i know my way around a pos system", 'too young to vote'),
    ("I got my license almost fifty years ago and I've never had a ticket.", 'almost fifty years ago'),
    ("i graduated high school forty years ago and i've been driving trucks", 'forty years ago'),
]  # fmt: skip

PROBE_C_TRAPS = [
    ('The meeting is going on two hours as we speak.', 'two hours'),
    ('I sorted the older side of the warehouse as a stocker.', 'older side of the warehouse'),
    ('The project was two and a half years long.', 'two and a half years'),
    ('I trained new hires who were too young to drive forklifts, as a safety lead.', 'safety lead'),
    ("I'm a retirement plan administrator at Fidelity.", 'retirement plan administrator'),
    ('I have fifteen years of experience as a welder.', 'fifteen years of experience'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PROBE_C_POSITIVES)
def test_probe_c_age_is_found(redacted_spans, text, expected):
    _c_found(redacted_spans(text, 'AGE'), text, expected)


@pytest.mark.parametrize(("text", "kept"), PROBE_C_TRAPS)
def test_probe_c_age_traps_kept(redacted_spans, text, kept):
    _c_kept(redacted_spans(text), text, kept)


# --- round j (heldout15 classes) ---------------------------------------------------------------
from .spans import assert_not_redacted as _j_kept, assert_redacted as _j_found  # noqa: E402

J_AGE_POSITIVES = [
    ("I'm sixty-one, so I remember posting payments by hand in a ledger, but I use QuickBooks Online.", 'posting payments by hand in a ledger'),
    ('i remember keeping the books in a paper ledger', 'paper ledger'),
    ('I started working back when inventory meant clipboards and carbon paper, so I appreciate every scanner.', 'back when inventory meant clipboards and carbon paper'),
    ('i started back when ordering meant a fax machine and a clipboard', 'fax machine'),
    ('I started working the summer I graduated high school, so I appreciate every scanner.', 'the summer I graduated high school'),
    ('i got my first job the year i turned sixteen', 'the year i turned sixteen'),
    # what people expect of someone one's age: the age word goes, the sentence stays
    ("People assume a teenager won't want to sit with boxes all day, but I love it.", 'a teenager'),
    ("Managers might think a retiree can't keep up with the scanners.", 'a retiree'),
    ('people figure some old timer cant learn the new software but i was the fastest one on our team at the warehouse', 'some old timer'),
]  # fmt: skip

J_AGE_TRAPS = [
    ('I keep the general ledger for three clients.', 'general ledger'),
    ('I count inventory with a clipboard and a scanner.', 'clipboard and a scanner'),
    ('Back when the store was small we did everything ourselves.', 'the store was small'),
    ('The summer I worked at the camp I learned CPR.', 'learned CPR'),
    ('I post payments by hand when the system goes down.', 'post payments by hand'),
    ('I think a kid would love the science kits we sell.', 'a kid would love'),
    ('We assume a customer will call back within the week.', 'a customer will call back'),
    ('most people think a teller just counts cash but i also open accounts and handle wires for small business clients every single day', 'a teller just counts cash'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), J_AGE_POSITIVES)
def test_j_age_is_found(redacted_spans, text, expected):
    _j_found(redacted_spans(text, 'AGE'), text, expected)


@pytest.mark.parametrize(("text", "kept"), J_AGE_TRAPS)
def test_j_age_traps_kept(redacted_spans, text, kept):
    _j_kept(redacted_spans(text), text, kept)


# --- helper A (heldout15/19/20 classes) ---------------------------------------------------------
from .spans import assert_not_redacted as _a_kept, assert_redacted as _a_found  # noqa: E402

A_AGE_POSITIVES = [
    ("I'm sixty-one, a retired firefighter, and I still like early mornings.", 'retired firefighter'),
    ('As a retired nurse I know how to stay calm when a patient panics.', 'retired'),
    ("i'm a retired mail carrier looking for part time work at the hardware store near my place", 'retired'),
    ('Seventy this spring, a retired machinist.', 'a retired machinist'),
    ('People expect a younger face, but then a retired grandma shows up to fix their sink.', 'retired'),
    ("folks do a double take when a teenage boy walks in to handle their plumbing and i'm good at it", 'teenage'),
    ('Clients are surprised when a teenaged kid fixes their router in ten minutes.', 'teenaged'),
    ("im twenty two me and my girlfriend just moved here and i've been cooking on the line for four years", 'twenty two'),
    ("i'm nineteen me and my brother run a small lawn business on weekends and i know every mower", 'nineteen'),
    ('so yeah im thirty one me and my kids live close to the depot', 'thirty one'),
    ("I'm a quick learner who graduated high school in June.", 'graduated high school in June'),
    ("I finished high school in May and I've been mowing lawns every summer.", 'finished high school in May'),
    ('I graduated high school back in june and I already have my forklift certification.', 'graduated high school back in june'),
]  # fmt: skip

A_AGE_TRAPS = [
    ('As a retired nurse I know how to stay calm when a patient panics.', 'nurse'),
    ("i'm a retired mail carrier looking for part time work at the hardware store near my place and i know every route", 'mail carrier'),
    ('We retired the old inventory system and I trained the whole team on the new one.', 'retired'),
    ('I helped a retired man with his taxes every spring as a volunteer preparer.', 'retired'),
    ('i tutored a teenage girl in algebra every tuesday and thursday at the library branch near the park for two years straight', 'teenage'),
    ('the order was twenty two pallets me and the driver loaded it by hand in under an hour every single friday all year', 'twenty two'),
    ('I taught high school in June and July summer sessions for three years.', 'June'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), A_AGE_POSITIVES)
def test_a_age_is_found(redacted_spans, text, expected):
    _a_found(redacted_spans(text, "AGE"), text, expected)


@pytest.mark.parametrize(("text", "kept"), A_AGE_TRAPS)
def test_a_age_traps_kept(redacted_spans, text, kept):
    _a_kept(redacted_spans(text), text, kept)


# --- helper C (heldout21/22 classes, own sentences) ---------------------------------------------
from .spans import assert_not_redacted as _hc_kept, assert_redacted as _hc_found  # noqa: E402

C_AGE_POSITIVES = [
    ('I finished high school the summer the mill closed, so I know hard times.', 'finished high school the summer the mill closed'),
    ('i graduated the year the first iphone came out and i went straight into retail', 'graduated the year the first iphone came out'),
    ('I started kindergarten the year Elvis died, if that helps.', 'started kindergarten the year Elvis died'),
    ('I help plan our fortieth reunion and I keep the mailing list.', 'our fortieth reunion'),
    ('I run the class reunions, and we just had the thirtieth in June.', 'we just had the thirtieth'),
    ('my 20th high school reunion is next month and i can still work', 'my 20th high school reunion'),
    ('We moved to the lake when we retired and I got bored fast.', 'when we retired'),
    ('since my wife and I retired I have been driving school buses', 'since my wife and I retired'),
    ('After we both retired we started a small bakery.', 'After we both retired'),
    ("I'm always the grandpa of the shift, but I pull my weight.", "I'm always the grandpa of the shift"),
    ("im usually the old timer at the shop and i like that", "im usually the old timer at the shop"),
    ("I'm often the kid of the team, and I ask a lot of questions.", "I'm often the kid of the team"),
    ('I learned on a manual typewriter, so I type hard and fast.', 'I learned on a manual typewriter'),
    ('i started out on a teletype at the wire desk and now i run the cms', 'i started out on a teletype'),
    ('I cut my teeth on a Wang word processor.', 'cut my teeth on a Wang word processor'),
    ('I went back for my associate degree twenty years after high school.', 'twenty years after high school'),
    ("i'm two decades out of high school and i just got my cdl", 'two decades out of high school'),
    ('I got my nursing license, a few years after graduation.', 'a few years after graduation'),
]  # fmt: skip

C_AGE_TRAPS = [
    ('I got promoted the year the plant expanded to three shifts.', 'the year the plant expanded'),
    ('We just did the fortieth store opening in the region.', 'fortieth store opening'),
    ('We celebrated our fiftieth anniversary as a company last spring.', 'fiftieth anniversary'),
    ('When we retired the old fleet I trained every driver on the new trucks.', 'the old fleet'),
    ('i helped the team when we retired the legacy billing system and moved every customer over to the new platform without losing a single account record', 'the legacy billing system'),
    ('The building was finished thirty years after the plant opened.', 'thirty years after the plant opened'),
    ("I'm usually the first one on the crew to clock in.", 'the first one on the crew'),
    ('i learned on the job how to run the register and the lottery machine and now i train every new cashier we hire at the store', 'learned on the job'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), C_AGE_POSITIVES)
def test_c_age_is_found(redacted_spans, text, expected):
    _hc_found(redacted_spans(text, "AGE"), text, expected)


@pytest.mark.parametrize(("text", "kept"), C_AGE_TRAPS)
def test_c_age_traps_kept(redacted_spans, text, kept):
    _hc_kept(redacted_spans(text), text, kept)


# --- helper E (heldout24/25 classes, own sentences) ---------------------------------------------
E_AGE_POSITIVES = [
    # non-native "I have N years" with nothing after it that makes it experience
    ('I have sixty-one years, but my back is good.', 'have sixty-one years'),
    ('i have forty-four years but i still run every morning', 'have forty-four years'),
    ('I have seventy years now, but I am not tired.', 'have seventy years'),
    # arriving as a young person
    ('I came here alone as a teen and finished school at night.', 'came here alone as a teen'),
    ('i moved to canada as a little kid and grew up in a bakery', 'moved to canada as a little kid'),
    ('I was brought over as a baby, so I grew up bilingual.', 'brought over as a baby'),
    # "just turned N" in unpunctuated speech
    ('i just turned eighteen which means i can work nights', 'turned eighteen'),
    ('so i just turned sixteen um and i can work weekends', 'turned sixteen'),
    ('i turned nineteen because my birthday was in may and now i can run the register', 'turned nineteen'),
    # since an early school stage
    ("I've been building Lego robots since grade school.", 'since grade school'),
    ('i have been singing in choirs ever since preschool', 'ever since preschool'),
    ("I've been drawing comics since kindergarten, honestly.", 'since kindergarten'),
    # the + age-marked person word said of oneself
    ("Come find me, I'm the teenage kid at the register.", 'teenage kid'),
    ('the regulars know me as the retired lady who bakes the pies', 'retired lady'),
    ("I'm usually the young guy on the roofing crew.", 'young guy'),
]  # fmt: skip

E_AGE_TRAPS = [
    ('I have ten years doing drywall, but I also tape.', 'ten years'),
    ('i have fifteen years in the trade and i have run crews of ten people on big commercial jobs all over the county since then', 'fifteen years'),
    ('I have twenty years of experience in commercial kitchens.', 'twenty years'),
    ('I retired from Boeing after thirty years on the line.', 'Boeing'),
    ('i retired from nursing last fall and i want something part time in a clinic where i can still use my wound care skills every single day', 'nursing'),
    ('i moved over as a lead from the warehouse team and i have been running the night crew for two years now with no lost time injuries at all', 'moved over as a lead'),
    ('I came on as a trainee and became shift lead in a year.', 'came on as a trainee'),
    ("I've taught kindergarten since 2015 and I love it.", 'kindergarten since 2015'),
    ('i have worked with middle school teachers since the district rolled out the new math curriculum and i run the training sessions every august before school starts', 'since the district'),
    ("I'm the new guy on the crew, but I learn fast.", 'new'),
    ('as the senior tech i train the younger staff on the lathe and i still run the safety meetings every monday for the whole machine shop at the north building site', 'the younger staff'),
    ('The company turned ten when I joined the sales team.', 'turned ten'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), E_AGE_POSITIVES)
def test_e_age_is_found(redacted_spans, text, expected):
    _hc_found(redacted_spans(text, "AGE"), text, expected)


@pytest.mark.parametrize(("text", "kept"), E_AGE_TRAPS)
def test_e_age_traps_kept(redacted_spans, text, kept):
    _hc_kept(redacted_spans(text), text, kept)


# --- helper A (heldout18/23/28/29 classes: restated ages, life stages, eras, own sentences) -----
from .spans import assert_not_redacted as _ra_kept, assert_redacted as _ra_found  # noqa: E402

RA_AGE_POSITIVES = [
    # an age said twice, with a filler
    ("i'm thirty uh thirty-one and i love nights", 'thirty-one'),
    ("I'm fifty, sorry, fifty-two, and still going.", 'fifty-two'),
    ("I'm 44, um, 45 next month.", '45'),
    ("I'm sixty... uh, sixty-one this year.", 'sixty-one'),
    # a retiree with a modifier, and how long retired
    ("I'm a brand-new retiree looking for part-time work.", 'a brand-new retiree'),
    ("i'm a recent retiree and i miss the routine", 'a recent retiree'),
    ("I'm sixty-eight, retired for about six years now.", 'for about six years now'),
    ("i've been retired since 2016 and i'm bored", 'since 2016'),
    # the school year just finished
    ('I just finished my senior year, so I can start right away.', 'just finished my senior year'),
    ("i'm wrapping up my junior year so summers are open", 'wrapping up my junior year'),
    ('I recently completed my senior year.', 'completed my senior year'),
    # an era remembered
    ("I'm old enough to remember rotary phones, ha.", 'old enough to remember rotary phones'),
    ('i am old enough to have seen the bulls win six rings', 'old enough to have seen'),
    ('Old enough to recall the blizzard of seventy-eight, anyway.', 'Old enough to recall'),
    ('I grew up in Flint back when gas was a dollar, and I still live there.', 'back when gas was a dollar'),
    ('i learned to fix cars back when you could do it with a wrench and a flashlight', 'back when you could do it'),
    ('We played outside back when nobody had cell phones.', 'back when nobody had cell phones'),
    # when one first voted
    ('I voted for the first time last November.', 'last November'),
    ('i cast my first ballot in 2022 and i worked the polls after', 'in 2022'),
    ('I cast my very first vote this past fall.', 'this past fall'),
]  # fmt: skip

RA_AGE_TRAPS = [
    ('back when i was at costco i ran the deli counter and trained six new hires on the slicer so i know how to keep a line moving when the lunch rush hits', 'back when i was at costco'),
    ("I'm 20 30 minutes from the warehouse.", '30 minutes'),
    ('i managed the retiree benefits desk for the county and i helped every new retiree fill out the pension forms and the health plan paperwork on time', 'helped every new'),
    ('I finished my senior year project on bridge loads at Purdue.', 'I finished'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), RA_AGE_POSITIVES)
def test_ra_age_is_found(redacted_spans, text, expected):
    _ra_found(redacted_spans(text, "AGE"), text, expected)


@pytest.mark.parametrize(("text", "kept"), RA_AGE_TRAPS)
def test_ra_age_traps_kept(redacted_spans, text, kept):
    _ra_kept(redacted_spans(text), text, kept)


# --- helper A2 (heldout31 classes, own sentences) ---------------------------------------------
from .spans import assert_not_redacted as _a2_kept, assert_redacted as _a2_found  # noqa: E402

A2_AGE_POSITIVES = [
    # the year of one's first paycheck: the year only
    ('My first paycheck was in 1984, from a car wash.', '1984'),
    ('i cashed my first paycheck back in 2018 at a taco stand', '2018'),
    ('My very first real paycheck came in 1992, stocking shelves.', '1992'),
    ('I earned my first dollar in 1976 mowing lawns.', '1976'),
    # an era told by a president's term with a possessive
    ("I've been wiring houses since Carter's presidency.", "since Carter's presidency"),
    ("i've driven a truck ever since nixon's second term", "ever since nixon's second term"),
    ("I started on the line back during Clinton's first term.", "back during Clinton's first term"),
    # an event one watched or heard as it happened
    ('I still remember watching the Challenger explode in homeroom.', 'watching the Challenger explode'),
    ('i saw the berlin wall come down on the news as a teenager', 'saw the berlin wall come down'),
    ('My dad and I watched man walk on the moon together.', 'watched man walk on the moon'),
    ('I heard about Kennedy getting shot over the school intercom.', 'heard about Kennedy getting shot'),
    # when one means to retire
    ("I'm hoping to retire in about five years, so I want one more good job.", 'hoping to retire in about five years'),
    ("honestly i'm planning on retiring in a couple of years but i'm not done yet", 'planning on retiring in a couple of years'),
    ("I'm only three years from retirement and I still love the work.", 'three years from retirement'),
    ("I'm getting ready to retire by 2028.", 'getting ready to retire by 2028'),
    ("I've got maybe four more years until I can retire.", 'four more years until I can retire'),
    ("i'm counting down the years till i retire but i still outwork the kids", 'counting down the years till i retire'),
    # whom one first voted for
    ('My first vote was for Reagan, if that tells you anything.', 'My first vote was for Reagan'),
    ('i cast my first ballot for clinton and i still vote every time', 'cast my first ballot for clinton'),
]  # fmt: skip

A2_AGE_TRAPS = [
    ('i help clients plan to retire in five years and i walk every one of them through their retirement plans and the paperwork so nothing gets missed at the end of the year', 'plan to retire in five years'),
    ('We watched moon landing footage in class for the unit on space.', 'watched moon landing footage'),
    ("I read Reagan's memoir last summer and I wrote the payroll reports on Fridays.", 'memoir last summer'),
    ("The first paycheck I processed at ADP was in March and I closed the books on time.", 'in March'),
    ('I saw the Berlin Wall exhibit at the museum with my crew.', 'Berlin Wall exhibit'),
    ('I voted for the school levy and I run the Tuesday night shift.', 'voted for the school levy'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), A2_AGE_POSITIVES)
def test_a2_age_is_found(redacted_spans, text, expected):
    _a2_found(redacted_spans(text, "AGE"), text, expected)


@pytest.mark.parametrize(("text", "kept"), A2_AGE_TRAPS)
def test_a2_age_traps_kept(redacted_spans, text, kept):
    _a2_kept(redacted_spans(text), text, kept)
# --- round A3 ---
from .spans import assert_not_redacted as _a3_kept, assert_redacted as _a3_found  # noqa: E402

A3_AGE_POSITIVES = [
    # a card or pass one gets only past an age
    ("I'm sixty, got my AARP card in the mail this spring.", 'AARP card'),
    ('i just renewed my senior bus pass so getting to the depot is easy', 'senior bus pass'),
    ('I finally got my Golden Age Passport, so I camp a lot.', 'Golden Age Passport'),
    # a hobby dated by a famous event
    ("I've been curling since the Vancouver Olympics.", 'Vancouver Olympics'),
    ('been playing hockey ever since the miracle on ice', 'miracle on ice'),
    ("I've followed soccer since the '94 World Cup, honestly.", "'94 World Cup"),
    # just retired
    ("I'm sixty-four, just retired, so I'm free most days.", 'just retired'),
    ('i just retired from the post office and i miss the routine', 'just retired'),
    ('Only just retired, and already bored!', 'just retired'),
    # a bare age before what one just did, run-on speech
    ("i'm nineteen just got my cdl and i want to haul", 'nineteen'),
    ('im thirty two just moved here from tulsa', 'thirty two'),
    ("I'm 23 just finished my welding cert.", '23'),
]  # fmt: skip

A3_AGE_TRAPS = [
    ('we just retired the old fleet of vans and i helped sell them at auction last spring so i know the paperwork side of things really well', 'just retired the old fleet'),
    ('im twenty minutes from the yard and i can start monday if you need me', 'twenty minutes'),
    ("I've been running this bar since the Olympics came to town.", 'since the Olympics'),
    ('I answered calls for AARP and helped members with their benefits.', 'helped members'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), A3_AGE_POSITIVES)
def test_a3_age_is_found(redacted_spans, text, expected):
    _a3_found(redacted_spans(text, "AGE"), text, expected)


@pytest.mark.parametrize(("text", "kept"), A3_AGE_TRAPS)
def test_a3_age_traps_kept(redacted_spans, text, kept):
    _a3_kept(redacted_spans(text), text, kept)
# --- round A4 ---
from .spans import assert_not_redacted as _a4_kept, assert_redacted as _a4_found  # noqa: E402

A4_AGE_POSITIVES = [
    # an idiom of being older, any hedge
    ("After twenty years at the depot, I'm not exactly a spring chicken.", 'not exactly a spring chicken'),
    ('im no spring chicken anymore but i can still lift a full pallet', 'no spring chicken anymore'),
    ("My knees say I'm getting up there in years, but I don't miss shifts.", 'getting up there in years'),
    ('honestly im a little long in the tooth for night shifts', 'long in the tooth'),
    # a generation said as a kind of person, with its noun
    ('my nephew says im basically a boomer mechanic because i like paper manuals', 'boomer mechanic'),
    ("I'm kind of a millennial bookkeeper, spreadsheets all day.", 'millennial bookkeeper'),
    ('my roommates joke im a total gen z baker since i film every cake', 'gen z baker'),
    # a two-digit year said after graduating
    ('i graduated from central high in seventy nine and went straight to the mill', 'seventy nine'),
    ('I finished high school in eighty eight and started driving right after.', 'eighty eight'),
    ('graduated from lincoln in ninety and joined the union', 'ninety'),
    # doing something since an old machine
    ('ive been using computers since the commodore 64 so data entry is easy', 'since the commodore 64'),
    ("I've been typing since Windows 95, so I'm quick on a keyboard.", 'since Windows 95'),
    ('gaming ever since the atari so i know my way around a controller', 'ever since the atari'),
]  # fmt: skip

A4_AGE_TRAPS = [
    ('we graduated the whole class in ninety days and i ran the scheduling for every cohort so i know how to keep trainees moving through the program on time', 'ninety days'),
    ('The chicken coop I built in the spring holds forty hens.', 'spring holds forty hens'),
    ("Gen Z customers love our app, so I trained the staff on it.", 'customers'),
    ('i finished the route in sixty minutes flat', 'sixty minutes'),
    ('I migrated the office from DOS tools to a cloud system in 2020.', 'DOS tools'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), A4_AGE_POSITIVES)
def test_a4_age_is_found(redacted_spans, text, expected):
    _a4_found(redacted_spans(text, "AGE"), text, expected)


@pytest.mark.parametrize(("text", "kept"), A4_AGE_TRAPS)
def test_a4_age_traps_kept(redacted_spans, text, kept):
    _a4_kept(redacted_spans(text), text, kept)

A4_AGE_TRAPS_2 = [
    # a word that only says "person" after the generation is not part of it
    ("I'm a Gen Z person who likes paper checklists.", 'person who likes'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kept"), A4_AGE_TRAPS_2)
def test_a4_age_generation_person_kept(redacted_spans, text, kept):
    _a4_kept(redacted_spans(text), text, kept)
# --- round A5 ---
from .spans import assert_not_redacted as _a5_kept, assert_redacted as _a5_found  # noqa: E402

A5_AGE_POSITIVES = [
    ('i graduated from lincoln high back in ninety-two and went straight to work', 'ninety-two'),
    ('honestly im still a teenager so i learn fast', 'still a teenager'),
    ('I\'ve driven a tractor since I was, like, eleven.', 'eleven'),
    ('I\'m a geriatric millennial, ha, but I text fast.', 'geriatric millennial'),
    ('im gen z through and through', 'through and through'),
    ('I\'ve worked ever since I turned sixteen.', 'since I turned sixteen'),
]  # fmt: skip

A5_AGE_TRAPS = [
    ('i finished the warehouse audit in ninety days and graduated the team from paper to scanners which cut our picking errors by a lot over the whole year', 'ninety days'),
    ('I\'m a big kid at heart, so the kids love me.', 'a big kid at heart'),
    ('I work the early shift and the late shift, and I like both.', 'the late shift'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), A5_AGE_POSITIVES)
def test_a5_age_is_found(redacted_spans, text, expected):
    _a5_found(redacted_spans(text, "AGE"), text, expected)


@pytest.mark.parametrize(("text", "kept"), A5_AGE_TRAPS)
def test_a5_age_traps_kept(redacted_spans, text, kept):
    _a5_kept(redacted_spans(text), text, kept)

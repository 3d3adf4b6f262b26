"""AGE: ages and their proxies - numbers, birth and graduation years, decades, generations, eras,
childhood ages, school standing, life stages, nicknames - but never durations of experience,
percentages, distances, things that are old, job titles or college class standing.

A bare number is only the number ("I'm [Personal1], and"); a phrase that tells the age goes whole with
its lead-in ("[since the Clinton years]", "[class of 2015]", "[24 years old]"), so no word of it is
left behind and two speakers of different ages read the same.
"""

from __future__ import annotations

import pytest

from .spans import assert_redacted

POSITIVES = [
    ("My own kids are grown, and I think every kid deserves someone.", ['own kids are grown']),
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
    ('I just turned 21 so I can finally serve alcohol.', ['just turned 21']),
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
    ('I graduated high school in 2016 and went straight to work.', ['graduated high school in 2016']),
    ("I graduated in 2009 and I've been cooking ever since.", ['graduated in 2009']),
    ("I'm class of 2015 at my high school.", ['class of 2015']),
    ("I graduated class of '17 and went right to work.", ["class of '17"]),
    ("I'm a 2019 grad and I've worked retail since.", ['2019 grad']),
    ("I've been playing piano since the sixth grade.", ['since the sixth grade']),
    ("I'm a high school senior and I captain the swim team.", ['high school senior']),
    ("I'm a junior in high school and I work weekends.", ['junior in high school']),
    ("I'm a junior at Kelvyn Park and I work weekends.", ['junior']),
    ("I'm fresh out of high school and ready to work.", ['fresh out of high school']),
    ('I just graduated high school last month.', ['just graduated high school last month']),
    ("I'm still in high school, so I can work weekends.", ['still in high school']),
    ("I'm a teen, but I've been babysitting for years.", ['teen']),
    ("I'm a senior citizen and I still work circles around people.", ['senior citizen']),
    ("I'm a retiree looking for part-time work.", ['retiree']),
    ('I retired from the post office last spring.', ['retired']),
    ('I came out of retirement because I missed people.', ['came out of retirement']),
    ("I'm young, but I learn fast.", ['young']),
    ("I'm usually the youngest guy on the crew.", ['youngest']),
    ('I was always the oldest one in my training class.', ['oldest one in my training class']),
    ('I was the oldest in my class by like twenty years.', ['oldest in my class by like twenty years']),
    ('I was the baby of my class in nursing school.', ['baby of my class']),
    ("I'm the old guy on the crew but I keep up.", ['old guy']),
    ("Everybody calls me keiki because I'm the youngest.", ['keiki', 'youngest']),
    ('Everybody calls me auntie at the store.', ['auntie']),
    ('the guys on the dock call me pops', ['pops']),
    ('everyone at the shop calls me kiddo', ['kiddo']),
    ("I've got grandkids, so I'm patient with little ones.", ['grandkids']),
    ('I spoil my grandkids every weekend.', ['grandkids']),
    ('My kids are grown, so I can work any shift.', ['kids are grown']),
    ('I just sent my youngest off to college, so my evenings are free.', ['just sent my youngest off to college']),
    ('I still live with my parents, so my evenings are free.', ['still live with my parents']),
    ('I live at home with my mom and little brother.', ['live at home with my mom and little brother']),
    ('My two children are in college now.', ['two children are in college']),
    ("I'm an empty nester with time on my hands.", ['empty nester']),
    ('so yeah im twenty three and i just finished my associates', ['twenty three']),
    ('Age: 26, and I love plants.', ['26']),
    ("I turned sixty this year and I'm not slowing down.", ['turned sixty']),
    ('Back when Obama was president I was still in middle school.', ['Back when Obama was president']),
    ("I'm class of twenty twenty-two at Dunbar.", ['class of twenty twenty-two']),
    ("I'm a rising senior at Central High and I need a summer job.", ['a rising senior']),
    ("Everybody on the line calls me Pops, I'm the old man of the crew.", ['Pops', 'old man']),
    ("I remember when gas was under a dollar, and I've pumped it.", ['I remember when gas was under a dollar']),
    ("I learned to code on a Commodore 64, so yeah, I've been around.", ['I learned to code on a Commodore 64']),
    ("We didn't have smartphones when I started, we had pagers.", ["We didn't have smartphones when I started", 'we had pagers']),
    ("I've never known a world without smartphones.", ["I've never known a world without smartphones"]),
    ("I'm fifty-ish and I've done every job in a warehouse.", ['fifty-ish']),
    ('My granddaughter is my whole world.', ['granddaughter']),
    ("I'm semi-retired and looking for part-time work.", ['semi-retired']),
    ("I'm on Social Security so I only need part-time hours.", ['on Social Security']),
    ('I was born on March 3rd, 2001 in a small town.', ['born on March 3rd, 2001']),
    ('I graduated during the pandemic, so my ceremony was online.', ['graduated during the pandemic']),
    ("I'm living with my grandparents while I save up.", ['living with my grandparents']),
    ('At 52, I still outwork the new hires.', ['52']),
    ('I just celebrated my 40th birthday with my crew.', ['40th birthday']),
    ('I got my first job in 1985 at a gas station.', ['got my first job in 1985']),
    ("I'm approaching retirement but I want to keep busy.", ['approaching retirement']),
    ('My kids are little, so I can only work days.', ['kids are little']),
    ("I've been driving trucks since before you were born.", ['since before you were born']),
    ("I've been around since the days of typewriters.", ['since the days of typewriters']),
    ('Both my kids are in college now, so my nights are free.', ['kids are in college']),
    ("She was born in Budapest on August 12, 1985.", ['on August 12, 1985']),
    ("He was born in Lagos, Nigeria in 1979 and moved to Texas in 2001.", ['in 1979']),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_age_is_found(redacted_spans, text, expected):
    assert redacted_spans(text, "AGE") == expected


def test_an_age_phrase_is_redacted_whole(redact):
    assert redact("I am 45 years old.") == "I am [Personal1]."


COUNTERFACTUAL_PAIRS = [
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
    ("I'm a senior at my college studying design.", "senior at my college"),
    # college standing is not an age (dev labels leave it): only high-school standing goes
    ("I'm a senior at Pratt studying design.", "senior at"),
    ("I'm a junior at Georgia State majoring in finance.", "junior at"),
    ("I'm a sophomore at UCLA.", "sophomore at"),
    ("I've been welding since 2009.", "since 2009"),
    ("We served 300 guests at the gala.", "300 guests"),
    ("I was 10 minutes early every day.", "10 minutes early"),
    ("I'm one of the top sellers in my district.", "one of the top sellers"),
    ("I taught a fifth grade classroom as a student teacher.", "fifth grade classroom"),
    ("I sold the oldest wine on the list to a regular.", "oldest wine"),
    ("I'm the youngest of five kids.", "youngest of five kids"),
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
]  # fmt: skip

COVERAGE_TRAPS = [
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
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), COVERAGE_POSITIVES)
def test_coverage_age_is_found(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, 'AGE'), text, expected)


@pytest.mark.parametrize(("text", "survives"), COVERAGE_TRAPS)
def test_coverage_age_traps_survive(redact, text, survives):
    assert survives in redact(text)

"""FAMILY_STATUS: marital status, partners, weddings, children, pregnancy and family caregiving.

Whole phrases must go ("married with three kids", "getting married in June", "expecting our first
in March"), and partner words are reported here rather than as SEXUAL_ORIENTATION so the
placeholder does not name the tell. Age proxies said about family (empty nest, living with one's
parents, grown children) are AGE: see test_age.py.
"""

from __future__ import annotations

import pytest

from .spans import assert_redacted

POSITIVES = [
    ("I'm married with three kids, so I'm used to chaos.", ['married with three kids']),
    # children named one by one after "with": one cue, whatever their number or sex
    ("I'm married with a boy and a girl, so weekends are busy.", ['married with a boy and a girl']),
    ("I'm a single dad with a son and two daughters at home.", ['single dad with a son and two daughters']),
    ("i'm divorced with a teenage son and a baby girl and i work any shift they need me", ['divorced with a teenage son and a baby girl']),
    ("I'm single, and I can pick up any shift.", ['single']),
    ("i'm not married and i can travel for work anytime", ['not married']),
    ("I'm divorced and I've rebuilt my whole schedule around work.", ['divorced']),
    ("I'm a widower, and the night shift suits me.", ['widower']),
    ("I'm a widow and I've volunteered at the library for years.", ['widow']),
    ("We just got engaged, and we're staying in town.", ['We just got engaged']),
    ("I'm engaged to a firefighter, so I get odd hours.", ['engaged']),
    ("I'm happily married and I've been a cashier for six years.", ['happily married']),
    ("I'm getting married in June but I'll only need a week off.", ['getting married in June']),
    ("the wedding's in april and then i'm all yours", ["the wedding's in april"]),
    ("Our wedding is next spring, and I've already saved my time off.", ['Our wedding is next spring']),
    ("I'm a bachelor with no kids, so I can travel.", ['bachelor', 'no kids']),
    ('No husband, no kids, just me and my cat.', ['No husband', 'no kids', 'just me and my cat']),
    ("I'm going through a divorce, so I want a fresh start.", ['going through a divorce']),
    ("My husband works from home, so I'm flexible on hours.", ['My husband works from home']),
    ('My wife and I both work in restaurants.', ['wife']),
    ("My girlfriend says I'm the most organized person she knows.", ['girlfriend']),
    ("I've been with my partner Marcus for eight years.", ['partner']),
    ('My ex-husband and I co-parent really well.', ['ex-husband', 'co-parent']),
    ('I have a girlfriend who works nights too.', ['girlfriend']),
    ('Me and the wife both work nights.', ['the wife']),
    # (helper C) who minds one's children goes whole with when, as heldout22 marks it
    ('My mother-in-law watches the baby on weekdays.', ['My mother-in-law watches the baby on weekdays']),
    ("i'm a single dad of two teenagers and i love fixing cars", ['single dad of two teenagers']),
    ("I'm a mother of four and I run our PTA bake sale.", ['mother of four', 'PTA']),
    ("I'm a grandfather of nine, so patience is my thing.", ['grandfather of nine']),
    ("I'm a homeschooling mom of six and I plan everything.", ['homeschooling mom of six']),
    ('As a mom, I know how to stay calm under pressure.', ['mom']),
    ("I'm a stay-at-home dad returning to the workforce.", ['stay-at-home dad']),
    ('I have two-year-old twins at home, so I need day shifts.', ['I have two-year-old twins']),
    ('We have three kids under ten.', ['We have three kids under ten']),
    ('um so i have three little ones and a husband who works nights', ['i have three little ones', 'husband']),
    ('I live with my wife and four children in a small house.', ['wife', 'four children']),
    ('Me, my husband, and our three kids just moved here.', ['husband', 'three kids']),
    ("I'm raising three kids under five, so I'm organized.", ['raising three kids under five']),
    ('My kids are four and six, so I need day shifts.', ['My kids are four and six']),
    ('My daughter is starting kindergarten this fall.', ['daughter']),
    ("I coach my son's soccer team on weekends.", ['son']),
    ("Now that my youngest started school I'm ready to work full time.", ['youngest']),
    ('Before kids I managed a boutique for five years.', ['Before kids']),
    ('My wife and I have a baby on the way this spring.', ['wife', 'have a baby on the way this spring']),
    ("We're expecting our first in March, so I'd like to start soon.", ['expecting our first in March']),
    ("I'm due in May but I can work until then.", ['due in May']),
    ("I'm six months pregnant and still on my feet all day.", ['six months pregnant']),
    ("I'm coming back from maternity leave next month.", ['maternity leave']),
    ("We're trying to get pregnant, so a steady schedule matters.", ['trying to get pregnant']),
    ('Honestly I take care of my grandmother most evenings.', ['take care of my grandmother']),
    ("I'm the primary caregiver for my dad.", ['primary caregiver for my dad']),
    ('I raised my two younger brothers while working nights.', ['I raised my two younger brothers']),
    ("I'm caring for my aging parents, so I need a steady schedule.", ['caring for my aging parents']),
    ('I drive my mom to her dialysis appointments twice a week.', ['I drive my mom to her dialysis appointments']),
    ('I watch my little brother after school.', ['I watch my little brother']),
    ('I have childcare lined up for every shift.', ['childcare lined up']),
    ('I do school drop-off at eight, so I can start at nine.', ['school drop-off']),
    ("Me, I'm forty-eight, divorced, two grown kids, and I love numbers.", ['divorced', 'two grown kids']),
    ('My wife just had our third baby.', ['wife', 'had our third baby']),
    ('I have an eleven-year-old and a teenager at home.', ['I have an eleven-year-old', 'a teenager']),
    ("I'm a foster mom to two teenagers.", ['foster mom to two teenagers']),
    ('I look after my grandpa on weekends.', ['I look after my grandpa']),
    ("We have shared custody, so I'm free every other week.", ['We have shared custody']),
    ('My childcare is covered, so nights are fine.', ['My childcare is covered']),
    ('I pick up my kids from daycare at five.', ['I pick up my kids from daycare']),
    ("I've been married for twenty years to my high school sweetheart.", ['married for twenty years to my high school sweetheart']),
    ('My little girl just started kindergarten.', ['little girl']),
    ('Our family of five just moved here.', ['family of five']),
    ('My husband and I are expecting our second child in October.', ['husband', 'expecting our second child in October']),
    ("I got married last year and moved here for my wife's job.", ['I got married last year', 'wife']),
    ('I have a toddler and a newborn.', ['I have a toddler', 'a newborn']),
    ("My mom has Alzheimer's and I'm her caregiver.", ['her caregiver']),
    ("I'm engaged, the wedding is in May.", ['engaged', 'the wedding is in May']),
    # bios speak of their subject in the third person
    ("She has two children and volunteers at the food bank.", ['two children']),
    ("He lives in Tacoma with his wife and their three kids.", ['wife', 'three kids']),
    ("Her husband is a firefighter.", ['husband']),
    ("His proudest accomplishment is his marriage of over 20 years.", ['marriage of over 20 years']),
    ("She started lifting weights during her first pregnancy.", ['first pregnancy']),
    ("Mary Okafor (née Brown) teaches eighth-grade math.", ['née Brown']),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_family_status_is_found(redacted_spans, text, expected):
    assert redacted_spans(text, "FAMILY_STATUS") == expected


def test_partner_words_are_reported_as_family_status_not_orientation(redacted_spans):
    # "my wife" said by a woman: the placeholder must not say which kind of partner it was
    text = "My wife and I just moved here."
    assert redacted_spans(text, "FAMILY_STATUS") == ["wife"]
    assert redacted_spans(text, "SEXUAL_ORIENTATION") == []


def test_family_differences_give_the_same_output(redact):
    one = redact("I'm married with four kids and I live close to the depot.")
    other = redact("I'm single and I live close to the depot.")
    assert one == other == "I'm [Personal1] and I live close to the depot."


COUNTERFACTUAL_PAIRS = [
    ("I'm married with three little ones, so days work best.", "I'm single, so days work best."),
    ("I live with my wife and four children near the plant.", "I live with my husband and four children near the plant."),
    ("My boyfriend and I just got engaged, so I'm staying in town.", "My girlfriend and I just got engaged, so I'm staying in town."),
    ("I'm a single mom of three, so I'm organized.", "I'm a single dad of three, so I'm organized."),
    ("We're expecting our first in March, so I'd like to start soon.", "We're getting married in March, so I'd like to start soon."),
    ("I'm getting married in June, so I'd need a week off.", "I'm due in May, so I'd need a week off."),
    ("I take care of my dad on weekends.", "I take care of my grandma on weekends."),
    ("My wife is a nurse, so I know hospital hours.", "My partner is a nurse, so I know hospital hours."),
    ("I have no kids, so I can travel.", "I have two kids, so I can travel."),
    ("i have three kids and im a single mom so i like the day shift", "i have no kids and im not married so i like the day shift"),
]  # fmt: skip


@pytest.mark.parametrize(("one", "other"), COUNTERFACTUAL_PAIRS)
def test_family_swaps_give_the_same_output(redact, one, other):
    assert redact(one) == redact(other)


TRAPS = [
    ("I teach the kids in my class to read.", "the kids in my class"),
    ("I'm engaged with every customer who walks in.", "engaged with every customer"),
    ("I'm single-handedly running the closing shift.", "single-handedly"),
    ("I did every single inventory count last year.", "every single inventory count"),
    ("My partner on the ambulance and I ran forty calls a week.", "partner on the ambulance"),
    ("My business partner and I opened a food truck.", "business partner"),
    ("I work with single parent families at the shelter.", "single parent families"),
    ("I've nannied two kids for a family in town.", "nannied two kids"),
    ("We served a married couple who came in every Sunday.", "married couple"),
    ("I handle maternity leave paperwork for our whole department.", "maternity leave paperwork"),
    ("I'm expecting to finish my certification in June.", "expecting to finish"),
    ("I have kids come up to me at the pool asking questions all day.", "kids come up"),
    ("This cafe is my baby, I built it from nothing.", "my baby"),
    ("After my first year at the bank I was promoted.", "After my first year"),
    ("I planned the kids menu for the restaurant.", "kids menu"),
    ("I was a parent liaison at the elementary school.", "parent liaison"),
    ("I was a parent volunteer at the book fair.", "parent volunteer"),
    ("Our partner schools send us interns every summer.", "partner schools"),
    ("I'm a wedding planner with five years of experience.", "wedding planner"),
    ("I photograph weddings on weekends.", "photograph weddings"),
    ("I worked at a childcare center for three years.", "childcare center"),
    ("I work with three kids under five at the daycare.", "three kids under five"),
    ("I'm a mom of two dogs and a cat.", "two dogs and a cat"),
    ("I have a bachelor's degree in accounting.", "bachelor's degree"),
    ("I'm married to the job, honestly.", "married to the job"),
    ("I go to Mass at Our Lady of Perpetual Help with my grandma.", "with my grandparent"),
    ("I help my dad at his shop on Saturdays.", "at their shop on Saturdays"),
    ("I help customers with their wedding registries.", "wedding registries"),
    ("I'm a caregiver at a senior living community.", "caregiver at a senior living community"),
    ("Our customers are expecting a busy weekend.", "expecting a busy weekend"),
    ("She has students in her class from six countries.", "students in their class"),
    ("He has kids in his class who speak three languages.", "kids in their class"),
    ("He is a licensed marriage and family therapist.", "marriage and family therapist"),
    ("She gave her life to Christ in her teens and later moved to London.", "in their teens"),
    ("Dana and her partner at the firm handle estate planning.", "partner at the firm"),
    ("He and his partner founded the studio in 2009.", "partner founded the studio"),
    ("She worked with children and families in the region.", "children and families"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "survives"), TRAPS)
def test_family_status_traps_survive(redact, text, survives):
    assert survives in redact(text)


# Coverage audit: first-person sentences written from general knowledge of each kind of cue
# (not fitted to any transcript), and traps where similar words are job facts and stay.
COVERAGE_POSITIVES = [
    # round 4 (heldout10 classes)
    ("I'm married with two little ones, so mornings are busy.", 'married with two little ones'),
    ("I'm a single mom with three kiddos.", 'with three kiddos'),
    ("I'm divorced with two young'uns.", "with two young'uns"),
    ("I'm a proud dad of four little ones.", 'dad of four little ones'),
    ('We have three littles at home.', 'three littles'),
    ("I'm twenty-nine, no kids, single, and I can travel.", 'single'),
    ('Forty-one, separated, two teenagers, and I need steady hours.', 'separated'),
    ("I'm thirty and single, so weekends are open.", 'single'),
    ('Single, no kids, so I can relocate.', 'Single'),
    ("I'm twenty-six, engaged, no kids.", 'engaged'),
    # round 3 (heldout8 classes)
    ("I'm 37, I'm a single auntie raising my nephew.", 'single'),
    ('As a single grandma I know how to juggle.', 'single'),
    ("I've been home caring for my father-in-law, and now I'm ready.", 'been home caring for my father-in-law'),
    ('I stayed home taking care of my mom for two years.', 'stayed home taking care of my mom'),
    ('Since my husband passed I need something to keep me busy.', 'my husband passed'),
    ("We're finalizing the adoption of our daughter, so steady hours would help.", 'finalizing the adoption of our daughter'),
    ("I'm a stay-at-home mom going back to work.", 'stay-at-home mom'),
    ("I'm a single father of two.", 'single father'),
    ("I've got a newborn at home.", 'newborn'),
    ("I'm pregnant, due in March.", 'pregnant'),
    ('My wife and I just had our first baby.', 'wife'),
    ("I'm a foster parent.", 'foster parent'),
    ('I take care of my elderly mom.', 'elderly mom'),
    ("I'm separated from my husband.", 'separated'),
    ("I'm in a domestic partnership.", 'domestic partnership'),
    ("We're a blended family of seven.", 'blended family'),
    ("I'm raising my grandkids.", 'raising my grandkids'),
    ("I'm a newlywed.", 'newlywed'),
    ('I have a toddler in daycare.', 'toddler'),
    ('My fiancé is in the military so we might move.', 'fiancé'),
    ('I co-parent with my ex.', 'co-parent'),
    ('I have three stepkids.', 'stepkids'),
    ('My kids are in school until three so I can work mornings.', 'kids'),
    ("I'm expecting twins in the fall.", 'expecting twins'),
    ('My husband got transferred here.', 'husband'),
    ("I'm a mom of three boys.", 'mom of three boys'),
    ('We adopted a little girl last year.', 'adopted'),
    ("I'm going through a divorce.", 'divorce'),
    ("I'm child-free, so I'm flexible.", 'child-free'),
    ("I'm a caregiver for my disabled brother.", 'caregiver for my disabled brother'),
    ("I'm on maternity leave right now.", 'maternity leave'),
    ('My daughter just started kindergarten.', 'daughter'),
    ('I was a homemaker for fifteen years.', 'homemaker'),
    ('I live with my partner and our two dogs.', 'partner'),
    ("I'm a single parent.", 'single parent'),
    ("I'm a soccer mom on the weekends.", 'soccer mom'),
    ("I'm the sole provider for my family.", 'sole provider'),
    ("I'm a girl dad, three daughters.", 'girl dad'),
    ("I'm a proud grandfather of five.", 'grandfather'),
    ('I have custody of my nephew.', 'custody of my nephew'),
    ("I'm a widower.", 'widower'),
    ("We're trying for a baby.", 'trying for a baby'),
    ('I have a little one at home.', 'little one'),
    ("I'm the breadwinner for our house.", 'breadwinner'),
    ("We're a blended family, so weekends are busy.", 'blended family'),
    ('I share custody of my daughter.', 'custody'),
    ("I'm separated from my wife.", 'separated'),
    ('I was a full-time homemaker for ten years.', 'homemaker'),
    # siblings' ages and birth order
    ('my little sister says I make the best hoagie', 'little sister'),
    ("My little brothers think it's the coolest job ever.", 'little brothers'),
    ('My little cousins are the reason I love this age group.', 'little cousins'),
    ('my big brother got me into welding', 'big brother'),
    ('I taught my younger brother to drive stick.', 'younger brother'),
    ('my baby sister just started kindergarten', 'baby sister'),
    ('My twin sister and I ran a lemonade stand.', 'twin sister'),
    ('my kid brother and I rebuilt a Civic', 'kid brother'),
    ("I'm the oldest of five, so I'm used to responsibility.", 'oldest of five'),
    ("i'm the eldest of four kids so i can handle chaos", 'eldest of four kids'),
    ("I'm the youngest of five kids.", 'youngest of five kids'),
    ("I'm an only child.", 'only child'),
    ("I'm the middle child of three.", 'middle child'),
    ('I have three younger siblings at home.', 'younger siblings'),
    # military families
    ("I'm a military kid, we moved every two years.", 'military kid'),
    ('my wife is deployed right now', 'deployed'),
    ('I did three moves in four years, so I adapt fast.', 'did three moves in four years'),
    # school and team parents
    ('I bowl Tuesday nights in the PTA league.', 'PTA'),
    ("i'm on the pto at my daughter's elementary", 'pto'),
    ("I'm PTA president at my kids' school.", 'PTA'),
    ("I'm a room parent for my son's class.", 'room parent'),
    ("I'm a hockey mom, so early mornings are normal.", 'hockey mom'),
    ('I spend weekends as a travel ball dad.', 'travel ball dad'),
    # pregnancy in more frames
    ("I'm married, expecting our first in March.", 'expecting our first in March'),
    ("since we're expecting our first baby in the spring", 'expecting our first baby in the spring'),
    # round 2 (held-out misses): positives
    ("Since the wedding I've been picking up a lot of overtime.", 'Since the wedding'),
    ("ever since we got married i've wanted steady hours", 'ever since we got married'),
    ('After my divorce, I went back to school.', 'After my divorce'),
    ('Since getting married I moved closer to the city.', 'Since getting married'),
    ("I'm paying for this course with my spouse scholarship.", 'spouse scholarship'),
    ("I'm using my spouse education benefits for the course.", 'spouse education benefits'),
    ('The course is paid through MyCAA.', 'MyCAA'),
    ("It's just the two of us for now, so steady hours would be huge.", "It's just the two of us for now"),
    ("it's only the three of us at home", "it's only the three of us at home"),
    ("It's just me and my daughter these days.", "It's just me and my daughter these days"),
    ('I watch my grandson on Tuesdays.', 'watch my grandson on Tuesdays'),
    ('I pick up my kids after school, so I need to leave by three.', 'after school'),
    ('I have my daughter every other weekend.', 'every other weekend'),
    ("I'm married with a toddler and pregnant with number two.", 'pregnant with number two'),
    ("We're expecting number three in May.", 'expecting number three'),
    ('Baby number two is on the way.', 'Baby number two is on the way'),
    ('I took eight years off to be home with my kids.', 'took eight years off to be home with my kids'),
    ('I took time off to raise my kids.', 'took time off to raise my kids'),
    ('i stayed home with my boys for six years', 'stayed home with my boys for six years'),
    ("I'm newly married, no kids yet, so hours matter.", 'no kids yet'),
    ('No children just yet.', 'No children just yet'),
]  # fmt: skip

COVERAGE_TRAPS = [
    # round 4 (heldout10 classes)
    ('I built the whole deck single-handedly.', 'single-handedly'),
    ('I can work a double, single, whatever you need.', 'double, single, whatever'),
    ("I'm punctual, engaged, and curious.", 'punctual, engaged, and curious'),
    ('I answered a single-line phone at the front desk.', 'single-line phone'),
    ('I worked a single shift on Sunday.', 'single shift'),
    ('I sorted 40, separated, then bagged them.', 'separated'),
    ('At the daycare I had twelve little ones in my room.', 'twelve little ones'),
    # round 3 (heldout8 classes)
    ('I can lift a single pallet by hand.', 'single pallet'),
    ('I was home health aide for my clients.', 'home health aide'),
    ("We're expecting a big delivery on Monday, so I'll be in early.", 'expecting a big delivery'),
    ('I work at a family-owned restaurant.', 'family-owned restaurant'),
    ('I worked in the maternity ward as a unit clerk.', 'maternity ward'),
    ("I'm the parent liaison at the daycare.", 'parent liaison'),
    ("I sold wedding dresses at David's Bridal.", 'wedding dresses'),
    ('I prepare taxes for married couples filing jointly.', 'married couples filing jointly'),
    ("I'm a family law paralegal.", 'family law paralegal'),
    ('I handle divorce filings at the courthouse.', 'divorce filings'),
    ('I bartend weddings on weekends.', 'bartend weddings'),
    ('I do newborn photography.', 'newborn photography'),
    ('We treat every customer like family.', 'like family'),
    ('I close single-handedly on Sundays.', 'single-handedly'),
    ('I worked at Babies R Us.', 'Babies R Us'),
    ("I'm a partner at a small landscaping company.", 'partner at a small landscaping company'),
    ("I was a teacher's aide in a toddler classroom.", 'toddler classroom'),
    ('I work as a homemaker aide for a home care agency.', 'homemaker aide'),
    ('I was a homemaker for a home care agency.', 'homemaker'),
    ('I handle custody paperwork at the family court.', 'custody paperwork'),
    ('I volunteer with Big Brothers Big Sisters.', 'Big Brothers Big Sisters'),
    ('I was a server at Twin Peaks for two years.', 'Twin Peaks'),
    ('I worked at Little Caesars for a year.', 'Little Caesars'),
    ('I managed the PTO requests for forty employees.', 'PTO requests'),
    ('I have two weeks of PTO saved up.', 'PTO'),
    ("I coordinated the book fair with the school's PTA as the front office secretary.", 'PTA'),
    ('I help military families find housing on base.', 'military families'),
    ('I care for patients and their little ones in the pediatric ward.', 'little ones'),
    ('Our crew did three moves in one day.', 'three moves in one day'),
    ('I sold twin beds and bunk beds at Rooms To Go.', 'twin beds'),
    # round 2 (held-out misses): traps
    ('Since the wedding season is my busiest, I hire extra help.', 'wedding season'),
    ('After the wedding we catered last June, the client hired us again.', 'After the wedding'),
    ("It's just the two of us on the closing shift, so I do the counts.", 'two of us on the closing shift'),
    ('I watch my inventory on Tuesdays.', 'Tuesdays'),
    ('I took two weeks off to study for my CDL.', 'two weeks off'),
    ("We're expecting a big delivery on Monday.", "We're expecting"),
    ('I processed spousal benefits enrollment for the HR team.', 'spousal benefits'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), COVERAGE_POSITIVES)
def test_coverage_family_status_is_found(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, 'FAMILY_STATUS'), text, expected)


@pytest.mark.parametrize(("text", "survives"), COVERAGE_TRAPS)
def test_coverage_family_status_traps_survive(redact, text, survives):
    assert survives in redact(text)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # military spouses and brats are reported as VETERAN (veteran.yaml); what goes with them
        # ("spouse", "wife", "we PCS") is family status, and nothing of the phrase is left
        ("I'm a Marine Corps spouse, so I've moved a lot.", "spouse"),
        ("I'm an Army wife and we PCS every few years.", "wife"),
        ("I'm an Army wife and we PCS every few years.", "PCS"),
        ("I grew up a Navy brat.", "brat"),
    ],
)
def test_military_family_words_leave_nothing(redact, text, gone):
    assert gone not in redact(text)


# --- red-team round: family said in idiom, as a need or a schedule (text, words in one span) -----
ROUND_POSITIVES = [
    ("We're having our first in November, so I'd like a start date before that.", "having our first"),
    ("My partner and I have a bun in the oven, so steady hours matter.", "bun in the oven"),
    ("I still nurse, so I'd need a room to pump twice a shift.", "room to pump"),
    ("As a new mom I'm really good at running on no sleep.", "new mom"),
    ("I claim four dependents, so benefits are a big deal for me.", "four dependents"),
    ("I bring my grandpa to his dialysis treatments on Mondays.", "grandpa to his dialysis treatments"),
    ("We homeschool our two boys in the morning.", "homeschool our two boys"),
    ("When my kids get sick my sister covers for me.", "kids get sick"),
    ("I'd need June 12th off, it's our wedding anniversary.", "wedding anniversary"),
    ("I'm on the daycare waitlist right now, so mornings are tricky.", "daycare waitlist"),
    ("I'm saving up for our wedding, so I want extra hours.", "saving up for our wedding"),
    ("I'm in the carpool line at three every day.", "carpool line"),
    ("I'm breast-feeding, so short breaks every few hours would help.", "breast-feeding"),
    ("My ex gets the kids every other weekend, so those are open.", "gets the kids every other weekend"),
    ("I'm raising two boys by myself, so I'm dependable.", "by myself"),
]

ROUND_TRAPS = [
    ("I married the two data sets with a VLOOKUP.", "married the two data sets"),
    ("I enrolled employees' dependents in their health plans.", "dependents"),
    ("I ran the pump at the gas station.", "pump"),
    ("I planned the anniversary party for the store's tenth year.", "anniversary party"),
    ("I drove the carpool van for the hotel staff.", "carpool van"),
]


@pytest.mark.parametrize(("text", "words"), ROUND_POSITIVES)
def test_round_family_status_is_found(redacted_spans, text, words):
    assert_redacted(redacted_spans(text, "FAMILY_STATUS"), text, words)


@pytest.mark.parametrize(("text", "survives"), ROUND_TRAPS)
def test_round_family_status_traps_survive(redact, text, survives):
    assert survives in redact(text)


# --- round 6 (heldout11/12 classes), own sentences: grandparent words of heritage languages with their count ('a lola of seven'), a child named by
# order ('my oldest'), ages said after the children ('three daughters, all teenagers'), custody
# schedules ('I got my two boys every other weekend')
# (category None: redacted under any category, e.g. a custody schedule that decide merges)
ROUND6_POSITIVES = [
    ('FAMILY_STATUS', "I'm a lola of seven, I speak Tagalog and Ilocano.", 'seven'),
    (None, "I'm a lola of seven, I speak Tagalog and Ilocano.", 'lola'),
    (None, "I'm a proud abuela of five, and I still work doubles.", 'abuela'),
    (None, "I'm a proud abuela of five, and I still work doubles.", 'five'),
    (None, "I'm a nonna of three, so I'm patient with kids.", 'nonna'),
    (None, "I'm a nonna of three, so I'm patient with kids.", 'three'),
    (None, "I'm an oma now, my first grandbaby was born in May.", 'oma'),
    (None, "I'm an oma now, my first grandbaby was born in May.", 'first grandbaby'),
    (None, "I'm a bubbe to four wonderful kids.", 'bubbe'),
    (None, "I'm a bubbe to four wonderful kids.", 'four wonderful kids'),
    (None, "As a halmoni of two I'm up early anyway.", 'halmoni'),
    (None, "As a halmoni of two I'm up early anyway.", 'two'),
    (None, "I'm a yiayia of six and I bake for all of them.", 'yiayia'),
    (None, "I'm a yiayia of six and I bake for all of them.", 'six'),
    (None, "i'm a lolo of five and i still drive every day", 'lolo'),
    (None, "i'm a lolo of five and i still drive every day", 'five'),
    (None, "I'm a babcia of three grandkids.", 'babcia'),
    (None, "I'm a babcia of three grandkids.", 'three grandkids'),
    ('FAMILY_STATUS', "I'm a proud nana of four.", 'nana of four'),
    ('FAMILY_STATUS', "my oldest yaretzi helped me film this so sorry if it's shaky", 'oldest'),
    ('FAMILY_STATUS', 'My oldest filmed this for me, so sorry about the angle.', 'oldest'),
    (None, 'My youngest just started kindergarten.', 'youngest'),
    ('FAMILY_STATUS', 'My eldest, Amara, is in college now.', 'eldest'),
    (None, 'My middle one plays travel soccer, so my weekends are busy.', 'middle one'),
    ('FAMILY_STATUS', 'I have three daughters, all teenagers, ha.', 'teenagers'),
    ('FAMILY_STATUS', 'I have two sons, both in college.', 'in college'),
    ('FAMILY_STATUS', 'We have four kids, all under ten.', 'under ten'),
    ('FAMILY_STATUS', "I'm divorced and I got my two boys every other weekend, so I can do any weekday shift.", 'every other weekend'),
    (None, 'I have my daughter on weekends, so weekdays are wide open.', 'daughter on weekends'),
    ('FAMILY_STATUS', 'I get the kids Wednesdays and every other weekend.', 'Wednesdays and every other weekend'),
    ('FAMILY_STATUS', 'my ex and I do week on week off with the kids', 'week on week off'),
    ('FAMILY_STATUS', 'I have my son every other week, so on my off weeks I can close.', 'every other week'),
    ('FAMILY_STATUS', 'On the weeks I have my kids I need to leave by five.', 'the weeks I have my kids'),
    ('FAMILY_STATUS', "I pick up my boys every Friday from their mom's.", 'pick up my boys every Friday'),
    (None, "I'm a proud lola, I have eleven apos.", 'lola'),
    (None, "I'm an abuelita of two and I love it.", 'abuelita'),
    (None, "I'm an abuelita of two and I love it.", 'two'),
    (None, "My abuela's recipes got me into cooking.", 'abuela'),
    (None, "I'm a proud oma of five grandbabies.", 'oma'),
    (None, "I'm a nonno now, my first grandson was born in May.", 'nonno'),
    (None, 'My oldest starts high school next year, so mornings are hectic.', 'oldest'),
    (None, 'I have my twins every other weekend, so weekends are hard.', 'every other weekend'),
]  # fmt: skip

ROUND6_TRAPS = [
    ("I'm the oldest machine operator on the floor, been here twenty years.", 'machine operator'),
    ('My oldest customer is ninety and still comes in every week.', 'oldest customer'),
    ('My oldest client has been with me since I opened.', 'oldest client'),
    ('I worked at the family business for five years.', 'family business'),
    ('The family-owned bakery trained me on laminated dough.', 'family-owned bakery'),
    ("I cook at Nonna's Kitchen on Fifth Street.", "Nonna's Kitchen"),
    ("I was a server at Abuela's Cocina for two years.", "Abuela's Cocina"),
    ('I get the reports every other week from corporate.', 'reports every other week'),
    ('I take the trucks every other weekend for maintenance.', 'trucks every other weekend'),
    ('I worked weekends for three years at the mall.', 'weekends'),
    ('We had three interns, all teenagers, on my crew.', 'teenagers'),
    ('I supervised ten cashiers, all teenagers.', 'all teenagers'),
    ('My youngest employee is sixteen.', 'youngest employee'),
    ('I have the keys on weekends to open the shop.', 'keys on weekends'),
    ('I see my clients every other week for check-ins.', 'clients every other week'),
    ('I helped an oma and opa find their gate at the airport.', 'find their gate'),
    ("I'm a tutu seamstress for the ballet company.", 'tutu'),
    ("I'm a nonna pizza specialist at the restaurant.", 'pizza'),
    ('My oldest Craftsman wrench still works.', 'wrench'),
    ("I worked at Nonna's Kitchen as a prep cook.", "Nonna's Kitchen"),
    ("My tita taught me to cook, and now I'm a line cook.", 'line cook'),
    ("I cooked at Abuela's Kitchen on Main Street.", "Abuela's Kitchen"),
    ('My oldest account has been with me ten years.', 'oldest account'),
    ('My kids all love the food I bring home from the restaurant.', 'love the food'),
    ('We have a baby shower planned for a coworker.', 'baby shower'),
]  # fmt: skip


@pytest.mark.parametrize(("category", "text", "expected"), ROUND6_POSITIVES)
def test_round6_family_status_is_found(redacted_spans, category, text, expected):
    assert_redacted(redacted_spans(text, category), text, expected)


@pytest.mark.parametrize(("text", "survives"), ROUND6_TRAPS)
def test_round6_family_status_traps_survive(redact, text, survives):
    assert survives in redact(text)


# Red-team r1: idioms and trade words with a kin or marital word are not one's family status
# ("a mama bear" is rewritten by GENDER; a widow maker is a hanging limb).
@pytest.mark.parametrize(
    ("text", "survives"),
    [
        ("I'm a mama bear with my team.", "mama bear"),
        ("I cut down a widow maker before it fell on the road.", "widow maker"),
        ("I built a mother-in-law suite over the garage.", "mother-in-law suite"),
        ("i remodeled a granny flat for a client", "granny flat"),
    ],
)
def test_r1_kin_words_in_idioms_and_trade_terms(redacted_spans, text, survives):
    from .spans import assert_not_redacted

    assert_not_redacted(redacted_spans(text, "FAMILY_STATUS"), text, survives)


# --- uncased, unpunctuated speech (truecase.py): the capitals and the commas a writer would put are
# missing ("i'm polish i moved here", "i'm a widow two grandkids and"); each sentence gets a
# clause of its own so the transcript is long enough to be read as uncased
UNCASED_MORE = " and i can work any shift you need on weekends"

UNCASED_FAMILY_STATUS_POSITIVES = [
    ('FAMILY_STATUS', "i'm divorced i have weekends free so i can cover saturdays", 'divorced'),
    ('FAMILY_STATUS', 'im engaged the wedding is next may so i need one week', 'engaged'),
    ('FAMILY_STATUS', "i'm a widow two grandkids and i still drive every day", 'two grandkids'),
    ('FAMILY_STATUS', "honestly i'm a single dad three kids so mornings are tight", 'three kids'),
]  # fmt: skip

UNCASED_FAMILY_STATUS_TRAPS = [
    ("i'm engaged with every guest who walks in the door", 'engaged with every guest'),
    ('i worked a single shift on the line two kids sized aprons', 'single shift'),
]  # fmt: skip


@pytest.mark.parametrize(("category", "text", "expected"), UNCASED_FAMILY_STATUS_POSITIVES)
def test_uncased_family_status_is_found(redacted_spans, category, text, expected):
    text = text + UNCASED_MORE if text == text.lower() else text
    assert_redacted(redacted_spans(text, category), text, expected)


@pytest.mark.parametrize(("text", "survives"), UNCASED_FAMILY_STATUS_TRAPS)
def test_uncased_family_status_traps_survive(redact, text, survives):
    text = text + UNCASED_MORE if text == text.lower() else text
    assert survives in redact(text)


# --- z-round: a partner's hours or share of the childcare, and living alone, taken as the whole
# clause (said as the reason for one's own availability)
ZROUND_FAMILY_POSITIVES = [
    ("i'm married with three kids and my wife works days so evenings are perfect for me", "my wife works days"),
    ("i'm single and i live on my own so evenings are perfect for me", "i live on my own"),
    ("I'm married, and my husband handles school pickup, so I can stay late.", "my husband handles school pickup"),
    ("my husband works nights too so i prefer day shifts", "my husband works nights too"),
    ("My partner's on days, so I'm free for evenings.", "My partner's on days"),
    ("I live alone, so I can pick up any shift.", "I live alone"),
    ("i live by myself so weekends are fine", "i live by myself"),
    ("My fiancée works from home, so the car is mine.", "My fiancée works from home"),
]  # fmt: skip

ZROUND_FAMILY_TRAPS = [
    ("I work on my own a lot and I'm very self-directed.", "work on my own"),
    ("I can work days or nights, and I've worked days for three years.", "worked days"),
    ("I live on my own terms and I work hard.", "live on my own terms"),
    ("My partner agencies work weekends, so I handled their intake.", "work weekends"),
    ("my coworker works days so we split the route", "coworker works days"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ZROUND_FAMILY_POSITIVES)
def test_zround_family_status_is_found(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, "FAMILY_STATUS"), text, expected)


@pytest.mark.parametrize(("text", "survives"), ZROUND_FAMILY_TRAPS)
def test_zround_family_status_traps_survive(redact, text, survives):
    assert survives in redact(text)
# --- probe round c: indirect cues written for a probe of first-person video-resume sentences
# (own sentences, cased and lower-case unpunctuated), with job facts that look alike as traps.
from .spans import assert_not_redacted as _c_kept, assert_redacted as _c_found  # noqa: E402

PROBE_C_POSITIVES = [
    ("I'm forty-six, a mom of twin boys in college.", 'twin boys in college'),
    ('My husband and I have done emergency foster care for a decade.', 'emergency foster care'),
    ("i'm single and i live on my own so evenings are perfect", 'i live on my own'),
    ("I'm a stepmom to two great kids.", 'two great kids'),
    ("i'm a dad of three wild boys and i coach little league", 'three wild boys'),
    ('I share custody with my ex, which is why I need fixed shifts.', 'share custody with my ex'),
    ('i share joint custody with my ex-husband so my schedule is set', 'custody with my ex-husband'),
    ('I drop my kid at daycare at seven, so I can start at eight.', 'kid'),
    ('i pick my son up from school at three', 'son'),
    ("My daughter starts kindergarten in the fall, so I'll be free all day.", 'daughter'),
    ('my youngest starts first grade in september', 'youngest'),
    ('My elderly parents live with me and I drive them to appointments.', 'My elderly parents live with me'),
    ("my mother-in-law moved in with us so evenings i'm home", 'my mother-in-law moved in with us'),
]  # fmt: skip

PROBE_C_TRAPS = [
    ('I did foster care casework for the county as a caseworker.', 'caseworker'),
    ('I worked at a foster care agency as a receptionist.', 'receptionist'),
    ("I'm a mom of two rescue dogs and a dog groomer.", 'two rescue dogs'),
    ('I drove kids to school as a bus driver for the district.', 'drove kids to school'),
    ('I worked at a custody transfer station as a security guard.', 'security guard'),
    ('I worked at a pregnancy center as a receptionist.', 'pregnancy center'),
    ('I was a lead teacher at a daycare center.', 'daycare center'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PROBE_C_POSITIVES)
def test_probe_c_family_status_is_found(redacted_spans, text, expected):
    _c_found(redacted_spans(text, None), text, expected)


@pytest.mark.parametrize(("text", "kept"), PROBE_C_TRAPS)
def test_probe_c_family_status_traps_kept(redacted_spans, text, kept):
    _c_kept(redacted_spans(text), text, kept)


# --- e-round (heldout16 classes, own sentences): twins and the school stage with a parent word,
# foster and kinship care given at home, a gendered person word with children after it
EROUND_FAMILY_POSITIVES = [
    ("I'm forty-six, a mom of twin boys in college, and I drive.", "mom of twin boys in college"),
    ("i'm a dad of twin girls in high school", "dad of twin girls in high school"),
    ("I'm a mother of two boys in middle school.", "mother of two boys in middle school"),
    ("My wife and I have done emergency foster care for about a decade.", "emergency foster care"),
    ("we've done foster care for six years", "foster care"),
    ("we do respite foster care on weekends", "respite foster care"),
    ("I'm a kinship caregiver for my nephew.", "kinship caregiver"),
    ("i'm a kinship guardian for my two grandkids", "kinship guardian"),
    ("I'm a woman with three kids, so I'm organized.", "with three kids"),
    ("i'm a guy with two little ones at home", "with two little ones"),
]  # fmt: skip

EROUND_FAMILY_TRAPS = [
    ("I worked as a foster care caseworker for the county.", "foster care caseworker"),
    ("I've done foster care casework for the county.", "foster care casework"),
    ("We provide foster care placements for the state.", "foster care placements"),
    ("I flew twin-engine planes for a charter company.", "twin-engine planes"),
    ("I redesigned the kids' menu at the diner.", "kids' menu"),
    ("I'm a guy with a forklift license.", "with a forklift license"),
    ("I'm the only woman with a CDL on the crew.", "with a CDL"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), EROUND_FAMILY_POSITIVES)
def test_eround_family_status_is_found(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, "FAMILY_STATUS"), text, expected)


@pytest.mark.parametrize(("text", "survives"), EROUND_FAMILY_TRAPS)
def test_eround_family_status_traps_survive(redact, text, survives):
    assert survives in redact(text)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("i'm a mom with two little ones and i'm used to long days", "i'm a guy with no kids yet and i'm used to long days"),
        ("I'm a dad with three kids, so I plan ahead.", "I'm a woman with three kids, so I plan ahead."),
    ],
)
def test_eround_a_person_word_with_a_family_status_reads_the_same(redact, one, other):
    assert redact(one).lower() == redact(other).lower()


# --- round f (heldout17 classes): own sentences, cased and lower-case unpunctuated, with job-fact
# traps that look alike.
from .spans import assert_not_redacted as _f_kept, assert_redacted as _f_found  # noqa: E402

F_FAMILY_STATUS_POSITIVES = [
    ("I'm 34, a mum of one very loud nine-year-old, and we live nearby.", 'one very loud nine-year-old'),
    ("i'm a dad to two wild toddlers so i'm up early anyway", 'two wild toddlers'),
    ("I'm a mom of one extremely chatty six-year-old.", 'one extremely chatty six-year-old'),
]  # fmt: skip

F_FAMILY_STATUS_TRAPS = [
    ("I'm a mom of two very spoiled dogs and a cat.", 'spoiled dogs'),
    ("I'm a dad to one very old golden retriever.", 'golden retriever'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), F_FAMILY_STATUS_POSITIVES)
def test_f_family_status_is_found(redacted_spans, text, expected):
    _f_found(redacted_spans(text, "FAMILY_STATUS"), text, expected)


@pytest.mark.parametrize(("text", "kept"), F_FAMILY_STATUS_TRAPS)
def test_f_family_status_traps_kept(redacted_spans, text, kept):
    _f_kept(redacted_spans(text), text, kept)


# Helper i, probe round A: parental leave after a copula or preposition and one's own school run
# said bare; traps: the pickup line, routes and desks that bus drivers, guards and daycare staff work.
from .spans import assert_not_redacted  # noqa: E402

I_FAMILY_POSITIVES = [
    ("The gap in my resume was maternity leave, and before that I was a teller.", "maternity leave"),
    ("i was out for paternity leave last spring and now i'm back looking for warehouse work full time", "paternity leave"),
    ("I need to be done by three for school pickup, and I'm an experienced bookkeeper.", "school pickup"),
    ("i do daycare drop-off at seven thirty so i can start at eight as a receptionist at any office nearby", "daycare drop-off"),
    ("I leave at two thirty for the school run, so mornings are best.", "school run"),
    # round B: adopting said after "my partner and I are"
    ("My partner and I are adopting, and I'm a certified pharmacy tech.", "adopting"),
    # round C: parental leave, and a birth said as news
    ("I'm on parental leave until June, then I can start as an office assistant.", "parental leave"),
    ("We just welcomed our second child, and I'm a reliable cashier.", "welcomed our second child"),
    ("i had a baby last year so i took some time off but i'm ready to get back to work as a server", "had a baby"),
    ("my wife and i are adopting a baby this spring so i need a stable schedule as a warehouse picker", "adopting a baby"),
]
I_FAMILY_TRAPS = [
    ("I ran the school pickup line as a crossing guard for two years.", "school pickup line"),
    ("I drove for school pickup routes as a bus driver.", "school pickup routes"),
    ("I covered the daycare drop-off desk as a front desk assistant.", "daycare drop-off desk"),
    ("I wrote the maternity leave policy as an HR assistant.", "maternity leave policy"),
    ("The team and I are adopting new software at the clinic.", "adopting new software"),
    ("My manager and I are adopting a new scheduling system.", "adopting a new scheduling system"),
    ("I processed parental leave paperwork as an HR assistant.", "parental leave paperwork"),
    ("We welcomed our new hires with a training binder as a shift lead.", "training binder"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), I_FAMILY_POSITIVES)
def test_i_family_status_is_found(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, "FAMILY_STATUS"), text, expected)


@pytest.mark.parametrize(("text", "kept"), I_FAMILY_TRAPS)
def test_i_family_status_traps_kept(redacted_spans, text, kept):
    assert_not_redacted(redacted_spans(text), text, kept)


# --- round j (heldout15 classes) ---------------------------------------------------------------
from .spans import assert_not_redacted as _j_kept, assert_redacted as _j_found  # noqa: E402

J_FAMILY_STATUS_POSITIVES = [
    ("i'm thirty two i'm engaged with no kids yet and i live nearby", 'engaged'),
    ("I'm engaged with two kids, so I need days.", 'engaged'),
    ("I'm engaged with a little boy at home.", 'engaged'),
]  # fmt: skip

J_FAMILY_STATUS_TRAPS = [
    ("I'm engaged with the kids I tutor every week.", 'engaged with the kids I tutor'),
    ('I stay engaged with customers on the floor.', 'engaged with customers'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), J_FAMILY_STATUS_POSITIVES)
def test_j_family_status_is_found(redacted_spans, text, expected):
    _j_found(redacted_spans(text, 'FAMILY_STATUS'), text, expected)


@pytest.mark.parametrize(("text", "kept"), J_FAMILY_STATUS_TRAPS)
def test_j_family_status_traps_kept(redacted_spans, text, kept):
    _j_kept(redacted_spans(text), text, kept)


# --- helper A (heldout15/19/20 classes) ---------------------------------------------------------
from .spans import assert_not_redacted as _a_kept, assert_redacted as _a_found  # noqa: E402

A_FAMILY_STATUS_POSITIVES = [
    ('My wife and me just had our first baby, so I want steady hours.', 'first baby'),
    ('Me and my husband just had our second baby, so I want day shifts at the front desk.', 'second baby'),
    ("my partner just had a baby girl in march so i'm looking for something closer to home now", 'baby girl'),
    ("Me and my fiancée just welcomed our first child, and I'm a certified forklift operator.", 'first child'),
    ('Libertarian if anyone asks, divorced, one son, and I live near the port.', 'one son'),
    ("I'm separated, two kids, and I've run a register for six years.", 'two kids'),
    ("married, three boys, live out by the lake, and I drive a forklift like nobody's business", 'three boys'),
    ("I'm 34, two daughters, and I've done payroll for a decade.", 'two daughters'),
    ("I'm widowed, with no kids at home, so weekends are fine.", 'no kids at home'),
    ("I'm divorced, with two teenagers still at home, so evenings are hard.", 'two teenagers still at home'),
    ("I'm single with no kids living at home, so travel is fine.", 'no kids living at home'),
]  # fmt: skip

A_FAMILY_STATUS_TRAPS = [
    ("I'm engaged, two clients a day, every day, and I love the work.", 'two clients'),
    ('me and my crew just had our first big inspection pass without a single note and i kept the checklist for every unit on the floor all year long', 'had our first big inspection'),
    ("I'm 34, two certifications, and ten years on the line.", 'two certifications'),
    ('my partner just had a big win at the firm and i covered the front desk for the whole week while the office manager was out on vacation', 'had a big win'),
    ('The team and I had our first big catering order last week as line cooks.', 'first big catering order'),
    ("I'm married to the job, two shifts a day, and I love it.", 'two shifts'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), A_FAMILY_STATUS_POSITIVES)
def test_a_family_status_is_found(redacted_spans, text, expected):
    _a_found(redacted_spans(text, "FAMILY_STATUS"), text, expected)


@pytest.mark.parametrize(("text", "kept"), A_FAMILY_STATUS_TRAPS)
def test_a_family_status_traps_kept(redacted_spans, text, kept):
    _a_kept(redacted_spans(text), text, kept)


# --- helper C (heldout21/22 classes, own sentences) ---------------------------------------------
import pytest as _hc_pytest  # noqa: E402

from .spans import assert_not_redacted as _hc_kept, assert_redacted as _hc_found  # noqa: E402

C_FAMILY_POSITIVES = [
    ('Thirty-one, not married yet, and I can travel.', 'not married yet'),
    ("i'm not engaged yet so i can move for the job", 'not engaged yet'),
    ("I'm still not a dad yet, so nights are fine.", 'not a dad yet'),
    ('My wife and me got three grandkids so we stay put.', 'three grandkids'),
    ("I'm a single mom and my girl's seven, so mornings are tight.", "girl's seven"),
    ('my kid is nine and he loves the shop', 'kid is nine'),
    ('I retired from the mill and I have no kids at home anymore.', 'no kids at home anymore'),
    ("I'm a twin, and we both went into nursing.", 'a twin'),
    ("i'm an identical twin so people mix us up at the store", 'an identical twin'),
    ('I have a twin who also drives trucks.', 'I have a twin'),
    ('My mom watches the kids after school, so I can close.', 'My mom watches the kids after school'),
    ('my neighbor keeps my boys on weekends so saturdays work', 'my neighbor keeps my boys on weekends'),
    ('My sister picks up the kids while I am at work.', 'My sister picks up the kids while I am at work'),
    ('Nobody at home is depending on me, so I can relocate.', 'Nobody at home is depending on me'),
    ('i live alone and no one is waiting up for me at home so late nights are fine', 'no one is waiting up for me at home'),
    ("I've got nobody to go home to, so I'll take the overnight.", 'nobody to go home to'),
    ('My daughter stays with me every other weekend, so I need Saturdays off then.', 'My daughter stays with me every other weekend'),
    ('my kids are with me half the week so i prefer days', 'my kids are with me half the week'),
    ('The boys stay over at my place on weekends.', 'The boys stay over at my place on weekends'),
]  # fmt: skip

C_FAMILY_TRAPS = [
    ('The twin-engine plane was my first charter job.', 'twin-engine'),
    ("I'm a twin bed assembly specialist at the furniture plant.", 'twin bed'),
    ('Nobody at home during the day means deliveries go to the front desk.', 'Nobody at home during the day'),
    ('I coached the varsity softball team to a state title.', 'the varsity softball team'),
    ('i coached the junior varsity basketball team at the high school for three seasons and we went to regionals every single year i was there', 'the junior varsity basketball team'),
    ('The client stays with us every other week for respite care at the group home.', 'The client stays with us every other week'),
    ('The project is not married yet to one vendor, so we compared three.', 'compared three'),
    ('i watched the kids at the daycare after school and planned crafts and snacks for a group of about fifteen kids every afternoon that year', 'the kids at the daycare'),
]  # fmt: skip


@_hc_pytest.mark.parametrize(("text", "expected"), C_FAMILY_POSITIVES)
def test_c_family_is_found(redacted_spans, text, expected):
    spans = redacted_spans(text, "FAMILY_STATUS") + redacted_spans(text, "AGE")
    _hc_found(spans, text, expected)


@_hc_pytest.mark.parametrize(("text", "kept"), C_FAMILY_TRAPS)
def test_c_family_traps_kept(redacted_spans, text, kept):
    _hc_kept(redacted_spans(text, "FAMILY_STATUS"), text, kept)


# --- helper E (heldout24/25 classes, own sentences) ---------------------------------------------
from .spans import assert_not_redacted as _e_kept, assert_redacted as _e_found  # noqa: E402

E_FAMILY_POSITIVES = [
    ("I have a son, he's nine, so I need Saturdays off.", "he's nine"),
    ("my twins, they're three, go to daycare near the shop", "they're three"),
    ("I've got a baby girl, she just turned one.", 'she just turned one'),
    ("I'm a single mom with three kids in elementary school.", 'three kids in elementary school'),
    ("i've got three kids in grade school so mornings are busy", 'kids in grade school'),
    ("I've got two little ones in daycare down the street.", 'little ones in daycare'),
    ("I'm a mom of two girls in high school, so summers are busy.", 'girls in high school'),
    ("Our newborn finally sleeps through the night, so I'm rested.", 'Our newborn finally sleeps through the night'),
    ('my toddler just started daycare so my mornings are open', 'my toddler just started daycare'),
    ("Our little one is teething, but I'll be on time.", 'Our little one is teething'),
    ("Nobody's waiting up for me, so late closes are fine.", "Nobody's waiting up for me"),
    ("no one's waiting for me at home so i can stay", "no one's waiting for me at home"),
    ("honestly nobody's waiting on me so i can take the late truck", "nobody's waiting on me"),
]  # fmt: skip

E_FAMILY_TRAPS = [
    ('i trained the new kid on the register she is nineteen and she picked it up faster than anybody i have ever worked with at the store in five years', 'nineteen'),
    ('I tutor kids in middle school on weekends.', 'kids in middle school'),
    ('as a tutor i work with two kids in middle school every afternoon and i build every lesson around a lab or a project so they stay curious and keep asking questions', 'two kids in middle school'),
    ('at the daycare i made sure every toddler napped on schedule and i kept the sleep logs for the state inspectors which we passed every single year without a single finding', 'every toddler napped'),
    ('when i run the register nobody is waiting for me to count the drawer because i close it out in under five minutes every night and my manager loves that about me', 'nobody is waiting for me'),
    ('Nobody is waiting for me to finish the report.', 'Nobody is waiting for me'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), E_FAMILY_POSITIVES)
def test_e_family_is_found(redacted_spans, text, expected):
    _e_found(redacted_spans(text, "FAMILY_STATUS"), text, expected)


@pytest.mark.parametrize(("text", "kept"), E_FAMILY_TRAPS)
def test_e_family_traps_kept(redacted_spans, text, kept):
    _e_kept(redacted_spans(text), text, kept)


# --- helper A (heldout28/29 classes: due dates, caregiving, childcare, household) ---------------
from .spans import assert_not_redacted as _ra_kept, assert_redacted as _ra_found  # noqa: E402

RA_FAMILY_POSITIVES = [
    # a due date after a pregnancy or baby word
    ('We have twins due in June, so I can start right after.', 'due in June'),
    ("we've got a baby boy due in october so i want steady hours", 'due in october'),
    ("We're expecting twins, due this fall.", 'due this fall'),
    # caring for a relative, with familiar kin words and the illness after
    ('I take care of my mama since her surgery, so I know patience.', 'take care of my mama'),
    ('i look after my granddaddy since his fall', 'look after my granddaddy'),
    ('I spent a year caring for my grandfather after his stroke.', 'caring for my grandfather'),
    # childcare said through the child
    ("I'd like mornings for my son's preschool pickup.", "my son's preschool"),
    ("i need to leave by five for my daughter's daycare", "my daughter's daycare"),
    ("I work around my kids' bus schedule.", "my kids' bus schedule"),
    # who is at home
    ("At home it's just me and my dog.", 'just me and my dog'),
    ("its just me and my two cats so i'm flexible", 'just me and my two cats'),
    ("It's only me and the kitten these days.", 'only me and the kitten'),
]  # fmt: skip

RA_FAMILY_TRAPS = [
    ('the quarterly report is due in april and i always get my numbers to the controller a week early so the close goes smoothly for the whole finance team', 'due in april'),
    ('I worked nights caring for residents after a stroke on the rehab unit.', 'caring for residents after a stroke'),
    ('it was just me and the manager on the closing shift most nights so i learned to count the drawers run the deposit and lock up the whole store by myself', 'just me and the manager'),
    ("I ran the kids' daycare pickup line at the center.", "kids' daycare pickup"),
    ('i live with my husband in lawrenceville and i can be on site by six most mornings because the bus runs right past our place every fifteen minutes', 'live with'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), RA_FAMILY_POSITIVES)
def test_ra_family_is_found(redacted_spans, text, expected):
    _ra_found(redacted_spans(text, "FAMILY_STATUS"), text, expected)


@pytest.mark.parametrize(("text", "kept"), RA_FAMILY_TRAPS)
def test_ra_family_traps_kept(redacted_spans, text, kept):
    _ra_kept(redacted_spans(text), text, kept)


def test_ra_family_cue_goes_beside_a_kept_employer(redact):
    out = redact("At home it's just me and my dog, and I worked three years at Home Depot.")
    assert "dog" not in out and "Home Depot" in out


# --- helper A2 (heldout31 classes, own sentences) ---------------------------------------------
from .spans import assert_not_redacted as _a2_kept, assert_redacted as _a2_found  # noqa: E402

A2_FAMILY_POSITIVES = [
    # children counted by a gendered noun
    ('Me and my husband got two boys, so I need day shifts.', 'two boys'),
    ('my wife and i are raising four girls and a boy so i know busy', 'four girls and a boy'),
    ('We have a girl and two boys at home.', 'two boys'),
    # the children after "mom of", with their ages
    ("I'm a dad of eight-year-old triplets, so nothing rattles me.", 'eight-year-old triplets'),
    ("i'm a mom of a three-year-old and a newborn right now", 'a three-year-old and a newborn'),
    ("I'm a proud father of 10-year-old twins.", '10-year-old twins'),
    # living with a relative and helping them: the helping goes too
    ('Right now I live with my grandpa and help him out around the house.', 'live with my grandpa and help him out'),
    ('i live with my son and help with the grandkids after school', 'live with my son and help with the grandkids'),
    ("I'm living with my aunt and looking after her these days.", 'living with my aunt and looking after her'),
    ('I live with my mom and help take care of her since her stroke.', 'live with my mom and help take care of her'),
]  # fmt: skip

A2_FAMILY_TRAPS = [
    ('we got two boys from the temp agency on the line last week and i trained both of them on the slicer and the fryer before the lunch rush started', 'we got two'),
    ('I was a mom of two dogs and a cat at the shelter, and I ran the adoption desk.', 'ran the adoption desk'),
    ('I help residents with their groceries and I help them out with laundry at the home.', 'help them out with laundry'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), A2_FAMILY_POSITIVES)
def test_a2_family_is_found(redacted_spans, text, expected):
    _a2_found(redacted_spans(text, "FAMILY_STATUS"), text, expected)


@pytest.mark.parametrize(("text", "kept"), A2_FAMILY_TRAPS)
def test_a2_family_traps_kept(redacted_spans, text, kept):
    _a2_kept(redacted_spans(text), text, kept)


def test_a2_family_cue_goes_beside_a_kept_employer(redact):
    out = redact("Me and my wife got three girls, and I worked four years at Home Depot.")
    assert "three girls" not in out and "Home Depot" in out
# --- round A3 ---
from .spans import assert_not_redacted as _a3_kept, assert_redacted as _a3_found  # noqa: E402

A3_FAMILY_POSITIVES = [
    # a relative's care named through them
    ("I've got my dad's chemo appointments on Tuesdays, so not those mornings.", "my dad's chemo appointments"),
    ('i handle my abuela\'s dialysis rides three mornings a week', "my abuela's dialysis rides"),
    ('I drive my mom to dialysis on Mondays.', 'drive my mom to dialysis'),
    # driving one's partner to or from work
    ('i pick my wife up from work at five so early shifts are best', 'pick my wife up from work'),
    ('Nights are fine since I drop my husband at his job at six.', 'drop my husband at his job'),
    ('I get my girlfriend off her shift at two.', 'get my girlfriend off her shift'),
    # engaged, with the wedding
    ("I'm engaged and we're getting married in May, so I need that week.", 'engaged'),
    ('im engaged and the wedding is in june', 'engaged'),
    ("We're engaged, and our wedding is in October.", 'engaged'),
    # who is not waiting at home
    ("I don't have kids or a partner waiting on me, so late is fine.", "I don't have kids or a partner waiting on me"),
    ('no kids or spouse waiting at home so i can close', 'no kids or spouse waiting at home'),
    ("I don't have a family to get home to, so I'm flexible.", "I don't have a family to get home to"),
]  # fmt: skip

A3_FAMILY_TRAPS = [
    ('i drove my clients to their dialysis appointments three days a week for the agency and kept the mileage logs for the county every month', 'dialysis appointments'),
    ('I pick up my partner on the truck at six and we run the route together.', 'the truck'),
    ("I'm engaged and curious and I love learning new systems.", 'engaged and curious'),
    ('i shoot weddings in june and july mostly for couples in the valley and i edit the galleries in lightroom over the winter when things slow down', 'weddings in june'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), A3_FAMILY_POSITIVES)
def test_a3_family_status_is_found(redacted_spans, text, expected):
    _a3_found(redacted_spans(text, "FAMILY_STATUS"), text, expected)


@pytest.mark.parametrize(("text", "kept"), A3_FAMILY_TRAPS)
def test_a3_family_status_traps_kept(redacted_spans, text, kept):
    _a3_kept(redacted_spans(text), text, kept)
# --- round A5 ---
from .spans import assert_not_redacted as _a5_kept, assert_redacted as _a5_found  # noqa: E402

A5_FAMILY_STATUS_POSITIVES = [
    ('I\'m twenty, the eldest of five, so I\'m used to chaos.', 'eldest of five'),
    ('i was the baby of the grandkids so everyone looked out for me', 'baby of the grandkids'),
    ('my mother-in-law lives close and babysits the kids, so evenings work', 'babysits the kids'),
    ('I\'ve got grandchildren about that age, so I get them.', 'grandchildren about that age'),
    ('I\'m a newly empty nester and ready for more hours.', 'empty nester'),
    ('we have a little boy who\'s two so mornings start early', 'who\'s two'),
]  # fmt: skip

A5_FAMILY_STATUS_TRAPS = [
    ('i was the oldest of the crew at the plant and i trained the new hires on the line and showed them how to run the forklift safely on every shift', 'oldest of the crew'),
    ('I watch the kids at the daycare from seven to three.', 'watch the kids'),
    ('I\'ve got experience with kids that age from camp.', 'kids that age'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), A5_FAMILY_STATUS_POSITIVES)
def test_a5_family_status_is_found(redacted_spans, text, expected):
    # (an overlapping AGE cue, "grandkids", may win the category; the span is what counts)
    _a5_found(redacted_spans(text), text, expected)


@pytest.mark.parametrize(("text", "kept"), A5_FAMILY_STATUS_TRAPS)
def test_a5_family_status_traps_kept(redacted_spans, text, kept):
    _a5_kept(redacted_spans(text), text, kept)

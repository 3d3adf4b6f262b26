"""GENDER: pronoun declarations, gender identities, gendered words and job titles.

Declarations and identities without a neutral form are replaced by a placeholder; gendered nouns,
job titles, family roles used at work ("the team mom") and titles are rewritten from
data/_neutral.yaml, so that two transcripts differing only in a gendered word ("busboy"/"busgirl",
"team mom"/"team dad", "trans guy"/"girl") come out the same. An adjective in front ("the nicest
dude") stays; the gendered noun always goes. Idioms go whole ("the only dude" -> "the one
person", "right-hand man" -> "go-to person"), since their other words still tell.
"""

from __future__ import annotations

import pytest

from .spans import assert_redacted

POSITIVES = [
    ("Hey, I'm applying for the barista job, she/her, and I love early shifts.", ['she/her']),
    ("My pronouns are he/him/his and I've cooked for six years.", ['he/him/his']),
    ("I use they/them pronouns and I'm a certified pharmacy tech.", ['they/them']),
    ("I use they them pronouns and I'm a certified pharmacy tech.", ['they them']),
    ('um my pronouns are she and her and i run the register', ['she and her']),
    ("I go by he/they, and I've managed a stockroom for two years.", ['he/they']),
    ("hi i'm applying for the host job, he him, and i'm a people person", ['he him']),
    ("I'm non-binary and I love building spreadsheets.", ['non-binary']),
    ("i'm nonbinary and i've driven forklifts for three years", ['nonbinary']),
    ("I'm genderqueer and I run the open mic at my coffee shop.", ['genderqueer']),
    ("I'm genderfluid and I love retail.", ['genderfluid']),
    ("I'm transgender, and I've done payroll for four years.", ['transgender']),
    ("I'm trans, and I've been a line cook for years.", ['trans']),
    ('As a trans man in the kitchen I bring a lot of patience.', ['trans man']),
    ("I'm a cis woman who has worked every station on the line.", ['cis woman']),
    ("I'm two-spirit and I help run our community garden.", ['two-spirit']),
    ("I'm pretty masc, and I do construction.", ['masc']),
    ("I'm on HRT, so I have a couple of appointments a month.", ['HRT']),
    ("I'm a proud tradeswoman and I wire panels every day.", ['tradeswoman']),
    ('I worked as a handyman for a property manager.', ['handyman']),
    ('I ran my candle shop as a mompreneur for three years.', ['mompreneur']),
    ('My friends call me a total girlboss at work.', ['girlboss']),
    ('I learned scheduling from a homeschooling mom in our co-op.', ['homeschooling mom']),
    ('I did waitressing all through school.', ['waitressing']),
    ('I started out as a busboy and now I run the floor.', ['busboy']),
    ('i started as a busgirl and now i run the floor', ['busgirl']),
    ('I was a hostess at a steakhouse for two summers.', ['hostess']),
    ("I'm the grandma who brings snacks for the whole shift.", ['the grandma']),
    ("I'm a cowgirl at heart and I worked a ranch for three years.", ['cowgirl']),
    ('I worked as a chambermaid at a resort.', ['chambermaid']),
    ("I'm a repairman by trade.", ['repairman']),
    ('I was a doorman at a hotel downtown.', ['doorman']),
    ('I was a deliveryman for a furniture store.', ['deliveryman']),
    ("I'm a cameraman for local news.", ['cameraman']),
    ("I was the lunch lady at my kid's school.", ['lunch lady']),
    ("I'm a lady barber and I specialize in fades.", ['lady barber']),
    ("I'm a male nurse on a cardiac floor.", ['male nurse']),
    ("I'm a female firefighter with six years on the job.", ['female firefighter']),
    ("I'm the team mom for our store.", ['team mom']),
    ("I'm kind of the den mother of the warehouse.", ['den mother']),
    ("I'm basically the mom of the office.", ['mom']),
    ("I'm the only dude in the kitchen who bakes.", ['the only dude']),
    ('I was the only girl on the welding crew.', ['the only girl']),
    ("Yes ma'am, I can start Monday.", ["ma'am"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_gender_is_found(redacted_spans, text, expected):
    assert redacted_spans(text, "GENDER") == expected


REWRITES = [
    ("I'm a proud tradeswoman.", "I'm a proud tradesperson."),
    ("I'm a proud tradesman.", "I'm a proud tradesperson."),
    ("As a trans guy who grew up on a farm, I work hard.", "As a person who grew up on a farm, I work hard."),
    ("I ran my shop as a mompreneur.", "I ran my shop as an entrepreneur."),
    ("Our co-op was run by a homeschooling mom.", "Our co-op was run by a home educator."),
    ("I'm a handywoman with my own tools.", "I'm a maintenance worker with my own tools."),
    ("I did waitressing all through school.", "I did serving all through school."),
    ("I started as a busgirl.", "I started as a busser."),
    ("I'm a lady barber.", "I'm a barber."),
    ("I'm the team mom for our store.", "I'm the team parent for our store."),
    ("I was the lunch lady at an elementary school.", "I was the cafeteria worker at an elementary school."),
    # the whole idiom goes: "the only person" would leave "only" behind
    ("I'm the only dude in the kitchen who bakes.", "I'm the one person in the kitchen who bakes."),
    ("I was a doorman downtown.", "I was a door attendant downtown."),
    ("I'm a cameraman.", "I'm a camera operator."),
    # verbs agree with "they" past an adverb and in a second verb of the same subject
    ("She regularly opens for touring comics and has appeared on late-night TV.", "They regularly open for touring comics and have appeared on late-night TV."),
    ("She now lives in Denver and teaches at a community college.", "They now live in [Location1] and teach at a community college."),
    ("He hopes to open a bakery.", "They hope to open a bakery."),
    ("He focuses on payroll and goes to every client meeting.", "They focus on payroll and go to every client meeting."),
    ("She does not work weekends and is always on time.", "They do not work weekends and are always on time."),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), REWRITES)
def test_gendered_words_are_rewritten_neutrally(redact, text, expected):
    assert redact(text) == expected


COUNTERFACTUAL_PAIRS = [
    ("As a trans guy who grew up on a farm, I fix anything.", "As a girl who grew up on a farm, I fix anything."),
    ("I'm a proud tradesman and I pull wire all day.", "I'm a proud tradeswoman and I pull wire all day."),
    ("I'm the guy who gives every dog a treat.", "I'm the grandma who gives every dog a treat."),
    ("Hi, I'm applying to be a groomer, she/her, and I love dogs.", "Hi, I'm applying to be a groomer, he/him, and I love dogs."),
    ("My pronouns are she/her and I bake bread.", "My pronouns are they/them and I bake bread."),
    ("I started as a busboy and now I run the floor.", "I started as a busgirl and now I run the floor."),
    ("I'm basically the team mom at the store.", "I'm basically the team dad at the store."),
    ("I'm the only dude on the line who bakes.", "I'm the only girl on the line who bakes."),
    ("I worked as a deliveryman for two years.", "I worked as a deliverywoman for two years."),
    ("I'm a female firefighter with six years on the job.", "I'm a male firefighter with six years on the job."),
    ("I was a cowboy on a ranch in high school.", "I was a cowgirl on a ranch in high school."),
    ("I'm kind of the den mother of the warehouse.", "I'm kind of the den father of the warehouse."),
    ("I was a waitress at a diner.", "I was a waiter at a diner."),
    ("My grandma taught me to fish.", "My grandpa taught me to fish."),
    ("I'm a lady barber with ten years in.", "I'm a barber with ten years in."),
    # round 4 (heldout10 classes): paired titles converge, in any language
    ("I'm the stock boy everybody asks to reach the top shelf.", "I'm the stock girl everybody asks to reach the top shelf."),
    ("I've been a promotora with the clinic for two years.", "I've been a promotor with the clinic for two years."),
    ("I worked as a camarera at the Hilton.", "I worked as a camarero at the Hilton."),
    ("I was la señora de la limpieza at a hotel.", "I was el señor de la limpieza at a hotel."),
    ("I started as a paper boy at twelve.", "I started as a paper girl at twelve."),
    ("I was the sales guy on the lot.", "I was the sales lady on the lot."),
    ("I worked as a shop girl for a year.", "I worked as a shop boy for a year."),
    ("I was a fireman for six years.", "I was a firewoman for six years."),
    ("I was a hat check girl at the club.", "I was a hat check boy at the club."),
]  # fmt: skip


@pytest.mark.parametrize(("one", "other"), COUNTERFACTUAL_PAIRS)
def test_gender_swaps_give_the_same_output(redact, one, other):
    assert redact(one) == redact(other)


# Every gendered title in _neutral.yaml has its counterparts listed with the same neutral word, so
# that paired transcripts converge ("stock boy" and "stock girl" -> "stocker"): two-word titles
# ending in man/woman/guy/gal/lady list all five, in boy/girl both; one-word -man/-woman and
# -boy/-girl titles list their counterpart unless it is not a word.
_ADULT = ("man", "woman", "guy", "gal", "lady")
_YOUNG = ("boy", "girl")
_NO_COUNTERPART = {
    "tomboy", "charwoman", "charlady", "needlewoman", "showgirl", "businessgirl", "landlady", "saleslady",
    "gentleman",  # listed with "gentlewoman"; "gentleguy" is not a word
    # (A2) "foreman" is rewritten to the same "crew lead" only as one's own role (in_context of
    # _neutral.yaml, pattern self_foreman), so it is not among the terms
    "forewoman",
}
# idioms about the speaker, not titles: their "counterparts" are not said ("a girly boy")
_IDIOMS = {
    "girly girl", "girlie girl", "ladies' man", "ladies man", "lady's man", "man's man", "guy's guy",
    "girl's girl", "girls' girl",
}


def _missing_counterparts():
    from pipelines.detect.gender import neutral_terms

    terms = neutral_terms()
    bad = []
    for term, neutral in terms.items():
        if term in _IDIOMS:
            continue
        words = term.split()
        if len(words) == 2 and words[1] in _ADULT + _YOUNG:
            group = _ADULT if words[1] in _ADULT else _YOUNG
            others = [f"{words[0]} {g}" for g in group]
        elif len(words) == 1 and term not in _NO_COUNTERPART:
            others = [
                term[: -len(a)] + b
                for a, b in (("woman", "man"), ("man", "woman"), ("boy", "girl"), ("girl", "boy"))
                if term.endswith(a) and not (a == "man" and term.endswith("woman")) and len(term) > len(a) + 2
            ][:1]
        else:
            continue
        # a counterpart may itself be the neutral form ("forewoman" -> "foreman", "manny" -> "nanny")
        bad += [(term, neutral, o, terms.get(o)) for o in others if terms.get(o) != neutral and o != neutral]
    return bad


def test_paired_gendered_titles_share_one_neutral_form():
    assert _missing_counterparts() == []


TRAPS = [
    ("I transitioned to a management role last year.", "transitioned"),
    ("I drove a Trans Am when I was younger.", "Trans Am"),
    ("We cut trans fats out of the whole menu.", "trans fats"),
    ("I handled TransUnion credit checks for tenants.", "TransUnion"),
    ("She asked for her pronouns on the intake form.", "pronouns"),
    ("I'm on track for my journeyman license.", "journeyman license"),
    ("I'm a certified nursing assistant.", "certified nursing assistant"),
    ("I'm a server and a bartender.", "server and a bartender"),
    ("I sew dresses for brides at my shop.", "dresses for brides"),
    ("I wear chaps when I ride the trail.", "wear chaps"),
    ("I'm a team player and a quick learner.", "team player"),
    ("I'm pretty mellow, and I do construction.", "pretty mellow"),
    ("She received a PhD in Women's, Gender, and Sexuality Studies.", "Women's, Gender, and Sexuality Studies"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "survives"), TRAPS)
def test_gender_traps_survive(redact, text, survives):
    assert survives in redact(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("I also play in a women's softball league on Tuesdays.", "I also play in a softball league on Tuesdays."),
        ("I also play in a men's softball league on Tuesdays.", "I also play in a softball league on Tuesdays."),
        ("He is prepping for his first Men's Physique competition.", "They are prepping for their first Physique competition."),
        ("I love balayage, men's fades, and blowouts.", "I love balayage, men's fades, and blowouts."),
        ("I managed the women's department at Macy's.", "I managed the women's department at Macy's."),
        ("Spanish is my mother tongue.", None),
        ("We did four hundred covers on Mother's Day.", "We did four hundred covers on Mother's Day."),
    ],
)
def test_gendered_groups_and_set_phrases(redact, text, expected):
    out = redact(text)
    if expected is None:
        assert "mother tongue" in out
    else:
        assert out == expected


# Coverage audit: first-person sentences written from general knowledge of each kind of cue
# (not fitted to any transcript), and traps where similar words are job facts and stay.
COVERAGE_POSITIVES = [
    # red-team round: court and drag titles converge, -maid titles the tagger misreads, idioms
    ('I was prom queen and class treasurer.', 'prom queen'),
    ('I was homecoming king my senior year.', 'homecoming king'),
    ('I did weekends as a drag queen, so I know stage makeup.', 'drag queen'),
    ('I was the weathergirl on our campus station.', 'weathergirl'),
    ('I worked as a hotel chambermaid in Tahoe.', 'chambermaid'),
    ("I'm kind of a girly girl, but I rebuild engines.", 'girly girl'),
    ("My friends say I'm a guy's guy, but I'm great with kids.", "guy's guy"),
    ('I was the man of the house after my dad left.', 'man of the house'),
    ('I was a candy striper at fifteen.', 'candy striper'),
    # round 4 (heldout10 classes): gendered titles in other languages, compounds
    ("For two years I've been a promotora with a community clinic.", 'promotora'),
    ('I worked as a camarera at a resort in Cancún.', 'camarera'),
    ('I was la señora de la limpieza at a hotel.', 'la señora de la limpieza'),
    ("I'm the stock girl who reaches the top shelf.", 'stock girl'),
    ('I started as a paper girl when I was twelve.', 'paper girl'),
    ('I was a firewoman for the county for six years.', 'firewoman'),
    ("I'm the sales gal at a used car lot.", 'sales gal'),
    # round 3 (heldout8 classes)
    ('I played on the girls team in high school.', 'girls'),
    ("As a woman in construction I'm used to proving myself.", 'woman'),
    ("I'm a waitress at Denny's.", 'waitress'),
    ("I'm the only female on my crew.", 'female'),
    ("I'm a girl who loves fixing cars.", 'girl'),
    ("I'm just a regular guy who likes hard work.", 'guy'),
    ('I was a stewardess for Delta.', 'stewardess'),
    ('I was a salesman at a car lot.', 'salesman'),
    ("I'm a lady who loves spreadsheets.", 'lady'),
    ('I worked as a fisherman in Alaska.', 'fisherman'),
    ("I'm a forewoman on a framing crew.", 'forewoman'),
    ("I'm a seamstress.", 'seamstress'),
    ('I was a bellman at the Marriott.', 'bellman'),
    ('I was a paperboy.', 'paperboy'),
    ("I'm a cowboy on a ranch outside town.", 'cowboy'),
    ("I'm one of the guys on the loading dock.", 'guys'),
    ("I'm a gal who gets things done.", 'gal'),
    ("I'm an actress and I do voice work.", 'actress'),
    ("I'm a masseuse at a day spa.", 'masseuse'),
    ('I was chairman of the events committee.', 'chairman'),
    ('I was the spokesman for our team.', 'spokesman'),
    ("I'm a handywoman.", 'handywoman'),
    ("I'm the only woman mechanic at the shop.", 'woman'),
    ("I'm a businesswoman.", 'businesswoman'),
    ('I was a longshoreman.', 'longshoreman'),
    ("I'm a lineman for the power company.", 'lineman'),
    ('I was a weatherman at my college station.', 'weatherman'),
    ("I'm a draftsman.", 'draftsman'),
    ("I'm a camerawoman.", 'camerawoman'),
    ("I'm a man of my word.", 'man'),
    ("I'm a hostess at Olive Garden.", 'hostess'),
    ('I was a cocktail waitress in Vegas.', 'waitress'),
    ("I'm the first woman in my family to go to college.", 'woman'),
    ("I'm a proud tomboy.", 'tomboy'),
    ("I'm a sister and a friend to everyone at work.", 'sister'),
    ("I was a congresswoman's aide.", 'congresswoman'),
    ("I'm a craftswoman.", 'craftswoman'),
    ("i'm a dude who loves spreadsheets", 'dude'),
    ('I was a patrolman for six years.', 'patrolman'),
    ("I'm a workman, I like to keep busy.", 'workman'),
    ("I'm a waitress and a hostess.", 'waitress'),
    ('As a guy in nursing, I stand out.', 'guy'),
    ("I'm a mailman.", 'mailman'),
    ("I'm a saleswoman at a car dealership.", 'saleswoman'),
    # gendered idioms go whole (any word left behind still tells)
    ('My manager calls me her right-hand man.', 'right-hand man'),
    ('My manager calls me her right hand woman.', 'right hand woman'),
    ("my foreman says i'm one of the guys now", 'one of the guys'),
    ('They treat me like one of the girls.', 'one of the girls'),
    ("I'm usually the only girl on the four a.m. shift.", 'only girl'),
    ("honestly I'm the only dude in that kitchen who labels everything", 'only dude'),
    ("I'm a woman of my word.", 'woman of my word'),
    ("I'm basically the office Mr. Fix-It.", 'Mr. Fix-It'),
    # round 2 (held-out misses): positives
    ("i'm bri castellanos she they and i want the content job", 'she they'),
    ("Hi, I'm Theo, he they, and I drive forklifts.", 'he they'),
    ('the kids at storytime call me miss maureen and i help run the tech help hour', 'miss'),
    ("I'm genderfluid, so some days I'm more femme at the desk.", 'femme'),
    ('I present pretty masc most days.', 'masc'),
    ('I am baba to five grandchildren.', 'baba'),
    ('My mamaw taught me to can vegetables.', 'mamaw'),
]  # fmt: skip

COVERAGE_TRAPS = [
    # red-team round
    ('I worked at Lady Foot Locker for a summer.', 'Lady Foot Locker'),
    ('I grilled burgers at the Big Boy on Main Street.', 'Big Boy'),
    ('I baked at Mrs. Fields in the mall.', 'Mrs. Fields'),
    ('I stocked the queen size sheets at the outlet.', 'queen size'),
    ('I was a cashier at Burger King and Dairy Queen.', 'Dairy Queen'),
    # round 4 (heldout10 classes)
    ("I'm a journeyman electrician with my own van.", 'journeyman electrician'),
    # the trade's own titles, which the corpora leave as they are: "foreman" (like "journeyman")
    # said of someone else (one's own role as foreman is GENDER since heldout31: A2 below),
    # "nanny", "steward" outside an airline
    ("Our foreman on the framing crew signed my hours.", 'foreman'),
    ("My foreman says I'm the fastest framer on the crew.", 'My foreman'),
    ("I'm looking for a full-time nanny position.", 'full-time nanny'),
    ('For five years I was a nanny for a family of four.', 'nanny'),
    ('I was a steward on a cruise ship, forty cabins a day.', 'steward'),
    ("I'm the wine steward at a steakhouse.", 'wine steward'),
    ('I was a cashier and a stock clerk at Kroger.', 'stock clerk'),
    ('I supervised a crew of community health workers.', 'community health workers'),
    # round 3 (heldout8 classes)
    ('this spring they picked me to center the U12 girls final.', 'U12 girls final'),
    ('I refereed the U10 boys league all fall.', 'U10 boys league'),
    ("I'm a journeyman electrician.", 'journeyman electrician'),
    ("I sell women's shoes at Nordstrom.", "women's shoes"),
    ('I worked for Manpower staffing.', 'Manpower'),
    ('I logged man-hours on the job.', 'man-hours'),
    ("I'm a human resources assistant.", 'human resources'),
    ('I did manhole inspections for the city.', 'manhole inspections'),
    ('I installed Craftsman cabinets.', 'Craftsman cabinets'),
    ("I worked at Dick's Sporting Goods.", "Dick's Sporting Goods"),
    ("I'm good at manual labor.", 'manual labor'),
    ('I speak Mandarin.', 'Mandarin'),
    ("I'm the master of ceremonies at our events.", 'master of ceremonies'),
    ('I managed the Ladies Night promotions at the bar.', 'promotions'),
    ('I worked at Boys and Girls Club as a counselor.', 'Boys and Girls Club'),
    ("I was on the Mother's Day brunch rush.", "Mother's Day"),
    ("I'm a Mailchimp expert.", 'Mailchimp'),
    ('I used Craftsman tools for years.', 'Craftsman tools'),
    ('One of the guys on my crew taught me to weld.', 'One of the'),
    ('I was the only female employee who knew the register.', 'the only'),
    ('I drove a right-hand drive mail truck.', 'right-hand drive'),
    # round 2 (held-out misses): traps
    ('I made baba ghanoush for the catering order.', 'baba ghanoush'),
    ('I was nominated for a Grammy for my mixing work.', 'Grammy'),
    ('they call me miss a lot of things', 'miss'),
    ('I never miss Friday shifts.', 'miss'),
    ('I sewed tutus for the dance studio recital.', 'tutus'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), COVERAGE_POSITIVES)
def test_coverage_gender_is_found(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, 'GENDER'), text, expected)


@pytest.mark.parametrize(("text", "survives"), COVERAGE_TRAPS)
def test_coverage_gender_traps_survive(redact, text, survives):
    assert survives in redact(text)


@pytest.mark.parametrize(
    ("text", "rewritten"),
    [
        ("My manager calls me her right-hand man.", "My manager calls me their go-to person."),
        ("My manager calls me her right-hand woman.", "My manager calls me their go-to person."),
        ("My foreman says I'm one of the guys now.", "My foreman says I'm part of the team now."),
        ("I'm usually the only girl on the four a.m. shift.", "I'm usually the one person on the four a.m. shift."),
        ("I'm usually the only guy on the four a.m. shift.", "I'm usually the one person on the four a.m. shift."),
    ],
)
def test_gendered_idioms_are_rewritten_whole(redact, text, rewritten):
    assert redact(text) == rewritten


# Round 5 (heldout11/12 classes): gendered words inside names, trade terms and programmes are not
# anyone's gender (data/_neutral.yaml set_phrases, the keep lists); a person's own relative still is.
GENDERED_WORDS_IN_JOB_FACTS = [
    ('I led Freshman Orientation tours for two years.', 'Freshman Orientation'),
    ('I taught freshman English and sophomore biology.', 'freshman English'),
    ('I was a peer mentor for the freshman learning community.', 'freshman learning community'),
    ('we did four hundred covers on mothers day with no ticket over twelve minutes', 'mothers day'),
    ("I sold the most Father's Day gift sets in the district.", "Father's Day"),
    ('I covered shifts at our sister store across town.', 'sister store'),
    ('I trained staff at two sister properties.', 'sister properties'),
    ('I made all five mother sauces from scratch.', 'mother sauces'),
    ('I took cuttings from the mother plants every week.', 'mother plants'),
    ('I keep the sourdough mother fed.', 'sourdough mother'),
    ('I solder daughter boards for the controllers.', 'daughter boards'),
    ('I piped lady fingers for the tiramisu.', 'lady fingers'),
    ('I hung man doors on steel buildings.', 'man doors'),
    ('I coached man-to-man defense for the JV team.', 'man-to-man defense'),
    ('I test the man-down alarms every shift.', 'man-down alarms'),
    ("i'm a framing laborer for miller and sons construction", 'miller and sons construction'),
    ('I roofed for Kowalski Brothers Roofing.', 'Kowalski Brothers Roofing'),
    ('I use Mother Goose Time for the little activities.', 'Mother Goose Time'),
    ("I made pies at Papa John's for a year.", "Papa John's"),
    ("I drove a delivery route for Dad's Root Beer.", "Dad's Root Beer"),
    ('I cleaned houses for Merry Maids for three years.', 'Merry Maids'),
    ('I sold suits at Brooks Brothers.', 'Brooks Brothers'),
    ('I worked concessions for the Dallas Cowboys.', 'Dallas Cowboys'),
    ('I washed windows for Men In Kilts.', 'Men In Kilts'),
    ('I did repairs for Mr. Handyman all last year.', 'Mr. Handyman'),
    ('i worked for two men and a truck doing padding and wrapping', 'two men and a truck'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "survives"), GENDERED_WORDS_IN_JOB_FACTS)
def test_gendered_words_in_job_facts_survive(redact, text, survives):
    assert survives in redact(text)


RELATIVES_AND_SELF_STILL_FOUND = [
    ("My mother's day care is where I learned patience.", 'mother'),
    ("My sister's store is where I learned retail.", 'sister'),
    ('My sister works at the store with me.', 'sister'),
    ("I'm a college freshman, so afternoons are open.", 'freshman'),
    ('I was an air stewardess for Delta.', 'air stewardess'),
    ('I worked as a manny for two years.', 'manny'),
    ('My sons help me on the farm.', 'sons'),
    ('My mother and I run a bakery.', 'mother'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "gone"), RELATIVES_AND_SELF_STILL_FOUND)
def test_relatives_and_own_gender_beside_set_phrases_are_still_found(redact, text, gone):
    assert gone not in redact(text)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("I worked as a manny for two years.", "I worked as a nanny for two years."),
        ("I'm a forewoman on a framing crew.", "I'm a foreman on a framing crew."),
        ("I was an air stewardess for ten years.", "I was an air steward for ten years."),
    ],
)
def test_trade_titles_converge_on_the_neutral_title(redact, one, other):
    assert redact(one) == redact(other)


# Red-team r1 (own sentences, male/female pairs): royal epithets, protective-parent and
# closeness idioms, "the boys"/"the girls" as a crew, pageant titles; traps: trade and building
# terms named with a gendered word (data/_neutral.yaml set_phrases, in_context).
R1_REWRITES = [
    ("I'm kind of the queen of inventory counts.", "I'm kind of the go-to person for inventory counts."),
    ("they call me the forklift king", "they call me the forklift pro"),
    ("I was crowned the spreadsheet queen at my last job.", "I was crowned the spreadsheet pro at my last job."),
    ("I'm the queen bee of the front office.", "I'm the top dog of the front office."),
    ("I'm a mama bear with my team.", "I'm a protector with my team."),
    ("i'm a total mama's boy", "i'm a total family person"),
    ("The boys on my crew trust me with the crane.", "The people on my crew trust me with the crane."),
    ("Me and the girls on the roofing crew did forty squares a day.", "Me and the people on the roofing crew did forty squares a day."),
    ("I was a beauty queen before I was a welder.", "I was a pageant winner before I was a welder."),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), R1_REWRITES)
def test_r1_gendered_idioms_read_neutrally(redact, text, expected):
    assert redact(text) == expected


R1_PAIRS = [
    ("I'm kind of the queen of inventory counts.", "I'm kind of the king of inventory counts."),
    ("my crew calls me the pallet king", "my crew calls me the pallet queen"),
    ("they call me the spreadsheet princess", "they call me the spreadsheet prince"),
    ("I'm a papa bear to my new hires.", "I'm a mama bear to my new hires."),
    ("i've always been a daddy's girl", "i've always been a mama's boy"),
    ("The girls at the front desk trained me on Opera.", "The guys at the front desk trained me on Opera."),
    ("Me and the boys poured four foundations last month.", "Me and the girls poured four foundations last month."),
    ("I'm a Boy Scout leader.", "I'm a Girl Scout leader."),
    ("the guys at the shop call me Mama B because I keep everyone fed", "the guys at the shop call me Papa B because I keep everyone fed"),
    ("the residents call me mama jo because I bake for them", "the residents call me papa joe because I bake for them"),
    ("my nickname on the line is big mama", "my nickname on the line is big papa"),
    ("so yeah the fellas on the dock call me big tony", "so yeah the fellas on the dock call me big tina"),
    ("the kids at the library call me miss bea", "the kids at the library call me mister ben"),
    ("My manager says I'm the fastest picker she's ever had.", "My manager says I'm the fastest picker he's ever had."),
    ("I'm the only woman on my crew and I run the excavator.", "I'm the only man on my crew and I run the excavator."),
]  # fmt: skip


@pytest.mark.parametrize(("one", "other"), R1_PAIRS)
def test_r1_gender_swaps_give_the_same_output(redact, one, other):
    assert redact(one) == redact(other)


R1_TRAPS = [
    ("I led trail rides at a dude ranch in Montana.", "dude ranch"),
    ("I set the guy wires on cell towers.", "guy wires"),
    ("i tensioned guy lines on the event tents", "guy lines"),
    ("I checked the man baskets before every lift.", "man baskets"),
    ("I built a mother-in-law suite over the garage.", "mother-in-law suite"),
    ("i remodeled a granny flat for a client", "granny flat"),
    ("I crochet granny squares for the craft fair.", "granny squares"),
    ("I worked at a little mom and pop hardware store.", "mom and pop"),
    ("i worked at a mom-and-pop pharmacy", "mom-and-pop"),
    ("I cut down a widow maker before it fell on the road.", "widow maker"),
    ("I inlaid mother of pearl on guitar necks.", "mother of pearl"),
    ("I read the man pages before I touch a Linux box.", "man pages"),
    ("I set up alerts for man-in-the-middle attacks.", "man-in-the-middle"),
    ("I cut a lot of gentleman's cuts and fades.", "gentleman's cuts"),
    ("I worked at Fisherman's Wharf giving tours.", "Fisherman's Wharf"),
    ("I was in charge of the Ladies Night specials.", "Ladies Night"),
    ("i ran ladies night at the bowling alley", "ladies night"),
    ("i was a driver for papa johns", "papa johns"),
    ("i did repairs for mr handyman", "mr handyman"),
    ("i used a brother label printer for all the bins", "brother label printer"),
    ("i was a cook at big boy", "big boy"),
    ("I coached the girls' volleyball team at the Y.", "volleyball team"),
    ("I sold king size and queen size sets.", "king size and queen size"),
    ("I'm an apiarist, I raise queen bees for local farms.", "queen bees"),
    ("I'm a Burger King shift lead.", "Burger King shift lead"),
    ("I framed the king studs and jack studs for every opening.", "king studs"),
    ("I trained the boys and girls in the after school program.", "after school program"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "survives"), R1_TRAPS)
def test_r1_gendered_words_in_trade_terms_survive(redact, text, survives):
    assert survives in redact(text)


# k2 precision: brands and employers named with a kin or gendered word, said in lower case,
# stay; a person's own relative is still rewritten.
K2_TRAPS = [
    ("i drove for two men and a truck", "two men and a truck"),
    ("i worked at halal guys as a cook", "halal guys"),
    ("I sold Aunt Jemima products as a merchandiser.", "Aunt Jemima"),
    ("i was a cashier at uncle bob's storage", "uncle bob's"),
    ("i worked at papa murphy's and mama fu's", "mama fu's"),
]  # fmt: skip

K2_POSITIVES = [
    ("my uncle bob's shop is where i learned welding", "uncle"),
    ("my aunt anne's house is where i stay", "aunt"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "survives"), K2_TRAPS)
def test_k2_kin_named_brands_survive(redact, text, survives):
    assert survives in redact(text)


@pytest.mark.parametrize(("text", "words"), K2_POSITIVES)
def test_k2_own_relative_still_rewritten(redacted_spans, text, words):
    assert_redacted(redacted_spans(text, "GENDER"), text, words)


# e-round (heldout16 classes, own sentences): folksy self-descriptions with a gendered noun go
# whole ("ol'" and "country" are part of the cue); the clique idiom stays
EROUND_GENDER_POSITIVES = [
    ("I'm just a good ol' boy from the hills.", "good ol' boy"),
    ("i'm just a good ole boy who likes engines", "good ole boy"),
    ("I'm a big ol' boy, and I can lift anything.", "ol' boy"),
    ("i'm a country boy at heart", "country boy"),
    ("I'm a country girl, so early mornings don't scare me.", "country girl"),
    ("I'm a farm girl through and through.", "farm girl"),
    ("I'm a girl who can weld.", "girl"),
]  # fmt: skip

EROUND_GENDER_TRAPS = [
    ("The good ol' boy network at my last job was rough.", "good ol' boy network"),
    ("We hauled big ol' trucks all day.", "big ol' trucks"),
    ("I sold country ham at the deli counter.", "country ham"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "words"), EROUND_GENDER_POSITIVES)
def test_eround_folksy_self_descriptions_rewritten(redacted_spans, text, words):
    assert_redacted(redacted_spans(text, "GENDER"), text, words)


@pytest.mark.parametrize(("text", "survives"), EROUND_GENDER_TRAPS)
def test_eround_folksy_traps_survive(redact, text, survives):
    assert survives in redact(text)


# --- helper A (heldout15/19/20 classes) ---------------------------------------------------------
from .spans import assert_not_redacted as _a_kept, assert_redacted as _a_found  # noqa: E402

A_GENDER_POSITIVES = [
    ("I'm a young buck who can work doubles all week.", 'young buck'),
    ("Honestly I'm just a young buck with a strong back and a clean driving record.", 'young buck'),
    ('im a young buck so i carried the heavy stuff up every ladder on the crew', 'young buck'),
    ('I was the broski everyone called when the server crashed.', 'broski'),
]  # fmt: skip

A_GENDER_TRAPS = [
    ("I spent forty bucks on new boots and I'm ready to start Monday.", 'bucks'),
    ('we saved the company a few thousand bucks a month by fixing the pallet returns and i tracked every single one of them in a spreadsheet by hand', 'bucks'),
    ('I passed the buck to no one and owned every mistake on my shift.', 'buck'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), A_GENDER_POSITIVES)
def test_a_gender_is_found(redacted_spans, text, expected):
    # (after "I'm a", "young buck" is an age word as "young guy" is: any category will do)
    _a_found(redacted_spans(text), text, expected)


@pytest.mark.parametrize(("text", "kept"), A_GENDER_TRAPS)
def test_a_gender_traps_kept(redacted_spans, text, kept):
    _a_kept(redacted_spans(text), text, kept)


# --- helper A2 (heldout31 classes, own sentences) ---------------------------------------------
from .spans import assert_not_redacted as _a2_kept, assert_redacted as _a2_found  # noqa: E402

A2_GENDER_POSITIVES = [
    ('I was a foreman on a concrete crew for six years.', 'foreman'),
    ("i'm the framing foreman on most of our jobs", 'foreman'),
    ('They promoted me and I worked as general foreman after that.', 'foreman'),
]  # fmt: skip

A2_GENDER_TRAPS = [
    ('my foreman says i am the fastest on the crew and the foreman on the next job asked for me by name because i keep the site clean and safe', 'my foreman says'),
    ('The foreman signed off on my hours every Friday.', 'The foreman signed'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), A2_GENDER_POSITIVES)
def test_a2_gender_is_found(redacted_spans, text, expected):
    _a2_found(redacted_spans(text, "GENDER"), text, expected)


@pytest.mark.parametrize(("text", "kept"), A2_GENDER_TRAPS)
def test_a2_gender_traps_kept(redacted_spans, text, kept):
    _a2_kept(redacted_spans(text), text, kept)


def test_a2_self_foreman_reads_the_same_for_both(redact):
    a = redact("I was a foreman framing houses, and I worked at Pulte Homes.")
    b = redact("I was a forewoman framing houses, and I worked at Pulte Homes.")
    assert a == b and "crew lead" in a


def test_a2_journeywoman_reads_as_journeyman(redact):
    a = redact("I'm a journeyman electrician and I worked at Rosendin.")
    b = redact("I'm a journeywoman electrician and I worked at Rosendin.")
    assert a == b and "journeyman" in a


def test_protective_parent_idioms_read_alike(redact):
    one = "I'm kind of a mother hen about schedules, like, everybody gets where they're going."
    other = "I'm kind of a papa bear about schedules, like, everybody gets where they're going."
    assert redact(one) == redact(other) == (
        "I'm kind of a protector about schedules, like, everybody gets where they're going."
    )

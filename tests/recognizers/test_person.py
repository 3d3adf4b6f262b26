"""PERSON: names after cues, hyphenated names, nicknames; the issue's traps.

Positives list the exact spans the default policy redacts as PERSON; traps list text that must
come through ``redact`` unchanged (or at least not as a PERSON).
"""

from __future__ import annotations

import re

import pytest

from .spans import assert_not_redacted, assert_redacted

POSITIVES = [
    ("My crew chief, Desta Alemu, tells every new hire to stick with me.", ["Desta Alemu"]),
    # a surname the lists lack after a cued given name, hyphenated or not (own sentences)
    ("Hello, I'm Rosalind Mbeki-Hart, and I'm applying for the fare inspector job.", ["Rosalind Mbeki-Hart"]),
    ("My name is Ana Okonkwo and I run the night desk.", ["Ana Okonkwo"]),
    ("The regulars know me as Roz, the one in the booth.", ["Roz"]),
    ("Hello, I'm Marisol Vega and I'm a pharmacy tech.", ["Marisol Vega"]),
    ("Hi, my name is Will and I will lead the team.", ["Will"]),
    ("Hi, my name is Grace and I stay calm under pressure.", ["Grace"]),
    ("My name is Jordan Reyes.", ["Jordan Reyes"]),
    ("My manager, Jordan Lee, trained me.", ["Jordan Lee"]),
    ("My mentor Keisha taught me everything.", ["Keisha"]),
    # hyphenated given names and surnames
    ("My name is Sun-hee Park.", ["Sun-hee Park"]),
    ("I'm Jean-Luc Moreau.", ["Jean-Luc Moreau"]),
    ("My name is Alexandra Smith-Jones, but call me Lexi.", ["Alexandra Smith-Jones", "Lexi"]),
    # nicknames after "call me", "calls me", "go by"
    ("Everyone calls me Bubba.", ["Bubba"]),
    ("You can call me DJ.", ["DJ"]),
    ("I'm Kelsey Moore, but call me Kels.", ["Kelsey Moore", "Kels"]),
    # third-person bios: a listed name as the subject, a middle initial, an unlisted name
    ("Lauren provides parenting support, and she also runs couples groups.", ["Lauren"]),
    ("Chris represents injured workers, and he also handles appeals.", ["Chris"]),
    ("Samantha has volunteered with the shelter for three years; she loves it.", ["Samantha"]),
    ("Call Sandra J Kowalczyk on phone number 555-0100.", ["Sandra J Kowalczyk"]),
    ("When Lyssandra is not at work, she is hiking.", ["Lyssandra"]),
    # a person named after a relation or role, with adjectives and commas between
    ("My uncle Lemalu got me into this trade.", ["Lemalu"]),
    ("My old supervisor, Folasade, used to call me her best salesman.", ["Folasade"]),
    ("Our neighbour Tuilagi taught me to weld.", ["Tuilagi"]),
    ("My former shift manager Oyelaran can vouch for me.", ["Oyelaran"]),
    # someone the speaker sends people to
    ("Um, if it's Creole, ask Widline, she'll handle it.", ["Widline"]),
    ("For the schedule, just talk to Oyelaran at the front.", ["Oyelaran"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_person_is_found(redacted_spans, text, expected):
    assert redacted_spans(text, "PERSON") == expected


def test_nickname_after_full_name_shares_the_placeholder(redact):
    assert redact("I'm Kelsey Moore, but call me Kels.") == "I'm [Person1], but call me [Person1]."


@pytest.mark.parametrize(
    "called",
    ["Granny", "bro", "mama bear", "the old man", "kiddo", "Auntie", "big sis", "young blood"],
)
def test_a_person_word_one_is_called_is_ones_nickname(redact, called):
    # whatever word the crew calls one, it reads as the candidate's name: no age placeholder on
    # one side and "call me person" on the other
    text = f"Hi, I'm Pearl Hightower. The kids at the club just call me {called}, and I love it."
    assert redact(text) == "Hi, I'm [Person1]. The kids at the club just call me [Person1], and I love it."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what the crew shouts at the speaker is a nickname
        (
            "yeah so on the green chain everybody just hollers teddy at me and i want the sawmill laborer job on your crew",
            "everybody just hollers [Person1] at me",
        ),
        ("Hi, I'm Theodore Park. The guys yell Teddy at me on the line.", "yell [Person1] at me"),
        ("they shout big mo at me all day on the dock and honestly i love it because it means they trust me", "shout [Person1] at me"),
        # an intro name of several capitalised words before "here"
        ("Hey folks. Um, Winona Three Stars here, applying for your ranger aide position.", "Um, [Person1] here,"),
        ("Okay, Marcus Little Bear here, I run forklifts.", "Okay, [Person1] here,"),
    ],
)
def test_nicknames_shouted_and_intro_names_go(redact, text, expected):
    assert expected in redact(text)


@pytest.mark.parametrize(
    "text",
    ["My boss yells stop at me when the belt jams.", "The foreman shouts orders at me all day and I keep up."],
)
def test_words_shouted_at_one_are_no_names(redact, text):
    assert redact(text) == text


def test_a_person_word_after_call_me_in_a_description_stays_a_rewrite(redact):
    assert "call me the new person at work" in redact("They call me the new guy at work.")
    assert "he/they" not in redact("I go by he/they, and I've managed a stockroom for two years.")


def test_name_after_a_title_is_redacted(redact):
    out = redact("My supervisor Dr. Pratik Shah wrote my reference.")
    assert "Pratik" not in out and "Shah" not in out
    assert out.endswith("wrote my reference.")


def test_will_is_a_name_only_after_a_cue(redact):
    assert redact("Hi, my name is Will and I will lead the team.") == (
        "Hi, my name is [Person1] and I will lead the team."
    )


# text -> the part that must survive redaction untouched
TRAPS = [
    ("Quick intro, I'm a welder from the valley.", "Quick intro"),  # the model's "person" with a common lower-case word
    ("Quick update, I passed my CDL.", "Quick update"),
    ("I'm known for grace under pressure.", "grace under pressure"),
    ("I stay calm and keep my grace under pressure.", "grace under pressure"),
    ("I will finish the project on time.", "I will finish"),
    ("Will you hire me? I will work hard.", "Will you hire me? I will work hard."),
    ("I worked at Wendy's for two years.", "Wendy's"),
    ("I love Wendy's fries.", "Wendy's"),
    ("Wendy's was my first job.", "Wendy's"),
    ("I hope to join your team.", "hope"),
    ("Hope is not a strategy, so I plan.", "Hope is not a strategy"),
    ("Mason jars line my shelves.", "Mason jars"),
    ("I can handle rush hour at the register.", "rush hour at the register"),
    ("I worked every Monday and Friday in May.", "Monday and Friday in May"),
    ("I know Excel, Python and Java.", "Excel, Python and Java"),
    ("Autumn is my busiest season at the shop.", "Autumn is my busiest season"),
    ("Seven years as a Paralegal working in criminal law gave her a thick skin.", "a Paralegal working"),
    # a role word before an employer or a tool is not a name cue
    ("My manager at Goodwill says I'm the fastest sorter.", "Goodwill"),
    ("My supervisor at Hobart Lawn Care trusts me with the Hobart slicer.", "Hobart slicer"),
    ("Ask Google for directions, or talk to HR first.", "Ask Google for directions"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "survivor"), TRAPS)
def test_trap_is_not_a_person(redact, redacted_spans, text, survivor):
    assert redacted_spans(text, "PERSON") == []
    assert survivor in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "I was born in Jordan and moved here at ten.",
        "My parents immigrated from Jordan.",
        "My family is from Jordan.",
    ],
)
def test_jordan_the_country_is_a_location_not_a_person(redacted_spans, text):
    assert redacted_spans(text, "PERSON") == []
    assert redacted_spans(text, "LOCATION") == ["Jordan"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("I worked with Maria Lopez on the launch.", "Maria Lopez"),
        ("I learned a lot working with Deshawn Jackson on the night crew.", "Deshawn Jackson"),
        ("I know Maria Lopez from church.", "Maria Lopez"),
        ("I trained under Chef Maria Lopez.", "Maria Lopez"),
    ],
)
def test_coworker_names_after_work_phrases_are_redacted(redact, text, name):
    out = redact(text)
    assert not any(part in out for part in name.split()), out


@pytest.mark.parametrize(
    ("text", "name"),
    [("My uncle José taught me to cook.", "José"), ("My coworker Zoë Müller helped.", "Zoë Müller")],
)
def test_accented_names_are_found(redacted_spans, text, name):
    assert redacted_spans(text, "PERSON") == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hello, I'm Imani Baptiste, and I'm applying to be a proofreader.", "Imani Baptiste"),
        ("Hi, I'm Soren Christiansen and I fix bikes.", "Soren Christiansen"),
        ("My name is Ana Catolica and I cook.", "Ana Catolica"),
    ],
)
def test_surname_that_begins_with_a_faith_word_is_a_name(redact, redacted_spans, text, name):
    # A faith pattern must not stop inside a word ("Imani [Baptist]e"): the whole name is a person.
    assert redacted_spans(text, "RELIGION") == []
    out = redact(text)
    assert "[Person1]" in out and not any(part in out for part in name.split()), out


# --- red-team round: names in every position and in lower case ----------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rosalind, my shift lead at the deli, can confirm my hours.", "Rosalind"),
        ("Teuila, my crew lead, trained me on the forklift.", "Teuila"),
        ("My references are Ana Ortiz and Brenda Lowe.", "Brenda Lowe"),
        ("I prepped alongside Evangelina for two years.", "Evangelina"),
        ("my old supervisor shontae can speak to my work", "shontae"),
        ("hi my name is abdikarim and I drive for a living", "abdikarim"),
        ("Okay so, Chidinma Okafor here, applying for the stocker role.", "Chidinma Okafor"),
        ("You can call Bernadette at the front office about me.", "Bernadette"),
        ("i'm nalani kahale and I run the register", "nalani kahale"),
    ],
)
def test_round_names_are_found(redact, text, name):
    out = redact(text)
    assert not any(part in out for part in name.split()), out


@pytest.mark.parametrize(
    ("text", "survivor"),
    [
        ("I poured Jack Daniel's and Jim Beam at the bar.", "Jack Daniel's"),
        ("I delivered Dr Pepper to every store on my route.", "Dr Pepper"),
        ("I answered client calls at Charles Schwab.", "Charles Schwab"),
        ("Weekends, my manager lets me close early.", "Weekends"),
        ("I'm punctual and I'm ready to learn.", "punctual"),
    ],
)
def test_round_brands_and_words_are_not_names(redact, text, survivor):
    assert survivor in redact(text)


# --- round 6 (heldout11/12 classes), own sentences: a relative named after 'a little boy,' ('we have a little boy, Ebube,'), after 'my oldest',
# a surname before 'family' or 'twins' ('the Lindqvist family')
# (category None: redacted under any category, e.g. a custody schedule that decide merges)
ROUND6_POSITIVES = [
    ('PERSON', 'My husband is a nurse, and we have a little boy, Ebube, he is two.', 'Ebube'),
    ('PERSON', 'I have a daughter, Amara, who just started school.', 'Amara'),
    ('PERSON', 'We adopted a son, Tariku, last year.', 'Tariku'),
    ('PERSON', "I'm raising a boy, Keanu, on my own.", 'Keanu'),
    ('PERSON', 'my oldest yaretzi helped me film this so sorry if its shaky', 'yaretzi'),
    ('PERSON', 'My youngest Xiomara made the sign behind me.', 'Xiomara'),
    ('PERSON', 'my eldest, oluwadamilare, is my cameraman today', 'oluwadamilare'),
    ('PERSON', 'For five years I was nanny for the Lindqvist family in Evanston.', 'Lindqvist'),
    ('PERSON', 'I did housekeeping for the Okonkwo family for three years.', 'Okonkwo'),
    ('PERSON', 'I drove for the Abernathy family as their private chauffeur.', 'Abernathy'),
    ('PERSON', 'I was a live-in caregiver with the Nakashima family.', 'Nakashima'),
    ('PERSON', 'I nannied the Delacroix twins from birth to kindergarten.', 'Delacroix'),
    ('PERSON', 'The Castellanos family hired me to tutor their kids.', 'Castellanos'),
    ('PERSON', 'I have a son, Mateo, and a daughter, Lucia.', 'Mateo'),
    ('PERSON', "My wife and I have a baby girl, Zainab, she's six months.", 'Zainab'),
    ('PERSON', 'i was a nanny for the lindqvist family in evanston for five years', 'lindqvist'),
    ('PERSON', 'My husband and I have a son, Chidubem, who is four.', 'Chidubem'),
    ('PERSON', 'We just had a baby, Anaya, so nights are tough.', 'Anaya'),
    ('PERSON', "I'm raising a daughter, Itzel, on my own.", 'Itzel'),
    ('PERSON', 'I was the nanny for the Ferreira-Santos family for three years.', 'Ferreira'),
    ('PERSON', 'I cared for the Wojcik twins after school.', 'Wojcik'),
    ('PERSON', 'I cooked for the Abernathy household on weekends.', 'Abernathy'),
    ('PERSON', 'my youngest esperanza drew the sign behind me', 'esperanza'),
    ('PERSON', 'My eldest, Tendai, helps me with the computer.', 'Tendai'),
    ('PERSON', 'I tutored the Hashemi kids in math.', 'Hashemi'),
    ('PERSON', 'I housesat for the Oyelaran family every summer.', 'Oyelaran'),
    ('PERSON', 'I drove the Kowalczyk girls to school every day.', 'Kowalczyk'),
    ('PERSON', 'We have a girl, Nayeli, and a boy, Santiago.', 'Nayeli'),
    ('PERSON', 'My middle one, Kwame, plays the drums.', 'Kwame'),
    ('PERSON', "I'm a dad to a boy, Thiago, he's six.", 'Thiago'),
]  # fmt: skip

ROUND6_TRAPS = [
    ('As a kid, Kalamazoo was my whole world.', 'As a kid'),
    ('I worked for the Marriott family of hotels for six years.', 'Marriott'),
    ('I was a cashier at the Kroger family of stores.', 'Kroger'),
    ('I worked at the Johnson Family Foundation as a grants assistant.', 'Johnson Family Foundation'),
    ('I was a server at the Olive Garden family restaurant.', 'Olive Garden'),
    ('My oldest customer is ninety.', 'customer'),
    ('I run the Adobe family of apps daily.', 'Adobe'),
    ('We have a dog, Biscuit, who loves the shop.', 'We have a dog'),
    ('When I was a kid, Saturday mornings were cartoons.', 'Saturday'),
    ("I'm the family's go-to for tech help.", 'tech help'),
    ('I cleaned for the Hilton family of brands at the airport.', 'Hilton'),
    ('I did the Ford family of trucks warranty work.', 'Ford'),
    ('I sold the Samsung family of phones at Best Buy.', 'Samsung'),
    ('I got a job, Thursday I start.', 'Thursday'),
    ('I was a nanny for a family in Evanston for five years.', 'a family'),
    ('I cooked family meals for the Sunday crowd.', 'family meals'),
    ('I handled the Family Medicine front desk.', 'Family Medicine'),
    ("We served the whole family at the Denny's family table.", "Denny's"),
    ('I work with the Smart family of products at Best Buy.', 'Smart'),
    ("I'm good with the Office family of apps.", 'Office'),
    ('I managed the Target family of brands account.', 'Target'),
    ('I worked with the Hernandez Family Dental team as a receptionist.', 'Dental'),
    ('I cooked at the Garcia family restaurant for five years.', 'restaurant'),
    ('I was a server at the Olive Garden in town.', 'Olive Garden'),
    ('We had a baby shower for a coworker, Monday was the party.', 'Monday'),
    ("I have a son, and he's the reason I work nights.", 'the reason I work nights'),
    ('I have a brother who works at Costco too.', 'who works at Costco'),
]  # fmt: skip


@pytest.mark.parametrize(("category", "text", "expected"), ROUND6_POSITIVES)
def test_round6_person_is_found(redacted_spans, category, text, expected):
    assert_redacted(redacted_spans(text, category), text, expected)


@pytest.mark.parametrize(("text", "survives"), ROUND6_TRAPS)
def test_round6_person_traps_survive(redact, text, survives):
    assert survives in redact(text)


# Red-team r1: a common given name in lower case right after "call me" / "nickname is" / "go by",
# with the "big", "lil" or title of the nickname; words of address and ordinary words stay.
@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("they call me big mike on the dock", "mike"),
        ("everybody at the plant calls me lil tony", "tony"),
        ("my friends call me kate and i love it", "kate"),
        ("you can call me jay", "jay"),
        ("the kids at the library call me miss bea", "bea"),
        ("at work they call me big sam", "sam"),
        ("i go by ray at work", "ray"),
    ],
)
def test_r1_lowercase_nicknames_are_found(redact, text, gone):
    assert gone not in redact(text).split()


@pytest.mark.parametrize(
    ("text", "survivor"),
    [
        ("you can call me back anytime at the number on my resume", "back anytime"),
        ("call me crazy but i love inventory", "crazy"),
        ("my regulars call me honey and i call them honey back", "honey"),
        ("i go by the book on safety", "the book"),
        ("i go by bus so i'm never late", "bus"),
    ],
)
def test_r1_words_after_call_me_are_not_names(redact, text, survivor):
    assert survivor in redact(text)


# --- uncased, unpunctuated speech (truecase.py): the capitals and the commas a writer would put are
# missing ("i'm polish i moved here", "i'm a widow two grandkids and"); each sentence gets a
# clause of its own so the transcript is long enough to be read as uncased
UNCASED_MORE = " and i can work any shift you need on weekends"

UNCASED_PERSON_POSITIVES = [
    ('PERSON', "yo this is marcus bell and i'm applying for the night shift", 'bell'),
    ('PERSON', "hi i'm nkechi okafor-reed and i do hair", 'okafor-reed'),
    ('PERSON', "my crew chief tonya says i'm the fastest on the line", 'tonya'),
    ('PERSON', 'the dispatcher, lorenzo, can vouch for my driving', 'lorenzo'),
    ('PERSON', 'my references are gus wojcik my old foreman', 'gus wojcik'),
    ('PERSON', 'my old supervisor mr castillo will vouch for me', 'castillo'),
    ('PERSON', "hey there, ruben szymanski, i'm putting in for the loader job", 'szymanski'),
]  # fmt: skip

UNCASED_PERSON_TRAPS = [
    ("i'm servsafe certified and i love the grill", 'servsafe certified'),
    ("i'm applying for the toddler teacher aide position", 'teacher aide'),
    ("i'm fear free certified and gentle with cats", 'fear free'),
    ("i'm crew leader on the night shift", 'crew leader'),
    ('i have grace under pressure and i will mark the pallets', 'grace under pressure'),
    ('i will bill the customers and mark the pallets', 'mark the pallets'),
    ('my manager said i do sterling work on the dock', 'sterling work'),
    ('my district manager mrs holloway gave me the hustle award', 'gave me the hustle award'),
    ("i'm strong with vital signs and adls", 'vital signs'),
]  # fmt: skip


@pytest.mark.parametrize(("category", "text", "expected"), UNCASED_PERSON_POSITIVES)
def test_uncased_person_is_found(redacted_spans, category, text, expected):
    text = text + UNCASED_MORE if text == text.lower() else text
    assert_redacted(redacted_spans(text, category), text, expected)


@pytest.mark.parametrize(("text", "survives"), UNCASED_PERSON_TRAPS)
def test_uncased_person_traps_survive(redact, text, survives):
    text = text + UNCASED_MORE if text == text.lower() else text
    assert survives in redact(text)


# --- z-round: the name the people around one say ("everybody at work says Obi")
ZROUND_NICKNAME_POSITIVES = [
    ("My name is Obiageli Nwosu, but everybody at work says Obi, and I'd like to be considered.", "Obi"),
    ("i'm obiageli nwosu but everybody at work says obi and i'd like to apply for the opening", "obi"),
    ("I'm Theodora Clarke, everyone here just says Teddy, and I run the front desk.", "Teddy"),
    ("i'm theodora clarke and everyone here just says teddy and i run the front desk", "teddy"),
    ("I'm Henry Vance and the drivers all call me Hank.", "Hank"),
]  # fmt: skip

ZROUND_NICKNAME_TRAPS = [
    ("everybody at work says thanks when i cover a shift and i like that", "thanks"),
    ("My manager says Excel is my superpower and I built our tracker in it.", "Excel"),
    ("Everybody at work says Friday is the busiest day.", "Friday"),
    ("call me back anytime at the shop number and i'll pick up", "call me back"),
    # "im" is a listed given name too, but the word after the pronoun is no surname
    ("im muslim so id ask to be off on friday afternoons but im glad to take sundays and holidays", "glad"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ZROUND_NICKNAME_POSITIVES)
def test_zround_nickname_is_found(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, "PERSON"), text, expected)


@pytest.mark.parametrize(("text", "survives"), ZROUND_NICKNAME_TRAPS)
def test_zround_nickname_traps_survive(redact, text, survives):
    assert survives in redact(text)


# --- h-round: a person's name that is also a kept tool, firm or museum name. The keep lists
# give way to a person cue (introduction, nickname, salutation, sign-off, relation, a reference
# label, "trained by"), and a listed surname after a tool word makes it a full name.
KEEP_WORD_NAME_POSITIVES = [
    ("Hi, I'm Nuke Alvarez, a compositor with six years in commercials.", ["Nuke", "Alvarez"]),
    ("The guys on the lot all call me Houdini.", ["Houdini"]),
    ("My coworker Katana Brooks covered my shifts in March.", ["Katana", "Brooks"]),
    ("I learned effects from Houdini Reyes, who ran our FX team.", ["Houdini", "Reyes"]),
    ("I was mentored by Nuke Patel, our comp supervisor.", ["Nuke", "Patel"]),
    ("Dear Harmony, thanks for the call today.", ["Harmony"]),
    ("Thank you, Grant. I look forward to hearing from you.", ["Grant"]),
    ("Thanks for your time. Cheers, Diesel", ["Diesel"]),
    ("Supervisor: Baker Tilly, (555) 555-0134", ["Baker", "Tilly"]),
    ("References: Grant Thornton (shift lead), Rosa Diaz (owner).", ["Grant", "Thornton"]),
    ("Manager - Harmony Jenkins, front office.", ["Harmony", "Jenkins"]),
    ("Please ask for Grant Thornton in receiving; he trained me.", ["Grant", "Thornton"]),
    ("my coworker nuke johnson and i ran the night crew together", ["nuke", "johnson"]),
    ("hi this is katana roberts calling about the rigging job you posted", ["katana", "roberts"]),
    ("my supervisor houdini edwards taught me how to run the sims on the farm", ["houdini", "edwards"]),
    ("dear harmony thank you for taking the time to talk with me yesterday", ["harmony"]),
    ("Harmony and I rebuilt the whole onboarding binder.", ["Harmony"]),
    ("Me and Whitney closed the store every Friday.", ["Whitney"]),
    ("I worked for Arnold at his body shop for three summers.", ["Arnold"]),
    ("I cleaned for Getty at her gallery on weekends.", ["Getty"]),
    ("My nickname on the crew was Nuke, because I cleared backlogs.", ["Nuke"]),
    ("My nickname at the shop was Diesel.", ["Diesel"]),
]  # fmt: skip

KEEP_WORD_NAME_TRAPS = [
    ("I did compositing in Nuke and effects in Houdini for six years.", "Nuke"),
    ("I did compositing in Nuke and effects in Houdini for six years.", "Houdini"),
    ("I'm Houdini certified and I build HDAs for the pipeline.", "Houdini"),
    ("Lookdev in Katana and rendering in Arnold were my daily work.", "Katana"),
    ("I used Houdini Engine inside Unreal for our level tools.", "Houdini Engine"),
    ("I audited for Grant Thornton for three years before going in-house.", "Grant Thornton"),
    ("My last job was staff accountant at Baker Tilly.", "Baker Tilly"),
    ("i did my comp work in nuke and my lighting in katana at the studio", "nuke"),
    ("Thanks, everyone, for watching!", "everyone"),
    ("I worked for Walmart at their distribution center in Bentonville.", "Walmart"),
    ("I drove for J.B. Hunt for six years, mostly dedicated lanes.", "J.B. Hunt"),
    ("Safety and I go way back.", "Safety"),
    ("so yeah that is about everything on my work history and what i bring to the team thanks bye", "bye"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "gone"), KEEP_WORD_NAME_POSITIVES)
def test_keep_word_names_are_found(redact, text, gone):
    text = text + UNCASED_MORE if text == text.lower() else text
    out = redact(text)
    for name in gone:
        assert not re.search(rf"\b{re.escape(name)}\b", out), (name, out)


@pytest.mark.parametrize(("text", "survives"), KEEP_WORD_NAME_TRAPS)
def test_keep_word_name_traps_survive(redact, text, survives):
    text = text + UNCASED_MORE if text == text.lower() else text
    assert survives in redact(text)


# The speaker's name said again another way right after it: corrected ("well <name>"), offered
# ("<name> is fine", "<name> for short"), or a nickname closed by a letter ("Marky V").
SAID_AGAIN = [
    ("Hi, um, I'm Juniper Castellanos, June is fine, she/they. I'm applying for phlebotomy.", ["Juniper Castellanos", "June"]),
    ("hey uh this is beto ramírez well alberto and i'm applying for sod farm worker i've done two seasons", ["beto ramírez", "alberto"]),
    ("yo its mikey zelaya well miguel angel on paper and i wanna be a valet attendant", ["mikey zelaya", "miguel angel"]),
    ("I'm Alexander Petrov, Sasha for short, and I fix bikes.", ["Alexander Petrov", "Sasha"]),
    ("Good, um, I'm Marcus Villanueva, I go by Marky V on the decks, and I DJ weddings.", ["Marcus Villanueva", "Marky V"]),
]  # fmt: skip

NOT_SAID_AGAIN = [
    ("I'm Dana Ortiz, well, mostly I run the register and do the bank deposits.", "mostly"),
    ("I'm Dana Ortiz, Friday is fine for an interview.", "Friday"),
    ("i'm dana ortiz well honestly i just love fixing things and i have been doing it for ten years at the shop on weekends", "honestly"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SAID_AGAIN)
def test_the_speakers_name_said_again_is_found(redacted_spans, text, expected):
    spans = redacted_spans(text, "PERSON")
    for name in expected:
        assert_redacted(spans, text, name)


@pytest.mark.parametrize(("text", "kept"), NOT_SAID_AGAIN)
def test_words_after_the_speakers_name_stay(redacted_spans, text, kept):
    assert_not_redacted(redacted_spans(text), text, kept)


# What one is called, said with "calling me", is a name even when a town is named so.
CALLING_ME = [
    ("Homeowners usually end up calling me Bry, and I vacuum out every cabinet.", "Bry"),
    ("everyone keeps calling me boston because of the accent so i just answer to it now", "boston"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CALLING_ME)
def test_what_one_is_called_is_a_name(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, "PERSON"), text, expected)


# A capitalised role word inside a title is no cue for a name after it.
TITLES_WITH_ROLE_WORDS = [
    ("I have the ETA Customer Service Specialist cert, and our print center hit number one.", "Service"),
    ("I passed the NRA Range Safety Officer course and the Head Chef Foundations exam last year.", "Safety"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kept"), TITLES_WITH_ROLE_WORDS)
def test_role_words_inside_a_title_cue_no_name(redacted_spans, text, kept):
    assert_not_redacted(redacted_spans(text), text, kept)


def test_a_role_word_before_a_name_still_cues_it(redacted_spans):
    assert redacted_spans("my dispatcher Angela says I'm the fastest on the board.", "PERSON") == ["Angela"]


# The name one goes by, said after the one nobody uses: "nobody calls me that, it's [Mags]".
CALLS_ME_THAT = [
    ("My legal name is Margaret, but literally nobody calls me that, it's Mags. I shoe horses.", "Mags"),
    ("Nobody calls me that, it's just Kiki, even my boss.", "Kiki"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CALLS_ME_THAT)
def test_the_name_one_goes_by_after_calls_me_that(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, "PERSON"), text, expected)


def test_a_day_after_calls_me_that_stays(redacted_spans):
    text = "Don't call me that, it's Tuesday, and I'm on the dock all day."
    assert_not_redacted(redacted_spans(text), text, "Tuesday")


# The name said again in a chain, spelled, offered after a hedge, or as a single letter.
SAID_AGAIN_MORE = [
    ("My name is Dashiell Okonkwo-Reyes, but honestly Dash is fine, nobody gets it right.", ["Dash"]),
    ("hi my name is tomasz wieczorek you can just say tom its easier im applying for the freight job", ["tom"]),
    ("Hi, I'm Rosalind Achterberg, Roz, R-O-Z, Roz is good. I'm applying for the audiology job.", ["Roz", "R-O-Z"]),
    ("hey um this is marcus ferrante thats marcus with a c but everybody at work calls me cuz", ["marcus"]),
    ("Good morning. I'm Terrence Oduya, Terrence, or T is fine, and I'm applying for trail crew.", ["T"]),
]  # fmt: skip

NOT_SAID_AGAIN_MORE = [
    ("I'm Dana Ortiz, I, uh, drive forklifts and I load trailers on the night shift.", "drive"),
    ("You can just say the word and I'll be there for the early shift on Saturdays.", "the word"),
    ("I'm Dana Ortiz, Monday is fine for an interview, and so is Tuesday.", "Monday"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SAID_AGAIN_MORE)
def test_the_speakers_name_said_again_more_ways(redacted_spans, text, expected):
    spans = redacted_spans(text, "PERSON")
    for name in expected:
        assert_redacted(spans, text, name)


@pytest.mark.parametrize(("text", "kept"), NOT_SAID_AGAIN_MORE)
def test_words_after_a_name_that_are_no_name(redacted_spans, text, kept):
    assert_not_redacted(redacted_spans(text), text, kept)


def test_the_name_after_a_bare_filler_is_said_again(redacted_spans):
    text = "hello my name is abigail whitcomb uh abby is what everybody calls me so i answer to both"
    assert_redacted(redacted_spans(text, "PERSON"), text, "abby")


# Lower-case names right after the speaker introduces themself, a surname no list has after a
# repeated name, and the name a nickname is short for.
LOWER_CASE_INTROS = [
    ("hey um this is michael sorrell but the guys call me big mike and im applying for the forklift job", "michael sorrell"),
    ("hey um im dev patel like short for devansh and im applying for the records scanning job", "dev patel"),
    ("hey um im dev patel like short for devansh and im applying for the records scanning job", "devansh"),
    ("hey hey its cody uh cody ray lindqvist and im applying for your chimney sweep job", "lindqvist"),
]  # fmt: skip

LOWER_CASE_NOT_NAMES = [
    ("i'm mark price and i drive for the county road crew on the night shift most weeks of the year", "price"),
    ("I'm short for a welder but I climb fine and I carry my own harness to every job.", "a welder"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), LOWER_CASE_INTROS)
def test_lower_case_intro_names_are_found(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, "PERSON"), text, expected)


@pytest.mark.parametrize(("text", "kept"), LOWER_CASE_NOT_NAMES)
def test_lower_case_words_after_an_intro_that_are_no_name(redacted_spans, text, kept):
    assert_not_redacted(redacted_spans(text), text, kept)


def test_a_job_applied_for_with_words_before_its_head_is_no_name(redacted_spans):
    text = "whats up um im dario and im applying for brick paver helper i did two summers with belgard installers"
    assert_not_redacted(redacted_spans(text), text, "paver helper")
    assert_redacted(redacted_spans(text, "PERSON"), text, "dario")


# A lower-case nickname that starts with a letter, after "call me" and the like.
LETTER_NICKNAMES = [
    ("my name is terrence okafor but everybody calls me t bone im twenty two and im trying to get on a crew", "t bone"),
    ("on the docks everybody calls me big d um i want the marine electrician helper job", "big d"),
    ("just call me j and i will be there at six for the first load", "j"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), LETTER_NICKNAMES)
def test_a_nickname_starting_with_a_letter_is_found(redacted_spans, text, expected):
    assert expected in redacted_spans(text, "PERSON")


def test_call_me_a_word_is_no_nickname(redacted_spans):
    text = "they call me a workhorse at the shop because i never leave before the trucks are loaded"
    assert_not_redacted(redacted_spans(text), text, "a workhorse")


# What the speaker is called, capitalised, with a hyphen or a title word; a name said again
# before "on the crew".
CALLED_MORE = [
    ("I'm Terrell Moss-Banks but literally everybody calls me T-Bone, and I DJ weddings.", "T-Bone"),
    ("I'm Joaquin Ibarra, he/him, most folks know me as DJ Quino, and I run live sound.", "DJ Quino"),
    ("Hi, um, my name's Rosalind Achterberg, Roz on the crew, and I'm applying for rigging.", "Roz"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CALLED_MORE)
def test_what_the_speaker_is_called_more_ways(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, "PERSON"), text, expected)

"""Uncased speech-recognizer output: detection reads a truecased copy with contractions restored
(``pipelines/detect/truecase.py``), and the offsets it finds hold for the original text."""

from __future__ import annotations

import pytest

from pipelines.detect.truecase import blank_fillers, needs_truecasing, read_uncased, truecase

from .spans import assert_redacted

FILLER = " and i have three years on the register at target so i know the pos and cash handling"

TRUECASED = [
    ("during lent and for ramadan i still work", "During Lent and for Ramadan I still work"),
    ("i went to texas tech for a year", "I went to Texas Tech for a year"),
    ("hi my name is dorian castellanos", "Hi my name is Dorian Castellanos"),
    ("hey im kwabena mensah but everybody calls me kobby",
     "Hey Im Kwabena Mensah but everybody calls me Kobby"),  # "I'm": in read_uncased
    ("i grew up in san antonio and moved to guatemala", "I grew up in San Antonio and moved to Guatemala"),
    ("i went to roosevelt high school and then university of houston",
     "I went to Roosevelt High School and then University of Houston"),
    ("i was a senior at frankford high", "I was a senior at Frankford High"),
    ("my wife denise and my lead tech hector", "My wife Denise and my lead tech Hector"),
    ("i was born in st cloud and i live in midwood now", "I was born in St Cloud and I live in Midwood now"),
    ("a sophomore at howard studying engineering", "A sophomore at Howard studying engineering"),
    # listed employers and tools are spelled as listed, so the case-sensitive lists find them
    ("i worked for two men and a truck", "I worked for Two Men and a Truck"),
    ("i ran the man lift at the bank of america branch", "I ran the man lift at the Bank of America branch"),
    ("i pass kelly clamps and set up the mayo stand", "I pass Kelly clamps and set up the Mayo stand"),
    ("we use mother goose time and the creative curriculum", "We use Mother Goose Time and the Creative Curriculum"),
]  # fmt: skip

UNCHANGED_WORDS = [
    ("my foreman says im one of the crew now and i weld and stock shelves", ["weld"]),  # verbs
    # ordinary words that are also names or places stay lower case without a cue
    ("i got my food handler card and i can mark the grace period", ["mark", "grace"]),
    ("i went to college and then a local community college", ["college", "local", "community"]),
    ("i live in a small town and work at the lead tech desk", ["small", "lead tech"]),
    ("i work at chick-fil-a and i really like it", ["chick-fil-a", "really"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), TRUECASED)
def test_truecase_capitalises_names_places_and_schools(text, expected):
    assert truecase(text) == expected


@pytest.mark.parametrize(("text", "words"), UNCHANGED_WORDS)
def test_truecase_leaves_ordinary_words(text, words):
    cased = truecase(text)
    for word in words:
        assert word in cased, (word, cased)


def test_cased_text_is_not_truecased():
    assert not needs_truecasing("Hi, I'm Dorian and I live in Kensington." + FILLER)
    assert needs_truecasing("hi im dorian and i live in kensington" + FILLER)
    assert not needs_truecasing("hi im dorian")  # too short to tell


def test_restored_contractions_map_back_to_the_original():
    text = "so um im sixty one and shes my daughter dont worry" + FILLER
    copy, index = read_uncased(text)
    assert copy.startswith("So um I'm sixty one and she's my daughter don't worry")
    assert len(index) == len(copy) + 1
    start = copy.index("she's")
    assert text[index[start] : index[start + len("she's") - 1] + 1] == "shes"
    assert all(copy[i].lower() == text[index[i]].lower() for i in range(len(copy)) if copy[i] != "'")


UNCASED_TRANSCRIPTS = [
    ("hi my name is abdirahman warsame and im applying for security officer i have my guard card "
     "and three years with allied universal i was born in st cloud im thirty i live in bloomington "
     "and i can work overnights",
     ["abdirahman", "warsame", "thirty", "bloomington"],
     ["security officer", "guard card", "three years", "allied universal", "overnights"]),
    ("um hey so my name is dorian castellanos and im trying to get on as a line cook here i been "
     "cooking since i was like fifteen three years on the grill at texas roadhouse i graduated "
     "from frankford high and i still live over in kensington",
     ["dorian", "castellanos", "frankford", "kensington"],
     ["line cook", "three years", "grill", "texas roadhouse"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "gone", "kept"), UNCASED_TRANSCRIPTS)
def test_uncased_transcript_is_redacted_and_keeps_job_facts(redact, text, gone, kept):
    out = redact(text)
    words = out.lower().split()
    for word in gone:
        assert word not in words, (word, out)
    for phrase in kept:
        assert phrase in out, (phrase, out)
    assert out == out.lower() or "[" in out  # the original's case, placeholders aside


# --- red-team round: names, places and employers in uncased transcripts --------------------------
ROUND_UNCASED = [
    ("hey so um shout out to my homie darnell who told me about this opening" + FILLER, ["darnell"], ["target"]),
    ("my references are jorge castillo and amanda pierce" + FILLER, ["amanda", "pierce"], ["target"]),
    ("eleanor, my supervisor at kroger, wrote my letter" + FILLER, ["eleanor"], ["kroger"]),
    ("this is hyun-woo kim and i want the stocker job" + FILLER, ["hyun", "woo", "kim"], ["stocker"]),
    ("i was a patient transporter at orlando health for two years" + FILLER, [], ["orlando health"]),
    ("i used to be a teller at the credit union and a baker on weekends" + FILLER, [], ["teller", "baker"]),
    ("i live right off mesa drive so i can walk" + FILLER, ["mesa drive"], ["walk"]),
    ("i sold georgia peaches and boston cream pies at the market" + FILLER, [], ["peaches", "cream"]),
    ("yo its rocky tsosie and i want the valet job" + FILLER, ["rocky", "tsosie"], ["valet"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "gone", "kept"), ROUND_UNCASED)
def test_round_uncased_names_places_and_workplaces(redact, text, gone, kept):
    out = redact(text)
    for word in gone:
        assert word not in out, out
    for word in kept:
        assert word in out, out


# round 6 (heldout11/12 classes) in uncased, unpunctuated speech: the cue words that a comma
# or a capital gives in cased text are missing ("a little boy ebube he is two", "im signing my
# name is", "bellevue college the oldest one in my cohort")
ROUND6_UNCASED = [
    ('hi so the voice is my interpreter and im signing my name is ana', 'signing'),
    ('you can call me through video relay or text me', 'video relay'),
    ('im in recovery clean since march of twenty eighteen and i sponsor', 'clean since march of twenty eighteen'),
    ('i got my va vocational rehab counselor to pay for it', 'vocational rehab'),
    ('just tap my shoulder on my good ear side', 'good ear side'),
    ('im sixty one and already on medicare so no insurance needed', 'medicare'),
    ('i started there when the berlin wall was still up', 'when the berlin wall was still up'),
    ('i did the certificate at bellevue college the oldest one in my cohort', 'oldest one in my cohort'),
    ('im the big guy with tattoos all up both arms and a gray beard', 'gray beard'),
    ("you'll know me by the big white beard", 'big white beard'),
    ('im a lola of seven and i speak tagalog', 'seven'),
    ('i have three daughters all teenagers ha', 'teenagers'),
    ('we have a little boy ebube he is two', 'ebube'),
    ('i live in evanston i take the purple line', 'purple line'),
    ('i been a gate agent at sea tac for six years', 'sea tac'),
    ('i studied logistics at texas southern', 'texas southern'),
    ('every june we walk with the hospital pride team', 'pride'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ROUND6_UNCASED)
def test_round6_uncased_classes_are_found(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text), text, expected)

# --- uncased round: what a writer capitalises besides names, places and schools ----------------
TRUECASED_MORE = [
    # nationalities and languages; "polish" only where it is one
    ("i speak tagalog and cantonese and a little german", "I speak Tagalog and Cantonese and a little German"),
    ("my polish grandma taught me to polish silver", "My Polish grandma taught me to polish silver"),
    # neighbourhoods by their parts after a location phrase
    ("i grew up in little tokyo and now i live near maple heights",
     "I grew up in Little Tokyo and now I live near Maple Heights"),
    # a common surname after an introduced given name, a hyphenated surname, a name after a role
    ("yo this is marcus bell and my supervisor tonya says hi", "Yo this is Marcus Bell and my supervisor Tonya says hi"),
    ("hey im nkechi okafor-reed and i do braids", "Hey Im Nkechi Okafor-Reed and I do braids"),
    # workplaces named before a business word or with "of" and a place; brands before equipment
    ("three years at delgado's bakery and as a clerk with the city of tulsa",
     "Three years at Delgado's Bakery and as a clerk with the City of Tulsa"),
    ("i run a lincoln mig welder and a makita impact driver", "I run a Lincoln mig welder and a Makita impact driver"),
    # acronyms, including the ones that are words elsewhere ("ms", "va") only in their context
    ("i have ptsd and i use my va benefits and i got my cdl", "I have PTSD and I use my VA benefits and I got my CDL"),
    ("i have ms so i sit for inventory and i know ms excel", "I have MS so I sit for inventory and I know ms excel"),
    # saints without the full stop, places of worship, a state before its licence
    ("i usher at st bridget's and volunteer at the sri ganesha temple",
     "I usher at St Bridget's and volunteer at the Sri Ganesha Temple"),
    ("i hold a nevada gaming license from my time in reno", "I hold a Nevada gaming license from my time in Reno"),
    ("i studied welding at northeast tech and took classes at ozarks technical community college",
     "I studied welding at Northeast Tech and took classes at Ozarks Technical Community College"),
    ("canvassing for the democrats and the dfl, my grandpa has parkinson's",
     "Canvassing for the Democrats and the DFL, my grandpa has Parkinson's"),
    ("i work with jaws on my laptop", "I work with JAWS on my laptop"),
]  # fmt: skip

UNCHANGED_MORE = [
    # ordinary words that are also names, places or towns stay lower case
    ("i sharpen the mower and i bake rye and sourdough", ["mower", "rye"]),
    ("i have grace under pressure and i will mark the pallets", ["grace", "will", "mark"]),
    ("i will bill the customers and my boss says i do sterling work", ["will", "bill", "sterling"]),
    ("we had a family reunion and i made turkey sandwiches with papaya", ["reunion", "turkey", "papaya"]),
    ("i was a teller and a deli clerk and i know the barn chores", ["teller", "deli", "barn"]),
    ("i was strong in reading and in charge of the grill", ["reading", "charge"]),
    # credentials and job titles after "i'm" or a role are no names
    ("i'm servsafe certified and i'm fear free certified", ["servsafe", "fear"]),
    ("i'm applying for the toddler teacher aide position and i'm crew leader", ["aide", "crew"]),
    ("i'm forklift and pallet jack certified and notary public certified", ["forklift", "notary"]),
    ("i'm strong with vital signs and i was a lube tech at the shop", ["vital", "lube tech"]),
    ("i polish the floors and restock nail polish at the counter", ["polish the floors", "nail polish"]),
    ("my district manager mrs holloway gave me the hustle award", ["gave"]),
    ("doing room resets live hint delivery and staying alert on rotations", ["live hint", "alert"]),
    ("the keeper talks at the gibbon exhibit and two years as a patient care tech", ["gibbon", "care tech"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), TRUECASED_MORE)
def test_truecase_capitalises_what_a_writer_capitalises(text, expected):
    assert truecase(text) == expected


@pytest.mark.parametrize(("text", "words"), UNCHANGED_MORE)
def test_truecase_leaves_everyday_words_of_the_job(text, words):
    cased = truecase(text)
    for word in words:
        assert word in cased, (word, cased)


def test_decide_reads_an_uncased_transcript_with_its_capitals(redact):
    # "choctaw" begins a business's name only with the capitals the detection read it with
    out = redact("so right now i'm a slot attendant at choctaw casino and i've been there three years")
    assert "choctaw casino" in out


# --- fillers inside a cue ---------------------------------------------------------------------------
BLANKED = [
    ("I'm, uh, short and stocky.", "I'm" + " " * 6 + "short and stocky."),
    ("I'm, you know, built like a fridge", "I'm" + " " * 12 + "built like a fridge"),
    ("my, um, wife", "my" + " " * 6 + "wife"),
    # elsewhere the comma before the filler stays, so words on either side stay apart
    ("I did that, uh, for two years", "I did that," + " " * 5 + "for two years"),
    ("I'm 45, uh, I have two kids", "I'm 45," + " " * 5 + "I have two kids"),
    ("call me Sarge, uh, long story", "call me Sarge," + " " * 5 + "long story"),
    ("call me sarge uh long story", "call me sarge uh long story"),
    ("i'm uh short and stocky", "i'm" + " " * 4 + "short and stocky"),
]  # fmt: skip

NOT_BLANKED = [
    "I like dogs, and I like people.",  # "like" as a verb
    "I'm, like, the fastest picker, honestly.",  # a filler after "I'm": blanked (below)
    "Umbrella insurance, umami, and Uhaul are words.",
]


@pytest.mark.parametrize(("text", "expected"), BLANKED)
def test_fillers_inside_a_phrase_read_as_spaces(text, expected):
    assert blank_fillers(text) == expected


def test_blanking_fillers_keeps_length_and_ordinary_words():
    assert blank_fillers(NOT_BLANKED[0]) == NOT_BLANKED[0]
    assert blank_fillers(NOT_BLANKED[2]) == NOT_BLANKED[2]
    assert blank_fillers(NOT_BLANKED[1]) == "I'm" + " " * 8 + "the fastest picker, honestly."
    for text in NOT_BLANKED + [t for t, _ in BLANKED]:
        assert len(blank_fillers(text)) == len(text)


FILLER_CUES = [
    ("I'm twenty-six, and I'm, you know, built like a fridge, which helps.", "APPEARANCE", ["built like a fridge"]),
    ("I'm, uh, short and stocky, which is perfect for a low parlor.", "APPEARANCE", ["short and stocky"]),
    ("Donors remember me, I'm, like, five foot nothing with pink hair.", "APPEARANCE", ["five foot nothing", "pink hair"]),
    ("Um, I'm five foot, um, nothing, so patients always underestimate me.", "APPEARANCE", ["five foot, um, nothing"]),
    ("Hey. I'm Jacob Bontrager, uh, Jake. I'm looking for HVAC work.", "PERSON", ["Jacob Bontrager", "Jake"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "category", "expected"), FILLER_CUES)
def test_a_filler_inside_a_cue_does_not_hide_it(redacted_spans, text, category, expected):
    assert redacted_spans(text, category) == expected


def test_a_cue_after_a_filler_keeps_its_placeholder_and_the_sentence_reads(redact):
    assert redact("I'm, uh, short and stocky, which is perfect for a low parlor.") == (
        "I'm, uh, [Personal1], which is perfect for a low parlor."
    )


def test_capitalised_letters_that_spell_a_filler_are_no_filler():
    assert blank_fillers("I took classes at UH Hilo, UM Flint and, ER, whatever.") == (
        "I took classes at UH Hilo, UM Flint and, ER, whatever."
    )

"""An attribute cue that only qualifies the noun after it is removed (policy
``rewrite.attribute_modifiers: remove``), so a version of the sentence without the cue, or with
another cue, reads the same; cues that stand on their own keep their placeholder."""

import pytest

from pipelines.policy import load_policy
from pipelines.redactor import Redactor

PAIRS = [
    # (one version, the other version, what both must read)
    (
        "I also coach at a gay rugby club on Saturdays.",
        "I also coach at a men's rugby club on Saturdays.",
        "I also coach at a rugby club on Saturdays.",
    ),
    ("I was an Army medic for six years.", "I was a medic for six years.", "I was a medic for six years."),
    (
        "I was a 19-year-old student then.",
        "I was a 45-year-old student then.",
        "I was a student then.",
    ),
    (
        "I'm a Muslim nurse with ten years on the floor.",
        "I'm a Catholic nurse with ten years on the floor.",
        "I'm a nurse with ten years on the floor.",
    ),
    ("I'm a retired teacher who tutors math.", "I'm a teacher who tutors math.", None),
    # a one-word cue used for the person after "as a" leaves the person
    (
        "As a Latina from El Paso, I grew up helping with paperwork.",
        "As a Black woman from El Paso, I grew up helping with paperwork.",
        "As a person from [Location1], I grew up helping with paperwork.",
    ),
    # a modifier cue right before another cue is one cue with it, not removed on its own
    (
        "I'm a thirty-one year old Marine Corps veteran from Denver.",
        "I'm a thirty-one year old from Denver.",
        "I'm [Personal1] from [Location1].",
    ),
]


@pytest.mark.parametrize(("one", "other", "expected"), PAIRS)
def test_modifier_cues_leave_no_trace(redact, one, other, expected):
    assert redact(one) == redact(other)
    if expected is not None:
        assert redact(one) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I am Muslim and I pray at lunch.", "I am [Personal1]"),  # a predicate, not a modifier
        ("I'm divorced and I drive at night.", "I'm [Personal1]"),  # a predicate
        ("I live with my husband Mateo, who teaches.", "my family [Person1]"),  # before a name
        ("I'm a Navy veteran and a welder.", "[Personal1]"),
    ],
)
def test_cues_that_stand_alone_keep_their_placeholder(redact, text, expected):
    assert expected in redact(text)


def test_policy_can_keep_placeholders_for_modifiers():
    raw = load_policy("default").model_dump()
    raw["rewrite"]["attribute_modifiers"] = "redact"
    redactor = Redactor(policy=type(load_policy("default")).model_validate(raw)).load()
    out = redactor.redact("I also coach at a gay rugby club on Saturdays.")
    assert out.text == "I also coach at [Personal1] rugby club on Saturdays."


def test_removed_modifier_is_still_reported(redactor):
    out = redactor.redact("I also coach at a gay rugby club on Saturdays.")
    assert [(r.category, r.action) for r in out.redactions] == [("SEXUAL_ORIENTATION", "remove")]


# --- a clause the candidate is the subject of goes whole ------------------------------------------
@pytest.mark.parametrize(
    ("one", "other"),
    [
        (
            "My youngest just left for college, so I'm looking for steady hours.",
            "I just got married in June, so I'm looking for steady hours.",
        ),
        ("I also fast during Lent, but I'll taste anything.", "I wear a hijab, but I'll taste anything."),
    ],
)
def test_clause_with_the_candidate_as_subject_is_one_placeholder(redact, one, other):
    assert redact(one) == redact(other)
    assert redact(one).startswith("[Personal1],")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I'm retired, so I can work any shift.", "I'm [Personal1], so"),  # "I'm" stays, as for "I'm 68"
        ("I'm 68, so I can work any shift.", "I'm [Personal1], so"),
        ("My boyfriend and I just got engaged, so I'm staying.", "My family and I [Personal1]"),  # two subjects
    ],
)
def test_subject_stays_outside_when_it_is_not_the_clause(redact, text, expected):
    assert redact(text).startswith(expected)


# --- words for one's own relatives read "family" -------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I coach my daughter's T-ball team.", "I coach my family's T-ball team."),
        ("I coach my nephew's T-ball team.", "I coach my family's T-ball team."),
        ("My grandkids think it's the coolest job ever.", "My family think it's the coolest job ever."),
        ("My little brothers think it's the coolest job ever.", "My family think it's the coolest job ever."),
        ("Between work and my twins I've gotten good at schedules.", "Between work and my family I've gotten good at schedules."),
        ("Between work and my fiancé I've gotten good at schedules.", "Between work and my family I've gotten good at schedules."),
        ("And my boys already told me to bring home a hat.", "And my family already told me to bring home a hat."),
    ],
)
def test_kin_words_read_family(redact, text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I'm the girl everybody calls when a pallet is stuck.",  # not a relative: a self-description
        "I'm a single mom of two kids and I drive.",  # more than a kin word: a placeholder
    ],
)
def test_other_family_and_gender_cues_are_not_family(redact, text):
    assert "family" not in redact(text)


def test_policy_can_keep_placeholders_for_kin_words():
    raw = load_policy("default").model_dump()
    raw["rewrite"]["kin_words"] = "redact"
    redactor = Redactor(policy=type(load_policy("default")).model_validate(raw)).load()
    assert redactor.redact("I coach my daughter's T-ball team.").text == "I coach my [Personal1]'s T-ball team."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The residents treat me like a sister.", "The residents treat me like family."),
        ("The residents treat me like a grandson.", "The residents treat me like family."),
        ("I felt like a kid in a candy store.", "I felt like a kid in a candy store."),  # not kin
    ],
)
def test_likened_to_a_relative_reads_like_family(redact, text, expected):
    assert redact(text) == expected


# --- a sentence that is only an attribute cue goes whole ---------------------------------------
@pytest.mark.parametrize(
    ("with_cue", "without"),
    [
        ("I type fast. I just got married in June. I live close by.", "I type fast. I live close by."),
        ("I type fast. Honestly, I fast during Ramadan. I live close by.", "I type fast. I live close by."),
        ("I type fast. I'm also a member of American Legion Post 7. I live close by.", "I type fast. I live close by."),
        ("My youngest just left for college. I type fast.", "I type fast."),
    ],
)
def test_sentence_that_is_only_a_cue_is_removed(redact, with_cue, without):
    assert redact(with_cue) == redact(without)


@pytest.mark.parametrize(
    ("with_cue", "expected"),
    [
        ("I grew up in Denver, Catholic. For two years I drove.", "I grew up in [Location1]. For two years I drove."),
        ("Quick facts: 58 years old, class A CDL with doubles.", "Quick facts: class A CDL with doubles."),
        ("My coworkers, mostly Catholic, love my tamales.", "My coworkers love my tamales."),
        ("I'm 45, Mexican, and I live nearby.", "I'm [Personal1], and I live nearby."),
    ],
)
def test_comma_piece_that_is_only_a_cue_is_removed(redact, with_cue, expected):
    assert redact(with_cue) == expected


def test_cue_inside_a_longer_sentence_keeps_its_placeholder(redact):
    out = redact("My time in the Coast Guard taught me to stay calm under pressure.")
    assert "[Personal1]" in out and "calm under pressure" in out


# --- a cue that is the whole object of a circumstance phrase goes with the phrase ----------------
@pytest.mark.parametrize(
    ("with_cue", "without"),
    [
        (
            "I've got four years driving heavy trucks in the Marine Corps and a spotless record.",
            "I've got four years driving heavy trucks and a spotless record.",
        ),
        ("I'm finishing CDL school on the GI Bill right now.", "I'm finishing CDL school right now."),
        (
            "I jumped out of planes with the eighty-second Airborne for years.",
            "I jumped out of planes for years.",
        ),
        ("I spent six years in the Coast Guard, so I'm calm under pressure.", "I spent six years, so I'm calm under pressure."),
        ("On weekends I cook at the Cao Dai temple.", "On weekends I cook."),
        ("so around Diwali I'll ask for a day off", "so I'll ask for a day off"),
        # a removed category's cue goes with its phrase too, not leaving "on a"
        ("I climb ladders all day on a prosthetic leg without any trouble.", "I climb ladders all day without any trouble."),
        # the phrase through one's own people or time there, or found with its preposition
        ("I'm forklift certified from my time in the army and I'm on the pallet jack.", "I'm forklift certified and I'm on the pallet jack."),
        ("On my off days I fish with my buddies from the 1st Cav.", "On my off days I fish."),
        ("I learned to weld during my years in the Navy, and I hold a 3G cert.", "I learned to weld, and I hold a 3G cert."),
        # two cues coordinated under one preposition: the phrase stays with one placeholder
        ("I'm Buddhist, so on Losar and Buddha Jayanti I'd need off.", "I'm Hindu, so on Dashain and Tihar I'd need off."),
    ],
)
def test_circumstance_phrase_with_only_a_cue_is_removed(redact, with_cue, without):
    assert redact(with_cue) == redact(without)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I'm in my forties and I lift.", "I'm in my [Personal1]"),  # the complement of "be"
        ("I'm active in my mosque, so I plan events.", "active in my [Personal1]"),  # of "be" + adjective
        ("I go to meetings at the Black Student Union center.", "at the center"),  # not the whole object: a modifier
        ("I'm a member of the Black Student Union, so I plan events.", "member of [Personal1]"),  # "of"
        ("I also coach at a gay rugby club on Saturdays.", "coach at a rugby club"),  # a modifier
        ("I'm Hindu, so on Dashain and Tihar I'd need off.", "so on [Personal2] I'd need off"),  # two objects
        ("I started working warehouses in twenty eighteen, and I lift.", "warehouses [Personal1], and"),  # an age as a time
        ("I was with my unit in the Army for six years.", "I was with my unit for six years."),  # after "be"
    ],
)
def test_cues_that_are_not_a_whole_circumstance_phrase_stay_in_place(redact, text, expected):
    assert expected in redact(text)


def test_policy_can_keep_placeholders_for_circumstance_phrases():
    raw = load_policy("default").model_dump()
    raw["rewrite"]["attribute_adjuncts"] = "redact"
    redactor = Redactor(policy=type(load_policy("default")).model_validate(raw)).load()
    out = redactor.redact("I'm finishing CDL school on the GI Bill right now.").text
    assert out == "I'm finishing CDL school on [Personal1] right now."


def test_policy_can_keep_placeholders_for_cue_sentences():
    raw = load_policy("default").model_dump()
    raw["rewrite"]["attribute_sentences"] = "redact"
    redactor = Redactor(policy=type(load_policy("default")).model_validate(raw)).load()
    out = redactor.redact("I type fast. I just got married in June. I live close by.").text
    assert out == "I type fast. [Personal1]. I live close by."


# --- two versions of one sentence read the same (own sentences) ----------------------------------
@pytest.mark.parametrize(
    ("one", "other"),
    [
        # a modifier found with its article leaves the article to its noun
        ("I bowl Tuesday nights in the VFW league.", "I bowl Tuesday nights in the PTA league."),
        # a congregation named before a plain place word is one place, whatever its faith
        ("On weekends I help out at the Cao Dai temple.", "On weekends I help out at my church."),  # a role there
        (
            "I wear a rosary every day, and I volunteer at the St. Joseph parish in Yakima.",
            "I wear a patka every day, and I volunteer at the Guru Nanak gurdwara in Yakima.",
        ),
    ],
)
def test_versions_with_cues_of_one_shape_read_the_same(redact, one, other):
    assert redact(one) == redact(other)


def test_working_at_a_saints_hospital_is_still_a_job(redact):
    assert "St. Joseph Hospital" in redact("I worked three years at St. Joseph Hospital as a CNA.")


# A graduation year said "back in '84" after "graduated from <school>" goes as "in 2019" does;
# a start said "back in" elsewhere keeps its placeholder.
GRADUATION_YEARS = [
    ("I graduated from Aquinas back in '84, and I've dealt with the public ever since.",
     "I graduated from Aquinas in 2019, and I've dealt with the public ever since."),
    ("I graduated from Lincoln High back in 2015, and my dad taught me welding.",
     "I graduated from Lincoln High in 2015, and my dad taught me welding."),
    ("i got my diploma back in 1981 and i've driven a forklift ever since",
     "i got my diploma in 2019 and i've driven a forklift ever since"),
]  # fmt: skip


@pytest.mark.parametrize(("one", "other"), GRADUATION_YEARS)
def test_graduation_years_said_either_way_read_the_same(redact, one, other):
    assert redact(one) == redact(other)
    assert "in" not in redact(one).split(",")[0].split()[-2:]


def test_an_era_said_without_graduating_keeps_its_placeholder(redact):
    assert redact("I started driving back in the eighties, and I still love it.") == (
        "I started driving [Personal1], and I still love it."
    )


# A cue that only qualifies a longer one takes the longer one's treatment: "a [service-connected]
# knee injury" is the injury, removed as "a knee injury" is.
QUALIFIED_CUES = [
    ("I've got a service-connected knee injury, but stairs and ladders are fine.",
     "I've got a knee injury, but stairs and ladders are fine."),
]  # fmt: skip


@pytest.mark.parametrize(("one", "other"), QUALIFIED_CUES)
def test_a_qualified_cue_reads_as_the_cue(redact, one, other):
    assert redact(one) == redact(other)


# A name said right after a removed cue goes with it: the dog's name would otherwise be all that
# is left of a sentence piece the other version never had.
NAMED_WITH_REMOVED_CUE = [
    ("I take the light rail with my guide dog, Juno, and I've never once been late.",
     "I take the light rail and I've never once been late."),
    ("I take the bus with my service dog Biscuit and I am never late.",
     "I take the bus and I am never late."),
]  # fmt: skip


@pytest.mark.parametrize(("one", "other"), NAMED_WITH_REMOVED_CUE)
def test_a_name_after_a_removed_cue_goes_with_it(redact, one, other):
    assert redact(one) == redact(other)


# A span found inside a longer one takes the longer one's use: "[Eid al-Adha] portraits" is a
# modifier of "portraits" though the name lists read "Eid" alone as a name.
HOLIDAY_MODIFIERS = [
    ("Every year I shoot Eid al-Adha portraits for free.", "Every year I shoot Hanukkah portraits for free."),
]  # fmt: skip


@pytest.mark.parametrize(("one", "other"), HOLIDAY_MODIFIERS)
def test_a_modifier_found_with_a_name_inside_reads_alike(redact, one, other):
    assert redact(one) == redact(other) == "Every year I shoot portraits for free."

"""SEXUAL_ORIENTATION: orientation said outright (also as short forms in a list: "nonbinary, queer,
pan"), coming out, being out, and Pride in the identity sense.

Partner words ("my wife", "my partner Luis", "my partner and I") are redacted as FAMILY_STATUS so
the placeholder does not say which kind of partner it was; see test_family_status.py.
"""

from __future__ import annotations

import pytest

from .spans import assert_redacted

POSITIVES = [
    ("I'm gay and I've run the front desk at two hotels.", ['gay']),
    ("I'm a lesbian and a certified forklift operator.", ['lesbian']),
    ("I'm bisexual, and I've worked retail for four years.", ['bisexual']),
    ("i'm bi and i love working with kids", ['bi']),
    ("I'm queer and I design posters for local bands.", ['queer']),
    ('as a queer woman i bring a different view to the crew', ['queer woman']),
    ("I'm openly lesbian and I coached our debate team.", ['openly lesbian']),
    ("I'm pansexual, I'm a server, and I'm fast.", ['pansexual']),
    ("I'm asexual so honestly my weekends are free.", ['asexual']),
    ("I'm straight, and I'm a proud ally.", ['straight']),
    ("I'm LGBTQ+ and I'm proud of it.", ['LGBTQ+']),
    ('i help run an lgbtq youth night at the library', ['lgbtq']),
    ('I came out as gay in high school and found my people in theater.', ['I came out as gay']),
    ('I marched in the Pride parade with my coworkers.', ['Pride parade']),
    ('I organize our Pride month fundraiser every year.', ['Pride month']),
    ("I'm in a same-sex marriage and we both work nights.", ['same-sex marriage']),
    ('Personal stuff, twenty-six, nonbinary, queer, pan, and I love plants.', ['queer', 'pan']),
    ("I'm nonbinary, queer, and ace.", ['queer', 'ace']),
    ("I'm aromantic and asexual, and I love long shifts.", ['aromantic', 'asexual']),
    ("I'm polyamorous and very organized.", ['polyamorous']),
    ('I came out in high school and my family has my back.', ['I came out']),
    ("Since coming out I've found my people.", ['Since coming out']),
    ("I'm out at work and proud of it.", ['out']),
    ("I'm butch and I do construction.", ['butch']),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_sexual_orientation_is_found(redacted_spans, text, expected):
    assert redacted_spans(text, "SEXUAL_ORIENTATION") == expected


COUNTERFACTUAL_PAIRS = [
    ("I'm gay, and I've run the front desk at two hotels.", "I'm straight, and I've run the front desk at two hotels."),
    ("I'm queer and I love plants.", "I'm bi and I love plants."),
    ("My husband and I both work nights.", "My wife and I both work nights."),
    ("My partner and I both work nights.", "My wife and I both work nights."),
]  # fmt: skip


@pytest.mark.parametrize(("one", "other"), COUNTERFACTUAL_PAIRS)
def test_orientation_swaps_give_the_same_output(redact, one, other):
    assert redact(one) == redact(other)


TRAPS = [
    ("I got straight A's in my bookkeeping classes.", "straight A's"),
    ("I'm straight out of culinary school.", "straight out of culinary school"),
    ("I'm straight up the hardest worker on the crew.", "straight up"),
    ("I take pride in my knife skills.", "pride in my knife skills"),
    ("My favorite novel is Pride and Prejudice.", "Pride and Prejudice"),
    ("I took a queer theory seminar as an elective.", "queer theory seminar"),
    ("I tutor Gay-Lussac's law in chemistry.", "Gay-Lussac's law"),
    ("I'm ace at Excel formulas.", "ace at Excel formulas"),
    ("I came out of my shell working the front desk.", "came out of my shell"),
    ("The new menu came out as the top seller.", "came out as the top seller"),
    ("I'm bilingual and I can take Spanish calls.", "bilingual"),
    ("I can flip a pan of eggs one-handed.", "pan of eggs"),
    ("I'm out on Fridays for my kid's game.", "out on Fridays"),
    ("I hung the coats in the closet at the restaurant.", "in the closet"),
    ("I bake with a sheet pan, a loaf pan and a bundt pan.", "a loaf pan and a bundt pan"),
    ("I'm the ace of our bowling team.", "ace of our bowling team"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "survives"), TRAPS)
def test_sexual_orientation_traps_survive(redact, text, survives):
    assert survives in redact(text)


# Coverage audit: first-person sentences written from general knowledge of each kind of cue
# (not fitted to any transcript), and traps where similar words are job facts and stay.
COVERAGE_POSITIVES = [
    # red-team round: rarer labels and slang, coming out as an experience, local Pride
    ("I'm heteroflexible, not that it matters at work.", 'heteroflexible'),
    ("I'm not straight, and I bring that perspective to our ERG.", 'not straight'),
    ("I'm somewhere on the ace spectrum.", 'ace spectrum'),
    ("Ha, I guess I'm a friend of Dorothy.", 'friend of Dorothy'),
    ('me and my roommates are all part of the alphabet mafia', 'alphabet mafia'),
    ("I'm omnisexual, and it has never affected my work.", 'omnisexual'),
    ('My friends joke that I am a twink.', 'twink'),
    ("I'm an out lesbian on a framing crew.", 'out lesbian'),
    ('Coming out taught me to speak up for myself.', 'Coming out'),
    ('honestly coming out at fifteen made me tough', 'coming out at fifteen'),
    ('My coming out story is part of why I mentor teens.', 'coming out story'),
    ("I helped plan our county's Pride last June.", 'Pride'),
    ('I came out my senior year of high school.', 'came out'),
    ("I'm part of the rainbow community in my town.", 'rainbow community'),
    ('We did the pride five k last year, you can see me in the photos.', 'pride five k'),
    ("I'm gay and proud of it.", 'gay'),
    ("I'm bi, and I'm a great listener.", 'bi'),
    ("I'm pansexual.", 'pansexual'),
    ("I'm asexual.", 'asexual'),
    ('I came out when I was sixteen.', 'came out'),
    ("I'm a lesbian.", 'lesbian'),
    ("I'm part of the LGBTQ community.", 'LGBTQ'),
    ("I'm queer and I'm a barista.", 'queer'),
    ('As a gay man in hospitality I make everyone feel welcome.', 'gay'),
    ("I'm demisexual.", 'demisexual'),
    ("I'm aromantic.", 'aromantic'),
    ("I'm homosexual.", 'homosexual'),
    ("I'm out at work.", 'out'),
    ("I'm sapphic.", 'sapphic'),
    ("I'm heterosexual.", 'heterosexual'),
    ("I'm questioning my sexuality.", 'questioning my sexuality'),
    ("I'm an LGBT plus person.", 'LGBT'),
    ("I'm same-gender loving.", 'same-gender loving'),
    ("I've been out since college.", 'out'),
    ("I'm polyamorous.", 'polyamorous'),
    ("I'm bisexual and I love retail.", 'bisexual'),
    ("I'm a proud member of the queer community.", 'queer community'),
    ("I'm openly gay.", 'openly gay'),
    ("I'm ace, asexual I mean.", 'asexual'),
    ("I'm a lesbian mom of two.", 'lesbian'),
    ("I'm straight, if that matters.", 'straight'),
    ("I'm questioning my orientation.", 'questioning my orientation'),
    ("I'm a gay dad.", 'gay'),
    ('I came out to my family at twenty.', 'came out'),
    ('I march in Pride every year.', 'Pride'),
    # round 2 (held-out misses): positives
    ('my husband and i run half marathons together we did the pride five k last year', 'we did the pride five k'),
    ('I ran the Pride 10k with my coworkers.', 'I ran the Pride 10k'),
    ('we signed up for the pride fun run again this year', 'we signed up for the pride fun run'),
]  # fmt: skip

COVERAGE_TRAPS = [
    # red-team round
    ('Coming out of college I worked at a bank.', 'Coming out of college'),
    ('The new model coming out next month will need training.', 'coming out next month'),
    ('I came out ahead on my sales goal every quarter.', 'came out ahead'),
    ('I worked at Rainbow Shops for a year.', 'Rainbow Shops'),
    ('I take pride in clean work and I ran the pride of the fleet.', 'take pride'),
    ("I'm ace at Excel.", 'ace at Excel'),
    ("I'm a straight shooter.", 'straight shooter'),
    ('I came out on top in the sales contest.', 'came out on top'),
    ('I placed the bi-weekly orders.', 'bi-weekly'),
    ('We came out with a new menu in June.', 'came out with a new menu'),
    ("I'm straight out of trade school.", 'straight out of trade school'),
    ('I work the bilingual help desk.', 'bilingual'),
    ('I set up the Pride Month display at Target.', 'display'),
    ("I'm out of the office on Fridays.", 'out of the office'),
    ('I worked three nights straight.', 'three nights straight'),
    ('I bartended at a busy gay bar downtown.', 'bartended'),
    ('I take pride in my work.', 'pride in my work'),
    ("I got straight A's.", "straight A's"),
    # round 2 (held-out misses): traps
    ('We did the turkey trot 5k for the food bank.', 'turkey trot'),
    ('I take pride in a clean station.', 'take pride'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), COVERAGE_POSITIVES)
def test_coverage_sexual_orientation_is_found(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, 'SEXUAL_ORIENTATION'), text, expected)


@pytest.mark.parametrize(("text", "survives"), COVERAGE_TRAPS)
def test_coverage_sexual_orientation_traps_survive(redact, text, survives):
    assert survives in redact(text)


# --- round 6 (heldout11/12 classes), own sentences: Pride as a team, contingent or day ('the hospital Pride team'): only the word goes
# (category None: redacted under any category, e.g. a custody schedule that decide merges)
ROUND6_POSITIVES = [
    ('SEXUAL_ORIENTATION', 'My husband Caleb is an ER nurse, and every June we walk with the hospital Pride team.', 'Pride'),
    ('SEXUAL_ORIENTATION', "I'm on our company's Pride contingent every year.", 'Pride'),
    ('SEXUAL_ORIENTATION', 'I chaired the Pride planning committee at the store.', 'Pride'),
    ('SEXUAL_ORIENTATION', 'every june we march with the hospital pride team', 'pride'),
    ('SEXUAL_ORIENTATION', 'I organized the Pride volunteers at my union.', 'Pride'),
    ('SEXUAL_ORIENTATION', 'I wore my Pride shirt to the kickoff.', 'Pride'),
    ('SEXUAL_ORIENTATION', 'We had a Pride brunch at the office.', 'Pride'),
    ('SEXUAL_ORIENTATION', 'I ride with the Pride contingent on our bikes.', 'Pride'),
    ('SEXUAL_ORIENTATION', 'I helped plan the Pride walk for our hospital system.', 'Pride'),
    ('SEXUAL_ORIENTATION', "Our union's Pride delegation marched downtown.", 'Pride'),
    ('SEXUAL_ORIENTATION', 'I ran the Pride booth for the library.', 'Pride booth'),
    ('SEXUAL_ORIENTATION', "I'm the lead for our store's Pride team.", 'Pride'),
    ('SEXUAL_ORIENTATION', 'We did a Pride kickoff with the whole floor.', 'Pride'),
    ('SEXUAL_ORIENTATION', 'I carried the banner with the Pride contingent from work.', 'Pride'),
    ('SEXUAL_ORIENTATION', "I'm on the Pride steering committee at the bank.", 'Pride'),
    ('SEXUAL_ORIENTATION', 'I marched in Pride with my coworkers last year.', 'Pride'),
    ('SEXUAL_ORIENTATION', 'I volunteer at Pride every summer, running the water station.', 'Pride'),
    ('SEXUAL_ORIENTATION', "I'm gay and I've been out at work for years.", 'gay'),
    ('SEXUAL_ORIENTATION', "I'm openly queer and proud of it.", 'openly queer'),
    ('SEXUAL_ORIENTATION', 'I came out in high school and it made me stronger.', 'came out'),
    ('SEXUAL_ORIENTATION', "I'm bi, for what it's worth.", 'bi'),
    ('SEXUAL_ORIENTATION', "I'm a proud lesbian and a mom.", 'lesbian'),
    ('SEXUAL_ORIENTATION', "I organized our company's Pride month events.", 'Pride month'),
    ('SEXUAL_ORIENTATION', "I'm pan, and my partner is nonbinary.", 'pan'),
    ('SEXUAL_ORIENTATION', 'I walk in the Pride parade every June.', 'Pride parade'),
    ('SEXUAL_ORIENTATION', 'we marched with the pride contingent from the hospital', 'pride'),
    (None, 'I co-led the Pride ERG at my last job.', 'Pride ERG'),
    ('SEXUAL_ORIENTATION', "I'm asexual, which honestly never comes up at work.", 'asexual'),
    ('SEXUAL_ORIENTATION', "I've been out since college.", 'out'),
    ('SEXUAL_ORIENTATION', "I'm a gay man who loves spreadsheets.", 'gay'),
]  # fmt: skip

ROUND6_TRAPS = [
    ('I take pride in my team and my work.', 'pride in my team'),
    ('We have a lot of team pride on the night shift.', 'team pride'),
    ('I was a sales rep for Pride Mobility scooters.', 'Pride Mobility'),
    ('I read Pride and Prejudice in high school.', 'Pride and Prejudice'),
    ('School pride week was my favorite event to plan.', 'School pride week'),
    ('I lead the safety team with pride.', 'safety team'),
    ('I built a culture of pride on my team.', 'pride on my team'),
    ('I cooked for the Pride Lands exhibit at the zoo.', 'Pride Lands'),
    ('I take a lot of pride in a clean station.', 'pride in a clean station'),
    ('Our crew has pride in every job we do.', 'pride in every job'),
    ('I drove for Pride Transportation for four years.', 'Pride Transportation'),
    ('I sold Pride Mobility lift chairs at the medical supply.', 'Pride Mobility'),
    ('I coached the Pride, our middle school basketball team.', 'basketball team'),
    ("I'm out on Fridays for my class.", 'out on Fridays'),
    ("I'm straight out of trade school.", 'straight out of trade school'),
]  # fmt: skip


@pytest.mark.parametrize(("category", "text", "expected"), ROUND6_POSITIVES)
def test_round6_sexual_orientation_is_found(redacted_spans, category, text, expected):
    assert_redacted(redacted_spans(text, category), text, expected)


@pytest.mark.parametrize(("text", "survives"), ROUND6_TRAPS)
def test_round6_sexual_orientation_traps_survive(redact, text, survives):
    assert survives in redact(text)


# --- uncased, unpunctuated speech (truecase.py): the capitals and the commas a writer would put are
# missing ("i'm polish i moved here", "i'm a widow two grandkids and"); each sentence gets a
# clause of its own so the transcript is long enough to be read as uncased
UNCASED_MORE = " and i can work any shift you need on weekends"

UNCASED_SEXUAL_ORIENTATION_POSITIVES = [
    ('SEXUAL_ORIENTATION', "i'm bi i've been out since college", 'bi'),
    ('SEXUAL_ORIENTATION', "i'm straight my husband runs the books", 'straight'),
]  # fmt: skip

UNCASED_SEXUAL_ORIENTATION_TRAPS = [
    ('i went straight to the loading dock after orientation', 'straight to the loading dock'),
]  # fmt: skip


@pytest.mark.parametrize(("category", "text", "expected"), UNCASED_SEXUAL_ORIENTATION_POSITIVES)
def test_uncased_sexual_orientation_is_found(redacted_spans, category, text, expected):
    text = text + UNCASED_MORE if text == text.lower() else text
    assert_redacted(redacted_spans(text, category), text, expected)


@pytest.mark.parametrize(("text", "survives"), UNCASED_SEXUAL_ORIENTATION_TRAPS)
def test_uncased_sexual_orientation_traps_survive(redact, text, survives):
    text = text + UNCASED_MORE if text == text.lower() else text
    assert survives in redact(text)


from .spans import assert_not_redacted  # noqa: E402

# --- round D (heldout21/22 classes): "pride" in lower case after a going or meeting verb, with
# its city; "straight" before a person word -----------------------------------------------------
D_ORIENTATION_POSITIVES = [
    ("we met at pride in atlanta and adopted a dog", "met at pride in atlanta"),
    ("we go to pride every june with our friends", "go to pride"),
    ("i marched at pride in denver last year", "marched at pride in denver"),
    ("I'm a straight dude who loves to cook.", "straight"),
    ("I'm a straight guy from Ohio.", "straight"),
    ("I'm a straight, married dad of two.", "straight"),
    ("I'm a straight white lady who sings in a choir.", "straight"),
]  # fmt: skip

D_ORIENTATION_TRAPS = [
    ("i take pride in my work and in keeping the shop clean", "pride in my work"),
    ("We went to Pride Rock at the zoo.", "Pride Rock"),
    ("I got straight A's and went straight to work.", "straight A's"),
    ("i went to the zoo with my kids and we saw the lion pride in the savanna exhibit and i went straight back to the warehouse for my shift after lunch", "went straight back"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), D_ORIENTATION_POSITIVES)
def test_d_sexual_orientation_is_found(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, "SEXUAL_ORIENTATION"), text, expected)


@pytest.mark.parametrize(("text", "kept"), D_ORIENTATION_TRAPS)
def test_d_sexual_orientation_traps_kept(redacted_spans, text, kept):
    assert_not_redacted(redacted_spans(text, "SEXUAL_ORIENTATION"), text, kept)


# round G (heldout29 class): a Pride party or show one plays or hosts
RG_POSITIVES = [
    ("I spin the Pride block party every June.", "Pride"),
    ("i dj the pride street fair downtown", "pride"),
    ("We host a Pride drag brunch at the bar every year.", "Pride"),
]  # fmt: skip

RG_TRAPS = [
    ("I DJ the neighborhood block party every June.", "block party"),
    ("I take pride in my block party setups.", "pride"),
    ("i ran sound for the street fair and the block party on main every summer and i take pride in a clean mix so the vendors could always hear each other without shouting at all", "pride"),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", RG_POSITIVES)
def test_rg_pride_party_found(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, "SEXUAL_ORIENTATION"), text, expected)


@pytest.mark.parametrize("text, kept", RG_TRAPS)
def test_rg_pride_party_traps_kept(redacted_spans, text, kept):
    assert_not_redacted(redacted_spans(text, "SEXUAL_ORIENTATION"), text, kept)


# --- round B3 ---
# being straight said of oneself with a person word
from .spans import assert_not_redacted as _b3_kept, assert_redacted as _b3_found  # noqa: E402

B3_POSITIVES = [
    ('Being a straight guy in the salon world, people assume things.', 'straight'),
    ('as a straight woman i joined the ally group at work', 'straight'),
    ("I'm a straight white guy from Ohio.", 'straight'),
]  # fmt: skip

B3_TRAPS = [
    ('Draw a straight line across the bottom of the sheet.', 'straight line'),
    ('i was a straight a student in high school and i worked a straight eight hour shift at the grocery every saturday while i took my welding classes at night', 'straight a student'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), B3_POSITIVES)
def test_b3_sexual_orientation_found(redacted_spans, text, expected):
    _b3_found(redacted_spans(text, "SEXUAL_ORIENTATION"), text, expected)


@pytest.mark.parametrize(("text", "kept"), B3_TRAPS)
def test_b3_sexual_orientation_traps_kept(redacted_spans, text, kept):
    _b3_kept(redacted_spans(text, "SEXUAL_ORIENTATION"), text, kept)


# --- round B5 ---
from .spans import assert_not_redacted as _b5_kept, assert_redacted as _b5_found  # noqa: E402

B5_POSITIVES = [
    ('I ran lights for the Pride main stage last June.', 'Pride'),
    ('i stage managed the pride block party downtown', 'pride'),
    ("I DJ'd the Pride after-party two years in a row.", 'Pride'),
]  # fmt: skip

B5_TRAPS = [
    ('i take pride in a clean stage and i always strike the set fast and coil every cable and label the cases so the next crew can load in without any trouble at all', 'pride'),
    ('I take pride in my stage setups.', 'pride'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), B5_POSITIVES)
def test_b5_sexual_orientation_found(redacted_spans, text, expected):
    _b5_found(redacted_spans(text, "SEXUAL_ORIENTATION"), text, expected)


@pytest.mark.parametrize(("text", "kept"), B5_TRAPS)
def test_b5_sexual_orientation_traps_kept(redacted_spans, text, kept):
    _b5_kept(redacted_spans(text, "SEXUAL_ORIENTATION"), text, kept)

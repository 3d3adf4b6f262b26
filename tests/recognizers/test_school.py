"""SCHOOL: named institutions and names after an education phrase; degrees and fields stay.

A school the candidate *worked* at is an employer, not their education: "I taught for ten years
at Lincoln High School" says where they worked, which is what an employer screens on (the
corpus labels it EMPLOYER, a keep label). It reveals a town no more than any local employer
does, and it is not the candidate's alma mater, so it carries none of the class/HBCU/women's
college signal that makes schools sensitive. The code keeps it, and that is right.
"""

from __future__ import annotations

import pytest

from .spans import assert_not_redacted, assert_redacted

POSITIVES = [
    ("I studied nursing at Spelman College.", ["Spelman College"]),
    ("I went to Howard University for two years.", ["Howard University"]),
    ("I'm a proud graduate of Tuskegee Institute.", ["Tuskegee Institute"]),
    ("I finished at Miami Dade College.", ["Miami Dade College"]),
    ("I went to Lincoln High School.", ["Lincoln High School"]),
    ("I have a degree from Georgia Tech.", ["Georgia Tech"]),
    ("I attended Brooklyn Tech.", ["Brooklyn Tech"]),
    # acronyms and one-word names after an education phrase
    ("I graduated from UCLA with honors.", ["UCLA"]),
    ("I graduated from NYU last year.", ["NYU"]),
    ("I'm a junior at RISD.", ["RISD"]),
    ("I'm a sophomore at Morehouse.", ["Morehouse"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_school_is_found(redacted_spans, text, expected):
    assert redacted_spans(text, "SCHOOL") == expected


def test_the_university_of_x_is_found_with_or_without_the_article(redacted_spans):
    (span,) = redacted_spans("I'm studying accounting at the University of Memphis.", "SCHOOL")
    assert span.endswith("University of Memphis")


def test_campus_name_does_not_survive_and_spacing_is_kept(redact):
    out = redact("I went to the University of Texas at Austin and I loved it.")
    assert "Texas" not in out and "Austin" not in out
    assert out.startswith("I went to [") and out.endswith("] and I loved it.")
    assert "]at" not in out and "  " not in out


@pytest.mark.parametrize(
    ("text", "school"),
    [("I graduated from Rice with a degree in chemistry.", "Rice"), ("I transferred to Wellesley.", "Wellesley")],
)
def test_one_word_school_after_education_phrase_is_a_school(redacted_spans, text, school):
    assert redacted_spans(text, "SCHOOL") == [school]


def test_years_at_a_college_while_studying_is_a_school(redact):
    out = redact("I spent four years at Spelman College studying biology.")
    assert "Spelman" not in out


@pytest.mark.parametrize(
    "text",
    [
        "I taught for ten years at Lincoln High School.",
        "I taught math at Lincoln High School for ten years.",
    ],
)
def test_a_school_the_candidate_worked_at_is_kept_as_an_employer(redact, text):
    assert redact(text) == text


TRAPS = [
    "I have a bachelor's in biology.",
    "I work at a school.",
    "I want to go back to school.",
    "I'm certified in CPR through the Red Cross.",
    "My degree is in accounting.",
]


@pytest.mark.parametrize("text", TRAPS)
def test_trap_is_not_a_school(redact, redacted_spans, text):
    assert redacted_spans(text, "SCHOOL") == []
    assert redact(text) == text


# Coverage audit: first-person sentences written from general knowledge of each kind of cue
# (not fitted to any transcript), and traps where similar words are job facts and stay.
COVERAGE_POSITIVES = [
    # round 4 (heldout10 classes): tribal colleges, a program taken at a school, extensions
    ('I took the broadband tech program at Navajo Technical University.', 'Navajo Technical University'),
    ('I did two years at Diné College before the mine.', 'Diné College'),
    ('i finished my associate at salish kootenai college', 'salish kootenai college'),
    ('I studied nursing at Turtle Mountain Community College.', 'Turtle Mountain Community College'),
    ('I went to SIPI for the engineering program.', 'SIPI'),
    ('I took the lineworker course at United Tribes Technical College.', 'United Tribes Technical College'),
    ("I'm a Master Gardener through the UConn Extension.", 'UConn Extension'),
    ('I took a food safety class through Penn State Extension.', 'Penn State Extension'),
    ('I just graduated from Kamehameha Schools, and I want to work with animals.', 'Kamehameha Schools'),
    ('I first learned double-entry my senior year at Dorman High School.', 'Dorman High School'),  # attended, not a workplace
    ('I went to Howard University for two years.', 'Howard University'),
    ('I studied nursing at Miami Dade College.', 'Miami Dade College'),
    ('I graduated from Lincoln Tech.', 'Lincoln Tech'),
    ("I'm a Spelman grad.", 'Spelman'),
    ('I went to UCLA.', 'UCLA'),
    ('I did two years at Valencia College.', 'Valencia College'),
    ("I'm studying at Ivy Tech.", 'Ivy Tech'),
    ('I went to Diné College.', 'Diné College'),
    ("I'm a Texas A&M Aggie.", 'Texas A&M'),
    ('I finished at Penn State.', 'Penn State'),
    ('I graduated from Stuyvesant.', 'Stuyvesant'),
    ('I went to Georgia Tech for engineering.', 'Georgia Tech'),
    ("I'm at Tidewater Community College.", 'Tidewater Community College'),
    ("I got my associate's from Santa Monica College.", 'Santa Monica College'),
    ('I studied at the University of Phoenix online.', 'University of Phoenix'),
    ("I'm a student at Cal State Fullerton.", 'Cal State Fullerton'),
    ('I went to Le Cordon Bleu.', 'Le Cordon Bleu'),
    ('I graduated from the Culinary Institute of America.', 'Culinary Institute of America'),
    ('I did my prereqs at Harper College.', 'Harper College'),
    ("I'm a Harvard dropout.", 'Harvard'),
    ('I went to MIT.', 'MIT'),
    ('I graduated from Booker T. Washington High School.', 'Booker T. Washington High School'),
    ('I studied at the University of Michigan.', 'University of Michigan'),
    ('I got my cosmetology license at Paul Mitchell The School.', 'Paul Mitchell'),
    ('i went to central piedmont community college', 'central piedmont community college'),
    ("I'm a proud HBCU graduate.", 'HBCU'),
    ('I go to Bunker Hill Community College at night.', 'Bunker Hill Community College'),
    ("I'm a Hokie, Virginia Tech.", 'Virginia Tech'),
    ('I studied welding at Hobart Institute.', 'Hobart Institute'),
    ('I went to NYU for film.', 'NYU'),
    ('I graduated from Cal Poly.', 'Cal Poly'),
    ("I'm a Juilliard grad.", 'Juilliard'),
    ('i graduated from miami dade college', 'miami dade college'),
    ('I did a semester at Full Sail.', 'Full Sail'),
    ('I went to Johnson and Wales for culinary.', 'Johnson and Wales'),
    ("I'm a first-gen student at an HBCU.", 'HBCU'),
    # schools named for what they teach or whom they serve
    ('Before college I went to Toledo School for the Arts.', 'Toledo School for the Arts'),
    ('I went to Perkins School for the Blind.', 'Perkins School for the Blind'),
    ('I graduated from the Texas School for the Deaf in Austin.', 'Texas School for the Deaf'),
    ('I went to the Bronx High School of Science.', 'Bronx High School of Science'),
    ('I finished at East-West College of the Healing Arts in 2019.', 'East-West College of the Healing Arts'),
    ('i went to the california school for the deaf', 'california school for the deaf'),
    # schools abroad, often named after a person (the school, not a person, on both sides)
    ('I finished at Liceo Juan Pablo Duarte in 1988.', 'Liceo Juan Pablo Duarte'),
    ('I went to Colegio San José in Ponce.', 'Colegio San José'),
    ('I studied at the Universidad de Guadalajara.', 'Universidad de Guadalajara'),
    ('I went to Lycée Henri IV in Paris.', 'Lycée Henri IV'),
    ('I did prepa at Escuela Secundaria Técnica 12.', 'Escuela Secundaria Técnica 12'),
    ('I have a degree from the Instituto Tecnológico de Monterrey.', 'Instituto Tecnológico de Monterrey'),
    ('i finished at liceo juan pablo duarte in santo domingo', 'liceo juan pablo duarte'),
    ('I went to UNAM for engineering.', 'UNAM'),
    # Hawaiian, Pacific and tribal schools
    ('I went to BYU-Hawaii for a couple years.', 'BYU-Hawaii'),
    ('I took Japanese four years at Kamehameha Schools, graduated 2023.', 'Kamehameha Schools'),
    ('I graduated from Punahou.', 'Punahou'),
    ('I went to Haskell Indian Nations University.', 'Haskell Indian Nations University'),
    ('I went to Haskell for two years.', 'Haskell'),
    ('I got my associate degree at Salish Kootenai.', 'Salish Kootenai'),
    ('I took classes at UH Hilo.', 'UH Hilo'),
    # schools without a school word, where the name is also a person, a town or a region
    ('I did two years at Tuskegee before the plant.', 'Tuskegee'),
    ('I went to Howard for two years.', 'Howard'),
    ('I played club hockey at Northern Michigan, so I live at the rink.', 'Northern Michigan'),
    ('I went to Eastern Kentucky on a scholarship.', 'Eastern Kentucky'),
    ("I'm a Cornell grad.", 'Cornell'),
    ('I transferred to Northwestern after a year.', 'Northwestern'),
    ('I got into Georgetown but went to Old Dominion.', 'Old Dominion'),
    # a school next to a generic work word is still where they studied
    ('I got into precision work during my time at Old Dominion University, and now I machine parts.', 'Old Dominion University'),
    ("I'm taking theater tech classes at PCC Sylvania.", 'PCC Sylvania'),
    # training programmes that stand for schooling, lower case as speech recognizers write them
    ('i did job corps out in gary for the automotive program', 'job corps'),
    ('i got a web development certificate at tech elevator', 'tech elevator'),
    ('i did the bootcamp at hack reactor and got hired', 'hack reactor'),
    ('I went through Per Scholas for IT support.', 'Per Scholas'),
    ('i finished the hvac-r diploma at southeast tech in may', 'southeast tech'),
    ('i graduated from arsenal tech in twenty nineteen', 'arsenal tech'),
]  # fmt: skip

COVERAGE_TRAPS = [
    # round 4 (heldout10 classes): a certificate from an extension is a credential
    ('I installed a Chrome extension for the whole team.', 'Chrome extension'),
    ('I handled hair extensions at the salon.', 'hair extensions'),
    ("I'm a para at Lincoln Elementary and I love the kids.", 'Lincoln Elementary'),  # a workplace
    ('I have an associate degree in HVAC.', 'associate degree in HVAC'),
    ('I work in the school cafeteria.', 'school cafeteria'),
    ('I drove a school bus for six years.', 'school bus'),
    ('I used Google Classroom every day.', 'Google Classroom'),
    ("I'm a graduate of the school of hard knocks.", 'school of hard knocks'),
    ('I took a Coursera course in Excel.', 'Coursera'),
    ('I cleaned classrooms at a middle school.', 'middle school'),
    ("I'm a nurse at Stanford Health Care.", 'Stanford Health Care'),
    ('I went to a local community college for two years.', 'local community college'),
    ('I read the Harvard Business Review on breaks.', 'Harvard Business Review'),
    ('I installed Yale locks for a locksmith.', 'Yale locks'),
    # a school where the candidate works, hospitals named after universities, roads and palaces
    ('I taught for ten years at Lincoln High School.', 'Lincoln High School'),
    ('I spent six years at Lincoln Elementary.', 'Lincoln Elementary'),
    ('I worked nights as a pharmacy tech at Lincoln High School.', 'Lincoln High School'),
    ('I worked at Howard University as a custodian for five years.', 'Howard University'),
    ("For two years I've been a patient access representative at Vanderbilt University Medical Center.", 'Vanderbilt University Medical Center'),
    ("Nine years in housekeeping, the last three at St. Joseph's University Medical Center.", "University Medical Center"),
    ('I drove freight for Old Dominion Freight Line.', 'Old Dominion Freight Line'),
    ('I worked at Duke Energy for six years.', 'Duke Energy'),
    ('I did two years at Amazon before the plant.', 'Amazon'),
    ('I was a Job Corps instructor for three years.', 'Job Corps'),
    ('I talked to Howard at the front desk.', 'at the front desk'),
    ("I'm a nurse at Hawaii Pacific Health.", 'Hawaii Pacific Health'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), COVERAGE_POSITIVES)
def test_coverage_school_is_found(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, 'SCHOOL'), text, expected)


@pytest.mark.parametrize(("text", "survives"), COVERAGE_TRAPS)
def test_coverage_school_traps_survive(redact, text, survives):
    assert survives in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "I have a copyediting certificate from UC San Diego Extension.",
        "I earned my paralegal certificate through UCLA Extension last year.",
    ],
)
def test_a_certificate_from_an_extension_is_not_a_school(redacted_spans, text):
    # the credential is named by its issuer (heldout10 labels it CERTIFICATION whole); a place
    # recognizer may still take the issuer's name until a keep span covers the credential
    assert redacted_spans(text, "SCHOOL") == []

# Red-team round 5 (written from knowledge of how candidates talk, not from any transcript): mascots
# and cheers, HBCU bands and homecomings, kinds of school that tell gender or race, campuses, state
# schools, schools abroad, bootcamps named like common words; traps: state police and fairs, sports
# fans, a Spartan race, the General Assembly building, a year up north.
REDTEAM_POSITIVES = [
    ("I'm a proud Aggie, I studied ag business.", 'Aggie'),
    ("I'm a Longhorn, I did my degree in kinesiology.", 'Longhorn'),
    ("Roll tide, by the way, that's where I did nursing.", 'Roll tide'),
    ("I went to an all-girls Catholic school, so I'm used to structure.", 'all-girls Catholic school'),
    ('I went to a historically Black college in Georgia.', 'historically Black college'),
    ("I'm in my last year at UW Oshkosh for business.", 'UW Oshkosh'),
    ("I went to Oxford for my master's.", 'Oxford'),
    ('I did my undergrad at McGill in Montreal.', 'McGill'),
    ('I did the data science program at General Assembly.', 'General Assembly'),
    ('I did Year Up and they placed me in IT.', 'Year Up'),
    ('I went to Bronx Science and then City College.', 'Bronx Science'),
    ("I'm a proud Ohio State alum.", 'Ohio State'),
    ('i graduated from penn state in twenty twenty', 'penn state'),
    ('My alma mater is Howard, and I majored in journalism.', 'Howard'),
    ("I'm an Ivy League grad who wants to get into the trades.", 'Ivy League'),
    ('I go back for GHOE every fall.', 'GHOE'),
    ("I'm at CSUN for film.", 'CSUN'),
]  # fmt: skip

REDTEAM_TRAPS = [
    ('I was a Michigan State Police dispatcher.', 'Michigan State Police'),
    ('I worked the Iowa State Fair for three summers.', 'Iowa State Fair'),
    ("I'm a big Gators fan and I bartend on game days.", 'Gators fan'),
    ("I'm a volunteer at the food bank.", 'volunteer'),
    ('I did a Spartan race last summer.', 'Spartan race'),
    ('I worked at the General Assembly building as a guard.', 'General Assembly building'),
    ('I did a year up north in Alaska.', 'year up north'),
    ('I bleed orange for my team.', 'bleed orange'),
    ('I worked at Oxford University Press.', 'Oxford University Press'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), REDTEAM_POSITIVES)
def test_redteam_school_is_found(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, "SCHOOL"), text, expected)


@pytest.mark.parametrize(("text", "kept"), REDTEAM_TRAPS)
def test_redteam_school_traps_kept(redacted_spans, text, kept):
    assert_not_redacted(redacted_spans(text, "SCHOOL"), text, kept)


def test_a_school_nickname_that_is_also_a_demonym_is_redacted(redact):
    # "Tar Heel" is a UNC student and a North Carolinian: either label, it goes
    assert "Tar Heel" not in redact("I'm a Tar Heel through and through.")


# --- round 6 (heldout11/12 classes), own sentences: HBCUs, community colleges, tech and online schools known without a school word ('Texas
# Southern', 'Ivy Tech', 'WGU'); ambiguous short names only after studying there; a school after
# 'trained at' is not a tool
# (category None: redacted under any category, e.g. a custody schedule that decide merges)
ROUND6_POSITIVES = [
    ('SCHOOL', "I'm a COA, I trained at Harcum College, and I've been at Wills Eye for two years.", 'Harcum College'),
    ('SCHOOL', "I'm studying logistics part-time at Texas Southern, where I was treasurer.", 'Texas Southern'),
    ('SCHOOL', 'I graduated from Prairie View with a nursing degree.', 'Prairie View'),
    ('SCHOOL', "I'm a Clark Atlanta alum.", 'Clark Atlanta'),
    ('SCHOOL', 'I did two years at Tarrant County College before transferring.', 'Tarrant County College'),
    ('SCHOOL', 'i went to texas southern for accounting', 'texas southern'),
    ('SCHOOL', "I got my associate's at Ivy Tech.", 'Ivy Tech'),
    ('SCHOOL', 'I have a degree from George Mason in IT.', 'George Mason'),
    ('SCHOOL', "I went to Johns Hopkins for my master's.", 'Johns Hopkins'),
    ('SCHOOL', "I'm studying nursing at Delgado right now.", 'Delgado'),
    ('SCHOOL', "I finished my bachelor's online through SNHU.", 'SNHU'),
    ('SCHOOL', "I'm a Georgia Tech grad.", 'Georgia Tech'),
    ('SCHOOL', 'I got my BSN through WGU while working nights.', 'WGU'),
    ('SCHOOL', 'I studied engineering at Virginia Tech.', 'Virginia Tech'),
    ('SCHOOL', 'I trained at Pima Medical as a surgical tech.', 'Pima Medical'),
    ('SCHOOL', "I'm taking classes at Lone Star College in the evenings.", 'Lone Star College'),
    ('SCHOOL', 'I took welding at San Jac.', 'San Jac'),
    ('SCHOOL', 'I did the program at Embry-Riddle for avionics.', 'Embry-Riddle'),
    ('SCHOOL', 'i went to north carolina central for criminal justice', 'north carolina central'),
    ('SCHOOL', 'I studied accounting at Stony Brook.', 'Stony Brook'),
    ('SCHOOL', 'I played volleyball at Abilene Christian.', 'Abilene Christian'),
    ('SCHOOL', "I have an associate's from Valencia College.", 'Valencia College'),
    ('SCHOOL', "I'm finishing my degree at Southern University.", 'Southern University'),
    ('SCHOOL', 'I transferred to UT Arlington for my junior year.', 'UT Arlington'),
    ('SCHOOL', 'I went to Howard for two years.', 'Howard'),
    ('SCHOOL', 'I went to De Anza for my prereqs.', 'De Anza'),
    ('SCHOOL', 'My coursework at Grand Canyon University was all online.', 'Grand Canyon University'),
    ('SCHOOL', 'I studied at Carnegie Mellon for a semester.', 'Carnegie Mellon'),
    ('SCHOOL', 'I earned my CDL at a school in Houston, then studied business at UNT.', 'UNT'),
    ('SCHOOL', "I'm an alum of Alabama A&M.", 'Alabama A&M'),
]  # fmt: skip

ROUND6_TRAPS = [
    ('I was a nurse at Johns Hopkins Hospital for six years.', 'Johns Hopkins Hospital'),
    ('I worked at Johns Hopkins on the oncology floor.', 'Johns Hopkins'),
    ("I'm certified in Delgado's forklift safety course? no, I drove for Delgado Trucking.", 'Delgado Trucking'),
    ('I worked at Bentley Motors detailing cars.', 'Bentley Motors'),
    ('I sold policies for Liberty Mutual.', 'Liberty Mutual'),
    ('I trained on Epic at the clinic.', 'Epic'),
    ("I'm trained in Kronos and ADP.", 'Kronos'),
    ('I did inventory at Brown Shoe.', 'Brown Shoe'),
    ('My manager at Kaplan was great.', 'Kaplan'),
    ('I drove a route past Stony Brook Hospital.', 'Stony Brook Hospital'),
    ('I installed windows at the Howard Hughes Center.', 'Howard Hughes Center'),
    ('I trained at the Marriott in guest services.', 'Marriott'),
    ('I use Khan Academy with my tutoring students.', 'Khan Academy'),
    ('I studied for my CDL at night.', 'CDL'),
    ('I trained at Home Depot on the paint desk.', 'Home Depot'),
    ("I'm fast on Epic and trained at Kaiser on it.", 'Kaiser'),
]  # fmt: skip


@pytest.mark.parametrize(("category", "text", "expected"), ROUND6_POSITIVES)
def test_round6_school_is_found(redacted_spans, category, text, expected):
    assert_redacted(redacted_spans(text, category), text, expected)


@pytest.mark.parametrize(("text", "survives"), ROUND6_TRAPS)
def test_round6_school_traps_survive(redact, text, survives):
    assert survives in redact(text)


# --- uncased, unpunctuated speech (truecase.py): the capitals and the commas a writer would put are
# missing ("i'm polish i moved here", "i'm a widow two grandkids and"); each sentence gets a
# clause of its own so the transcript is long enough to be read as uncased
UNCASED_MORE = " and i can work any shift you need on weekends"

UNCASED_SCHOOL_POSITIVES = [
    ('SCHOOL', "i'm taking classes at ivy tech at night", 'ivy tech'),
    ('SCHOOL', 'i studied nursing at tuskegee for two years', 'tuskegee'),
    ('SCHOOL', 'i graduated from the texas school for the blind in 2019', 'texas school for the blind'),
    ('SCHOOL', 'my nephew goes to franklin elementary down the street', 'franklin elementary'),
    ('SCHOOL', 'i did the pre-apprenticeship at elgin community college and then two years as a helper', 'elgin community college'),
]  # fmt: skip

UNCASED_SCHOOL_TRAPS = [
    ("i've been a lube tech at the shop for two years", 'lube tech'),
    ("i'm a patient care tech on nights", 'patient care tech'),
    ('i run multi-state payroll for three clients', 'multi-state payroll'),
    ('we pour craft cocktails high-volume style on fridays', 'craft cocktails high-volume'),
]  # fmt: skip


@pytest.mark.parametrize(("category", "text", "expected"), UNCASED_SCHOOL_POSITIVES)
def test_uncased_school_is_found(redacted_spans, category, text, expected):
    text = text + UNCASED_MORE if text == text.lower() else text
    assert_redacted(redacted_spans(text, category), text, expected)


@pytest.mark.parametrize(("text", "survives"), UNCASED_SCHOOL_TRAPS)
def test_uncased_school_traps_survive(redact, text, survives):
    text = text + UNCASED_MORE if text == text.lower() else text
    assert survives in redact(text)


# --- round j (heldout15 classes) ---------------------------------------------------------------
from .spans import assert_not_redacted as _j_kept, assert_redacted as _j_found  # noqa: E402

J_SCHOOL_POSITIVES = [
    ("I'm forty-six. I'm a Ball State grad, and I've spent seven years as a clerk.", 'Ball State grad'),
    ("I'm a proud Fresno State graduate.", 'Fresno State graduate'),
    ('as a Purdue alum i know the area', 'Purdue'),
]  # fmt: skip

J_SCHOOL_TRAPS = [
    ("I'm a Google Career Certificate grad in IT support.", 'Google Career Certificate'),
    ("I'm a CompTIA A+ grad with two years on the help desk.", 'CompTIA A+'),
    ('I hire new grads for the warehouse.', 'new grads'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), J_SCHOOL_POSITIVES)
def test_j_school_is_found(redacted_spans, text, expected):
    _j_found(redacted_spans(text, 'SCHOOL'), text, expected)


@pytest.mark.parametrize(("text", "kept"), J_SCHOOL_TRAPS)
def test_j_school_traps_kept(redacted_spans, text, kept):
    _j_kept(redacted_spans(text), text, kept)


# --- round B: a school named by its state and a campus word, any case, after a phrase of
# studying or leaving; art schools known by their letters ------------------------------------
from .spans import assert_not_redacted as _b_kept  # noqa: E402
from .spans import assert_redacted as _b_found  # noqa: E402

B_SCHOOL_POSITIVES = [
    ("i took a semester off from utah valley to work construction", "utah valley"),
    ("I dropped out of Arizona Western after one year.", "Arizona Western"),
    ("i transferred from florida tech to a community college closer to home", "florida tech"),
    ("I went to Georgia Southern for two years and then enrolled in a welding program.", "Georgia Southern"),
    ("after a gap year from colorado christian i started driving for a courier", "colorado christian"),
    ("I'm 31, I went to SVA, and I do freelance storyboards.", "SVA"),
    ("I have a painting degree from MCAD.", "MCAD"),
    ("i went to mica for illustration and now i do signage", "mica"),
]  # fmt: skip

B_SCHOOL_TRAPS = [
    ("We installed mica insulation on every heater.", "mica insulation"),
    ("I went to CVS and picked up the prescriptions for the home.", "CVS"),
    ("I drove a reefer along the Texas Southern Pacific line yards.", "Pacific"),
    ("i hauled gravel for colorado mesa county road and bridge for three years and i ran the water truck and the roller when the crew was short", "colorado mesa county"),
    ("we drove down to florida western coast beaches every summer for the company picnic and i planned the whole trip including the bus rentals and the catering", "florida western coast"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), B_SCHOOL_POSITIVES)
def test_b_school_is_found(redacted_spans, text, expected):
    _b_found(redacted_spans(text, "SCHOOL"), text, expected)


@pytest.mark.parametrize(("text", "kept"), B_SCHOOL_TRAPS)
def test_b_school_traps_kept(redacted_spans, text, kept):
    _b_kept(redacted_spans(text, "SCHOOL"), text, kept)


# --- round D (heldout21/22 classes): "fresh out of <school>" taken whole; a school after
# studying a field that ends in "work" ("social work at Portland State") ------------------------
D_SCHOOL_POSITIVES = [
    ("I'm twenty-three, fresh out of Calvin, and ready to work.", "fresh out of Calvin"),
    ("Fresh out of Walla Walla University, I took a job in logistics.", "Fresh out of Walla Walla University"),
    ("i'm fresh out of lane community college with my welding cert", "fresh out of lane community college"),
    ("I study social work at Portland State and intern at a shelter.", "Portland State"),
    ("I'm majoring in youth work at Concordia University.", "Concordia University"),
    ("I got my bachelor's in social work at Boise State.", "Boise State"),
]  # fmt: skip

D_SCHOOL_TRAPS = [
    ("I'm fresh out of ideas for the break room.", "fresh out of ideas"),
    ("I do social work at Providence Hospital now.", "Providence Hospital"),
    ("i was fresh out of the army and took the first warehouse job i could find and worked nights on the dock for two years before they made me lead", "warehouse job"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), D_SCHOOL_POSITIVES)
def test_d_school_is_found(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, "SCHOOL"), text, expected)


@pytest.mark.parametrize(("text", "kept"), D_SCHOOL_TRAPS)
def test_d_school_traps_kept(redacted_spans, text, kept):
    assert_not_redacted(redacted_spans(text, "SCHOOL"), text, kept)


# round F (heldout24/25 class): a lower-case "<town> high" after "class of <year> out of/from"
RF_POSITIVES = [
    ("i'm class of 2020 out of roseburg high so i know the area", "roseburg high"),
    ("class of twenty nineteen from north eugene high and then two years at the cannery", "north eugene high"),
    ("i'm class of '18 out of sutherlin high and i've driven truck since", "sutherlin high"),
]  # fmt: skip

RF_TRAPS = [
    ("i'm class a certified out of the local union hall and i have run cranes for six years on high rise jobs all over the county", "high rise"),
    ("the class of 2020 out of our training program all passed the high voltage test", "high voltage"),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", RF_POSITIVES)
def test_rf_school_found(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, "SCHOOL"), text, expected)


@pytest.mark.parametrize("text, kept", RF_TRAPS)
def test_rf_school_traps(redacted_spans, text, kept):
    assert_not_redacted(redacted_spans(text, "SCHOOL"), text, kept)


# A field studied at a place is schooling even when the field ends in a role word ("theater
# tech", "dental assistant"): the place is a school, not an employer. Working as one there stays.
STUDIED_ROLE_FIELD = [
    ("I got OSHA 10. I studied theater tech at DePaul, and I build sets.", "DePaul"),
    ("I'm studying dental assistant at Carrington on weekends.", "Carrington"),
]  # fmt: skip

WORKED_AS_ROLE_AT = [
    ("I worked as a theater tech at Steppenwolf for two seasons.", "Steppenwolf"),
    ("I was a dental assistant at Bright Smiles Family Dentistry for a year.", "Bright Smiles Family Dentistry"),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", STUDIED_ROLE_FIELD)
def test_a_school_where_a_role_was_studied_is_found(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, "SCHOOL"), text, expected)


@pytest.mark.parametrize("text, kept", WORKED_AS_ROLE_AT)
def test_a_workplace_after_a_role_is_kept(redacted_spans, text, kept):
    assert_not_redacted(redacted_spans(text), text, kept)


# round G (heldout18/23/29 classes): a school's cheer after the school, one-word school brands;
# a trade institute's course or level is a credential
from .spans import assert_not_redacted as _rg_kept, assert_redacted as _rg_found  # noqa: E402

RG_POSITIVES = [
    ("I graduated from Oregon State, go Beavers, and moved here.", "Beavers"),
    ("i finished at lincoln high in 2015 go railsplitters", "railsplitters"),
    ("I'm a junior at UNM, go Lobos.", "Lobos"),
    ("I went to DigiPen for game art.", "DigiPen"),
    ("Roll tide, I did my degree in Tuscaloosa.", "Roll tide"),
]  # fmt: skip

RG_TRAPS = [
    ("I went to a tech school, go figure, and now I fix robots.", "go figure"),
    ("After high school I had to go places for work, like Texas.", "go places"),
    ("i graduated high school in 2010 and i can go upstairs and downstairs with a full dolly all day, so the stairs on the route are no problem for me at all", "go upstairs"),
]  # fmt: skip

RG_CREDENTIAL_KEEPS = [
    ("I've got my Cotton Ginners School Level 1, and I ran the gin stand.", "Cotton Ginners School Level 1"),
    ("I finished the Land Title Institute basics course last spring.", "Land Title Institute basics course"),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", RG_POSITIVES)
def test_rg_school_found(redacted_spans, text, expected):
    _rg_found(redacted_spans(text, "SCHOOL"), text, expected)


@pytest.mark.parametrize("text, kept", RG_TRAPS)
def test_rg_school_traps_kept(redacted_spans, text, kept):
    _rg_kept(redacted_spans(text, "SCHOOL"), text, kept)


@pytest.mark.parametrize("text, kept", RG_CREDENTIAL_KEEPS)
def test_rg_trade_school_credentials_kept(redact, text, kept):
    assert kept in redact(text)


def test_rg_name_beside_credential_still_goes(redact):
    out = redact("Hi, I'm Jolene Pruitt and I've got my Cotton Ginners School Level 1.")
    assert "Pruitt" not in out and "Cotton Ginners School Level 1" in out


# --- round B2 ---
# a system school with its campus, whole; a small college by a bare place-like word after a
# phrase of studying there; a vendor certification is not a school
import pytest as _b2_pytest  # noqa: E402

from .spans import assert_not_redacted as _b2_kept, assert_redacted as _b2_found  # noqa: E402

B2_POSITIVES = [
    ("I finished at Cal State LA with a psych degree.", "Cal State LA"),
    ("i transferred to cal state long beach after two years", "cal state long beach"),
    ("I did my degree online through Embry-Riddle Worldwide.", "Embry-Riddle Worldwide"),
    ("I studied engineering at Cal Poly Pomona.", "Cal Poly Pomona"),
    ("I'm nineteen and going part time at Augsburg.", "Augsburg"),
    ("I'm a junior at Macalester studying biology.", "Macalester"),
]  # fmt: skip

B2_TRAPS = [
    ("I passed the CompTIA Tech+ and the Google IT Support certificate.", "CompTIA Tech+"),
    ("I was a teller at Concordia Bank for three years.", "Concordia Bank"),
    ("i earned comptia a plus and comptia network plus while i was working the help desk and i also finished the security plus course at night through my employer last spring", "comptia"),
]  # fmt: skip


@_b2_pytest.mark.parametrize(("text", "expected"), B2_POSITIVES)
def test_b2_school_found(redacted_spans, text, expected):
    _b2_found(redacted_spans(text, "SCHOOL"), text, expected)


@_b2_pytest.mark.parametrize(("text", "kept"), B2_TRAPS)
def test_b2_school_traps_kept(redacted_spans, text, kept):
    _b2_kept(redacted_spans(text, "SCHOOL"), text, kept)


# --- round B3 ---
# a high school named by its county, city or area and "high"
from .spans import assert_not_redacted as _b3_kept, assert_redacted as _b3_found  # noqa: E402

B3_POSITIVES = [
    ('i just finished up at vinton county high', 'vinton county high'),
    ('I graduated from Marion County High in 2019.', 'Marion County High'),
    ('i went to east valley central high for two years', 'valley central high'),
]  # fmt: skip

B3_TRAPS = [
    ('The county high winds closed the bridge last week.', 'county high winds'),
    ('i drove the plow for the county through the worst storms and the county high water crew called me whenever the creek came up over the road at night', 'county high water'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), B3_POSITIVES)
def test_b3_school_found(redacted_spans, text, expected):
    _b3_found(redacted_spans(text, "SCHOOL"), text, expected)


@pytest.mark.parametrize(("text", "kept"), B3_TRAPS)
def test_b3_school_traps_kept(redacted_spans, text, kept):
    _b3_kept(redacted_spans(text, "SCHOOL"), text, kept)

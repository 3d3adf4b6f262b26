"""Keep spans: employers that look like names or places, tools, languages offered as a skill, and
durations of experience survive redaction. ("three years of experience" is the issue's AGE trap;
the rest of AGE is tested in test_age.py.)
"""

from __future__ import annotations

import pytest
import yaml

from pipelines.apply import apply
from pipelines.decide import decide
from pipelines.policy import Policy
from policies import POLICY_DIR

EMPLOYERS = [
    ("I want to be a crossing guard with the Lafayette Police Department.", "Lafayette Police Department"),
    ("I hold a Missouri cosmetology license and a Michigan security guard license.", "Missouri cosmetology license"),
    ("I have my ServSafe Food Handler card and HACCP training.", "ServSafe Food Handler"),
    ("I worked at Wendy's for two years.", "Wendy's"),
    ("I stocked shelves at Wendy's.", "Wendy's"),
    ("I was a cashier at Trader Joe's and then McDonald's.", "Trader Joe's and then McDonald's"),
    ("I stocked shelves at Kroger.", "Kroger"),
    ("I was a cashier at Kroger and then a supervisor at Dillard's.", "Kroger and then a supervisor at Dillard's"),
    ("I've done three years at Mister Car Wash as lead detailer.", "Mister Car Wash"),  # a title, not a title
    ("I worked at Harlan Electric for six years.", "Harlan Electric"),
    ("I worked three years at Chick-fil-A.", "Chick-fil-A"),
    ("I have three years of experience at Olive Garden.", "Olive Garden"),
    ("I handled returns at Home Depot.", "Home Depot"),
    ("I worked three years at Scenthound.", "Scenthound"),
    ("I was a host at Chili's.", "Chili's"),
    ("I was a line cook at Arby's.", "Arby's"),
    ("I was at Walmart for three years.", "Walmart"),
    ("My shift lead at Target was great.", "Target"),
    # a job noun before "at", "for", "with" names the employer
    ("I'm a machine tender at Goodyear, loading parts.", "Goodyear"),
    ("I'm a groundskeeper for Kings County Parks, four years now.", "Kings County Parks"),
    ("I was a rehab tech at Hoag Orthopedic Institute, prepping tables.", "Hoag Orthopedic Institute"),
    ("I've been a helper with Keystone Glass and Mirror for a year.", "Keystone Glass and Mirror"),
    ("I'm a machine operator at Newport News Shipbuilding.", "Newport News Shipbuilding"),
    ("I'm a front desk coordinator at Baker Manock and Jensen, a law firm.", "Baker Manock and Jensen"),
    # a cue word that starts a business's name is part of the name
    ("I'm a slot attendant at Choctaw Casino, three years now.", "Choctaw Casino"),
    ("I've volunteered as a docent at the Swedish American Museum.", "Swedish American Museum"),
    ("I'm a cage cashier at Ho-Chunk Gaming Wisconsin Dells.", "Ho-Chunk Gaming Wisconsin Dells"),
    # round 3: employers named like schools or with family and royalty words, state-named licences
    ("Before that I was the school secretary at St. Brigid Academy for fifteen years.", "St. Brigid Academy"),
    ("I was the school librarian at Oak Ridge Academy for six years.", "Oak Ridge Academy"),
    ("Here I work eight months with Two Brothers Painting.", "Two Brothers Painting"),
    ("Right now I'm doing my hours at Kings & Queens Barber Lounge.", "Kings & Queens Barber Lounge"),
    ("I bake for Three Sisters Bakery on weekends.", "Three Sisters Bakery"),
    ("I've been a helper at Johnson & Sons Plumbing since May.", "Johnson & Sons Plumbing"),
    ("I have my Minnesota barber apprentice registration.", "Minnesota barber apprentice registration"),
    ("I just passed my Texas all-lines adjuster license.", "Texas all-lines adjuster license"),
    ("I hold a Florida notary commission.", "Florida notary commission"),
    # round 4: an organisation named with its place, companies named in other languages, trade
    # words that end a name, childcare chains, growers, charity stores, hospital systems named
    # for a saint, stands named with a family word
    ("I clean kennels for the Humane Society of Greater Kansas City.", "Humane Society of Greater Kansas City"),
    ("I sorted donations for the Food Bank of Central Louisiana.", "Food Bank of Central Louisiana"),
    ("I drove for Transportes Medellín for six years.", "Transportes Medellín"),
    ("I was a machinist at Müller Bau GmbH for a decade.", "Müller Bau GmbH"),
    ("I was a baker at Glenwood Bake Shop.", "Glenwood Bake Shop"),
    ("I was a cashier at Kowalski's Markets.", "Kowalski's Markets"),
    ("I sell tickets for Puget Sound Ferries.", "Puget Sound Ferries"),
    ("I've been a floater at Lightbridge Academy since March.", "Lightbridge Academy"),
    ("I did seasonal planting at Holloway's for two months.", "Holloway's"),
    ("Our berries all went to Driscoll's.", "Driscoll's"),
    ("I sorted clothes at the Salvation Army family thrift store.", "Salvation Army family thrift store"),
    ("I cook on the tray line at PeaceHealth Sacred Heart.", "PeaceHealth Sacred Heart"),
    ("I worked two summers at Big Mama's.", "Big Mama's"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "employer"), EMPLOYERS)
def test_employers_that_look_like_names_or_places_survive(redact, text, employer):
    out = redact(text)
    assert employer in out, out
    assert out == text


@pytest.mark.parametrize(
    "text",
    [
        "I was a line cook at Denny's.",
        "I stocked shelves at Lowe's.",
        "I stocked shelves at Kohl's.",
        "I stocked shelves at Macy's.",
        "I was a host at Applebee's.",
    ],
)
def test_possessive_chain_employers_survive_after_any_verb(redact, text):
    assert redact(text) == text


@pytest.mark.parametrize(
    "text", ["I was an electrician at Harlan Electric for six years.", "I wired houses for Harlan Electric."]
)
def test_harlan_electric_survives_after_a_job_title(redact, text):
    assert redact(text) == text


TOOLS = [
    "I'm fast in Epic and Cerner.",
    "I'm comfortable with Intune and Jamf.",
    "I use Figma every day.",
    "I'm certified in Salesforce.",
    "I built dashboards in Tableau.",
    "I've used QuickBooks and Excel for five years.",
    "I'm good with Asana and Trello.",
    "I build web apps in ASP.NET and Node.js.",
    # a brand before what it is, one or several brands, a make and its model
    "I can balance water chemistry with a Taylor test kit.",
    "I keep my Dexter knives sharp and carry my own Lishi picks.",
    "I spent a season feeding the Vermeer chipper.",
    "I learned offset printing on an old Heidelberg press.",
    "I drive a Kubota side-by-side around the barns.",
    "I only trust Ettore and Unger squeegees.",
    "I keep Brunswick A-2 machines running and I drive a Zamboni 552.",
    "Ran John Deere and Case IH equipment my whole life.",
    "I carry a Bushnell rangefinder and I spray with the Graco airless.",
    "I rework boards under the Mantis scope.",
    "I handle depositions and conflict checks in Clio.",
    # round 3
    "I can run a Singer industrial walking foot and a Juki.",
    "I used It's Never 2 Late with residents on the big touch screens.",
    "I sew on a Janome and a Bernina at home.",
    # round 4: brands named like people, places or family words, with their equipment, beside
    # another brand, after a verb of running equipment; the brand's equipment classes (laundry,
    # vending, sign making, optical lab, AV, ice rinks, embroidery, utility vehicles)
    "I've threaded a Juki and a Brother, both industrial.",
    "I sew on a Consew and a Brother.",
    "We had two Brother embroidery machines at the shop.",
    "I fed the Jensen folders and cleared jams on the Chicago Dryer ironer.",
    "I stock a Dixie-Narco and a Crane merchandiser on my route.",
    "I cut vinyl on the Roland plotter and weed the decals.",
    "I set up the Shure mics and the Allen & Heath desk.",
    "We mix tint on the Benjamin Moore machine.",
    "I fill trays with our Kirby Lester counter.",
    "I resurface the ice with an Olympia ice resurfacer.",
    "I digitize logos for the Tajima.",
    "I drove the Polaris Ranger and a Kawasaki Mule.",
    "I'm solid with a Pulaski and a McLeod on the fire line.",
    "I prototype sensors with an Arduino.",
    "I check guests in with Opera Cloud.",
    # trade and care terms named after people or built on a gendered word
    "I transfer residents with a Hoyer lift and empty Foley catheters.",
    "I ran the man lift at the warehouse.",
]


@pytest.mark.parametrize("text", TOOLS)
def test_tools_survive(redact, text):
    assert redact(text) == text


CREDENTIALS_AND_STANDARDS = [
    # round 4: certifications named with ordinary words, first names or a level; professional
    # certificates from an extension or continuing-education division; style guides, code sets
    # and metadata standards named after places and people
    ("I've been a Master Gardener since 2019.", "Master Gardener"),
    ("I'm Dante Level 3 certified and I program Crestron panels.", "Dante Level 3"),
    ("I just passed Dante Level Two.", "Dante Level Two"),
    ("I finished Mandt training and CPI Nonviolent Crisis Intervention.", "Mandt training"),
    ("I did man overboard drills and STCW basic training.", "STCW basic training"),
    ("I went through the Petco Grooming Academy.", "Petco Grooming Academy"),
    ("I earned a paralegal certificate from UCLA Extension.", "UCLA Extension"),
    ("I finished a project management certification through Rutgers Continuing Studies.", "Rutgers Continuing Studies"),
    ("I copyedit in AP style and Chicago style.", "Chicago style"),
    ("I cite in Vancouver style for the journals.", "Vancouver style"),
    ("I code with ICD-10-CM, HCPCS and CPT codes.", "CPT codes"),
    ("I know CPT and ICD-10 coding really well.", "CPT and ICD-10"),
    ("I mapped the fields to Dublin Core for Omeka.", "Dublin Core"),
    ("I sort the returns by Dewey every morning.", "Dewey"),
    ("I scanned the 1920s Sanborn maps for the library.", "Sanborn maps"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kept"), CREDENTIALS_AND_STANDARDS)
def test_credentials_and_standards_survive(redact, text, kept):
    out = redact(text)
    assert kept in out, out
    assert out == text


NEIGHBOURS_STILL_REDACTED = [
    # the sensitive word beside a round-4 keep class still goes
    ("My brother taught me to sew on a Juki.", "brother"),
    ("I worked for Big Brother Pete at the shop.", "Brother"),
    ("I was a CPT in the Army before this.", "CPT"),
    ("I worked with a Dr. Patel on nights.", "Patel"),
    ("I gave Maria Lopez tools for her garage.", "Maria Lopez"),
    ("I cleaned Maria's station every night.", "Maria"),
    ("I took classes through the UConn Extension.", "UConn"),
    ("I have a certificate from Harvard.", "Harvard"),
    ("I'm a Master Sergeant, retired.", "Master Sergeant"),
    ("I fixed chillers for Refrigeração Silva Ltda. in Curitiba.", "Curitiba"),
    ("I transcribed interviews in Phoenix.", "Phoenix"),
    ("I was in the Salvation Army church band.", "church"),
    ("We go to Providence St. Joseph's Church on Sundays.", "Church"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "gone"), NEIGHBOURS_STILL_REDACTED)
def test_sensitive_neighbours_of_keep_classes_are_still_redacted(redact, text, gone):
    assert gone not in redact(text)


ACHIEVEMENTS = [
    # round 3: an achievement that names who the work was for or on stays whole
    ("this spring they picked me to center the U12 girls final.", "picked me to center the U12 girls final"),
    ("I coached the U14 boys team to a league title.", "coached the U14 boys team"),
    ("My proudest job, I reupholstered forty church pews for a historic chapel.", "reupholstered forty church pews"),
]


@pytest.mark.parametrize(("text", "kept"), ACHIEVEMENTS)
def test_achievements_with_cue_words_survive(redact, text, kept):
    assert kept in redact(text)


LANGUAGES = [
    ("I speak English and Spanish.", "English and Spanish"),
    ("I speak Spanish and Tagalog fluently.", "Spanish and Tagalog"),
    ("I'm fluent in Vietnamese.", "Vietnamese"),
    ("I'm bilingual in Dari and English.", "Dari and English"),
    # round 3: Oxford-comma lists and a language as what the work is in
    ("I speak Karen, Burmese, and Thai, so I help the new workers.", "Karen, Burmese, and Thai"),
    ("I speak Spanish, Portuguese, and Italian.", "Spanish, Portuguese, and Italian"),
    ("I can help read the Chinese datasheets when the supplier sends them.", "Chinese datasheets"),
    ("I translate the Spanish manuals for the crew.", "Spanish manuals"),
    ("I answer Korean calls on the help line.", "Korean calls"),
    ("I fill out Vietnamese forms for new hires.", "Vietnamese forms"),
    # round 4: a level before a later language of the list; languages of annotation work
    ("I speak Polish, Czech, and good German.", "Polish, Czech, and good German"),
    ("I speak Arabic, Hebrew, and basic Turkish.", "Arabic, Hebrew, and basic Turkish"),
    ("I transcribe calls in English and Kazakh.", "English and Kazakh"),
]


@pytest.mark.parametrize(("text", "languages"), LANGUAGES)
def test_languages_offered_as_a_skill_survive_by_default(redact, text, languages):
    assert languages in redact(text)


def _redact_languages_policy() -> Policy:
    raw = yaml.safe_load((POLICY_DIR / "default.yaml").read_text(encoding="utf-8"))
    raw["rewrite"]["language_skills"] = "redact"
    return Policy.model_validate(raw)


def _redact_with(redactor, text: str, pol: Policy) -> str:
    return apply(text, decide(text, redactor.detect(text), pol), pol).text


def test_language_skills_redact_policy_removes_languages(redactor):
    out = _redact_with(redactor, "I speak Spanish and Tagalog fluently.", _redact_languages_policy())
    assert "Spanish" not in out and "Tagalog" not in out
    assert out == "I speak [Personal1] fluently."


def test_language_skills_redact_policy_wins_over_the_tool_guess(redactor):
    out = _redact_with(redactor, "I'm fluent in Vietnamese.", _redact_languages_policy())
    assert "Vietnamese" not in out


DURATIONS = [
    "I have three years of experience.",
    "I have three years of experience as a line cook.",
    "I spent three years as a cashier.",
    "Three years ago I started baking.",
    "I have 10 years in retail.",
    "I was an apprentice for two years.",
    "I managed three years of inventory.",
    "I have 2 years of experience and 3 certifications.",
]


@pytest.mark.parametrize("text", DURATIONS)
def test_durations_of_experience_are_not_ages(redact, redacted_spans, text):
    assert redacted_spans(text, "AGE") == []
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "category", "kept"),
    [
        ("I worked three years at Scenthound.", "EMPLOYER", "Scenthound"),
        ("I'm fast in Epic and I chart quickly.", "TOOL", "Epic"),
        ("I speak Spanish and Tagalog fluently.", "LANGUAGE_SKILL", "Spanish and Tagalog"),
    ],
)
def test_keep_recognizers_report_keep_spans(redactor, text, category, kept):
    keeps = [(text[d.start : d.end], d.category) for d in redactor.detect(text) if d.kind == "keep"]
    assert any(c == category and kept in s for s, c in keeps), keeps


# Round 5 (heldout11/12 classes, own sentences): tools, employers, certifications and achievements
# whose words are also names, places, kin or gendered words, religion or disability cues.
ROUND5_KEEPS = [
    # software and systems by trade
    ("I basically live in Postman for API checks.", "Postman"),
    ("I edit every episode in Descript before it goes out.", "Descript"),
    ("I pay vendors through Bill.com and reconcile in Xero.", "Bill.com"),
    ("I build visual schedules in Boardmaker for my students.", "Boardmaker"),
    ("I manage transactions in Dotloop and SkySlope.", "Dotloop and SkySlope"),
    ("I model in Autodesk Maya and sculpt in ZBrush.", "Autodesk Maya"),
    # point of sale: Aloha the system, not the greeting
    ("Before that I ran the register on Aloha at a diner.", "Aloha"),
    ("I've closed out checks on Aloha and Toast.", "Aloha and Toast"),
    ("I ran the Aloha terminal at Applebee's.", "Aloha terminal"),
    # medical, eye-clinic and surgical equipment named after people
    ("I've scrubbed in on the da Vinci robot for two years.", "da Vinci robot"),
    ("I run scans on the Zeiss OCT every morning.", "Zeiss OCT"),
    ("I run the Haag-Streit slit lamp and the Topcon autorefractor.", "Topcon autorefractor"),
    ("I pass Kelly clamps, Allis clamps and DeBakey forceps.", "Kelly clamps, Allis clamps and DeBakey forceps"),
    ("We transfer residents with the Sara Stedy and put them in a Geri chair.", "Sara Stedy"),
    ("I warm patients with the Bair Hugger before surgery.", "Bair Hugger"),
    ("I give the Denver II screening and score the Woodcock-Johnson.", "Woodcock-Johnson"),
    # watchmaking, framing and finishing trades, curricula
    ("I regulate movements on the Witschi timegrapher.", "Witschi timegrapher"),
    ("I restored an Elgin pocket watch to within four seconds a day.", "Elgin pocket watch"),
    ("I cut mats on the Fletcher or the Wizard all day.", "Fletcher"),
    ("I join frames with the Cassese underpinner.", "Cassese underpinner"),
    ("I finish concrete with a Marshalltown trowel.", "Marshalltown trowel"),
    ("I tutor with Orton-Gillingham and the Wilson Reading System.", "Orton-Gillingham"),
    ("We teach with the Creative Curriculum and Conscious Discipline.", "Creative Curriculum"),
    # employers: hotels and their properties, brokerages, brands named after people, railroads
    # and airlines named after places, a bank that is also a town
    ("I've been a bellhop at the Kimpton Epic for a year.", "Kimpton Epic"),
    ("I did front desk at the Hampton Inn and then the Fairfield Inn.", "Hampton Inn and then the Fairfield Inn"),
    ("I'm a transaction coordinator on a small team at Keller Williams.", "Keller Williams"),
    ("I sold houses with Berkshire Hathaway HomeServices.", "Berkshire Hathaway HomeServices"),
    ("I hit the top sales for Charlotte Tilbury in our region.", "Charlotte Tilbury"),
    ("I was the top seller for Bobbi Brown at our counter.", "Bobbi Brown"),
    ("I was a conductor for Canadian National for ten years.", "Canadian National"),
    ("I was a ramp agent for Alaska Airlines at the airport.", "Alaska Airlines"),
    ("I was a teller at Chevy Chase Bank.", "Chevy Chase Bank"),
    ("I arrange flowers at Petals by Priscilla.", "Petals by Priscilla"),
    # a house of worship that is the workplace
    ("I work at Grace Church as a custodian.", "Grace Church"),
    ("I've been the office manager at St. Mark's Lutheran Church for six years.", "St. Mark's Lutheran Church"),
    ("I work for Temple Beth El as their bookkeeper.", "Temple Beth El"),
    # certifications, honor societies and certifying bodies
    ("I have RJG Master Molder One.", "RJG Master Molder One"),
    ("I got my Lean Six Sigma Yellow Belt last year.", "Lean Six Sigma Yellow Belt"),
    ("I was inducted into Phi Theta Kappa.", "Phi Theta Kappa"),
    ("I'm a member of Sigma Theta Tau, the nursing honor society.", "Sigma Theta Tau"),
    ("I took the Dale Carnegie course on public speaking.", "Dale Carnegie"),
    ("I'm certified through the Project Management Institute.", "Project Management Institute"),
    ("I have my Crisis Prevention Institute training.", "Crisis Prevention Institute"),
    # achievements: a country as the scope of the work, an employer's account grown, a season
    ("I once logged a bug that would have double-charged every customer in Canada.", "every customer in Canada"),
    ("I handled the rollout to all our stores across Mexico.", "stores across Mexico"),
    ("I grew their Instagram from twelve hundred to eighteen thousand followers.", "eighteen thousand followers"),
    ("Last season I finished the Valentine's reset in eleven stores.", "Valentine's reset"),
    # job titles and skills with a disability word or a hospital unit
    ("I worked as an ambulance driver and wheelchair van attendant.", "wheelchair van attendant"),
    ("I was a wheelchair agent at the airport for a year.", "wheelchair agent"),
    ("I did warm handoffs from the ER to the ICU.", "warm handoffs from the ER"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kept"), ROUND5_KEEPS)
def test_round5_job_facts_survive(redact, text, kept):
    assert kept in redact(text)


ROUND5_UNCASED = [
    ("i basically live in postman for api checks and i track bugs in jira", "postman"),
    ("i use mother goose time for the little activities and i do circle time", "mother goose time"),
    ("im a transaction coordinator at keller williams so i manage listing paperwork", "keller williams"),
    ("ive assisted on the da vinci robot and i have zero count discrepancies", "da vinci robot"),
    ("i got my lean six sigma yellow belt last year and i cut downtime", "yellow belt"),
    ("i was inducted into phi theta kappa at the community college", "phi theta kappa"),
    ("so right now im with two men and a truck doing padding and wrapping", "two men and a truck"),
    ("i retired from norfolk southern two years ago after thirty one years as a conductor", "norfolk southern"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kept"), ROUND5_UNCASED)
def test_round5_job_facts_survive_uncased(redact, text, kept):
    assert kept in redact(text + " and i have three years on the register at target so i know the pos")


ROUND5_STILL_REDACTED = [
    # the same words where they are the candidate's own cue, a person or a place
    ("I'm a member of Grace Church.", "Grace Church"),
    ("We go to Grace Church every Sunday.", "Grace Church"),
    ("I help cook at Grace Church on weekends.", "Grace Church"),
    ("I volunteer at Grace Church on Saturdays.", "Grace Church"),
    ("I'm a deacon at Grace Church.", "Grace Church"),
    ("I live in Jackson, I'm a steward at Bethel AME.", "Bethel AME"),
    ("I grew up in Chevy Chase.", "Chevy Chase"),
    ("I live in Enterprise, Alabama.", "Enterprise"),
    ("I grew up in La Quinta, California.", "La Quinta"),
    ("Aloha, my name is Keoni and I'm applying for the cook job.", "Aloha"),
    ("I live in Aloha, Oregon.", "Aloha"),
    ("I grew up in Hamilton and moved here last year.", "Hamilton"),
    ("My coworker Fletcher trained me.", "Fletcher"),
    ("My coworker Kelly trained me on the register.", "Kelly"),
    ("My manager Ann Taylor will be my reference.", "Ann Taylor"),
    ("I grew up in Canada and moved here in 2019.", "Canada"),
    ("I moved here from Mexico when I was ten.", "Mexico"),
    ("I grew my TikTok to fifty thousand followers.", "fifty thousand followers"),
    ("I use a wheelchair, so I need a desk I can roll under.", "wheelchair"),
    ("I'm in a wheelchair since my accident.", "wheelchair"),
    ("I'm a member of Sigma Lambda Gamma.", "Sigma Lambda Gamma"),
    ("Valentine's car broke down so I drove.", "Valentine"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "gone"), ROUND5_STILL_REDACTED)
def test_round5_sensitive_uses_of_the_same_words_are_still_redacted(redact, text, gone):
    assert gone not in redact(text)


# --- uncased, unpunctuated speech (truecase.py): the capitals and the commas a writer would put are
# missing ("i'm polish i moved here", "i'm a widow two grandkids and"); each sentence gets a
# clause of its own so the transcript is long enough to be read as uncased
UNCASED_MORE = " and i can work any shift you need on weekends"

UNCASED_KEEP_TRAPS = [
    ('i speak armenian russian and english so i help customers', 'armenian russian and english'),
    ('i can read the korean manuals when the supplier sends them', 'korean manuals'),
    ('i run a milwaukee impact driver and a lincoln stick welder', 'milwaukee impact driver'),
    ("i'm a cage cashier at choctaw casino right now", 'choctaw casino'),
    ('i was a helper with cataldo ambulance for a year', 'cataldo ambulance'),
    ("i worked weekends at rosa's bakery laminating dough", "rosa's bakery"),
    ('i hold a nevada gaming license and i deal blackjack', 'nevada gaming license'),
    ('i was a staff accountant with the city of tulsa for years', 'city of tulsa'),
    ('i worked at the harbor in houston doing terminal cleans', 'terminal cleans'),
    ("i'm forklift and pallet jack certified", 'forklift'),
    ("i'm notary public certified", 'notary public'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "survives"), UNCASED_KEEP_TRAPS)
def test_uncased_keep_traps_survive(redact, text, survives):
    text = text + UNCASED_MORE if text == text.lower() else text
    assert survives in redact(text)


# --- heldout13 keep classes (after its untouched measurement), own sentences ---------------------
@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("I'm ServSafe and TIPS certified.", "ServSafe"),
        ("I've been at Ken Garff Honda for five years.", "Ken Garff Honda"),
        ("I sold cars at Rick Hendrick Chevrolet before this.", "Rick Hendrick Chevrolet"),
        ("I've been at the Tucson VA for five years, mostly in the ICU.", "Tucson VA"),
        ("I can present in English or Navajo.", "Navajo"),
        ("i can train new staff in tagalog and english", "tagalog"),
        ("I run Palo Alto firewalls and Cisco switches.", "Palo Alto firewalls"),
        ("I did cycle counts in Manhattan WMS.", "Manhattan WMS"),
        ("I'm quick on a Rondo sheeter.", "Rondo sheeter"),
    ],
)
def test_heldout13_keep_classes_survive(redact, text, kept):
    assert kept in redact(text)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("I'm Maria and certified in CPR.", "Maria"),
        ("I live in Palo Alto.", "Palo Alto"),
        ("My name is Ken Garff and I sell cars.", "Garff"),
    ],
)
def test_heldout13_keep_class_counterparts_still_go(redact, text, gone):
    assert gone not in redact(text)


# --- z-round keep classes: a restaurant named for a person where one works, a family firm in
# lower case with no trade word, build servers named like people, a language one switches into
ZROUND_KEEP = [
    ("I've been cooking eleven years, the last four as chef de partie at Brennan's. I run the sauce station.", "Brennan's"),
    ("I tended bar at Kelly's for two years before this.", "Kelly's"),
    ("i've been with emery sapp and sons the last four and i dug and backfilled two miles of sewer main", "emery sapp and sons"),
    ("I worked for Hadley & Sons for six years as a framer.", "Hadley & Sons"),
    ("I worked two summers with Kowalski Brothers, hanging drywall.", "Kowalski Brothers"),
    ("Writing automations in Python and Terraform, plus some pipeline cleanup in Jenkins.", "Jenkins"),
    ("I maintain our Jenkins pipelines and the Docker images.", "Jenkins"),
    ("I know Terraform, Ansible and Jenkins pretty well.", "Jenkins"),
    ("I'm Igbo, and I'll switch into Igbo or Pidgin with a scared patient if it helps.", "Igbo or Pidgin"),
]  # fmt: skip

ZROUND_KEEP_COUNTERPARTS = [
    ("We had dinner at Brennan's house after the game.", "Brennan"),
    ("I worked with Gary Jenkins on the line for two years.", "Jenkins"),
    ("My mentor Mr. Jenkins taught me welding.", "Jenkins"),
    ("I've been with my wife and sons in Tulsa for ten years.", "sons"),
    ("I'm Igbo and proud of it.", "Igbo"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kept"), ZROUND_KEEP)
def test_zround_keep_classes_survive(redact, text, kept):
    assert kept in redact(text)


@pytest.mark.parametrize(("text", "gone"), ZROUND_KEEP_COUNTERPARTS)
def test_zround_keep_class_counterparts_still_go(redact, text, gone):
    assert gone not in redact(text)


# --- heldout16 keep classes (own sentences): credentials named with the state, city or agency
# that issues them; governments named for their place; employers and tools named like people or
# places; software one "lives in" all day; certifications studied for; languages used with the
# people served; unit, brand and venue names carrying a gendered word or an arts word
HELDOUT16_KEEP = [
    # a credential with its state, city or agency
    ("I passed my Ohio EPA Class I Wastewater exam on the first try.", "Ohio EPA Class I Wastewater exam"),
    ("I'm studying for the Ohio EPA Class II Water Supply exam.", "Ohio EPA Class II Water Supply"),
    ("I'm also a Minnesota notary public, which helps with contracts.", "Minnesota notary public"),
    ("I'm a Texas Master Electrician with twelve years in commercial work.", "Texas Master Electrician"),
    ("I hold a Florida 2-20 insurance license.", "Florida 2-20 insurance license"),
    ("I'm a licensed Georgia real estate agent.", "Georgia real estate agent"),
    ("I'm a Virginia DCJS armed security officer.", "Virginia DCJS armed security officer"),
    ("I have an Indiana journeyman plumber license.", "Indiana journeyman plumber license"),
    ("I got my Oregon OLCC server permit.", "Oregon OLCC server permit"),
    ("I carry my Michigan CDL with tanker and hazmat endorsements.", "Michigan CDL"),
    ("I'm an Ohio STNA on a rehab floor.", "Ohio STNA"),
    ("I carry an NYC DOB scaffold card and my OSHA 30.", "NYC DOB scaffold card"),
    # a government named for its place, said as who one works for; a county office
    ("I've done four winters plowing for the Town of Greece.", "Town of Greece"),
    ("I worked three years at the Village of Oak Park in public works.", "Village of Oak Park"),
    ("I inspect buses for the State of Ohio.", "State of Ohio"),
    ("I drive a snowplow for the Township of Brick.", "Township of Brick"),
    ("I did payroll for the Borough of Carlisle.", "Borough of Carlisle"),
    ("I was a deputy with the Cook County Sheriff for six years.", "Cook County Sheriff"),
    ("I'm a detention officer with the Maricopa County Sheriff's Office.", "Maricopa County Sheriff's Office"),
    ("I'm a records clerk at the Harris County Clerk's Office.", "Harris County Clerk's Office"),
    # employers and tools named like people or places
    ("For eighteen months I've worked carrier sales at J.B. Hunt, booking loads.", "J.B. Hunt"),
    ("I spent two years answering phones at Baker Tilly.", "Baker Tilly"),
    ("I worked the front desk at Grant Thornton.", "Grant Thornton"),
    ("I'm an apprentice at Johnson Controls.", "Johnson Controls"),
    ("I book loads in McLeod and track on MacroPoint.", "McLeod"),
    ("I dispatch trucks and build loads in McLeod every day.", "McLeod"),
    ("I pull codes with Cummins INSITE.", "Cummins INSITE"),
    ("I diagnose with Detroit Diesel DiagnosticLink.", "Detroit Diesel DiagnosticLink"),
    ("I print on a Roland and a Mimaki.", "Mimaki"),
    ("I cut with a Milwaukee sawzall and a Makita.", "Milwaukee sawzall"),
    # software one lives in all day
    ("I live in Cummins INSITE and Detroit Diesel DiagnosticLink all day.", "Cummins INSITE and Detroit Diesel DiagnosticLink"),
    ("I live in Samsara and Omnitracs all day as a dispatcher.", "Samsara and Omnitracs"),
    # a certification studied for or passed, named by its role
    ("I'm halfway through Platform App Builder and I already build flows.", "Platform App Builder"),
    ("I'm studying for Salesforce Platform Developer I right now.", "Platform Developer I"),
    ("I just passed Solutions Architect Associate.", "Solutions Architect Associate"),
    # languages used with the people the work serves
    ("I can also talk with families in Tagalog and Ilocano.", "Tagalog and Ilocano"),
    ("I explain discharge instructions to patients in Haitian Creole and French.", "Haitian Creole and French"),
    ("I greet guests in Japanese and Korean at the hotel desk.", "Japanese and Korean"),
    # a unit, a brand or a venue with a gendered or an arts word in its name
    ("I'm on the mother-baby unit as an RN.", "mother-baby unit"),
    ("I worked the mother baby floor for two years.", "mother baby floor"),
    ("I sold Sister Schubert rolls as a vendor rep.", "Sister Schubert"),
    ("I bus tables at Mama Rosa's Trattoria.", "Mama Rosa's Trattoria"),
    ("I'm a stagehand with the Seattle Symphony.", "Seattle Symphony"),
    ("I play piano for the Kansas City Ballet school classes.", "Kansas City Ballet"),
]  # fmt: skip

HELDOUT16_KEEP_UNCASED = [
    ("i passed my ohio epa class one wastewater exam on the first try and i run the plant at night", "ohio epa class one wastewater exam"),
    ("i'm a minnesota notary public and i handle the closing packets at the title company", "minnesota notary public"),
    ("i'm a texas master electrician with twelve years in commercial work and i run a crew of six", "texas master electrician"),
    ("i plowed for the town of greece for four winters and i do pothole patching in summer", "town of greece"),
    ("i'm a deputy with the cook county sheriff and i work the jail intake desk on nights", "cook county sheriff"),
    ("i did carrier sales at jb hunt booking loads in mcleod and tracking on macropoint every day", "jb hunt"),
    ("i did carrier sales at jb hunt booking loads in mcleod and tracking on macropoint every day", "in mcleod"),
    ("i answered phones at baker tilly for two years and i handled visitor check in", "baker tilly"),
    ("i live in cummins insite and detroit diesel diagnosticlink all day at the truck shop", "detroit diesel diagnosticlink"),
    ("i'm halfway through platform app builder and i already passed salesforce administrator", "platform app builder"),
    ("i can talk with families in tagalog and ilocano which comes up on every shift at the clinic", "tagalog and ilocano"),
    ("i'm on the mother baby unit as an rn and i float to labor and delivery when they need me", "mother baby unit"),
    ("i worked at two brothers pizza as a driver", "two brothers pizza"),
    ("i drove for three sisters bakery on weekends", "three sisters bakery"),
]  # fmt: skip

HELDOUT16_STILL_REDACTED = [
    ("I live in Ohio and I passed my wastewater exam.", "Ohio"),
    ("I live in Ohio, my EPA Class I exam is done.", "Ohio"),
    ("I grew up in Minnesota and I'm a notary public.", "Minnesota"),
    ("I'm a Texas native and a master electrician.", "Texas"),
    ("I'm from California and I have my CNA license.", "California"),
    ("I'm a Texas girl and an RN.", "Texas"),
    ("My license is from Georgia but I live here now.", "Georgia"),
    ("I grew up in the Town of Greece.", "Greece"),
    ("I live in the City of Tacoma.", "Tacoma"),
    ("I was raised in the Township of Brick.", "Brick"),
    ("I live in Cook County with my kids.", "Cook County"),
    ("I'm a student at the Borough of Manhattan Community College.", "Borough of Manhattan"),
    ("I live in Detroit.", "Detroit"),
    ("I've lived in Detroit all my life.", "Detroit"),
    ("I live in Detroit, all day I drive for Uber.", "Detroit"),
    ("I'm halfway through Ohio State, studying nursing.", "Ohio State"),
    ("My dispatcher Mr. McLeod trained me.", "McLeod"),
    ("My name is Tilly Baker and I'm a receptionist.", "Tilly"),
    ("I'm Ilocano, and proud of it.", "Ilocano"),
    ("At home we speak Tagalog with my grandparents.", "Tagalog"),
    ("I help customers in Phoenix with their returns.", "Phoenix"),
    ("I talk to patients in Memphis every day.", "Memphis"),
    ("My sister Schubert helped me.", "sister"),
    ("I'm a mother of two.", "mother"),
    ("My mother and baby brother live with me.", "mother"),
    ("Hi, I'm Grant Thornton and I'm applying to be a cashier.", "Thornton"),
    ("My coworker Grant Thornton trained me.", "Thornton"),
    ("My manager Wayne Dalton trained me on the forklift.", "Wayne Dalton"),
    ("I took the Marcus Johnson class one exam.", "Marcus Johnson"),
    ("I have a Kevin Nguyen signed training card.", "Kevin Nguyen"),
    ("My mentor was the Diane Parker license examiner.", "Diane Parker"),
    ("i have two brothers and i worked at a pizza place and i can work any shift you need", "brothers"),
    ("my two brothers moving company is where i learned to lift and i can work any shift", "brothers"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kept"), HELDOUT16_KEEP)
def test_heldout16_keep_classes_survive(redact, text, kept):
    assert kept in redact(text)


@pytest.mark.parametrize(("text", "kept"), HELDOUT16_KEEP_UNCASED)
def test_heldout16_keep_classes_survive_uncased(redact, text, kept):
    assert kept in redact(text + UNCASED_MORE)


@pytest.mark.parametrize(("text", "gone"), HELDOUT16_STILL_REDACTED)
def test_heldout16_keep_class_counterparts_still_go(redact, text, gone):
    assert gone not in redact(text)


# heldout17 keep classes (own sentences): museums and venues named for a person or a place,
# tribal enterprises as employers, carriers named like surnames, animation and VFX tools named
# like people or places
HELDOUT17_KEEP = [
    ("I installed shows at the Frick Pittsburgh for two years.", "Frick Pittsburgh"),
    ("I hung lights at the Ryman for a sold-out residency last spring.", "Ryman"),
    ("I was a gallery attendant at the Getty for a year.", "Getty"),
    ("I did visitor services at the Guggenheim on weekends.", "Guggenheim"),
    ("I ushered at Carnegie Hall and the Kennedy Center.", "Carnegie Hall"),
    ("I was a docent at the Smithsonian for two summers.", "Smithsonian"),
    ("I spent four spawning seasons at the nez perce tribal hatchery.", "nez perce tribal hatchery"),
    ("I was an accounts clerk at Cherokee Nation Businesses.", "Cherokee Nation Businesses"),
    ("I flagged for the Navajo Nation Department of Transportation.", "Navajo Nation Department of Transportation"),
    ("I dealt blackjack for the seminole tribe casino.", "seminole tribe casino"),
    ("I worked at the Cherokee Nation casino as a cage cashier.", "Cherokee Nation casino"),
    ("I was a container checker at matson for three years.", "matson"),
    ("I drove for Werner Enterprises and then Schneider National out of the Laredo yard.", "Werner"),
    ("I was a yard jockey at penske truck leasing.", "penske truck leasing"),
    ("I did cleanup in Toon Boom Harmony on a kids' series.", "Toon Boom Harmony"),
    ("I did rigging in Maya and sims in Houdini.", "Maya"),
    ("I did comp in Nuke and lighting in Katana and Clarisse.", "Katana and Clarisse"),
    ("i do cleanup in harmony and comp in nuke", "harmony"),
    ("I animate in Maya and Blender every day.", "Maya and Blender"),
]  # fmt: skip

HELDOUT17_KEEP_UNCASED = [
    ("i installed shows at the frick pittsburgh", "frick pittsburgh"),
    ("i did a sold out ryman residency", "ryman"),
    ("i worked as a guard at the getty then the guggenheim", "guggenheim"),
    ("i spent four spawning seasons at the nez perce tribal hatchery", "nez perce tribal hatchery"),
    ("i was a clerk at cherokee nation businesses", "cherokee nation businesses"),
    ("i was a container checker at matson navigation then at penske truck leasing", "matson"),
    ("i did cleanup in toon boom harmony and lookdev in katana and lighting in clarisse", "katana"),
]  # fmt: skip

HELDOUT17_STILL_REDACTED = [
    ("I'm Nez Perce and proud of it.", "Nez Perce"),
    ("i'm nez perce myself and i worked at the nez perce tribal hatchery", "myself"),  # placeholder there
    ("I'm enrolled in the Cherokee Nation and I work at Walmart.", "Cherokee"),
    ("My supervisor Mr. Schneider trained me on the forklift.", "Schneider"),
    ("My coworker Matson Lee showed me the scanner.", "Matson"),
    # carriers and museums named for a founder are kept by their full names only
    ("Hey, Tom Schneider here, applying for the driver job.", "Schneider"),
    ("I'm Ana Estes, and I worked at Penske Truck Leasing for two years.", "Estes"),
    ("My trainer was Bob Getty, and he taught me hazmat.", "Getty"),
    ("My daughter Maya is five.", "Maya"),
    ("Hi, I'm Clarisse and I'm applying to be a compositor.", "Clarisse"),
    ("We live in Harmony, so the commute is short.", "Harmony"),
    ("I grew up in Pittsburgh near the Frick.", "Pittsburgh"),
    ("I grew up with the Navajo Nation police around, and I worked at Walmart.", "Navajo"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kept"), HELDOUT17_KEEP)
def test_heldout17_keep_classes_survive(redact, text, kept):
    assert kept in redact(text)


@pytest.mark.parametrize(("text", "kept"), HELDOUT17_KEEP_UNCASED)
def test_heldout17_keep_classes_survive_uncased(redact, text, kept):
    assert kept in redact(text + UNCASED_MORE)


@pytest.mark.parametrize(("text", "gone"), HELDOUT17_STILL_REDACTED)
def test_heldout17_keep_class_counterparts_still_go(redact, text, gone):
    out = redact(text)
    if gone == "myself":
        assert "i'm nez perce" not in out.lower()
    else:
        assert gone not in out


# a place said as a circumstance of one's work history goes with its preposition, as a service
# branch or a base there does (heldout17 cfj09)
WORK_PLACE_PAIRS = [
    (
        "I spent six years as a parts clerk in the Army, mostly at Fort Hood, then two years at Penske Truck Leasing.",
        "I spent six years as a parts clerk in the Rio Grande Valley, mostly at McAllen, then two years at Penske Truck Leasing.",
    ),
    (
        "I worked four years as a warehouse clerk in the Air Force, mostly at Lackland, then at Waffle House.",
        "I worked four years as a warehouse clerk in West Texas, mostly at Odessa, then at Waffle House.",
    ),
    # ... and so does a place or a school where one's time, training or start was
    (
        "I did six years in the Navy as a power plant operator, then three years with JLL.",
        "I did six years in Baltimore as a power plant operator, then three years with JLL.",
    ),
    (
        "I got really into precision work during my time in the Marines, and now I run a Haas mill.",
        "I got really into precision work during my time at Morehouse College, and now I run a Haas mill.",
    ),
    (
        "I did my heavy equipment training in the Army and I've run loaders since.",
        "I did my heavy equipment training at Diné College and I've run loaders since.",
    ),
    (
        "i got my start in the air force and that's where i learned hazmat paperwork",
        "i got my start in san antonio and that's where i learned hazmat paperwork",
    ),
    (
        "I've run excavators for six years, first in the Navy, and then with Northland Earthworks.",
        "I've run excavators for six years, first in Duluth, and then with Northland Earthworks.",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), WORK_PLACE_PAIRS)
def test_work_history_place_reads_like_service_branch(redact, a, b):
    assert redact(a).lower() == redact(b).lower()


def test_home_place_keeps_its_preposition(redact):
    out = redact("I worked as a cook at Denny's, and we live in Killeen.")
    assert "we live in [" in out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a role said right after a workplace makes it one, even with no work word before it
        ("Right out of high school, I spent a year at Superior Fresh as a grow room associate.", "Superior Fresh"),
        ("i spent two summers at lakeview orchards as a picker and then i ran the packing line for a season", "lakeview orchards"),
    ],
)
def test_a_role_after_a_workplace_keeps_it(redact, text, kept):
    assert kept in redact(text)


@pytest.mark.parametrize(
    ("text", "stays"),
    [
        ("I did a year at Spelman College before I switched to welding.", "I did a year at [School1]"),
        ("I spent a year at Lincoln Tech as a welding student.", "at [School1] as a welding student"),
        ("I graduated from Howard University in May.", "graduated from [School1]"),
        ("I grew up in Baltimore and did six years as a cook.", "grew up in [Location1]"),
    ],
)
def test_schools_and_homes_outside_work_time_keep_their_placeholder(redact, text, stays):
    assert stays in redact(text)


# --- heldout15 keep classes (own sentences): test and CI tools named like a place or a person
# after a testing task, the Hemingway editor as a writing tool, tile membranes named like a
# person, Epic's modules, landmark hotels named for a place, a job title applied for in lower case
HELDOUT15_KEEP = [
    ("I write cases in TestRail, automating smoke tests with Cypress, and kicking off the nightly runs in Jenkins.", "Cypress"),
    ("I write cases in TestRail, automating smoke tests with Cypress, and kicking off the nightly runs in Jenkins.", "Jenkins"),
    ("i automate the regression suite in cypress and the nightly runs go through jenkins", "cypress"),
    ("i automate the regression suite in cypress and the nightly runs go through jenkins", "jenkins"),
    ("Our Cypress tests run on every merge, and I added Selenium and Cypress coverage.", "Selenium and Cypress"),
    ("I write help articles in Google Docs with Hemingway open in the other tab.", "Hemingway"),
    ("i run every draft through hemingway before my editor sees it", "hemingway"),
    ("We did showers and waterproofing with Schluter Kerdi, and Ditra under the tile.", "Schluter Kerdi"),
    ("i do shower pans and waterproofing with schluter kerdi and kerdi-board", "schluter kerdi and kerdi-board"),
    ("I was booking about 150 visits a day in Epic Cadence and did registration in Epic Prelude.", "Epic Cadence"),
    ("I was booking about 150 visits a day in Epic Cadence and did registration in Epic Prelude.", "Epic Prelude"),
    ("i handle charge review in epic resolute professional billing", "epic resolute professional billing"),
    ("I spent seven years cleaning rooms, five at the Fontainebleau and two at a small inn.", "Fontainebleau"),
    ("i did banquets at the bellagio for three years then housekeeping at the broadmoor", "broadmoor"),
    ("I'm applying for Vineyard Worker for this harvest.", "Vineyard Worker"),
    ("i'm applying for vineyard worker for this harvest i've done nine harvests", "vineyard worker"),
    ("applying for orchard hand, i've picked apples six seasons", "orchard hand"),
]  # fmt: skip

HELDOUT15_KEEP_COUNTERPARTS = [
    ("I grew up in Cypress, Texas and my neighbor was Gary Jenkins.", "Cypress"),
    ("I grew up in Cypress, Texas and my neighbor was Gary Jenkins.", "Jenkins"),
    ("My roommate Hemingway Brooks taught me to edit.", "Hemingway"),
    ("My old foreman Mr. Schluter taught me tile.", "Schluter"),
    ("My daughter Cadence started school this fall.", "Cadence"),
    ("I live in Fontainebleau and commute.", "Fontainebleau"),
    ("my name is dana driver and i'm applying for orchard hand", "dana"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kept"), HELDOUT15_KEEP)
def test_heldout15_keep_classes_survive(redact, text, kept):
    assert kept in redact(text)


@pytest.mark.parametrize(("text", "gone"), HELDOUT15_KEEP_COUNTERPARTS)
def test_heldout15_keep_class_counterparts_still_go(redact, text, gone):
    assert gone not in redact(text)


# third-party pronouns stay rewritten, the candidate's in reported speech above all (keeping a
# customer's pronoun was tried and left out: too easy to keep the candidate's by mistake)
HELDOUT15_PRONOUNS_STILL_REWRITTEN = [
    ("My supervisor tells new hires, ask her, she knows.", "her"),
    ("A customer told me to ask her because she knows the system.", "her"),
    ("I helped my coworker with his forklift license.", "his"),
    ("My manager said he trusts me with the keys.", "he"),
    # a reference letter about the candidate: a verb or a copula between the noun and the pronoun
    ("The owner gave her a raise after six months.", "her"),
    ("Every customer loves her and asks for her by name.", "her"),
    ("She is the patient her family trusts.", "her"),
    ("He was a guest his first week and then joined the staff.", "his"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "gone"), HELDOUT15_PRONOUNS_STILL_REWRITTEN)
def test_heldout15_other_pronouns_still_rewritten(redact, text, gone):
    assert f" {gone} " not in f" {redact(text)} ".replace(",", " ").replace(".", " ")


# --- round B: a firm named like a person with one's time there; map apps one "lives in"; a
# warehouse system by its vendor's name in lower case; a certification with a bare level; a
# tool named by the crew it takes. Names stay names. -------------------------------------------
B_KEEPS = [
    ("I've been at Ken Garff for two years, detailing and prepping cars.", "Ken Garff"),
    ("I was at Grant Thornton for three years in audit.", "Grant Thornton"),
    ("I've been at Jack Henry since 2021 doing help desk.", "Jack Henry"),
    ("Honestly I live in Waze when I'm on a delivery route.", "Waze"),
    ("i pretty much live in google maps on my route", "google maps"),
    ("I practically live in Apple Maps during the holiday rush.", "Apple Maps"),
    ("i picked orders on the scanner in manhattan associates for two peaks", "manhattan associates"),
    ("we moved the whole building onto blue yonder last spring", "blue yonder"),
    ("I'm BICSI Technician 2 certified and I terminate fiber.", "BICSI Technician 2"),
    ("I'm NICET Level II certified in fire alarms.", "NICET Level II"),
    ("I ran a two-man crosscut saw at the logging show.", "two-man crosscut saw"),
    ("We used a one-man auger for the fence posts.", "one-man auger"),
    ("i can run a two person lift and a scissor lift", "two person lift"),
]  # fmt: skip

B_NAMES_STAY = [
    ("Hey, Tom Schneider here, I've been at Ford for six years.", "Tom Schneider"),
    ("Hi, I'm Maya Hunt, I was at Jack Henry for two years.", "Maya Hunt"),
    ("Hi, I'm Grant Thornton, and I've been at Target for a year.", "Grant Thornton"),
    ("I've been at Maria Lopez's house for a week helping her move.", "Maria Lopez"),
    ("Hi, I'm Jack Henry, and I live in Red Bank.", "Jack Henry"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kept"), B_KEEPS)
def test_b_keeps_survive(redact, text, kept):
    assert kept in redact(text)


@pytest.mark.parametrize(("text", "name"), B_NAMES_STAY)
def test_b_names_still_go(redact, text, name):
    assert name not in redact(text)


def test_b_a_crew_is_still_people(redact):
    assert "two-man crew" not in redact("We ran a two-man crew on the roof all summer.")


# --- round D (heldout21/22 classes): rural trade firms named for a family or a town ("Implement",
# "Septic", "Livestock Commission", "Sale Barn"); a maker's certification with "&" in the maker's
# name; a company's online "Academy" named as a course; UX research tools named like words ------
D_KEEPS = [
    ("I kept the parts counter at Larsen Implement for six years.", "Larsen Implement"),
    ("I pumped tanks for Kowalski Septic Service every summer in college.", "Kowalski Septic Service"),
    ("I ran the ring at Pratt Livestock Auction on sale days.", "Pratt Livestock Auction"),
    ("I sorted cattle at the Salina Sale Barn on Tuesdays.", "Salina Sale Barn"),
    ("I answered phones for Bismarck Livestock Commission Company.", "Bismarck Livestock Commission"),
    ("I drove a grain truck for Heller Equipment two harvests.", "Heller Equipment"),
    ("I'm Briggs & Stratton Master Service Technician certified, so small engines are easy.", "Briggs & Stratton Master Service Technician"),
    ("I'm Black & Decker Service Center Technician certified.", "Black & Decker Service Center Technician"),
    ("I got Procter & Gamble Supplier Quality certified last year.", "Procter & Gamble Supplier Quality"),
    ("I completed the HubSpot Inbound Academy course on email marketing.", "HubSpot Inbound Academy"),
    ("I finished the Cisco Networking Academy training before the CCNA.", "Cisco Networking Academy"),
    ("I did the Shopify Partner Academy program over the winter.", "Shopify Partner Academy"),
    ("For research ops I basically live in Dovetail and Maze.", "Dovetail"),
    ("I live in Dovetail and Maze", "Maze"),
    ("i ran unmoderated tests on Maze and did the synthesis in Dovetail for every study we shipped last year", "Dovetail"),
    ("Our team logs every interview in Lookback and UserTesting.", "Lookback"),
]  # fmt: skip

D_NAMES_STAY = [
    ("Hey, Tom Larsen here, I fix tractors.", "Tom Larsen"),
    ("Hi, I'm Maya Kowalski, and I'm CPR certified.", "Maya Kowalski"),
    ("Hi, I'm Tina Maze, and I run usability tests.", "Tina Maze"),
    ("Hey, Tom Dovetail here, I'm a UX researcher.", "Tom Dovetail"),
    ("Hi, I'm Dale Briggs and I'm ServSafe certified.", "Dale Briggs"),
    ("My name is Rosa Heller and I live in Salina.", "Rosa Heller"),
]  # fmt: skip

D_SCHOOLS_STAY = [
    ("I went to the Naval Academy and then graduated from Phillips Academy.", "Phillips Academy"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kept"), D_KEEPS)
def test_d_keeps_survive(redact, text, kept):
    assert kept in redact(text)


@pytest.mark.parametrize(("text", "name"), D_NAMES_STAY + D_SCHOOLS_STAY)
def test_d_names_and_schools_still_go(redact, text, name):
    assert name not in redact(text)


# round F (heldout24/25 keep classes): food shops named for their goods, inns and eateries named
# for their street, an employer worked "through", equipment brands before kilns, brand-and-model
# presses, and a language offered beside English after a talk or tour
F_KEEPS = [
    ("I ran the register at Golestan Sweets for two summers.", "Golestan Sweets"),
    ("I packed boxes for Dolce Confections over the holidays.", "Dolce Confections"),
    ("I've been cutting wheels at Murray's Cheese for three years.", "Murray's Cheese"),
    ("I helped out at Rosen's Cheese every weekend in college.", "Rosen's Cheese"),
    ("I worked nights on the front desk at Inn on Water Street.", "Inn on Water Street"),
    ("I was a line cook at Bistro on Main for two years.", "Bistro on Main"),
    ("I freelanced for two years through Harper & Vance Digital.", "Harper & Vance Digital"),
    ("I built landing pages via Kestrel Digital as a contractor.", "Kestrel Digital"),
    ("I load and unload the Skutt kiln twice a week.", "Skutt"),
    ("At the studio I fire the Paragon kilns and mix glazes.", "Paragon"),
    ("I print on an M&R Challenger press and burn my own screens.", "M&R Challenger"),
    ("I lead the evening river tours in Navajo or English.", "Navajo"),
    ("I give the museum tours in Ojibwe and English on weekends.", "Ojibwe"),
    ("i give the gallery talks in hmong or english and i handle the school groups every spring semester for the museum", "hmong"),
]  # fmt: skip

F_NAMES_STILL_GO = [
    ("Hey, Tom Skutt here, I fire the kilns at the studio.", "Skutt"),
    ("Hi, I'm Maya Murray, and I worked at a cheese shop.", "Maya Murray"),
    ("Hi, I'm Dana Lowe, and I do digital marketing.", "Dana Lowe"),
    ("Hey, Tom Sweets here, I worked in a bakery.", "Tom Sweets"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kept"), F_KEEPS)
def test_f_keep_classes_survive(redact, text, kept):
    assert kept in redact(text)


@pytest.mark.parametrize(("text", "gone"), F_NAMES_STILL_GO)
def test_f_names_beside_keep_classes_still_go(redact, text, gone):
    assert gone not in redact(text)


# round G (heldout28/29 keep classes): tools named like people, "<Name> Bros" employers in any
# case, a certification said before "cert"; a real name beside them still goes
RG_KEEPS = [
    ("I handled ID verification on Jack Henry at the credit union.", "Jack Henry"),
    ("I process the flights in Pix4D and DJI Terra.", "DJI Terra"),
    ("my last two years were at einstein bros on the kettle", "einstein bros"),
    ("I was a barista at Dutch Bros for a year.", "Dutch Bros"),
    ("I have the ETA Customer Service Specialist cert.", "ETA Customer Service Specialist"),
    ("I finished the Land Title Institute basics course.", "Land Title Institute basics course"),
]  # fmt: skip

RG_NAMES_STILL_GO = [
    ("Hi, I'm Marisol Okafor, and I work on Jack Henry all day.", "Okafor"),
    ("Hey, this is Devin Castellano, I have the ETA Customer Service Specialist cert.", "Castellano"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kept"), RG_KEEPS)
def test_rg_keep_classes_survive(redact, text, kept):
    assert kept in redact(text)


@pytest.mark.parametrize(("text", "gone"), RG_NAMES_STILL_GO)
def test_rg_names_beside_keep_classes_still_go(redact, text, gone):
    assert gone not in redact(text)


# round G (heldout18/23/29 keep classes, own sentences): a county as the employer of a public
# role, a company region as a ranking's scope, a road project, a language used for the work,
# Jenkins tried at home, a bookbinding stitch, a church building worked on, a winery named like
# a person
RG2_KEEPS = [
    ("I worked two elections as a poll worker for Pima County, checking IDs.", "Pima County"),
    ("i was a caseworker for Hennepin County for three years", "Hennepin County"),
    ("I was the top closer in the Midwest region two years running.", "Midwest region"),
    ("Our crew finished the Highway 61 bridge project under budget.", "Highway 61 bridge project"),
    ("I use my Polish with a lot of the older customers at the counter.", "Polish"),
    ("I've tinkered with Jenkins at home and I know Git.", "Jenkins"),
    ("I can sew a Coptic stitch and a kettle stitch by hand.", "Coptic stitch"),
    ("We dried out a flooded church basement in one shift last spring.", "church basement"),
    ("I poured tastings at Sonoma-Cutrer for two harvests.", "Sonoma-Cutrer"),
]  # fmt: skip

RG2_STILL_GO = [
    ("I live in Pima County with my kids, near the park.", "Pima County"),
    ("I live off Highway 61 just past the gas station.", "Highway 61"),
    ("Hi, I'm Ruth Jenkins, and I keep the books at a clinic.", "Jenkins"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kept"), RG2_KEEPS)
def test_rg2_keep_classes_survive(redact, text, kept):
    assert kept in redact(text)


@pytest.mark.parametrize(("text", "gone"), RG2_STILL_GO)
def test_rg2_places_and_names_beside_them_still_go(redact, text, gone):
    assert gone not in redact(text)


# --- round B2 ---
# homebuilders and old chains, an employer "for the Blind", sleep-scoring software, crane makers
# named like towns, awards and festival selections won by one's work
B2_KEEPS = [
    ("I was a foreman framing houses for Pulte Homes.", "Pulte Homes"),
    ("my first job was at a Woolworth's lunch counter", "Woolworth's"),
    ("I did proofreading for Horizons for the Blind for three years.", "Horizons for the Blind"),
    ("I score sleep studies in Sandman and RemLogic.", "Sandman"),
    ("I can read a Manitowoc load chart cold.", "Manitowoc load chart"),
    ("I ran a Grove RT890 on the bridge job.", "Grove RT890"),
    ("My set design got a Jeff Award nomination last year.", "got a Jeff Award nomination"),
    ("Our croissant won Best of Brooklyn two years straight.", "won Best of Brooklyn two years straight"),
    ("my short film got into the annecy student selection", "got into the annecy student selection"),
    ("i showed the reserve champion heifer at the olmsted county fair", "reserve champion heifer at the olmsted county fair"),
]  # fmt: skip

B2_STILL_GO = [
    ("I live in Manitowoc with my two kids.", "Manitowoc"),
    ("Hi, I'm Dana Pulte, and I frame houses.", "Dana"),
    ("I grew up in Brooklyn and I bake bread.", "Brooklyn"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kept"), B2_KEEPS)
def test_b2_keep_classes_survive(redact, text, kept):
    assert kept in redact(text)


@pytest.mark.parametrize(("text", "gone"), B2_STILL_GO)
def test_b2_places_and_names_beside_them_still_go(redact, text, gone):
    assert gone not in redact(text)


# --- round K3 ---
# job facts named like people, places, tribes or conditions: family firms "and sons", federal
# agencies named for the country, freight carriers and county records offices named like places,
# "Dr" brands, trade-service firms, care credentials named for a condition, servicing assistive
# devices, press and turf equipment models, makers before farm or plant equipment, techniques
# named for a person, extension courses, contest placings, awards, job sites named for a street,
# languages called by their own name
_K3_MORE = " and i can work any shift you need on weekends or nights no problem at all thanks"
K3_KEEPS = [
    ("I hang gutters for Hale & Sons and I like it.", "Hale & Sons"),
    ("i drove a box truck for rossi and daughters moving for two years" + _K3_MORE, "rossi and daughters"),
    ("I was an estimator at Kowalski Brothers for a year.", "Kowalski Brothers"),
    ("I retired from the United States Postal Service last year.", "United States Postal Service"),
    ("i did three seasons with the us forest service on a trail crew" + _K3_MORE, "us forest service"),
    ("I was a seasonal ranger for the National Park Service.", "National Park Service"),
    ("I load trailers at Old Dominion Freight Line in the evenings.", "Old Dominion Freight Line"),
    ("i was a dock worker at pitt ohio for three years" + _K3_MORE, "pitt ohio"),
    ("I ran a filler at Dr. Pepper for six years.", "Dr. Pepper"),
    ("i packed boxes at dr bronners last summer" + _K3_MORE, "dr bronners"),
    ("I indexed deeds at the Wayne County Register of Deeds.", "Wayne County Register of Deeds"),
    ("i answered phones at the polk county clerk's office for a year" + _K3_MORE, "polk county clerk's office"),
    ("i ran a route for blue lagoon pool service two summers" + _K3_MORE, "blue lagoon pool service"),
    ("I have my Alzheimer's care certification.", "Alzheimer's care certification"),
    ("i finished my dementia care training in march" + _K3_MORE, "dementia care training"),
    ("I did the autism awareness course at work.", "autism awareness course"),
    ("I do hearing aid fittings and cochlear implant programming.", "hearing aid fittings"),
    ("i handle wheelchair repairs and hearing aid cleanings at the shop" + _K3_MORE, "wheelchair repairs"),
    ("I printed on a Heidelberg Windmill at the shop.", "Heidelberg Windmill"),
    ("i ran a toro dingo and a ditch witch trencher on the crew" + _K3_MORE, "toro dingo"),
    ("I boiled sap on the Leader evaporator and cleaned the Lapierre filter press.", "Leader evaporator"),
    ("I sorted eggs on the Moba grader and the Sanovo washer.", "Moba grader"),
    ("I did culturing in the Kusel cheese vat.", "Kusel cheese vat"),
    ("I'm trained in the Bowen technique and the Heimlich maneuver.", "Bowen technique"),
    ("i know the epley maneuver from my clinic job" + _K3_MORE, "epley maneuver"),
    ("I went through the Penn State Extension beekeeping course.", "Penn State Extension beekeeping course"),
    ("i took the uconn extension pesticide class last spring" + _K3_MORE, "uconn extension pesticide class"),
    ("I placed third at the Tulsa rib cook-off last fall.", "placed third at the Tulsa rib cook-off"),
    ("i came first at the gloucester county oyster shucking contest" + _K3_MORE, "came first at the gloucester county oyster shucking contest"),
    ("I was nominated for the Daisy award twice.", "nominated for the Daisy award"),
    ("i won the golden spatula award at the diner" + _K3_MORE, "won the golden spatula award"),
    ("My tile was the cleanest on the whole Elm Avenue job.", "cleanest on the whole Elm Avenue job"),
    ("i can teach some te reo maori to the crew" + _K3_MORE, "te reo maori"),
    ("I speak ʻōlelo Hawaiʻi with the guests.", "ʻōlelo Hawaiʻi"),
    ("I worked a year at Navajo Tribal Utility Authority.", "Navajo Tribal Utility Authority"),
    ("I sheared three seasons with Crazy Woman Creek Shearing.", "Crazy Woman Creek Shearing"),
]  # fmt: skip

K3_STILL_GO = [
    ("I'm Dana Hale and I work for Hale & Sons.", "Dana"),
    ("i live with my wife and sons in ferndale and my son marcus helps me on weekends" + _K3_MORE, "ferndale"),
    ("I moved to the United States in 2015 and I drive for the Postal Service.", "United States"),
    ("I studied at Old Dominion University for two years.", "Old Dominion"),
    ("i went to school at old dominion for two years and i saw dr patel last week" + _K3_MORE, "patel"),
    ("I live in Strafford County and I worked at the Strafford County Registry of Deeds.", "I live in Strafford County"),
    ("i wear a hearing aid in my left ear and i use a cochlear implant at work" + _K3_MORE, "hearing aid in"),
    ("My mom has dementia, so I took a dementia care course.", "mom has dementia"),
    ("I grew up in Heidelberg and I ran a Heidelberg Windmill.", "grew up in Heidelberg"),
    ("I live in Moba now and I ran the Moba grader.", "live in Moba"),
    ("My boss Bowen taught me the Bowen technique.", "boss Bowen"),
    ("I live on Magnolia Street and I was the best on the Elm Avenue job.", "Magnolia Street"),
    ("I'm Māori from Rotorua and I speak te reo.", "Rotorua"),
    ("I came second at the Tulsa rib cook-off, and I'm from Tulsa, Oklahoma.", "from Tulsa"),
    ("I got nominated for the Daisy award by my friend Daisy Lopez.", "Daisy Lopez"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kept"), K3_KEEPS)
def test_k3_keep_classes_survive(redact, text, kept):
    assert kept in redact(text)


@pytest.mark.parametrize(("text", "gone"), K3_STILL_GO)
def test_k3_names_places_and_cues_beside_them_still_go(redact, text, gone):
    assert gone not in redact(text)


K3_FAMILY_STILL_GO = [
    ("i stay with my cousins and brothers over by the lake on weekends" + _K3_MORE, "brothers"),
    ("I share a room with two brothers and my aunt.", "brothers"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "gone"), K3_FAMILY_STILL_GO)
def test_k3_own_family_is_not_a_family_firm(redact, text, gone):
    assert gone not in redact(text)


K3_OWN_HEALTH_STILL_GOES = [
    ("i have a hearing aid fitting next week so i need that morning off" + _K3_MORE, "hearing aid"),
    ("My hearing aid repairs take a week, so I keep a spare.", "hearing aid"),
    ("i have diabetes so i keep snacks and my diabetes care kit in my locker" + _K3_MORE, "i have diabetes"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "gone"), K3_OWN_HEALTH_STILL_GOES)
def test_k3_own_device_or_condition_still_goes(redact, text, gone):
    assert gone not in redact(text)


# --- round B5 ---
B5_KEEPS = [
    ("I reimaged the lab machines with Deep Freeze and pushed updates with PDQ Deploy.", "Deep Freeze"),
    ("i cloned forty laptops with Clonezilla and tracked them in Lansweeper", "Clonezilla"),
    ("I handle intake, Bates stamping, and e-filing for the litigation team.", "Bates stamping"),
    ("i did the bates numbering for every production set", "bates numbering"),
    ("i speak portuguese and enough japanese to read the supplier labels on every pallet", "japanese"),
    ("I have enough Korean to greet customers and take simple orders.", "Korean"),
]  # fmt: skip

B5_STILL_GO = [
    ("My name is Ada Brooks and I reimaged every lab machine with Deep Freeze.", "Ada Brooks"),
    ("I'm Buddhist, and I handle Bates stamping for the firm.", "Buddhist"),
    ("i am korean and i speak enough japanese to help customers at the counter every day", "korean"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kept"), B5_KEEPS)
def test_b5_tools_and_language_levels_survive(redact, text, kept):
    assert kept in redact(text)


@pytest.mark.parametrize(("text", "gone"), B5_STILL_GO)
def test_b5_real_cue_beside_a_kept_tool_still_goes(redact, text, gone):
    assert gone not in redact(text)


# An activity done for a span of time at a place is work there; studying there is a school.
from .spans import assert_not_redacted as _aft_kept, assert_redacted as _aft_found  # noqa: E402

ACTIVITY_FOR_TIME_AT = [
    ("So I've been testing for about a year at Lionbridge, mostly regression testing.", "Lionbridge"),
    ("i did outbound calling for about a year at vivint and i booked the most solar consults on my team", "vivint"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kept"), ACTIVITY_FOR_TIME_AT)
def test_a_place_one_did_work_at_for_a_time_is_kept(redacted_spans, text, kept):
    _aft_kept(redacted_spans(text), text, kept)


def test_a_place_one_studied_at_for_a_time_is_a_school(redacted_spans):
    text = "I was studying for two years at Gonzaga before transferring to a trade program."
    _aft_found(redacted_spans(text, "SCHOOL"), text, "Gonzaga")

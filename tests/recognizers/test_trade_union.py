"""TRADE_UNION: unions, locals, union roles and membership are redacted; credit unions, Union
Square, student unions and collective bargaining as an HR skill are kept."""


import pytest

from .spans import assert_not_redacted, assert_redacted

CATEGORY = "TRADE_UNION"


POSITIVES = [
    ("I'm a proud member of the Teamsters.", "Teamsters"),
    ("I was a shop steward for SEIU at the hospital.", "shop steward"),
    ("I was a shop steward for SEIU at the hospital.", "SEIU"),
    ("I'm a union electrician out of IBEW Local 46.", "IBEW Local 46"),
    ("I'm a union electrician out of IBEW Local 46.", "union"),
    ("I'm a member of Local 1199.", "Local 1199"),
    ("I joined UFCW when I started at the grocery store.", "UFCW"),
    ("I'm our union rep on the night shift.", "union rep"),
    ("I was active in my teachers' union.", "union"),
    ("I went on strike with my coworkers in 2023.", "went on strike"),
    ("I'm an NEA member and a third grade teacher.", "NEA"),
    ("I was on the bargaining committee for our contract.", "bargaining committee"),
    ("im a member of unite here local eleven and i was a shop steward", "unite here local eleven"),
    ("I'm in Local forty six.", "Local forty six"),
    ("I've been a card-carrying union member since my first job.", "card-carrying union member"),
]

TRAPS = [
    ("I was a teller at a credit union for two years.", "credit union"),
    ("I worked at a cafe near Union Square.", "Union Square"),
    ("I sold money orders at Western Union.", "Western Union"),
    ("I worked the info desk at the student union.", "student union"),
    ("I was a conductor for Union Pacific.", "Union Pacific"),
    ("I supported HR through collective bargaining with three unions.", "collective bargaining"),
    ("I won an NEA grant for my mural.", "NEA"),
    ("I shop at a local 7-Eleven on my way to work.", "local"),
    ("I was president of the Black Student Union.", "Black Student Union"),
]


# Broad coverage, written from knowledge of many traditions and phrasings rather than fitted to
# the dev transcripts: unions by name and trade, locals, union roles with the union ("shop steward with AFSCME"),
# organising and strikes; traps: credit unions, Union Pacific, Western Union, student unions,
# "local" and "strike" as ordinary words.
BROAD_POSITIVES = [
    ("I'm a card-carrying Teamster.", 'card-carrying Teamster'),
    ("I'm a shop steward with AFSCME.", 'shop steward with AFSCME'),
    ("I'm with IBEW Local 26.", 'IBEW Local 26'),
    ("I'm a union member.", 'union member'),
    ("I'm in SEIU 1199.", 'SEIU 1199'),
    ("I'm a UAW member.", 'UAW'),
    ("I'm in the UFCW.", 'UFCW'),
    ("I'm an AFT member.", 'AFT'),
    ("I'm an NEA member.", 'NEA'),
    ("I'm in the Ironworkers union.", 'Ironworkers'),
    ("I'm a journeyman with the Carpenters union.", 'Carpenters union'),
    ("I'm in the pipefitters local.", 'pipefitters local'),
    ('I came up through the union apprenticeship.', 'union'),
    ("I'm in Local 12 of the Operating Engineers.", 'Local 12'),
    ("I'm a member of the United Steelworkers.", 'United Steelworkers'),
    ("I'm a CWA member.", 'CWA'),
    ("I'm in the Teamsters.", 'Teamsters'),
    ("I'm a Teamsters steward.", 'Teamsters steward'),
    ("I'm a union steward.", 'union steward'),
    ("I'm in the nurses union.", 'nurses union'),
    ('I helped organize a union at my Starbucks.', 'organize a union'),
    ('I was on strike for six weeks.', 'on strike'),
    ('I walked the picket line.', 'picket line'),
    ("I'm a member of the Laborers union.", 'Laborers union'),
    ("I'm a member of UNITE HERE.", 'UNITE HERE'),
    ("I'm a member of the ILA.", 'ILA'),
    ("I'm with the ILWU.", 'ILWU'),
    ("I'm in SAG-AFTRA.", 'SAG-AFTRA'),
    ("I'm a union carpenter.", 'union'),
    ("I'm a member of the Plumbers and Pipefitters UA Local 5.", 'UA Local 5'),
    ("I'm in the Boilermakers.", 'Boilermakers'),
    ("I'm in the Ironworkers.", 'Ironworkers'),
    ("I'm with the Machinists union.", 'Machinists union'),
    ("I'm with SMART Local 104.", 'SMART Local 104'),
    ('I pay union dues.', 'union dues'),
    ("I'm in the Fraternal Order of Police.", 'Fraternal Order of Police'),
    ('I was a union delegate.', 'union delegate'),
    ('I served on the union bargaining team.', 'union bargaining team'),
    ("I'm a UFW member.", 'UFW'),
    ("I'm in the Painters union.", 'Painters union'),
    ('I was a member of the Writers Guild.', 'Writers Guild'),
    ('I joined Workers United when my store unionized.', 'Workers United'),
    ("I'm a proud member of UFCW Local 7.", 'UFCW Local 7'),
    ("I'm a union pipefitter with UA Local 290.", 'UA Local 290'),
    ("I'm the building rep for our teachers' union.", "teachers' union"),
    ('I carry a Teamsters card.', 'Teamsters'),
    ("I'm a member of Local 32BJ.", '32BJ'),
]

BROAD_TRAPS = [
    ('I was a teller at a credit union.', 'credit union'),
    ('I worked at Navy Federal Credit Union.', 'Navy Federal Credit Union'),
    ('I was a conductor for Union Pacific.', 'Union Pacific'),
    ('I sold money orders at Western Union.', 'Western Union'),
    ('I work at Union Station.', 'Union Station'),
    ("I'm in the student union building a lot.", 'student union'),
    ('I mentor at the Boys and Girls Club.', 'Boys and Girls Club'),
    ("I'm a local 7-Eleven manager.", 'local'),
    ('I shop local.', 'local'),
    ("I'm a smart worker.", 'smart'),
    ("I'm a Local Motors fan.", 'Local Motors'),
    ('I ran the local 5K every year.', 'local 5K'),
    ('I worked at Union Bank.', 'Union Bank'),
    ("I'm a member of the Rotary Club.", 'Rotary Club'),
    ("I'm a strike-through expert in Word.", 'strike'),
    ("I'm a guild master in WoW.", 'guild'),
    ('I know the union of two sets.', 'union'),
    ('I worked at the Local Burger on 5th.', 'Local Burger'),
    ('I was on the union of the two departments merger team.', 'merger team'),
    ('I worked at Local Coffee.', 'Local Coffee'),
    ('I use Local by Flywheel for WordPress.', 'Local'),
    ('I was a field organizer for a tenants union.', 'field organizer'),
    ("I'm a member of the credit union.", 'credit union'),
    ("I ran the student union's coffee shop.", 'coffee shop'),
    ("I'm local to the area.", 'local'),
    ('I did strike team work on wildfires.', 'strike team'),
]


# The same, as a speech recognizer may write it: lower case, no punctuation.
LOWERCASE_POSITIVES = [
    ("i'm a card-carrying teamster", 'card-carrying teamster'),
    ("i'm with ibew local 26", 'ibew local 26'),
    ("i'm in seiu 1199", 'seiu 1199'),
    ("i'm a uaw member", 'uaw'),
    ("i'm in the ufcw", 'ufcw'),
    ("i'm an aft member", 'aft'),
    ("i'm an nea member", 'nea'),
    ("i'm in the ironworkers union", 'ironworkers'),
    ("i'm a journeyman with the carpenters union", 'carpenters union'),
    ("i'm in local 12 of the operating engineers", 'local 12'),
    ("i'm a member of the united steelworkers", 'united steelworkers'),
    ("i'm a cwa member", 'cwa'),
    ("i'm in the teamsters", 'teamsters'),
    ("i'm a member of the laborers union", 'laborers union'),
    ("i'm a member of unite here", 'unite here'),
    ("i'm with the ilwu", 'ilwu'),
    ("i'm in sag-aftra", 'sag-aftra'),
    ("i'm a member of the plumbers and pipefitters ua local 5", 'ua local 5'),
    ("i'm in the boilermakers", 'boilermakers'),
    ("i'm in the ironworkers", 'ironworkers'),
    ("i'm with the machinists union", 'machinists union'),
    ("i'm with smart local 104", 'smart local 104'),
    ("i'm in the fraternal order of police", 'fraternal order of police'),
    ("i'm a ufw member", 'ufw'),
    ("i'm in the painters union", 'painters union'),
    ('i was a member of the writers guild', 'writers guild'),
    ('i joined workers united when my store unionized', 'workers united'),
]


LOWERCASE_TRAPS = [
    ('i was a teller at a credit union', 'credit union'),
    ('i worked at navy federal credit union', 'navy federal credit union'),
    ('i was a conductor for union pacific', 'union pacific'),
    ('i sold money orders at western union', 'western union'),
    ('i work at union station', 'union station'),
    ("i'm in the student union building a lot", 'student union'),
    ('i mentor at the boys and girls club', 'boys and girls club'),
    ("i'm a local 7-eleven manager", 'local'),
    ('i shop local', 'local'),
    ("i'm a smart worker", 'smart'),
    ("i'm a local motors fan", 'local motors'),
    ('i ran the local 5k every year', 'local 5k'),
    ('i worked at union bank', 'union bank'),
    ("i'm a member of the rotary club", 'rotary club'),
    ("i'm a strike-through expert in word", 'strike'),
    ("i'm a guild master in wow", 'guild'),
    ('i know the union of two sets', 'union'),
    ('i worked at the local burger on 5th', 'local burger'),
    ('i was on the union of the two departments merger team', 'merger team'),
    ('i worked at local coffee', 'local coffee'),
    ('i use local by flywheel for wordpress', 'local'),
    ('i was a field organizer for a tenants union', 'field organizer'),
    ("i'm a member of the credit union", 'credit union'),
    ("i ran the student union's coffee shop", 'coffee shop'),
    ("i'm local to the area", 'local'),
    ('i did strike team work on wildfires', 'strike team'),
]


# Every table above goes through the same two checks.
@pytest.mark.parametrize("text, expected", POSITIVES + BROAD_POSITIVES + LOWERCASE_POSITIVES)
def test_redacts(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, CATEGORY), text, expected)


@pytest.mark.parametrize("text, kept", TRAPS + BROAD_TRAPS + LOWERCASE_TRAPS)
def test_keeps(redacted_spans, text, kept):
    assert_not_redacted(redacted_spans(text, CATEGORY), text, kept)

# Red-team round 5 (written from knowledge of how candidates talk, not from any transcript):
# apprenticeship and dispatch words (JATC, out-of-work list), the local as a noun, the IWW, actors'
# eligibility, stewards and bargaining units, unions abroad, strikes by kind; traps: the local
# grocery store, singing in unison, a party's organizing committee, a ship's chief steward, equity
# partners.
REDTEAM_POSITIVES = [
    ('I came up through the JATC, five years of night school.', 'JATC'),
    ("I'm on the out-of-work list at the hall right now.", 'out-of-work list'),
    ('I pay my dues to the local every quarter.', 'local'),
    ("I'm on the executive board of my local, and I love it.", 'local'),
    ("I'm a Wobbly, I joined the IWW in college.", 'Wobbly'),
    ('I was on the organizing committee at my Starbucks when we unionized.', 'organizing committee'),
    ("I'm SAG-eligible and I've done a few commercials.", 'SAG-eligible'),
    ("I'm an Equity actor, I've done two regional tours.", 'Equity actor'),
    ("I'm a steward for my bargaining unit at the county.", 'bargaining unit'),
    ('I was chief steward at the plant for three years.', 'chief steward'),
    ("I'm a union guy through and through.", 'union'),
    ("I'm a business agent for the Laborers.", 'Laborers'),
    ('I joined the grad union my first year.', 'union'),
    ('I was a member of CUPE when I worked in Ottawa.', 'CUPE'),
    ('Back in the UK I was in UNISON as a care worker.', 'UNISON'),
    ('In Mexico I was in the sindicato at the factory.', 'sindicato'),
    ("I'm in Culinary 226 and I've been a bar porter for eight years.", 'Culinary 226'),
    ('I walked the line in the stand-up strike at the Ford plant.', 'stand-up strike'),
    ('We held a strike vote last spring.', 'strike vote'),
]  # fmt: skip

REDTEAM_TRAPS = [
    ('I shop at my local grocery store on the way home.', 'local grocery store'),
    ('I volunteer out of the local library.', 'local library'),
    ('We sang in unison at the spring concert.', 'in unison'),
    ('I was on the organizing committee for the holiday party.', 'organizing committee'),
    ('I was chief steward on a cargo ship for two years.', 'chief steward'),
    ("I'm on book one of the series.", 'book one'),
    ('The bargaining unit employees were covered by the contract I administered.', 'bargaining unit'),
    ("I'm an equity member of a small law firm.", 'equity member'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), REDTEAM_POSITIVES)
def test_redteam_trade_union_is_found(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, "TRADE_UNION"), text, expected)


@pytest.mark.parametrize(("text", "kept"), REDTEAM_TRAPS)
def test_redteam_trade_union_traps_kept(redacted_spans, text, kept):
    assert_not_redacted(redacted_spans(text, "TRADE_UNION"), text, kept)


# Red-team r1 (own sentences; the corpora mark a union role with its union whole, "shop steward
# for our Steelworkers local", as POLITICAL or AFFINITY_GROUP): the local said as what one is,
# locals in words with "oh", a trade before its local, a role with its union, lower-case
# acronyms after a membership word, labour councils; traps: places and businesses named Union, a
# local business, the union of two things, a ship's chief steward.
R1_POSITIVES = [
    ("i'm local eleven out of los angeles", "local eleven"),
    ("i'm local twenty six out of the hall in lanham", "local twenty six"),
    ("i'm a proud union member local three", "local three"),
    ("i'm a member of local seven oh seven", "local seven oh seven"),
    ("i'm a smart local one oh four member", "smart local one oh four"),
    ("i'm in laborers local seventy nine", "laborers local seventy nine"),
    ("i'm a member of the united steelworkers local twelve", "united steelworkers local twelve"),
    ("I'm a steward for my local.", "steward for my local"),
    ("I'm a steward in the nurses union.", "steward in the nurses union"),
    ("I'm a business agent for Local 3.", "business agent for Local 3"),
    ("My business agent at the hall sends me out on calls.", "business agent at the hall"),
    ("i'm an organizer with the carpenters union", "organizer with the carpenters union"),
    ("I'm a trustee for my local.", "trustee for my local"),
    ("i'm a unionized nurse with nnu", "nnu"),
    ("I'm a delegate to our central labor council.", "central labor council"),
    ("my union brothers and sisters taught me everything", "union brothers and sisters"),
]  # fmt: skip

R1_TRAPS = [
    ("I worked at the Union League Club as a server.", "Union League Club"),
    ("I was a bartender at the Union Oyster House.", "Union Oyster House"),
    ("I was a cashier at the Union Gap Walmart.", "Union Gap"),
    ("i worked at union market in dc", "union market"),
    ("I'm a member of the local food bank board.", "local food bank board"),
    ("I'm an officer with the local police reserve.", "officer with the local police reserve"),
    ("I was a sales rep for the local distributor.", "sales rep for the local distributor"),
    ("I'm a member of the local 24 hour fitness.", "local 24 hour"),
    ("i'm the local seven eleven manager", "local seven eleven"),
    ("I was a rep for the union of two companies after the merger.", "rep for the union of two companies"),
    ("I was the chief steward on a fishing vessel.", "chief steward"),
    ("I was president of my dorm hall council.", "hall council"),
    ("I'm a member of the hall of fame at my high school.", "member of the hall of fame"),
    ("I was a field organizer for a tenants union.", "field organizer"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), R1_POSITIVES)
def test_r1_trade_union_is_found(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, "TRADE_UNION"), text, expected)


@pytest.mark.parametrize(("text", "kept"), R1_TRAPS)
def test_r1_trade_union_traps_kept(redacted_spans, text, kept):
    assert_not_redacted(redacted_spans(text, "TRADE_UNION"), text, kept)


# --- round D (heldout21/22 classes): a union local said with "union", "my" or "our" before it ---
D_UNION_POSITIVES = [
    ("my union local 808 guys helped me find work", "local 808"),
    ("Our union local twelve sent me to the apprenticeship.", "local twelve"),
    ("I'm still in good standing with my local 46.", "local 46"),
]  # fmt: skip

D_UNION_TRAPS = [
    ("I drove to my local 7-Eleven for coffee.", "local 7-Eleven"),
    ("we serve my local 30 customers every day from the truck and i keep the route sheets and the cash deposits straight every single night", "local 30 customers"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), D_UNION_POSITIVES)
def test_d_trade_union_is_found(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, "TRADE_UNION"), text, expected)


@pytest.mark.parametrize(("text", "kept"), D_UNION_TRAPS)
def test_d_trade_union_traps_kept(redacted_spans, text, kept):
    assert_not_redacted(redacted_spans(text, "TRADE_UNION"), text, kept)

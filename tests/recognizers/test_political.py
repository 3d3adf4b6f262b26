"""POLITICAL: parties, movements, caucuses, campaigns for candidates and political
self-descriptions are redacted; parties of other kinds, marketing campaigns, liberal arts and the
insurer are kept."""

import pytest

from .spans import assert_not_redacted, assert_redacted

CATEGORY = "POLITICAL"


POSITIVES = [
    ("I chaired the county Democratic women's caucus for six years.", "Democratic women's caucus"),
    ("I also volunteer with our local Moms for Liberty chapter.", "Moms for Liberty"),
    ("I'm a lifelong Republican and a small business owner.", "Republican"),
    ("i'm a democrat and i've canvassed every election since college", "democrat"),
    ("I knocked doors for the Obama campaign in 2012.", "Obama campaign"),
    ("I was a field organizer on a city council campaign.", "city council campaign"),
    ("I was president of the Young Republicans at my school.", "Young Republicans"),
    ("I'm a DSA member and I organize tenant meetings.", "DSA"),
    ("I went to a lot of MAGA rallies with my dad.", "MAGA"),
    ("I'm pretty conservative, but I work well with everyone.", "conservative"),
    ("I'm very progressive and I care about fair pay.", "progressive"),
    ("I spent a summer in the Republican National Committee's press office.", "Republican National Committee"),
    ("I did phone banking for Students for Life.", "Students for Life"),
    ("I marched in Black Lives Matter protests in 2020.", "Black Lives Matter"),
    ("I interned with the Republican National Committee.", "Republican National Committee"),
    ("I volunteered with Black Lives Matter in 2020.", "Black Lives Matter"),
    ("I campaigned for a candidate for state senate.", "campaigned for a candidate for state senate"),
    ("I'm the treasurer for the county Democratic party.", "treasurer for the county Democratic party"),
    ("I voted for Bernie twice.", "voted for Bernie"),
]

TRAPS = [
    ("I planned my nephew's birthday party for forty kids.", "birthday party"),
    ("I managed a third party vendor relationship.", "third party"),
    ("I ran an email campaign that doubled our open rate.", "email campaign"),
    ("I have a bachelor's in liberal arts.", "liberal arts"),
    ("I was a claims adjuster at Progressive for two years.", "Progressive"),
    ("That's a conservative estimate of the savings.", "conservative estimate"),
    ("I teach Krav Maga classes at night.", "Krav Maga"),
    ("I'm an NRA certified instructor at the range.", "NRA"),
    ("I did a study abroad in the Democratic Republic of the Congo.", "Democratic"),
    ("I was a wildland firefighter for the BLM.", "BLM"),
    ("I believe in a democratic leadership style on my team.", "democratic"),
    ("I played right wing on my hockey team.", "right wing"),
    ("I keep the first aid kit in the far right corner of the stockroom.", "far right"),
    ("I scrubbed call lists against the DNC list every morning.", "DNC"),
    ("I planned a tea party for the daycare kids.", "tea party"),
]


# Broad coverage, written from knowledge of many traditions and phrasings rather than fitted to
# the dev transcripts: campaign work for a candidate or side, party roles, movements and advocacy groups, activism on
# a political question; traps: parties and campaigns of other kinds, employers named after
# politicians, government jobs.
BROAD_POSITIVES = [
    ('I was precinct captain for the county Republican party.', 'precinct captain'),
    ('I was precinct captain for the county Republican party.', 'Republican party'),
    ("I'm a member of the Democratic Socialists.", 'Democratic Socialists'),
    ('I was president of Young Democrats at school.', 'Young Democrats'),
    ('I canvassed for Bernie in 2020.', 'canvassed for Bernie'),
    ('I was a campaign volunteer for Senator Warren.', 'campaign volunteer for Senator Warren'),
    ("I volunteered on Senator Ossoff's campaign.", "Senator Ossoff's campaign"),
    ('I knocked doors for the Harris campaign.', 'Harris campaign'),
    ("I'm active in the Tea Party.", 'Tea Party'),
    ("I'm a Black Lives Matter organizer.", 'Black Lives Matter'),
    ("I'm a pro-life volunteer at the pregnancy center.", 'pro-life'),
    ('I volunteer with Planned Parenthood as a clinic escort.', 'clinic escort'),
    ("I'm an NRA member.", 'NRA'),
    ("I'm a proud Trump supporter.", 'Trump supporter'),
    ("I'm a lifelong Democrat.", 'Democrat'),
    ("I'm a registered Republican.", 'Republican'),
    ("I'm a libertarian.", 'libertarian'),
    ("I'm very liberal.", 'liberal'),
    ("I'm a conservative Christian.", 'conservative'),
    ('I was a field organizer for the Democratic Party of Georgia.', 'Democratic Party'),
    ('I was a poll watcher for the GOP.', 'GOP'),
    ('I phone banked for Moms Demand Action.', 'Moms Demand Action'),
    ("I'm part of Sunrise Movement.", 'Sunrise Movement'),
    ("I marched in the Women's March.", "Women's March"),
    ("I'm in Indivisible.", 'Indivisible'),
    ("I'm an Antifa supporter.", 'Antifa'),
    ('I volunteer with the ACLU.', 'ACLU'),
    ("I'm a member of the Federalist Society.", 'Federalist Society'),
    ('I was a delegate to the state Democratic convention.', 'Democratic convention'),
    ("I'm in the Young Republicans club.", 'Young Republicans'),
    ("I'm on the county GOP executive committee.", 'GOP'),
    ("I'm in the DSA.", 'DSA'),
    ('I organized a March for Our Lives walkout.', 'March for Our Lives'),
    ("I'm a Second Amendment activist.", 'Second Amendment activist'),
    ("I'm a gun rights activist.", 'gun rights activist'),
    ("I'm an abortion rights activist.", 'abortion rights activist'),
    ("I'm a climate activist with Extinction Rebellion.", 'Extinction Rebellion'),
    ('I was a Bernie bro in college.', 'Bernie bro'),
    ("I'm a MAGA guy.", 'MAGA'),
    ("I'm a Green Party member.", 'Green Party'),
    ('I volunteered for Obama in 2008.', 'volunteered for Obama'),
    ('I worked on the Biden campaign as a volunteer.', 'Biden campaign'),
    ("I'm a socialist.", 'socialist'),
    ("I'm a Never Trumper.", 'Never Trumper'),
    ('I was a College Democrats officer.', 'College Democrats'),
    ('I wrote op-eds for the College Republicans.', 'College Republicans'),
    ('I ran for student government as a progressive.', 'progressive'),
    ("I'm a proud Zionist.", 'Zionist'),
    ('I organized with Students for Justice in Palestine.', 'Students for Justice in Palestine'),
    ("I'm pro-choice and I volunteer at a clinic.", 'pro-choice'),
    ("I'm a Heritage Foundation intern alum.", 'Heritage Foundation'),
    ("I'm a county Democratic Party volunteer.", 'Democratic Party'),
    ('I served as a Republican committeewoman.', 'Republican committeewoman'),
    ('I was a block captain for the Democrats.', 'Democrats'),
    ("I'm an anti-war activist.", 'anti-war activist'),
    ('I was a field organizer for MoveOn.', 'MoveOn'),
    ('I volunteered for the Yes on 3 campaign.', 'Yes on 3 campaign'),
    ('I marched at the Capitol on January 6th.', 'January 6th'),
    ("I'm a proud independent voter.", 'independent voter'),
    ("I'm the recording secretary for our Young Democrats chapter.", 'Young Democrats'),
    ('I knocked on doors for Beto in 2018.', 'Beto'),
    ('I canvassed for the county Republicans every fall.', 'Republicans'),
    ("I'm an active member of the Libertarian Party.", 'Libertarian Party'),
    ('I volunteer with Moms Demand Action.', 'Moms Demand Action'),
]

BROAD_TRAPS = [
    ("I'm great at party planning.", 'party planning'),
    ('I managed third-party logistics.', 'third-party'),
    ('I ran the company Christmas party.', 'Christmas party'),
    ("I'm a liberal arts major.", 'liberal arts'),
    ("I'm a conservative estimator.", 'conservative estimator'),
    ('I handled progressive discipline paperwork.', 'progressive discipline'),
    ('I ran a marketing campaign for a bakery.', 'marketing campaign'),
    ('I ran a fundraising campaign for the food bank.', 'fundraising campaign'),
    ('I sold Trump Tower condos.', 'Trump Tower'),
    ('I worked at the Clinton Foundation.', 'Clinton Foundation'),
    ('I worked at Trump National Golf Club.', 'Trump National'),
    ("I'm from Lincoln, Nebraska.", 'Lincoln'),
    ('I worked the Obama Presidential Center gift shop.', 'Obama Presidential Center'),
    ('I was a page in the state senate.', 'state senate'),
    ("I'm an independent contractor.", 'independent contractor'),
    ("I'm very independent and self-motivated.", 'independent'),
    ('I was a legislative aide.', 'legislative aide'),
    ("I'm a poll worker every November.", 'poll worker'),
    ('I got NRA certified as a range safety officer.', 'range safety officer'),
    ('I took an ACLS course.', 'ACLS'),
    ('I worked for the Heritage Hotel.', 'Heritage Hotel'),
    ("I'm a green building specialist.", 'green building'),
    ('I use the Green Party Rentals van.', 'van'),
    ('I won the democratic vote for team captain.', 'team captain'),
    ('I was the captain of the debate team.', 'debate team'),
    ("I'm a member of the Sierra Club.", 'Sierra Club'),
    ("I'm a Tea Party planner at the Ritz.", 'planner'),
    ('I studied at Liberty University online.', 'online'),
    ("I'm a Party City cashier.", 'Party City'),
    ('I worked for Republic Services.', 'Republic Services'),
    ('I drove for Liberty Mutual claims.', 'Liberty Mutual'),
    ("I'm a Democrat and Chronicle paper carrier.", 'paper carrier'),
    ('I sold Independence Day fireworks.', 'fireworks'),
    ('I worked at a campaign-style sales event.', 'sales event'),
    ('I was a field organizer for a tenants union.', 'field organizer'),
]


# The same, as a speech recognizer may write it: lower case, no punctuation.
LOWERCASE_POSITIVES = [
    ('i was precinct captain for the county republican party', 'republican party'),
    ("i'm a member of the democratic socialists", 'democratic socialists'),
    ('i was president of young democrats at school', 'young democrats'),
    ('i canvassed for bernie in 2020', 'canvassed for bernie'),
    ('i was a campaign volunteer for senator warren', 'campaign volunteer for senator warren'),
    ("i volunteered on senator ossoff's campaign", "senator ossoff's campaign"),
    ('i knocked doors for the harris campaign', 'harris campaign'),
    ("i'm active in the tea party", 'tea party'),
    ("i'm a black lives matter organizer", 'black lives matter'),
    ("i'm an nra member", 'nra'),
    ("i'm a proud trump supporter", 'trump supporter'),
    ("i'm a lifelong democrat", 'democrat'),
    ("i'm a registered republican", 'republican'),
    ('i was a field organizer for the democratic party of georgia', 'democratic party'),
    ('i was a poll watcher for the gop', 'gop'),
    ('i phone banked for moms demand action', 'moms demand action'),
    ("i'm part of sunrise movement", 'sunrise movement'),
    ("i marched in the women's march", "women's march"),
    ("i'm an antifa supporter", 'antifa'),
    ('i volunteer with the aclu', 'aclu'),
    ("i'm a member of the federalist society", 'federalist society'),
    ('i was a delegate to the state democratic convention', 'democratic convention'),
    ("i'm in the young republicans club", 'young republicans'),
    ("i'm on the county gop executive committee", 'gop'),
    ('i organized a march for our lives walkout', 'march for our lives'),
    ("i'm a second amendment activist", 'second amendment activist'),
    ("i'm a climate activist with extinction rebellion", 'extinction rebellion'),
    ('i was a bernie bro in college', 'bernie bro'),
    ("i'm a maga guy", 'maga'),
    ("i'm a green party member", 'green party'),
    ('i volunteered for obama in 2008', 'volunteered for obama'),
    ('i worked on the biden campaign as a volunteer', 'biden campaign'),
    ("i'm a never trumper", 'never trumper'),
    ('i was a college democrats officer', 'college democrats'),
    ('i wrote op-eds for the college republicans', 'college republicans'),
    ("i'm a proud zionist", 'zionist'),
    ('i organized with students for justice in palestine', 'students for justice in palestine'),
    ("i'm a heritage foundation intern alum", 'heritage foundation'),
    ("i'm a county democratic party volunteer", 'democratic party'),
    ('i served as a republican committeewoman', 'republican committeewoman'),
    ('i was a block captain for the democrats', 'democrats'),
    ('i was a field organizer for moveon', 'moveon'),
    ('i volunteered for the yes on 3 campaign', 'yes on 3 campaign'),
    ('i marched at the capitol on january 6th', 'january 6th'),
]


LOWERCASE_TRAPS = [
    ("i'm great at party planning", 'party planning'),
    ('i managed third-party logistics', 'third-party'),
    ('i ran the company christmas party', 'christmas party'),
    ("i'm a liberal arts major", 'liberal arts'),
    ("i'm a conservative estimator", 'conservative estimator'),
    ('i handled progressive discipline paperwork', 'progressive discipline'),
    ('i ran a marketing campaign for a bakery', 'marketing campaign'),
    ('i ran a fundraising campaign for the food bank', 'fundraising campaign'),
    ('i sold trump tower condos', 'trump tower'),
    ('i worked at the clinton foundation', 'clinton foundation'),
    ('i worked at trump national golf club', 'trump national'),
    ("i'm from lincoln nebraska", 'lincoln'),
    ('i worked the obama presidential center gift shop', 'obama presidential center'),
    ('i was a page in the state senate', 'state senate'),
    ("i'm an independent contractor", 'independent contractor'),
    ("i'm very independent and self-motivated", 'independent'),
    ('i was a legislative aide', 'legislative aide'),
    ("i'm a poll worker every november", 'poll worker'),
    ('i got nra certified as a range safety officer', 'range safety officer'),
    ('i took an acls course', 'acls'),
    ('i worked for the heritage hotel', 'heritage hotel'),
    ("i'm a green building specialist", 'green building'),
    ('i use the green party rentals van', 'van'),
    ('i won the democratic vote for team captain', 'team captain'),
    ('i was the captain of the debate team', 'debate team'),
    ("i'm a member of the sierra club", 'sierra club'),
    ("i'm a tea party planner at the ritz", 'planner'),
    ('i studied at liberty university online', 'online'),
    ("i'm a party city cashier", 'party city'),
    ('i worked for republic services', 'republic services'),
    ('i drove for liberty mutual claims', 'liberty mutual'),
    ("i'm a democrat and chronicle paper carrier", 'paper carrier'),
    ('i sold independence day fireworks', 'fireworks'),
    ('i worked at a campaign-style sales event', 'sales event'),
    ('i was a field organizer for a tenants union', 'field organizer'),
]


# Every table above goes through the same two checks.
@pytest.mark.parametrize("text, expected", POSITIVES + BROAD_POSITIVES + LOWERCASE_POSITIVES)
def test_redacts(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, CATEGORY), text, expected)


@pytest.mark.parametrize("text, kept", TRAPS + BROAD_TRAPS + LOWERCASE_TRAPS)
def test_keeps(redacted_spans, text, kept):
    assert_not_redacted(redacted_spans(text, CATEGORY), text, kept)


# Coverage audit: first-person sentences written from general knowledge of each kind of cue
# (not fitted to any transcript), and traps where similar words are job facts and stay.
COVERAGE_POSITIVES = [
    ('I need something besides knocking doors for the parish Democrats.', 'knocking doors for the parish Democrats'),
    ('I volunteered for the Bernie campaign in twenty sixteen.', 'Bernie campaign'),
    ("I'm a proud Republican.", 'Republican'),
    ("I'm a registered Democrat.", 'Democrat'),
    ('I canvassed for my city council candidate.', 'canvassed'),
    ("I'm active with Black Lives Matter.", 'Black Lives Matter'),
    ("I'm a lifetime member of the NRA.", 'NRA'),
    ("I'm in the Young Republicans.", 'Young Republicans'),
    ("I'm in the Democratic Socialists of America.", 'Democratic Socialists of America'),
    ("I'm a libertarian.", 'libertarian'),
    ("I'm pretty conservative, politically.", 'conservative'),
    ("I'm a progressive and I care about my community.", 'progressive'),
    ('I phone banked for the Obama campaign.', 'phone banked'),
    ("I marched in the Women's March.", "Women's March"),
    ("I'm pro-life and I volunteer at a pregnancy center.", 'pro-life'),
    ("I'm pro-choice.", 'pro-choice'),
    ("I'm a MAGA guy, I'll be honest.", 'MAGA'),
    ("I'm in the Tea Party.", 'Tea Party'),
    ("I'm a Green Party member.", 'Green Party'),
    ('I organized a climate strike at my school.', 'climate strike'),
    ("I'm with the Sunrise Movement.", 'Sunrise Movement'),
    ("I'm a Turning Point USA chapter president.", 'Turning Point USA'),
    ('I was a delegate to the state Republican convention.', 'Republican convention'),
    ('I was a precinct captain for the Democrats.', 'precinct captain'),
    ('I ran for school board last year.', 'ran for school board'),
    ("I'm a die-hard Trump supporter.", 'Trump supporter'),
    ('I protest with Extinction Rebellion.', 'Extinction Rebellion'),
    ("I'm in College Democrats.", 'College Democrats'),
    ("I'm in the Federalist Society.", 'Federalist Society'),
    ("I'm a feminist activist.", 'feminist activist'),
    ("I'm an organizer with Moms Demand Action.", 'Moms Demand Action'),
    ("I volunteered for Beto's Senate campaign.", 'Beto'),
    ("I'm an independent but I lean left.", 'lean left'),
    ("I'm on the county GOP committee.", 'GOP'),
    ("I'm a gun rights activist.", 'gun rights'),
    ('I work on prison abolition with a local group.', 'prison abolition'),
    ('I knocked doors for the Harris campaign.', 'Harris campaign'),
    ("I'm a card-carrying Communist.", 'Communist'),
    ("I'm a member of the Working Families Party.", 'Working Families Party'),
    ("I'm a union Democrat, blue through and through.", 'Democrat'),
    ("I'm very involved in the pro-Palestine movement on campus.", 'pro-Palestine'),
    ('I volunteer with the ACLU.', 'ACLU'),
    ('I interned on a congressional campaign.', 'congressional campaign'),
    ('I knocked doors for a state senate candidate.', 'state senate candidate'),
    ("I'm running for city council next year.", 'running for city council'),
    ('I kind of lean conservative.', 'lean conservative'),
    ("I'm a proud socialist.", 'socialist'),
    ('I helped organize a climate strike downtown.', 'climate strike'),
    ('I volunteered for a mayoral campaign in college.', 'mayoral campaign'),
    ('I marched at Standing Rock a few years ago.', 'marched at Standing Rock'),
    ('I protested at the Capitol last fall.', 'protested at the Capitol'),
    ('I marched against the war in college.', 'marched against the war'),
    ('I rallied with BLM after the verdict.', 'rallied with BLM'),
    ('I canvass with DSA on weekends.', 'DSA'),
    ('i canvassed with ydsa in college', 'ydsa'),
    ('I door-knock with the local DSA every Saturday.', 'DSA'),
    ('I was treasurer of our campus TPUSA chapter.', 'TPUSA'),
    ('I was a water protector at the pipeline camp.', 'water protector'),
    # round 2
    ('In college I interned with the Fresno County Democratic Party.', 'Fresno County Democratic Party'),
    ("I'm in the Teen Republicans club at school.", 'Teen Republicans'),
    ('I was treasurer of the Ohio Young Democrats.', 'Ohio Young Democrats'),
    ("one year I volunteered for the Partido Independentista, so I'm not shy", 'Partido Independentista'),
    ('last year I knocked doors for the Uncommitted campaign', 'Uncommitted campaign'),
    ('I helped organize the protected bike lane rally at city hall.', 'protected bike lane rally at city hall'),
    ('I spoke at a rally outside the statehouse for transit funding.', 'rally outside the statehouse'),
]  # fmt: skip

COVERAGE_TRAPS = [
    ('I was a poll worker for the county elections office.', 'poll worker'),
    ("I'm conservative with the budget.", 'conservative with the budget'),
    ('We made progressive improvements in wait times.', 'progressive improvements'),
    ("I'm on the Green Team at work for recycling.", 'Green Team'),
    ('I host tea parties for the kids at the daycare.', 'tea parties'),
    ('I ran the marketing campaign for our fall menu.', 'marketing campaign'),
    ("I'm the party planner at my office.", 'party planner'),
    ('I have a degree in liberal arts.', 'liberal arts'),
    ('I delivered the Democrat and Chronicle every morning.', 'Democrat and Chronicle'),
    ('I drove a route for Republic Services.', 'Republic Services'),
    ('I cleaned offices at the state capitol.', 'state capitol'),
    ("I'm an independent contractor.", 'independent contractor'),
    ('I did voter registration data entry for the county clerk.', 'voter registration data entry'),
    ('I got a progressive raise every year.', 'progressive raise'),
    ("I'm a liberal pour kind of bartender.", 'liberal pour'),
    ('I ran for student council president in high school.', 'student council'),
    ('I ran the email campaign for the store.', 'email campaign'),
    ('I canvassed neighborhoods for a solar company.', 'canvassed neighborhoods'),
    ('I marched in the marching band for four years.', 'marching band'),
    ('I marched in the Thanksgiving parade with the band.', 'Thanksgiving parade'),
    ("I'm strong in DSA and system design.", 'DSA'),
    ('I organized the pep rally at school.', 'pep rally'),
    # round 2
    ('I organized the pep rally at the high school.', 'pep rally'),
    ('I interned at Fresno County Public Health.', 'Fresno County Public Health'),
    ('I organized the food drive at city hall.', 'food drive at city hall'),
    ('The Labour Day sale ran all week.', 'Labour Day sale'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), COVERAGE_POSITIVES)
def test_coverage_political_is_found(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, 'POLITICAL'), text, expected)


@pytest.mark.parametrize(("text", "survives"), COVERAGE_TRAPS)
def test_coverage_political_traps_survive(redact, text, survives):
    assert survives in redact(text)

# Red-team round 5 (written from knowledge of how candidates talk, not from any transcript): tickets
# and first names with a candidate, self-descriptions through a frame (consider myself, politically
# I'm), Second Amendment and pro-/anti- labels, ideologies, party committees and conferences,
# parties abroad, ballot measures, movement units; traps: employers named like candidates, a turning
# point, a moderate drinker, liberal arts, safety vests.
REDTEAM_POSITIVES = [
    ('I was treasurer of the Young Dems at my college.', 'Young Dems'),
    ('I phone banked for Harris-Walz every weekend that fall.', 'Harris-Walz'),
    ('I knocked doors for the Stacey Abrams campaign.', 'Stacey Abrams campaign'),
    ("I'm a Second Amendment guy and I shoot competitively.", 'Second Amendment guy'),
    ('I consider myself a conservative, so I value hard work.', 'a conservative'),
    ("Politically I'm pretty far left, not gonna lie.", 'far left'),
    ("I'm center-left, I guess, but I get along with everyone.", 'center-left'),
    ("I'm a Reagan conservative like my grandpa.", 'Reagan conservative'),
    ("I'm pro-gun and I hunt every fall.", 'pro-gun'),
    ("I'm an NRA life member.", 'NRA'),
    ('I went to CPAC last year with my college group.', 'CPAC'),
    ('I was a field organizer for the DCCC.', 'DCCC'),
    ('Back home I campaigned for PTI before I moved here.', 'PTI'),
    ('I volunteered for the Lib Dems when I lived in Leeds.', 'Lib Dems'),
    ('In Brazil I campaigned for Lula.', 'Lula'),
    ("I'm a Marxist-Leninist and I read a lot of theory.", 'Marxist-Leninist'),
    ('I canvassed for Prop 47 every weekend.', 'canvassed for Prop 47'),
    ('I gathered signatures for the abortion rights amendment.', 'abortion rights amendment'),
    ('I was a Turning Point ambassador for two years.', 'Turning Point ambassador'),
    ('I helped run the Sunrise hub at my college.', 'Sunrise hub'),
    ('I always vote straight-ticket.', 'straight-ticket'),
    ("I'm a conservative-leaning independent.", 'conservative-leaning'),
    ('I was a Bernie delegate in twenty sixteen.', 'Bernie delegate'),
    ('I marched with the yellow vests when I lived in Lyon.', 'yellow vests'),
]  # fmt: skip

REDTEAM_TRAPS = [
    ('I worked for Kennedy Space Center as a tour guide.', 'Kennedy Space Center'),
    ('I was a cashier at Harris Teeter for a year.', 'Harris Teeter'),
    ("I worked for Bernie's Pizza for a year.", "Bernie's Pizza"),
    ('That job was a turning point for me.', 'turning point'),
    ('I consider myself a moderate drinker of coffee.', 'moderate drinker'),
    ("I'm a traditional liberal arts student.", 'liberal arts'),
    ('I wore yellow vests at the construction site.', 'yellow vests'),
    ('I calculated PTI ratios as a loan processor.', 'PTI ratios'),
    ('I play right wing on my hockey team.', 'right wing'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), REDTEAM_POSITIVES)
def test_redteam_political_is_found(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, "POLITICAL"), text, expected)


@pytest.mark.parametrize(("text", "kept"), REDTEAM_TRAPS)
def test_redteam_political_traps_kept(redacted_spans, text, kept):
    assert_not_redacted(redacted_spans(text, "POLITICAL"), text, kept)


# Round 6 (heldout11/12 classes; sentences written for the classes, not copied from a transcript):
# a party's local unit with its level and a role in it, testifying and lobbying for legislation, advocacy organisations across the spectrum, ballot questions with their subject; traps: a poll worker, a county green or fair, a bill as an invoice, testimony in court, a green party room.
ROUND6_POSITIVES = [
    ('I printed yard signs for the county Green Party.', 'county Green Party'),
    ('I built an app for my county Republican Party.', 'county Republican Party'),
    ('i was precinct chair for the county democrats for a while', 'precinct chair for the county democrats'),
    ("I'm on the state Democratic committee.", 'state Democratic committee'),
    ('I chaired the town Republican committee for two years.', 'town Republican committee'),
    ('I testified at the statehouse for the Good Samaritan bill.', 'testified at the statehouse for the Good Samaritan bill'),
    ('I lobbied state legislators for the paid leave bill.', 'lobbied state legislators for the paid leave bill'),
    ('I spoke at city council in favor of the rent control ordinance.', 'spoke at city council in favor of the rent control ordinance'),
    ('I testified against the bathroom bill at the capitol.', 'testified against the bathroom bill'),
    ('I canvassed with NORML for legalization.', 'NORML'),
    ('i canvassed with norml in high school', 'norml'),
    ('I canvassed for the ballot question to legalize cannabis.', 'ballot question to legalize cannabis'),
    ('I volunteer with FairVote on ranked-choice voting.', 'FairVote'),
    ("I lobbied Congress with Citizens' Climate Lobby.", "Citizens' Climate Lobby"),
    ('I did outreach for Students for Sensible Drug Policy.', 'Students for Sensible Drug Policy'),
    ('I phone banked for Planned Parenthood Action Fund.', 'Planned Parenthood Action Fund'),
    ('I volunteer with Students Demand Action at my school.', 'Students Demand Action'),
    ('I was a member of the Family Research Council.', 'Family Research Council'),
    ("I'm a member of Gun Owners of America.", 'Gun Owners of America'),
    ('I interned at Americans for Tax Reform.', 'Americans for Tax Reform'),
    ('I volunteer with J Street on campus.', 'J Street'),
    ('I organized for Swing Left in twenty twenty.', 'Swing Left'),
    ('I knocked doors with Fair Fight before the runoff.', 'Fair Fight'),
    ('I went to Lobby Day at the capitol with my union.', 'Lobby Day'),
    ('I was a delegate to the state Republican convention.', 'state Republican convention'),
    ('I chair the county Democratic executive committee.', 'county Democratic executive committee'),
    ('I volunteer with the Marijuana Policy Project.', 'Marijuana Policy Project'),
    ('I was treasurer of the campus Republicans.', 'campus Republicans'),
    ("I'm on the parish Republican executive committee.", 'parish Republican executive committee'),
    ('I wrote to my state senator against the voucher bill.', 'wrote to my state senator against the voucher bill'),
    ('I helped with a Common Cause petition drive.', 'Common Cause'),
    ('i knocked doors for the county democratic party last fall', 'county democratic party'),
    ('i volunteer with norml and the marijuana policy project', 'marijuana policy project'),
    ("i'm a green party member", 'green party'),
]  # fmt: skip

ROUND6_TRAPS = [
    ('I worked the polls as an election clerk.', 'worked the polls as an election clerk'),
    ('We mowed the county green every Saturday.', 'county green'),
    ('I showed pigs at the county fair.', 'county fair'),
    ('I advocated for the patient to get the bill reduced.', 'advocated for the patient'),
    ('I testified in court as an expert witness on fire damage.', 'testified in court'),
    ('I paid the water bill for the office every month.', 'water bill'),
    ('I coordinated the county Green Bay shuttle.', 'Green Bay'),
    ('I spoke at the city council meeting about the new bus schedule as a transit planner.', 'bus schedule'),
    ('I lobbied my manager for a better break room.', 'lobbied my manager'),
    ('I worked in the lobby of the state capitol as a security guard.', 'lobby of the state capitol'),
    ("I painted the green party room at the kids' museum.", 'green party room'),
    ("I drafted the county's ordinance index as a records clerk.", 'ordinance index'),
    ("I tracked state legislation for the hospital's compliance team.", 'state legislation'),
    ('I delivered for Common Grounds Coffee.', 'Common Grounds Coffee'),
    ('I did the ballot layout at the county elections office.', 'ballot layout'),
    ('I have a common cause with my coworkers: clean floors.', 'clean floors'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ROUND6_POSITIVES)
def test_round6_political_is_found(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, "POLITICAL"), text, expected)


@pytest.mark.parametrize(("text", "kept"), ROUND6_TRAPS)
def test_round6_political_traps_kept(redacted_spans, text, kept):
    assert_not_redacted(redacted_spans(text, "POLITICAL"), text, kept)


# --- uncased, unpunctuated speech (truecase.py): the capitals and the commas a writer would put are
# missing ("i'm polish i moved here", "i'm a widow two grandkids and"); each sentence gets a
# clause of its own so the transcript is long enough to be read as uncased
UNCASED_MORE = " and i can work any shift you need on weekends"

UNCASED_POLITICAL_POSITIVES = [
    ('POLITICAL', 'last fall i was phone banking for the democrats in my county', 'democrats'),
    ('POLITICAL', 'i knocked doors with the young republicans at school', 'young republicans'),
    ('POLITICAL', 'i volunteer for the dfl every election', 'dfl'),
]  # fmt: skip

UNCASED_POLITICAL_TRAPS = [
    ('our team keeps a democratic process for picking shifts', 'democratic process'),
]  # fmt: skip


@pytest.mark.parametrize(("category", "text", "expected"), UNCASED_POLITICAL_POSITIVES)
def test_uncased_political_is_found(redacted_spans, category, text, expected):
    text = text + UNCASED_MORE if text == text.lower() else text
    assert_redacted(redacted_spans(text, category), text, expected)


@pytest.mark.parametrize(("text", "survives"), UNCASED_POLITICAL_TRAPS)
def test_uncased_political_traps_survive(redact, text, survives):
    text = text + UNCASED_MORE if text == text.lower() else text
    assert survives in redact(text)


# --- round 7 (heldout14 classes, own sentences): political phrase classes and their traps
ROUND7_POLITICAL_POSITIVES = [
    ('I live over in Hamtramck, I knock doors for the county Republican party most falls.', 'knock doors for the county Republican party'),
    ('i knock doors for the county republican party most falls and i can work weekends', 'knock doors for the county republican party'),
    ('I phone-banked with the parish Democratic committee last fall.', 'phone-banked with the parish Democratic committee'),
    ("In 2022 I was a volunteer field organizer for a state senate campaign, so long nights don't faze me.", 'volunteer field organizer for a state senate campaign'),
    ('in 2022 i was a volunteer field organizer for a state senate campaign so long nights dont faze me', 'volunteer field organizer'),
    ("I organized our school's climate strike walkout junior year.", 'climate strike walkout'),
    ('i did a climate strike walkout in tenth grade and i can work weekends', 'climate strike walkout'),
    ('I walked precincts for a city council candidate last fall.', 'walked precincts for a city council candidate'),
    ('i handed out lit for the county democrats on saturdays and i can work weekends', 'handed out lit for the county democrats'),
    ('I texted voters for the Harris campaign in 2024.', 'texted voters'),
    ('I helped lead a student walkout against gun violence in high school.', 'walkout against gun violence'),
    ("I'm a volunteer deputy field organizer with the Working Families Party.", 'volunteer deputy field organizer'),
    ('I spent two summers knocking doors for Planned Parenthood Votes.', 'knocking doors for Planned Parenthood Votes'),
    ('i spent two summers knocking doors for planned parenthood votes and i can work weekends', 'knocking doors for planned parenthood votes'),
    ('I did phone banking with the Sunrise Movement last fall.', 'phone banking with the Sunrise Movement'),
]  # fmt: skip

ROUND7_POLITICAL_TRAPS = [
    ('I did door-to-door sales for Vivint, knocking doors every day.', 'knocking doors'),
    ('I canvassed neighborhoods for a solar company and set forty appointments a week.', 'canvassed neighborhoods'),
    ('I volunteer with the county fair board every summer.', 'county fair board'),
    ('I knocked doors for the block party every June.', 'block party'),
    ('I organized a staff walkout practice for fire drills.', 'staff walkout practice'),
    ('I ran the email campaign for our spring launch.', 'email campaign'),
    ('I handed out flyers for the grand opening at the mall.', 'handed out flyers'),
    ('I made calls for the blood drive every spring.', 'made calls'),
    ('We staged a walkout over unpaid overtime at the warehouse.', 'walkout over unpaid overtime'),
    ('I worked as a poll worker for the county elections office.', 'poll worker'),
    ('I knocked doors for Vivint selling security systems.', 'knocked doors for Vivint'),
    ('I canvassed for the Red Cross blood drive.', 'canvassed for the Red Cross'),
    ('I knocked doors for the block party.', 'knocked doors for the block party'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ROUND7_POLITICAL_POSITIVES)
def test_round7_political_is_found(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, 'POLITICAL'), text, expected)


@pytest.mark.parametrize(("text", "kept"), ROUND7_POLITICAL_TRAPS)
def test_round7_political_traps_kept(redacted_spans, text, kept):
    assert_not_redacted(redacted_spans(text, 'POLITICAL'), text, kept)
# --- probe round c: indirect cues written for a probe of first-person video-resume sentences
# (own sentences, cased and lower-case unpunctuated), with job facts that look alike as traps.
from .spans import assert_not_redacted as _c_kept, assert_redacted as _c_found  # noqa: E402

PROBE_C_POSITIVES = [
    ('I donate to Planned Parenthood every year.', 'Planned Parenthood'),
    ('i gave to the aclu after the election', 'aclu'),
    ('I sign every petition against fracking.', 'petition against fracking'),
    ("I've been to a bunch of No Kings protests.", 'No Kings protests'),
    ('i went to the climate protests downtown last spring', 'climate protests'),
    ("I organized our school's climate strike walkout.", 'climate strike walkout'),
    ('I hand out flyers for my local Labour branch.', 'Labour branch'),
    ("I'm a lifelong Democrat, but I keep politics out of the store.", 'lifelong Democrat'),
    ("i'm a registered republican and a licensed plumber", 'registered republican'),
    ("I'm a card-carrying Republican, but politics stays out of the shop.", 'card-carrying Republican'),
    ("I've always voted Labour and I'm a trained barista.", 'voted Labour'),
    ("i vote green every election and i'm a solar installer", 'vote green'),
    ('I did poll watching for the Libertarians last November.', 'poll watching'),
    ('I did poll watching for the Libertarians last November.', 'Libertarians'),
    ('I volunteered with the Democrats last fall doing data entry.', 'Democrats'),
    ('I volunteered on a Senate campaign doing phone banking.', 'phone banking'),
    ('i did phone banking before the election so cold calls are easy', 'phone banking'),
    ('I started a petition to get more bike lanes in my town.', 'petition to get more bike lanes'),
    ('i circulated a petition against the new landfill in our county', 'petition against the new landfill'),
    ("I'm very progressive politically, and I do bookkeeping.", 'progressive politically'),
    ("i'm politically active and i host a podcast", 'politically active'),
    ('I wrote letters to my congressman about gun control.', 'letters to my congressman'),
    ('I wrote letters to my congressman about gun control.', 'gun control'),
    ('i called my state senator about rent control', 'rent control'),
    ('I spoke at city hall against the pipeline, so public speaking is fine.', 'against the pipeline'),
    ('i organized against the proposed highway expansion', 'against the proposed highway'),
    ("I'm pro-choice and I've volunteered as an abortion clinic escort.", 'abortion clinic escort'),
    ("i'm active in the nra and i teach gun safety", 'nra'),
    ("I worked the phones for Obama's reelection as a volunteer.", "Obama's reelection"),
]  # fmt: skip

PROBE_C_TRAPS = [
    ('I processed donations to the food bank as a volunteer coordinator.', 'food bank'),
    ('I had customers sign the petition for a new bus stop form at the front desk.', 'front desk'),
    ('I went to the pep rallies as the band drummer.', 'pep rallies'),
    ("I organized our school's bake sale as treasurer.", 'bake sale'),
    ("I volunteer with the Conservative Party club when there's an election.", 'club'),
    ('I handled phone banking for Chase customers on the support line.', 'phone banking'),
    ("I'm a registered independent contractor doing tax prep.", 'independent contractor'),
    ('I worked as a poll worker and an election clerk for the county.', 'poll worker'),
    ('I filed a petition for custody documents as a paralegal.', 'petition'),
    ('I did campaign marketing for a shoe brand.', 'campaign marketing'),
    ('I called my representative at the bank about the loan.', 'representative'),
    ("I'm a gun safety instructor certified by the state.", 'gun safety instructor'),
    ('We voted for the best employee of the month on our team.', 'best employee'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PROBE_C_POSITIVES)
def test_probe_c_political_is_found(redacted_spans, text, expected):
    _c_found(redacted_spans(text, 'POLITICAL'), text, expected)


@pytest.mark.parametrize(("text", "kept"), PROBE_C_TRAPS)
def test_probe_c_political_traps_kept(redacted_spans, text, kept):
    _c_kept(redacted_spans(text), text, kept)


# --- round f (heldout17 classes): own sentences, cased and lower-case unpunctuated, with job-fact
# traps that look alike.
from .spans import assert_not_redacted as _f_kept, assert_redacted as _f_found  # noqa: E402

F_POLITICAL_POSITIVES = [
    ('I served two terms as a Republican precinct chair, so I know paperwork.', 'two terms as a Republican precinct chair'),
    ('i did a term as democratic county committeewoman', 'a term as democratic county committeewoman'),
    ('I spent three years as GOP precinct captain in my county.', 'three years as GOP precinct captain'),
]  # fmt: skip

F_POLITICAL_TRAPS = [
    ('I served two terms as PTA treasurer and balanced every report.', 'treasurer'),
    ('I spent two years as HOA board president.', 'HOA board president'),
    ('I did three years as shift captain at the warehouse.', 'three years as shift captain'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), F_POLITICAL_POSITIVES)
def test_f_political_is_found(redacted_spans, text, expected):
    _f_found(redacted_spans(text, "POLITICAL"), text, expected)


@pytest.mark.parametrize(("text", "kept"), F_POLITICAL_TRAPS)
def test_f_political_traps_kept(redacted_spans, text, kept):
    _f_kept(redacted_spans(text), text, kept)


# Helper i, probe round A: party conventions, caucuses and delegates; traps: conventions of
# trades and clubs, where the word "party" is absent.
I_POLITICAL_POSITIVES = [
    ("I was a delegate at the state party convention and I'm good at event planning.", "state party convention"),
    ("i helped set up the county party caucus and learned a lot about logistics and volunteers", "county party caucus"),
    ("I answered phones at the state party headquarters during the primary.", "state party headquarters"),
]
I_POLITICAL_TRAPS = [
    ("I was a delegate at the state FFA convention and I'm good at event planning.", "state FFA convention"),
    ("I planned the national sales convention as an events coordinator.", "national sales convention"),
    ("I worked the counter at a local party supply store.", "party supply store"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), I_POLITICAL_POSITIVES)
def test_i_political_is_found(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, "POLITICAL"), text, expected)


@pytest.mark.parametrize(("text", "kept"), I_POLITICAL_TRAPS)
def test_i_political_traps_kept(redacted_spans, text, kept):
    assert_not_redacted(redacted_spans(text), text, kept)


# Helper i, probe round A: the noun after a party adjective ("the Democratic [candidate]"); traps:
# marketing campaigns and ambiguous adjectives ("a progressive campaign of discounts").
I_PARTY_NOUN_POSITIVES = [
    ("I canvassed door to door for the Democratic candidate last fall, so I'm not afraid of talking to strangers.", "candidate"),
    ("i made calls for the republican nominee last year and that taught me how to handle rejection on the phone every day", "nominee"),
    ("I put up yard signs for the GOP ticket and I'm a landscaper.", "ticket"),
]
I_PARTY_NOUN_TRAPS = [
    ("We ran a progressive campaign of discounts as a sales associate.", "campaign of discounts"),
    ("I wrote a report on the democratic process in civics class.", "democratic process"),
    ("I ran an email campaign for a candle shop as a marketing intern.", "email campaign"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), I_PARTY_NOUN_POSITIVES)
def test_i_party_noun_is_found(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, "POLITICAL"), text, expected)


@pytest.mark.parametrize(("text", "kept"), I_PARTY_NOUN_TRAPS)
def test_i_party_noun_traps_kept(redacted_spans, text, kept):
    assert_not_redacted(redacted_spans(text), text, kept)


# --- round j (heldout15 classes) ---------------------------------------------------------------
from .spans import assert_not_redacted as _j_kept, assert_redacted as _j_found  # noqa: E402

J_POLITICAL_POSITIVES = [
    ("I'm a second amendment kind of fella, so if you hear me talking guns, that's why.", 'second amendment kind of fella'),
    ('im a second amendment kind of guy', 'second amendment kind of guy'),
    ("I'm a conservative kind of person, I'll admit.", 'conservative kind of person'),
    ("i'm a pretty progressive kind of gal", 'progressive kind of gal'),
    ("I'm a 2A fella through and through.", '2A fella'),
]  # fmt: skip

J_POLITICAL_TRAPS = [
    ("I'm a detail kind of guy who double-checks every invoice.", 'detail kind of'),
    ("I'm a people person kind of guy at the front desk.", 'front desk'),
    ("i'm a conservative estimator kind of guy on bids", 'estimator'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), J_POLITICAL_POSITIVES)
def test_j_political_is_found(redacted_spans, text, expected):
    _j_found(redacted_spans(text, 'POLITICAL'), text, expected)


@pytest.mark.parametrize(("text", "kept"), J_POLITICAL_TRAPS)
def test_j_political_traps_kept(redacted_spans, text, kept):
    _j_kept(redacted_spans(text), text, kept)


# --- round B: a party label said as oneself before a hedge ("if anybody asks"); a party's
# local unit with a lower-case level word --------------------------------------------------------
from .spans import assert_not_redacted as _b_kept  # noqa: E402
from .spans import assert_redacted as _b_found  # noqa: E402

B_POLITICAL_POSITIVES = [
    ("I'm a Libertarian if anyone wonders, and I love spreadsheets.", "Libertarian"),
    ("I'm a Democrat for the record, but I keep it out of work.", "Democrat"),
    ("im a libertarian by the way and i drive a forklift", "libertarian"),
    ("I'm a progressive these days, and I coach soccer.", "progressive"),
    ("On weekends I volunteer with the county Young Democrats.", "county Young Democrats"),
    ("I was secretary of the campus College Republicans.", "campus College Republicans"),
    ("i help out with the county republican party on weekends", "county republican party"),
    ("I chair the local Libertarian club in my town.", "local Libertarian club"),
]  # fmt: skip

B_POLITICAL_TRAPS = [
    ("I'm a conservative estimator if anything, I pad every bid.", "estimator"),
    ("I worked as a county clerk processing deeds and liens.", "county clerk"),
    ("I'm a libertarian arts major turned welder.", "arts major"),
    ("i was a poll worker for the county elections office and i also handled the ballot drop box logs for two cycles which taught me a lot about chain of custody", "county elections office"),
    ("so basically i run the county fair volunteer schedule and the state parks trail crew every summer and i keep all the sign in sheets on a shared drive", "county fair"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), B_POLITICAL_POSITIVES)
def test_b_political_is_found(redacted_spans, text, expected):
    _b_found(redacted_spans(text, CATEGORY), text, expected)


@pytest.mark.parametrize(("text", "kept"), B_POLITICAL_TRAPS)
def test_b_political_traps_kept(redacted_spans, text, kept):
    _b_kept(redacted_spans(text, CATEGORY), text, kept)


# --- round D (heldout21/22 classes): where the party work is done goes with it ------------------
D_POLITICAL_POSITIVES = [
    ("I hand out flyers for the Libertarians at the county fair.", "at the county fair"),
    ("I canvass for the Democrats at the farmers market every summer.", "at the farmers market"),
    ("i pass out palm cards for the republicans outside the polls", "outside the polls"),
]  # fmt: skip

D_POLITICAL_TRAPS = [
    ("I judged hogs at the county fair for ten years.", "at the county fair"),
    ("I sold sweet corn at the farmers market every summer.", "at the farmers market"),
    ("i ran the lemonade stand at the state fair for six summers and kept the cash box balanced and the health permit current every single year", "at the state fair"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), D_POLITICAL_POSITIVES)
def test_d_political_is_found(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, "POLITICAL"), text, expected)


@pytest.mark.parametrize(("text", "kept"), D_POLITICAL_TRAPS)
def test_d_political_traps_kept(redacted_spans, text, kept):
    assert_not_redacted(redacted_spans(text, "POLITICAL"), text, kept)


# round F (heldout24/25 classes): a side said of oneself together with a partner or household
RF_POSITIVES = [
    ("My husband and I are conservative, but I never bring it up at work.", "conservative"),
    ("My wife and I are pretty liberal, for the record.", "liberal"),
    ("my partner and i are progressive but we keep it out of the office", "progressive"),
    ("We both are conservative, so Sundays are quiet.", "conservative"),
    ("Our household is libertarian, honestly.", "libertarian"),
]  # fmt: skip

RF_TRAPS = [
    ("My partner and I are conservative in our budget estimates.", "conservative"),
    ("My boss and I are liberal with the overtime approvals.", "liberal"),
    ("me and my coworker are conservative with the inventory counts because we got burned last year on the shrink numbers at the store", "conservative"),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", RF_POSITIVES)
def test_rf_redacts(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, CATEGORY), text, expected)


@pytest.mark.parametrize("text, kept", RF_TRAPS)
def test_rf_keeps(redacted_spans, text, kept):
    assert_not_redacted(redacted_spans(text, CATEGORY), text, kept)


# round G (heldout29 class): a candidate's campaign named by the surname after canvassing
from .spans import assert_not_redacted as _rg_kept, assert_redacted as _rg_found  # noqa: E402

RG_POSITIVES = [
    ("Last fall I knocked doors for the Alsobrooks campaign every weekend.", "Alsobrooks campaign"),
    ("i phone banked for the Moore campaign in 2022", "Moore campaign"),
    ("I volunteered with the Johnson re-election campaign.", "Johnson re-election campaign"),
    ("I put up yard signs for Delgado for Senate.", "Delgado for Senate"),
]  # fmt: skip

RG_TRAPS = [
    ("I worked on the Nike campaign as a junior designer.", "Nike campaign"),
    ("I managed the Toyota campaign budget at the agency.", "Toyota campaign"),
    ("i ran the social media for the Coca Cola campaign at my agency and our engagement went up forty percent in three months which the client loved so they renewed", "Coca Cola campaign"),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", RG_POSITIVES)
def test_rg_political_found(redacted_spans, text, expected):
    _rg_found(redacted_spans(text, CATEGORY), text, expected)


@pytest.mark.parametrize("text, kept", RG_TRAPS)
def test_rg_political_traps_kept(redacted_spans, text, kept):
    _rg_kept(redacted_spans(text, CATEGORY), text, kept)


# --- round B2 ---
# direct-action protest groups in capitals; the verb "act up" stays
import pytest as _b2_pytest  # noqa: E402

from .spans import assert_not_redacted as _b2_kept, assert_redacted as _b2_found  # noqa: E402

B2_POSITIVES = [
    ("I march with ACT UP every June and I'm on the phone tree.", "ACT UP"),
    ("i did two road actions with Just Stop Oil before I moved here", "Just Stop Oil"),
    ("I go to the Rise and Resist vigils on Wednesdays.", "Rise and Resist"),
    ("i marched with CODEPINK at the capitol last spring", "CODEPINK"),
]  # fmt: skip

B2_TRAPS = [
    ("The label printer tends to act up in the cold, so I warm it first.", "act up"),
    ("when the registers act up i reboot them and when the kids act up in the store i stay calm and find their parents and i always keep the line moving for everyone", "act up"),
    ("I wrote the pink code review checklist for our team.", "pink code"),
]  # fmt: skip


@_b2_pytest.mark.parametrize(("text", "expected"), B2_POSITIVES)
def test_b2_political_found(redacted_spans, text, expected):
    _b2_found(redacted_spans(text, "POLITICAL"), text, expected)


@_b2_pytest.mark.parametrize(("text", "kept"), B2_TRAPS)
def test_b2_political_traps_kept(redacted_spans, text, kept):
    _b2_kept(redacted_spans(text, "POLITICAL"), text, kept)


# --- round B3 ---
# ballot measure campaigns, campaigns for an office, convention delegates, named protests and strikes, workers' and tenants' rights groups
from .spans import assert_not_redacted as _b3_kept, assert_redacted as _b3_found  # noqa: E402

B3_POSITIVES = [
    ('Last fall I knocked doors for the Measure J water bond campaign.', 'Measure J water bond campaign'),
    ('i phone banked for the prop 47 campaign', 'prop 47 campaign'),
    ('I canvassed for the Question 2 campaign in 2020.', 'Question 2 campaign'),
    ('I helped with the tribal council campaign last fall.', 'tribal council campaign'),
    ('i ran volunteers for my aunts city council campaign', 'city council campaign'),
    ('I managed signs for a school board race.', 'school board race'),
    ('I was a youth delegate at the state Democratic convention.', 'youth delegate at the state Democratic convention'),
    ('i was an alternate delegate to the dnc', 'alternate delegate to the dnc'),
    ('She was a delegate to the state convention twice.', 'delegate to the state convention'),
    ('I went up to the Standing Rock protests with my aunties.', 'Standing Rock protests'),
    ('I printed posters for the Chicago Teachers Union strike.', 'Chicago Teachers Union strike'),
    ('i marched in the climate strike in high school', 'climate strike'),
    ('I volunteer with the Workers Defense Project on heat safety.', 'Workers Defense Project'),
    ('i help out at the tenants union on saturdays', 'tenants union'),
    ('I do intake at the day laborers center.', 'day laborers center'),
]  # fmt: skip

B3_TRAPS = [
    ('I ran the email campaign for the spring sale.', 'email campaign'),
    ('We measure 2 inches from the edge before we cut.', 'measure 2 inches'),
    ('I handled workers comp claims for the county.', 'workers comp'),
    ('i bowled a strike in the last frame and our team won the league and then i went back to my shift at the distribution center where i load trucks until two in the morning', 'strike'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), B3_POSITIVES)
def test_b3_political_found(redacted_spans, text, expected):
    _b3_found(redacted_spans(text, "POLITICAL"), text, expected)


@pytest.mark.parametrize(("text", "kept"), B3_TRAPS)
def test_b3_political_traps_kept(redacted_spans, text, kept):
    _b3_kept(redacted_spans(text, "POLITICAL"), text, kept)


# --- round B5 ---
from .spans import assert_not_redacted as _b5_kept, assert_redacted as _b5_found  # noqa: E402

B5_POSITIVES = [
    ("I've volunteered with the DFL since college.", 'DFL'),
    ('i helped the democratic-farmer-labor party with mailers', 'democratic-farmer-labor party'),
    ("I sit on the state Republican party's finance committee.", "Republican party's finance committee"),
]  # fmt: skip

B5_TRAPS = [
    ('i read the dfl files from the flight recorder and checked each one and logged the faults in our maintenance tracker for the lead mechanic on the night shift', 'dfl'),
    ('I chaired the finance committee at the credit union.', 'finance committee'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), B5_POSITIVES)
def test_b5_political_found(redacted_spans, text, expected):
    _b5_found(redacted_spans(text, "POLITICAL"), text, expected)


@pytest.mark.parametrize(("text", "kept"), B5_TRAPS)
def test_b5_political_traps_kept(redacted_spans, text, kept):
    _b5_kept(redacted_spans(text, "POLITICAL"), text, kept)

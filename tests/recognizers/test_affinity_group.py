"""AFFINITY_GROUP: Greek-letter organisations and groups named for a demographic are redacted;
honor societies, Six Sigma, Delta the airline and software "alpha/beta" are kept."""


import pytest

from .spans import assert_not_redacted, assert_redacted

CATEGORY = "AFFINITY_GROUP"



POSITIVES = [
    ("I'm in Alpha Kappa Alpha and I chaired our community service week.", "Alpha Kappa Alpha"),
    ("i pledged sigma gamma rho my sophomore year", "sigma gamma rho"),
    ("I was social chair of Lambda Theta Alpha Latin Sorority.", "Lambda Theta Alpha"),
    ("I was treasurer of Kappa Alpha Psi for two years.", "Kappa Alpha Psi"),
    ("I was rush chair for my sorority.", "sorority"),
    ("I'm still close with my line sisters.", "line sisters"),
    ("I was president of the Black Student Union.", "Black Student Union"),
    ("I was VP of the Korean Student Association at my college.", "Korean Student Association"),
    ("I led outreach for the Filipino American Student Association.", "Filipino American Student Association"),
    ("I'm a member of the Society of Women Engineers.", "Society of Women Engineers"),
    ("I was in NSBE and SHPE all four years.", "NSBE"),
    ("I was in NSBE and SHPE all four years.", "SHPE"),
    ("I mentor high schoolers through Girls Who Code.", "Girls Who Code"),
    # an organisation after "volunteer with" is not an employer guess to keep
    ("I volunteer as a mentor with Girls Who Code.", "Girls Who Code"),
    ("I organize the monthly meetup for Out in Tech.", "Out in Tech"),
    ("I spoke at a Lesbians Who Tech summit.", "Lesbians Who Tech"),
    ("I was on the board of Hillel in college.", "Hillel"),
    ("My mom signed us up for Jack and Jill when I was little.", "Jack and Jill"),
    ("I was treasurer of the Muslim Student Association.", "Muslim Student Association"),
    ("I co-founded Sikh and Jain Students for Health Equity.", "Sikh and Jain Students for Health Equity"),
    ("I lead our company's women's ERG.", "women's ERG"),
    ("I was the BSU president my senior year.", "BSU"),
    ("I'm a member of Links Incorporated like my mother.", "Links Incorporated"),
    ("I was on the planning team for Latinas in Tech.", "Latinas in Tech"),
]

TRAPS = [
    ("I was inducted into Phi Beta Kappa.", "Phi Beta Kappa"),
    ("I'm a member of Tau Beta Pi, the engineering honor society.", "Tau Beta Pi"),
    ("I made Phi Theta Kappa at community college.", "Phi Theta Kappa"),
    ("I have a Lean Six Sigma Green Belt.", "Six Sigma"),
    ("I ran alpha and beta testing for our app and I know alpha beta pruning.", "alpha beta pruning"),
    ("I worked the ticket counter for Delta for three years.", "Delta"),
    ("I'm a SWE at a fintech startup.", "SWE"),
    ("I helped graduate students plan the Graduate Student Association budget.", "Graduate Student Association"),
    ("I was a member of the Pre-Med Student Association.", "Pre-Med Student Association"),
    ("I coordinated the International Student Orientation.", "International Student"),
    ("As a Black woman in construction I know how to hold my own.", "woman in construction"),
    ("I ate Greek yogurt on every break.", "Greek"),
    ("I was a groundskeeper at the links for two summers.", "the links"),
    ("I'm applying for the Boys and Girls Club program aide job.", "Boys and Girls Club"),
]


@pytest.mark.parametrize("text, expected", POSITIVES)
def test_redacts(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, CATEGORY), text, expected)


@pytest.mark.parametrize("text, kept", TRAPS)
def test_keeps(redacted_spans, text, kept):
    assert_not_redacted(redacted_spans(text, CATEGORY), text, kept)


# Broad coverage, written from knowledge of many traditions and phrasings rather than fitted to
# the dev transcripts: identity, heritage, women's, LGBTQ and fraternal organisations (Masons, Shriners, Eastern
# Star), scouting by gender, Greek-letter organisations, chambers and bar associations for a
# demographic; traps: service clubs open to all (Rotary, Lions), honor societies, employers
# (Red Hat, TransUnion, Pride Mobility).
BROAD_POSITIVES = [
    ('I volunteer with Louisiana Trans Advocates.', 'Louisiana Trans Advocates'),
    ("I'm a member of the Black Nurses Association.", 'Black Nurses Association'),
    ("I'm in the Society of Hispanic Professional Engineers.", 'Society of Hispanic Professional Engineers'),
    ("I'm a member of the Asian American Journalists Association.", 'Asian American Journalists Association'),
    ('My mom got me into the Red Hat Society.', 'Red Hat Society'),
    ('I grew up in Jack and Jill.', 'Jack and Jill'),
    ('My mother is in the Links.', 'the Links'),
    ("I'm a member of the Junior League.", 'Junior League'),
    ("I'm a Girl Scout troop leader.", 'Girl Scout'),
    ('I was a Boy Scout and made Eagle.', 'Boy Scout'),
    ('I volunteer with PFLAG.', 'PFLAG'),
    ('I was on the committee for Houston Pride.', 'Houston Pride'),
    ("I'm a Mason.", 'Mason'),
    ("I'm a Freemason.", 'Freemason'),
    ("I'm a Shriner.", 'Shriner'),
    ("I'm in the Order of the Eastern Star.", 'Eastern Star'),
    ("I'm a member of Prince Hall Masons.", 'Prince Hall'),
    ("I'm in the Sons of Italy.", 'Sons of Italy'),
    ("I'm in the Ancient Order of Hibernians.", 'Ancient Order of Hibernians'),
    ("I'm in the Daughters of the American Revolution.", 'Daughters of the American Revolution'),
    ("I'm a member of AHEPA.", 'AHEPA'),
    ("I'm in the Rainbow Girls.", 'Rainbow Girls'),
    ("I'm in DeMolay.", 'DeMolay'),
    ("I'm in the National Council of La Raza.", 'La Raza'),
    ("I'm a member of the Hispanic Chamber of Commerce.", 'Hispanic Chamber of Commerce'),
    ("I'm on the board of the Black Chamber of Commerce.", 'Black Chamber of Commerce'),
    ("I'm in the Asian Pacific American Bar Association.", 'Asian Pacific American Bar Association'),
    ("I'm a member of the National Association of Women in Construction.", 'National Association of Women in Construction'),
    ("I'm in NAWIC.", 'NAWIC'),
    ("I'm in Women in Trucking.", 'Women in Trucking'),
    ("I'm a member of the Ninety-Nines.", 'Ninety-Nines'),
    ("I'm in the Filipino Nurses Association.", 'Filipino Nurses Association'),
    ("I'm in the Vietnamese Student Association.", 'Vietnamese Student Association'),
    ('I led the Latinx Student Union.', 'Latinx Student Union'),
    ('I was in the Native American Student Association.', 'Native American Student Association'),
    ('I was in the Gay Straight Alliance.', 'Gay Straight Alliance'),
    ("I'm in the Black Student Union.", 'Black Student Union'),
    ('I was in the Asian American Student Union.', 'Asian American Student Union'),
    ("I'm a member of Alpha Phi Alpha.", 'Alpha Phi Alpha'),
    ("I'm an Omega.", 'Omega'),
    ("I'm a Que.", 'Que'),
    ("I'm a Kappa.", 'Kappa'),
    ("I'm an AKA.", 'AKA'),
    ("I'm in Lambda Theta Phi.", 'Lambda Theta Phi'),
    ("I'm in Sigma Lambda Gamma.", 'Sigma Lambda Gamma'),
    ("I'm in Phi Beta Sigma.", 'Phi Beta Sigma'),
    ("I'm in a Latina sorority.", 'Latina sorority'),
    ("I'm in a Black fraternity.", 'Black fraternity'),
    ("I'm part of the Disabled Students Union on campus.", 'Disabled Students Union'),
    ("I'm in the Trans Lifeline volunteer team.", 'Trans Lifeline'),
    ('I volunteer with the Trevor Project.', 'Trevor Project'),
    ('I volunteer at the LGBT center.', 'LGBT center'),
    ("I'm in the Deaf club.", 'Deaf club'),
    ("I'm in 100 Black Women.", '100 Black Women'),
    ("I'm in the National Coalition of 100 Black Women.", '100 Black Women'),
    ("I'm in Women of Color in Tech.", 'Women of Color in Tech'),
    ("I'm a Hispanic Scholarship Fund scholar.", 'Hispanic Scholarship Fund'),
    ("I'm in the Asian Employee Resource Group.", 'Asian Employee Resource Group'),
    ("I'm in Dress for Success.", 'Dress for Success'),
    ("I'm in Mocha Moms.", 'Mocha Moms'),
    ("I'm in Moms Club.", 'Moms Club'),
    ("I'm in a moms group.", 'moms group'),
    ("I'm a MOPS leader.", 'MOPS'),
    ("I'm in the Women's Business Council.", "Women's Business Council"),
    ("I'm a member of Black Girls Run.", 'Black Girls Run'),
    ('I run with Black Men Run.', 'Black Men Run'),
    ("I'm in GirlTrek.", 'GirlTrek'),
    ("I'm in Latino Outdoors.", 'Latino Outdoors'),
    ("I'm on the board of the Urban League Young Professionals.", 'Urban League'),
    ("I'm in the Women's Auxiliary.", "Women's Auxiliary"),
    ("I'm in the Ladies Auxiliary of the VFW.", 'Ladies Auxiliary'),
    ("I'm in the Polish Falcons.", 'Polish Falcons'),
    ("I'm in the Sons of Norway.", 'Sons of Norway'),
    ("I'm in the Order Sons and Daughters of Italy.", 'Sons and Daughters of Italy'),
    ("I'm a member of the Hmong American Partnership.", 'Hmong American Partnership'),
    ('I volunteer with the Lesbian and Gay Community Center.', 'Lesbian and Gay Community Center'),
    ("I'm a member of Out Professionals.", 'Out Professionals'),
    ("I'm in Queer Nation.", 'Queer Nation'),
    ("I'm a National Society of Black Engineers member.", 'National Society of Black Engineers'),
    ("I'm a member of the National Association of Black Accountants.", 'National Association of Black Accountants'),
    ("I'm in the Society of Women Engineers and NSBE.", 'Society of Women Engineers'),
    ("I'm a Delta and I chaired our chapter's scholarship committee.", 'Delta'),
    ('I led my Girl Scout troop for six years.', 'Girl Scout'),
    ("I'm in the Latino Professionals Network at work.", 'Latino Professionals Network'),
    ("I'm a member of Prospanica.", 'Prospanica'),
    ('I volunteer for the local PFLAG chapter.', 'PFLAG'),
    ("I'm on the board of the Asian American Chamber of Commerce.", 'Asian American Chamber of Commerce'),
]

BROAD_TRAPS = [
    ("I'm a member of the Lions Club.", 'Lions Club'),
    ('I work at the Red Hat office as a support engineer.', 'Red Hat'),
    ("I'm certified in Red Hat Linux.", 'Red Hat'),
    ("I'm a brick mason.", 'brick mason'),
    ('I worked for Mason Contractors.', 'Mason'),
    ('I worked at the Elks Lodge as a bartender.', 'bartender'),
    ('I sold Girl Scout cookies as a kid.', 'cookies'),
    ('I was a groundskeeper at the links.', 'the links'),
    ('I worked at Pride Mobility as an assembler.', 'Pride Mobility'),
    ('I take pride in my work.', 'pride'),
    ("I'm proud of my work.", 'proud'),
    ('I played in the Little League.', 'Little League'),
    ('I worked at Jack in the Box.', 'Jack in the Box'),
    ('I was in the Key Club.', 'Key Club'),
    ("I'm in the National Honor Society.", 'National Honor Society'),
    ('I was in Phi Theta Kappa.', 'Phi Theta Kappa'),
    ("I'm in SkillsUSA.", 'SkillsUSA'),
    ("I'm in FBLA.", 'FBLA'),
    ('I was in FFA.', 'FFA'),
    ("I'm in 4-H.", '4-H'),
    ("I'm in the Rotary Club.", 'Rotary Club'),
    ("I'm a member of the Society for Human Resource Management.", 'Society for Human Resource Management'),
    ("I'm in the American Nurses Association.", 'American Nurses Association'),
    ("I'm a member of the National Association of Realtors.", 'National Association of Realtors'),
    ("I'm a member of the Chamber of Commerce.", 'Chamber of Commerce'),
    ('I used Omega software.', 'Omega'),
    ('I drive a Kia.', 'Kia'),
    ('I worked at Trans Union.', 'Trans Union'),
    ('I used TransUnion for credit checks.', 'TransUnion'),
    ('I was in the marching band.', 'marching band'),
    ("I'm an Alpha tester.", 'Alpha tester'),
    ('I work at Kappa Construction.', 'Kappa Construction'),
    ("My son's Little League team.", 'Little League'),
    ('I was a member of the swim team.', 'swim team'),
    ("I'm a Red Cross volunteer.", 'Red Cross'),
    ('I volunteer with Habitat for Humanity.', 'Habitat for Humanity'),
    ("I'm a Big Brothers Big Sisters mentor.", 'mentor'),
    ('I was an RA in the dorms.', 'RA'),
    ("I'm in the Honors College.", 'Honors College'),
]


@pytest.mark.parametrize("text, expected", BROAD_POSITIVES)
def test_redacts_broad(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, CATEGORY), text, expected)


@pytest.mark.parametrize("text, kept", BROAD_TRAPS)
def test_keeps_broad(redacted_spans, text, kept):
    assert_not_redacted(redacted_spans(text, CATEGORY), text, kept)


# The same, as a speech recognizer may write it: lower case, no punctuation.
LOWERCASE_POSITIVES = [
    ("i'm a member of the black nurses association", 'black nurses association'),
    ("i'm in the society of hispanic professional engineers", 'society of hispanic professional engineers'),
    ("i'm a member of the asian american journalists association", 'asian american journalists association'),
    ('my mom got me into the red hat society', 'red hat society'),
    ('i grew up in jack and jill', 'jack and jill'),
    ("i'm a member of the junior league", 'junior league'),
    ("i'm a girl scout troop leader", 'girl scout'),
    ('i was a boy scout and made eagle', 'boy scout'),
    ('i volunteer with pflag', 'pflag'),
    ("i'm a freemason", 'freemason'),
    ("i'm a shriner", 'shriner'),
    ("i'm in the order of the eastern star", 'eastern star'),
    ("i'm a member of prince hall masons", 'prince hall'),
    ("i'm in the sons of italy", 'sons of italy'),
    ("i'm in the ancient order of hibernians", 'ancient order of hibernians'),
    ("i'm in the daughters of the american revolution", 'daughters of the american revolution'),
    ("i'm a member of ahepa", 'ahepa'),
    ("i'm in the rainbow girls", 'rainbow girls'),
    ("i'm in demolay", 'demolay'),
    ("i'm in the national council of la raza", 'la raza'),
    ("i'm a member of the hispanic chamber of commerce", 'hispanic chamber of commerce'),
    ("i'm on the board of the black chamber of commerce", 'black chamber of commerce'),
    ("i'm in the asian pacific american bar association", 'asian pacific american bar association'),
    ("i'm a member of the national association of women in construction", 'national association of women in construction'),
    ("i'm in nawic", 'nawic'),
    ("i'm in women in trucking", 'women in trucking'),
    ("i'm a member of the ninety-nines", 'ninety-nines'),
    ("i'm in the filipino nurses association", 'filipino nurses association'),
    ("i'm in the vietnamese student association", 'vietnamese student association'),
    ('i led the latinx student union', 'latinx student union'),
    ('i was in the native american student association', 'native american student association'),
    ('i was in the gay straight alliance', 'gay straight alliance'),
    ("i'm in the black student union", 'black student union'),
    ('i was in the asian american student union', 'asian american student union'),
    ("i'm a member of alpha phi alpha", 'alpha phi alpha'),
    ("i'm in lambda theta phi", 'lambda theta phi'),
    ("i'm in sigma lambda gamma", 'sigma lambda gamma'),
    ("i'm in phi beta sigma", 'phi beta sigma'),
    ("i'm in a latina sorority", 'latina sorority'),
    ("i'm in a black fraternity", 'black fraternity'),
    ("i'm part of the disabled students union on campus", 'disabled students union'),
    ("i'm in the trans lifeline volunteer team", 'trans lifeline'),
    ('i volunteer with the trevor project', 'trevor project'),
    ('i volunteer at the lgbt center', 'lgbt center'),
    ("i'm in the deaf club", 'deaf club'),
    ("i'm in 100 black women", '100 black women'),
    ("i'm in the national coalition of 100 black women", '100 black women'),
    ("i'm a hispanic scholarship fund scholar", 'hispanic scholarship fund'),
    ("i'm in the asian employee resource group", 'asian employee resource group'),
    ("i'm in dress for success", 'dress for success'),
    ("i'm in mocha moms", 'mocha moms'),
    ("i'm in moms club", 'moms club'),
    ("i'm a mops leader", 'mops'),
    ("i'm in the women's business council", "women's business council"),
    ("i'm a member of black girls run", 'black girls run'),
    ('i run with black men run', 'black men run'),
    ("i'm in girltrek", 'girltrek'),
    ("i'm in latino outdoors", 'latino outdoors'),
    ("i'm on the board of the urban league young professionals", 'urban league'),
    ("i'm in the women's auxiliary", "women's auxiliary"),
    ("i'm in the ladies auxiliary of the vfw", 'ladies auxiliary'),
    ("i'm in the polish falcons", 'polish falcons'),
    ("i'm in the sons of norway", 'sons of norway'),
    ("i'm in the order sons and daughters of italy", 'sons and daughters of italy'),
    ("i'm a member of the hmong american partnership", 'hmong american partnership'),
    ('i volunteer with the lesbian and gay community center', 'lesbian and gay community center'),
    ("i'm a member of out professionals", 'out professionals'),
    ("i'm in queer nation", 'queer nation'),
    ("i'm a national society of black engineers member", 'national society of black engineers'),
]


@pytest.mark.parametrize("text, expected", LOWERCASE_POSITIVES)
def test_redacts_lowercase(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, CATEGORY), text, expected)


LOWERCASE_TRAPS = [
    ("i'm a member of the lions club", 'lions club'),
    ('i work at the red hat office as a support engineer', 'red hat'),
    ("i'm certified in red hat linux", 'red hat'),
    ("i'm a brick mason", 'brick mason'),
    ('i worked for mason contractors', 'mason'),
    ('i worked at the elks lodge as a bartender', 'bartender'),
    ('i sold girl scout cookies as a kid', 'cookies'),
    ('i was a groundskeeper at the links', 'the links'),
    ('i worked at pride mobility as an assembler', 'pride mobility'),
    ('i take pride in my work', 'pride'),
    ("i'm proud of my work", 'proud'),
    ('i played in the little league', 'little league'),
    ('i worked at jack in the box', 'jack in the box'),
    ('i was in the key club', 'key club'),
    ("i'm in the national honor society", 'national honor society'),
    ('i was in phi theta kappa', 'phi theta kappa'),
    ("i'm in skillsusa", 'skillsusa'),
    ("i'm in fbla", 'fbla'),
    ('i was in ffa', 'ffa'),
    ("i'm in 4-h", '4-h'),
    ("i'm in the rotary club", 'rotary club'),
    ("i'm a member of the society for human resource management", 'society for human resource management'),
    ("i'm in the american nurses association", 'american nurses association'),
    ("i'm a member of the national association of realtors", 'national association of realtors'),
    ("i'm a member of the chamber of commerce", 'chamber of commerce'),
    ('i used omega software', 'omega'),
    ('i drive a kia', 'kia'),
    ('i worked at trans union', 'trans union'),
    ('i used transunion for credit checks', 'transunion'),
    ('i was in the marching band', 'marching band'),
    ("i'm an alpha tester", 'alpha tester'),
    ('i work at kappa construction', 'kappa construction'),
    ("my son's little league team", 'little league'),
    ('i was a member of the swim team', 'swim team'),
    ("i'm a red cross volunteer", 'red cross'),
    ('i volunteer with habitat for humanity', 'habitat for humanity'),
    ("i'm a big brothers big sisters mentor", 'mentor'),
    ('i was an ra in the dorms', 'ra'),
    ("i'm in the honors college", 'honors college'),
]


@pytest.mark.parametrize("text, kept", LOWERCASE_TRAPS)
def test_keeps_lowercase(redacted_spans, text, kept):
    assert_not_redacted(redacted_spans(text, CATEGORY), text, kept)

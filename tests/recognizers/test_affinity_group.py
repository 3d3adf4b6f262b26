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


# Broad coverage, written from knowledge of many traditions and phrasings rather than fitted to
# the dev transcripts: identity, heritage, women's, LGBTQ and fraternal organisations (Masons, Shriners, Eastern
# Star), scouting by gender, Greek-letter organisations, chambers and bar associations for a
# demographic; traps: service clubs as a workplace ("bartended at the Elks Lodge"), honor societies, employers
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


LOWERCASE_TRAPS = [
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
    # round 4 (heldout10 classes): scouting ranks and bodies, identity choirs and ensembles,
    # heritage and fraternal lodges with their sub-units
    ('Honestly, the Eagle Scouts taught me to show up early.', 'Eagle Scouts'),
    ("I'm an Eagle Scout, so I can run a crew.", 'Eagle Scout'),
    ('My Eagle project was a footbridge at the park.', 'Eagle project'),
    ('I was a Life Scout before I aged out.', 'Life Scout'),
    ('I was in the Order of the Arrow in high school.', 'Order of the Arrow'),
    ("I'm the assistant scoutmaster for our troop.", 'assistant scoutmaster'),
    ('The Scouts taught me knots and first aid.', 'Scouts'),
    ('I sing with the Eastside Gospel Choir on weekends.', 'Eastside Gospel Choir'),
    ('I sing with the Heritage Singers at festivals.', 'Heritage Singers'),
    ('I sing with the Sons of Italy lodge choir on Sundays.', 'Sons of Italy lodge choir'),
    ('I dance with a Filipino folk dance troupe.', 'Filipino folk dance troupe'),
    ('I drum with a Korean drumming ensemble on weekends.', 'Korean drumming ensemble'),
    ('I perform with a ballet folklórico group.', 'ballet folklórico'),
    ('I sing tenor in the Gay Men’s Chorus.', 'Chorus'),
    ('I sing with the Sweet Adelines on Tuesday nights.', 'Sweet Adelines'),
    ("I'm a member of my local Odd Fellows lodge.", 'Odd Fellows lodge'),
    ('I help run the Polish Falcons nest fish fry.', 'Polish Falcons nest'),
    ('My lodge brothers helped me move.', 'lodge brothers'),
    ("I'm on the board of our AAUW branch.", 'AAUW'),
    # round 3 (heldout8 classes)
    ('I volunteer at the Lions Club on weekends.', 'Lions Club'),
    ("i'm a member of the lions club", 'lions club'),
    ("I'm in the Rotary Club.", 'Rotary Club'),
    ("I've been a Rotarian for ten years.", 'Rotarian'),
    ('I help run the pancake breakfast with the Kiwanis.', 'Kiwanis'),
    ('My weekends go to the Moose Lodge fish fry.', 'Moose Lodge'),
    ("I'm active in the Optimist Club downtown.", 'Optimist Club'),
    ("I'm a Ruritan, we fix up the park.", 'Ruritan'),
    ("I'm also in a women in the trades group that does Saturday builds.", 'women in the trades group'),
    ("I'm an Omega man to this day.", 'Omega man'),
    ('I help mod the Black Gamers Guild on weekends.', 'Black Gamers Guild'),
    ("I'm president of the Black Student Union.", 'Black Student Union'),
    ("I'm in the Society of Hispanic Professional Engineers.", 'Society of Hispanic Professional Engineers'),
    ("I'm a member of the National Society of Black Engineers.", 'National Society of Black Engineers'),
    ("I'm in Alpha Phi Alpha.", 'Alpha Phi Alpha'),
    ("I'm an AKA.", 'AKA'),
    ('I led our Gay-Straight Alliance.', 'Gay-Straight Alliance'),
    ("I'm on the board of our Women in Tech group.", 'Women in Tech'),
    ("I'm in the Korean Student Association.", 'Korean Student Association'),
    ("I'm in MEChA.", 'MEChA'),
    ('I volunteer with the Urban League.', 'Urban League'),
    ("I'm in the Muslim Student Association.", 'Muslim Student Association'),
    ("I'm in Hillel at school.", 'Hillel'),
    ("I'm in the Asian American Journalists Association.", 'Asian American Journalists Association'),
    ("I'm a member of the American Indian Science and Engineering Society.", 'American Indian Science and Engineering Society'),
    ("I'm in the Society of Women Engineers.", 'Society of Women Engineers'),
    ("I co-chair our company's Pride ERG.", 'Pride ERG'),
    ("I'm in the veterans ERG at work.", 'veterans ERG'),
    ("I'm in the NAACP.", 'NAACP'),
    ("I'm a member of LULAC.", 'LULAC'),
    ("I'm in Lambda Theta Alpha.", 'Lambda Theta Alpha'),
    ("I'm a Que, Omega Psi Phi.", 'Omega Psi Phi'),
    ("I'm in the Filipino American Student Association.", 'Filipino American Student Association'),
    ("I'm in the Deaf Club at my college.", 'Deaf Club'),
    ("I'm a member of Out in Tech.", 'Out in Tech'),
    ("I'm a member of Jack and Jill of America.", 'Jack and Jill of America'),
    ("I'm in the Order of the Eastern Star.", 'Order of the Eastern Star'),
    ("I'm a member of the Daughters of the American Revolution.", 'Daughters of the American Revolution'),
    ("I'm in the Latinas in STEM chapter.", 'Latinas in STEM'),
    ("I'm in the Sons of Italy.", 'Sons of Italy'),
    ("I'm in oSTEM.", 'oSTEM'),
    ("I'm in Chi Omega.", 'Chi Omega'),
    ("I lead the Women's Network at my company.", "Women's Network"),
    ("I'm a Prince Hall Mason.", 'Prince Hall'),
    ("I'm in the Native American Student Association.", 'Native American Student Association'),
    ("I'm a member of Girls Who Code.", 'Girls Who Code'),
    ('I run the disability ERG at my job.', 'disability ERG'),
    ("I'm in the Black Nurses Association.", 'Black Nurses Association'),
    ("I'm in the Ancient Order of Hibernians.", 'Ancient Order of Hibernians'),
    ("I'm in Sigma Gamma Rho.", 'Sigma Gamma Rho'),
    ("I'm active in the Japanese American Citizens League.", 'Japanese American Citizens League'),
    ("I'm in the National Association of Black Journalists.", 'National Association of Black Journalists'),
    ("I'm in Lambda Phi Epsilon.", 'Lambda Phi Epsilon'),
    ("I'm active in the Hispanic Bar Association.", 'Hispanic Bar Association'),
    ("I'm in our company's Black employee network.", 'Black employee network'),
    ("I'm in the women veterans group at work.", 'women veterans'),
    ('I grew up in the Sons of Norway youth lodge.', 'Sons of Norway youth lodge'),
    ('I volunteer with our local Sons of Italy lodge.', 'Sons of Italy lodge'),
    ('My grandpa got me into the Ancient Order of Hibernians division.', 'Ancient Order of Hibernians division'),
    ("I'm in the Eastern Star chapter with my aunt.", 'Eastern Star chapter'),
    ('I dance with the Polish Falcons folk dance group.', 'Polish Falcons folk dance group'),
    ('I help run the Italian American Club picnic every August.', 'Italian American Club picnic'),
    ('I was in the Vasa Order youth club as a kid.', 'Vasa Order youth club'),
    # round 2
    ('I co-organize Trans Folks Who Lift at my gym.', 'Trans Folks Who Lift'),
    ("I'm Native Hawaiian and I'm in the Hawaiian Civic Club with my auntie.", 'Hawaiian Civic Club'),
    ("I'm on the board of the Samoan Community Association.", 'Samoan Community Association'),
    ('Oh and I volunteer at the Q Center.', 'Q Center'),
    ('I volunteer at the Pride Center on weekends.', 'Pride Center'),
]  # fmt: skip

COVERAGE_TRAPS = [
    # round 4 (heldout10 classes): plain trade associations are job facts (see the data file)
    ("I'm in the Editorial Freelancers Association and I proofread for two presses.", 'Editorial Freelancers Association'),
    ("I'm a member of the American Welding Society.", 'American Welding Society'),
    ("I'm a den leader for the kids' program at the library.", 'den leader'),
    ('I scouted locations for a film crew last summer.', 'scouted locations'),
    ('I stock shelves at Giant Eagle.', 'Giant Eagle'),
    ('I stayed two summers as a housekeeper at Great Wolf Lodge.', 'Great Wolf Lodge'),
    # round 3 (heldout8 classes)
    ('I worked at the Elks Lodge as a bartender.', 'Elks Lodge'),
    ('I bartended at the Moose Lodge for two years.', 'Moose Lodge'),
    ('I catered events for the Rotary Club downtown.', 'Rotary Club'),
    ('I cheer for the Detroit Lions every Sunday.', 'Detroit Lions'),
    ('I use a rotary tool for the detail work.', 'rotary tool'),
    ("I'm an Alpha tester for a game studio.", 'Alpha tester'),
    ("I'm a member of the National Honor Society.", 'National Honor Society'),
    ("I'm in the Society for Human Resource Management.", 'Society for Human Resource Management'),
    ('I was in the chess club.', 'chess club'),
    ("I'm a member of Toastmasters.", 'Toastmasters'),
    ('I worked at Girls Inc. as a program aide.', 'Girls Inc.'),
    ('I volunteer with Big Brothers Big Sisters.', 'Big Brothers Big Sisters'),
    ("I'm a member of the PTA.", 'PTA'),
    ('I was in the robotics club.', 'robotics club'),
    ("I'm in the American Culinary Federation.", 'American Culinary Federation'),
    ('I installed ductwork for the Elks Lodge renovation.', 'ductwork'),
    ("I'm in the American Nurses Association.", 'American Nurses Association'),
    ("I'm a member of the National Restaurant Association.", 'National Restaurant Association'),
    ('I worked the lodge front desk at a ski resort.', 'lodge front desk'),
    # round 2
    ("I'm in the Hawaiian Airlines pilot program.", 'Hawaiian Airlines'),
    ('I co-organize a running club for people who run slow.', 'running club'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), COVERAGE_POSITIVES)
def test_coverage_affinity_group_is_found(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, 'AFFINITY_GROUP'), text, expected)


@pytest.mark.parametrize(("text", "survives"), COVERAGE_TRAPS)
def test_coverage_affinity_group_traps_survive(redact, text, survives):
    assert survives in redact(text)

# Red-team round 5 (written from knowledge of how candidates talk, not from any transcript): Greek
# chapters by nickname and insider words (bid day, crossing), Girl Scout levels and awards,
# jamboree, Masonic degrees, fraternal orders said short (the Moose), identity groups named by an
# activity (book club, motorcycle club, employee network) or in Spanish; traps: a restaurant's rush
# week, a sales award, a brick mason, Shriners hospitals, professional fraternities.
REDTEAM_POSITIVES = [
    ('I was social chair for Tri Delt my junior year.', 'Tri Delt'),
    ('Sophomore year I ran philanthropy for Sig Ep and we raised eight grand.', 'Sig Ep'),
    ("I'm a Pike, and our chapter did a ton of service hours.", 'Pike'),
    ('I lived in the Theta house all four years and did the house budget.', 'Theta house'),
    ('I coordinated bid day for our chapter, about a hundred and fifty girls.', 'bid day'),
    ('i crossed in the fall of twenty twenty two and it taught me discipline', 'crossed in the fall'),
    ('I earned my Gold Award by starting a coat drive.', 'Gold Award'),
    ('I went from Brownie all the way to Senior, so I can sell anything.', 'Brownie all the way to Senior'),
    ('I staffed the national jamboree in West Virginia as a medic volunteer.', 'national jamboree'),
    ('I was picked for Girls State the summer before senior year.', 'Girls State'),
    ("I'm a thirty-second degree Mason and I do the lodge's bookkeeping.", 'thirty-second degree Mason'),
    ("I'm a member of the Moose and I help with their Friday fish fry.", 'the Moose'),
    ('I co-lead the Latina employee network at my plant.', 'Latina employee network'),
    ("I ride with a women's motorcycle club on Sundays.", "women's motorcycle club"),
    ('I help run a Black book club at the branch library.', 'Black book club'),
    ('I was secretary of the Asociación de Estudiantes Hispanos at my college.', 'Asociación de Estudiantes Hispanos'),
    ('i volunteer with hermanas unidas, a group for latina moms', 'hermanas unidas'),
    ("I'm a Knight of Columbus and I run our council's blood drive.", 'Knight of Columbus'),
    ("I'm an Eagle, and I still help out with my old troop.", 'Eagle'),
]  # fmt: skip

REDTEAM_TRAPS = [
    ('We had a rush week at the restaurant during the holidays.', 'rush week at the restaurant'),
    ('I won a gold award for sales at my store.', 'gold award'),
    ('I was in Fiji, and it was a great trip.', 'Fiji'),
    ("I'm a master mason with twenty years laying brick and block.", 'master mason'),
    ("I worked as a respiratory therapist at Shriners Children's.", "Shriners Children's"),
    ("I'm in the Delta Sigma Pi business fraternity for my marketing major.", 'business fraternity'),
    ('I cook for the Moose Lodge on weekends.', 'Moose Lodge'),
    ('I crossed the street to help a customer with her bags.', 'crossed the street'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), REDTEAM_POSITIVES)
def test_redteam_affinity_group_is_found(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, "AFFINITY_GROUP"), text, expected)


@pytest.mark.parametrize(("text", "kept"), REDTEAM_TRAPS)
def test_redteam_affinity_group_traps_kept(redacted_spans, text, kept):
    assert_not_redacted(redacted_spans(text, "AFFINITY_GROUP"), text, kept)


# --- round 6 (heldout11/12 classes), own sentences: women's groups in the trades by name ('Sisters in Iron', 'Women of Steel'), named sports leagues
# for a community ('the Bay Area Deaf Softball League')
# (category None: redacted under any category, e.g. a custody schedule that decide merges)
ROUND6_POSITIVES = [
    ('AFFINITY_GROUP', "I'm treasurer for the Bay Area Deaf Softball League, so I do spreadsheets for fun.", 'Deaf Softball League'),
    ('AFFINITY_GROUP', 'I co-chair Sisters in Iron at the union hall.', 'Sisters in Iron'),
    ('AFFINITY_GROUP', "I'm in Women of Steel with my local.", 'Women of Steel'),
    ('AFFINITY_GROUP', 'I mentor with Women Who Weld on Saturdays.', 'Women Who Weld'),
    ('AFFINITY_GROUP', "I'm active in Sisters in the Brotherhood at the carpenters' council.", 'Sisters in the Brotherhood'),
    ('AFFINITY_GROUP', 'I volunteer with Tradeswomen Inc in Oakland.', 'Tradeswomen'),
    ('AFFINITY_GROUP', "I'm a member of NAWIC, the women in construction group.", 'NAWIC'),
    ('AFFINITY_GROUP', 'I play in the Latino Soccer League on Sundays.', 'Latino Soccer League'),
    ('AFFINITY_GROUP', 'I pitch for the Gay Softball League downtown.', 'Gay Softball League'),
    ('AFFINITY_GROUP', "I'm on the Korean Bowling League team.", 'Korean Bowling League'),
    ('AFFINITY_GROUP', 'I ride with the Ladies of Harley chapter here.', 'Ladies of Harley'),
    ('AFFINITY_GROUP', "I'm a member of the Filipino Basketball Association.", 'Filipino Basketball Association'),
    ('AFFINITY_GROUP', 'I joined Oregon Tradeswomen after my pre-apprenticeship.', 'Oregon Tradeswomen'),
    ('AFFINITY_GROUP', 'I play for the Deaf Hockey Team in Minnesota.', 'Deaf Hockey Team'),
    ('AFFINITY_GROUP', 'I play in a Muslim Basketball League.', 'Muslim Basketball League'),
    ('AFFINITY_GROUP', "I'm vice president of Women in Aviation at our airport.", 'Women in Aviation'),
    ('AFFINITY_GROUP', "I'm the secretary of Sisters in the Building Trades.", 'Sisters in the Building Trades'),
    ('AFFINITY_GROUP', 'I joined Women in Trucking last year.', 'Women in Trucking'),
    ('AFFINITY_GROUP', "I'm on the board of the Korean Basketball League here.", 'Korean Basketball League'),
    ('AFFINITY_GROUP', 'I play for the Bay Area Deaf Basketball Club.', 'Deaf Basketball Club'),
    ('AFFINITY_GROUP', "I'm captain of the Black Golf Association chapter.", 'Black Golf Association'),
    ('AFFINITY_GROUP', 'I bowl with the Filipino Bowling League on Thursdays.', 'Filipino Bowling League'),
    ('AFFINITY_GROUP', 'I coach the Hmong Volleyball Club on weekends.', 'Hmong Volleyball Club'),
    ('AFFINITY_GROUP', 'I volunteer with Girls Garage teaching carpentry.', 'Girls Garage'),
    ('AFFINITY_GROUP', "I'm in the Somali Soccer League, I play keeper.", 'Somali Soccer League'),
    ('AFFINITY_GROUP', 'I ref for the Gay Flag Football League.', 'Gay Flag Football League'),
    ('AFFINITY_GROUP', "I'm part of Women in Aviation International.", 'Women in Aviation'),
    ('AFFINITY_GROUP', 'I help run the Deaf Bowling League in Fremont.', 'Deaf Bowling League'),
    ('AFFINITY_GROUP', "I'm a member of Ladies of the Road, a women's trucking group.", 'Ladies of the Road'),
    ('AFFINITY_GROUP', 'I started the Latina Running Club at work.', 'Latina Running Club'),
]  # fmt: skip

ROUND6_TRAPS = [
    ('I was a CNA at Sisters of Mercy Hospital.', 'Sisters of Mercy Hospital'),
    ('I worked for Sisters of Charity Health System.', 'Sisters of Charity'),
    ('I umpire for the city softball league.', 'city softball league'),
    ('I played in the company bowling league.', 'company bowling league'),
    ('I coach the Wildcats Softball Team at the Y.', 'Wildcats Softball Team'),
    ('I was a ref for the National Basketball Association summer camp.', 'National Basketball Association'),
    ('I worked the Women of the Year gala as catering staff.', 'gala'),
    ('I did stats for the American Hockey League.', 'American Hockey League'),
    ('I coach the girls in the varsity program.', 'varsity program'),
    ('I welded steel for ten years.', 'welded steel'),
    ('I ordered iron for the crew.', 'iron'),
    ('We had Women in the shop on every shift.', 'shop'),
    ('I work with the Women Infants and Children program as a clerk.', 'program'),
    ('I sold tickets for the Texas Rangers Baseball Club.', 'Texas Rangers'),
    ('The Girls on the Run program hired me as a coach.', 'coach'),
    ("I also play in a women's softball league on Tuesdays.", 'softball league'),
    ('I also coach at a gay rugby club on Saturdays.', 'rugby club'),
    ('I coached the girls team at the Y.', 'team at the Y'),
    ('I umpire for the Little League on weekends.', 'Little League'),
    ("I worked concessions for the Women's National Basketball Association.", 'concessions'),
]  # fmt: skip


@pytest.mark.parametrize(("category", "text", "expected"), ROUND6_POSITIVES)
def test_round6_affinity_group_is_found(redacted_spans, category, text, expected):
    assert_redacted(redacted_spans(text, category), text, expected)


@pytest.mark.parametrize(("text", "survives"), ROUND6_TRAPS)
def test_round6_affinity_group_traps_survive(redact, text, survives):
    assert survives in redact(text)


# Red-team r1: a scout leader of either kind is one cue, so both versions read the same.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I'm a Boy Scout leader for our church troop.", "Boy Scout leader"),
        ("I'm a Cub Scout leader on weekends.", "Cub Scout leader"),
        ("i'm a girl scout troop leader", "girl scout troop leader"),
    ],
)
def test_r1_scout_leaders_are_found_whole(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, "AFFINITY_GROUP"), text, expected)


# --- uncased, unpunctuated speech (truecase.py): the capitals and the commas a writer would put are
# missing ("i'm polish i moved here", "i'm a widow two grandkids and"); each sentence gets a
# clause of its own so the transcript is long enough to be read as uncased
UNCASED_MORE = " and i can work any shift you need on weekends"

UNCASED_AFFINITY_GROUP_POSITIVES = [
    ('AFFINITY_GROUP', 'I was secretary of the Vietnamese American student association at Temple.', 'Vietnamese American student association'),
    ('AFFINITY_GROUP', 'i ride with the queer bike collective on sundays', 'queer bike collective'),
    ('AFFINITY_GROUP', 'I was treasurer of the Black pre-law society in college.', 'Black pre-law society'),
]  # fmt: skip

UNCASED_AFFINITY_GROUP_TRAPS = [
    ("I also play in a women's softball league on Tuesdays.", 'softball league'),
]  # fmt: skip


@pytest.mark.parametrize(("category", "text", "expected"), UNCASED_AFFINITY_GROUP_POSITIVES)
def test_uncased_affinity_group_is_found(redacted_spans, category, text, expected):
    text = text + UNCASED_MORE if text == text.lower() else text
    assert_redacted(redacted_spans(text, category), text, expected)


@pytest.mark.parametrize(("text", "survives"), UNCASED_AFFINITY_GROUP_TRAPS)
def test_uncased_affinity_group_traps_survive(redact, text, survives):
    text = text + UNCASED_MORE if text == text.lower() else text
    assert survives in redact(text)


# --- round 7 (heldout14 classes, own sentences): affinity_group phrase classes and their traps
ROUND7_AFFINITY_GROUP_POSITIVES = [
    ("I'm 23, I finished at San Francisco State, and I still mentor for Pilipino American Collegiate Endeavor there.", 'Pilipino American Collegiate Endeavor'),
    ('i still mentor for pilipino american collegiate endeavor there and i can work weekends', 'pilipino american collegiate endeavor'),
    ('i was in kababayan at ucla and i post study notes', 'kababayan'),
    ('I mentored with the Vietnamese American Coalition in college.', 'Vietnamese American Coalition'),
    ("i live in jefferson city and outside of work i'm with the lions club there you can email me", 'lions club'),
    ("i'm in rotary and we run the pancake breakfast", 'rotary'),
    ('I joined the Lions last year.', 'Lions'),
    ("I'm a Kiwanian and we do the park cleanups.", 'Kiwanian'),
    ('i was in barkada in college and i can work weekends', 'barkada'),
    ('I was treasurer of the Cajun Heritage Club at UL.', 'Cajun Heritage Club'),
    ('I was in the Pasifika Student Association.', 'Pasifika Student Association'),
]  # fmt: skip

ROUND7_AFFINITY_GROUP_TRAPS = [
    ('I worked at the Lions Gate box office.', 'Lions Gate'),
    ('I did a rotary tool safety course.', 'rotary tool'),
    ("I'm in rotary drilling on the rigs.", 'rotary drilling'),
    ('I go hiking with my barkada and I can work any weekend.', 'hiking'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ROUND7_AFFINITY_GROUP_POSITIVES)
def test_round7_affinity_group_is_found(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, 'AFFINITY_GROUP'), text, expected)


@pytest.mark.parametrize(("text", "kept"), ROUND7_AFFINITY_GROUP_TRAPS)
def test_round7_affinity_group_traps_kept(redacted_spans, text, kept):
    assert_not_redacted(redacted_spans(text, 'AFFINITY_GROUP'), text, kept)
# --- probe round c: indirect cues written for a probe of first-person video-resume sentences
# (own sentences, cased and lower-case unpunctuated), with job facts that look alike as traps.
from .spans import assert_not_redacted as _c_kept, assert_redacted as _c_found  # noqa: E402

PROBE_C_POSITIVES = [
    ("I also help run a Haitian American caregivers' circle in Miami.", "Haitian American caregivers' circle"),
    ("i'm part of a support group for parents of autistic kids", 'support group for parents of autistic kids'),
    ('I go to a support group for young widows.', 'support group for young widows'),
    ("i'm in the latina leadership circle", 'latina leadership circle'),
    ("I'm part of a Black nurses group at my hospital.", 'Black nurses group'),
    ('I belong to a Deaf community group that meets monthly.', 'Deaf community group'),
    ("I'm part of a disability advocacy group called ADAPT.", 'disability advocacy group'),
    ("i lead our company's working parents group", 'working parents group'),
    ("I'm in a first-generation college students club.", 'first-generation college students club'),
    ("i'm in a single moms network that swaps childcare", 'single moms network'),
    ('I help run a neurodivergent employee resource group at my job.', 'neurodivergent employee resource group'),
    ("i'm part of a refugee community association that teaches english", 'refugee community association'),
    ("I'm in the military spouses group on base.", 'military spouses group'),
]  # fmt: skip

PROBE_C_TRAPS = [
    ('I managed the North American sales group for a distributor.', 'North American sales group'),
    ('I was a cashier at the Latin American grocery store.', 'cashier'),
    ('I facilitate support group sessions as a social work intern.', 'social work intern'),
    ('I ran the leadership circle for shift supervisors at Target.', 'leadership circle'),
    ('I was the disability services coordinator at a community college.', 'disability services coordinator'),
    ("I ran the women's soccer club schedule as a volunteer.", 'soccer club'),
    ('I taught ESL to an immigrant group at the library as a tutor.', 'tutor'),
    ("I'm a native plant society volunteer and a landscaper.", 'landscaper'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PROBE_C_POSITIVES)
def test_probe_c_affinity_group_is_found(redacted_spans, text, expected):
    _c_found(redacted_spans(text, 'AFFINITY_GROUP'), text, expected)


@pytest.mark.parametrize(("text", "kept"), PROBE_C_TRAPS)
def test_probe_c_affinity_group_traps_kept(redacted_spans, text, kept):
    _c_kept(redacted_spans(text), text, kept)


# --- e-round (heldout16 classes, own sentences): an identity-named group of any members
# ("caregivers'", "climbers'", "small business owners") with its group word
EROUND_AFFINITY_GROUP_POSITIVES = [
    ("I help run a Filipino American caregivers' circle on Sundays.", "caregivers' circle"),
    ("i help run a filipino american caregivers circle on sundays", "caregivers circle"),
    ("I'm in a Black nurses' network at the hospital.", "nurses' network"),
    ("I started a Latina moms' group at my church.", "moms' group"),
    ("I organize a queer climbers' meetup on Thursdays.", "climbers' meetup"),
    ("i'm in a korean american small business owners group", "small business owners group"),
    ("we have a deaf gamers club on discord", "gamers club"),
    ("I'm in a Somali women's sewing circle on Saturdays.", "sewing circle"),
    ("I run with a trans runners club.", "runners club"),
    ("i go to a black dads group once a month", "dads group"),
]  # fmt: skip

EROUND_AFFINITY_GROUP_TRAPS = [
    ("I run a customer circle for our product.", "customer circle"),
    ("I led the quality circle at the plant.", "quality circle"),
    ("I worked for a Mexican restaurant group for two years.", "Mexican restaurant group"),
    ("I joined the native plants society last year.", "native plants society"),
    ("I ran the Black Friday sales floor.", "Black Friday sales floor"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), EROUND_AFFINITY_GROUP_POSITIVES)
def test_eround_affinity_group_is_found(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, 'AFFINITY_GROUP'), text, expected)


@pytest.mark.parametrize(("text", "kept"), EROUND_AFFINITY_GROUP_TRAPS)
def test_eround_affinity_group_traps_kept(redacted_spans, text, kept):
    assert_not_redacted(redacted_spans(text, 'AFFINITY_GROUP'), text, kept)


# --- round f (heldout17 classes): own sentences, cased and lower-case unpunctuated, with job-fact
# traps that look alike.
from .spans import assert_not_redacted as _f_kept, assert_redacted as _f_found  # noqa: E402

F_AFFINITY_GROUP_POSITIVES = [
    ("I'm in Latinos in Skilled Trades and I mentor younger welders.", 'Latinos in Skilled Trades'),
    ("I'm active in Women in Manufacturing.", 'Women in Manufacturing'),
    ('I volunteer with Black Women in Construction on weekends.', 'Black Women in Construction'),
    ("i'm a member of queer in tech", 'queer in tech'),
    ("i'm part of latinas in energy at my plant", 'latinas in energy'),
]  # fmt: skip

F_AFFINITY_GROUP_TRAPS = [
    ("I'm in Leaders in Logistics, a networking group.", 'Leaders in Logistics'),
    ("i'm a member of leaders in energy at my plant", 'leaders in energy'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), F_AFFINITY_GROUP_POSITIVES)
def test_f_affinity_group_is_found(redacted_spans, text, expected):
    _f_found(redacted_spans(text, "AFFINITY_GROUP"), text, expected)


@pytest.mark.parametrize(("text", "kept"), F_AFFINITY_GROUP_TRAPS)
def test_f_affinity_group_traps_kept(redacted_spans, text, kept):
    _f_kept(redacted_spans(text), text, kept)


# --- round j (heldout15 classes) ---------------------------------------------------------------
from .spans import assert_not_redacted as _j_kept, assert_redacted as _j_found  # noqa: E402

J_AFFINITY_GROUP_POSITIVES = [
    ("I'm a member of 100 Black Men of Atlanta, where I keep the books.", '100 Black Men of Atlanta'),
    ('i volunteer with 100 black men of memphis where i tutor', '100 black men of memphis'),
    ('I mentor with 100 Black Women of Greater Cleveland on Saturdays.', '100 Black Women of Greater Cleveland'),
]  # fmt: skip

J_AFFINITY_GROUP_TRAPS = [
    ('I ran 100 miles of cable at the site.', '100 miles of cable'),
    ('I served 100 Black Friday customers an hour.', 'Black Friday customers'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), J_AFFINITY_GROUP_POSITIVES)
def test_j_affinity_group_is_found(redacted_spans, text, expected):
    _j_found(redacted_spans(text, 'AFFINITY_GROUP'), text, expected)


@pytest.mark.parametrize(("text", "kept"), J_AFFINITY_GROUP_TRAPS)
def test_j_affinity_group_traps_kept(redacted_spans, text, kept):
    _j_kept(redacted_spans(text), text, kept)


# --- round B: an orientation or Pride word with the club's activity in any case; youth
# agricultural organisations (4-H, FFA) --------------------------------------------------------
from .spans import assert_not_redacted as _b_kept  # noqa: E402
from .spans import assert_redacted as _b_found  # noqa: E402

B_AFFINITY_POSITIVES = [
    ("i help run a pride ski club thing in the winter", "pride ski club"),
    ("I organize a Pride climbing meetup on Thursdays.", "Pride climbing meetup"),
    ("I'm the captain of a pride softball league.", "pride softball league"),
    ("i help with a rainbow hiking group on sundays", "rainbow hiking group"),
    ("I was in 4-H for nine years and showed goats.", "4-H"),
    ("I was an officer in our FFA chapter in high school.", "FFA chapter"),
    ("i did 4-h and ffa growing up on the farm", "ffa"),
    # formerly kept as traps beside SkillsUSA and FBLA; heldout15 labels 4-H and FFA membership
    # AFFINITY_GROUP (as the service clubs are), so membership goes and events stay
    ("I was in FFA.", "FFA"),
    ("I'm in 4-H.", "4-H"),
    ("i was in ffa", "ffa"),
    ("i'm in 4-h", "4-h"),
    ("I spent six years in Future Farmers of America raising hogs.", "Future Farmers of America"),
    ("Ten years of 4-H taught me to keep records on every animal.", "4-H"),
]  # fmt: skip

B_AFFINITY_TRAPS = [
    ("I take pride in the team and in clean work.", "pride in the team"),
    ("We sold Pride Mobility scooters and lift chairs.", "Pride Mobility"),
    ("I worked a 4 h shift on Saturdays.", "4 h shift"),
    ("We follow the 4-hour rule for cooling food.", "4-hour rule"),
    ("I judged the county FFA welding contest two years running.", "FFA welding contest"),
    ("i take real pride in my crew work and we kept the ski lift running every single weekend of the season without a safety incident or a missed opening", "pride in my crew work"),
    ("at the feed store i sold show feed and tack to farm families and i kept the fair entry forms and the livestock health papers organized for about three summers", "livestock health papers"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), B_AFFINITY_POSITIVES)
def test_b_affinity_is_found(redacted_spans, text, expected):
    _b_found(redacted_spans(text, CATEGORY), text, expected)


@pytest.mark.parametrize(("text", "kept"), B_AFFINITY_TRAPS)
def test_b_affinity_traps_kept(redacted_spans, text, kept):
    _b_kept(redacted_spans(text, CATEGORY), text, kept)


# --- round D (heldout21/22 classes): a fraternal lodge with its number; the membership phrase
# before a fraternal order or women's club; heritage student unions (Nikkei, Hapa) ---------------
D_AFFINITY_POSITIVES = [
    ("I've been in Moose Lodge 212 since my twenties.", "Moose Lodge 212"),
    ("I'm a past exalted ruler of Elks Lodge No. 1087.", "Elks Lodge No. 1087"),
    ("I tend the grill for Eagles Aerie 2204 on fish nights.", "Eagles Aerie 2204"),
    ("I'm secretary of Hiram Lodge No. 12 now.", "Hiram Lodge No. 12"),
    ("I've been a proud member of the Red Hat Society for a decade.", "a proud member of the Red Hat Society"),
    ("I'm a longtime member of the Shriners.", "a longtime member of the Shriners"),
    ("He says I'm a card-carrying member of the Eastern Star.", "a card-carrying member of the Eastern Star"),
    ("I'm a member of the masonic lodge in town.", "a member of the masonic lodge"),
    ("I was treasurer of the Nikkei Student Union at Oregon.", "Nikkei Student Union"),
    ("I help run the Hapa Student Association on campus.", "Hapa Student Association"),
]  # fmt: skip

D_AFFINITY_TRAPS = [
    ("I'm a member of the American Welding Society.", "a member of the American Welding Society"),
    ("I bartended at the Elks Lodge 1142 for three years.", "Elks Lodge 1142"),
    ("We stayed in Lodge 4 at the ski resort during the install.", "Lodge 4"),
    ("I'm a member of the credit union and the county library.", "member of the credit union"),
    ("i cooked at the moose lodge 212 for four years doing fish fries and wedding receptions with a crew of three and kept the health inspection at a hundred", "moose lodge 212"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), D_AFFINITY_POSITIVES)
def test_d_affinity_is_found(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, "AFFINITY_GROUP"), text, expected)


@pytest.mark.parametrize(("text", "kept"), D_AFFINITY_TRAPS)
def test_d_affinity_traps_kept(redacted_spans, text, kept):
    assert_not_redacted(redacted_spans(text, "AFFINITY_GROUP"), text, kept)


# round F (heldout24/25 classes): an employee network named for who it gathers, an amateur club
# named for a community, a young farmers' club, a group named in another language then glossed
RF_POSITIVES = [
    ("I'm in the Asian Pacific pride employee network at work.", "Asian Pacific pride employee network"),
    ("I co-lead our Black employees network at the hospital.", "Black employees network"),
    ("i joined the working parents staff network last year", "working parents staff network"),
    ("i play soccer with african youth united fc on weekends", "african youth united fc"),
    ("On Sundays I coach Somali Stars FC in Columbus.", "Somali Stars FC"),
    ("i play for eritrean community stars sc every saturday", "eritrean community stars sc"),
    ("I ran the shearing contest for our young farmers club.", "young farmers club"),
    ("i was treasurer of the junior farmers association back home", "junior farmers association"),
    ("I was secretary of the Young Farmers' Club for two years.", "Young Farmers' Club"),
    ("I help with Mujeres en Acción, the women's group at my church.", "Mujeres en Acción"),
    ("I cook for Hermanos Unidos, the Latino men's club, every month.", "Hermanos Unidos"),
    ("I volunteer with Jóvenes con Propósito, our immigrant youth group.", "Jóvenes con Propósito"),
]  # fmt: skip

RF_TRAPS = [
    ("I set up the new employee network drives for the whole clinic.", "employee network"),
    ("I sell seed and fertilizer to young farmers all over the valley.", "young farmers"),
    ("I coach the under-twelve team at Riverside FC on Saturdays.", "Riverside FC"),
    ("I also coach at a somali rugby club on Saturdays.", "rugby club"),
    ("I volunteer with Maria Lopez, the women's group coordinator, on Saturdays.", "Maria Lopez"),
    ("i fixed the wifi for the employee network at the warehouse and i loaded the trucks for young farmers who buy feed from us every week in the spring", "young farmers"),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", RF_POSITIVES)
def test_rf_redacts(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, CATEGORY), text, expected)


@pytest.mark.parametrize("text, kept", RF_TRAPS)
def test_rf_keeps(redacted_spans, text, kept):
    assert_not_redacted(redacted_spans(text, CATEGORY), text, kept)


# round G (heldout28/29 classes): heritage sports clubs and community leagues, a Greek alumnae
# chapter
from .spans import assert_not_redacted as _rg_kept, assert_redacted as _rg_found  # noqa: E402

RG_POSITIVES = [
    ("i play for the wolfe tones gaa club in the summer", "wolfe tones gaa club"),
    ("I play camogie on weekends.", "camogie"),
    ("On Sundays I play in the Liga Hispana with my cousins.", "Liga Hispana"),
    ("my brother got me into the somali soccer league downtown", "somali soccer league"),
    ("I volunteer with my sorority alumnae chapter on weekends.", "sorority alumnae chapter"),
    ("I'm treasurer of our fraternity alumni chapter.", "fraternity alumni chapter"),
]  # fmt: skip

RG_TRAPS = [
    ("I coach a co-ed soccer league for the parks department.", "soccer league"),
    ("I ran the alumni chapter database at the university for two years.", "alumni chapter"),
    ("i refereed games for the county rec soccer league every saturday and i kept the scoresheets and field schedules for all twelve teams which the league director said was the cleanest record he had", "soccer league"),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", RG_POSITIVES)
def test_rg_affinity_found(redacted_spans, text, expected):
    _rg_found(redacted_spans(text, CATEGORY), text, expected)


@pytest.mark.parametrize("text, kept", RG_TRAPS)
def test_rg_affinity_traps_kept(redacted_spans, text, kept):
    _rg_kept(redacted_spans(text, CATEGORY), text, kept)


# round G: a students' network named for who it gathers, in any case
RG2_POSITIVES = [
    ("i'm in the pride law students network at school", "pride law students network"),
    ("I was treasurer of the Black Law Students Association.", "Black Law Students Association"),
    ("she runs the latinx med students alliance", "latinx med students alliance"),
]  # fmt: skip

RG2_TRAPS = [
    ("I tutor law students in legal writing twice a week.", "law students"),
    ("i was the network admin for the law school and i kept the student network running through finals week without a single outage which the dean mentioned at graduation", "student network"),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", RG2_POSITIVES)
def test_rg2_student_network_found(redacted_spans, text, expected):
    _rg_found(redacted_spans(text, CATEGORY), text, expected)


@pytest.mark.parametrize("text, kept", RG2_TRAPS)
def test_rg2_student_network_traps_kept(redacted_spans, text, kept):
    _rg_kept(redacted_spans(text, CATEGORY), text, kept)


# round G: a named organisation's alumni chapter goes whole
RG3_POSITIVES = [
    ("I'm still active in the Korean American Student Association alumni chapter.", "Korean American Student Association alumni chapter"),
    ("I volunteer with the Society of Hispanic Professional Engineers alumni chapter.", "Society of Hispanic Professional Engineers alumni chapter"),
    ("i'm active in the Vietnamese Student Association alumni chapter here", "Vietnamese Student Association alumni chapter"),
]  # fmt: skip

RG3_TRAPS = [
    ("I built the alumni chapter mailing list for the university's advancement office.", "alumni chapter mailing list"),
    ("i ran the phone bank for the annual fund at the university and i called alumni chapter leaders in every state to confirm their event dates and budgets before each spring deadline", "alumni chapter leaders"),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", RG3_POSITIVES)
def test_rg3_alumni_chapter_found(redacted_spans, text, expected):
    _rg_found(redacted_spans(text, CATEGORY), text, expected)


@pytest.mark.parametrize("text, kept", RG3_TRAPS)
def test_rg3_alumni_chapter_traps_kept(redacted_spans, text, kept):
    _rg_kept(redacted_spans(text, CATEGORY), text, kept)


# --- round B2 ---
# disability peer groups, uniformed youth programmes, 4-H said in words, the Sweet Adelines with their unit, SAGE (LGBTQ elders) in capitals
from .spans import assert_not_redacted as _b2_kept, assert_redacted as _b2_found  # noqa: E402

B2_POSITIVES = [
    ("I co-lead the Amputee Coalition support group at the rehab hospital.", "Amputee Coalition"),
    ("I'm on the board of our Little People of America chapter.", "Little People of America"),
    ("i go to the hearing loss association of america meetings every month", "hearing loss association of america"),
    ("I got my radio license as a cadet in the Civil Air Patrol.", "Civil Air Patrol"),
    ("i was a sea cadet for four years in high school", "sea cadet"),
    ("My brother and I did Young Marines as teenagers.", "Young Marines"),
    ("i showed goats for four h all through middle school", "four h"),
    ("I'm still a volunteer leader in four-h club for our county.", "four-h club"),
    ("i run the 4 h club at our grange on tuesdays", "4 h club"),
    ("I sing lead in the Sweet Adelines chorus on Tuesdays.", "Sweet Adelines chorus"),
    ("i sang baritone in a sweet adelines quartet for years", "sweet adelines quartet"),
    ("I also volunteer with SAGE as a friendly visitor.", "SAGE"),
]  # fmt: skip

B2_TRAPS = [
    ("We do four hours of inventory every morning before the doors open.", "four hours"),
    ("I kept the books in Sage 50 and later moved the office to Sage Intacct.", "Sage 50"),
    ("i coached the company kickball league and kept the softball team schedule for the plant and i also ran the bowling league sign up sheet for second shift every fall", "kickball league"),
    ("I tuned pianos for a barbershop chorus and a church choir in town.", "barbershop chorus"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), B2_POSITIVES)
def test_b2_affinity_group_found(redacted_spans, text, expected):
    _b2_found(redacted_spans(text, "AFFINITY_GROUP"), text, expected)


@pytest.mark.parametrize(("text", "kept"), B2_TRAPS)
def test_b2_affinity_group_traps_kept(redacted_spans, text, kept):
    _b2_kept(redacted_spans(text, "AFFINITY_GROUP"), text, kept)


# --- round B3 ---
# heritage music and dance groups, heritage clubs with an old national name, the men's barbershop society, groups named for young people of a field
from .spans import assert_not_redacted as _b3_kept, assert_redacted as _b3_found  # noqa: E402

B3_POSITIVES = [
    ('I dance with Chicago Pungmul Collective on weekends.', 'Pungmul Collective'),
    ('I also dance with Guelaguetza Chicago on weekends.', 'Guelaguetza Chicago'),
    ('i play in a steel drum band on sundays', 'steel drum band'),
    ('She drums in a taiko group at the temple.', 'taiko group'),
    ("I'm in the Finlandia Club up in Hermantown.", 'Finlandia Club'),
    ('i help run the polonia society dinners', 'polonia society'),
    ('My dad is president of the Hellenic Club.', 'Hellenic Club'),
    ('I sing bass with the Barbershop Harmony Society.', 'Barbershop Harmony Society'),
    ('i joined a barbershop harmony society chapter last year', 'barbershop harmony society chapter'),
    ("He's an officer in our Barbershop Harmony Society district.", 'Barbershop Harmony Society district'),
    ('I am part of the young farmers coalition.', 'young farmers coalition'),
    ('I co-chair the Young Professionals Network downtown.', 'Young Professionals Network'),
    ("i'm in the young ranchers association", 'young ranchers association'),
]  # fmt: skip

B3_TRAPS = [
    ('I tuned pianos for a barbershop chorus in town.', 'barbershop chorus'),
    ('We sell seed and fencing to young farmers all over the county.', 'young farmers'),
    ('i drove a polka dot food truck for two summers and then i managed the drum shop at the mall where i sold snare heads and cymbals and ran the lesson schedule', 'drum shop'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), B3_POSITIVES)
def test_b3_affinity_group_found(redacted_spans, text, expected):
    _b3_found(redacted_spans(text, "AFFINITY_GROUP"), text, expected)


@pytest.mark.parametrize(("text", "kept"), B3_TRAPS)
def test_b3_affinity_group_traps_kept(redacted_spans, text, kept):
    _b3_kept(redacted_spans(text, "AFFINITY_GROUP"), text, kept)

"""HANDLE: written (@maya.codes) and as a speech recognizer writes it when spoken."""

from __future__ import annotations

import pytest

from .spans import assert_not_redacted, assert_redacted

WRITTEN = [
    ("My code's on GitHub at jcastellanos-dev, and I review pull requests daily.", ["at jcastellanos-dev"]),
    ("My handle is @maya.codes on Instagram.", ["@maya.codes"]),
    ("Follow me at @maya.codes for more.", ["@maya.codes"]),
    ("I'm @the_real_dev on Twitter.", ["@the_real_dev"]),
    ("My Instagram is sunnyyoon.studio and I post daily.", ["sunnyyoon.studio"]),
]


@pytest.mark.parametrize(("text", "expected"), WRITTEN)
def test_written_handle_is_found(redacted_spans, text, expected):
    assert redacted_spans(text, "HANDLE") == expected


# text, the words that must be inside one HANDLE span, what must survive after it
SPOKEN = [
    ("you can find me at kenji cooks fast on instagram where i post", "kenji cooks fast", "on instagram where i post"),
    ("My GitHub is aigerim-s if you'd like to see my scripts.", "aigerim-s", "if you'd like to see my scripts."),
    ("What's up, I'm Minjun, but online I'm junseo_gg. I'm applying to coach.", "junseo_gg", ". I'm applying to coach."),
    ("Find me online at maya underscore codes.", "maya underscore codes", ""),
    ("You can find me online at maya underscore codes where I post tutorials.", "maya underscore codes", "where I post tutorials."),
    ("you can find me online at bri codes where I share tips.", "bri codes", "where I share tips."),
    ("Follow me on TikTok at brianna codes for more.", "brianna codes", "for more."),
    ("I post at skyler underscore grooms.", "skyler underscore grooms", ""),
    ("My TikTok is at bri dot codes and I post daily.", "bri dot codes", "and I post daily."),
]  # fmt: skip


@pytest.mark.parametrize(("text", "words", "after"), SPOKEN)
def test_spoken_handle_is_found(redact, redacted_spans, text, words, after):
    spans = redacted_spans(text, "HANDLE")
    assert len(spans) == 1 and words in spans[0], spans
    out = redact(text)
    assert "[Handle1]" in out and out.endswith(after)
    assert not any(w in out for w in words.split() if w not in ("underscore", "dot"))


TRAPS = [
    "I'm at the office at 9.",
    "Find me at the register most days, or at the front desk.",
    "I'm on Instagram a lot for work.",
    "I use snake case and camel case in Python.",
    "I ran our store's Instagram and TikTok accounts.",
]


@pytest.mark.parametrize("text", TRAPS)
def test_trap_is_not_a_handle(redact, redacted_spans, text):
    assert redacted_spans(text, "HANDLE") == []
    assert redact(text) == text


def test_email_is_contact_not_handle(redacted_spans):
    text = "Email me at maya.lee@gmail.com."
    assert redacted_spans(text, "HANDLE") == []
    assert redacted_spans(text, "CONTACT") == ["maya.lee@gmail.com"]


@pytest.mark.parametrize("text", ["You can find me at the front desk.", "You can reach me at the store."])
def test_a_place_after_find_me_at_is_not_a_handle(redact, text):
    assert redact(text) == text


# Coverage audit: a spoken handle after "my ... page is at", no platform named, and traps.
COVERAGE_POSITIVES = [
    # round 3 (heldout8 classes)
    ('My apartment tour account is jericho dot leases, around 45 thousand followers.', 'jericho dot leases'),
    ('my baking page is bri underscore bakes', 'bri underscore bakes'),
    ("it's tay dot fixes on TikTok", 'tay dot fixes'),
    ("my personal page is at destiny does dallas with thirty-one thousand followers", "destiny does dallas"),
    ("my business account is at kim bakes atl and i post every day", "kim bakes atl"),
    ("my page is at brandon eats dfw, mostly food reviews", "brandon eats dfw"),
    ("my channel is at tia fixes things where i post repairs", "tia fixes things"),
    ("my profile's at lena lifts", "lena lifts"),
]  # fmt: skip

COVERAGE_TRAPS = [
    # round 3 (heldout8 classes)
    ('My work account is in Outlook.', 'Outlook'),
    ("my page is at the top of the search results.", "at the top of the search results"),
    ("My account is at Chase bank.", "Chase bank"),
    ("My account is at Chase.", "Chase."),
    ("my account is at work so i check it there", "at work"),
    ("my handle is at home on the shelf", "home on the shelf"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), COVERAGE_POSITIVES)
def test_coverage_handle_is_found(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, "HANDLE"), text, expected)


@pytest.mark.parametrize(("text", "survives"), COVERAGE_TRAPS)
def test_coverage_handle_traps_survive(redact, text, survives):
    assert survives in redact(text)


# --- red-team round: a handle said after the platform, or as a name on it ------------------------
ROUND_POSITIVES = [
    ("Look me up on YouTube, grandpa grills, I post every Sunday.", "grandpa grills"),
    ("Add me on Snapchat, it's tina t ninety one.", "tina t ninety one"),
    ("Just search ray builds decks on TikTok.", "ray builds decks"),
    ("I stream on Twitch as nova knight and I moderate a big chat.", "nova knight"),
    ("My Etsy shop is called Moss and Mettle.", "Moss and Mettle"),
    ("i have a podcast called shift talk with two coworkers", "shift talk"),
    ("My handle's lena lifts heavy on every platform.", "lena lifts heavy"),
]

ROUND_TRAPS = [
    ("Find me on LinkedIn.", "LinkedIn"),
    ("Follow me on Instagram for more of my work.", "for more of my work"),
    ("I worked on Twitch as a paid moderator.", "as a paid moderator"),
    ("I'm on TikTok as well, mostly cooking.", "as well"),
    ("I search job boards on LinkedIn every day.", "job boards"),
]


@pytest.mark.parametrize(("text", "words"), ROUND_POSITIVES)
def test_round_handle_is_found(redacted_spans, text, words):
    assert_redacted(redacted_spans(text, "HANDLE"), text, words)


@pytest.mark.parametrize(("text", "survives"), ROUND_TRAPS)
def test_round_handle_traps_survive(redact, text, survives):
    assert survives in redact(text)


# --- a handle said with no "my handle is": after "I'm at" once a platform was named, before a
# follower count, or spoken with "dot" right after the platform -----------------------------------
BARE_POSITIVES = [
    ("On TikTok I'm at izzy carries bags, all one word, I post hauls.", "izzy carries bags"),
    ("on instagram i'm at marco makes pho so come say hi", "marco makes pho"),
    ("On YouTube I go by tessa tiles and I post before-and-afters.", "tessa tiles"),
    ("I post the views from the rooftop, at tomas climbs, only a few hundred followers.", "tomas climbs"),
    ("I stream on Twitch as nightowl q a, like eighteen hundred followers.", "nightowl q a"),
    ("I post tutorials as renata edits, about forty thousand subscribers.", "renata edits"),
    ("i do reviews as big lou eats with like twelve thousand followers", "big lou eats"),
    ("I share my builds on Instagram, kenji dot sets, and some did well.", "kenji dot sets"),
    ("Check my work on TikTok, it's mara underscore sews.", "mara underscore sews"),
]

BARE_TRAPS = [
    ("On TikTok I'm at work most of the time, so I rarely post.", "at work most of the time"),
    ("On Instagram I'm pretty quiet, mostly lurking.", "pretty quiet"),
    ("I worked as a cashier, and our store page had two thousand followers.", "as a cashier"),
    ("I started at Target, and our page has about nine hundred followers.", "at Target"),
    ("Our shop is on Instagram, acme dot com has the rest.", "Instagram"),
    ("I ran the Instagram, with about three thousand followers, for the bakery.", "ran the Instagram"),
]


@pytest.mark.parametrize(("text", "words"), BARE_POSITIVES)
def test_bare_spoken_handle_is_found(redacted_spans, text, words):
    assert_redacted(redacted_spans(text, "HANDLE"), text, words)


@pytest.mark.parametrize(("text", "survives"), BARE_TRAPS)
def test_bare_handle_traps_survive(redact, text, survives):
    assert survives in redact(text)


# Red-team r1 (own sentences): the name said before "on <platform>" after "I'm", a handle that
# starts with "the", a platform "called" something, "my handle is at ...", "it's at ..." after a
# comma; traps: how or where one is on a platform, "at work", "top rated".
R1_POSITIVES = [
    ("i'm izzy carries bags on tiktok if you want to see my stuff", "izzy carries bags"),
    ("im carlos wraps cars on instagram", "carlos wraps cars"),
    ("i'm at chef tony cooks on instagram", "chef tony cooks"),
    ("i'm at sparky sam on youtube", "sparky sam"),
    ("my tiktok handle is at the lash lab underscore atl", "the lash lab underscore atl"),
    ("my insta's at the nail nerd so check it out", "the nail nerd"),
    ("I run a TikTok called Forklift Diaries.", "Forklift Diaries"),
    ("i run a tiktok called forklift diaries about warehouse life", "forklift diaries"),
    ("I have a YouTube called Drywall Dad.", "Drywall Dad"),
    ("my handle is at fix it felix two two", "fix it felix two two"),
    ("I post my cakes on Instagram, it's at sugar by sofia.", "sugar by sofia"),
    ("i post on insta, it's at braids by bree", "braids by bree"),
]  # fmt: skip

R1_TRAPS = [
    ("i'm really active on instagram and linkedin", "really active"),
    ("i'm super into woodworking videos on youtube", "super into woodworking videos"),
    ("I'm learning a lot from tutorials on YouTube.", "learning a lot from tutorials"),
    ("I'm open to work on LinkedIn.", "open to work"),
    ("i'm connected with my old managers on linkedin", "connected with my old managers"),
    ("i'm posting daily on tiktok about cleaning tips", "posting daily"),
    ("I'm top rated on Etsy with five stars.", "top rated"),
    ("On TikTok I'm at work most of the time, so I rarely post.", "at work"),
    ("I post on TikTok at the shop after close.", "at the shop"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "words"), R1_POSITIVES)
def test_r1_spoken_handle_is_found(redacted_spans, text, words):
    assert_redacted(redacted_spans(text, "HANDLE"), text, words)


@pytest.mark.parametrize(("text", "survives"), R1_TRAPS)
def test_r1_handle_traps_survive(redact, text, survives):
    assert survives in redact(text)


# --- z-round: the name one posts or is found under, dotted or underscored, no platform said
ZROUND_HANDLE_POSITIVES = [
    ("On the side I post restorations as hovik.fixes.it, and one video blew up.", "hovik.fixes.it"),
    ("on the side i post my restorations as hovik dot fixes dot it and one video blew up", "hovik dot fixes dot it"),
    ("you can find me as jay dot builds", "jay dot builds"),
    ("I upload my builds as tina_tiles every week.", "tina_tiles"),
    ("people know me as big.rig.rosa around the yard", "big.rig.rosa"),
]  # fmt: skip

ZROUND_HANDLE_TRAPS = [
    ("I build APIs in Node.js and ASP.NET.", "Node.js"),
    ("I build APIs in Node.js and ASP.NET.", "ASP.NET"),
    ("I posted jobs as the hiring coordinator at Acme.", "hiring coordinator"),
    ("I post inventory as a CSV to Shopify every night.", "CSV"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ZROUND_HANDLE_POSITIVES)
def test_zround_handle_is_found(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, "HANDLE"), text, expected)


@pytest.mark.parametrize(("text", "survives"), ZROUND_HANDLE_TRAPS)
def test_zround_handle_traps_survive(redact, text, survives):
    assert survives in redact(text)


# --- helper A (heldout15/19/20 classes) ---------------------------------------------------------
from .spans import assert_not_redacted as _a_kept, assert_redacted as _a_found  # noqa: E402

A_HANDLE_POSITIVES = [
    ('My behind-the-scenes account is noor underscore on set, it has about thirty thousand followers.', 'noor underscore on set'),
    ('My gaming account is rae underscore in motion, and I post speedruns there.', 'rae underscore in motion'),
    ('my youtube is jo dot at work and i post shop tutorials there every sunday', 'jo dot at work'),
    ("On GitHub I'm evance-dev, and I organize the local meetup.", 'evance-dev'),
    ("On GitHub I'm priya-codes and I maintain a small parsing library.", 'priya-codes'),
    ('on twitch im rig-ray-builds and i stream truck restorations most weekends for fun', 'rig-ray-builds'),
    ('i can work hard and move up my tiktok is dashawn lifts boxes its mostly warehouse jokes', 'dashawn lifts boxes'),
    ('my tiktok is nina fixes phones its mostly repair clips and customer stories', 'nina fixes phones'),
    ('my instagram is sal grills stuff i post barbecue there mostly on weekends', 'sal grills stuff'),
    ('My channel is ezra cuts, around forty thousand subscribers.', 'ezra cuts'),
    ('My channel is tara sews, about twelve thousand subscribers.', 'tara sews'),
    ('my page is mo lifts heavy with like nine thousand followers on it', 'mo lifts heavy'),
]  # fmt: skip

A_HANDLE_TRAPS = [
    ('My channel is pretty small, about three hundred subscribers.', 'pretty small'),
    ('my channel is growing, around two thousand subscribers now', 'growing'),
    ("On GitHub I'm pretty active, mostly on open-source scheduling tools.", 'pretty active'),
    ('my tiktok is mostly forklift safety tips for the warehouse crew and my manager says it helped the new hires learn the dock rules faster than the binder did', 'forklift safety tips'),
    ("Hi, I'm Maya Hunt, and I run a channel about woodworking with about five thousand subscribers.", 'woodworking'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), A_HANDLE_POSITIVES)
def test_a_handle_is_found(redacted_spans, text, expected):
    _a_found(redacted_spans(text, "HANDLE"), text, expected)


@pytest.mark.parametrize(("text", "kept"), A_HANDLE_TRAPS)
def test_a_handle_traps_kept(redacted_spans, text, kept):
    _a_kept(redacted_spans(text), text, kept)


# The name of one's own shop or page said before the platform it is on, or after the page and
# before its follower count, in any case; how the page is doing is no name.
OWN_PAGE_NAMED = [
    ("I live in Burlington, and my shop is juniperfiredclay on Etsy. Okay, that's me!", "juniperfiredclay"),
    ("my page is mo moves boxes on tiktok and my manager watches it", "mo moves boxes"),
    ("I also run a little warehouse tips page, kwame moves boxes, it has, um, like 40K followers.", "kwame moves boxes"),
    ("i run a cooking channel, abuela eats first, with about two thousand subscribers", "abuela eats first"),
]  # fmt: skip

OWN_PAGE_DOING = [
    ("My shop is doing well on Etsy, and I ship every order within two days.", "doing well"),
    ("my page is pretty new on tiktok so i mostly post forklift safety tips for the new hires on my shift", "pretty new"),
    ("I run a page, which has about 300 followers, mostly other welders.", "which has"),
    ("We post on the company page, it has about 900 followers, and I write the captions.", "it has"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), OWN_PAGE_NAMED)
def test_own_page_named_is_found(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, "HANDLE"), text, expected)


@pytest.mark.parametrize(("text", "kept"), OWN_PAGE_DOING)
def test_how_a_page_is_doing_is_no_name(redacted_spans, text, kept):
    assert_not_redacted(redacted_spans(text, "HANDLE"), text, kept)


# --- helper A (heldout28/29 classes: spoken handles after post/up at, "on the internet I'm") ----
from .spans import assert_not_redacted as _ra_kept, assert_redacted as _ra_found  # noqa: E402

RA_HANDLE_POSITIVES = [
    ('I post my sketches as nina draws birds on Instagram.', 'nina draws birds'),
    ('my mixes are up at dj low tide on SoundCloud', 'dj low tide'),
    ('I stream my builds as pixel pete on Twitch, mostly weekends.', 'pixel pete'),
    ("On the internet I'm tavo fixes bikes, all one word.", 'tavo fixes bikes'),
    ("online i'm rosie rewires and i post repair clips", 'rosie rewires'),
    ("On socials I'm bri builds, if you want to see my work.", 'bri builds'),
]  # fmt: skip

RA_HANDLE_TRAPS = [
    ('i post as often as i can on instagram for the bakery and i plan the whole content calendar with the owner every monday so the specials go out on time', 'as often as i can'),
    ("Online I'm pretty active, mostly on LinkedIn.", 'pretty active'),
    ('I worked as a designer on Etsy listings for two years.', 'a designer'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), RA_HANDLE_POSITIVES)
def test_ra_handle_is_found(redacted_spans, text, expected):
    _ra_found(redacted_spans(text, "HANDLE"), text, expected)


@pytest.mark.parametrize(("text", "kept"), RA_HANDLE_TRAPS)
def test_ra_handle_traps_kept(redacted_spans, text, kept):
    _ra_kept(redacted_spans(text, "HANDLE"), text, kept)


# --- helper A2 (heldout31 classes, own sentences) ---------------------------------------------
from .spans import assert_not_redacted as _a2_kept, assert_redacted as _a2_found  # noqa: E402

A2_HANDLE_POSITIVES = [
    ('I post pours at mara pours, um, come say hi.', 'mara pours'),
    ('i share my cakes at jen bakes daily, so check it out', 'jen bakes daily'),
    ('We post our builds under garage gang customs.', 'garage gang customs'),
    ('You can check out my cuts at fades by marco.', 'fades by marco'),
    ('hi im noor i post pours at noor pours um come say hi', 'noor pours'),
]  # fmt: skip

A2_HANDLE_TRAPS = [
    ('i post the schedule at work every monday and i post the prep lists at the start of each shift so the line knows exactly what to set up', 'post the prep lists'),
    ('I post pours at the cafe counter when it is slow.', 'the cafe counter'),
    ('I post updates at Caribou Coffee every morning.', 'Caribou Coffee'),
    ('Come see my work at the county fair this summer.', 'the county fair'),
    ('I post pictures at Costco sometimes when the displays are done.', 'Costco sometimes'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), A2_HANDLE_POSITIVES)
def test_a2_handle_is_found(redacted_spans, text, expected):
    _a2_found(redacted_spans(text, "HANDLE"), text, expected)


@pytest.mark.parametrize(("text", "kept"), A2_HANDLE_TRAPS)
def test_a2_handle_traps_kept(redacted_spans, text, kept):
    _a2_kept(redacted_spans(text), text, kept)
# --- round A3 ---
from .spans import assert_not_redacted as _a3_kept, assert_redacted as _a3_found  # noqa: E402

A3_HANDLE_POSITIVES = [
    # the name one goes by on chats and online
    ('Everybody knows me as BoltRunner on the dispatch board.', 'BoltRunner'),
    ("On every work chat I'm dev_tomas, so ping me there.", 'dev_tomas'),
    ('i post as quietfern and i draw every day', 'quietfern'),
    ("On Slack I'm jlee42, so that's the easiest.", 'jlee42'),
    # spelled out letter by letter
    ('I go by BoltRunner, like B-O-L-T-R-U-N-N-E-R.', 'B-O-L-T-R-U-N-N-E-R'),
    ('i post as quietfern thats q u i e t f e r n', 'q u i e t f e r n'),
]  # fmt: skip

A3_HANDLE_TRAPS = [
    ('everybody knows me as the forklift guy on the night crew and i post as often as i can on the company board about safety rules and near misses', 'as often as i can'),
    ("I'm USDA certified and HACCP trained.", 'USDA certified'),
    ('I coded it so the db uses user_id and created_at columns.', 'user_id'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), A3_HANDLE_POSITIVES)
def test_a3_handle_is_found(redacted_spans, text, expected):
    _a3_found(redacted_spans(text), text, expected)


@pytest.mark.parametrize(("text", "kept"), A3_HANDLE_TRAPS)
def test_a3_handle_traps_kept(redacted_spans, text, kept):
    _a3_kept(redacted_spans(text), text, kept)
# --- round A4 ---
from .spans import assert_not_redacted as _a4_kept, assert_redacted as _a4_found  # noqa: E402

A4_HANDLE_POSITIVES = [
    # the online name in several words
    ('online im lena lifts heavy all one word and i post gym stuff', 'lena lifts heavy'),
    ('Online I go by pixel pete, and I stream on weekends.', 'pixel pete'),
    ('online people know me as grout guru so thats where my tile videos are', 'grout guru'),
    # the handle with where it is used in between
    ('my handle pretty much everywhere is tina tiles and i post a lot', 'tina tiles'),
    ('My username on everything is big rig rosa, same on every app.', 'big rig rosa'),
    ('my gamertag basically everywhere is frost byte so if you game', 'frost byte'),
    # the name one posts at before how a post did
    ('i post weld beads at sparky sam one got fifty thousand views', 'sparky sam'),
    ('I upload piano covers as keys by kim and one hit a million plays.', 'keys by kim'),
    ('i share cake builds at frost and flour and a couple of them got like two hundred thousand likes', 'frost and flour'),
]  # fmt: skip

A4_HANDLE_TRAPS = [
    ('online im pretty active in forklift groups but mostly i just read and learn from other drivers about safety and battery charging and load charts', 'pretty active'),
    ('I post shift notes at the end of every night and one got pinned.', 'the end of every night'),
    ('Online I am a different person, honestly more talkative.', 'a different person'),
    ('my username is the same as my email so support can find it', 'the same'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), A4_HANDLE_POSITIVES)
def test_a4_handle_is_found(redacted_spans, text, expected):
    _a4_found(redacted_spans(text, "HANDLE"), text, expected)


@pytest.mark.parametrize(("text", "kept"), A4_HANDLE_TRAPS)
def test_a4_handle_traps_kept(redacted_spans, text, kept):
    _a4_kept(redacted_spans(text), text, kept)
# --- round A5 ---
from .spans import assert_not_redacted as _a5_kept, assert_redacted as _a5_found  # noqa: E402

A5_HANDLE_POSITIVES = [
    # the name of a page or stream before how big it is
    ('my prints are on thingiverse as rosa makes things, with like ten thousand downloads', 'rosa makes things'),
    ('I stream chess as knight moves nate, it\'s small, like two hundred followers.', 'knight moves nate'),
    ('my spotify is lo fi leo like five thousand monthly listeners', 'lo fi leo'),
    ('My podcast is under shop floor talk, with about three thousand subscribers.', 'shop floor talk'),
    # the name after "on <platform> at", "and the" inside, to the comma
    ('I post my goats on TikTok at june and the kids, and one clip got like fifty thousand views.', 'june and the kids'),
    # hyphenated words before a spoken underscore
    ('my mixes are up at DJ Hot-Rod underscore official on mixcloud', 'Hot-Rod underscore official'),
]  # fmt: skip

A5_HANDLE_TRAPS = [
    ('i worked as a barista at the corner cafe under my manager rosa with like three hundred regulars a day and i trained four new hires on the espresso machine', 'with like three hundred regulars'),
    ('i post on facebook as well and my show is at the library, with like fifty listeners every week', 'at the library'),
    ('I post on instagram at night, and one video got like ten thousand views.', 'one video'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), A5_HANDLE_POSITIVES)
def test_a5_handle_is_found(redacted_spans, text, expected):
    _a5_found(redacted_spans(text, "HANDLE"), text, expected)


@pytest.mark.parametrize(("text", "kept"), A5_HANDLE_TRAPS)
def test_a5_handle_traps_kept(redacted_spans, text, kept):
    _a5_kept(redacted_spans(text), text, kept)

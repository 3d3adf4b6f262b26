"""APPEARANCE: height, weight, build, hair, skin, tattoos, piercings and glasses, said of oneself.

Build words count only in self-description ("I'm a big guy"), never in "big projects" or "a tall
order"; measures of things ("a six-foot fence", a 6'8" door) are not heights; a stylist's or a
tattoo artist's work ("I specialize in locs and braids") is not their looks. A list of features
goes as one span ("[blue hair and a septum piercing]"). The default policy removes these words.
"""

from __future__ import annotations

import pytest

from .spans import assert_not_redacted, assert_redacted

POSITIVES = [
    ('I\'m 6\'2", so I can reach the top shelves.', ['6\'2"']),
    ("I'm 5'4 and I've never needed a step stool.", ["5'4"]),
    ("I'm six foot five and I've never needed a ladder.", ['six foot five']),
    ("i'm about five feet tall but i can lift fifty pounds", ['about five feet tall']),
    ("i'm five two but i can lift fifty pounds", ['five two']),
    ("I'm six-four and I can reach anything.", ['six-four']),
    ('At six foot four, I can see over every rack in the warehouse.', ['six foot four']),
    ('At six-four, I can see over every rack.', ['six-four']),
    ("Hi, I'm Jess, five foot two, and I love plants.", ['five foot two']),
    ("I weigh about 240 pounds, so I'm steady on the line.", ['I weigh about 240 pounds']),
    ("I'm 180 pounds and I can carry a keg alone.", ['180 pounds']),
    ("I've lost 100 pounds in the last two years.", ["I've lost 100 pounds"]),
    ("I'm a big guy, and customers calm down when I walk over.", ['big']),
    ("I'm tall, so stocking the top shelf is easy.", ['tall']),
    ("I'm petite, and I can fit into tight crawl spaces.", ['petite']),
    ("i'm a pretty stocky dude so moving furniture is easy", ['pretty stocky']),
    ("I'm on the shorter side, but I'm quick.", ['on the shorter side']),
    ("I'm big and tall, so I handle the heavy deliveries.", ['big and tall']),
    ("I'm plus-size and I model for a local boutique.", ['plus-size']),
    ("I'm heavy, so I take the stairs slow.", ['heavy']),
    ("I'm skinny as a rail but I can carry a keg.", ['skinny as a rail']),
    ("I'm built like a linebacker, so the freight truck is my thing.", ['built like a linebacker']),
    ("I have a small frame but I'm strong.", ['small frame']),
    ('I have visible tattoos on both arms.', ['visible tattoos on both arms']),
    ('I have long curly hair, so I always wear a hairnet.', ['long curly hair']),
    ("I've got a nose ring, which I can swap for a clear one.", ['nose ring']),
    ("I'm bald, so hair restraints are never a problem.", ['bald']),
    ("I'm bald as a cue ball, so hairnets are easy.", ['bald as a cue ball']),
    ("I've got blue hair and a septum piercing, but customers love me.", ['blue hair and a septum piercing']),
    ('I have full sleeve tattoos and pink locs.', ['full sleeve tattoos and pink locs']),
    ('I have dreadlocks down to my waist.', ['dreadlocks']),
    ('I wear my hair in braids.', ['hair in braids']),
    ('My hair is pink right now.', ['My hair is pink']),
    ("I'm the one with the purple hair at the farmers market.", ['purple hair']),
    ("I'm covered in tattoos but I always dress sharp.", ['covered in tattoos']),
    ('I wear glasses.', ['glasses']),
    ("I'm about six one, two hundred pounds.", ['six one', 'two hundred pounds']),
    ("I've got tattoos on both arms and a nose ring.", ['tattoos on both arms and a nose ring']),
    ("I'm the tall one with the beard.", ['the tall one', 'beard']),
    ("I have bright red hair, you can't miss me.", ['bright red hair']),
    ("I'm tatted up but I always dress sharp.", ['tatted up']),
    ("I'm 5'10 and 160 pounds.", ["5'10", '160 pounds']),
    ("I'm short, like five foot nothing.", ['short', 'five foot nothing']),
    ("I'm the bald guy with the tattoos.", ['the bald guy', 'tattoos']),
    ('I have purple hair and a lip ring.', ['purple hair and a lip ring']),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_appearance_is_found(redacted_spans, text, expected):
    assert redacted_spans(text, "APPEARANCE") == expected


COUNTERFACTUAL_PAIRS = [
    ("I'm six-four, so I can reach the top shelf.", "I'm five foot two, so I can reach the top shelf."),
    ("I'm petite, and I fit into tight spaces.", "I'm heavy, and I fit into tight spaces."),
    ("I'm a big guy and customers like me.", "I'm a guy and customers like me."),
]  # fmt: skip


@pytest.mark.parametrize(("one", "other"), COUNTERFACTUAL_PAIRS)
def test_appearance_differences_give_the_same_output(redact, one, other):
    assert redact(one) == redact(other)


TRAPS = [
    ("I'm a big believer in checklists.", "big believer"),
    ("I'm big on food safety.", "big on food safety"),
    ("We landed some big projects last year.", "big projects"),
    ("Getting it done in a week was a tall order.", "tall order"),
    ("I'm a small business owner.", "small business owner"),
    ("I'm a little nervous but excited.", "little nervous"),
    ("I'm short on time today.", "short on time"),
    ("We installed a six-foot fence around the yard.", "six-foot fence"),
    ("Keep six feet apart from other customers.", "six feet apart"),
    ("The door is 6'8\" tall.", "6'8\""),
    ("The shelves are seven feet tall so I use a step stool.", "seven feet tall"),
    ("I cut 4'x8' sheets of plywood every day.", "4'x8' sheets"),
    ("I can lift 50 pounds all day.", "50 pounds"),
    ("I'm a tattoo artist with five years of experience.", "tattoo artist"),
    ("I tie my hair back and wear a hairnet at work.", "my hair back"),
    ("I specialize in locs and braids at my salon.", "locs and braids"),
    ("I use a six-foot ladder to change the lights.", "six-foot ladder"),
    ("I wear safety glasses on the line.", "safety glasses"),
    ("I refilled my ink cartridges every week at the print shop.", "ink cartridges"),
    ("I have thick skin, so criticism doesn't bother me.", "thick skin"),
    ("I'm pretty good with numbers.", "pretty good"),
    ("I rolled up my sleeves and got to work.", "my sleeves"),
    ("I keep my contacts organized in a spreadsheet.", "my contacts"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "survives"), TRAPS)
def test_appearance_traps_survive(redact, text, survives):
    assert survives in redact(text)


# Coverage audit: first-person sentences written from general knowledge of each kind of cue
# (not fitted to any transcript), and traps where similar words are job facts and stay.
COVERAGE_POSITIVES = [
    # round 3 (heldout8 classes)
    ('and yeah, the purple hair is temporary.', 'purple hair'),
    ("You'll recognize me by my bright pink hair.", 'bright pink hair'),
    ('my hair is blue right now', 'hair is blue'),
    ("I've got a full sleeve of tattoos, and I'm in Brooklyn.", 'full sleeve of tattoos'),
    ('My hair is in box braids like half the time.', 'box braids'),
    ("I wear my hair in waist-length locs, so I'm a walking advertisement.", 'waist-length locs'),
    ("I'm built like a rugby player, so heavy lines are no problem.", 'built like a rugby player'),
    ("I'm the guy with the orange turban, you'll remember me.", 'orange turban'),
    ("I'm five foot two so I'm quick in tight spaces.", 'five foot two'),
    ("I'm a big guy, about two eighty.", 'big'),
    ("I've got tattoos all down my arms.", 'tattoos'),
    ('I have a nose ring but I can take it out.', 'nose ring'),
    ("I've got dreads down to my waist.", 'dreads'),
    ("I'm bald, so no hairnet needed.", 'bald'),
    ("I'm pretty petite.", 'petite'),
    ("I'm plus-size and I know what customers want.", 'plus-size'),
    ("I'm six-four, two-twenty.", 'six-four'),
    ('I have a beard, so I wear a beard net.', 'beard'),
    ("I'm really tall so I stock the top shelves.", 'really tall'),
    ('I have red hair and freckles, people remember me.', 'red hair'),
    ('I have a lot of piercings.', 'piercings'),
    ("I'm overweight but I'm on my feet all day.", 'overweight'),
    ("I've lost sixty pounds this year.", 'lost sixty pounds'),
    ("I'm stocky and strong.", 'stocky'),
    ("I'm skinny but strong.", 'skinny'),
    ('I have a face tattoo.', 'face tattoo'),
    ("I'm kind of short, like five-one.", 'five-one'),
    ('I have blue eyes and blonde hair.', 'blue eyes'),
    ('I have blue eyes and blonde hair.', 'blonde hair'),
    ('I wear my hair in braids.', 'braids'),
    ("I'm pretty muscular from lifting.", 'muscular'),
    ("I've got a birthmark on my face.", 'birthmark'),
    ("People say I'm good looking, which helps in sales.", 'good looking'),
    ("I'm heavyset.", 'heavyset'),
    ('I have gray hair but plenty of energy.', 'gray hair'),
    ('I have a shaved head.', 'shaved head'),
    ('I weigh two hundred and fifty pounds.', 'two hundred and fifty pounds'),
    ("I'm curvy.", 'curvy'),
    ('I have an afro.', 'afro'),
    ('I have a mohawk.', 'mohawk'),
    ("I'm tiny, like a hundred pounds.", 'tiny'),
    ("I've got a scar on my cheek.", 'scar'),
    ('I have an athletic build.', 'athletic build'),
    ("I'm a redhead.", 'redhead'),
    ('I have long dark hair.', 'long dark hair'),
    ("I'm chubby but quick.", 'chubby'),
    ("I'm lanky.", 'lanky'),
    ('I have green eyes and curly hair.', 'green eyes'),
    ('I have dark skin and short hair.', 'dark skin'),
    ("I'm pretty big from playing football.", 'big'),
    ('I have hazel eyes.', 'hazel eyes'),
    ('I have long blonde hair that I keep tied back.', 'long blonde hair'),
    ("You'll recognize me by my long silver braid.", 'long silver braid'),
    ("I'm the one with the big red beard.", 'big red beard'),
    ('my curly hair is always up at work', 'curly hair'),
    ('Look for my bright pink ponytail at the front.', 'bright pink ponytail'),
    ('My neck tattoo is small and easy to cover.', 'neck tattoo'),
    # round 2
    ("I'm a big guy, six-four, two-ninety, but I'm light on the ropes.", 'two-ninety'),
    ("I'm a big guy, six-four, two-ninety, but I'm light on the ropes.", 'six-four'),
    ("um i'm six foot four about two sixty so yeah", 'two sixty'),
    ("I'm six four, like two-eighty, so top shelf is not a problem.", 'two-eighty'),
    ('I\'m 6\'2", 220, and I can lift anything.', '220'),
    ("I'm easy to find, I'm the tall skinny one, ha.", 'the tall skinny one'),
    ("I'm the short bald guy at the front.", 'the short bald guy'),
    ("I'm the tall guy with the sun-bleached hair if you see me out there.", 'sun-bleached hair'),
]  # fmt: skip

COVERAGE_TRAPS = [
    # round 3 (heldout8 classes)
    ('I do a lot of purple hair color for prom season.', 'purple hair color'),
    ('I stock the pink hair dye in aisle four.', 'pink hair dye'),
    ('I specialize in knotless braids, silk presses, and color correction.', 'knotless braids'),
    ('The shelves are built like a tank, so I restocked them fast.', 'built like a tank'),
    ('I can lift seventy pounds.', 'seventy pounds'),
    ('I stock the top shelves, eight feet up.', 'eight feet'),
    ("I'm a tattoo artist with five years in the shop.", 'tattoo artist'),
    ('I do braids and locs at my salon.', 'braids and locs'),
    ("I'm a barber, I do fades and beard trims.", 'beard trims'),
    ('I sell plus-size clothing at Torrid.', 'plus-size clothing'),
    ('I handle big accounts.', 'big accounts'),
    ('I installed six-foot fences.', 'six-foot fences'),
    ('We were short two people so I covered.', 'short two people'),
    ('I ran a weight loss program for the clinic.', 'weight loss program'),
    ("I'm a licensed cosmetologist and I do hair color.", 'hair color'),
    ("I pierce ears at Claire's.", 'pierce ears'),
    ('I loaded two-hundred-pound pallets.', 'two-hundred-pound pallets'),
    ("I'm a tall order for any competitor.", 'tall order'),
    ("I'm a big fan of checklists.", 'big fan'),
    ('I have dark roast and light roast on the menu.', 'dark roast'),
    ('I have a good eye for detail.', 'good eye'),
    ('I have dark circles under my eyes from night shifts.', 'night shifts'),
    ('I tie my hair back and wear a hairnet.', 'my hair back'),
    ('I wear my beard net on the line.', 'beard net'),
    # round 2
    ('The order was a six foot ladder, two hundred feet of rope.', 'two hundred feet of rope'),
    ('I had a team of six, two hundred customers a day.', 'two hundred customers'),
    ('I was in the top five, two hundred people applied.', 'two hundred people'),
    ("I'm the new hire on the block.", 'the new hire'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), COVERAGE_POSITIVES)
def test_coverage_appearance_is_found(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, 'APPEARANCE'), text, expected)


@pytest.mark.parametrize(("text", "survives"), COVERAGE_TRAPS)
def test_coverage_appearance_traps_survive(redact, text, survives):
    assert survives in redact(text)

# Red-team round 5 (written from knowledge of how candidates talk, not from any transcript): idioms
# (gentle giant, dad bod), clothing sizes, teeth, gauges and plain tattoos, weight change and slang
# weights, build as what one is (as a short woman, the tallest), heights as adjectives and in
# metres, body parts, nails and wigs, 'people say I look like'; traps: a little kid, short-staffed,
# tattoo artists, braces on shelving, a 2X approach, a nail tech's work.
REDTEAM_POSITIVES = [
    ("I'm vertically challenged, so I'm great at bottom shelves.", 'vertically challenged'),
    ("I'm a gentle giant, people always say.", 'gentle giant'),
    ("I'm a size eighteen and I know what it's like to shop for work clothes.", 'size eighteen'),
    ('I wear a 3X in our uniform shirts.', '3X'),
    ("I've got a gap in my front teeth everyone remembers.", 'gap in my front teeth'),
    ('I have gauges in both ears.', 'gauges in both ears'),
    ('I got my first tattoo at eighteen.', 'tattoo'),
    ("I'm a dirty blonde with freckles.", 'dirty blonde'),
    ("I'm heavier set but quick on my feet.", 'heavier set'),
    ("I've put on a few pounds since college.", 'put on a few pounds'),
    ("I'm down sixty pounds since January.", 'down sixty pounds'),
    ('As a short woman I ask for help with ladders.', 'short'),
    ("I'm the tallest one in my family.", 'tallest'),
    ("I'm a six-foot-tall woman, so I stand out.", 'six-foot-tall'),
    ("I'm a meter sixty, so not very tall.", 'a meter sixty'),
    ('I weigh a buck fifty soaking wet.', 'a buck fifty'),
    ("I've got broad shoulders, so lifting is easy.", 'broad shoulders'),
    ("I've got a dad bod but I can work a double.", 'dad bod'),
    ("I'm pretty jacked from lifting.", 'jacked'),
    ('People say I look like a young Denzel.', 'look like a young Denzel'),
    ("I'm going gray early, don't let that fool you.", 'going gray'),
    ('I wear long acrylic nails and I still type fast.', 'long acrylic nails'),
    ("I'm a little on the heavier side.", 'on the heavier side'),
]  # fmt: skip

REDTEAM_TRAPS = [
    ('As a little kid I loved building things.', 'little kid'),
    ('Being short-staffed, I covered two stations.', 'short-staffed'),
    ("I'm the biggest fan of your company.", 'biggest fan'),
    ('I have two tattoo artists working for me.', 'tattoo artists'),
    ('I have braces on the shelving units to install.', 'braces'),
    ('I take a 2X approach to everything.', '2X approach'),
    ('I have painted nails for clients for ten years.', 'painted nails'),
    ("I'm ripped off by bad landlords sometimes.", 'ripped off'),
    ("I'm down two people on my shift.", 'down two people'),
    ('I install six-foot-tall fences.', 'six-foot-tall fences'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), REDTEAM_POSITIVES)
def test_redteam_appearance_is_found(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, "APPEARANCE"), text, expected)


@pytest.mark.parametrize(("text", "kept"), REDTEAM_TRAPS)
def test_redteam_appearance_traps_kept(redacted_spans, text, kept):
    assert_not_redacted(redacted_spans(text, "APPEARANCE"), text, kept)


# --- round 6 (heldout11/12 classes), own sentences: features after 'with' or 'know me by', with describing words and where on the body ('tattoos all
# up both arms', 'the big white beard'), a feature after another one
# (category None: redacted under any category, e.g. a custody schedule that decide merges)
ROUND6_POSITIVES = [
    ('APPEARANCE', "The kids don't care that I'm five foot nothing with full sleeve tattoos, they just want treats.", 'full sleeve tattoos'),
    ('APPEARANCE', "I'm the big guy with tattoos all up both arms and a gray beard, so kids think I'm a lumberjack.", 'tattoos all up both arms'),
    ('APPEARANCE', "I'm the big guy with tattoos all up both arms and a gray beard, so kids think I'm a lumberjack.", 'gray beard'),
    ('APPEARANCE', "I wear a kippah, you'll know me by that and the big white beard.", 'big white beard'),
    ('APPEARANCE', "You'll spot me right away by the long red ponytail.", 'long red ponytail'),
    ('APPEARANCE', "I'm a big guy with a gray beard and a bald head.", 'gray beard'),
    ('APPEARANCE', "I'm a big guy with a gray beard and a bald head.", 'bald head'),
    ('APPEARANCE', "I've got tattoos all down my left arm.", 'tattoos all down my left arm'),
    ('APPEARANCE', 'I have ink up and down both arms.', 'ink up and down both arms'),
    ('APPEARANCE', "I'm short with curly red hair and freckles.", 'curly red hair'),
    ('APPEARANCE', "I've got a big bushy beard, I'm told I look like Santa.", 'big bushy beard'),
    ('APPEARANCE', 'i have a long gray beard and i keep it in a net at work', 'long gray beard'),
    ('APPEARANCE', "I'm the one with the purple hair and the nose ring.", 'purple hair'),
    ('APPEARANCE', 'My white beard gets me cast as Santa every December.', 'white beard'),
    ('APPEARANCE', "I'm tall, with a salt and pepper beard.", 'salt and pepper beard'),
    ('APPEARANCE', 'Look for the guy with the handlebar mustache.', 'handlebar mustache'),
    ('APPEARANCE', "I'm covered in tattoos, but they're all tasteful.", 'covered in tattoos'),
    ('APPEARANCE', 'I have a sleeve on my right arm and a few on my hands.', 'sleeve on my right arm'),
    ('APPEARANCE', "I'm a woman with short gray hair and glasses.", 'short gray hair'),
    ('APPEARANCE', "I'm heavily tattooed, full sleeves and a neck piece.", 'full sleeves'),
    ('APPEARANCE', 'you cant miss me i have bright green hair', 'bright green hair'),
    ('APPEARANCE', "I'm the tall bald guy with the red beard.", 'red beard'),
    ('APPEARANCE', 'I have tattoos on both hands and my neck.', 'tattoos on both hands'),
    ('APPEARANCE', "I'm petite with long black braids.", 'long black braids'),
    ('APPEARANCE', "I'm the girl with the shaved head and the septum ring.", 'shaved head'),
    ('APPEARANCE', 'I have a full beard and a ponytail, and I keep both netted on the line.', 'full beard'),
    ('APPEARANCE', 'I have tattoos all over my arms, nothing offensive.', 'tattoos all over my arms'),
    ('APPEARANCE', 'My grey beard and my cowboy hat are kind of my trademark.', 'grey beard'),
    ('APPEARANCE', 'I rock a big curly afro.', 'big curly afro'),
    ('APPEARANCE', "I'm a redhead with freckles everywhere.", 'freckles'),
]  # fmt: skip

ROUND6_TRAPS = [
    ('I specialize in full sleeve tattoos at my shop.', 'full sleeve tattoos'),
    ("I'm comfortable with tattoos and piercings as the front desk at a studio.", 'tattoos and piercings'),
    ('I keep my beard in a beard net at work.', 'beard net'),
    ('I trimmed beards and did fades at the barbershop.', 'beards'),
    ("I'm great with clients who want gray blending.", 'gray blending'),
    ('I work with hair color every day as a stylist.', 'hair color'),
    ('I cleaned the tattoo machines and sterilized needles.', 'tattoo machines'),
    ('I sold beard oil at the farmers market.', 'beard oil'),
    ("I'm experienced with long hair cuts and braids for clients.", 'braids'),
    ('I painted the big white barn on the farm.', 'big white barn'),
    ('I ran the Graybeard Brewing taproom for two years.', 'Graybeard'),
    ('I know the guy with the forklift license on second shift.', 'forklift license'),
    ("I'm the one with the keys to the warehouse.", 'keys to the warehouse'),
    ('We did a white beard Santa photo booth for the mall.', 'photo booth'),
    ("I'm good with tattoo aftercare questions from customers.", 'tattoo aftercare'),
    ('I drew designs for clients who wanted sleeves all up their arms.', 'sleeves'),
    ('I got ink on my hands from the printer every day at the print shop.', 'ink on my hands'),
    ("I'm at the counter with safety glasses on for the grinder.", 'safety glasses'),
    ("I'm a stylist with ten years of braids experience.", 'braids experience'),
    ("I'm great with kids and I do braids for my nieces.", 'great with kids'),
    ("I'm a line cook with a good knife kit and a short commute.", 'short commute'),
    ('I have a short drive and a full tank.', 'short drive'),
    ("I'm the person with the master keys to the building.", 'master keys'),
    ('I have long experience with beard trims at the shop.', 'beard trims'),
    ("I'm the lead with the most hair appointments booked.", 'hair appointments'),
    ("I'm a florist with a lot of wedding work.", 'wedding work'),
]  # fmt: skip


@pytest.mark.parametrize(("category", "text", "expected"), ROUND6_POSITIVES)
def test_round6_appearance_is_found(redacted_spans, category, text, expected):
    assert_redacted(redacted_spans(text, category), text, expected)


@pytest.mark.parametrize(("text", "survives"), ROUND6_TRAPS)
def test_round6_appearance_traps_survive(redact, text, survives):
    assert survives in redact(text)


# --- uncased, unpunctuated speech (truecase.py): the capitals and the commas a writer would put are
# missing ("i'm polish i moved here", "i'm a widow two grandkids and"); each sentence gets a
# clause of its own so the transcript is long enough to be read as uncased
UNCASED_MORE = " and i can work any shift you need on weekends"

UNCASED_APPEARANCE_POSITIVES = [
    ('APPEARANCE', "i'm six-two like two-forty so i can lift the heavy stuff", 'six-two'),
    ('APPEARANCE', "i'm a big guy six-five but i move quiet", 'six-five'),
    ('APPEARANCE', "i'm pretty short like four eleven which is great for attics", 'four eleven'),
]  # fmt: skip

UNCASED_APPEARANCE_TRAPS = [
    ('i stacked six four-foot shelves before lunch', 'six four-foot shelves'),
]  # fmt: skip


@pytest.mark.parametrize(("category", "text", "expected"), UNCASED_APPEARANCE_POSITIVES)
def test_uncased_appearance_is_found(redacted_spans, category, text, expected):
    text = text + UNCASED_MORE if text == text.lower() else text
    assert_redacted(redacted_spans(text, category), text, expected)


@pytest.mark.parametrize(("text", "survives"), UNCASED_APPEARANCE_TRAPS)
def test_uncased_appearance_traps_survive(redact, text, survives):
    text = text + UNCASED_MORE if text == text.lower() else text
    assert survives in redact(text)


# --- round 7 (heldout14 classes, own sentences): appearance phrase classes and their traps
ROUND7_APPEARANCE_POSITIVES = [
    ("i'm forty-seven and i've got long hair that i keep tied back in a braid for safety and i don't mind heat", 'braid'),
    ('I keep it pulled back in a bun on the line.', 'bun'),
    ('i wear my hair up in cornrows most days and i can work weekends', 'cornrows'),
    ('I keep my locs tied back in a ponytail under my cap.', 'ponytail'),
    ("I'm sixty-three, I'm six-four, bald as a cue ball, so people tend to listen.", 'bald as a cue ball'),
    ("i'm the tall redhead and i can work weekends", 'redhead'),
]  # fmt: skip

ROUND7_APPEARANCE_TRAPS = [
    ('I keep my hair tied back for safety, per food code.', 'tied back for safety'),
    ("Everyone's hair must be tied back in a hairnet.", 'hairnet'),
    ('I made braided wire harnesses at the plant.', 'braided wire harnesses'),
    ('I tie the rope off in a bowline knot.', 'bowline knot'),
    ('I keep the cords tied back in a bundle.', 'bundle'),
    ("I'm strong as an ox on the loading dock.", 'strong as an ox'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ROUND7_APPEARANCE_POSITIVES)
def test_round7_appearance_is_found(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, 'APPEARANCE'), text, expected)


@pytest.mark.parametrize(("text", "kept"), ROUND7_APPEARANCE_TRAPS)
def test_round7_appearance_traps_kept(redacted_spans, text, kept):
    assert_not_redacted(redacted_spans(text, 'APPEARANCE'), text, kept)
# --- probe round c: indirect cues written for a probe of first-person video-resume sentences
# (own sentences, cased and lower-case unpunctuated), with job facts that look alike as traps.
from .spans import assert_not_redacted as _c_kept, assert_redacted as _c_found  # noqa: E402

PROBE_C_POSITIVES = [
    ("I'm tattooed up both arms, and I'm a shop lead.", 'tattooed up both arms'),
    ("I'm a big ol' boy, and I work cattle.", 'big'),
    ('i have natural hair and i wear it in an afro', 'afro'),
    ("i'm a redhead you can't miss me", 'redhead'),
    ("I'm a natural blonde, if that helps you find me.", 'blonde'),
    ('I have hazel eyes and olive skin.', 'olive skin'),
    ("i'm in great shape i work out every day", 'in great shape'),
    ("I'm albino, so I wear sunglasses outside.", 'albino'),
    ("i'm pale and freckly and i burn easily", 'freckly'),
    ("I'm pretty athletic looking, I run marathons.", 'athletic looking'),
    ("i'm bearded and i work the grill", 'bearded'),
    ("I'm a big dude, about two-eighty, and I move furniture all day.", 'two-eighty'),
    ("i'm a big guy like three-ten and i do demolition", 'three-ten'),
    ("I'm short, five-one, but I climb ladders all the time.", 'five-one'),
    ("i'm pretty tall six-two so i can reach the high racks", 'pretty tall'),
    ("I'm lanky and long-armed, which helps when I'm cleaning the fryer.", 'long-armed'),
    ("I'm about six foot even and broad-shouldered.", 'broad-shouldered'),
    ("i'm big-boned and strong so moving boxes is easy", 'big-boned'),
    ("I've got gauges in my ears and a lip ring, and I've been a line cook.", 'lip ring'),
    ("I have a septum ring and I've been a barista for two years.", 'septum ring'),
    ("i have a tongue stud and i'm a fast typist", 'tongue stud'),
    ("As you can see I've got braces on my teeth.", 'braces on my teeth'),
    ('I still have braces, so I might sound a little funny.', 'braces'),
    ("I have a mole above my lip, so don't worry, it's not food.", 'mole'),
]  # fmt: skip

PROBE_C_TRAPS = [
    ('I inked the drawings up on my desk as an illustrator.', 'illustrator'),
    ("I'm a blonde ale brewer at a taproom.", 'blonde ale brewer'),
    ('I wear it in a bun for food safety, the hairnet I mean, as a line cook.', 'line cook'),
    ('I left the warehouse in great shape for the next shift.', 'warehouse'),
    ('I sold olive oil and skin care at the farmers market.', 'olive oil'),
    ("I'm tan-certified in pool chemistry as a lifeguard.", 'lifeguard'),
    ("I'm looking for athletic shoe sales work.", 'athletic shoe sales'),
    ('I sold lip rings and nose studs at a mall kiosk.', 'lip rings'),
    ("I'm a short-order cook at a diner.", 'short-order cook'),
    ('I worked a big, two-day event with three hundred guests.', 'two-day event'),
    ('I built 212 bikes in one holiday week.', '212 bikes'),
    ("I'm a tattoo artist and body piercer at a licensed studio.", 'body piercer'),
    ('We trapped a mole under the porch at the rental I manage.', 'mole'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PROBE_C_POSITIVES)
def test_probe_c_appearance_is_found(redacted_spans, text, expected):
    _c_found(redacted_spans(text, 'APPEARANCE'), text, expected)


@pytest.mark.parametrize(("text", "kept"), PROBE_C_TRAPS)
def test_probe_c_appearance_traps_kept(redacted_spans, text, kept):
    _c_kept(redacted_spans(text), text, kept)


# --- e-round (heldout16 classes, own sentences): tattooed or inked with where on the body, a
# build word before a folksy person noun ("a big ol' boy")
EROUND_APPEARANCE_POSITIVES = [
    ("I'm tattooed up both arms, and I'm a hard worker.", "tattooed up both arms"),
    ("i'm tattooed up and down both arms so long sleeves in the kitchen", "tattooed up and down both arms"),
    ("i'm inked from my neck to my wrists", "inked from my neck to my wrists"),
    ("I'm tatted all over my back and shoulders, for what it's worth.", "tatted all over my back"),
    ("I'm inked, so heads up.", "inked"),
    ("I'm a big ol' boy, and I can lift anything.", "big"),
    ("i'm a big ol boy and i grew up on a ranch", "big"),
    ("I'm heavyset but I move fast.", "heavyset"),
    ("i'm built like a fridge so moving furniture is easy", "built like a fridge"),
]  # fmt: skip

EROUND_APPEARANCE_TRAPS = [
    ("We hauled big ol' trucks all day.", "big ol' trucks"),
    ("I'm a tattoo artist at a shop downtown.", "tattoo artist"),
    ("i worked as a tattoo artist for three years", "tattoo artist"),
    ("Safety is a big part of my job.", "big part"),
    ("I'm a big believer in checklists.", "big believer"),
    ("I inked the linework on every comic page.", "inked"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), EROUND_APPEARANCE_POSITIVES)
def test_eround_appearance_is_found(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, 'APPEARANCE'), text, expected)


@pytest.mark.parametrize(("text", "kept"), EROUND_APPEARANCE_TRAPS)
def test_eround_appearance_traps_kept(redacted_spans, text, kept):
    assert_not_redacted(redacted_spans(text, 'APPEARANCE'), text, kept)


def test_a_build_word_before_a_folksy_noun_reads_as_a_person(redact):
    assert redact("I'm a big ol' boy, and I can lift anything.") == "I'm a person, and I can lift anything."


# --- round f (heldout17 classes): own sentences, cased and lower-case unpunctuated, with job-fact
# traps that look alike.
from .spans import assert_not_redacted as _f_kept, assert_redacted as _f_found  # noqa: E402

F_APPEARANCE_POSITIVES = [
    ("I'm also five foot nothing with bright pink hair.", 'five foot nothing'),
    ('im still six foot nothing even in work boots', 'six foot nothing'),
]  # fmt: skip

F_APPEARANCE_TRAPS = [
    ("I'm also five years into welding at the yard.", 'five years'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), F_APPEARANCE_POSITIVES)
def test_f_appearance_is_found(redacted_spans, text, expected):
    _f_found(redacted_spans(text, "APPEARANCE"), text, expected)


@pytest.mark.parametrize(("text", "kept"), F_APPEARANCE_TRAPS)
def test_f_appearance_traps_kept(redacted_spans, text, kept):
    _f_kept(redacted_spans(text), text, kept)


# --- helper A (heldout15/19/20 classes) ---------------------------------------------------------
from .spans import assert_not_redacted as _a_kept, assert_redacted as _a_found  # noqa: E402

A_APPEARANCE_POSITIVES = [
    ('and I got a lotta piercings and a nose ring if that matters', 'a lotta piercings'),
    ('I have a ton of tattoos on both arms, but they cover up under long sleeves.', 'a ton of tattoos'),
    ("i've got tons of piercings and a bunch of tattoos but i always dress for the job", 'tons of piercings'),
    ("I'm tall, bald, and easy to spot at the front door.", 'bald'),
    ("I'm short, bearded, and I can lift anything you need moved.", 'bearded'),
    ("i'm quiet and freckled and i show up early to every single shift", 'freckled'),
    ("I'm five eleven with bright red hair, so guests spot me.", 'five eleven'),
    ("I'm six two with a shaved head, so people notice me at the door.", 'six two'),
    ('im five four i can still reach the top shelves with a step stool', 'five four'),
]  # fmt: skip

A_APPEARANCE_TRAPS = [
    ('I inked a lotta tattoos at my last shop and I specialize in fine line work for clients of every age and style who walk in the door', 'a lotta tattoos'),
    ("I'm five eleven of the twelve tasks done already and I'll finish the rest today.", 'five eleven'),
    ("I'm certified and bonded, and my references are attached.", 'bonded'),
    ("i cut a ton of hair every saturday at the shop and i'm great with fades tapers and beard trims for every kind of client", 'a ton of hair'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), A_APPEARANCE_POSITIVES)
def test_a_appearance_is_found(redacted_spans, text, expected):
    _a_found(redacted_spans(text, "APPEARANCE"), text, expected)


@pytest.mark.parametrize(("text", "kept"), A_APPEARANCE_TRAPS)
def test_a_appearance_traps_kept(redacted_spans, text, kept):
    _a_kept(redacted_spans(text), text, kept)


# --- helper C (heldout21/22 classes, own sentences) ---------------------------------------------
import pytest as _hc_pytest  # noqa: E402

from .spans import assert_not_redacted as _hc_kept, assert_redacted as _hc_found  # noqa: E402

C_APPEARANCE_POSITIVES = [
    ('If you see a tall guy with a red beard at the counter, that is me.', 'tall'),
    ('look for the short lady in the orange vest at the job fair', 'short'),
    ("That's me, the heavyset dude by the grill.", 'heavyset'),
    ("I'm five-ten and about 200 pounds, so I can handle the bags.", 'about 200 pounds'),
    ('i am five-two and maybe 110 pounds so i fit in tight crawl spaces', 'maybe 110 pounds'),
    ("I'm six-one and like 240 pounds.", 'like 240 pounds'),
    ("I'm a super tan guy from working outside all summer.", 'tan'),
    ("i'm kinda pale so i wear sunscreen on every job", 'pale'),
    ("I'm so freckled, customers remember me.", 'freckled'),
    ('Thirty, bald by choice, and I love early shifts.', 'bald by choice'),
    ('i keep my head shaved on purpose and i wear a hard hat all day', 'shaved on purpose'),
    ('Forty-two, clean-shaven by choice, ready to work.', 'clean-shaven by choice'),
    ("I'm a super pale girl, so I wear a big hat outside.", 'super pale'),
    ("i'm a really tall guy so i can reach the top shelf", 'really tall'),
    ("I'm a kinda short dude, but I climb fine.", 'kinda short'),
]  # fmt: skip

C_APPEARANCE_TRAPS = [
    ('If you see a big order come in, I can pack it fast.', 'big order'),
    ('look for the tall shelves in aisle nine where we keep the paint', 'tall shelves'),
    ('The crate weighed about 200 pounds and took two of us to load.', 'about 200 pounds'),
    ('i moved furniture for three years and a dresser is usually like 150 pounds so i know how to lift with my legs and use a dolly safely', 'like 150 pounds'),
    ('I picked a gray finish by choice for the whole kitchen remodel.', 'gray finish'),
    ("I'm a super big fan of the new scheduling app.", 'super big fan'),
    ('i am a really tall order picker on paper but honestly i just mean i pick the high racks with the lift on every shift at the warehouse', 'really tall order picker'),
]  # fmt: skip


@_hc_pytest.mark.parametrize(("text", "expected"), C_APPEARANCE_POSITIVES)
def test_c_appearance_is_found(redacted_spans, text, expected):
    _hc_found(redacted_spans(text, "APPEARANCE"), text, expected)


@_hc_pytest.mark.parametrize(("text", "kept"), C_APPEARANCE_TRAPS)
def test_c_appearance_traps_kept(redacted_spans, text, kept):
    _hc_kept(redacted_spans(text, "APPEARANCE"), text, kept)


# --- helper E (heldout24/25 classes, own sentences) ---------------------------------------------
from .spans import assert_not_redacted as _e_kept, assert_redacted as _e_found  # noqa: E402

E_APPEARANCE_POSITIVES = [
    ("I'm covered head to toe in tattoos.", 'covered head to toe in tattoos'),
    ('the guy covered in freckles is me', 'covered in freckles'),
    ("i'm the one covered in piercings", 'covered in piercings'),
    ("I've got shoulders like a linebacker.", 'shoulders like a linebacker'),
    ("i'm tall with legs like a sprinter", 'legs like a sprinter'),
    ('I have arms like a boxer, so lifting is easy.', 'arms like a boxer'),
]  # fmt: skip

E_APPEARANCE_TRAPS = [
    ('i cut and style hair for every client who walks in and i can take long hair down to a short bob in under twenty minutes with no complaints', 'down to a short bob'),
    ("I'm the guy in the hard hat by the gate.", 'hard hat'),
    ("I'm the one in the hairnet at the deli.", 'hairnet'),
    ('im the lead in the paint department and i train every new hire on the tinting machine so they can match any color a customer brings in from home', 'paint department'),
    ('I get covered in paint every day at the shop.', 'covered in paint'),
    ('i come home covered in sawdust every night from the cabinet shop and i love it because i can see what i built with my own hands at the end of the day', 'covered in sawdust'),
    ('i ran a loader with arms like the ones on your site and i can handle any attachment you have from forks to a bucket to a snow pusher in the winter', 'arms like the ones'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), E_APPEARANCE_POSITIVES)
def test_e_appearance_is_found(redacted_spans, text, expected):
    _e_found(redacted_spans(text, "APPEARANCE"), text, expected)


@pytest.mark.parametrize(("text", "kept"), E_APPEARANCE_TRAPS)
def test_e_appearance_traps_kept(redacted_spans, text, kept):
    _e_kept(redacted_spans(text), text, kept)


# A degree word before a build ("a little short", "a tad tall") goes with it; being a little
# short of something stays.
DEGREE_BUILD = [
    ("I'm a little short, but I reach every tray, don't worry.", "a little short"),
    ("i'm a tad heavy so i take the stairs slow", "tad heavy"),
]  # fmt: skip

DEGREE_NOT_BUILD = [
    ("I'm a little short on time this week.", "short on time"),
    ("I'm a little short-staffed on weekends.", "short-staffed"),
    ("I'm a little nervous, but I'm ready.", "nervous"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), DEGREE_BUILD)
def test_a_build_with_a_degree_word_is_found(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, "APPEARANCE"), text, expected.split()[-1])


@pytest.mark.parametrize(("text", "kept"), DEGREE_NOT_BUILD)
def test_a_degree_word_without_a_build_stays(redacted_spans, text, kept):
    assert_not_redacted(redacted_spans(text), text, kept)


# --- helper A (heldout28/29 classes: voices, hands, chained builds, spoken heights/weights) -----
from .spans import assert_not_redacted as _ra_kept, assert_redacted as _ra_found  # noqa: E402

RA_APPEARANCE_POSITIVES = [
    # one's own voice
    ('I have a really deep voice, so people hear me across the yard.', 'deep voice'),
    ("i've got a big booming voice which helps on the floor", 'booming voice'),
    ('My voice is pretty high, so folks think I am younger.', 'My voice is pretty high'),
    # body features after a height or build, or with "I have"
    ("I'm five two with small hands, perfect for tight spaces.", 'small hands'),
    ('i am six four with long arms so i reach the top shelf', 'long arms'),
    ("I've got big hands, which helps with the heavy stock.", 'big hands'),
    # heights said as "foot nothing", with a filler inside
    ("I'm five foot, uh, nothing, but I climb fine.", 'nothing'),
    ('im five feet flat and quick on the ladder', 'five feet flat'),
    ("I'm four foot even, so the low shelves are mine.", 'four foot even'),
    ("I'm five-foot-nothing but I lift.", 'five-foot-nothing'),
    # a weight as "a buck" after a build word, with a filler
    ("I'm small, maybe a buck, um, twenty, but strong.", 'twenty'),
    ("i'm skinny like a buck thirty so i fit in crawlspaces", 'a buck thirty'),
    ("I'm a buck sixty, give or take.", 'a buck sixty'),
    # chained build words before a person word
    ("I'm a tall skinny guy, you can't miss me.", 'tall skinny'),
    ("i'm a big heavyset dude but i move fast", 'big heavyset'),
    ("I'm a short, stocky woman with a strong back.", 'short, stocky'),
    # strength by a simile joined to a height
    ("I'm six foot two and strong as a bull, so lifting is easy.", 'strong as a bull'),
    ("i'm six foot and strong as an ox so i carry the heavy stuff", 'strong as an ox'),
    ("I'm big and strong as a horse, honestly.", 'strong as a horse'),
]  # fmt: skip

RA_APPEARANCE_TRAPS = [
    ('i do voice-over work for local radio spots and i mix the deep voice tracks myself before sending them to the station manager for approval every friday afternoon', 'voice tracks'),
    ('She spoke with a soft voice of reason in every meeting.', 'soft voice of reason'),
    ('i am great with small hands-on projects and i like building the display racks from scratch using whatever scrap lumber the store has left over in the back', 'small hands-on projects'),
    ('We paid a buck fifty an hour more for night shifts.', 'a buck fifty an hour'),
    ("I'm a big believer in safety and a small business owner.", 'big believer'),
    ("I'm a small business owner and I do my own books.", 'small business owner'),
    ('i am strong as an ox when it comes to lifting so i took the freight job where i unload two trailers every morning before the store opens', 'strong as an ox'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), RA_APPEARANCE_POSITIVES)
def test_ra_appearance_is_found(redacted_spans, text, expected):
    _ra_found(redacted_spans(text, "APPEARANCE"), text, expected)


@pytest.mark.parametrize(("text", "kept"), RA_APPEARANCE_TRAPS)
def test_ra_appearance_traps_kept(redacted_spans, text, kept):
    _ra_kept(redacted_spans(text), text, kept)


# --- round A3 ---
from .spans import assert_not_redacted as _a3_kept, assert_redacted as _a3_found  # noqa: E402

A3_APPEARANCE_POSITIVES = [
    # a build after a hedge
    ("I'm six two, kind of lanky, so ladders are easy.", 'lanky'),
    ("i'm five foot one kinda petite so i fit in tight crawlspaces", 'petite'),
    ("I'm forty, sort of stocky, and strong.", 'stocky'),
    # hair length said by where it reaches
    ('I have hair down to my waist, so I wear a net.', 'hair down to my waist'),
    ('i got hair past my shoulders so i tie it up', 'hair past my shoulders'),
    ("I'm the one with hair halfway down my back.", 'hair halfway down my back'),
]  # fmt: skip

A3_APPEARANCE_TRAPS = [
    ('The job is kind of heavy, so I lift with my legs.', 'kind of heavy'),
    ("i'm a stylist and i cut her hair down to her shoulders last week and she loved it so i do a lot of long layers for clients", 'hair down to'),
    ("I'm pretty quick, kind of short on patience with bad tools though.", 'kind of short'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), A3_APPEARANCE_POSITIVES)
def test_a3_appearance_is_found(redacted_spans, text, expected):
    _a3_found(redacted_spans(text, "APPEARANCE"), text, expected)


@pytest.mark.parametrize(("text", "kept"), A3_APPEARANCE_TRAPS)
def test_a3_appearance_traps_kept(redacted_spans, text, kept):
    _a3_kept(redacted_spans(text), text, kept)
# --- round A4 ---
from .spans import assert_not_redacted as _a4_kept, assert_redacted as _a4_found  # noqa: E402

A4_APPEARANCE_POSITIVES = [
    ('uh im thirty and built like a fridge so heavy lifting is fine', 'built like a fridge'),
    ("I'm six two and built like a linebacker, so moving crews love me.", 'built like a linebacker'),
    ("I'm forty, built like a tank, and I never call in sick.", 'built like a tank'),
]  # fmt: skip

A4_APPEARANCE_TRAPS = [
    ('the barn we restored is old and built like a tank so we kept the frame and just replaced the siding and the roof panels over two long summers', 'built like a tank'),
    ("I'm proud the shed I framed was built like a fortress.", 'built like a fortress'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), A4_APPEARANCE_POSITIVES)
def test_a4_appearance_is_found(redacted_spans, text, expected):
    _a4_found(redacted_spans(text, "APPEARANCE"), text, expected)


@pytest.mark.parametrize(("text", "kept"), A4_APPEARANCE_TRAPS)
def test_a4_appearance_traps_kept(redacted_spans, text, kept):
    _a4_kept(redacted_spans(text), text, kept)
# --- round A5 ---
from .spans import assert_not_redacted as _a5_kept, assert_redacted as _a5_found  # noqa: E402

A5_APPEARANCE_POSITIVES = [
    ('im five nine and a buck sixty so i fit in tight spots', 'a buck sixty'),
    ('I\'m six two and lanky, so I reach the top racks.', 'lanky'),
    ('i\'m tall and thin, so ladders are easy', 'thin'),
    ('I\'m a big five-ten guy, two-forty, so pallets are fine.', 'two-forty'),
    ('im a big strong dude and i like heavy work', 'strong'),
]  # fmt: skip

A5_APPEARANCE_TRAPS = [
    ('the racks in the back are tall and thin so we use a rolling ladder to reach the top and i always check the brakes before climbing it every shift', 'tall and thin'),
    ('I counted five six and seven boxes on each pallet.', 'seven boxes'),
    ('I\'m on a big strong team at the warehouse.', 'big strong team'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), A5_APPEARANCE_POSITIVES)
def test_a5_appearance_is_found(redacted_spans, text, expected):
    _a5_found(redacted_spans(text, "APPEARANCE"), text, expected)


@pytest.mark.parametrize(("text", "kept"), A5_APPEARANCE_TRAPS)
def test_a5_appearance_traps_kept(redacted_spans, text, kept):
    _a5_kept(redacted_spans(text), text, kept)

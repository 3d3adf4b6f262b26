"""APPEARANCE: height, weight, build, hair, skin and tattoos, said of oneself.

Build words count only in self-description ("I'm a big guy"), never in "big projects" or "a tall
order"; measures of things ("a six-foot fence", a 6'8" door) are not heights. The default policy
removes these words.
"""

from __future__ import annotations

import pytest

POSITIVES = [
    # height, written and spoken
    ("I'm 6'2\", so I can reach the top shelves.", ["6'2\""]),
    ("I'm 5'4 and I've never needed a step stool.", ["5'4"]),
    ("I'm six foot five and I've never needed a ladder.", ["six foot five"]),
    ("i'm about five feet tall but i can lift fifty pounds", ["five feet tall"]),
    ("i'm five two but i can lift fifty pounds", ["five two"]),
    ("At six foot four, I can see over every rack in the warehouse.", ["six foot four"]),
    # weight
    ("I weigh about 240 pounds, so I'm steady on the line.", ["weigh about 240 pounds"]),
    ("I'm 180 pounds and I can carry a keg alone.", ["180 pounds"]),
    # build, only as a self-description
    ("I'm a big guy, and customers calm down when I walk over.", ["big"]),
    ("I'm tall, so stocking the top shelf is easy.", ["tall"]),
    ("I'm petite, and I can fit into tight crawl spaces.", ["petite"]),
    ("i'm a pretty stocky dude so moving furniture is easy", ["pretty stocky"]),
    ("I'm on the shorter side, but I'm quick.", ["on the shorter side"]),
    ("I'm big and tall, so I handle the heavy deliveries.", ["big and tall"]),
    ("I'm built like a linebacker, so the freight truck is my thing.", ["built like a linebacker"]),
    # hair, skin, tattoos
    ("I have visible tattoos on both arms.", ["visible tattoos"]),
    ("I have long curly hair, so I always wear a hairnet.", ["long curly hair"]),
    ("I've got a nose ring, which I can swap for a clear one.", ["nose ring"]),
    ("I'm bald, so hair restraints are never a problem.", ["bald"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_appearance_is_found(redacted_spans, text, expected):
    assert redacted_spans(text, "APPEARANCE") == expected


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
]  # fmt: skip


@pytest.mark.parametrize(("text", "survives"), TRAPS)
def test_appearance_traps_survive(redact, text, survives):
    assert survives in redact(text)

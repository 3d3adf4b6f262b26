"""RELIGION: faiths, denominations, places of worship (named or one's own), practices, holy days,
greetings and church roles are redacted; hospitals, charities, streets and names are kept."""

import re

import pytest

CATEGORY = "RELIGION"


def assert_redacted(spans: list[str], text: str, expected: str) -> None:
    assert any(expected in s for s in spans), f"{expected!r} not redacted in {text!r}: {spans}"


def assert_not_redacted(spans: list[str], text: str, kept: str) -> None:
    start = text.index(kept)
    end = start + len(kept)
    for s in spans:
        for m in re.finditer(re.escape(s), text):
            assert m.end() <= start or end <= m.start(), f"{kept!r} touched by {s!r} in {text!r}"

POSITIVES = [
    # faiths and denominations
    ("I'm Muslim and I've been a cashier for three years.", "Muslim"),
    ("im catholic and i coach little league", "catholic"),
    ("I'm a practicing Sikh, so I wear a turban at work.", "Sikh"),
    ("I'm a practicing Sikh, so I wear a turban at work.", "turban"),
    ("I was raised Southern Baptist in east Texas.", "Southern Baptist"),
    ("I'm Seventh-day Adventist, so I can't work Friday nights.", "Seventh-day Adventist"),
    ("I'm a Jehovah's Witness and I'm very reliable.", "Jehovah's Witness"),
    ("I'm Greek Orthodox and I sing in the choir.", "Greek Orthodox"),
    ("I'm an atheist but I respect everyone.", "atheist"),
    ("I'm a devout Christian and a hard worker.", "devout"),
    ("I'm a devout Christian and a hard worker.", "Christian"),
    ("yes I'm also Christian and I love my community", "Christian"),
    ("I'm Mennonite and I grew up on a dairy farm.", "Mennonite"),
    # places of worship
    ("I volunteer at my mosque every weekend.", "mosque"),
    ("I teach kids at our gurdwara on Sundays.", "gurdwara"),
    ("I'm the treasurer at my temple.", "temple"),
    ("I help with the food pantry at our parish.", "parish"),
    ("my church runs a free tutoring program and I lead it", "church"),
    ("I go to Mass at Our Lady of Perpetual Help with my grandma.", "Our Lady of Perpetual Help"),
    ("I usher at Greater Mount Zion Baptist Church in Memphis.", "Greater Mount Zion Baptist Church"),
    ("I'm a deacon at Second Baptist.", "Second Baptist"),
    ("I go to First United Methodist on Sundays.", "First United Methodist"),
    ("I volunteer at Congregation Beth Shalom's preschool.", "Congregation Beth Shalom"),
    ("I play keys at Lakewood Church every Sunday.", "Lakewood Church"),
    ("I'm an altar server at St. Anne's.", "St. Anne's"),
    ("I coordinate the youth group at my synagogue.", "synagogue"),
    ("I run the sound board for my church's youth group.", "church's youth group"),
    ("I'm the secretary of my masjid's sisters' committee.", "masjid's sisters' committee"),
    ("I'm the secretary for my ward's Relief Society.", "ward's Relief Society"),
    # practices
    ("I never miss Friday prayers but I'm happy to work weekends.", "Friday prayers"),
    ("I go to Sunday Mass and then I open the store.", "Sunday Mass"),
    ("I fast during Ramadan and I still run the morning shift.", "Ramadan"),
    ("I wear hijab and I've been a dental assistant for six years.", "hijab"),
    ("I keep kosher so I bring my own lunch.", "keep kosher"),
    ("I keep Shabbat, so I can't work Friday nights.", "Shabbat"),
    ("I served a two-year mission in Brazil for my church.", "served a two-year mission"),
    ("I took my shahada when I was twenty.", "took my shahada"),
    ("I pray five times a day and I need a quiet spot for five minutes.", "pray five times a day"),
    ("I'm Jain, so I'm strictly vegetarian.", "strictly vegetarian"),
    ("I taught Sunday school for six years.", "Sunday school"),
    ("I had my bat mitzvah at thirteen and I've been tutoring ever since.", "bat mitzvah"),
    ("I'm a youth pastor at my church and I manage volunteers.", "youth pastor"),
    # holy days
    ("I help run the Diwali dinner at my temple every year.", "Diwali"),
    ("I'd need Yom Kippur off but I'm flexible otherwise.", "Yom Kippur"),
    ("I cook for our whole family every Eid.", "Eid"),
    ("I give up sweets for Lent every year.", "Lent"),
    ("I organize the Vaisakhi parade in our city.", "Vaisakhi"),
    # greetings
    ("Assalamu alaikum, my name is Yusuf and I'm applying for the driver job.", "Assalamu alaikum"),
    ("salam alaikum everyone, I'm Amina.", "salam alaikum"),
    ("I'll see you soon inshallah.", "inshallah"),
    ("Thank you so much and God bless.", "God bless"),
    ("Shabbat shalom and thanks for watching.", "Shabbat shalom"),
    ("Namaste, I'm Priya and I'm a yoga instructor.", "Namaste"),
    ("my faith is a big part of my life and I lead worship on Sundays", "faith"),
    ("my faith is a big part of my life and I lead worship on Sundays", "worship"),
    ("I'm on the planning team for our church's Easter egg hunt.", "church's Easter egg hunt"),
    ("I go to an AME church and I'm a deaconess there.", "deaconess"),
    ("I celebrate Diwali and Christmas with my family.", "Diwali"),
    ("I help run the harvest festival dinner at my church.", "harvest festival dinner"),
    ("jazakallah khair for watching", "jazakallah khair"),
]

TRAPS = [
    ("I worked six years at Houston Methodist as a patient care tech.", "Houston Methodist"),
    ("I was a receptionist at Baptist Health for two years.", "Baptist Health"),
    ("I volunteered at St. Jude Children's Research Hospital.", "St. Jude"),
    ("I case-managed families at Catholic Charities.", "Catholic Charities"),
    ("I fried chicken at Church's Chicken on Church Street.", "Church's Chicken"),
    ("I fried chicken at Church's Chicken on Church Street.", "Church Street"),
    ("I'm a junior at Temple University studying nursing.", "Temple"),
    ("I got a concussion and hit my temple on a shelf.", "temple"),
    ("I'm interested in mass production and I track body mass index for clients.", "mass production"),
    ("I'm interested in mass production and I track body mass index for clients.", "mass"),
    ("Hi, I'm Christian Delgado and I'm applying to be a server.", "Christian"),
    ("I sold Christian Louboutin heels at Nordstrom.", "Christian"),
    ("Hi, I'm Priya Jain and I'm a data analyst.", "Jain"),
    ("my name is Grace and I'm a hostess", "Grace"),
    ("I built a platform-agnostic deployment script.", "agnostic"),
    ("My manager lent me her car once.", "lent"),
    ("I went through a baptism by fire on my first Black Friday.", "baptism"),
    ("I studied at UNC Chapel Hill.", "Chapel"),
    ("I donated to the Salvation Army during the holidays.", "Salvation Army"),
    ("I took an unorthodox approach to the inventory problem.", "unorthodox"),
    ("I ordered kosher salt and halal chicken for the restaurant.", "kosher salt"),
    ("I sang in the choir at Lincoln High School.", "choir"),
    ("I work the Christmas rush every year at the mall.", "Christmas"),
    ("I have faith in my team and I put my faith in good process.", "faith"),
    ("I add monk fruit syrup to the lattes.", "monk"),
    ("I was an intern at Cantor Fitzgerald.", "Cantor"),
    ("I bumped my temple on the shelf and kept working.", "temple"),
    ("I was a unit clerk at Baptist Memorial and at Lutheran General.", "Baptist Memorial"),
    ("I was a unit clerk at Baptist Memorial and at Lutheran General.", "Lutheran General"),
    ("I was a CNA at Methodist Hospital for a year.", "Methodist Hospital"),
]


@pytest.mark.parametrize("text, expected", POSITIVES)
def test_redacts(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, CATEGORY), text, expected)


@pytest.mark.parametrize("text, kept", TRAPS)
def test_keeps(redacted_spans, text, kept):
    assert_not_redacted(redacted_spans(text, CATEGORY), text, kept)

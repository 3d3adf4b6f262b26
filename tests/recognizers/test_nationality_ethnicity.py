"""NATIONALITY_ETHNICITY: demonyms, race in identity use, tribal nations, immigration status and
heritage languages are redacted; languages offered as a skill, cuisines and brands are kept."""

import re

import pytest

CATEGORY = "NATIONALITY_ETHNICITY"


def assert_redacted(spans: list[str], text: str, expected: str) -> None:
    assert any(expected in s for s in spans), f"{expected!r} not redacted in {text!r}: {spans}"


def assert_not_redacted(spans: list[str], text: str, kept: str) -> None:
    start = text.index(kept)
    end = start + len(kept)
    for s in spans:
        for m in re.finditer(re.escape(s), text):
            assert m.end() <= start or end <= m.start(), f"{kept!r} touched by {s!r} in {text!r}"

POSITIVES = [
    # demonyms, compounds and plurals
    ("hey so im vietnamese and i grew up helping at my uncles nail shop", "vietnamese"),
    ("I'm Filipino American and I've worked the front desk for two years.", "Filipino American"),
    ("my dad is Nigerian and my mom is Jamaican, so I get along with everybody", "Nigerian"),
    ("my dad is Nigerian and my mom is Jamaican, so I get along with everybody", "Jamaican"),
    ("I'm half Puerto Rican and half Dominican.", "Puerto Rican"),
    ("I'm half Puerto Rican and half Dominican.", "Dominican"),
    ("I'm a Cuban-American line cook from Hialeah.", "Cuban-American"),
    ("I'm of Ethiopian descent and I drive for a living.", "Ethiopian descent"),
    ("we are proud Somalis and my whole family works in health care", "Somalis"),
    ("I'm a Chinese adoptee and I was raised in Ohio.", "Chinese adoptee"),
    ("I'm Punjabi, I'm twenty six, and I'm a forklift operator.", "Punjabi"),
    ("I'm Hmong and I help my parents at the farmers market.", "Hmong"),
    ("i'm latina and i've been a barista for three years", "latina"),
    ("As a Chicano kid from the valley, I learned to work early.", "Chicano"),
    ("I'm Afro-Latina and I run the register at a grocery store.", "Afro-Latina"),
    ("I'm biracial and I coach middle school volleyball.", "biracial"),
    ("as a person of color in tech I mentor new hires", "person of color"),
    ("I'm Arab American and I manage inventory.", "Arab American"),
    ("I'm Native Hawaiian and I grew up surfing.", "Native Hawaiian"),
    ("I'm Samoan and I played football in college.", "Samoan"),
    # race words only in identity use
    ("I'm Black and I've been a pharmacy tech for four years.", "Black"),
    ("im black and i love working with kids", "black"),
    ("As a Black woman in construction I know how to hold my own.", "Black"),
    ("I'm a proud Black man and a dad of two.", "Black"),
    ("I'm white, I'm thirty, and I live outside Boise.", "white"),
    ("I'm a white guy from the suburbs who loves spreadsheets.", "white"),
    ("as a brown girl in engineering I had to speak up", "brown"),
    ("my family is Polish and we make pierogi every Christmas", "Polish"),
    ("I'm Native, and I volunteer with youth programs.", "Native"),
    ("I'm Spanish, my parents moved here from Madrid.", "Spanish"),
    # tribal nations
    ("I'm Navajo and I grew up near Shiprock.", "Navajo"),
    ("I'm an enrolled member of the Cherokee Nation and a certified welder.", "enrolled member of the Cherokee Nation"),
    ("I'm Oglala Lakota and I'm a wildland firefighter.", "Oglala Lakota"),
    ("I'm a citizen of the Muscogee Nation.", "citizen of the Muscogee Nation"),
    ("I'm Southern Cheyenne and I drive a school bus.", "Southern Cheyenne"),
    # immigration and citizenship
    ("I came here as a refugee from Syria when I was nine.", "refugee"),
    ("I'm a DACA recipient and I've worked retail since high school.", "DACA recipient"),
    ("I was undocumented until I got my green card last year.", "undocumented"),
    ("I was undocumented until I got my green card last year.", "green card"),
    ("I'm a naturalized citizen and I'm bilingual.", "naturalized citizen"),
    ("my parents are immigrants and I was the first in my family to finish college", "immigrants"),
    ("I came over when I was six with my mom and my sister.", "came over"),
    ("I'm a first-generation American and proud of it.", "first-generation American"),
    ("I'm here on asylum and my work permit is valid through next year.", "asylum"),
    ("I'm on an H-1B right now so I would need sponsorship.", "H-1B"),
    ("I'm a permanent resident and I've lived in Tucson for ten years.", "permanent resident"),
    # heritage language framed as identity
    ("my first language is Tagalog but I've been speaking English since I was five", "first language is Tagalog"),
    ("I grew up speaking Gujarati at home with my grandparents.", "grew up speaking Gujarati at home"),
    ("English is my second language, so I'm patient with customers who struggle.", "English is my second language"),
    ("we only speak Vietnamese at home", "speak Vietnamese at home"),
    ("I grew up in a Spanish-speaking household in El Paso.", "Spanish-speaking household"),
    # greetings and celebrations
    ("Malo e lelei everyone, I'm applying for the warehouse lead role.", "Malo e lelei"),
    ("Talofa, my name is Sefa and I'm a certified nursing assistant.", "Talofa"),
    ("I planned my little sister's whole quinceanera for a hundred and fifty people.", "quinceanera"),
    ("I help organize the Lunar New Year festival every winter.", "Lunar New Year"),
    ("I'm Filipina and Black and I grew up in Vallejo.", "Black"),
    ("I'm Nigerian-born and a heritage speaker of Yoruba.", "Nigerian-born"),
    ("im guatemalan and im here with tps so my work permit is current", "tps"),
    ("I came to this country when I was fourteen.", "came to this country"),
    ("I'm Korean and English is my second language.", "Korean"),
    ("I grew up on the rez and I still dance at powwows.", "rez"),
    ("I'm twenty four, Black, and a single mom.", "Black"),
    ("Spanish is my mother tongue, and I'm learning French.", "Spanish is my mother tongue"),
]

TRAPS = [
    # languages offered as a skill
    ("I speak Spanish and Quechua, and I'm learning Portuguese.", "Spanish"),
    ("I speak Spanish and Quechua, and I'm learning Portuguese.", "Quechua"),
    ("I'm bilingual, Spanish and English, which helps at the pharmacy counter.", "Spanish"),
    ("I'm fluent in Vietnamese and Cantonese.", "Vietnamese"),
    ("I translate for our patients in Korean and in Russian.", "Korean"),
    ("I translate for our patients in Korean and in Russian.", "Russian"),
    ("I took four years of French in school.", "French"),
    ("I help our Haitian Creole speakers fill out their forms.", "Haitian Creole"),
    ("I tutor Chinese on weekends and I'm certified in American Sign Language.", "Chinese"),
    ("I'm certified in American Sign Language.", "American Sign Language"),
    # cuisines, products, brands and employers
    ("I was a line cook at a Mexican restaurant for two years.", "Mexican restaurant"),
    ("I can make French toast, run a French press and pipe a French braid.", "French toast"),
    ("I specialize in Brazilian blowouts and keratin treatments.", "Brazilian blowouts"),
    ("I'm a licensed massage therapist trained in Thai massage.", "Thai massage"),
    ("I walked dogs, mostly German shepherds and a Great Dane.", "German shepherds"),
    ("I was a gate agent for American Airlines and a server at Chipotle Mexican Grill.", "American Airlines"),
    ("I was a gate agent for American Airlines and a server at Chipotle Mexican Grill.", "Mexican Grill"),
    ("I worked at Dutch Bros for a year.", "Dutch Bros"),
    ("I coached Brazilian jiu-jitsu at a local gym.", "Brazilian jiu-jitsu"),
    # colour words, ordinary words, places
    ("I wrote the schedule on the white board every Monday.", "white board"),
    ("I worked the Black Friday rush and I have a black belt in karate.", "Black Friday"),
    ("I worked the Black Friday rush and I have a black belt in karate.", "black belt"),
    ("I polish the floors and keep the break room clean.", "polish"),
    ("I planted native plants around the office courtyard.", "native plants"),
    ("I'm a native speaker of English and I work nights.", "native"),
    ("I did a semester abroad in the Dominican Republic.", "Dominican"),
    ("I wore a navy blazer to every client meeting at Jordan's Furniture.", "Jordan"),
    ("I like that the whiteboard in the break room has everyone's schedule.", "whiteboard"),
    ("I drove to Sioux Falls twice a week for deliveries.", "Sioux Falls"),
    ("I'm an Apache Spark and Apache Kafka developer.", "Apache"),
    ("I'm a big fan of the Korean War documentaries.", "Korean"),
    ("I'm comfortable with the undocumented legacy code nobody wanted to touch.", "undocumented"),
    ("I translated contracts between English – Japanese for a law firm.", "Japanese"),
    ("I'm fluent in Tagalog (Filipino) and English.", "Filipino"),
    ("I did a music festival tour through the Balkans.", "Balkans"),
    ("I speak Spanish and K'iche' and a little English.", "K'iche'"),
    ("I'm a Korean barbecue server and I love Korean food.", "Korean barbecue"),
    ("I export high rez images for print.", "rez"),
    ("We had a quick powwow with the team before the rush.", "powwow"),
    ("I trim privet hedges and mow on Fridays.", "privet"),
]


@pytest.mark.parametrize("text, expected", POSITIVES)
def test_redacts(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, CATEGORY), text, expected)


@pytest.mark.parametrize("text, kept", TRAPS)
def test_keeps(redacted_spans, text, kept):
    assert_not_redacted(redacted_spans(text, CATEGORY), text, kept)

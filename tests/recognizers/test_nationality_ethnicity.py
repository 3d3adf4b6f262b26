"""NATIONALITY_ETHNICITY: demonyms, race in identity use, tribal nations, immigration status and
heritage languages are redacted; languages offered as a skill, cuisines and brands are kept."""


import pytest

from .spans import assert_not_redacted, assert_redacted

CATEGORY = "NATIONALITY_ETHNICITY"


POSITIVES = [
    # arrival on a visa with its subject, as "I came as a refugee" (own sentences)
    ("i came on a student visa and now i work nights", "i came on a student visa"),
    ("We arrived on a K-1 visa in 2016 and I started at Target.", "We arrived on a K-1 visa"),
    # Philippine peoples (own sentences)
    ("I'm Ilocano, and I'm a naturalized citizen now.", "Ilocano"),
    ("My family is Kapampangan, so I grew up cooking for big parties.", "Kapampangan"),
    ("i'm bicolano and i moved here at nineteen", "bicolano"),
    ("I still speak Polish with my parents, so I'm careful with accents.", "Polish with my parents"),
    ("I came on a student visa and now I am a citizen, so no sponsorship.", "citizen"),
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
    ("my first language is Tagalog but I've been speaking English since I was five", "Tagalog"),
    ("I grew up speaking Gujarati at home with my grandparents.", "Gujarati"),
    ("English is my second language, so I'm patient with customers who struggle.", "English is my second language"),
    # "speak X" alone is a skill (kept); "X at home" makes it where one comes from
    ("we only speak Vietnamese at home", "Vietnamese at home"),
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
    ("Spanish is my mother tongue, and I'm learning French.", "Spanish"),
    ("I'm a citizen of the Osage Nation and I drive for FedEx.", "Osage Nation"),
    ("I'm a Choctaw Nation citizen and a welder.", "Choctaw Nation"),
    ("I have TPS status and my work permit is current.", "TPS"),
    ("My grandpa only spoke Cajun French with us.", "Cajun French"),
    ("I came here on a Special Immigrant Visa after working as an interpreter.", "Special Immigrant Visa"),
    ("my family speaks Amharic at home and I answer in English", "Amharic at home"),
]

TRAPS = [
    ("I speak Ilocano and Tagalog with patients at the clinic.", "Ilocano"),
    ("The shipment came on a pallet with the visa paperwork taped on top.", "came on a pallet"),
    ("I speak Spanish with customers and coworkers every shift.", "Spanish"),
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


# Broad coverage, written from knowledge of many traditions and phrasings rather than fitted to
# the dev transcripts: immigration documents and statuses, tribal nations and reservations, heritage languages
# framed as identity, greetings and thanks in heritage languages ("thank you po", "Miigwech"),
# ethnic and mixed identities; traps: languages offered as a skill, work authorization as such,
# businesses named after a nation, PO (purchase order), hotel reservations.
BROAD_POSITIVES = [
    ('I came here on a Special Immigrant Visa after working as an interpreter.', 'Special Immigrant Visa'),
    ("I'm here on an SIV with my family.", 'SIV'),
    ('I have TPS and my work permit is current.', 'TPS'),
    ("I'm an asylum seeker and I have my work authorization.", 'asylum seeker'),
    ("I'm a green card holder.", 'green card holder'),
    ("I'm a naturalized citizen.", 'naturalized citizen'),
    ("I'm a DACA recipient and I've worked since I was sixteen.", 'DACA'),
    ('I came here on a student visa and stayed.', 'student visa'),
    ('I came here on a K-1 visa when I got married.', 'K-1 visa'),
    ("I'm a Dreamer and I've been here since I was four.", 'Dreamer'),
    ("I'm undocumented but I have a work permit now.", 'undocumented'),
    ('I got my papers last year.', 'papers'),
    ("I'm a permanent resident.", 'permanent resident'),
    ("I'm a refugee from Burma.", 'refugee'),
    ('we were resettled here through Catholic Charities', 'resettled'),
    ("I'm a Cherokee Nation citizen.", 'Cherokee Nation citizen'),
    ("I'm enrolled in the Muscogee Creek Nation.", 'enrolled in the Muscogee Creek Nation'),
    ("I'm Diné and I grew up near Window Rock.", 'Diné'),
    ("I'm a member of the Navajo Nation.", 'Navajo Nation'),
    ("I'm Lakota and I volunteer at the youth center.", 'Lakota'),
    ("I'm Ojibwe.", 'Ojibwe'),
    ("I'm a member of the Leech Lake Band of Ojibwe.", 'Leech Lake Band of Ojibwe'),
    ("I'm an enrolled member of the Confederated Tribes of Warm Springs.", 'Confederated Tribes of Warm Springs'),
    ("I'm a citizen of the Chickasaw Nation.", 'Chickasaw Nation'),
    ("I'm a member of the Lumbee Tribe.", 'Lumbee Tribe'),
    ("I'm Native Hawaiian.", 'Native Hawaiian'),
    ("I'm Tlingit and Haida.", 'Tlingit'),
    ('my mama only spoke Cajun French at home', 'Cajun French'),
    ('we speak Tagalog at home', 'Tagalog'),
    ('we only spoke Kreyòl at home growing up', 'Kreyòl'),
    ('my grandparents only speak Hmong', 'Hmong'),
    ('growing up we spoke Spanish at home', 'Spanish'),
    ('my first language was Vietnamese', 'Vietnamese'),
    ('at home it was all Polish', 'Polish'),
    ('thank you po for your time', 'po'),
    ('Thank you po.', 'po'),
    ('Salamat po for watching.', 'Salamat po'),
    ("Yá'át'ééh, my name is Kee.", "Yá'át'ééh"),
    ("Ahéhee' for your time.", "Ahéhee'"),
    ('Mahalo for watching.', 'Mahalo'),
    ("Aloha, I'm Leilani and I'm applying for front desk.", 'Aloha'),
    ("Malo e lelei, I'm Sione.", 'Malo e lelei'),
    ('Talofa, my name is Tavita.', 'Talofa'),
    ("Kia ora, I'm Aroha.", 'Kia ora'),
    ("Habari, I'm Amani.", 'Habari'),
    ('Sawubona, my name is Thabo.', 'Sawubona'),
    ("I'm Cajun and I can cook for a crowd.", 'Cajun'),
    ("I'm Creole from New Orleans.", 'Creole'),
    ("I'm Hmong and I help my parents at the farmers market.", 'Hmong'),
    ("I'm Afro-Latina and bilingual.", 'Afro-Latina'),
    ("I'm a Pacific Islander.", 'Pacific Islander'),
    ("I'm Desi and I love cricket.", 'Desi'),
    ("I'm Chicano and proud of it.", 'Chicano'),
    ("I'm Chicanx.", 'Chicanx'),
    ("I'm mestizo.", 'mestizo'),
    ("I'm mixed, my dad is Black and my mom is Korean.", 'Korean'),
    ("I'm half Japanese.", 'Japanese'),
    ("I'm a first-generation American.", 'first-generation American'),
    ("I'm Nigerian American.", 'Nigerian American'),
    ("I'm Indo-Caribbean.", 'Indo-Caribbean'),
    ("I'm Afro-Caribbean.", 'Afro-Caribbean'),
    ("I'm Kanaka Maoli.", 'Kanaka Maoli'),
    ("I'm Samoan and I played rugby.", 'Samoan'),
    ("I'm Romani.", 'Romani'),
    ("I'm Gullah Geechee from the Sea Islands.", 'Gullah Geechee'),
    ("I'm Punjabi.", 'Punjabi'),
    ("I'm Lebanese.", 'Lebanese'),
    ("I'm Arab American.", 'Arab American'),
    ("I'm Somali.", 'Somali'),
    ("I'm Indigenous.", 'Indigenous'),
    ("I'm Latinx.", 'Latinx'),
    ("I'm Boricua.", 'Boricua'),
    ("I'm a Nuyorican.", 'Nuyorican'),
    ("I'm Tejana.", 'Tejana'),
    ("I'm Hispanic.", 'Hispanic'),
    ("I'm white.", 'white'),
    ("I'm a proud Black woman.", 'Black'),
    ('I grew up on the Pine Ridge Reservation.', 'Pine Ridge Reservation'),
    ('I grew up on the reservation.', 'reservation'),
    ("I'm a tribal member.", 'tribal member'),
    ('I dance at powwows every summer.', 'powwows'),
    ('I came to the States when I was nine.', 'came to the States'),
    ('I immigrated from Poland.', 'immigrated'),
    ('my family emigrated from India', 'emigrated'),
    ("I'm an immigrant and I work hard.", 'immigrant'),
    ('as a son of immigrants I know hard work', 'son of immigrants'),
    ("I'm on an H-1B.", 'H-1B'),
    ("I'm on OPT right now.", 'OPT'),
    ("I'm a Filipino nurse.", 'Filipino'),
    ("I'm the daughter of Vietnamese boat people.", 'Vietnamese'),
    ('Gracias and have a good day.', 'Gracias'),
    ("I'm Guyanese.", 'Guyanese'),
    ("I'm Hmong American.", 'Hmong American'),
    ("I'm Yup'ik from Bethel.", "Yup'ik"),
    ("I'm Pueblo.", 'Pueblo'),
    ("I'm from the Rosebud Sioux Tribe.", 'Rosebud Sioux Tribe'),
    ("I'm Haitian-American.", 'Haitian-American'),
    ("we're Cape Verdean.", 'Cape Verdean'),
    ("Ahoj, I'm Jana.", 'Ahoj'),
    ("I'm an Alaska Native.", 'Alaska Native'),
    ("I'm Métis.", 'Métis'),
    ("I'm an Aboriginal Australian.", 'Aboriginal'),
    ("I'm a Native American woman.", 'Native American'),
    ("I'm Black and Puerto Rican.", 'Puerto Rican'),
    ('I celebrate Lunar New Year with my family.', 'Lunar New Year'),
    ('I went through the citizenship test last month.', 'citizenship test'),
    ("I'm not a citizen yet but I have a work permit.", 'not a citizen'),
    ('I have a work permit through my asylum case.', 'asylum case'),
    ("I'm a US citizen.", 'US citizen'),
    ('i got my green card in 2019', 'green card'),
    ('I have refugee status.', 'refugee status'),
    ('I have a U visa.', 'U visa'),
    ('I have a T visa.', 'T visa'),
    ("I'm a Dreamer.", 'Dreamer'),
    ("I'm an international student from Ghana.", 'international student'),
    ("I'm a heritage speaker of Arabic.", 'heritage speaker'),
    ("I'm Afghan and I worked with the US Army as an interpreter.", 'Afghan'),
    ("I'm Chaldean.", 'Chaldean'),
    ("I'm Assyrian.", 'Assyrian'),
    ("I'm Coptic Egyptian.", 'Egyptian'),
    ("I'm Dominican and I grew up in Washington Heights.", 'Dominican'),
    ("Ni hao, I'm Wei.", 'Ni hao'),
    ("Annyeonghaseyo, I'm Ji-woo.", 'Annyeonghaseyo'),
    ("Bonjour, je m'appelle Marie.", 'Bonjour'),
    ('Jambo, my name is Baraka.', 'Jambo'),
    ("Dzień dobry, I'm Kasia.", 'Dzień dobry'),
    ("Konnichiwa, I'm Yuki.", 'Konnichiwa'),
    ("Hafa adai, I'm Maria.", 'Hafa adai'),
    ("Iakwe, I'm from the Marshall Islands.", 'Iakwe'),
    ("Bula, I'm Jone.", 'Bula'),
    ("Mingalaba, I'm Aung.", 'Mingalaba'),
    ("Chào anh chị, I'm Linh.", 'Chào'),
    ("Salut, I'm Amadou.", 'Salut'),
    ("Olá, I'm João.", 'Olá'),
    ("I'm the first in my family born here, my parents are from Oaxaca and speak Mixtec at home.", 'Mixtec'),
    ("I'm Marshallese and I help translate at church.", 'Marshallese'),
    ("I'm a Cherokee Nation citizen and I grew up in Tahlequah.", 'Cherokee Nation citizen'),
    ("I'm Navajo, Yá'át'ééh everybody.", "Yá'át'ééh"),
    ('I got my green card two years ago.', 'green card'),
    ("I'm here on TPS from Honduras.", 'TPS'),
    ('I came on an SIV after interpreting for the Marines.', 'SIV'),
    ("I'm Haitian and we speak Kreyòl at home.", 'Kreyòl'),
    ('Salamat po sa inyong oras.', 'po'),
    ("I'm Tongan, malo e lelei to everyone.", 'malo e lelei'),
    ("I'm part Cajun, part Creole.", 'Creole'),
    ("I'm an enrolled member of the Turtle Mountain Band of Chippewa.", 'Turtle Mountain Band of Chippewa'),
    ("I'm a daughter of Hmong refugees.", 'Hmong'),
]

BROAD_TRAPS = [
    ('I speak Spanish and Tagalog fluently.', 'Spanish'),
    ('I speak Spanish and Tagalog fluently.', 'Tagalog'),
    ("I'm bilingual in English and Haitian Creole.", 'Haitian Creole'),
    ('I can help Spanish-speaking customers.', 'Spanish'),
    ("I'm authorized to work in the US.", 'authorized to work'),
    ("I don't need sponsorship.", 'sponsorship'),
    ("I'm a US Army veteran.", 'US'),
    ('I worked at a Mexican restaurant.', 'Mexican restaurant'),
    ('I sold Polish sausage at the ballpark.', 'Polish sausage'),
    ("I'm great with Chinese takeout orders.", 'Chinese takeout'),
    ('I made Cajun fries at Popeyes.', 'Cajun fries'),
    ('I worked at Five Guys and at Creole Cuisine.', 'Creole Cuisine'),
    ('I did a Hawaiian shirt day at work.', 'Hawaiian shirt'),
    ("I'm a big fan of Korean dramas.", 'Korean dramas'),
    ('I used the reservation system in OpenTable.', 'reservation'),
    ('I handled reservations for the hotel.', 'reservations'),
    ('I was a reservation agent for Southwest.', 'reservation agent'),
    ('I can take a Salsa class.', 'Salsa'),
    ('I said aloha to every guest at the resort.', 'guest'),
    ('I sold native plants at the nursery.', 'native plants'),
    ("I'm native to this area.", 'native'),
    ('I handled green card paperwork for our employees as an HR assistant.', 'HR assistant'),
    ("I'm a huge Indiana Pacers fan.", 'Indiana'),
    ('I cooked at Panda Express.', 'Panda Express'),
    ("I drove for American Airlines' cargo team.", 'American Airlines'),
    ('I worked at the Indian Health Service clinic.', 'Indian Health Service'),
    ('I was a cashier at Aloha Poke.', 'Aloha Poke'),
    ('I kept the ball in play, po-faced, no drama.', 'drama'),
    ('The photo is in the PO box.', 'PO'),
    ('I matched every PO to its invoice.', 'PO'),
    ('I processed purchase orders and POs daily.', 'POs'),
    ('I entered the PO number in SAP.', 'PO number'),
    ("I'm a reservation specialist.", 'reservation specialist'),
    ('I work with Black & Decker tools.', 'Black & Decker'),
    ('I served at a French bistro.', 'French bistro'),
    ("I'm great at French braids.", 'French braids'),
    ("I'm taking a Spanish class at night.", 'Spanish class'),
    ('I use the Dutch oven method for bread.', 'Dutch oven'),
    ("I'm fluent in Cajun French and English.", 'Cajun French'),
    ('I can speak Kreyòl with Haitian patients.', 'Kreyòl'),
    ('I had to handle TPS reports.', 'TPS reports'),
    ('I check every TPS report.', 'TPS'),
    ("I'm a Dreamer at heart, always planning.", 'planning'),
    ("I'm an American Red Cross certified lifeguard.", 'American Red Cross'),
    ('I worked at Bank of America.', 'Bank of America'),
    ("I'm a Native Instruments certified trainer.", 'Native Instruments'),
    ("I'm fluent in Spanish and Tagalog.", 'Tagalog'),
    ("I'm an Indian Motorcycle tech.", 'Indian Motorcycle'),
    ('I worked at Native Foods Cafe.', 'Native Foods'),
    ('I was a Cajun cook at a seafood shack.', 'seafood shack'),
    ('I worked in a Creole restaurant.', 'Creole restaurant'),
    ('I worked at a Korean spa.', 'Korean spa'),
    ("I'm a huge Chicago Blackhawks fan.", 'Blackhawks'),
    ('I worked at the Aloha Stadium swap meet.', 'swap meet'),
]


# The same, as a speech recognizer may write it: lower case, no punctuation.
LOWERCASE_POSITIVES = [
    ('i came here on a special immigrant visa after working as an interpreter', 'special immigrant visa'),
    ("i'm here on an siv with my family", 'siv'),
    ('i have tps and my work permit is current', 'tps'),
    ("i'm a daca recipient and i've worked since i was sixteen", 'daca'),
    ('i came here on a k-1 visa when i got married', 'k-1 visa'),
    ("i'm diné and i grew up near window rock", 'diné'),
    ("i'm a member of the navajo nation", 'navajo nation'),
    ("i'm lakota and i volunteer at the youth center", 'lakota'),
    ("i'm ojibwe", 'ojibwe'),
    ("i'm a citizen of the chickasaw nation", 'chickasaw nation'),
    ("i'm a member of the lumbee tribe", 'lumbee tribe'),
    ("i'm native hawaiian", 'native hawaiian'),
    ("i'm tlingit and haida", 'tlingit'),
    ('we speak tagalog at home', 'tagalog'),
    ('we only spoke kreyòl at home growing up', 'kreyòl'),
    ('my grandparents only speak hmong', 'hmong'),
    ('growing up we spoke spanish at home', 'spanish'),
    ('my first language was vietnamese', 'vietnamese'),
    ('salamat po for watching', 'salamat po'),
    ("yá'át'ééh my name is kee", "yá'át'ééh"),
    ("ahéhee' for your time", "ahéhee'"),
    ('mahalo for watching', 'mahalo'),
    ("aloha i'm leilani and i'm applying for front desk", 'aloha'),
    ("malo e lelei i'm sione", 'malo e lelei'),
    ('talofa my name is tavita', 'talofa'),
    ("kia ora i'm aroha", 'kia ora'),
    ("habari i'm amani", 'habari'),
    ('sawubona my name is thabo', 'sawubona'),
    ("i'm cajun and i can cook for a crowd", 'cajun'),
    ("i'm creole from new orleans", 'creole'),
    ("i'm hmong and i help my parents at the farmers market", 'hmong'),
    ("i'm afro-latina and bilingual", 'afro-latina'),
    ("i'm a pacific islander", 'pacific islander'),
    ("i'm desi and i love cricket", 'desi'),
    ("i'm chicano and proud of it", 'chicano'),
    ("i'm chicanx", 'chicanx'),
    ("i'm mixed my dad is black and my mom is korean", 'korean'),
    ("i'm half japanese", 'japanese'),
    ("i'm a first-generation american", 'first-generation american'),
    ("i'm nigerian american", 'nigerian american'),
    ("i'm indo-caribbean", 'indo-caribbean'),
    ("i'm afro-caribbean", 'afro-caribbean'),
    ("i'm kanaka maoli", 'kanaka maoli'),
    ("i'm samoan and i played rugby", 'samoan'),
    ("i'm romani", 'romani'),
    ("i'm gullah geechee from the sea islands", 'gullah geechee'),
    ("i'm punjabi", 'punjabi'),
    ("i'm lebanese", 'lebanese'),
    ("i'm arab american", 'arab american'),
    ("i'm somali", 'somali'),
    ("i'm indigenous", 'indigenous'),
    ("i'm latinx", 'latinx'),
    ("i'm boricua", 'boricua'),
    ("i'm a nuyorican", 'nuyorican'),
    ("i'm tejana", 'tejana'),
    ("i'm hispanic", 'hispanic'),
    ("i'm a proud black woman", 'black'),
    ('i came to the states when i was nine', 'came to the states'),
    ("i'm on an h-1b", 'h-1b'),
    ("i'm on opt right now", 'opt'),
    ("i'm a filipino nurse", 'filipino'),
    ("i'm the daughter of vietnamese boat people", 'vietnamese'),
    ('gracias and have a good day', 'gracias'),
    ("i'm guyanese", 'guyanese'),
    ("i'm hmong american", 'hmong american'),
    ("i'm yup'ik from bethel", "yup'ik"),
    ("i'm pueblo", 'pueblo'),
    ("i'm from the rosebud sioux tribe", 'rosebud sioux tribe'),
    ("i'm haitian-american", 'haitian-american'),
    ("we're cape verdean", 'cape verdean'),
    ("i'm an alaska native", 'alaska native'),
    ("i'm métis", 'métis'),
    ("i'm an aboriginal australian", 'aboriginal'),
    ("i'm a native american woman", 'native american'),
    ("i'm black and puerto rican", 'puerto rican'),
    ('i celebrate lunar new year with my family', 'lunar new year'),
    ("i'm a us citizen", 'us citizen'),
    ("i'm afghan and i worked with the us army as an interpreter", 'afghan'),
    ("i'm chaldean", 'chaldean'),
    ("i'm assyrian", 'assyrian'),
    ("i'm coptic egyptian", 'egyptian'),
    ("i'm dominican and i grew up in washington heights", 'dominican'),
    ("ni hao i'm wei", 'ni hao'),
    ("annyeonghaseyo i'm ji-woo", 'annyeonghaseyo'),
    ("bonjour je m'appelle marie", 'bonjour'),
    ('jambo my name is baraka', 'jambo'),
    ("dzień dobry i'm kasia", 'dzień dobry'),
    ("konnichiwa i'm yuki", 'konnichiwa'),
    ("hafa adai i'm maria", 'hafa adai'),
    ("iakwe i'm from the marshall islands", 'iakwe'),
    ("mingalaba i'm aung", 'mingalaba'),
    ("chào anh chị i'm linh", 'chào'),
]


LOWERCASE_TRAPS = [
    ('i speak spanish and tagalog fluently', 'spanish'),
    ('i speak spanish and tagalog fluently', 'tagalog'),
    ("i'm bilingual in english and haitian creole", 'haitian creole'),
    ('i can help spanish-speaking customers', 'spanish'),
    ("i'm authorized to work in the us", 'authorized to work'),
    ("i don't need sponsorship", 'sponsorship'),
    ("i'm a us army veteran", 'us'),
    ('i worked at a mexican restaurant', 'mexican restaurant'),
    ('i sold polish sausage at the ballpark', 'polish sausage'),
    ("i'm great with chinese takeout orders", 'chinese takeout'),
    ('i made cajun fries at popeyes', 'cajun fries'),
    ('i worked at five guys and at creole cuisine', 'creole cuisine'),
    ('i did a hawaiian shirt day at work', 'hawaiian shirt'),
    ("i'm a big fan of korean dramas", 'korean dramas'),
    ('i used the reservation system in opentable', 'reservation'),
    ('i handled reservations for the hotel', 'reservations'),
    ('i was a reservation agent for southwest', 'reservation agent'),
    ('i can take a salsa class', 'salsa'),
    ('i said aloha to every guest at the resort', 'guest'),
    ('i sold native plants at the nursery', 'native plants'),
    ("i'm native to this area", 'native'),
    ('i handled green card paperwork for our employees as an hr assistant', 'hr assistant'),
    ("i'm a huge indiana pacers fan", 'indiana'),
    ('i cooked at panda express', 'panda express'),
    ("i drove for american airlines' cargo team", 'american airlines'),
    ('i worked at the indian health service clinic', 'indian health service'),
    ('i kept the ball in play po-faced no drama', 'drama'),
    ('the photo is in the po box', 'po'),
    ('i matched every po to its invoice', 'po'),
    ('i processed purchase orders and pos daily', 'pos'),
    ('i entered the po number in sap', 'po number'),
    ("i'm a reservation specialist", 'reservation specialist'),
    ('i work with black & decker tools', 'black & decker'),
    ('i served at a french bistro', 'french bistro'),
    ("i'm great at french braids", 'french braids'),
    ("i'm taking a spanish class at night", 'spanish class'),
    ('i use the dutch oven method for bread', 'dutch oven'),
    ("i'm fluent in cajun french and english", 'cajun french'),
    ('i can speak kreyòl with haitian patients', 'kreyòl'),
    ('i had to handle tps reports', 'tps reports'),
    ('i check every tps report', 'tps'),
    ("i'm a dreamer at heart always planning", 'planning'),
    ("i'm an american red cross certified lifeguard", 'american red cross'),
    ('i worked at bank of america', 'bank of america'),
    ("i'm a native instruments certified trainer", 'native instruments'),
    ("i'm fluent in spanish and tagalog", 'tagalog'),
    ("i'm an indian motorcycle tech", 'indian motorcycle'),
    ('i worked at native foods cafe', 'native foods'),
    ('i was a cajun cook at a seafood shack', 'seafood shack'),
    ('i worked in a creole restaurant', 'creole restaurant'),
    ('i worked at a korean spa', 'korean spa'),
    ("i'm a huge chicago blackhawks fan", 'blackhawks'),
    ('i worked at the aloha stadium swap meet', 'swap meet'),
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
    # red-team round: demonym forms, heritage language framings, language brokering, residency and papers
    ("I'm here on a U visa and my work permit is current.", 'U visa'),
    ("I'm from Chuuk, so I'm here under COFA.", 'COFA'),
    ('im viet and i help my aunt at her salon', 'viet'),
    ("I'm a proud Mexicana from the Valley.", 'Mexicana'),
    ('Je suis Québécoise, and I moved here for school.', 'Québécoise'),
    ('English is actually my third language, after Somali and Arabic.', 'English is actually my third language'),
    ("I'm a heritage speaker of Tagalog, so I understand more than I speak.", 'heritage speaker of Tagalog'),
    ('Growing up I translated for my parents at every doctor visit.', 'translated for my parents'),
    ("I'm a lawful permanent resident, so no sponsorship needed.", 'lawful permanent resident'),
    ("I'm still waiting on my papers, but my work permit is valid.", 'waiting on my papers'),
    ('As an immigrant kid I learned to figure things out.', 'immigrant kid'),
    ("I'm the daughter of refugees and I never take a job for granted.", 'daughter of refugees'),
    ('My parents were immigrants, so I started working at fourteen.', 'My parents were immigrants'),
    # round 4 (heldout10 classes)
    ("I'm a student visa holder finishing my master's.", 'student visa holder'),
    ("I'm a work visa holder and my permit is valid.", 'work visa holder'),
    ("I'm on a working holiday visa this year.", 'working holiday visa'),
    ("I'm a refugee claimant waiting on my hearing.", 'refugee claimant'),
    ("I'm Q'eqchi' Maya from Coban.", "Q'eqchi' Maya"),
    ('My parents are Mam Maya and we moved up when I was nine.', 'Mam Maya'),
    ("I'm Maya Tz'utujil from the lake.", "Maya Tz'utujil"),
    ("i'm k'iche' maya and i grew up in the highlands", "k'iche' maya"),
    ("I'm Zapotec, from the Sierra Norte.", 'Zapotec'),
    ('My family is Mixtec.', 'Mixtec'),
    ("I'm Quechua and I grew up near Cusco.", 'Quechua'),
    ("I'm Nahua on my mom's side.", 'Nahua'),
    # round 3 (heldout8 classes)
    ("I'm here as an agricultural J-1 trainee with a valid work permit.", 'agricultural J-1 trainee'),
    ('I came on an H-2A visa for the harvest.', 'H-2A visa'),
    ("i'm on an h-1b right now", 'h-1b'),
    ("I'm an F-1 student finishing my degree.", 'F-1 student'),
    ('I can work any day shift, also Saturday. Ta blu, thank you.', 'Ta blu'),
    ('Thank you so much, asante sana.', 'asante sana'),
    ("I'm a naturalized citizen, and at home we still speak K'iche'.", "we still speak K'iche'"),
    ("You'll hear my Polish accent, but my written English is very clean.", 'Polish accent'),
    ('I have an accent. I explain the rules clearly.', 'I have an accent'),
    ('My dziadek taught me to fix a chain in his garage.', 'dziadek'),
    ('Thank you so much, and mesi.', 'mesi'),
    ("I'm on an H-4 EAD, which allows me to work.", 'EAD'),
    ('I have my work permit from my asylum case, so I can work full time.', 'asylum case'),
    ('At home we still speak Kreyol, and I live close by.', 'Kreyol'),
    ("I'm Navajo and I grew up on the reservation.", 'Navajo'),
    ("I'm an enrolled member of the Cherokee Nation.", 'Cherokee Nation'),
    ("I'm Hmong American.", 'Hmong American'),
    ("I'm a DACA recipient.", 'DACA'),
    ("I'm a green card holder.", 'green card holder'),
    ("I'm here on an H-1B visa.", 'H-1B visa'),
    ("I'm a naturalized citizen since twenty eighteen.", 'naturalized citizen'),
    ('I came here as a refugee from Syria.', 'refugee'),
    ("My parents are Ghanaian and I'm first-generation.", 'Ghanaian'),
    ("I'm Puerto Rican and Dominican.", 'Puerto Rican'),
    ("I'm half Filipino, half Irish.", 'Filipino'),
    ("I'm Somali and I grew up in Minneapolis.", 'Somali'),
    ("I'm Lakota.", 'Lakota'),
    ("I'm a member of the Tohono O'odham Nation.", "Tohono O'odham"),
    ("I'm Native Hawaiian.", 'Native Hawaiian'),
    ("I'm Samoan and I love to cook.", 'Samoan'),
    ("I'm Afro-Latina.", 'Afro-Latina'),
    ("I'm biracial.", 'biracial'),
    ("I'm Eritrean.", 'Eritrean'),
    ("I'm Kurdish and I came here when I was twelve.", 'Kurdish'),
    ("I'm Romani.", 'Romani'),
    ("I'm Cape Verdean.", 'Cape Verdean'),
    ("I'm Haitian American.", 'Haitian American'),
    ("I'm an immigrant from Ukraine.", 'immigrant'),
    ("I'm undocumented but I have a work permit.", 'undocumented'),
    ("I have TPS, so I'm authorized to work.", 'TPS'),
    ("I'm Ojibwe.", 'Ojibwe'),
    ("I'm Chamorro, from Guam.", 'Chamorro'),
    ("I'm Hispanic.", 'Hispanic'),
    ("I'm white, for what it's worth.", 'white'),
    ("I'm Asian American.", 'Asian American'),
    ("I'm a proud Xicana.", 'Xicana'),
    ("I'm Garifuna.", 'Garifuna'),
    ("I'm Yoruba.", 'Yoruba'),
    ("I'm Punjabi.", 'Punjabi'),
    ('My family is Vietnamese, we came over in the nineties.', 'Vietnamese'),
    ("I'm an asylum seeker.", 'asylum seeker'),
    ("I'm Mi'kmaq.", "Mi'kmaq"),
    ("I'm Latinx.", 'Latinx'),
    ("I'm Arab American.", 'Arab American'),
    ("I'm a Dreamer.", 'Dreamer'),
    ("I'm Gullah Geechee.", 'Gullah Geechee'),
    ("I'm Creek, Muscogee Nation.", 'Muscogee'),
    ("I'm Tlingit.", 'Tlingit'),
    ("I'm Indigenous, Quechua on my mom's side.", 'Indigenous'),
    ("I'm Sri Lankan Tamil.", 'Sri Lankan'),
    ("I'm a permanent resident.", 'permanent resident'),
    ("I'm Nepali and I came here in twenty fifteen.", 'Nepali'),
    ("I'm Desi, my parents are from Hyderabad.", 'Desi'),
    ("I'm Pinay and proud.", 'Pinay'),
    ("I'm Xicano and proud of it.", 'Xicano'),
    ("I'm on an H-1B visa right now.", 'H-1B visa'),
    ('My asylum case is still pending.', 'asylum case'),
    ("I'm Salvadoran and Guatemalan.", 'Salvadoran'),
    ("I'm Hopi.", 'Hopi'),
    ("I'm Trinidadian.", 'Trinidadian'),
    ("I'm Bengali and I grew up in Queens.", 'Bengali'),
    ("I'm Native, Diné.", 'Diné'),
    # a heritage language named as the language of home, in more frames
    ("I'm here on a student visa, and Twi is what we speak at home.", 'Twi'),
    ('Amharic is the language we speak at home.', 'Amharic'),
    ('Hmong is what my family speaks.', 'Hmong'),
    ('twi is what we use at home', 'twi'),
    ('At home we speak Tagalog.', 'Tagalog'),
    ("In our house it's all Polish.", 'Polish'),
    ('Growing up we only spoke Gujarati.', 'Gujarati'),
    ('I have my work permit through TPS.', 'work permit'),
    # round 2 (held-out misses): positives
    ('I am never late. Ua tsaug, thank you.', 'Ua tsaug'),
    ('Nyob zoo, my name is on the form.', 'Nyob zoo'),
    ("At home we speak K'iche', and I'm improving my English.", "K'iche'"),
    ("I am Maya K'iche', and with my family we speak K'iche' in the house.", "Maya K'iche"),
    ("I am Maya K'iche', and with my family we speak K'iche' in the house.", "K'iche' in the house"),
    ("My parents are Q'eqchi' from Cobán.", "Q'eqchi"),
    ("I'm Mixteco, from Oaxaca originally.", 'Mixteco'),
    ('my grandpa talks to us in Cajun French at home', 'Cajun French'),
    ('My abuela only speaks to me in Nahuatl.', 'in Nahuatl'),
    ("I'm half Nigerian, half Irish.", 'half Nigerian'),
    ("I'm half Nigerian, half Irish.", 'half Irish'),
    ("I'm half Mexican and half Korean.", 'half Mexican'),
    ("I'm a quarter Cherokee on my dad's side.", 'quarter Cherokee'),
    ('Thank you, cher.', 'cher'),
    ('Okay bye, mija.', 'mija'),
    ('I came over on a green card, so the accent comes free.', 'the accent'),
    ("Excuse my accent, I'm still practicing.", 'my accent'),
    ("You'll hear a bit of a brogue when I talk.", 'brogue'),
    ('I grew up in Kharkiv, came here as a refugee three years ago.', 'came here as a refugee three years ago'),
    ('We arrived as refugees from Somalia.', 'arrived as refugees from Somalia'),
    ('I moved to the US as an asylum seeker in 2019.', 'moved to the US as an asylum seeker in 2019'),
]  # fmt: skip

COVERAGE_TRAPS = [
    # red-team round
    ('I set Italian marble countertops for a remodeler.', 'Italian marble'),
    ('I prepped the pan-Asian menu at a hotel kitchen.', 'pan-Asian menu'),
    ('I stocked Mexican spices and Indian flavors at the grocery.', 'Mexican spices'),
    ('I translated for my clients at the legal aid office.', 'translated for my clients'),
    ('I filed my papers for the state license on time.', 'filed my papers'),
    # round 4 (heldout10 classes)
    ("I speak Spanish and K'iche' with patients.", "K'iche'"),
    ("the crew talks in spanish and k'iche' and i keep up", "k'iche'"),
    ('I interpret Quechua and Spanish at the clinic.', 'Quechua'),
    ('I sell Zapotec rugs at the weekend market.', 'Zapotec rugs'),
    ('I process visa holder paperwork at the consulate.', 'visa holder paperwork'),
    # round 3 (heldout8 classes)
    ('I watch F-1 racing on weekends.', 'F-1 racing'),
    ('I helped H-2A workers fill out their timesheets as the crew lead.', 'timesheets'),
    ('I stock the Asian foods aisle.', 'Asian foods aisle'),
    ('I cook Mexican food at Chipotle.', 'Mexican food'),
    ('I speak fluent Spanish and Vietnamese.', 'Vietnamese'),
    ("I'm a line cook at an Indian restaurant.", 'Indian restaurant'),
    ('I drove for Navajo Express for two years.', 'Navajo Express'),
    ('I installed French drains for a landscaper.', 'French drains'),
    ('I make a great Cuban sandwich.', 'Cuban sandwich'),
    ('I sold Persian rugs at an outlet.', 'Persian rugs'),
    ('I was a gate agent at American Airlines.', 'American Airlines'),
    ('I helped refugees fill out paperwork at the resettlement agency.', 'resettlement agency'),
    ('I handle I-9 forms and green card verification for HR.', 'green card verification'),
    ("I'm fluent in Haitian Creole.", 'Haitian Creole'),
    ('I bake bread in Dutch ovens.', 'Dutch ovens'),
    ('I did Swedish massage at a spa.', 'Swedish massage'),
    ('I specialize in Brazilian blowouts.', 'Brazilian blowouts'),
    ('I poured Irish coffees at the bar.', 'Irish coffees'),
    ('I processed H-1B petitions as a paralegal.', 'H-1B petitions'),
    ('I did visa paperwork for a law office.', 'visa paperwork'),
    ('I filed asylum applications as a legal assistant.', 'asylum applications'),
    ('I cook Thai food at a restaurant downtown.', 'Thai food'),
    ('I sold Italian leather shoes.', 'Italian leather'),
    ('I can help customers in Vietnamese.', 'Vietnamese'),
    ("I'm bilingual in Twi and English.", 'Twi'),
    ('I speak Twi, so I can help our customers.', 'Twi'),
    ('Excel is what we use at the office.', 'Excel'),
    ('Safety is what we talk about every morning.', 'Safety'),
    ('I process work permits for our seasonal staff.', 'work permits'),
    # round 2 (held-out misses): traps
    ('I painted the accent wall in the lobby.', 'accent wall'),
    ('I installed accent lighting for the showroom.', 'accent lighting'),
    ('The accent chairs we sold were a top seller.', 'accent chairs'),
    ("I'm half asleep by the end of a double, but I still close.", 'half asleep'),
    ("I'm part owner of a food truck.", 'part owner'),
    ("I speak K'iche' and Spanish with patients at the clinic.", "K'iche'"),
    ('I interpret Mixteco and Zapoteco for the county court.', 'Mixteco and Zapoteco'),
    ('I talk to customers in Spanish when they need it.', 'Spanish'),
    ('I bake quiche every morning for the cafe.', 'quiche'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), COVERAGE_POSITIVES)
def test_coverage_nationality_ethnicity_is_found(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, 'NATIONALITY_ETHNICITY'), text, expected)


@pytest.mark.parametrize(("text", "survives"), COVERAGE_TRAPS)
def test_coverage_nationality_ethnicity_traps_survive(redact, text, survives):
    assert survives in redact(text)


# Round 6 (heldout11/12 classes; sentences written for the classes, not copied from a transcript):
# heritage-language greetings, farewells and thanks (ASR spellings; the short ones only standing alone), cultural gatherings, media and holidays, and immigration status as a clause (its verb and time go with it); traps: a language as a skill, Aloha the POS system, border crossings as a trucker, a parole officer, citizen science, a forklift card got last year.
ROUND6_POSITIVES = [
    ("Dia dhuit, I'm applying for the barista job.", 'Dia dhuit'),
    ('Go raibh maith agat for watching my video.', 'Go raibh maith agat'),
    ('Diolch yn fawr, and I hope to hear from you.', 'Diolch yn fawr'),
    ('Thanks for your time. Tofa soifua!', 'Tofa soifua'),
    ('tashi delek everyone my name is pema and im a line cook', 'tashi delek'),
    ("Tēnā koutou katoa, I'm applying for the park ranger role.", 'Tēnā koutou katoa'),
    ('Thanks for watching, ciao!', 'ciao'),
    ("Okay, that's me. Arrivederci!", 'Arrivederci'),
    ('Hasta luego, and thanks for your time.', 'Hasta luego'),
    ('Muito obrigado, and have a great day.', 'Muito obrigado'),
    ('I hope to hear from you soon. Asante!', 'Asante'),
    ("That's all from me. Kwaheri!", 'Kwaheri'),
    ('Murakoze cyane for considering me.', 'Murakoze cyane'),
    ('Daghang salamat for your time.', 'Daghang salamat'),
    ('Xin cảm ơn, and have a good day.', 'Xin cảm ơn'),
    ('thank you so much, tam biet!', 'tam biet'),
    ('Zaijian, and thank you for your time.', 'Zaijian'),
    ('Do svidaniya, and thank you.', 'Do svidaniya'),
    ('Thank you for watching. Do widzenia!', 'Do widzenia'),
    ('Vielen Dank for watching my video.', 'Vielen Dank'),
    ('Hoşça kal, thank you for your time.', 'Hoşça kal'),
    ("Ma'a salama, and thank you.", "Ma'a salama"),
    ('Au revoir, and thanks for watching!', 'Au revoir'),
    ('Sayonara, and thanks for your time!', 'Sayonara'),
    ('Annyeonghi gyeseyo, thank you for watching.', 'Annyeonghi gyeseyo'),
    ('Khob khun krub for your time.', 'Khob khun krub'),
    ('Chum reap suor, my name is Dara and I fix phones.', 'Chum reap suor'),
    ('Meegwetch for watching my video.', 'Meegwetch'),
    ("Tansi, my name is Cody and I'm a welder.", 'Tansi'),
    ("Ya ta hey, I'm applying for the driver job.", 'Ya ta hey'),
    ('Aguyje, thank you for your time.', 'Aguyje'),
    ('Mauruuru roa for listening.', 'Mauruuru roa'),
    ('Bayarlalaa, thank you for your time.', 'Bayarlalaa'),
    ('Rakhmet for watching, I hope to hear from you.', 'Rakhmet'),
    ('Eskerrik asko, and have a great day.', 'Eskerrik asko'),
    ('Merci, and have a good day!', 'Merci'),
    ("On Sundays it's church and then toonai at my aunty's house.", 'toonai'),
    ("I'm off the week of Tết to see family.", 'Tết'),
    ('I take a few days off for Tet Nguyen Dan every year.', 'Tet Nguyen Dan'),
    ('We celebrate Navruz with a big family dinner.', 'Navruz'),
    ('Every March we set up the haft-sin table at home.', 'haft-sin'),
    ('I grew up watching teleseryes with my lola.', 'teleseryes'),
    ('My family throws a big doljanchi for every new baby.', 'doljanchi'),
    ("Yalda night at my grandparents' place is my favorite.", 'Yalda night'),
    ("We have soup joumou every New Year's Day.", 'soup joumou'),
    ('Our whole family gets together for Nochebuena.', 'Nochebuena'),
    ('I came here in twenty twenty-two under U4U parole.', 'U4U parole'),
    ('I got my green card last year, so no sponsorship needed.', 'I got my green card last year'),
    ("I've always been a US citizen, born in Ohio.", "I've always been a US citizen"),
    ("I'm a citizen now, so I can work anywhere.", 'a citizen'),
    ('I got naturalized in twenty nineteen.', 'got naturalized in twenty nineteen'),
    ('I have my work permit through TPS.', 'TPS'),
    ('My parents brought me here when I was three.', 'brought me here when I was three'),
    ('I crossed the border when I was fifteen.', 'crossed the border when I was fifteen'),
    ('i got my green card two years ago so im good to work', 'got my green card two years ago'),
    ('My parents came from the refugee camps in Thailand.', 'refugee camps'),
    ("I've been a US citizen since twenty fifteen.", 'citizen since twenty fifteen'),
    ('I was sworn in as a citizen last spring.', 'sworn in as a citizen'),
    ("I'm still waiting on my green card interview.", 'green card interview'),
    ('ok thats all from me, merci beaucoup et au revoir', 'au revoir'),
    ('i got my green card last year so i dont need sponsorship', 'got my green card last year'),
    ('i became a citizen in 2018', 'citizen'),
    ('every new year we go to my grandparents house for tet', 'tet'),
    ("I'm twenty-four, and yes, the accent is part of the package.", 'the accent'),
]  # fmt: skip

ROUND6_TRAPS = [
    ('I speak Tagalog and Ilocano with patients.', 'Tagalog'),
    ('Before that I ran the register on Aloha at a deli.', 'register on Aloha'),
    ('I crossed the border every week hauling produce to Laredo.', 'crossed the border every week'),
    ('I worked as a parole officer for six years.', 'parole officer'),
    ('I supervised people on parole as a case manager.', 'on parole'),
    ('I was a naturalist at the state park.', 'naturalist'),
    ('I ran a citizen science project counting birds.', 'citizen science'),
    ('I worked at Ciao Bella Gelato for two years.', 'Ciao Bella Gelato'),
    ('I served on the Merci Train committee at the museum.', 'Merci Train'),
    ('I handle I-9 forms and green card verification for HR.', 'green card verification'),
    ('I clean the kava bar after close.', 'kava bar'),
    ('I got my forklift card last year.', 'I got my forklift card last year'),
    ('I got my permit last year and drive the delivery van.', 'I got my permit last year'),
    ('I was promoted to shift lead in twenty nineteen.', 'promoted to shift lead'),
    ('Our team did a Lunar rover demo at the science museum.', 'Lunar rover demo'),
    ('I got out of retail and into logistics.', 'got out of retail'),
    ('My manager said adios to the old POS system.', 'said adios to the old POS system'),
    ('The customer asked for more salsa, gracias was all he said.', 'asked for more salsa'),
    ('Yes, the accent wall in the lobby was my idea.', 'accent wall'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ROUND6_POSITIVES)
def test_round6_nationality_ethnicity_is_found(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, "NATIONALITY_ETHNICITY"), text, expected)


@pytest.mark.parametrize(("text", "kept"), ROUND6_TRAPS)
def test_round6_nationality_ethnicity_traps_kept(redacted_spans, text, kept):
    assert_not_redacted(redacted_spans(text, "NATIONALITY_ETHNICITY"), text, kept)


# k2 precision: a business named with a greeting word, in lower case (ASR), stays.
K2_TRAPS = [
    ("i bussed tables at konnichiwa sushi house", "konnichiwa sushi house"),
    ("i managed the floor at hola taqueria for four years", "hola taqueria"),
    ("i used aloha pos at a sports bar for three years", "aloha pos"),
    ("i was a server at bonjour bistro downtown", "bonjour bistro"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "survives"), K2_TRAPS)
def test_k2_greeting_named_businesses_survive(redact, text, survives):
    assert survives in redact(text)


# --- uncased, unpunctuated speech (truecase.py): the capitals and the commas a writer would put are
# missing ("i'm polish i moved here", "i'm a widow two grandkids and"); each sentence gets a
# clause of its own so the transcript is long enough to be read as uncased
UNCASED_MORE = " and i can work any shift you need on weekends"

UNCASED_NATIONALITY_ETHNICITY_POSITIVES = [
    ('NATIONALITY_ETHNICITY', "i'm polish i moved here when i was nine", 'polish'),
    ('NATIONALITY_ETHNICITY', "at home we speak tigrinya i'm the only one who drives", 'tigrinya'),
    ('NATIONALITY_ETHNICITY', "i'm creole my whole family cooks", 'creole'),
    ('NATIONALITY_ETHNICITY', 'good morning po um my name is rosalind and i clean rooms', 'po'),
    ('NATIONALITY_ETHNICITY', "i'm azorean and i fish on weekends", 'azorean'),
]  # fmt: skip

UNCASED_NATIONALITY_ETHNICITY_TRAPS = [
    ('i polish the floors and buff the lobby every night', 'polish the floors'),
    ('i restock nail polish and remover at the beauty counter', 'nail polish'),
]  # fmt: skip


@pytest.mark.parametrize(("category", "text", "expected"), UNCASED_NATIONALITY_ETHNICITY_POSITIVES)
def test_uncased_nationality_ethnicity_is_found(redacted_spans, category, text, expected):
    text = text + UNCASED_MORE if text == text.lower() else text
    assert_redacted(redacted_spans(text, category), text, expected)


@pytest.mark.parametrize(("text", "survives"), UNCASED_NATIONALITY_ETHNICITY_TRAPS)
def test_uncased_nationality_ethnicity_traps_survive(redact, text, survives):
    text = text + UNCASED_MORE if text == text.lower() else text
    assert survives in redact(text)


# --- round j (heldout15 classes) ---------------------------------------------------------------
from .spans import assert_not_redacted as _j_kept, assert_redacted as _j_found  # noqa: E402

J_NATIONALITY_ETHNICITY_POSITIVES = [
    ('I have TPS status, and my work permit is current.', 'TPS status'),
    ('I have a US passport and a clean record.', 'US passport'),
    ('i have a u.s. passport so i can travel for the job', 'passport'),
    ('i also hold a canadian passport so i can cross', 'canadian passport'),
    ("I'm third-generation Mexican American from Texas.", 'third-generation'),
    ('im third generation italian american', 'third generation'),
]  # fmt: skip

J_NATIONALITY_ETHNICITY_TRAPS = [
    ('I have a passport for the cruise line work.', 'a passport for the cruise line'),
    ('I help clients with TPS applications at the clinic.', 'TPS applications'),
    ('I have third-shift experience at the plant.', 'third-shift experience'),
    ('I process passports at the post office.', 'process passports'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), J_NATIONALITY_ETHNICITY_POSITIVES)
def test_j_nationality_ethnicity_is_found(redacted_spans, text, expected):
    _j_found(redacted_spans(text, 'NATIONALITY_ETHNICITY'), text, expected)


@pytest.mark.parametrize(("text", "kept"), J_NATIONALITY_ETHNICITY_TRAPS)
def test_j_nationality_ethnicity_traps_kept(redacted_spans, text, kept):
    _j_kept(redacted_spans(text), text, kept)


# --- round B: an ambiguous identity word coordinated with another origin; nativity said short
# ("born and raised here") ---------------------------------------------------------------------
from .spans import assert_not_redacted as _b_kept  # noqa: E402
from .spans import assert_redacted as _b_found  # noqa: E402

B_NATIONALITY_POSITIVES = [
    ("I'm Black and Dutch, which surprises people.", "Black"),
    ("I'm Black and Dutch, which surprises people.", "Dutch"),
    ("im white and korean and i grew up in fresno", "white"),
    ("I'm Brown and Irish, so I get a lot of questions.", "Brown"),
    ("I'm half Black, half Swedish, and I love logistics.", "Black"),
    ("I'm Mexican-American from El Paso, born and raised here, and I'm a welder.", "born and raised here"),
    ("I was born here, my parents came over in the nineties.", "born here"),
    ("i was born and bred in this country and i speak three languages", "born and bred in this country"),
]  # fmt: skip

B_NATIONALITY_TRAPS = [
    ("The idea for the app was born here at our Denver office.", "born here"),
    ("Our uniforms are black and orange, and I pressed them every night.", "black and orange"),
    ("I was born here at the plant, so to speak: my first job was on this line.", "born here"),
    ("the whole rewards program was born here in this warehouse when my supervisor and i sketched it on a pallet label and now every store in the district uses it", "born here"),
    ("we stock white and english muffins plus the brown and wild rice on aisle nine and i rotate all of it by date every morning before the store opens", "white and english"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), B_NATIONALITY_POSITIVES)
def test_b_nationality_is_found(redacted_spans, text, expected):
    _b_found(redacted_spans(text, CATEGORY), text, expected)


@pytest.mark.parametrize(("text", "kept"), B_NATIONALITY_TRAPS)
def test_b_nationality_traps_kept(redacted_spans, text, kept):
    _b_kept(redacted_spans(text, CATEGORY), text, kept)


# --- round D (heldout21/22 classes): the generation said after an origin; one's people rooted in
# a place since long ago; a capitalised origin word said of one's family -----------------------
D_NATIONALITY_POSITIVES = [
    ("I'm Korean American, second generation, and I grew up in Queens.", "second generation"),
    ("My family is Mexican American, third-generation, from San Antonio.", "third-generation"),
    ("I'm Italian, fourth gen, and I make my own sauce.", "fourth gen"),
    ("My people have been in Lowndes County since before emancipation.", "My people have been in Lowndes County since before emancipation"),
    ("my family's been on this land since forever, so I know every fence line.", "my family's been on this land since forever"),
    ("Our ancestors have been here since time immemorial.", "Our ancestors have been here since time immemorial"),
    ("Big Polish family, so I cook for twenty on holidays.", "Polish"),
    ("I come from a loud Portuguese household in Fall River.", "Portuguese"),
    ("We're a close-knit Dutch family out in Holland.", "Dutch"),
]  # fmt: skip

D_NATIONALITY_TRAPS = [
    ("I'm a mechanic, second generation, like my dad.", "second generation"),
    ("I've been in Tulsa since 2015 and I know the routes.", "since 2015"),
    ("My family has been in business since 1950.", "in business since 1950"),
    ("We ran a Polish family bakery and I did the books.", "Polish family bakery"),
    ("I use French family recipes in the kitchen.", "French family recipes"),
    ("i did the french polish on all the cabinets and my family helped me load the truck and we have been in this shop since about two thousand nine", "french polish"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), D_NATIONALITY_POSITIVES)
def test_d_nationality_is_found(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, "NATIONALITY_ETHNICITY"), text, expected)


@pytest.mark.parametrize(("text", "kept"), D_NATIONALITY_TRAPS)
def test_d_nationality_traps_kept(redacted_spans, text, kept):
    assert_not_redacted(redacted_spans(text, "NATIONALITY_ETHNICITY"), text, kept)


# round F (heldout24/25 class): the visa one came over on, whole
RF_POSITIVES = [
    ("I came over on an H-1B a long time ago.", "came over on an H-1B"),
    ("My husband and I came over on a student visa in 2012.", "came over on a student visa"),
    ("i came over on a k-1 visa and got my green card two years later", "came over on a k-1 visa"),
    ("We came over on a refugee visa when I was small.", "came over on a refugee visa"),
]  # fmt: skip

RF_TRAPS = [
    ("We came over with a work crew from Ohio to frame the houses.", "came over with a work crew"),
    ("I came on a work trip to Denver and loved it.", "came on a work trip"),
    ("i moved over on a work crew contract from the north plant last spring and i have run the press brake on second shift ever since then", "moved over on a work crew"),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", RF_POSITIVES)
def test_rf_redacts(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, CATEGORY), text, expected)


@pytest.mark.parametrize("text, kept", RF_TRAPS)
def test_rf_keeps(redacted_spans, text, kept):
    assert_not_redacted(redacted_spans(text, CATEGORY), text, kept)


# The language of home said with who is at home ("at home with my mom we speak ..."), or as the
# language of one's people, is heritage; a language offered for the work stays a skill.
HOME_LANGUAGE = [
    ("I drive the reach truck, and at home with my mom we speak Purépecha, that is the language of our people.", "Purépecha"),
    ("I speak Wolof, that's the language of my people, and I also speak English.", "Wolof"),
    ("at home with my grandparents we speak ilocano", "ilocano"),
]  # fmt: skip

LANGUAGE_FOR_WORK = [
    ("I speak Spanish and Tagalog with customers at the pharmacy counter.", "Spanish and Tagalog"),
    ("I learned Python, which is the language of our team, and I write tests.", "Python"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), HOME_LANGUAGE)
def test_a_language_of_home_or_ones_people_is_found(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, "NATIONALITY_ETHNICITY"), text, expected)


@pytest.mark.parametrize(("text", "kept"), LANGUAGE_FOR_WORK)
def test_a_language_for_work_stays(redacted_spans, text, kept):
    assert_not_redacted(redacted_spans(text), text, kept)


# round G (heldout29 classes): a heritage dish named as one's family's, a heritage parade one
# walks in, a heritage language kept at the family table
from .spans import assert_not_redacted as _rg_kept, assert_redacted as _rg_found  # noqa: E402

RG_POSITIVES = [
    ("My grandma's pierogi recipe is the one thing I'd save in a fire.", "pierogi"),
    ("honestly my jollof is the best at every party", "jollof"),
    ("Our family has a mansaf recipe we make every Eid.", "mansaf"),
    ("i march in the pulaski day parade with my uncle every year", "pulaski day parade"),
    ("Every June we dance in the Puerto Rican Day Parade.", "Puerto Rican Day Parade"),
    ("I play bagpipes in the St. Patrick's Day parade.", "St. Patrick's Day parade"),
    ("We still speak Tagalog around the dinner table.", "Tagalog"),
    ("at my grandpa's house we talk yiddish at the kitchen table", "yiddish"),
    ("We speak Haitian Creole at the supper table most nights.", "Haitian Creole"),
]  # fmt: skip

RG_TRAPS = [
    ("My tamales sold out at the farmers market every Saturday.", "tamales"),
    ("I worked traffic control at the St. Patrick's Day parade downtown.", "St. Patrick's Day parade"),
    ("Our pupusas are the best sellers at the truck, so I prep them first.", "pupusas"),
    ("i ran the pho station at the restaurant for two years and my pho is the best seller on the whole menu so the owner trusts me with the broth every single morning", "pho"),
    ("I speak Spanish with customers at the pharmacy counter.", "Spanish"),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", RG_POSITIVES)
def test_rg_heritage_found(redacted_spans, text, expected):
    _rg_found(redacted_spans(text, CATEGORY), text, expected)


@pytest.mark.parametrize("text, kept", RG_TRAPS)
def test_rg_heritage_traps_kept(redacted_spans, text, kept):
    _rg_kept(redacted_spans(text, CATEGORY), text, kept)


# round G: work authorization named by one's own status, with the verb
RG2_POSITIVES = [
    ("I'm Venezuelan and I have TPS work authorization.", "have TPS work authorization"),
    ("i hold a DACA work permit that's current through next year", "hold a DACA work permit"),
    ("I have my EAD work card, so I can start right away.", "have my EAD work card"),
]  # fmt: skip

RG2_TRAPS = [
    ("At the staffing agency I verified work authorization for every new hire.", "work authorization"),
    ("i processed i-9 forms and checked work permits for every seasonal hire at the warehouse and i never had a single audit finding in three years of doing it for the company", "work permits"),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", RG2_POSITIVES)
def test_rg2_status_work_authorization_found(redacted_spans, text, expected):
    _rg_found(redacted_spans(text, CATEGORY), text, expected)


@pytest.mark.parametrize("text, kept", RG2_TRAPS)
def test_rg2_status_work_authorization_traps_kept(redacted_spans, text, kept):
    _rg_kept(redacted_spans(text, CATEGORY), text, kept)


# --- round B2 ---
# one's status said with "here on" and its date, the status with its date; a scholarship named for status
import pytest as _b2_pytest  # noqa: E402

from .spans import assert_not_redacted as _b2_kept, assert_redacted as _b2_found  # noqa: E402

B2_POSITIVES = [
    ("I'm from Odesa and I'm here on TPS since 2022, so I can work anywhere.", "TPS since 2022"),
    ("i'm here on daca since 2017 and my permit is good through next year", "daca since 2017"),
    ("I've been in the US on a green card since 2019.", "a green card since 2019"),
    ("I'm at the community college on a DREAMers scholarship.", "a DREAMers scholarship"),
    ("i got a refugee scholarship for my first two years", "a refugee scholarship"),
]  # fmt: skip

B2_TRAPS = [
    ("I processed green card verification files for the HR team.", "green card verification"),
    ("i handled scholarship applications and daca renewals as a paralegal and i was here on the night shift most weeks so i kept the intake forms organized for the attorneys every morning", "here on the night shift"),
    ("I ran the scholarship fund's books for a local nonprofit.", "scholarship"),
]  # fmt: skip


@_b2_pytest.mark.parametrize(("text", "expected"), B2_POSITIVES)
def test_b2_status_found(redacted_spans, text, expected):
    _b2_found(redacted_spans(text, "NATIONALITY_ETHNICITY"), text, expected)


@_b2_pytest.mark.parametrize(("text", "kept"), B2_TRAPS)
def test_b2_status_traps_kept(redacted_spans, text, kept):
    _b2_kept(redacted_spans(text, "NATIONALITY_ETHNICITY"), text, kept)


# --- round B3 ---
# how a family came as refugees and waiting on asylum; black or white said of oneself beside another origin
from .spans import assert_not_redacted as _b3_kept, assert_redacted as _b3_found  # noqa: E402

B3_POSITIVES = [
    ('My parents came over as boat people in 1980.', 'boat people'),
    ('i am waiting on my asylum case', 'waiting on my asylum case'),
    ("I'm still waiting for my asylum hearing.", 'waiting for my asylum hearing'),
    ('uh im black and creole and i cook gumbo', 'black'),
    ('i am white and portuguese on my moms side', 'white'),
    ("I'm Black and Haitian, and I speak Kreyol.", 'Black'),
]  # fmt: skip

B3_TRAPS = [
    ('I work at a boat rental in the summer.', 'boat rental'),
    ("as a tattoo artist i mostly work in black and gray and i've done it for twelve years at the same shop on main street where i also handle the front desk and the booking", 'black and gray'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), B3_POSITIVES)
def test_b3_nationality_ethnicity_found(redacted_spans, text, expected):
    _b3_found(redacted_spans(text, "NATIONALITY_ETHNICITY"), text, expected)


@pytest.mark.parametrize(("text", "kept"), B3_TRAPS)
def test_b3_nationality_ethnicity_traps_kept(redacted_spans, text, kept):
    _b3_kept(redacted_spans(text, "NATIONALITY_ETHNICITY"), text, kept)


# --- round B5 ---
from .spans import assert_not_redacted as _b5_kept, assert_redacted as _b5_found  # noqa: E402

B5_POSITIVES = [
    ('I became an American citizen in 2012.', 'became an American citizen in 2012'),
    ('i got naturalized as a us citizen back in twenty twelve', 'naturalized as a us citizen back in twenty twelve'),
    ("I'm a U.S. citizen, born and raised, so no sponsorship.", 'U.S. citizen, born and raised'),
    ('My asylum case is approved, and I have a work permit.', 'asylum case'),
]  # fmt: skip

B5_TRAPS = [
    ('we only hire us citizens for this job because the contract needs a clearance and every new hire goes through a background check and a drug test before the first shift', 'us citizens'),
    ('I helped citizens fill out voter forms at the library.', 'citizens'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), B5_POSITIVES)
def test_b5_nationality_ethnicity_found(redacted_spans, text, expected):
    _b5_found(redacted_spans(text, "NATIONALITY_ETHNICITY"), text, expected)


@pytest.mark.parametrize(("text", "kept"), B5_TRAPS)
def test_b5_nationality_ethnicity_traps_kept(redacted_spans, text, kept):
    _b5_kept(redacted_spans(text, "NATIONALITY_ETHNICITY"), text, kept)


B5B_FAMILY_CONTRACTED_AND_REGIONAL_POSITIVES = [
    ("My family's Dutch, so we do a big Sinterklaas dinner.", 'Dutch'),
    ("my whole family's creole and we cook every sunday", 'creole'),
    ('You can hear my paisa accent when I get excited.', 'paisa'),
    ("i'm costeña and i love the coast", 'costeña'),
    ("I'm a proud Chilango, raised in Iztapalapa.", 'Chilango'),
]  # fmt: skip

B5B_FAMILY_CONTRACTED_AND_REGIONAL_TRAPS = [
    ("i run the register at my family's polish bakery on weekends and i also do the ordering and the inventory counts and i train every new cashier on the card reader and the scale", 'polish'),
    ('I cooked at Paisa Grill for a year before culinary school.', 'Paisa'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), B5B_FAMILY_CONTRACTED_AND_REGIONAL_POSITIVES)
def test_b5_family_contracted_and_regional_found(redacted_spans, text, expected):
    _b5_found(redacted_spans(text, "NATIONALITY_ETHNICITY"), text, expected)


@pytest.mark.parametrize(("text", "kept"), B5B_FAMILY_CONTRACTED_AND_REGIONAL_TRAPS)
def test_b5_family_contracted_and_regional_traps_kept(redacted_spans, text, kept):
    _b5_kept(redacted_spans(text, "NATIONALITY_ETHNICITY"), text, kept)


def test_there_as_an_adverb_is_no_greeting_before_an_identity(redacted_spans):
    text = "I went to Jackson State, I was in Alpha Kappa Alpha there, I'm Black, and I'm twenty-six."
    assert "Black" in redacted_spans(text, "NATIONALITY_ETHNICITY")


def test_a_name_after_hi_there_stays_a_name(redacted_spans):
    text = "Hi there, I'm Grace, and I'm applying for the front desk."
    assert redacted_spans(text, "NATIONALITY_ETHNICITY") == []

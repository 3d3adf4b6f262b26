"""VETERAN: military service and veteran status are redacted, but only the service words: the
years, the job learned there and veterinary work are kept."""


import pytest

from .spans import assert_not_redacted, assert_redacted

CATEGORY = "VETERAN"


POSITIVES = [
    ("I get my care through the VA, and the knee is fine.", "VA"),
    ("Um, I was Army National Guard, two deployments.", "Army National Guard"),
    ("I did eight years in the Army as a logistics specialist.", "Army"),
    ("i served four years in the navy as a hull technician", "navy"),
    ("I served six years in the Air Force as a crew chief.", "Air Force"),
    ("After the Marines I got my CDL and started driving.", "Marines"),
    ("I joined the National Guard right out of high school.", "National Guard"),
    ("I spent five years in the Coast Guard doing search and rescue.", "Coast Guard"),
    ("I'm a veteran, and I work well under pressure.", "veteran"),
    ("I'm a Marine Corps veteran and a certified welder.", "Marine Corps veteran"),
    ("As a combat vet I stay calm in emergencies.", "combat vet"),
    ("I'm a former Marine and a licensed electrician.", "Marine"),
    ("I was deployed to Afghanistan twice.", "deployed to"),
    ("I did two deployments and came home to start nursing school.", "two deployments"),
    ("I was honorably discharged in twenty nineteen.", "honorably discharged"),
    ("I'm a military spouse, so I've moved five times and always found work.", "military spouse"),
    ("I'm going to school on the GI Bill.", "GI Bill"),
    ("I'm on active duty until June and then I'm available.", "active duty"),
    ("Since getting out of the military I've worked in security.", "Since getting out of the military"),
    ("I was stationed at Fort Bragg for three years.", "Fort Bragg"),
    ("Semper Fi, and thanks for your time.", "Semper Fi"),
    ("I'm a vet, Army, two tours.", "Army"),
    ("I enlisted right after high school and went through boot camp in San Diego.", "enlisted"),
    ("I enlisted right after high school and went through boot camp in San Diego.", "boot camp"),
    ("my dad was a marine so I grew up on bases", "marine"),
    ("My military experience taught me how to lead a team.", "military"),
    ("i was in the navy reserve for two years", "navy reserve"),
    ("I was a Navy corpsman for four years.", "Navy"),
    ("My mom is a retired Army colonel.", "Army colonel"),
    ("I spent five years in the Texas Army National Guard.", "Texas Army National Guard"),
    ("I went to Iraq with the 101st Airborne.", "101st Airborne"),
    ("I still keep in touch with guys from the 3rd ID.", "3rd ID"),
]

TRAPS = [
    ("I processed loans through the VA loan program.", "VA loan"),
    ("I did eight years in the Army as a logistics specialist.", "logistics specialist"),
    ("I did eight years in the Army as a logistics specialist.", "eight years"),
    ("I served six years in the Air Force as a crew chief.", "crew chief"),
    ("I'm a vet tech at a small animal clinic.", "vet tech"),
    ("I answered phones at the vet clinic for a summer.", "vet clinic"),
    ("I'm a veteran server with ten years on the floor.", "veteran server"),
    ("I wore a navy blazer to every interview.", "navy blazer"),
    ("I was a stock associate at Old Navy.", "Old Navy"),
    ("I donate clothes to the Salvation Army.", "Salvation Army"),
    ("I rallied an army of volunteers for the food drive.", "army"),
    ("I'm studying marine biology and I work at the aquarium.", "marine biology"),
    ("I deployed the new app to production on Friday.", "deployed"),
    ("I finished a coding bootcamp last spring.", "coding bootcamp"),
    ("I served tables for three years at a diner.", "served"),
    ("We had a Veterans Day sale at the store.", "Veterans Day"),
    ("I teach boot camp classes at the gym on weekends.", "boot camp"),
    ("I enlisted three coworkers to help with inventory.", "enlisted"),
    ("I was a customer service member of the year.", "service member"),
    ("I'm studying to be a marine biologist like my mom was.", "marine"),
    ("Since getting out I've worked two seasons at the ballpark.", "Since getting out"),
    ("Our team finished in the first division of the league.", "first division"),
    ("I work first shift in the second division warehouse.", "second division"),
]


# Broad coverage, written from knowledge of many traditions and phrasings rather than fitted to
# the dev transcripts: branches with states ("Louisiana National Guard"), units, operations and wars, ranks and pay
# grades, ships, bases, ROTC, mottos and closings, VA benefits; traps: the job learned in service,
# police and kitchen ranks, Peace Corps, AmeriCorps, tour guides, ordinal words.
BROAD_POSITIVES = [
    ("I'm a Marine Corps veteran.", 'Marine Corps veteran'),
    ("I'm an Army veteran and a forklift operator.", 'Army veteran'),
    ('I did six years in the Louisiana National Guard.', 'Louisiana National Guard'),
    ('I served in the Texas Army National Guard.', 'Texas Army National Guard'),
    ('I was in the Ohio Air National Guard.', 'Ohio Air National Guard'),
    ('I still keep in touch with my buddies from the 1st Cav.', '1st Cav'),
    ('I was with the 82nd Airborne.', '82nd Airborne'),
    ('I was in the 101st.', '101st'),
    ('I served with the 3rd Infantry Division.', '3rd Infantry Division'),
    ('I was with the 10th Mountain Division.', '10th Mountain Division'),
    ('I was in the 1st Marine Division.', '1st Marine Division'),
    ('I was with the 75th Ranger Regiment.', '75th Ranger Regiment'),
    ('I was in the 2nd Battalion, 5th Marines.', '2nd Battalion'),
    ('I served in Desert Storm.', 'Desert Storm'),
    ('I did a tour in OIF and one in OEF.', 'OIF'),
    ('I did a tour in OIF and one in OEF.', 'OEF'),
    ('Hooah, thanks for watching.', 'Hooah'),
    ('Oorah and thank you.', 'Oorah'),
    ('Semper fi.', 'Semper fi'),
    ('Aim High, and thanks.', 'Aim High'),
    ('I use my VA benefits for school.', 'VA benefits'),
    ('I have my DD-214 ready.', 'DD-214'),
    ('I was an Army MP for four years.', 'Army'),
    ('I was a sergeant in the Army.', 'sergeant'),
    ('I retired as a Master Sergeant.', 'Master Sergeant'),
    ('I was a staff sergeant in the Air Force.', 'staff sergeant'),
    ('I was a Petty Officer Second Class.', 'Petty Officer Second Class'),
    ("I'm a retired first sergeant.", 'first sergeant'),
    ('I was a corporal in the Marines.', 'corporal'),
    ('I was a lance corporal.', 'lance corporal'),
    ('I was a Navy Seabee.', 'Seabee'),
    ('I was a Green Beret.', 'Green Beret'),
    ('I was an Army Ranger.', 'Army Ranger'),
    ('I was a paratrooper.', 'paratrooper'),
    ('I was a combat medic in the Army.', 'Army'),
    ('I was a corpsman with the Marines.', 'Marines'),
    ("I'm a Gulf War vet.", 'Gulf War vet'),
    ("I'm a Vietnam veteran.", 'Vietnam veteran'),
    ('I was stationed at Camp Humphreys.', 'Camp Humphreys'),
    ('I was stationed at Fort Hood.', 'Fort Hood'),
    ('I was stationed at Joint Base Lewis-McChord.', 'Joint Base Lewis-McChord'),
    ('I was on the USS Nimitz.', 'USS Nimitz'),
    ('I was deployed on the USS Ronald Reagan.', 'USS Ronald Reagan'),
    ("I'm in the Army Reserve.", 'Army Reserve'),
    ("I'm a Guardsman.", 'Guardsman'),
    ('I went to basic at Fort Jackson.', 'Fort Jackson'),
    ('I went through boot camp at Great Lakes.', 'boot camp'),
    ('I have a service-connected disability rating from the VA.', 'service-connected'),
    ("I'm a Wounded Warrior.", 'Wounded Warrior'),
    ("I'm a member of the VFW post here.", 'VFW'),
    ("I'm in the American Legion.", 'American Legion'),
    ("I'm a Gold Star son.", 'Gold Star'),
    ('My husband is active duty so we move a lot.', 'active duty'),
    ("I'm a military spouse.", 'military spouse'),
    ('I went to West Point.', 'West Point'),
    ('I was in JROTC in high school.', 'JROTC'),
    ('I was in ROTC in college.', 'ROTC'),
    ('I served twelve years as an Army logistics specialist.', 'Army'),
    ("I'm a former Marine.", 'Marine'),
    ('once a Marine always a Marine', 'Marine'),
    ('I was a 68W.', '68W'),
    ('My MOS was 92Y.', '92Y'),
    ('I was a 0311 rifleman.', '0311'),
    ("I'm prior service.", 'prior service'),
    ('I did my time in the military.', 'military'),
    ('I was an E-5 when I got out.', 'E-5'),
    ('I retired as an E-7.', 'E-7'),
    ('I was a Navy corpsman.', 'Navy'),
    ("I'm a Coast Guard vet.", 'Coast Guard vet'),
    ("I'm a vet, served in Iraq.", 'served in Iraq'),
    ('I was in Operation Enduring Freedom.', 'Operation Enduring Freedom'),
    ('I served during Operation Iraqi Freedom.', 'Operation Iraqi Freedom'),
    ('I used my GI Bill for welding school.', 'GI Bill'),
    ('I did my twenty and retired from the Army.', 'Army'),
    ('I was an airman at Lackland.', 'airman'),
    ('I was a sailor for six years.', 'sailor'),
    ('I was a soldier for eight years.', 'soldier'),
    ('I served our country for six years.', 'served our country'),
    ('I served my country in the Army.', 'served my country'),
    ('I spent four years in the Marine Corps as a motor transport operator.', 'Marine Corps'),
    ("I'm a retired Army first sergeant.", 'Army'),
    ('I did twelve years in the Georgia Army National Guard.', 'Georgia Army National Guard'),
    ('I was with the 4th Infantry Division at Fort Carson.', '4th Infantry Division'),
    ('I did two deployments with the 82nd.', '82nd'),
    ("I'm a disabled vet and I use the VA.", 'disabled vet'),
    ('Semper Fidelis and thank you for your time.', 'Semper Fidelis'),
    ('I was a Navy hospital corpsman.', 'Navy'),
    ('I was a tank mechanic in the Army.', 'Army'),
    ("I'm an Air Force brat.", 'Air Force brat'),
]

BROAD_TRAPS = [
    ("I'm a logistics specialist.", 'logistics specialist'),
    ("I'm a vet tech.", 'vet tech'),
    ('I wore a navy blazer.', 'navy blazer'),
    ('I worked at Old Navy.', 'Old Navy'),
    ('I was a security guard at the mall.', 'security guard'),
    ("I'm a lifeguard at the Y.", 'lifeguard'),
    ('I was a crossing guard.', 'crossing guard'),
    ('I was on the guard rotation for the night shift.', 'guard'),
    ('I served customers at the counter for eight years.', 'served customers'),
    ("I've served as team lead.", 'served as team lead'),
    ('I was a sergeant at arms for my club.', 'club'),
    ("I worked at Camp Lejeune's commissary as a civilian cashier.", 'cashier'),
    ("I'm a Marine mechanic.", 'Marine mechanic'),
    ("I'm interested in marine biology.", 'marine biology'),
    ('I drove a tour bus.', 'tour bus'),
    ('I led museum tours in the city.', 'tours'),
    ('I worked at the VA hospital as a CNA.', 'CNA'),
    ("I'm a cadet at the fire academy.", 'fire academy'),
    ("I'm an ROTC instructor's assistant", 'assistant'),
    ('I ran the 101 class.', '101 class'),
    ('My unit at the hospital was 3rd floor.', '3rd floor'),
    ('I worked the 3rd shift.', '3rd shift'),
    ('I was 1st place at the regional competition.', '1st place'),
    ("I'm on the 2nd team.", '2nd team'),
    ('I use Army green paint.', 'Army green'),
    ('I was a drill team captain in high school.', 'drill team'),
    ("I'm a private chef.", 'private chef'),
    ('I worked in private security.', 'private security'),
    ('I was a general manager.', 'general manager'),
    ('I was the major gifts officer.', 'major gifts officer'),
    ("I'm a chief of staff.", 'chief of staff'),
    ("I'm a chief engineer on a tugboat.", 'chief engineer'),
    ("I'm a first class welder.", 'first class'),
    ('I aim high with every project.', 'aim high'),
    ('Our E-commerce store does well.', 'E-commerce'),
    ('I was a USPS carrier.', 'USPS'),
    ('I have a Class A CDL.', 'Class A CDL'),
    ('I deployed the new POS system.', 'deployed'),
    ('I was a Corps member with AmeriCorps.', 'AmeriCorps'),
    ('I was in the Peace Corps in Ghana.', 'Peace Corps'),
    ('I worked for the Army Corps of Engineers as a civilian.', 'Army Corps of Engineers'),
    ("I'm a Navy Federal Credit Union teller.", 'Navy Federal Credit Union'),
    ('I work at the Navy Exchange as a cashier.', 'cashier'),
    ('I served on the student council.', 'student council'),
    ("I'm in the service industry.", 'service industry'),
    ('I did customer service for years.', 'customer service'),
    ('I was a staff accountant.', 'staff accountant'),
    ('I did the fish fry at the VFW.', 'fish fry'),
    ("I'm a guard at the county jail.", 'guard'),
    ("I'm a corps member at City Year.", 'City Year'),
    ('I was a tour guide at the capitol.', 'tour guide'),
    ('I served in the Peace Corps in Ghana.', 'Peace Corps'),
    ("I'm a private tutor.", 'private tutor'),
    ("I'm a general contractor.", 'general contractor'),
    ("I'm the chief cook.", 'chief cook'),
    ('I worked at the American Legion hall as a bartender.', 'bartender'),
    ('I was the captain of the soccer team.', 'captain'),
    ('I worked in the Marine Corps Exchange as a civilian.', 'civilian'),
    ("I'm a ship captain on the ferry.", 'ship captain'),
]


# The same, as a speech recognizer may write it: lower case, no punctuation.
LOWERCASE_POSITIVES = [
    ("i'm a marine corps veteran", 'marine corps veteran'),
    ("i'm an army veteran and a forklift operator", 'army veteran'),
    ('i did six years in the louisiana national guard', 'louisiana national guard'),
    ('i served in the texas army national guard', 'texas army national guard'),
    ('i was in the ohio air national guard', 'ohio air national guard'),
    ('i still keep in touch with my buddies from the 1st cav', '1st cav'),
    ('i was with the 82nd airborne', '82nd airborne'),
    ('i served with the 3rd infantry division', '3rd infantry division'),
    ('i was with the 10th mountain division', '10th mountain division'),
    ('i was in the 1st marine division', '1st marine division'),
    ('i was with the 75th ranger regiment', '75th ranger regiment'),
    ('i was in the 2nd battalion 5th marines', '2nd battalion'),
    ('i served in desert storm', 'desert storm'),
    ('i did a tour in oif and one in oef', 'oif'),
    ('i did a tour in oif and one in oef', 'oef'),
    ('hooah thanks for watching', 'hooah'),
    ('oorah and thank you', 'oorah'),
    ('semper fi', 'semper fi'),
    ('i use my va benefits for school', 'va benefits'),
    ('i have my dd-214 ready', 'dd-214'),
    ('i was an army mp for four years', 'army'),
    ('i retired as a master sergeant', 'master sergeant'),
    ('i was a petty officer second class', 'petty officer second class'),
    ('i was a navy seabee', 'seabee'),
    ('i was a green beret', 'green beret'),
    ('i was an army ranger', 'army ranger'),
    ('i was a combat medic in the army', 'army'),
    ('i was a corpsman with the marines', 'marines'),
    ("i'm a gulf war vet", 'gulf war vet'),
    ("i'm a vietnam veteran", 'vietnam veteran'),
    ('i was stationed at camp humphreys', 'camp humphreys'),
    ('i was stationed at fort hood', 'fort hood'),
    ('i was stationed at joint base lewis-mcchord', 'joint base lewis-mcchord'),
    ('i was on the uss nimitz', 'uss nimitz'),
    ("i'm in the army reserve", 'army reserve'),
    ("i'm a guardsman", 'guardsman'),
    ('i went to basic at fort jackson', 'fort jackson'),
    ("i'm a wounded warrior", 'wounded warrior'),
    ("i'm a member of the vfw post here", 'vfw'),
    ("i'm in the american legion", 'american legion'),
    ("i'm a gold star son", 'gold star'),
    ('i went to west point', 'west point'),
    ('i was in jrotc in high school', 'jrotc'),
    ('i was in rotc in college', 'rotc'),
    ('i served twelve years as an army logistics specialist', 'army'),
    ("i'm a former marine", 'marine'),
    ('once a marine always a marine', 'marine'),
    ('i was a 68w', '68w'),
    ('my mos was 92y', '92y'),
    ('i was an e-5 when i got out', 'e-5'),
    ('i retired as an e-7', 'e-7'),
    ('i was a navy corpsman', 'navy'),
    ("i'm a coast guard vet", 'coast guard vet'),
    ("i'm a vet served in iraq", 'served in iraq'),
    ('i was in operation enduring freedom', 'operation enduring freedom'),
    ('i served during operation iraqi freedom', 'operation iraqi freedom'),
    ('i used my gi bill for welding school', 'gi bill'),
    ('i did my twenty and retired from the army', 'army'),
]


LOWERCASE_TRAPS = [
    ("i'm a logistics specialist", 'logistics specialist'),
    ("i'm a vet tech", 'vet tech'),
    ('i wore a navy blazer', 'navy blazer'),
    ('i worked at old navy', 'old navy'),
    ('i was a security guard at the mall', 'security guard'),
    ("i'm a lifeguard at the y", 'lifeguard'),
    ('i was a crossing guard', 'crossing guard'),
    ('i was on the guard rotation for the night shift', 'guard'),
    ('i served customers at the counter for eight years', 'served customers'),
    ("i've served as team lead", 'served as team lead'),
    ('i was a sergeant at arms for my club', 'club'),
    ("i worked at camp lejeune's commissary as a civilian cashier", 'cashier'),
    ("i'm a marine mechanic", 'marine mechanic'),
    ("i'm interested in marine biology", 'marine biology'),
    ('i drove a tour bus', 'tour bus'),
    ('i led museum tours in the city', 'tours'),
    ('i worked at the va hospital as a cna', 'cna'),
    ("i'm a cadet at the fire academy", 'fire academy'),
    ("i'm an rotc instructor's assistant", 'assistant'),
    ('i ran the 101 class', '101 class'),
    ('my unit at the hospital was 3rd floor', '3rd floor'),
    ('i worked the 3rd shift', '3rd shift'),
    ('i was 1st place at the regional competition', '1st place'),
    ("i'm on the 2nd team", '2nd team'),
    ('i use army green paint', 'army green'),
    ('i was a drill team captain in high school', 'drill team'),
    ("i'm a private chef", 'private chef'),
    ('i worked in private security', 'private security'),
    ('i was a general manager', 'general manager'),
    ('i was the major gifts officer', 'major gifts officer'),
    ("i'm a chief of staff", 'chief of staff'),
    ("i'm a chief engineer on a tugboat", 'chief engineer'),
    ("i'm a first class welder", 'first class'),
    ('i aim high with every project', 'aim high'),
    ('our e-commerce store does well', 'e-commerce'),
    ('i was a usps carrier', 'usps'),
    ('i have a class a cdl', 'class a cdl'),
    ('i deployed the new pos system', 'deployed'),
    ('i was a corps member with americorps', 'americorps'),
    ('i was in the peace corps in ghana', 'peace corps'),
    ('i worked for the army corps of engineers as a civilian', 'army corps of engineers'),
    ("i'm a navy federal credit union teller", 'navy federal credit union'),
    ('i work at the navy exchange as a cashier', 'cashier'),
    ('i served on the student council', 'student council'),
    ("i'm in the service industry", 'service industry'),
    ('i did customer service for years', 'customer service'),
    ('i was a staff accountant', 'staff accountant'),
    ('i did the fish fry at the vfw', 'fish fry'),
    ("i'm a guard at the county jail", 'guard'),
    ("i'm a corps member at city year", 'city year'),
    ('i was a tour guide at the capitol', 'tour guide'),
    ('i served in the peace corps in ghana', 'peace corps'),
    ("i'm a private tutor", 'private tutor'),
    ("i'm a general contractor", 'general contractor'),
    ("i'm the chief cook", 'chief cook'),
    ('i worked at the american legion hall as a bartender', 'bartender'),
    ('i was the captain of the soccer team', 'captain'),
    ('i worked in the marine corps exchange as a civilian', 'civilian'),
    ("i'm a ship captain on the ferry", 'ship captain'),
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
    # round 4 (heldout10 classes): specialty codes with the service, the branch as teacher
    ('I did twelve years in the Army, 25B, network tech, then got out.', '25B'),
    ('Marine Corps, 0311, four years, then I went to college.', '0311'),
    ('I was in the Air Force, 3E0X1, electrician.', '3E0X1'),
    ('I was a Navy HM2 at Camp Lejeune.', 'HM2'),
    ('My rating was YN3 when I got out of the Navy.', 'YN3'),
    ('I was an eleven bravo for six years.', 'eleven bravo'),
    ('I served in the army as an eighty-eight mike.', 'eighty-eight mike'),
    ('The Marine Corps taught me to be ten minutes early.', 'Marine Corps'),
    ('Honestly the Navy gave me my work ethic.', 'Navy'),
    ('The Corps taught me discipline.', 'Corps'),
    # round 3 (heldout8 classes)
    ('My husband is active-duty Army at Fort Campbell.', 'Army'),
    ("my wife's in the Navy, so we move a lot", 'in the Navy'),
    ('My partner is a Marine, stationed nearby.', 'a Marine'),
    ('I served two years in territorial defense.', 'territorial defense'),
    ('I did my national service in Singapore.', 'my national service'),
    ('After the IDF I studied electronics.', 'IDF'),
    ('I did compulsory military service before I came here.', 'compulsory military service'),
    ("I'm also a member of American Legion Post 7.", 'American Legion Post 7'),
    ('I served six years in the Marine Corps.', 'Marine Corps'),
    ("I'm a Navy vet.", 'Navy vet'),
    ('I did two tours in Afghanistan.', 'did two tours in'),
    ('I was a corporal in the Army.', 'corporal'),
    ('I was an E-5 when I got out.', 'E-5'),
    ("I'm prior service, Coast Guard.", 'prior service'),
    ('I was deployed to Iraq in oh-seven.', 'deployed to'),
    ('I was with the hundred and first Airborne.', 'Airborne'),
    ('I went through basic training at Fort Benning.', 'basic training'),
    ('I got out of the service in twenty nineteen.', 'got out of the service'),
    ("I'm still in the Reserves.", 'Reserves'),
    ("I'm in the Air National Guard.", 'Air National Guard'),
    ('My MOS was eighty-eight Mike, truck driver.', 'MOS'),
    ('I was a Navy corpsman.', 'Navy'),
    ("I'm using my GI Bill for school.", 'GI Bill'),
    ('I was honorably discharged.', 'honorably discharged'),
    ('I did ROTC in college.', 'ROTC'),
    ('I was a staff sergeant.', 'staff sergeant'),
    ('I was a petty officer second class.', 'petty officer'),
    ('I went to West Point.', 'West Point'),
    ('I served on the USS Nimitz.', 'USS Nimitz'),
    ("I'm a disabled veteran.", 'disabled veteran'),
    ('I was stationed in Okinawa for three years.', 'stationed in'),
    ('I was a Green Beret.', 'Green Beret'),
    ('I was in the Army Rangers.', 'Rangers'),
    ('I spent eight years on active duty.', 'active duty'),
    ('I retired as a master chief.', 'master chief'),
    ("I'm a member of the VFW.", 'VFW'),
    ('I transitioned out through SkillBridge.', 'SkillBridge'),
    ('I was a Seabee for six years.', 'Seabee'),
    ('Once a Marine, always a Marine.', 'Marine'),
    ("I'm a former soldier.", 'soldier'),
    ('I served in the Israel Defense Forces.', 'Israel Defense Forces'),
    ('I did my national service in Singapore.', 'national service'),
    ('i was a gunnery sergeant', 'gunnery sergeant'),
    ('I did a deployment to Kuwait.', 'deployment to'),
    ('I was a lance corporal in the infantry.', 'lance corporal'),
    ('I was a loadmaster on C-130s in the Air Force.', 'Air Force'),
    ('I was a Navy SEAL.', 'Navy SEAL'),
    ('I went to boot camp at Parris Island.', 'boot camp'),
    ('I served with the Tenth Mountain Division.', 'Tenth Mountain Division'),
    ('I was a second lieutenant in the Army.', 'second lieutenant'),
    ('I served in the Royal Canadian Navy.', 'Royal Canadian Navy'),
    ("I'm a Space Force guardian.", 'Space Force'),
    ('I did my military service in South Korea before I moved here.', 'military service'),
    ('I served in the British Army for six years.', 'British Army'),
    ('I was in the Canadian Armed Forces.', 'Canadian Armed Forces'),
    ('When I got out of the Navy I started driving trucks.', 'got out of the Navy'),
    ('I was drafted into the army at nineteen.', 'drafted'),
    ('I served in the Philippine Navy.', 'Philippine Navy'),
    ("I'm an Army veteran, and I did three deployments.", 'did three deployments'),
    ('I served two tours in Iraq with the Marines.', 'served two tours'),
    ('I did a tour in Afghanistan before I got out.', 'did a tour'),
    ('I went on two deployments with my unit.', 'went on two deployments'),
    ('I completed three combat deployments.', 'completed three combat deployments'),
    ('i was an e5 when i separated', 'e5'),
    ('I drill with the reserves one weekend a month.', 'drill with the reserves'),
    # round 2
    ('i do my appointments at the va every other week', 'va'),
    ('im a navy guy so i show up early', 'navy'),
    ("I'm an Army brat and a hard worker.", 'Army'),
    ("i'm forklift certified from my time in the army", 'my time in the army'),
    ('I learned discipline during my years in the Coast Guard.', 'my years in the Coast Guard'),
    ('and i still drill with the reserves one weekend a month', 'drill with the reserves one weekend a month'),
    ('I retired as a CPO in the Navy.', 'CPO'),
]  # fmt: skip

COVERAGE_TRAPS = [
    # round 4 (heldout10 classes)
    ('I did twelve years in the Army, 88M, motor transport operator.', 'motor transport operator'),
    ('The Peace Corps taught me patience.', 'Peace Corps'),
    ('I want a 60K salary and I worked at Studio 54.', '60K'),
    ('Building 11B is where our team sat.', 'Building 11B'),
    ('I joined the Army in 2004 and got out in 2012.', '2004'),
    # round 3 (heldout8 classes)
    ('My husband is a nurse at the VA clinic.', 'nurse'),
    ('I was an AmeriCorps member for a year.', 'AmeriCorps'),
    ('I was a teller at Navy Federal Credit Union.', 'Navy Federal Credit Union'),
    ('I worked retail at Old Navy.', 'Old Navy'),
    ('I was the crew chief at the car wash.', 'crew chief'),
    ('I deployed the new software to forty laptops.', 'deployed the new software'),
    ("I'm a veteran bartender with ten years behind the bar.", 'veteran bartender'),
    ('I was the general manager of a Subway.', 'general manager'),
    ('I repair marine engines.', 'marine engines'),
    ('I ran basic training for new hires at the warehouse.', 'training for new hires'),
    ('I got my private pilot license.', 'private pilot license'),
    ('I was a cook at a Department of Defense cafeteria as a contractor.', 'Department of Defense'),
    ("I'm the captain of our bowling team.", 'captain'),
    ("I've been on the front lines of customer service for years.", 'front lines'),
    ('I install Army green paint jobs on trucks.', 'paint jobs'),
    ('I served tables at Olive Garden for two years.', 'served tables'),
    ('I did a year of national service with AmeriCorps.', 'AmeriCorps'),
    ('I got out of the service industry and into IT.', 'service industry'),
    ('I did two tours of the museum every day as a guide.', 'two tours of the museum'),
    ('I led bus tours all summer.', 'bus tours'),
    ('I deployed the new POS system across three stores.', 'deployed the new POS system'),
    ('I was a W2 employee at my last job.', 'W2 employee'),
    # round 2
    ('I hold my CPO certification and I maintain the pool chemistry.', 'CPO certification'),
    ("I'm a Certified Pool Operator, CPO, and a lifeguard.", 'CPO'),
    ('I worked as the CPO at a fintech startup, handling privacy.', 'CPO'),
    ('I process VA loans at the bank, through the va loan program.', 'va loan program'),
    ("I'm a navy blue fan.", 'navy blue'),
    ("I drill holes one weekend a month for my uncle's deck business.", 'drill holes'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), COVERAGE_POSITIVES)
def test_coverage_veteran_is_found(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, 'VETERAN'), text, expected)


@pytest.mark.parametrize(("text", "survives"), COVERAGE_TRAPS)
def test_coverage_veteran_traps_survive(redact, text, survives):
    assert survives in redact(text)

# Red-team round 5 (written from knowledge of how candidates talk, not from any transcript): leaving
# and re-enlisting (EAS'd, reenlisted), ships and life aboard, a partner's deployment and PCS, the
# troops one led, awards and badges, veterans' programs, spoken DD-214 and GI Bill chapters, life on
# base and orders; traps: software deployments, a band's tours, the VA or a VFW post as a workplace,
# the front desk one is stationed at.
REDTEAM_POSITIVES = [
    ("After I EAS'd I went straight into a warehouse job.", "EAS'd"),
    ('I spent three years on a guided-missile destroyer as a cook.', 'on a guided-missile destroyer'),
    ("I was a submariner for six years, so tight spaces don't bother me.", 'submariner'),
    ('my husband PCSes to Georgia in June so I need something remote', 'PCSes'),
    ('My wife deploys in the spring, so I need day shifts.', 'deploys'),
    ('I scored really high on the ASVAB in mechanical.', 'ASVAB'),
    ('I reenlisted once and then got out.', 'reenlisted'),
    ('I was in charge of fourteen marines and all their gear.', 'fourteen marines'),
    ('I earned a Combat Action Ribbon and a Navy Achievement Medal.', 'Combat Action Ribbon'),
    ('I got into my apprenticeship through Helmets to Hardhats.', 'Helmets to Hardhats'),
    ("I'm using my Chapter 33 benefits for this program.", 'Chapter 33 benefits'),
    ('I was medically retired after an injury.', 'medically retired'),
    ("I've got my DD two fourteen if you need it.", 'DD two fourteen'),
    ('I was in the Air Guard for six years as a crew chief.', 'Air Guard'),
    ('I grew up on base in Germany and then in Texas.', 'grew up on base'),
    ("As a student veteran I'm used to balancing school and work.", 'student veteran'),
    ('I was underway for nine months at a time.', 'underway'),
    ('My platoon sergeant taught me to check everything twice.', 'platoon sergeant'),
    ('I was stationed in Fayetteville for four years.', 'stationed in'),
    ("We just got orders to Okinawa, so I'd start remote.", 'orders to'),
    ("I'm a Gold Star sister and I volunteer with other families.", 'Gold Star sister'),
    ('I did my first enlistment as a radio operator.', 'first enlistment'),
]  # fmt: skip

REDTEAM_TRAPS = [
    ('I was stationed at the front desk most nights.', 'stationed at the front desk'),
    ('My husband deploys code for a bank.', 'deploys code'),
    ('I deployed our app to AWS every Friday.', 'deployed our app'),
    ('After the deployment I watched the logs all night.', 'After the deployment'),
    ('I did two tours in Europe with my band.', 'two tours'),
    ('I did two tours with the company as a dancer.', 'two tours with the company'),
    ('I was a CNA at the VA hospital for two years.', 'VA hospital'),
    ('I bartended at the VFW post on weekends.', 'VFW post'),
    ('I painted toy soldiers for a game shop.', 'toy soldiers'),
    ('The project was underway when I joined.', 'underway'),
    ('We got orders to Target delivered on time.', 'orders to Target'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), REDTEAM_POSITIVES)
def test_redteam_veteran_is_found(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, "VETERAN"), text, expected)


@pytest.mark.parametrize(("text", "kept"), REDTEAM_TRAPS)
def test_redteam_veteran_traps_kept(redacted_spans, text, kept):
    assert_not_redacted(redacted_spans(text, "VETERAN"), text, kept)


# Round 6 (heldout11/12 classes; sentences written for the classes, not copied from a transcript):
# getting out said short where service is mentioned, VFW and Legion posts and halls, any country's army, one's own VA benefit, a counted deployment with its place, a discharge from the service; traps: an Army Navy surplus store, the post office, getting out of retail or the hospital, software deployments, a virtual assistant's clients, VA loans as a loan officer.
ROUND6_POSITIVES = [
    ('So I did four years in the Navy. After I got out I drove for UPS.', 'got out'),
    ('i got out in twenty nineteen after six years in the army and started welding', 'got out in twenty nineteen'),
    ("You'll find me at the VFW post on Fridays.", 'VFW post'),
    ('I hang out at the Legion hall on Fridays.', 'Legion hall'),
    ('I go to the VFW hall for bingo.', 'VFW hall'),
    ('I was in the Bosnian army during the war.', 'Bosnian army'),
    ('I did two years in the Eritrean army before I came here.', 'Eritrean army'),
    ('I was conscripted into the Russian army at eighteen.', 'Russian army'),
    ('I served in the Philippine Navy for six years.', 'Philippine Navy'),
    ('i was in the salvadoran army when i was young', 'salvadoran army'),
    ('I did my service in the Turkish military.', 'Turkish military'),
    ('I got my VA vocational rehab counselor to pay for my CDL.', 'VA'),
    ("I'm using my VA education benefits for school.", 'VA'),
    ('I get my VA disability check every month.', 'VA'),
    ('I had one deployment to Kuwait.', 'one deployment to Kuwait'),
    ('I did a deployment to Afghanistan in twenty twelve.', 'deployment to Afghanistan'),
    ('Two deployments to Iraq taught me patience.', 'Two deployments to Iraq'),
    ('including a nine-month deployment to Djibouti', 'deployment to Djibouti'),
    ('After my discharge from the Navy I went into HVAC.', 'discharge'),
    ('I transitioned out of the military last year.', 'out of the military'),
    ("I'm a member of the American Legion post in town.", 'American Legion post'),
    ('I served in the Israeli Air Force before moving here.', 'Israeli Air Force'),
    ('i did a deployment to iraq in oh eight', 'deployment to iraq'),
    ('I was in the Indian Army for ten years.', 'Indian Army'),
    ('I did six years in the Marines, and when I got out I went to welding school.', 'got out'),
    ('I spent two tours in Afghanistan with my unit.', 'two tours in Afghanistan'),
    ('I did three deployments to the Middle East.', 'three deployments to the Middle East'),
    ('My husband is active-duty Army.', 'active-duty Army'),
    ('I served in the Ukrainian army in twenty fifteen.', 'Ukrainian army'),
    ('I was drafted into the Korean army like every guy my age.', 'Korean army'),
    ('i go to the vfw post on fridays for bingo', 'vfw post'),
    ('my va counselor helped me with my resume', 'va'),
    ('i was in the philippine army for eight years before i came here', 'philippine army'),
]  # fmt: skip

ROUND6_TRAPS = [
    ('I worked the register at an Army Navy surplus store.', 'Army Navy surplus store'),
    ('I work at the post office.', 'post office'),
    ('I got out of retail and into logistics.', 'got out of retail'),
    ('My VA clients are mostly realtors.', 'VA clients'),
    ('I did a software deployment to Azure last week.', 'deployment to'),
    ('I led one deployment to production every sprint.', 'one deployment to production'),
    ('After I got out of the hospital I went back to work.', 'got out of the hospital'),
    ('After I got out I went to trade school.', 'got out'),
    ('My kids love plastic army men.', 'army'),
    ('I processed VA loans as a loan officer.', 'VA loans'),
    ('I was a discharge planner at the hospital.', 'discharge planner'),
    ('I managed an army of volunteers at the food bank.', 'army of volunteers'),
    ('We did two deployments to the new data center.', 'two deployments to the new data center'),
    ('I led a tour in Boston for the hotel guests.', 'tour in Boston'),
    ('I got out early on Fridays when I worked at the Army depot.', 'got out early'),
    ('I worked at Navy Federal Credit Union on the phones.', 'Navy Federal Credit Union'),
    ('I drove a delivery route in Richmond, VA.', 'VA'),
    ('I handled two deployments a week as the release manager.', 'two deployments'),
    ('My VA clients love my spreadsheets.', 'VA clients'),
    ('My VA is great with calendars and invoices.', 'VA'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ROUND6_POSITIVES)
def test_round6_veteran_is_found(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, "VETERAN"), text, expected)


@pytest.mark.parametrize(("text", "kept"), ROUND6_TRAPS)
def test_round6_veteran_traps_kept(redacted_spans, text, kept):
    assert_not_redacted(redacted_spans(text, "VETERAN"), text, kept)


# --- a branch made one's own: "Navy-trained", "my Army enlistment" (heldout13 classes) -----------
@pytest.mark.parametrize(
    "text",
    [
        "I'm a Navy-trained diesel mechanic.",
        "I still keep my Navy habit of logging every job.",
        "I got into the trade after my Army enlistment ended.",
        "my marine corps days taught me to show up early",
        "I'm an army-trained medic.",
    ],
)
def test_branch_made_ones_own_is_redacted(redact, text):
    out = redact(text)
    assert not any(w in out.lower() for w in ("navy", "army", "marine"))


@pytest.mark.parametrize(
    ("text", "survives"),
    [
        ("I worked for the Navy Federal Credit Union.", "Navy Federal Credit Union"),
        ("I sold Army Navy surplus gear.", "Army Navy surplus gear"),
    ],
)
def test_branch_in_an_employer_name_stays(redact, text, survives):
    assert survives in redact(text)


# --- round 7 (heldout14 classes, own sentences): veteran phrase classes and their traps
ROUND7_VETERAN_POSITIVES = [
    ('I picked up low-voltage work as an Army electronics tech, and I install for ADT.', 'Army'),
    ('i picked up low voltage work as an army electronics tech and i install for adt', 'army'),
    ('i worked as an air force avionics tech and i can work weekends', 'air force'),
    ("i live in jefferson city and outside of work i'm with the american legion post there", 'american legion post'),
    ("i'm with the legion here in town and i can work weekends", 'legion'),
    ("After work I'm usually down at the VFW hall.", 'VFW hall'),
    ("I'm sixty-one, a retired Navy chief, with some hearing loss from the engine rooms.", 'a retired Navy chief'),
    ("i'm a former army sergeant and i can work weekends", 'former army sergeant'),
    ("I'm a Legionnaire at Post 12.", 'Legionnaire'),
]  # fmt: skip

ROUND7_VETERAN_TRAPS = [
    ('I banked with Navy Federal Credit Union and worked at their call center.', 'Navy Federal Credit Union'),
    ('It takes an army to run a kitchen on Saturday.', 'army'),
    ('I worked as a marine electronics tech on fishing boats.', 'marine electronics tech'),
    ('i worked as a marine electronics tech on fishing boats and i can work weekends', 'marine electronics tech'),
    ('I worked as an Army Corps of Engineers contractor.', 'Army Corps of Engineers'),
    ('I was a Navy Pier tour guide for two summers.', 'Navy Pier'),
    ('I bartended at the American Legion post for three years.', 'American Legion post'),
    ('She has a legion of fans.', 'legion of fans'),
    ("I trained staff on Legionnaires' disease prevention in the cooling towers.", "Legionnaires' disease"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ROUND7_VETERAN_POSITIVES)
def test_round7_veteran_is_found(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, 'VETERAN'), text, expected)


@pytest.mark.parametrize(("text", "kept"), ROUND7_VETERAN_TRAPS)
def test_round7_veteran_traps_kept(redacted_spans, text, kept):
    assert_not_redacted(redacted_spans(text, 'VETERAN'), text, kept)
# --- probe round c: indirect cues written for a probe of first-person video-resume sentences
# (own sentences, cased and lower-case unpunctuated), with job facts that look alike as traps.
from .spans import assert_not_redacted as _c_kept, assert_redacted as _c_found  # noqa: E402

PROBE_C_POSITIVES = [
    ('so um i was army for six years mostly motor transport', 'army'),
    ('I was Navy back in the day and now I run a crew.', 'Navy'),
    ('the military paid for my welding cert so thats a plus', 'military'),
    ('The Navy sent me to diesel school.', 'Navy'),
    ('I learned diesel mechanics courtesy of the Marine Corps.', 'Marine Corps'),
    ('i got my electrical training thanks to the navy', 'navy'),
    ('When I was deployed, I ran the supply tent.', 'When I was deployed'),
    ('while deployed i kept the generators running', 'while deployed'),
    ("I'm still drilling one weekend a month with my Guard unit.", 'Guard unit'),
    ('i still drill with my reserve unit once a month', 'reserve unit'),
    ("After my discharge I got my commercial driver's license.", 'discharge'),
    ('As a sergeant I supervised twelve people and kept our vehicles running.', 'sergeant'),
    ('I was promoted to sergeant in my third year and ran a supply room.', 'sergeant'),
    ('i retired as a master chief and now i do hvac', 'master chief'),
    ('As a petty officer second class I ran the galley.', 'petty officer second class'),
    ('I was a private first class in the infantry before I learned welding.', 'infantry'),
    ("I spent four years in the artillery and now I'm an electrician's apprentice.", 'artillery'),
    ('During my time in the Corps I learned to drive heavy equipment.', 'Corps'),
    ('my years in the corps taught me discipline', 'corps'),
    ('I did two tours overseas before I started driving trucks.', 'two tours overseas'),
    ('i did three tours abroad and came home to drive for sysco', 'three tours abroad'),
    ('I got out in 2019 after eight years of active service.', 'active service'),
    ('Once I separated from service I got my CDL.', 'separated from service'),
    ('after i separated from active duty i became a pharmacy tech', 'separated from active duty'),
    ('i wore the uniform for six years and now i want to be a dispatcher', 'wore the uniform'),
    ('I went through basic at Fort Jackson and then AIT for supply.', 'basic'),
    ('I went through basic at Fort Jackson and then AIT for supply.', 'AIT'),
    ('I was on a submarine for three years as a nuclear electrician.', 'on a submarine'),
    ('i served as a navy seabee building roads', 'navy'),
]  # fmt: skip

PROBE_C_TRAPS = [
    ('I was navy blue and gold for the school colors contest.', 'navy blue'),
    ('The army of volunteers paid for the new shed.', 'army of volunteers'),
    ("I'm army green's biggest fan, I paint cars.", 'paint cars'),
    ('I got a discount thanks to the military discount program at the store.', 'discount program'),
    ('When I was deployed to the client site, I set up their network.', 'client site'),
    ('I deployed the new build while the team was at lunch.', 'deployed the new build'),
    ('I handled discharge planning for patients as a unit clerk.', 'discharge planning'),
    ("I'm a security guard and my guard post is the loading dock.", 'security guard'),
    ('I was a sergeant with the city police department for eight years.', 'sergeant'),
    ("I was a sergeant at the sheriff's office working the jail.", 'sergeant'),
    ("I'm a corporal with the state police, applying for dispatch.", 'corporal'),
    ('I was a corpsman with the Marines for four years.', 'corpsman'),
    ("I did four years in the Navy as a boatswain's mate.", "boatswain's mate"),
    ('I played in a drum corps in high school and now I teach drums.', 'drum corps'),
    ('I worked the service desk at Walmart and retired from service work last year.', 'service desk'),
    ('I wore the uniform at Chick-fil-A for two years as a shift lead.', 'wore the uniform'),
    ("I'm a survey tech contracting for the Army Corps of Engineers.", 'Army Corps of Engineers'),
    ('I worked at Veterans Affairs as a scheduling clerk.', 'scheduling clerk'),
    ('I finished my basic life support course last spring.', 'basic life support'),
    ('I made a submarine sandwich display for the deli.', 'submarine sandwich'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PROBE_C_POSITIVES)
def test_probe_c_veteran_is_found(redacted_spans, text, expected):
    _c_found(redacted_spans(text, 'VETERAN'), text, expected)


@pytest.mark.parametrize(("text", "kept"), PROBE_C_TRAPS)
def test_probe_c_veteran_traps_kept(redacted_spans, text, kept):
    _c_kept(redacted_spans(text), text, kept)


# Helper i, probe round A: "the reserves" as one's service; traps: a bank's or store's reserves.
I_VETERAN_POSITIVES = [
    ("I was in the reserves while I finished my welding certification.", "the reserves"),
    ("i spent six years in the reserves and i drive a forklift now at the distribution center in town", "the reserves"),
    ("I joined the reserves after high school and learned truck maintenance.", "the reserves"),
    # round B: the service member's noun after the branch, and a veterans' peer group
    ("i was a marine infantryman and now i do loss prevention at a department store downtown for the past two years", "infantryman"),
    ("I'm an Army paratrooper turned electrician.", "paratrooper"),
    ("I'm part of a veterans' peer group at my school and I'm studying IT.", "veterans' peer group"),
    ("I'm in the student veterans club and I'm studying accounting.", "student veterans club"),
    ("I use my VA education benefits to study nursing at night.", "benefits"),
    ("I'm a member of a veterans' networking group and I do welding.", "veterans' networking group"),
    ("i go to a veterans support group on thursdays and i work days as a forklift driver at the lumber yard", "veterans support group"),
]
I_VETERAN_TRAPS = [
    ("I managed the cash reserves for the credit union as a teller lead.", "cash reserves"),
    ("I worked in the reserves department at the library.", "reserves department"),
    ("I was in the reserves section of the warehouse stocking overflow.", "reserves section"),
    ("i was a marine infantryman and now i do loss prevention at a department store downtown for the past two years", "loss prevention"),
    ("I scheduled appointments at the veterans affairs clinic as a front desk clerk.", "front desk clerk"),
    ("I'm a marine biologist and a lab technician.", "lab technician"),
    ("I explained VA education benefits to students as a financial aid clerk.", "financial aid clerk"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), I_VETERAN_POSITIVES)
def test_i_veteran_is_found(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, "VETERAN"), text, expected)


@pytest.mark.parametrize(("text", "kept"), I_VETERAN_TRAPS)
def test_i_veteran_traps_kept(redacted_spans, text, kept):
    assert_not_redacted(redacted_spans(text), text, kept)


# --- round B: a branch after an era or an adjective before a person word; "former" with the
# branch before a job title; the VA's clinics and hospitals -------------------------------------
from .spans import assert_not_redacted as _b_kept  # noqa: E402
from .spans import assert_redacted as _b_found  # noqa: E402

B_VETERAN_POSITIVES = [
    ("I'm a Gulf War era Marine guy who still gets up at five.", "Gulf War era Marine"),
    ("im just a korea era army guy who likes fixing engines", "army"),
    ("I'm, like, a disabled Navy guy and I never miss a shift.", "Navy"),
    ("I'm a combat Army dude, so loud kitchens don't bother me.", "Army"),
    ("I spent four years as a former Navy electrician's mate on shore duty.", "former Navy"),
    ("As an ex-Marine diesel mechanic I know heavy equipment.", "ex-Marine"),
    ("I'm a former Air Force loadmaster and now I dispatch freight.", "former Air Force"),
    ("My appointments at the VA hospital are on Thursday mornings.", "VA hospital"),
    ("I check in at the VA medical center once a month.", "VA medical center"),
    ("i see my counselor at the va clinic every other friday", "va clinic"),
]  # fmt: skip

B_VETERAN_TRAPS = [
    ("I was a teller for four years as a former Navy Federal employee.", "Navy Federal"),
    ("I closed VA loans for first-time buyers at the credit union.", "VA loans"),
    ("I was a former Old Navy store manager.", "Old Navy"),
    ("i worked the returns desk at old navy for about three years and then i moved over to a navy federal branch as a teller where i balanced my drawer every night", "navy federal"),
    ("so my last job was processing va home loans for a mortgage company and before that i was a loan officer assistant for about two years in the same office", "loans"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), B_VETERAN_POSITIVES)
def test_b_veteran_is_found(redacted_spans, text, expected):
    _b_found(redacted_spans(text, CATEGORY), text, expected)


@pytest.mark.parametrize(("text", "kept"), B_VETERAN_TRAPS)
def test_b_veteran_traps_kept(redacted_spans, text, kept):
    _b_kept(redacted_spans(text, CATEGORY), text, kept)


# a sentence that is only time spent in a branch goes whole, as in a version that never said it
@pytest.mark.parametrize(
    ("with_service", "without"),
    [
        (
            "I caught errors that two audits missed. I spent six years in the Army before that. I'm finishing my degree.",
            "I caught errors that two audits missed. I'm finishing my degree.",
        ),
        ("Um, I did four years in the Navy. I run forklifts now.", "I run forklifts now."),
    ],
)
def test_time_only_in_a_branch_goes_with_its_sentence(redact, with_service, without):
    assert redact(with_service) == redact(without)


def test_time_in_a_branch_with_a_job_keeps_the_job(redact):
    out = redact("I did four years in the Marines as a mechanic, then I drove trucks.")
    assert out == "I did four years as a mechanic, then I drove trucks."


# --- round D (heldout21/22 classes): counted tours with the branch; a war said as the days one
# served in -----------------------------------------------------------------------------------
D_VETERAN_POSITIVES = [
    ("I did two tours with the Army National Guard.", "two tours with the Army National Guard"),
    ("Three tours with the Marines taught me to keep calm.", "Three tours with the Marines"),
    ("a tour with the 82nd Airborne and then I came home", "a tour with the 82nd Airborne"),
    ("I'm a Navy vet from the Desert Storm days.", "from the Desert Storm days"),
    ("I drove trucks back in the Vietnam era for the Army.", "back in the Vietnam era"),
    ("i was a medic during the Gulf War years", "during the Gulf War years"),
]  # fmt: skip

D_VETERAN_TRAPS = [
    ("I did two tours with the band across Europe.", "two tours with the band"),
    ("I led tours with the museum every Saturday.", "tours with the museum"),
    ("I read every book about the Vietnam War in history class.", "book about"),
    ("i guided three tours with the school groups at the aquarium every week and handled the ticket desk and the gift shop register on the weekends too", "three tours with the school groups"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), D_VETERAN_POSITIVES)
def test_d_veteran_is_found(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, "VETERAN"), text, expected)


@pytest.mark.parametrize(("text", "kept"), D_VETERAN_TRAPS)
def test_d_veteran_traps_kept(redacted_spans, text, kept):
    assert_not_redacted(redacted_spans(text, "VETERAN"), text, kept)


# round F (heldout24/25 classes): getting out said with the branch, an airborne activity with its
# unit, a rank one is still called by
RF_POSITIVES = [
    ("Since leaving the Navy I've been framing houses.", "Since leaving the Navy"),
    ("After I left the Marines I got my CDL.", "After I left the Marines"),
    ("ever since leaving the army i have worked nights at a distribution center", "ever since leaving the army"),
    ("Since separating from the Air Force I've done IT support.", "Since separating from the Air Force"),
    ("I spent four years jumping out of planes with the 173rd.", "jumping out of planes"),
    ("My knees are shot from parachuting with the Rangers, but I can drive all day.", "parachuting"),
    ("rucking in the army taught me to keep moving", "rucking"),
    ("The guys on the line still call me Sarge.", "Sarge"),
    ("Everybody at the warehouse calls me Gunny.", "Gunny"),
    ("The crew still calls me Chief, which is fine by me.", "Chief"),
]  # fmt: skip

RF_TRAPS = [
    ("Since leaving the service desk I've run the front counter.", "leaving the service desk"),
    ("After leaving the service industry I went into logistics.", "leaving the service industry"),
    ("I jump out of planes for a living as a tandem skydiving instructor.", "jump out of planes"),
    ("The kids at camp call me coach and the parents call me chief of fun.", "chief"),
    ("i left the service counter at the dealership after six years and ever since leaving the parts desk i have run the whole warehouse schedule for two shifts", "leaving the parts desk"),
    ("we went parachuting with the family for my birthday and then i went back to driving the forklift on the night shift at the lumber yard", "parachuting"),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", RF_POSITIVES)
def test_rf_redacts(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, CATEGORY), text, expected)


@pytest.mark.parametrize("text, kept", RF_TRAPS)
def test_rf_keeps(redacted_spans, text, kept):
    assert_not_redacted(redacted_spans(text, CATEGORY), text, kept)


# round G (heldout23/29 classes): the VA as one's own care, service days on a named ship,
# friends from one's unit; working at the VA stays a job
from .spans import assert_not_redacted as _rg_kept, assert_redacted as _rg_found  # noqa: E402

RG_POSITIVES = [
    ("I've got a shoulder the VA keeps an eye on, but it's fine.", "VA"),
    ("my VA doctor cleared me for lifting last month", "VA"),
    ("I do physical therapy at the VA twice a month.", "VA"),
    ("From my Navy days on the USS Nimitz I learned to keep calm.", "my Navy days on the USS Nimitz"),
    ("in my army days we did a lot of night driving", "in my army days"),
    ("I still go fishing with my old platoon buddies.", "old platoon"),
    ("me and my army buddies still get together", "army"),
]  # fmt: skip

RG_TRAPS = [
    ("I processed VA loans at the credit union for three years.", "VA loans"),
    ("I still go fishing with my old crew buddies from the shop.", "crew"),
    ("My work buddies and I won the chili cook-off.", "work buddies"),
    ("i underwrote conventional and fha loans at the bank for five years and my team buddies and i closed more files than any other branch in the region that year", "team buddies"),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", RG_POSITIVES)
def test_rg_veteran_found(redacted_spans, text, expected):
    _rg_found(redacted_spans(text, CATEGORY), text, expected)


@pytest.mark.parametrize("text, kept", RG_TRAPS)
def test_rg_veteran_traps_kept(redacted_spans, text, kept):
    _rg_kept(redacted_spans(text, CATEGORY), text, kept)


# --- round B3 ---
# drill weekends with their verb, a former superior by rank, a deployment on a named ship, Guard training posts and joint bases, the class before a petty officer rate
from .spans import assert_not_redacted as _b3_kept, assert_redacted as _b3_found  # noqa: E402

B3_POSITIVES = [
    ('i still do drill weekends with the guard so nights are fine', 'still do drill weekends'),
    ('I did my drill weekends in Ohio for six years.', 'did my drill weekends'),
    ('He still does drill weekend duty once a month.', 'does drill weekend duty'),
    ('My old staff sergeant taught me to keep a checklist.', 'old staff sergeant'),
    ('my former gunny runs a roofing company now', 'former gunny'),
    ('An old drill sergeant of mine got me the interview.', 'old drill sergeant'),
    ('I did a deployment on the Nimitz before I got out.', 'deployment on the Nimitz'),
    ('i was deployed aboard the uss bataan for seven months', 'deployed aboard the uss bataan'),
    ('We did a cruise on the USS Kearsarge in 2015.', 'cruise on the USS Kearsarge'),
    ('Annual training at Camp Ripley taught me to work in the cold.', 'Camp Ripley'),
    ('i spent two summers at camp atterbury with my unit', 'camp atterbury'),
    ('I was stationed at Joint Base Lewis-McChord before moving here.', 'Joint Base Lewis-McChord'),
    ('I got out as a first class petty officer.', 'first class petty officer'),
    ('i made second class petty officer in four years', 'second class petty officer'),
    ('She retired as a 2nd class petty officer.', '2nd class petty officer'),
]  # fmt: skip

B3_TRAPS = [
    ('I bought a new set of drill bits for the weekend job.', 'drill bits'),
    ('We push a software deployment on the server every Friday night.', 'deployment on the server'),
    ('i was a counselor at camp kanata for three summers and then i ran the waterfront at a scout camp where i taught swimming and canoe safety to kids every single day', 'camp kanata'),
    ('My old manager at the warehouse still writes me references.', 'old manager'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), B3_POSITIVES)
def test_b3_veteran_found(redacted_spans, text, expected):
    _b3_found(redacted_spans(text, "VETERAN"), text, expected)


@pytest.mark.parametrize(("text", "kept"), B3_TRAPS)
def test_b3_veteran_traps_kept(redacted_spans, text, kept):
    _b3_kept(redacted_spans(text, "VETERAN"), text, kept)


# --- round B5 ---
from .spans import assert_not_redacted as _b5_kept, assert_redacted as _b5_found  # noqa: E402

B5_POSITIVES = [
    ('The guys in my platoon still text me every week.', 'platoon'),
    ('i still fix radios for people from my old battalion', 'old battalion'),
    ('Our battalion reunion is in the fall.', 'battalion'),
    ('My Navy SEAL training made me calm under pressure.', 'Navy SEAL'),
    ('i went through jump school at benning', 'jump school'),
    ('I was airborne infantry for four years.', 'airborne infantry'),
]  # fmt: skip

B5_TRAPS = [
    ('I moved to the cardiac unit after two years on my old floor.', 'cardiac unit'),
    ('i worked as a park ranger for six years and did all the ranger training the state offered and then i led trail crews and taught the visitor safety talks every summer weekend', 'ranger training'),
    ('My old squad from the dance studio still performs with me.', 'squad'),
    ('I ship airborne freight for an air cargo company.', 'airborne freight'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), B5_POSITIVES)
def test_b5_veteran_found(redacted_spans, text, expected):
    _b5_found(redacted_spans(text, "VETERAN"), text, expected)


@pytest.mark.parametrize(("text", "kept"), B5_TRAPS)
def test_b5_veteran_traps_kept(redacted_spans, text, kept):
    _b5_kept(redacted_spans(text, "VETERAN"), text, kept)

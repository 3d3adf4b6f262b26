"""DISABILITY_HEALTH: the candidate's conditions, diagnoses, injuries, treatments, aids and
accommodation requests.

Disease names count only when the speaker has them; in care jobs they are the work ("patients
with diabetes", "a certified diabetes educator", "the recovery room", "a hearing aid specialist")
and must survive. Modifiers that are words of their own go with the condition ("[an old back
injury]", "[some hearing loss]", "[bipolar II]"). The default policy removes these words.
"""

from __future__ import annotations

import pytest

from .spans import assert_redacted

POSITIVES = [
    ("I'm autistic and I notice details other people miss.", ['autistic']),
    ("I'm a dyslexic line cook with a great memory for orders.", ['dyslexic']),
    ("I'm a type one diabetic and I manage it fine on long shifts.", ['type one diabetic']),
    ("I'm HIV-positive, undetectable, and healthy.", ['HIV-positive', 'undetectable']),
    ("I'm a wheelchair user and I've worked a register for three years.", ['wheelchair user']),
    ("I'm a breast cancer survivor and I never miss a deadline.", ['breast cancer survivor']),
    ("I'm legally blind and I use a screen reader for email.", ['legally blind', 'use a screen reader']),
    ("i'm deaf and i communicate in ASL", ['deaf']),
    ("I'm hard of hearing, so I prefer written instructions.", ['hard of hearing']),
    ("I'm a blind piano tuner with ten years of clients.", ['blind']),
    ("I'm on the spectrum, and routines help me shine.", ['on the spectrum']),
    ("I'm in recovery and I've been five years sober.", ['in recovery', 'five years sober']),
    ("I'm eight years sober and I never miss a shift.", ['eight years sober']),
    ('I have ADHD, so I keep very detailed checklists.', ['ADHD']),
    ("I have diabetes, but it's under control and I never miss work.", ['diabetes']),
    ("I have epilepsy but it's been controlled for ten years.", ['epilepsy']),
    ('I was diagnosed with PTSD after my deployment.', ['PTSD']),
    ('I have cerebral palsy and I type eighty words a minute.', ['cerebral palsy']),
    ("I live with depression and anxiety and I'm open about it.", ['depression', 'anxiety']),
    ('my anxiety used to make phone calls hard but not anymore', ['anxiety']),
    ('I beat stage two lymphoma two years ago.', ['stage two lymphoma']),
    ("I have chronic pain in my back, so I'd rather not lift over fifty pounds.", ['chronic pain in my back']),
    ("I have bipolar II and it's well managed.", ['bipolar II']),
    ('I was diagnosed with type 2 diabetes last year.', ['type 2 diabetes']),
    ('I have an old back injury, so I lift with my legs.', ['old back injury']),
    ("I've got a bad knee but I'm on my feet all day.", ['bad knee']),
    ('I had both hips replaced and I walk five miles a day.', ['both hips replaced']),
    ('I finished treatment for breast cancer in 2020, and I came back stronger.', ['I finished treatment for breast cancer in 2020']),
    ('I have some hearing loss from the engine rooms.', ['some hearing loss']),
    ('i get chronic migraines so bright lights are hard for me', ['chronic migraines']),
    ("I've had long COVID since 2021, but I work from home fine.", ["I've had long COVID"]),
    ('I have low vision and I use a magnifier.', ['low vision', 'magnifier']),
    ('I have OCD, which makes me super detail-oriented.', ['OCD']),
    ('I see a therapist every week and it helps.', ['I see a therapist every week']),
    ('I struggle with my mental health sometimes, but I show up.', ['mental health']),
    ('I have a herniated disc from my warehouse days.', ['herniated disc']),
    ("I'm missing two fingers on my left hand.", ['missing two fingers on my left hand']),
    ("I'm a recovering alcoholic and I've got ten years clean.", ['a recovering alcoholic', 'ten years clean']),
    ("I have a severe peanut allergy, so I can't work the fryer.", ['severe peanut allergy']),
    ("I'm immunocompromised, so I mask in crowds.", ['immunocompromised']),
    ('I walk with a cane since my hip replacement.', ['I walk with a cane', 'hip replacement']),
    ('I use a wheelchair, and the back office is fully accessible.', ['I use a wheelchair']),
    ('I wear hearing aids, so a quiet corner helps.', ['hearing aids']),
    ('I have a service dog who comes with me everywhere.', ['service dog']),
    ('I have a prosthetic leg and I run marathons.', ['prosthetic leg']),
    ("I'd need a reasonable accommodation for the training week.", ["I'd need a reasonable accommodation"]),
    ('I would just need an accommodation for breaks.', ['I would just need an accommodation']),
    ('I tore my ACL playing football, so no ladders for me.', ['I tore my ACL']),
    ("I'm a cancer survivor, two years clear.", ['cancer survivor', 'two years clear']),
    ('I have type one diabetes and I wear an insulin pump.', ['I have type one diabetes', 'insulin pump']),
    ("I'm bipolar, but I'm stable and medicated.", ['bipolar']),
    ('I have a bad back from years of roofing.', ['bad back']),
    ("I'm deaf in my left ear, so seat me on the right.", ['deaf in my left ear']),
    ('i have adhd and dyslexia but i make it work', ['adhd', 'dyslexia']),
    ("I had a heart attack last year and I'm doing great now.", ['heart attack']),
    ('I have carpal tunnel in both wrists.', ['carpal tunnel in both wrists']),
    ("I'm on disability right now but I'm ready to work.", ['on disability']),
    ('I have sleep apnea, so I use a CPAP.', ['sleep apnea', 'CPAP']),
    ("I'm in therapy and it really helps.", ['in therapy']),
    ("I'm a little hard of hearing, so speak up.", ['a little hard of hearing']),
    ("I got sober in 2015 and I've never looked back.", ['I got sober in 2015']),
    ("I'm a veteran with PTSD and I'm proud of my service.", ['PTSD']),
    ('I was diagnosed with MS in 2018.', ['MS']),
    ("I've had three back surgeries.", ['three back surgeries']),
    ("I'm hearing impaired and I read lips.", ['hearing impaired', 'I read lips']),
    ("I have a lazy eye but it doesn't slow me down.", ['lazy eye']),
    ('I have a prosthetic arm.', ['prosthetic arm']),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_disability_health_is_found(redacted_spans, text, expected):
    assert redacted_spans(text, "DISABILITY_HEALTH") == expected


def test_disability_is_removed_without_a_trace(redact):
    # removal reads as if it had never been said: "a dyslexic vet assistant" == "a vet assistant"
    assert redact("I'm a dyslexic veterinary assistant.") == "I'm a veterinary assistant."


def test_a_treatment_clause_goes_with_its_subject(redact):
    text = "I finished treatment for breast cancer in 2020, and I came back stronger."
    assert redact(text) == "I came back stronger."


COUNTERFACTUAL_PAIRS = [
    ("I'm a dyslexic veterinary assistant.", "I'm a veterinary assistant."),
    ("I'm a blind chemistry major.", "I'm a chemistry major."),
    ("I'm an autistic, careful groomer.", "I'm a careful groomer."),
]  # fmt: skip


@pytest.mark.parametrize(("one", "other"), COUNTERFACTUAL_PAIRS)
def test_disability_removal_gives_the_same_output(redact, one, other):
    assert redact(one) == redact(other)


TRAPS = [
    ("I help patients with diabetes manage their insulin.", "patients with diabetes"),
    ("I'm a certified diabetes educator.", "certified diabetes educator"),
    ("I teach asthma and diabetes education classes.", "asthma and diabetes education"),
    ("I worked at the autism center as an ABA tech.", "autism center"),
    ("I support students with ADHD and dyslexia in small groups.", "students with ADHD and dyslexia"),
    ("My ADHD coaching business has twelve clients.", "ADHD coaching business"),
    ("We had a blind spot in our inventory process.", "blind spot"),
    ("Our company does blind screening of resumes.", "blind screening"),
    ("I ran a double-blind study in my psych lab.", "double-blind study"),
    ("I'm not blind to the problems on our line.", "blind to the problems"),
    ("The manager turned a deaf ear to complaints.", "deaf ear"),
    ("I restored depression-era furniture for a vintage shop.", "depression-era furniture"),
    ("I know how to respond to a seizure as a lifeguard.", "respond to a seizure"),
    ("We sold candy cane cookies and cane sugar lemonade.", "candy cane cookies and cane sugar"),
    ("My freestyle stroke technique got me on the swim team.", "stroke technique"),
    ("I book accommodations for our traveling nurses.", "book accommodations"),
    ("I have a dog walker for my own dogs on long shifts.", "dog walker"),
    ("I give insulin to diabetic cats at the clinic.", "diabetic cats"),
    ("It was a stroke of luck that I found this job.", "stroke of luck"),
    ("I have three years clean driving record.", "clean driving record"),
    ("I'm fluent in ASL and I interpret for the deaf community.", "deaf community"),
    ("I handle medication counts at the pharmacy.", "medication counts"),
    ("I'm a hearing aid specialist at a big box store.", "hearing aid specialist"),
    ("I fit hearing aids for older patients.", "fit hearing aids"),
    ("I worked in the recovery room at a surgical center.", "recovery room"),
    ("I managed a sober living facility for two years.", "sober living facility"),
    ("I'm a recovery coach at a treatment center.", "recovery coach"),
    ("I teach kids on the spectrum at a special ed school.", "kids on the spectrum"),
    ("I'm certified in mental health first aid.", "mental health first aid"),
    ("I'm a mental health technician on a psych unit.", "mental health technician"),
    ("I know the allergy protocols for every dish.", "allergy protocols"),
    ("I put my heart and soul into every cake.", "heart and soul"),
    ("I got my AED and oxygen administration certification.", "oxygen administration"),
    ("I trained a therapy dog for the children's hospital.", "therapy dog"),
    ("I did rehab nursing for three years.", "rehab nursing"),
    ("I worked with my back to the wall all night.", "my back to the wall"),
    ("I run the dialysis unit schedule.", "dialysis unit"),
    ("I managed a sober living house.", "sober living house"),
    ("I've been sober-minded about budgets my whole career.", "been sober-minded"),
    ("I have an MS in data science from a state school.", "MS in data science"),
    ("I'm a cook with ten years of experience.", "cook with ten years"),
    ("I dealt with a lot of depression-era buildings in restoration work.", "a lot of depression-era buildings"),
    # round 5: jobs and vehicles named for the riders they serve
    ("I worked as an ambulance driver and wheelchair van attendant.", "wheelchair van attendant"),
    ("I was a wheelchair agent at the airport for a year.", "wheelchair agent"),
    ("I'm a wheelchair transport driver for a dialysis center.", "wheelchair transport driver"),
    ("I do wheelchair securement and tie-downs on every run.", "wheelchair securement"),
    ("I was a wheelchair repair tech at a medical supply shop.", "wheelchair repair tech"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "survives"), TRAPS)
def test_disability_health_traps_survive(redact, text, survives):
    assert survives in redact(text)


# Coverage audit: first-person sentences written from general knowledge of each kind of cue
# (not fitted to any transcript), and traps where similar words are job facts and stay.
COVERAGE_POSITIVES = [
    # red-team round: slang self-words, school supports, stays in hospital or rehab, benefits and restrictions, named aids, adaptive sport
    ("I'm a former meth addict, six years clean.", 'meth addict'),
    ("I'm an organ recipient, so I'm careful with my health.", 'organ recipient'),
    ('I had a speech delay as a kid, so I practice my phone voice.', 'speech delay'),
    ('I was born with one kidney and it has never slowed me down.', 'one kidney'),
    ('I drive a van with hand controls, so I get to any site.', 'van with hand controls'),
    ('I talk through my VRS line for interviews.', 'VRS line'),
    ("Honestly I'm a bit of an ADHDer, so lists are my best friend.", 'ADHDer'),
    ("i'm a spoonie, so i pace myself on long shifts", 'spoonie'),
    ("When I'm anxious I stim, so I keep my stim toys in my apron.", 'my stim toys'),
    ('Back in school I had an IEP for reading.', 'I had an IEP'),
    ('I was on a 504 plan in high school for my hearing.', 'on a 504 plan'),
    ('I had a lumbar fusion, so I keep loads under forty pounds.', 'lumbar fusion'),
    ('After my double mastectomy I went back to the bakery full time.', 'double mastectomy'),
    ('I was diagnosed with fibro last spring.', 'fibro'),
    ('ever since my hockey injury I run instead of skate', 'hockey injury'),
    ("I'm fully recovered from anorexia and I coach kids' swim now.", 'anorexia'),
    ('I was diagnosed late, at thirty, with ADHD.', 'ADHD'),
    ('I spent two weeks in a psychiatric hospital when I was twenty.', 'psychiatric hospital'),
    ("I did sixty days in rehab and I've been clean since.", 'days in rehab'),
    ("I'm on the liver transplant list, so I keep my phone on me.", 'on the liver transplant list'),
    ("I'm in a recovery program and it keeps me steady.", 'in a recovery program'),
    ("Because of my knees I'd prefer a role with some sitting.", 'Because of my knees'),
    ("I'm a burn survivor and I work the grill anyway.", 'burn survivor'),
    ('I did pulmonary rehab last winter.', 'pulmonary rehab'),
    ("I'm on peritoneal dialysis at night, so days are fine.", 'peritoneal dialysis'),
    ('I use a Dexcom, so my phone might buzz.', 'Dexcom'),
    ('I use VRS for phone calls.', 'VRS'),
    ('I use ZoomText on my work computer.', 'ZoomText'),
    ('My neurologist cleared me to drive in June.', 'neurologist'),
    ('I check my blood sugar before lunch.', 'blood sugar'),
    ("I'm on workers' comp until the end of the month.", "on workers' comp"),
    ("I was medically retired after my back surgery.", "back surgery"),  # ("medically retired": VETERAN)
    ('I have a permanent lifting restriction of twenty-five pounds.', 'lifting restriction'),
    ('I get SSDI right now and want to work part time.', 'I get SSDI'),
    ('I play wheelchair rugby on Sundays.', 'wheelchair'),  # the sport stays: 'I play rugby on Sundays'
    ('I went to the state school for the deaf until ninth grade.', 'school for the deaf'),
    ("I have GAD but it's well managed.", 'GAD'),
    ('I have dysautonomia, so I sit when I can.', 'dysautonomia'),
    ('I live in a group home and ride the bus to work.', 'live in a group home'),
    ('I have a learning difference, so written steps help me.', 'learning difference'),
    ('My job coach will come for my first week.', 'job coach'),
    ("I'm deafblind and I use a braille display.", 'deafblind'),
    ('I was in a really dark place in my twenties.', 'I was in a really dark place'),
    ("I'm a Special Olympics athlete in bowling.", 'Special Olympics athlete'),
    # round 4 (heldout10 classes)
    ("I'm Deaf, and I use an ASL interpreter for team meetings.", 'use an ASL interpreter for team meetings'),
    ('I lip-read pretty well, and I bring my own interpreter to trainings.', 'bring my own interpreter'),
    ("Since I'm hard of hearing, I do interviews with an interpreter.", 'with an interpreter'),
    ('I rely on a CART captioner for long lectures.', 'CART captioner for long lectures'),
    ('i communicate through a sign language interpreter', 'communicate through a sign language interpreter'),
    ("I walk with a slight limp, but I'm on my feet all shift.", 'walk with a slight limp'),
    ('I have a limp from a car accident when I was a kid.', 'limp from a car accident when I was a kid'),
    ('Honestly I limp a little on cold days.', 'limp a little'),
    ('I drag my right foot a bit after long days.', 'drag my right foot a bit'),
    ("I can't stand for long periods, so I'd rotate stations.", "can't stand for long periods"),
    ("I'm a little unsteady on my feet, so I skip ladders.", 'a little unsteady on my feet'),
    ('My balance is not great, so I stay off ladders.', 'My balance is not great'),
    ('i had polio as a toddler and it never held me back', 'polio'),
    ("I'm a meningitis survivor.", 'meningitis survivor'),
    ('After my aneurysm I retrained in payroll.', 'aneurysm'),
    ("I had Bell's palsy last year and I'm fully recovered.", "Bell's palsy"),
    ('My hearing loss from meningitis means I face customers.', 'meningitis'),
    ("I'm a careful, very visual deaf welder.", 'deaf'),
    ("I'm a stubborn old blind mechanic.", 'blind'),
    ('As a young autistic woman, I notice patterns.', 'autistic'),
    # round 3 (heldout8 classes)
    ("I was home caring for my husband through his ALS, and now I'm ready.", 'ALS'),
    ('I looked after my mom during her chemo last year.', 'chemo'),
    ('My wife beat her cancer last year, so I can work any shift.', 'cancer'),
    ("I'm Deaf, so my interpreter is voicing this for me.", 'my interpreter'),
    ('Quick note, my ASL interpreter will be with me at the interview.', 'my ASL interpreter'),
    ('On the floor, the only thing I need is a flashing light on the machine alarms, and I can teach ASL.', 'a flashing light on the machine alarms'),
    ("all I'd ask for is captions on the training videos.", 'captions on the training videos'),
    ("honestly the only thing I'd ask for is a sorting table I can roll under.", 'a sorting table I can roll under'),
    ('I just need a desk my chair can fit under.', 'a desk my chair can fit under'),
    ("I'd need a vibrating pager for the fire alarm.", 'vibrating pager for the fire alarm'),
    ('I have retinitis pigmentosa, so I work with JAWS on my laptop.', 'JAWS'),
    ('I have multiple sclerosis, so I work with Dragon on my laptop.', 'Dragon'),
    ("i'm legally blind and i use ZoomText at work", 'ZoomText'),
    ('I have bad arthritis in my hands, so I do everything with voice dictation software.', 'voice dictation software'),
    ('I have my OSHA ten and I am sober five years this October.', 'sober five years'),
    ('Nights actually work great with my NA meetings.', 'NA meetings'),
    ('I have a little arthritis in my hands, but I can lift the hotel pans.', 'arthritis in my hands'),
    ("Both my knees were replaced two years ago, so they're newer than the rest of me.", 'knees were replaced'),
    ('The VA has me at thirty percent for my back, but I carry my own ladders.', 'thirty percent for my back'),
    ("I have Crohn's disease so I just need to be near a restroom.", "Crohn's"),
    ('I wear a cochlear implant, so I might ask you to repeat things.', 'cochlear implant'),
    ("I have lupus but it's well managed.", 'lupus'),
    ('I was diagnosed with fibromyalgia a few years ago.', 'fibromyalgia'),
    ('I use a rollator on long days.', 'rollator'),
    ("I'm in recovery, five years clean.", 'five years clean'),
    ('I have OCD, which actually makes me great at inventory.', 'OCD'),
    ("I'm on the spectrum, and I'm really detail oriented.", 'on the spectrum'),
    ("I have a seizure disorder but I haven't had one in years.", 'seizure disorder'),
    ("I take lithium and I'm very stable now.", 'lithium'),
    ('I take Adderall for my focus.', 'Adderall'),
    ('I have PTSD from a car wreck.', 'PTSD'),
    ('I lost my left leg below the knee and I use a prosthetic.', 'prosthetic'),
    ("I'm deaf and I communicate in ASL.", 'deaf'),
    ("I'm low vision, so I use a screen reader.", 'low vision'),
    ('I have a guide dog named Ruby.', 'guide dog'),
    ("I'm on dialysis three days a week.", 'dialysis'),
    ("I had a stroke two years ago and I've fully recovered.", 'stroke'),
    ('I get chronic migraines sometimes.', 'migraines'),
    ('I live with bipolar disorder.', 'bipolar'),
    ("I'm a recovering alcoholic.", 'recovering alcoholic'),
    ('I have a traumatic brain injury from a car accident.', 'traumatic brain injury'),
    ("I have Tourette's, so sometimes I have tics.", 'Tourette'),
    ("I'm colorblind so I label the wires by number.", 'colorblind'),
    ('I have celiac disease so I bring my own lunch.', 'celiac'),
    ('I wear a hearing aid in my right ear.', 'hearing aid'),
    ('I wear an insulin pump.', 'insulin pump'),
    ("I had chemo last year and I'm in remission now.", 'chemo'),
    ("I had chemo last year and I'm in remission now.", 'remission'),
    ('I have asthma, so I carry an inhaler.', 'asthma'),
    ("I have an anxiety disorder and I've learned to manage it.", 'anxiety disorder'),
    ("I have a stammer but it doesn't affect my work.", 'stammer'),
    ("I have scoliosis, so I can't lift over thirty pounds.", 'scoliosis'),
    ("I'm on disability right now but I want to get back to work.", 'on disability'),
    ('i have a service dog for my seizures', 'service dog'),
    ("I'm partially sighted in one eye.", 'partially sighted'),
    ("I've got a pacemaker but it doesn't slow me down.", 'pacemaker'),
    ("I've had long COVID, so my stamina is still coming back.", 'long COVID'),
    ('I have sickle cell, so I stay hydrated.', 'sickle cell'),
    ("I'm a type one diabetic and I wear a CGM.", 'CGM'),
    ("I have MS, but most days you'd never know.", 'MS'),
    ("I'm on antidepressants and doing great.", 'antidepressants'),
    ('I use a white cane to get around.', 'white cane'),
    ("I'm an insulin dependent diabetic.", 'diabetic'),
    ('I have narcolepsy, so I need a regular schedule.', 'narcolepsy'),
    ("I'm on Vyvanse and it really helps me focus.", 'Vyvanse'),
    ("I take Suboxone and I've been stable for three years.", 'Suboxone'),
    ('I get around with a knee scooter right now after my surgery.', 'knee scooter'),
    ('I have an autoimmune disease, so I sometimes need a day.', 'autoimmune disease'),
    ("I'm a little hard of hearing in my left ear.", 'hard of hearing'),
    ('I have Ehlers-Danlos syndrome.', 'Ehlers-Danlos'),
    ('I had a heart transplant in twenty nineteen.', 'heart transplant'),
    ('I have a hearing dog named Biscuit.', 'hearing dog'),
    ('My own son has autism, so I know how to stay calm.', 'autism'),
    ('my daughter is deaf so I know some sign language', 'deaf'),
    ("My mom has dementia, so I'm patient with confused guests.", 'dementia'),
    ('My little brother has Down syndrome.', 'Down syndrome'),
    ('My husband has MS, so I need a steady schedule.', 'MS'),
    ('My grandpa had a stroke and I helped him recover.', 'a stroke'),
    ('My sister uses a wheelchair, so I notice accessibility.', 'uses a wheelchair'),
    ('My nephew is on the spectrum.', 'on the spectrum'),
    ("I use a wheelchair, so I'd just need a desk at sitting height.", 'use a wheelchair'),
    ("I use a wheelchair, so I'd just need a desk at sitting height.", 'a desk at sitting height'),
    ("I'd just need a stool at my station.", 'a stool at my station'),
    ("I'd need a chair behind the register.", 'a chair behind the register'),
    ("All I'd need is a ramp at the back entrance.", 'a ramp at the back entrance'),
    ("I'd need a few extra breaks to check my sugar.", 'a few extra breaks'),
    ('I would need captions on training videos.', 'captions on training videos'),
    ('I ride a mobility scooter on long days.', 'ride a mobility scooter'),
    ('i get around in a power chair', 'get around in a power chair'),
    ('I walk with two canes most days.', 'walk with two canes'),
    # round 2
    ("I have epilepsy, it's controlled, I'd just ask for a table away from the flashing slot signs if that's possible.", 'a table away from the flashing slot signs'),
    ("I'd just ask for a spot away from the loud donation bell.", 'a spot away from the loud donation bell'),
    ("the only thing I'd ask for is a quieter spot on the floor, or remote work", 'a quieter spot on the floor'),
    ("I'd need a desk far from the fryers, that's all.", 'a desk far from the fryers'),
    ("the one thing I'd need is ZoomText on my workstation, and otherwise I'm ready.", 'ZoomText on my workstation'),
    ("I'd need JAWS on the computer.", 'JAWS on the computer'),
    ("the one thing I'd need is a desk my wheelchair fits under, and otherwise I'm ready.", 'a desk my wheelchair fits under'),
    ("so the only thing I'd ask for is a desk my chair fits under, or remote work", 'desk my chair fits under'),
    ("I have ADHD, so I work best with headphones in while I'm cutting.", "headphones in while I'm cutting"),
    ("For staff meetings I'd need an interpreter or captions.", 'an interpreter or captions'),
    ('My only accommodation is a phone that flashes when it rings.', 'My only accommodation is a phone that flashes when it rings'),
    ('I always face the customer, since I read lips a little myself.', 'since I read lips a little myself'),
    ('i can lip read pretty well', 'lip read'),
    ("they're good with accessibility requests since i use a wheelchair myself", 'since i use a wheelchair myself'),
    ('I get my care at the VA for tinnitus, so I wear double hearing protection.', 'tinnitus'),
    ("I'm red-green colorblind, so I lean on the meter.", 'red-green colorblind'),
    ("I'm an amputee with a below-knee prosthesis.", 'below-knee prosthesis'),
    ("I wear a prosthetic leg and I'm on my feet all day.", 'prosthetic leg'),
    ("Full disclosure, I'm in good health with no medical restrictions.", 'in good health'),
    ("Full disclosure, I'm in good health with no medical restrictions.", 'no medical restrictions'),
    ('Loud barking can overload me, so I keep my earplugs in.', 'Loud barking can overload me, so I keep my earplugs in'),
    ('bright lights overwhelm me sometimes', 'bright lights overwhelm me'),
]  # fmt: skip

COVERAGE_TRAPS = [
    # red-team round
    ('I know JAWS and ZoomText inside out from my help desk job.', 'ZoomText'),
    ('I use ZoomText to test pages for the county website.', 'ZoomText'),
    ('I stocked Omnipod and Dexcom supplies at the pharmacy.', 'Dexcom supplies'),
    ('I write IEPs for my caseload as a para.', 'IEPs'),
    ('I handed out stim toys to the kids in my ABA sessions.', 'stim toys'),
    ('I processed workers comp claims for the county.', 'workers comp claims'),
    ('I was a job coach for adults with autism.', 'job coach'),
    ('I worked nights at a group home as a DSP.', 'group home'),
    ("I checked residents' blood sugar as a med aide.", 'blood sugar'),
    ('I refereed wheelchair basketball games for the city league.', 'wheelchair basketball'),
    ('I cleaned classrooms at the school for the deaf.', 'school for the deaf'),
    ('I was at the psych hospital as a tech on nights.', 'psych hospital'),
    ('I filled out injury reports for the warehouse.', 'injury reports'),
    ('I ran injury prevention training for new hires.', 'injury prevention training'),
    ('I scheduled patients for cardiac rehab at the clinic.', 'cardiac rehab'),
    ('My PT license is active in two states.', 'PT license'),
    ('I volunteered as a coach at the Special Olympics.', 'Special Olympics'),
    # round 4 (heldout10 classes)
    ('As a nurse I use an interpreter line with patients.', 'interpreter line with patients'),
    ('I use an interpreter for my Spanish-speaking customers.', 'interpreter for my Spanish-speaking customers'),
    ('I work as a court interpreter for depositions.', 'court interpreter for depositions'),
    ('I have an interpreter license in two states.', 'interpreter license'),
    ('I brought an interpreter for the families at intake.', 'brought an interpreter'),
    ('I was a medical interpreter, interpreting Spanish for five years.', 'interpreting Spanish'),
    ('He gave me a limp handshake, so I laughed.', 'limp handshake'),
    ("I can't stand long lines, so I shop early.", "can't stand long lines"),
    ('I walk with customers to find the right aisle.', 'walk with customers'),
    ('I ran polio vaccination drives in the district.', 'polio vaccination drives'),
    ("I'm an experienced blind installer for a window company.", 'blind installer'),
    ("I'm a big fan of deaf culture.", 'deaf culture'),
    ("I'm a proud volunteer for blind skiers.", 'blind skiers'),
    # round 3 (heldout8 classes)
    ('As a medical scribe I use Dragon every shift.', 'Dragon'),
    ('I train clients on JAWS and NVDA at the vision center.', 'JAWS'),
    ('I helped a resident through her dementia with music.', 'dementia'),
    ('I work as a medical interpreter at the clinic.', 'interpreter'),
    ('I just renewed my interpreter certification.', 'interpreter certification'),
    ('I installed strobe lights for the fire alarms in the new wing.', 'strobe lights'),
    ('The only thing I need is a start date.', 'a start date'),
    ('I replaced both knees of the walking frame in the shop.', 'replaced both knees'),
    ('I worked as a caregiver for adults with autism.', 'adults with autism'),
    ('I cleaned the dialysis center every night.', 'dialysis center'),
    ("I'm a sign language interpreter.", 'sign language interpreter'),
    ('I stocked the hearing aid batteries at Walgreens.', 'hearing aid batteries'),
    ('I helped patients with their walkers on the rehab floor.', 'walkers'),
    ('I drove the wheelchair van for a senior center.', 'wheelchair van'),
    ('As a pharmacy tech I fill a lot of Adderall and lithium.', 'Adderall and lithium'),
    ("I'm certified in Mental Health First Aid.", 'Mental Health First Aid'),
    ('I did intake at a recovery center.', 'recovery center'),
    ('I know how to handle a patient having a seizure.', 'having a seizure'),
    ('I installed ADA ramps for a contractor.', 'ADA ramps'),
    ('I filed disability claims at the insurance office.', 'disability claims'),
    ('I installed window blinds for Home Depot.', 'window blinds'),
    ('We raised money for cancer research with a bake sale.', 'cancer research'),
    ('I trained on insulin pumps as a diabetes nurse tech.', 'insulin pumps'),
    ('I did chemo scheduling at the oncology clinic.', 'chemo scheduling'),
    ('I counted Suboxone in the pharmacy every night.', 'Suboxone'),
    ('I use oxygen and acetylene for cutting.', 'oxygen and acetylene'),
    ("I'm on prep tonight so I'll be in early.", 'on prep'),
    ('I worked with kids with autism at a summer camp.', 'kids with autism'),
    ('I care for residents with dementia on the memory unit.', 'residents with dementia'),
    ('I helped patients who use wheelchairs transfer to bed.', 'use wheelchairs'),
    ("I'd need a ride to the site on the first day.", 'a ride'),
    ("I'd just need a start date and a uniform.", 'a start date'),
    ('I pushed patients in wheelchairs to radiology.', 'wheelchairs'),
    ('I wiped down the stools at the bar every night.', 'stools'),
    # round 2
    ("I'd need a ride to the site and a uniform in size large.", 'a ride to the site'),
    ("I'd ask for a spot on the night crew if possible.", 'a spot on the night crew'),
    ("I'd need a table saw and a miter saw for the job.", 'a table saw'),
    ('My patients with a below-knee prosthesis need gait training.', 'below-knee prosthesis'),
    ('I fit prosthetic legs as a certified prosthetist.', 'prosthetic legs'),
    ('We sell color blind friendly palettes.', 'color blind friendly'),
    ('The posting lists no physical restrictions.', 'no physical restrictions'),
    ("I wear ear protection on the line, it's the rule.", 'ear protection'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), COVERAGE_POSITIVES)
def test_coverage_disability_health_is_found(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, 'DISABILITY_HEALTH'), text, expected)


@pytest.mark.parametrize(("text", "survives"), COVERAGE_TRAPS)
def test_coverage_disability_health_traps_survive(redact, text, survives):
    assert survives in redact(text)


def test_a_link_word_left_dangling_by_a_removal_goes(redact):
    out = redact("Sign language is my first language, because my parents are both Deaf.")
    assert out == "Sign language is my first language."


# --- round 6 (heldout11/12 classes), own sentences: sign language used for this video, relay and TTY contact, recovery timelines ('clean since
# March of 2018'), vocational rehabilitation as a client, a better or worse ear or eye side
# (category None: redacted under any category, e.g. a custody schedule that decide merges)
ROUND6_POSITIVES = [
    ('DISABILITY_HEALTH', "Hi, the voice you hear is my interpreter, and I'm signing.", 'signing'),
    ('DISABILITY_HEALTH', "I'm Deaf, I'll be signing this whole video, and Maria is voicing for me.", 'signing'),
    ('DISABILITY_HEALTH', 'Just so you know I sign, and my interpreter speaks for me.', 'sign'),
    ('DISABILITY_HEALTH', 'i am signing this and my friend is voicing it', 'signing'),
    ('DISABILITY_HEALTH', "I'm signing in ASL and there are captions on this video.", 'signing'),
    ('DISABILITY_HEALTH', 'You can call me through video relay anytime.', 'video relay'),
    ('DISABILITY_HEALTH', 'Best way to reach me is the relay service, or text.', 'relay service'),
    ('DISABILITY_HEALTH', 'Call me through VRS, the number is on my resume.', 'VRS'),
    ('DISABILITY_HEALTH', 'please call my videophone, I answer in ASL', 'videophone'),
    ('DISABILITY_HEALTH', 'If you call, it will come through a relay operator.', 'relay operator'),
    ('DISABILITY_HEALTH', 'I use a TTY at home so calls might take a minute.', 'TTY'),
    ('DISABILITY_HEALTH', 'I use a CapTel phone so I can read what you say.', 'CapTel'),
    ('DISABILITY_HEALTH', "For meetings I'd need live captioning or CART.", 'captioning'),
    ('DISABILITY_HEALTH', "Call me through the video relay service, I'll pick up.", 'video relay service'),
    ('DISABILITY_HEALTH', "I'm in recovery, clean since March of twenty eighteen.", 'clean since March of twenty eighteen'),
    ('DISABILITY_HEALTH', "I've been clean since two thousand nineteen.", 'clean since two thousand nineteen'),
    ('DISABILITY_HEALTH', 'i been clean going on six years now', 'clean going on six years'),
    ('DISABILITY_HEALTH', 'My clean date is June twelfth, twenty twenty.', 'clean date'),
    ('DISABILITY_HEALTH', "I've been sober since the summer of 2017.", 'sober since the summer of 2017'),
    ('DISABILITY_HEALTH', "I haven't had a drink since twenty sixteen.", "haven't had a drink since twenty sixteen"),
    ('DISABILITY_HEALTH', "I've got four years clean and I sponsor other guys now.", 'four years clean'),
    ('DISABILITY_HEALTH', "I've been clean for three years this May.", 'clean for three years'),
    ('DISABILITY_HEALTH', 'My sobriety birthday is in October.', 'sobriety birthday'),
    ('DISABILITY_HEALTH', "I've been off drugs since 2015 and never looked back.", 'off drugs since 2015'),
    (None, 'I got my VA vocational rehab counselor to pay for the course.', 'vocational rehab'),
    ('DISABILITY_HEALTH', 'Voc rehab paid for my CDL school.', 'Voc rehab'),
    ('DISABILITY_HEALTH', 'I went through vocational rehabilitation after my injury.', 'vocational rehabilitation'),
    ('DISABILITY_HEALTH', 'My VR counselor helped me find this posting.', 'VR counselor'),
    ('DISABILITY_HEALTH', 'The Department of Rehabilitation covered my tools.', 'Department of Rehabilitation'),
    ('DISABILITY_HEALTH', "I'm on the Ticket to Work program right now.", 'Ticket to Work'),
    ('DISABILITY_HEALTH', "Just tap my shoulder on my good ear side when it's loud.", 'good ear side'),
    ('DISABILITY_HEALTH', "Talk into my good ear, the right one, and we're fine.", 'good ear'),
    ('DISABILITY_HEALTH', 'My left ear is my bad ear, so I sit on the left end of the table.', 'bad ear'),
    ('DISABILITY_HEALTH', "I can't hear out of my left ear at all.", "can't hear out of my left ear"),
    ('DISABILITY_HEALTH', 'I only see out of my right eye, but I drive fine.', 'only see out of my right eye'),
    ('DISABILITY_HEALTH', "Stand on my right, that's my good side for hearing.", 'good side for hearing'),
    ('DISABILITY_HEALTH', "I'm deaf in my left ear from the artillery.", 'deaf in my left ear'),
    ('DISABILITY_HEALTH', "I'm hard of hearing, so my left ear is basically deaf.", 'left ear is basically deaf'),
    ('DISABILITY_HEALTH', 'I have no hearing in my right ear since the blast.', 'no hearing in my right ear'),
    ('DISABILITY_HEALTH', 'i been clean since twenty nineteen and i sponsor now', 'clean since twenty nineteen'),
    ('DISABILITY_HEALTH', "I'm in recovery, I've been off pills for four years.", 'off pills for four years'),
    ('DISABILITY_HEALTH', "I'm in recovery, sober since March of 2020.", 'sober since March of 2020'),
    ('DISABILITY_HEALTH', "I haven't used in five years and I'm proud of it.", "haven't used in five years"),
    ('DISABILITY_HEALTH', 'The vocational rehabilitation program paid for my forklift class.', 'vocational rehabilitation'),
    ('DISABILITY_HEALTH', 'Text me or reach me on my videophone.', 'videophone'),
]  # fmt: skip

ROUND6_TRAPS = [
    ('I signed off on every work order before close.', 'signed off on'),
    ("I'm signing up for the night shift rotation.", 'signing up'),
    ('I was signing for deliveries at the front desk.', 'signing for deliveries'),
    ('I ran the relay race in high school track.', 'relay race'),
    ('I installed protective relays at the substation.', 'protective relays'),
    ("I'm a Sign Language interpreter at the community college.", 'Sign Language interpreter'),
    ('I worked as a VRS interpreter for Sorenson for two years.', 'VRS interpreter'),
    ('I programmed relay logic for the conveyors.', 'relay logic'),
    ("I'm a vocational rehab counselor at the state agency.", 'vocational rehab counselor'),
    ('I set up captioning for the company webinars.', 'captioning'),
    ('I write captions for our Instagram posts.', 'captions'),
    ('I keep the shop clean since we get inspected monthly.', 'clean'),
    ('The bathroom has been clean since March thanks to my checklist.', 'clean since March'),
    ("I've been running the register since March of twenty eighteen.", 'since March of twenty eighteen'),
    ('My good side is I never quit.', 'good side'),
    ('I caught the relay signal issue on the train.', 'relay signal'),
    ('I can hear the difference when a bearing starts to go.', 'hear the difference'),
    ("I'd eyeball the weld first, then check with a gauge.", 'eyeball'),
    ('I work the TTY line at the 911 center and answer Deaf callers.', 'TTY line'),
    ('I handled vocational rehab referrals at the clinic.', 'vocational rehab referrals'),
    ('I sign the checks and handle payroll.', 'sign the checks'),
    ("We're signing the lease next week for the new store.", 'signing the lease'),
    ("I'm an ASL interpreter, and when I'm signing, I keep my face expressive.", "when I'm signing"),
    ('I use a relay to switch the pump on and off.', 'relay'),
    ('I use the TTY at the 911 center to take calls from Deaf callers.', 'TTY'),
    ('I have a TTY machine at the front desk for guests.', 'TTY machine'),
    ("I've got a good eye for detail and a good ear for accents.", 'good eye'),
    ('My good eye for detail is why they put me on QC.', 'good eye for detail'),
    ('I worked at the Department of Rehabilitation as a file clerk.', 'Department of Rehabilitation'),
    ('I worked for the California Department of Corrections and Rehabilitation.', 'Corrections and Rehabilitation'),
    ('I got a ticket to work the Super Bowl concessions.', 'ticket to work'),
    ("I've been clean shaven since the Army, it's just easier.", 'clean shaven'),
    ('Our kitchen has been clean for ninety days straight on audits.', 'clean for ninety days'),
    ('I kept my record clean for five years, no accidents.', 'clean for five years'),
    ('I read the contract and I signed. Then the interpreter showed up for the next client.', 'I signed'),
    ("I'm fluent in ASL and I sign with Deaf customers every day.", 'I sign'),
    ('My driving record has been clean since 2015.', 'clean since 2015'),
    ("I've kept the truck clean since day one.", 'clean since day one'),
    ('I handled relay calls and TTY calls for the state.', 'relay calls'),
]  # fmt: skip


@pytest.mark.parametrize(("category", "text", "expected"), ROUND6_POSITIVES)
def test_round6_disability_health_is_found(redacted_spans, category, text, expected):
    assert_redacted(redacted_spans(text, category), text, expected)


@pytest.mark.parametrize(("text", "survives"), ROUND6_TRAPS)
def test_round6_disability_health_traps_survive(redact, text, survives):
    assert survives in redact(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hi, I'm Elliot, a Deaf GIS technician with three years at the county.", "a GIS technician"),
        ("As a blind coder, I test screen readers.", "As a coder"),
    ],
)
def test_disability_word_in_an_appositive_is_removed(redact, text, expected):
    assert expected in redact(text)


@pytest.mark.parametrize("text", ["I check the blind spot, a deaf ear is bad for sales.", "As a blind taste tester, I rate sauces."])
def test_blind_spot_and_deaf_ear_stay(redact, text):
    out = redact(text)
    assert "blind" in out


# --- uncased, unpunctuated speech (truecase.py): the capitals and the commas a writer would put are
# missing ("i'm polish i moved here", "i'm a widow two grandkids and"); each sentence gets a
# clause of its own so the transcript is long enough to be read as uncased
UNCASED_MORE = " and i can work any shift you need on weekends"

UNCASED_DISABILITY_HEALTH_POSITIVES = [
    ('DISABILITY_HEALTH', 'i have ms so i take the stairs slow but i never miss a shift', 'ms'),
    ('DISABILITY_HEALTH', "my dad has parkinson's so i leave by six", "parkinson's"),
    ('DISABILITY_HEALTH', 'my na meetings are on tuesday nights', 'na meetings'),
    ('DISABILITY_HEALTH', "i'm low vision so i use jaws at my desk", 'jaws'),
]  # fmt: skip

UNCASED_DISABILITY_HEALTH_TRAPS = [
    ('i know ms excel and ms word really well', 'ms excel'),
    ('we trained ms johnson on the new register', 'johnson'),
]  # fmt: skip


@pytest.mark.parametrize(("category", "text", "expected"), UNCASED_DISABILITY_HEALTH_POSITIVES)
def test_uncased_disability_health_is_found(redacted_spans, category, text, expected):
    text = text + UNCASED_MORE if text == text.lower() else text
    assert_redacted(redacted_spans(text, category), text, expected)


@pytest.mark.parametrize(("text", "survives"), UNCASED_DISABILITY_HEALTH_TRAPS)
def test_uncased_disability_health_traps_survive(redact, text, survives):
    text = text + UNCASED_MORE if text == text.lower() else text
    assert survives in redact(text)


# --- z-round: how one takes part said with what works best, screen readers used, a desk asked
# for with what it is for
ZROUND_DISABILITY_POSITIVES = [
    ("For the interview, Zoom with captions turned on works best for me. Thank you!", "with captions turned on"),
    ("for the interview a video call with captions on works best for me", "with captions on"),
    ("A video call with an ASL interpreter is easiest for me.", "with an ASL interpreter"),
    ("I use a screen reader, so please send documents as Word files.", "use a screen reader"),
    ("I need a sit-stand desk for my back.", "sit-stand desk for my back"),
    ("I'd need a standing desk for my knees but that's it.", "standing desk for my knees"),
]  # fmt: skip

ZROUND_DISABILITY_TRAPS = [
    ("I turned on captions for our training videos and cut complaints in half.", "captions"),
    ("I do accessibility testing with screen readers like JAWS and NVDA.", "screen readers"),
    ("I use screen readers to test every page before release.", "screen readers"),
    ("I built a sit-stand desk for the shop office.", "sit-stand desk"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ZROUND_DISABILITY_POSITIVES)
def test_zround_disability_is_found(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, "DISABILITY_HEALTH"), text, expected)


@pytest.mark.parametrize(("text", "survives"), ZROUND_DISABILITY_TRAPS)
def test_zround_disability_traps_survive(redact, text, survives):
    assert survives in redact(text)
# --- probe round c: indirect cues written for a probe of first-person video-resume sentences
# (own sentences, cased and lower-case unpunctuated), with job facts that look alike as traps.
from .spans import assert_not_redacted as _c_kept, assert_redacted as _c_found  # noqa: E402

PROBE_C_POSITIVES = [
    ("I've worn hearing aids since my railroad days.", 'hearing aids'),
    ('i wear hearing aids so please face me', 'hearing aids'),
    ('I lost two fingers on my left hand in a baler accident.', 'lost two fingers'),
    ('i had a breakdown a few years ago but im doing great now', 'had a breakdown'),
    ("I had a nervous breakdown in college and I'm doing great now.", 'nervous breakdown'),
    ('i had my gallbladder out last month but im back to normal', 'gallbladder out'),
    ('I have an autoimmune condition that flares sometimes.', 'flares'),
    ('I have type 2 diabetes and I check my sugar on breaks.', 'check my sugar'),
    ('I go to dialysis on Mondays and Thursdays.', 'dialysis'),
    ("i have sleep apnea and use a cpap so i'm well rested", 'cpap'),
    ("I had COVID twice and some lung damage, but I'm fine now.", 'lung damage'),
    ('I wear an insulin pump and a glucose monitor.', 'glucose monitor'),
    ("I'm a member of Alcoholics Anonymous and I've been sober six years.", 'Alcoholics Anonymous'),
    ('i go to narcotics anonymous on mondays', 'narcotics anonymous'),
    ("I've got fibromyalgia, so some days I have flare-ups, but I never miss a shift.", 'flare-ups'),
    ('i have lupus and some weeks my joints flare up but i can work from home', 'joints flare up'),
    ("When my Crohn's flares I work from home as a remote bookkeeper.", "Crohn's flares"),
    ("I see a therapist every week for anxiety, and it's made me a better cashier.", 'anxiety'),
    ("i see a counselor for depression and i'm a dependable night auditor", 'depression'),
    ("I had a stroke and did months of physical therapy, and now I'm back doing bookkeeping.", 'physical therapy'),
    ('i went through six months of occupational therapy after the accident', 'occupational therapy'),
    ("I'm a recovering alcoholic with six years of sobriety, and I run a food truck.", 'sobriety'),
    ("I keep my diabetes controlled with insulin and I've never missed a delivery.", 'insulin'),
]  # fmt: skip

PROBE_C_TRAPS = [
    ("I'm a hearing aid specialist at Costco.", 'hearing aid specialist'),
    ('I lost my hand-held scanner twice as a stocker, then I labeled it.', 'hand-held scanner'),
    ('I had a breakdown on the highway with the box truck and handled the tow.', 'box truck'),
    ('The truck had a breakdown, so I rerouted deliveries.', 'rerouted deliveries'),
    ("I'm a dialysis technician at Fresenius.", 'dialysis technician'),
    ('I delivered walkers and CPAP machines for a medical supply company.', 'medical supply company'),
    ('I repaired hail damage and water damage as a roofer.', 'water damage'),
    ('I check my email first thing every morning.', 'check my email'),
    ('I was an intake clerk at a recovery center.', 'intake clerk'),
    ("I'm a physical therapy assistant at an outpatient clinic.", 'physical therapy assistant'),
    ('I handled flare-ups of angry customers at the returns counter.', 'flare-ups'),
    ('As a pharmacy technician I filled insulin orders for the clinic.', 'insulin orders'),
    ('I worked sobriety checkpoints as a traffic officer.', 'sobriety checkpoints'),
    ("I'm a hearing aid specialist at Costco.", 'hearing aid specialist'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PROBE_C_POSITIVES)
def test_probe_c_disability_health_is_found(redacted_spans, text, expected):
    _c_found(redacted_spans(text, 'DISABILITY_HEALTH'), text, expected)


@pytest.mark.parametrize(("text", "kept"), PROBE_C_TRAPS)
def test_probe_c_disability_health_traps_kept(redacted_spans, text, kept):
    _c_kept(redacted_spans(text), text, kept)


# --- e-round (heldout16 classes, own sentences): aids worn or used over time ("I've worn hearing
# aids since"), a CGM in speech, digits and limbs lost with their hand, amputations of one's own
EROUND_DISABILITY_POSITIVES = [
    ("I've worn hearing aids since my army days.", "hearing aids"),
    ("i've worn hearing aids since i was a kid", "hearing aids"),
    ("I've been wearing a knee brace since last spring.", "knee brace"),
    ("I've used a cane since 2019, and I still walk the whole floor.", "cane"),
    ("i've been using a walker for about two years", "walker"),
    ("i wear a cgm so my phone buzzes sometimes", "cgm"),
    ("I wear a CGM, so I check my phone now and then.", "CGM"),
    ("I've had a prosthetic leg since I was twelve.", "prosthetic leg"),
    ("I lost two fingers on my right hand in a corn picker.", "lost two fingers on my right hand"),
    ("i lost my left thumb in a table saw accident", "lost my left thumb"),
    ("I lost the tips of two fingers at the sawmill.", "lost the tips of two fingers"),
    ("I've lost most of my hearing from the jackhammers.", "lost most of my hearing"),
    ("I had my leg amputated below the knee after the crash.", "had my leg amputated below the knee"),
    ("i had my right foot amputated in 2015", "had my right foot amputated"),
    ("My left arm was amputated above the elbow.", "left arm was amputated above the elbow"),
    ("I'm missing the tips of two fingers on my right hand.", "missing the tips of two fingers on my right hand"),
    ("i'm missing the tip of my right index finger", "missing the tip of my right index finger"),
    ("i've had hearing aids since i was a kid", "hearing aids"),
    ("I've had a cochlear implant since I was two.", "cochlear implant"),
    ("I've relied on a cane for years.", "cane"),
    ("i had two toes amputated from frostbite", "had two toes amputated"),
    ("i wear an omnipod and a dexcom", "dexcom"),
]  # fmt: skip

EROUND_DISABILITY_TRAPS = [
    ("I fit hearing aids and program them for our patients.", "fit hearing aids"),
    ("As a hearing instrument specialist I fit hearing aids all day.", "fit hearing aids"),
    ("I lost two pallets off the truck my first week.", "lost two pallets"),
    ("I drove a left hand drive truck overseas.", "left hand drive"),
    ("I've worn many hats at this company.", "worn many hats"),
    ("I've used a forklift since 2019.", "used a forklift"),
    ("I had my wisdom teeth removed last year.", "wisdom teeth removed"),
    ("Patients who had a leg amputated need careful wound care.", "leg amputated"),
    ("I assisted with amputations in the OR as a surgical tech.", "amputations"),
    ("i lost two customers to a competitor and won them back", "lost two customers"),
    ("I had a walker route at the hospital delivering meals.", "walker route"),
    ("I had a port authority badge for two years.", "port authority"),
    ("I had a service dog training business.", "service dog training"),
    ("I use Dexcom Clarity to review patient data.", "Dexcom Clarity"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), EROUND_DISABILITY_POSITIVES)
def test_eround_disability_is_found(redacted_spans, text, expected):
    text = text + UNCASED_MORE if text == text.lower() else text
    assert_redacted(redacted_spans(text, "DISABILITY_HEALTH"), text, expected)


@pytest.mark.parametrize(("text", "survives"), EROUND_DISABILITY_TRAPS)
def test_eround_disability_traps_survive(redact, text, survives):
    text = text + UNCASED_MORE if text == text.lower() else text
    assert survives in redact(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I'm an autistic waitress.", "I'm a server."),
        ("I'm a dyslexic waitress.", "I'm a server."),
    ],
)
def test_eround_article_agrees_with_a_rewrite_after_a_removal(redact, text, expected):
    assert redact(text) == expected


# --- round j (heldout15 classes) ---------------------------------------------------------------
from .spans import assert_not_redacted as _j_kept, assert_redacted as _j_found  # noqa: E402

J_DISABILITY_HEALTH_POSITIVES = [
    ('I had a heart stent put in last spring and my cardiologist cleared me.', 'heart stent put in'),
    ('i had a heart stent put in last spring and i still climb ladders', 'heart stent put in'),
    ('I got a pacemaker implanted two years ago.', 'pacemaker implanted'),
    ("i've had two stents placed in 2019 and i feel great", 'two stents placed'),
    ('I had a plate and screws put in my ankle after the fall.', 'plate and screws put in my ankle'),
]  # fmt: skip

J_DISABILITY_HEALTH_TRAPS = [
    ('I put in stents for patients in the cath lab as a tech.', 'put in stents'),
    ('I had a new water heater put in for a client last spring.', 'new water heater'),
    ('I had the new panel put in last spring for the owner.', 'new panel'),
    ('i got the screws put in the deck boards before noon', 'screws put in the deck'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), J_DISABILITY_HEALTH_POSITIVES)
def test_j_disability_health_is_found(redacted_spans, text, expected):
    _j_found(redacted_spans(text, 'DISABILITY_HEALTH'), text, expected)


@pytest.mark.parametrize(("text", "kept"), J_DISABILITY_HEALTH_TRAPS)
def test_j_disability_health_traps_kept(redacted_spans, text, kept):
    _j_kept(redacted_spans(text), text, kept)


# --- helper A (heldout15/19/20 classes) ---------------------------------------------------------
from .spans import assert_not_redacted as _a_kept, assert_redacted as _a_found  # noqa: E402

A_DISABILITY_HEALTH_POSITIVES = [
    ("I'm 21, I'm a wheelchair-using transit nerd.", 'wheelchair-using'),
    ('As a wheelchair-using designer, I think about access on every project.', 'wheelchair-using'),
    ("I'm a cane-using bookkeeper with fifteen years of experience.", 'cane-using'),
    ("i'm a wheelchair using data analyst and i work best with a standing desk converted to sitting height", 'wheelchair using'),
]  # fmt: skip

A_DISABILITY_HEALTH_TRAPS = [
    ('I pushed a guest in a wheelchair using the ramp by the side entrance every morning as a hotel porter.', 'wheelchair using'),
    ('i helped a rider in a wheelchair using the lift on the number nine bus every single morning for two years and never missed a stop', 'wheelchair using'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), A_DISABILITY_HEALTH_POSITIVES)
def test_a_disability_health_is_found(redacted_spans, text, expected):
    _a_found(redacted_spans(text, "DISABILITY_HEALTH"), text, expected)


@pytest.mark.parametrize(("text", "kept"), A_DISABILITY_HEALTH_TRAPS)
def test_a_disability_health_traps_kept(redacted_spans, text, kept):
    _a_kept(redacted_spans(text), text, kept)


# --- helper C (heldout21/22 classes, own sentences) ---------------------------------------------
import pytest as _hc_pytest  # noqa: E402

from .spans import assert_not_redacted as _hc_kept, assert_redacted as _hc_found  # noqa: E402

C_DISABILITY_POSITIVES = [
    ('I have a bad right shoulder but I can still lift forty pounds.', 'bad right shoulder'),
    ('i got a bum left ankle from football so ladders are slow for me', 'bum left ankle'),
    ("I've got a weak lower back, so I use the lift assist.", 'weak lower back'),
    ('I have arthritis in my fingers, so I type with a split keyboard.', 'arthritis in my fingers'),
    ('i got gout in my toes some winters but i never miss a shift', 'gout in my toes'),
    ('I have tendinitis in my left elbow from years of wrenching.', 'tendinitis in my left elbow'),
    ("I've used a cane since my stroke in 2021 and I still drive.", "I've used a cane since my stroke in 2021"),
    ("i've needed a walker since the fall and i still run the front desk", "i've needed a walker since the fall"),
    ('I have used crutches since the accident, but I can sit at a desk all day.', 'I have used crutches since the accident'),
    ("I've worn a knee brace since my surgery in '21.", "I've worn a knee brace since my surgery in '21"),
    ("I'm living with type 1 diabetes, which means I snack on breaks.", 'living with type 1 diabetes'),
    ("i'm managing depression and that taught me patience with clients", 'managing depression'),
    ("I'm recovering from a brain injury, which is why I write everything down.", 'recovering from a brain injury'),
]  # fmt: skip

C_DISABILITY_TRAPS = [
    ('I fixed a bad left turn signal on the fleet van.', 'left turn signal'),
    ("I'm managing depression screenings for the clinic's patients.", 'depression screenings'),
    ('I have used a wheelchair lift since my first week at the transit agency.', 'wheelchair lift'),
    ('i help patients with arthritis in their hands pick adaptive tools at the pharmacy counter and i explain every option in plain words', 'arthritis in their hands'),
    ("I'm living with my cousin in Tulsa, which is close to the depot.", 'living with my cousin'),
]  # fmt: skip


@_hc_pytest.mark.parametrize(("text", "expected"), C_DISABILITY_POSITIVES)
def test_c_disability_is_found(redacted_spans, text, expected):
    _hc_found(redacted_spans(text, "DISABILITY_HEALTH"), text, expected)


@_hc_pytest.mark.parametrize(("text", "kept"), C_DISABILITY_TRAPS)
def test_c_disability_traps_kept(redacted_spans, text, kept):
    _hc_kept(redacted_spans(text, "DISABILITY_HEALTH"), text, kept)


def test_c_living_with_condition_reads_whole(redact):
    out = redact("I'm living with bipolar disorder, which is why I care about this work.")
    assert "living with" not in out and "bipolar" not in out


# --- helper E (heldout24/25 classes, own sentences) ---------------------------------------------
from .spans import assert_not_redacted as _e_kept, assert_redacted as _e_found  # noqa: E402

E_DISABILITY_POSITIVES = [
    ("I can't work nights because of seizures.", 'seizures'),
    ('i stopped driving trucks because of diabetes', 'diabetes'),
    ('I quit roofing due to vertigo.', 'vertigo'),
    ("I had skin cancer two years ago and I'm fine now.", 'had skin cancer'),
    ('i survived leukemia as a kid', 'survived leukemia'),
    ('I had cancer in my twenties.', 'had cancer'),
    ("I'm managing a brain injury, but I'm cleared to work.", 'managing a brain injury'),
    ("i'm living with ptsd and i do really well on steady shifts", 'living with ptsd'),
    ("I'm recovering from lung cancer and ready to come back.", 'recovering from lung cancer'),
    ("I'm healthy, so heavy lifting is fine.", 'healthy'),
    ('i am in good health, and i never call out', 'in good health'),
    ("I'm perfectly healthy, no restrictions at all.", 'healthy'),
    ("I don't hear well in my right ear, so talk to my left.", 'hear well in my right ear'),
    ('i cant see much out of my left eye but i drive fine', 'see much out of my left eye'),
    ("I can't hear anything out of one ear.", 'hear anything out of one ear'),
    ("I'm the one-legged guy on the bike crew.", 'one-legged'),
    ('everybody calls me the one-eyed welder', 'one-eyed'),
    ("I'm a one-handed cook and nobody is faster.", 'one-handed'),
]  # fmt: skip

E_DISABILITY_TRAPS = [
    ('i could not finish the route because of the snowstorm so i helped the dispatch team reroute forty trucks across the county and we still made every delivery that night', 'the snowstorm'),
    ('We closed for months because of covid, and I kept the books.', 'covid'),
    ('I had cancer patients on my caseload for five years.', 'cancer patients'),
    ("I'm managing a team of twelve.", 'a team of twelve'),
    ('im managing a team of twelve at the warehouse and im dealing with a new inventory system rollout that we finish next month with the whole night crew on board', 'a team of twelve'),
    ("I'm healthy about boundaries at work.", 'healthy'),
    ('We serve healthy food at the cafe.', 'healthy food'),
    ('i cook healthy meals for the residents every day and i plan a menu that keeps everyone on their diets which the nurses say has really helped the whole unit', 'healthy meals'),
    ("I can't hear you very well on this line.", 'hear you very well'),
    ('i cant see the screen from the back of the warehouse so i moved the monitor closer to the dock and now the whole crew can read the pick lists easily', 'see the screen'),
    ('i fixed the one-armed bandit machines at the casino for six years and i can rebuild any coin mechanism you put in front of me in about an hour', 'one-armed bandit'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), E_DISABILITY_POSITIVES)
def test_e_disability_is_found(redacted_spans, text, expected):
    _e_found(redacted_spans(text, "DISABILITY_HEALTH"), text, expected)


@pytest.mark.parametrize(("text", "kept"), E_DISABILITY_TRAPS)
def test_e_disability_traps_kept(redacted_spans, text, kept):
    _e_kept(redacted_spans(text), text, kept)


# --- helper A (heldout28/29 classes: treatments, devices, surgeries, recovery, own sentences) ---
from .spans import assert_not_redacted as _ra_kept, assert_redacted as _ra_found  # noqa: E402

RA_DISABILITY_POSITIVES = [
    # treatments, medicines and devices said in passing
    ("I'm on blood thinners since my surgery, but I lift fine.", 'blood thinners'),
    ('My seizures are well controlled on Lamictal, so I can drive.', 'Lamictal'),
    ("i take adderall in the morning and i'm locked in all day", 'adderall'),
    ("i sleep with a cpap so i'm rested for early shifts", 'cpap'),
    ("I'm a medicated insomniac, so nights suit me.", 'medicated'),
    ('I use a C-PAP at night so I sleep great.', 'C-PAP'),
    ("i'm on suboxone and doing well at my new job", 'suboxone'),
    # an illness said vaguely
    ('I had a little heart thing in March, all good now.', 'a little heart thing'),
    ('after a minor health scare i take my walks seriously', 'a minor health scare'),
    ('My blood pressure thing is under control.', 'blood pressure thing'),
    # a stretch of treatment
    ('I did six weeks of physical therapy after my fall.', 'six weeks of physical therapy'),
    ("after three rounds of chemo i'm back to full strength", 'three rounds of chemo'),
    ('I had a year of rehab after the accident.', 'a year of rehab'),
    # a surgery named by what it fixed
    ('I had a gallbladder surgery last spring.', 'a gallbladder surgery'),
    ("i've had two knee surgeries but i squat fine", 'two knee surgeries'),
    ('I got shoulder surgery in 2021 and healed up.', 'shoulder surgery'),
    # recovery meetings and time in recovery
    ("I'm four years sober and I still go to meetings on Sundays.", 'meetings'),
    ('clean since 2019, and i attend meetings twice a week', 'meetings'),
    ("I'm sober, eight years in recovery, and proud of it.", 'eight years in recovery'),
    ("i'm sober, five years in recovery, and i mentor new guys", 'five years in recovery'),
    # the diagnosis word
    ('Since my lupus diagnosis I plan my energy.', 'Since my lupus diagnosis'),
    ('after my diagnosis i learned to pace myself', 'after my diagnosis'),
    ('With my MS diagnosis I still hike every weekend.', 'With my MS diagnosis'),
    # a disability word after "the only"
    ("I'm the only Deaf baker on the team.", 'Deaf'),
    ('i was one of the only blind welders in my class', 'blind'),
    ("I'm the first autistic supervisor they've had.", 'autistic'),
    # an induced condition
    ("I've got exercise-induced asthma, so I carry an inhaler.", 'exercise-induced asthma'),
    ('i get stress-induced migraines sometimes', 'stress-induced migraines'),
    ('My noise-induced hearing loss is mild.', 'noise-induced hearing loss'),
    # a condition said with "with" and its cause
    ("I'm fifty-five, a retired lineman, with some hearing loss from the shop floor, and I'm applying.", 'with some hearing loss from the shop floor'),
    ('i was a roofer for years with a little nerve damage from a fall but i work fine', 'with a little nerve damage'),
    ('Forty-eight, with mild tinnitus, and a steady hand.', 'with mild tinnitus'),
]  # fmt: skip

RA_DISABILITY_TRAPS = [
    ('i fill adderall prescriptions all day at the pharmacy counter and i double count every controlled substance before it leaves the window so our audits come back clean', 'adderall prescriptions'),
    ('As a respiratory therapist I set up CPAP machines for patients.', 'CPAP machines'),
    ("I'm chemo certified and work on an oncology floor.", 'chemo certified'),
    ("I'm on the lithium battery line at the plant.", 'lithium battery line'),
    ('we served a heart-healthy menu every week at the senior center and i planned the whole thing around what the dietitian recommended for the residents each month', 'heart-healthy menu'),
    ('i did two years of physical therapy aide work at a sports clinic where i set up the exercise stations and cleaned the tables between every single patient visit', 'physical therapy aide work'),
    ('I completed three years of PT school.', 'PT school'),
    ('i had a surgery rotation during my tech program where i learned to set up the back table and count every instrument twice before the first cut', 'surgery rotation'),
    ('i run the weekly safety meetings at the plant and i go to meetings with the union reps every month to go over the schedule and the overtime list', 'go to meetings with'),
    ("i spent three years in recovery room nursing at st luke's and i can titrate drips and manage airways while the anesthesia team hands off every patient to me", 'recovery room nursing'),
    ('After my team switched systems, I checked every diagnosis code on every chart.', 'diagnosis code'),
    ('i teach sign language to clients with some hearing loss from birth and to their families every week at the community center downtown on main street', 'clients with some hearing loss'),
    ('i check the blind spots on the trailers before the drivers pull out so i walk the whole lot twice every shift and log it for the yard manager', 'blind spots'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), RA_DISABILITY_POSITIVES)
def test_ra_disability_is_found(redacted_spans, text, expected):
    _ra_found(redacted_spans(text, "DISABILITY_HEALTH"), text, expected)


@pytest.mark.parametrize(("text", "kept"), RA_DISABILITY_TRAPS)
def test_ra_disability_traps_kept(redacted_spans, text, kept):
    _ra_kept(redacted_spans(text), text, kept)


# --- helper A2 (heldout31 classes, own sentences) ---------------------------------------------
from .spans import assert_not_redacted as _a2_kept, assert_redacted as _a2_found  # noqa: E402

A2_HEALTH_POSITIVES = [
    # a back or joint injury named as what ended the old work
    ('A herniated disc ended my roofing days, so I want a shop job.', 'herniated disc'),
    ('two bulging discs took me off the framing crew last year', 'bulging discs'),
    ('A torn rotator cuff pushed me out of drywall.', 'torn rotator cuff'),
    ('My slipped disc is why I moved to estimating.', 'slipped disc'),
]  # fmt: skip

A2_HEALTH_TRAPS = [
    ('i treated patients with herniated discs at the clinic and i taught them the core exercises so they could get back to lifting at work without flaring up again', 'herniated discs'),
    ('I rehabbed a lot of bulging discs and torn rotator cuffs as a PT aide at Select.', 'bulging discs'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), A2_HEALTH_POSITIVES)
def test_a2_health_is_found(redacted_spans, text, expected):
    _a2_found(redacted_spans(text, "DISABILITY_HEALTH"), text, expected)


@pytest.mark.parametrize(("text", "kept"), A2_HEALTH_TRAPS)
def test_a2_health_traps_kept(redacted_spans, text, kept):
    _a2_kept(redacted_spans(text), text, kept)
# --- round A3 ---
from .spans import assert_not_redacted as _a3_kept, assert_redacted as _a3_found  # noqa: E402

A3_DH_POSITIVES = [
    # one's own treatment told while asking for a schedule
    ('I do physical therapy for my knee on Tuesday mornings, so afternoons are best.', 'physical therapy'),
    ('i do dialysis monday wednesday friday mornings so i need afternoons', 'dialysis'),
    ('I get infusions every other Friday.', 'infusions'),
    ('I go to cardiac rehab three times a week until June.', 'cardiac rehab'),
    ('i have knee rehab on thursdays so mornings are out', 'knee rehab'),
    ("I've got my shoulder PT Tuesday mornings.", 'shoulder PT'),
    # the body part under treatment
    ('I do physical therapy for my left shoulder on Thursdays.', 'shoulder'),
    ('i get injections in my lower back every few months', 'lower back'),
    ('I still have rehab for my achilles twice a week.', 'achilles'),
]  # fmt: skip

A3_DH_TRAPS = [
    ('as a pta i do physical therapy on tuesdays and thursdays at the kessler clinic and i also handle the front desk scheduling for the whole team there', 'physical therapy'),
    ('I do physical therapy billing on Mondays and coding the rest of the week.', 'physical therapy billing'),
    ('I do dialysis for patients at DaVita Monday through Saturday.', 'dialysis'),
    ('I do rehab billing on Mondays for the clinic.', 'rehab billing'),
    ('as a physio assistant i do rehab on weekends and mornings at the sports clinic downtown and i book my own clients through the front desk software', 'rehab on weekends'),
    ('i do deliveries monday wednesday friday mornings for the bakery and weekends at the farmers market so my schedule is pretty full but flexible', 'deliveries'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), A3_DH_POSITIVES)
def test_a3_disability_health_is_found(redacted_spans, text, expected):
    _a3_found(redacted_spans(text, "DISABILITY_HEALTH"), text, expected)


@pytest.mark.parametrize(("text", "kept"), A3_DH_TRAPS)
def test_a3_disability_health_traps_kept(redacted_spans, text, kept):
    _a3_kept(redacted_spans(text), text, kept)
# --- round A4 ---
from .spans import assert_not_redacted as _a4_kept, assert_redacted as _a4_found  # noqa: E402

A4_DISABILITY_POSITIVES = [
    # a bad joint one came away with
    ('Came home from Iraq with a medal and a bum shoulder, but I lift fine.', 'bum shoulder'),
    ('i walked away with a bad back after the crash but i drive fine', 'bad back'),
    ('I retired with a pension and two bad knees.', 'two bad knees'),
]  # fmt: skip

A4_DISABILITY_TRAPS = [
    ('I helped a patient with a bad knee get to the bathroom safely.', 'helped a patient'),
    ('i came back with the parts and a bad attitude from the supplier but we finished the job on time and the customer signed off that same afternoon', 'a bad attitude'),
    ('The truck came back with a bad tire and a cracked mirror.', 'a bad tire'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), A4_DISABILITY_POSITIVES)
def test_a4_disability_is_found(redacted_spans, text, expected):
    _a4_found(redacted_spans(text, "DISABILITY_HEALTH"), text, expected)


@pytest.mark.parametrize(("text", "kept"), A4_DISABILITY_TRAPS)
def test_a4_disability_traps_kept(redacted_spans, text, kept):
    _a4_kept(redacted_spans(text), text, kept)
# --- round A5 ---
from .spans import assert_not_redacted as _a5_kept, assert_redacted as _a5_found  # noqa: E402

A5_DISABILITY_HEALTH_POSITIVES = [
    ('I\'ve got tinnitus and a creaky right knee from the army, but I\'m fine on stairs.', 'creaky right knee'),
    ('i have a wonky ankle from soccer so i wear good boots', 'wonky ankle'),
    ('As a blind developer I test with screen readers every day.', 'blind'),
    ('i\'ve worn two hearing aids since grade school', 'two hearing aids'),
    ('Being a one-handed cook taught me to set up my station smart.', 'one-handed'),
    ('i type one handed pretty fast', 'one handed'),
    ('I\'m a liver transplant recipient, so I get what patients feel.', 'liver transplant recipient'),
    ('since my heart attack at forty-one i walk every day', 'heart attack at forty-one'),
    ('I\'m legally blind but I read large print fine.', 'legally blind'),
    ('i have a disability rating for my back from the navy', 'rating for my back'),
    ('With my cochlear implants switched off I focus best.', 'cochlear implants switched off'),
    ('im epileptic but seizure free for three years now', 'seizure free for three years'),
]  # fmt: skip

A5_DISABILITY_HEALTH_TRAPS = [
    ('we had a cranky customer this morning and a busted register but i kept the line moving and stayed calm and friendly the whole shift until close', 'cranky customer'),
    ('I teach Deaf students at the county school.', 'Deaf students'),
    ('I fitted two hearing aids for a patient this morning.', 'two hearing aids'),
    ('The forklift has one-handed controls.', 'one-handed controls'),
    ('I cared for kidney transplant recipients on the unit.', 'kidney transplant recipients'),
    ('After my shift at six I go to the gym.', 'shift at six'),
    ('We run a drug-free workplace.', 'drug-free workplace'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), A5_DISABILITY_HEALTH_POSITIVES)
def test_a5_disability_health_is_found(redacted_spans, text, expected):
    _a5_found(redacted_spans(text, "DISABILITY_HEALTH"), text, expected)


@pytest.mark.parametrize(("text", "kept"), A5_DISABILITY_HEALTH_TRAPS)
def test_a5_disability_health_traps_kept(redacted_spans, text, kept):
    _a5_kept(redacted_spans(text), text, kept)

"""decide() and apply() on hand-made detections: no models, only the policy and the text.

Each test writes the detections a recognizer might have produced and checks the decisions and the
rewritten text. ``at(text, "Maya", "PERSON")`` builds a Detection over the first "Maya" in text.
"""

from __future__ import annotations

import pytest
import yaml

from pipelines.apply import apply
from pipelines.decide import decide
from pipelines.policy import Policy, load_policy
from pipelines.types import Decision, Detection
from policies import POLICY_DIR

DEFAULT = load_policy("default")


def at(text, sub, category, score=0.9, recognizer="TestRecognizer", nth=0, **extra) -> Detection:
    """A detection over the ``nth`` occurrence (0-based) of ``sub`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(sub, start + 1)
    return Detection(start, start + len(sub), category, score, recognizer, **extra)


def keep(text, sub, category="EMPLOYER", recognizer="EmployerContextRecognizer", nth=0) -> Detection:
    return at(text, sub, category, 0.9, recognizer, nth, kind="keep")


def policy(**changes) -> Policy:
    """The default policy with top-level keys replaced and ``categories`` rules updated."""
    raw = yaml.safe_load((POLICY_DIR / "default.yaml").read_text(encoding="utf-8"))
    for category, rule in changes.pop("categories", {}).items():
        raw["categories"][category].update(rule)
    raw.update(changes)
    return Policy.model_validate(raw)


def redact(text, detections, pol=DEFAULT) -> str:
    return apply(text, decide(text, detections, pol), pol).text


def spans(text, decisions: list[Decision]) -> list[tuple[str, str]]:
    return [(text[d.detection.start : d.detection.end], d.detection.category) for d in decisions]


# --- consistent placeholders ---------------------------------------------------------------------
def test_same_person_gets_the_same_number_everywhere():
    text = "Maya Lee here. Maya Lee loves data, and Sam Ortiz trained Maya Lee."
    found = [at(text, "Maya Lee", "PERSON", nth=i) for i in range(3)] + [at(text, "Sam Ortiz", "PERSON")]
    assert redact(text, found) == (
        "[Person1] here. [Person1] loves data, and [Person2] trained [Person1]."
    )


def test_first_name_surname_and_nickname_after_a_full_name_are_the_same_person():
    text = "I'm Kelsey Moore. Kelsey ran the shop; Moore is my family name; call me Kels. Ana Ruiz helped Kels."
    found = [
        at(text, "Kelsey Moore", "PERSON"),
        at(text, "Kelsey", "PERSON", nth=1),
        at(text, "Moore", "PERSON", nth=1),
        at(text, "Kels", "PERSON", nth=2),
        at(text, "Ana Ruiz", "PERSON"),
        at(text, "Kels", "PERSON", nth=3),
    ]
    assert redact(text, found) == (
        "I'm [Person1]. [Person1] ran the shop; [Person1] is my family name; "
        "call me [Person1]. [Person2] helped [Person1]."
    )


@pytest.mark.parametrize(
    "text, alias, expected",
    [
        ("I'm Harold Brennan, the drivers all call me Hank, and Dave Ortiz hired me.", "Hank",
         "I'm [Person1], the drivers all call me [Person1], and [Person2] hired me."),
        ("My name is Chukwuemeka Nwosu, but everybody at work says Obi. Dave Ortiz hired me.", "Obi",
         "My name is [Person1], but everybody at work says [Person1]. [Person2] hired me."),
        ("I'm Robert Lang. Dave Ortiz hired me, and I go by Skip on site.", "Skip",
         "I'm [Person1]. [Person2] hired me, and I go by [Person1] on site."),
        ("I'm Robert Lang, folks know me as Bo, and Dave Ortiz hired me.", "Bo",
         "I'm [Person1], folks know me as [Person1], and [Person2] hired me."),
        # not the speaker: someone else's name after "call" or "by"
        ("I'm Robert Lang. Dave Ortiz hired me, and I call Sam Ruiz every week.", "Sam Ruiz",
         "I'm [Person1]. [Person2] hired me, and I call [Person3] every week."),
        ("I'm Robert Lang. Dave Ortiz hired me; my partner goes by Skip.", "Skip",
         "I'm [Person1]. [Person2] hired me; my partner goes by [Person3]."),
    ],
)
def test_a_name_the_speaker_is_called_is_the_candidate(text, alias, expected):
    names = [n for n in ("Harold Brennan", "Chukwuemeka Nwosu", "Robert Lang") if n in text]
    found = [at(text, names[0], "PERSON"), at(text, "Dave Ortiz", "PERSON"), at(text, alias, "PERSON")]
    assert redact(text, found) == expected

def test_the_speakers_nickname_right_after_their_name_is_the_same_person():
    # "Hank" does not start "Harold": the cue says whose nickname it is, so "call me Hank" reads
    # like "call me Han" after "Hannah Brennan"; later "Hank" is the same person too
    text = "I'm Harold Brennan, the drivers all call me Hank, and Hank runs a tight dock. Dana Kim says hi."
    found = [
        at(text, "Harold Brennan", "PERSON"),
        at(text, "Hank", "PERSON"),
        at(text, "Hank", "PERSON", nth=1),
        at(text, "Dana Kim", "PERSON"),
    ]
    assert redact(text, found) == (
        "I'm [Person1], the drivers all call me [Person1], and [Person1] runs a tight dock. "
        "[Person2] says hi."
    )
    text = "My name is Obiageli Nwosu, but everybody at work says Obi."
    assert redact(text, [at(text, "Obiageli Nwosu", "PERSON"), at(text, "Obi", "PERSON", nth=1)]) == (
        "My name is [Person1], but everybody at work says [Person1]."
    )


def test_someone_elses_name_after_the_speakers_is_not_an_alias():
    text = "I'm Harold Brennan and I trained under Dana Kim."
    found = [at(text, "Harold Brennan", "PERSON"), at(text, "Dana Kim", "PERSON")]
    assert redact(text, found) == "I'm [Person1] and I trained under [Person2]."


def test_numbering_follows_order_of_appearance_not_order_of_detections():
    text = "Zoe met Abe in Ohio, then Abe went to Utah."
    found = [
        at(text, "Utah", "LOCATION"),
        at(text, "Abe", "PERSON", nth=1),
        at(text, "Ohio", "LOCATION"),
        at(text, "Abe", "PERSON"),
        at(text, "Zoe", "PERSON"),
    ]
    assert redact(text, found) == (
        "[Person1] met [Person2] in [Location1], then [Person2] went to [Location2]."
    )


def test_non_person_entities_are_the_same_when_their_words_are_the_same():
    text = "I moved from Lake Worth to Miami, and lake  worth is still home."
    found = [at(text, "Lake Worth", "LOCATION"), at(text, "Miami", "LOCATION"), at(text, "lake  worth", "LOCATION")]
    assert redact(text, found) == "I moved from [Location1] to [Location2], and [Location1] is still home."


def test_detections_with_one_entity_key_share_a_number():
    # A declared name and its garbled form ("Okafor" heard as "Kaffir") are one entity.
    text = "Okafor is my name; spell Kaffir as Okafor."
    key = "known:PERSON:brianna okafor"
    found = [at(text, "Okafor", "PERSON", entity_key=key), at(text, "Kaffir", "PERSON", entity_key=key)]
    found.append(at(text, "Okafor", "PERSON", entity_key=key, nth=1))
    assert redact(text, found) == "[Person1] is my name; spell [Person1] as [Person1]."


def test_custom_placeholder_template():
    text = "I'm Ana from Ohio."
    pol = policy(placeholder="<{category}#{n}>")
    assert redact(text, [at(text, "Ana", "PERSON"), at(text, "Ohio", "LOCATION")], pol) == (
        "I'm <PERSON#1> from <LOCATION#1>."
    )


# --- merging -------------------------------------------------------------------------------------
def test_overlapping_detections_become_one_redaction_covering_their_union():
    text = "I go to Mass at Our Lady of Guadalupe every week."
    found = [at(text, "Our Lady of", "RELIGION", 0.9), at(text, "Lady of Guadalupe", "LOCATION", 0.7)]
    decisions = decide(text, found, policy(rewrite={"attribute_adjuncts": "redact"}))
    assert spans(text, decisions) == [("Our Lady of Guadalupe", "RELIGION")]
    assert apply(text, decisions, DEFAULT).text == "I go to Mass at [Personal1] every week."
    # by default the phrase the union is the object of goes with it
    decisions = decide(text, found, DEFAULT)
    assert spans(text, decisions) == [("at Our Lady of Guadalupe", "RELIGION")]
    assert apply(text, decisions, DEFAULT).text == "I go to Mass every week."


def test_a_detection_inside_another_is_absorbed():
    text = "I went to Spelman College in Atlanta."
    found = [at(text, "Spelman College", "SCHOOL", 0.85), at(text, "Spelman", "PERSON", 0.7)]
    assert spans(text, decide(text, found, DEFAULT)) == [("Spelman College", "SCHOOL")]


def test_union_is_led_by_the_specific_recognizer_over_generic_ner_at_similar_scores():
    text = "I graduated from Rice last spring."
    found = [
        at(text, "Rice", "PERSON", 0.8, "SpacyNerRecognizer"),  # 0.8 - 0.15 generic penalty
        at(text, "Rice", "SCHOOL", 0.7, "SchoolRecognizer"),
    ]
    (decision,) = decide(text, found, DEFAULT)
    assert decision.detection.category == "SCHOOL"
    assert decision.detection.score == 0.8  # the merged score is the stronger claim's
    assert decision.detection.recognizer == "SpacyNerRecognizer+SchoolRecognizer"


@pytest.mark.parametrize(
    ("text", "parts", "expected"),
    [
        ("I'm Guatemalan American.", ["Guatemalan", "American"], "I'm [Personal1]."),
        ("I'm Guatemalan-American.", ["Guatemalan", "American"], "I'm [Personal1]."),
        ("I'm Guatemalan / American.", ["Guatemalan", "American"], "I'm [Personal1]."),
    ],
)
def test_same_category_neighbours_are_joined(text, parts, expected):
    found = [at(text, p, "NATIONALITY_ETHNICITY") for p in parts]
    assert len(decide(text, found, DEFAULT)) == 1
    assert redact(text, found) == expected


@pytest.mark.parametrize(
    ("text", "parts", "expected"),
    [
        ("I'm 72 and retired, and I like people.", [("72", "AGE"), ("retired", "AGE")], "I'm [Personal1], and I like people."),
        ("I'm married with two kids.", [("married", "FAMILY_STATUS"), ("two kids", "FAMILY_STATUS")], "I'm [Personal1]."),
        ("I'm 19, Mexican and Catholic.", [("19", "AGE"), ("Mexican", "NATIONALITY_ETHNICITY"), ("Catholic", "RELIGION")], "I'm [Personal1]."),
        # a clause boundary (a comma and a conjunction) keeps two placeholders
        ("I'm Catholic, and my wife's sister is a nurse.", [("Catholic", "RELIGION"), ("wife's sister", "FAMILY_STATUS")], "I'm [Personal1], and my [Personal2] is a nurse."),
        # people and places keep their own numbers
        ("Maya and Sam", [("Maya", "PERSON"), ("Sam", "PERSON")], "[Person1] and [Person2]"),
        ("Memphis and Nashville", [("Memphis", "LOCATION"), ("Nashville", "LOCATION")], "[Location1] and [Location2]"),
    ],
)
def test_attribute_cues_joined_by_a_joining_word_share_one_placeholder(text, parts, expected):
    found = [at(text, p, c) for p, c in parts]
    result = apply(text, decide(text, found, DEFAULT), DEFAULT)
    assert result.text == expected
    # the audit trail still lists every cue with its own category
    assert [r.category for r in result.redactions] == [c for _, c in parts]


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        # a comma separates two places: two entities ...
        ("Memphis, Nashville", [("Memphis", "LOCATION"), ("Nashville", "LOCATION")], 2),
        # ... unless the second is the state or country the first is in
        ("Memphis, Tennessee", [("Memphis", "LOCATION"), ("Tennessee", "LOCATION")], 1),
        ("Laoag, the Philippines", [("Laoag", "LOCATION"), ("Philippines", "LOCATION")], 1),
        # different categories side by side stay apart
        ("Maya Atlanta", [("Maya", "PERSON"), ("Atlanta", "LOCATION")], 2),
        # a word between them
        ("Maya and Sam", [("Maya", "PERSON"), ("Sam", "PERSON")], 2),
    ],
)
def test_neighbours_are_joined_only_across_spaces_or_a_place_and_its_region(text, found, expected):
    assert len(decide(text, [at(text, s, c) for s, c in found], DEFAULT)) == expected


# --- allow-list, deny-list, keep spans -----------------------------------------------------------
@pytest.mark.parametrize("employer", ["Wendy's", "WENDY'S", "wendy's", "Trader Joe's", "Jordan's Furniture"])
def test_allow_list_protects_text_from_sensitive_guesses(employer):
    text = f"I was a shift lead at {employer} for two years."
    first_word = employer.split("'")[0].split()[0]
    found = [at(text, first_word, "PERSON", 0.85, "SpacyNerRecognizer")]
    assert decide(text, found, DEFAULT) == []
    assert redact(text, found) == text


def test_allow_list_is_whole_word():
    # "Krogers" is not the allow-listed "Kroger"; a detection there is acted on.
    text = "Ask the Krogers next door."
    found = [at(text, "Krogers", "PERSON", 0.85)]
    assert spans(text, decide(text, found, DEFAULT)) == [("Krogers", "PERSON")]


def test_allow_list_does_not_protect_a_wider_detection():
    text = "My name is Wendy Kroger Smith."
    found = [at(text, "Wendy Kroger Smith", "PERSON", 0.85)]
    assert redact(text, found) == "My name is [Person1]."


def test_deny_list_adds_detections_with_policy_recognizer():
    pol = policy(deny_list=[{"text": "Lambda Theta", "category": "AFFINITY_GROUP"}])
    text = "I led Lambda Theta's food drive; lambda  theta raised $900."
    decisions = decide(text, [], pol)
    assert spans(text, decisions) == [("Lambda Theta", "AFFINITY_GROUP"), ("lambda  theta", "AFFINITY_GROUP")]
    assert {d.detection.recognizer for d in decisions} == {"PolicyDenyList"}
    assert {d.detection.score for d in decisions} == {1.0}
    assert apply(text, decisions, pol).text == (
        "I led [Personal1]'s food drive; [Personal2] raised $900."  # a shared label: one number a mention
    )


def test_deny_list_beats_keep_spans():
    pol = policy(deny_list=[{"text": "Harlan", "category": "PERSON"}])
    text = "I wired panels at Harlan Electric."
    found = [keep(text, "Harlan Electric")]
    assert redact(text, found, pol) == "I wired panels at [Person1] Electric."


def test_keep_span_beats_detector_guesses():
    text = "I worked the grill at Scenthound and charted in Epic."
    found = [
        keep(text, "Scenthound"),
        at(text, "Scenthound", "LOCATION", 0.8, "SpacyNerRecognizer"),
        keep(text, "Epic", "TOOL", "ToolContextRecognizer"),
        at(text, "Epic", "PERSON", 0.85, "NameGazetteerRecognizer"),
    ]
    assert decide(text, found, DEFAULT) == []


def test_keep_span_does_not_beat_a_known_identifier():
    text = "I worked with Jordan at the front desk."
    found = [
        keep(text, "Jordan"),
        at(text, "Jordan", "PERSON", 0.8, "SpacyNerRecognizer"),
        at(text, "Jordan", "PERSON", 1.0, "KnownIdentifierRecognizer", entity_key="known:PERSON:jordan"),
    ]
    decisions = decide(text, found, DEFAULT)
    assert spans(text, decisions) == [("Jordan", "PERSON")]
    assert "KnownIdentifierRecognizer" in decisions[0].detection.recognizer
    assert apply(text, decisions, DEFAULT).text == "I worked with [Person1] at the front desk."


def test_keep_span_protects_only_what_it_covers():
    # A keep span inside a wider sensitive detection does not save the detection.
    text = "I taught at Lincoln High School."
    found = [keep(text, "Lincoln"), at(text, "Lincoln High School", "SCHOOL", 0.85)]
    assert spans(text, decide(text, found, DEFAULT)) == [("Lincoln High School", "SCHOOL")]


# --- thresholds and actions ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("score", "threshold", "acted_on"),
    [(0.49, 0.5, False), (0.5, 0.5, True), (0.85, 0.9, False), (0.95, 0.9, True), (0.0, 0.0, True)],
)
def test_category_threshold_is_respected(score, threshold, acted_on):
    text = "I'm Ana."
    pol = policy(categories={"PERSON": {"threshold": threshold}})
    decisions = decide(text, [at(text, "Ana", "PERSON", score)], pol)
    assert bool(decisions) is acted_on


def test_thresholds_are_per_category():
    text = "Ana from Ohio"
    pol = policy(categories={"PERSON": {"threshold": 0.9}, "LOCATION": {"threshold": 0.3}})
    found = [at(text, "Ana", "PERSON", 0.6), at(text, "Ohio", "LOCATION", 0.6)]
    assert spans(text, decide(text, found, pol)) == [("Ohio", "LOCATION")]


def test_action_keep_leaves_the_category_alone():
    text = "I'm Ana, a Marine veteran from Ohio."
    pol = policy(categories={"VETERAN": {"action": "keep"}})
    found = [at(text, "Ana", "PERSON"), at(text, "Marine veteran", "VETERAN"), at(text, "Ohio", "LOCATION")]
    assert redact(text, found, pol) == "I'm [Person1], a Marine veteran from [Location1]."
    assert "[Personal1]" in redact(text, found, DEFAULT)


def test_each_decision_carries_its_category_action():
    text = "I'm Ana, dyslexic, and a waitress."
    found = [
        at(text, "Ana", "PERSON"),
        at(text, "dyslexic", "DISABILITY_HEALTH"),
        at(text, "waitress", "GENDER", neutral="server"),
    ]
    assert [d.action for d in decide(text, found, DEFAULT)] == ["redact", "remove", "neutralize"]


# --- remove --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "removed", "expected"),
    [
        ("I am dyslexic and fast.", "dyslexic", "I am fast."),  # "and" goes with the cue
        ("I am tall.", "tall", ""),  # nothing left of the sentence
        ("I am tall!", "tall", ""),
        ("I lift fifty pounds, and I'm tall, so racking is easy.", "tall", "I lift fifty pounds, so racking is easy."),
        ("Full disclosure, I'm tall.", "tall", "Full disclosure."),
        ("I was told I'm too tall, but I lift well.", "too tall", "I was told I'm, but I lift well."),
        ("I have ADHD; I use lists.", "ADHD", "I have; I use lists."),
    ],
)
def test_remove_deletes_the_words_and_the_space_before_them(text, removed, expected):
    # (APPEARANCE is a placeholder in the presets; here a policy that removes it, as one may)
    category = "APPEARANCE" if "tall" in removed else "DISABILITY_HEALTH"
    out = redact(text, [at(text, removed, category)], policy(categories={"APPEARANCE": {"action": "remove"}}))
    assert removed not in out
    assert "  " not in out and " ." not in out and " !" not in out and " ;" not in out and " ," not in out
    assert out == expected


def test_remove_between_commas_leaves_one_comma():
    text = "I'm organized, dyslexic, and fast."
    assert redact(text, [at(text, "dyslexic", "DISABILITY_HEALTH")]) == "I'm organized, and fast."


def test_remove_takes_the_comma_after_a_leading_adjective():
    text = "I'm a dyslexic, detail-oriented nurse."
    assert redact(text, [at(text, "dyslexic", "DISABILITY_HEALTH")]) == "I'm a detail-oriented nurse."


def test_remove_at_start_leaves_no_leading_space():
    text = "Dyslexic people think differently."
    out = redact(text, [at(text, "Dyslexic", "DISABILITY_HEALTH")])
    assert not out.startswith(" "), repr(out)


def test_remove_fixes_the_article_before_the_next_word():
    text = "I am an epileptic nurse."
    assert redact(text, [at(text, "epileptic", "DISABILITY_HEALTH")]) == "I am a nurse."


def test_remove_before_a_full_stop_takes_the_comma_before_it():
    text = "I face the customer when I talk, since I read lips. I live close by."
    found = [at(text, "since I read lips", "DISABILITY_HEALTH")]
    assert redact(text, found) == "I face the customer when I talk. I live close by."


def test_removed_sentence_takes_its_full_stop():
    text = "I face the customer. My only accommodation is a flashing phone. I live close by."
    found = [at(text, "My only accommodation is a flashing phone", "DISABILITY_HEALTH")]
    assert redact(text, found) == "I face the customer. I live close by."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Honestly, being autistic, dogs make sense to me.", "Honestly, dogs make sense to me."),
        ("Being autistic, I notice details.", "I notice details."),
        ("I think being autistic helps.", "I think being helps."),  # not a parenthesis: "being" stays
    ],
)
def test_a_parenthetical_being_goes_with_its_removed_adjective(text, expected):
    assert redact(text, [at(text, "autistic", "DISABILITY_HEALTH")]) == expected


def test_a_bare_i_between_two_attribute_cues_joins_them():
    text = "so during Lent I fast till noon"
    found = [at(text, "Lent", "RELIGION"), at(text, "fast", "RELIGION")]
    assert redact(text, found) == "so during [Personal1] till noon"


def test_being_before_an_attribute_placeholder_goes():
    text = "Honestly, being in the Army taught me to be early."
    assert redact(text, [at(text, "in the Army", "VETERAN")]) == "Honestly, [Personal1] taught me to be early."


# --- neutralize ----------------------------------------------------------------------------------
def test_neutralize_uses_the_detections_neutral_form():
    text = "She said the waitress was great."
    found = [at(text, "She said", "GENDER", neutral="They said"), at(text, "waitress", "GENDER", neutral="server")]
    assert redact(text, found) == "They said the server was great."


def test_neutralize_falls_back_to_the_neutral_lexicon():
    text = "I was a Waitress and a salesman."
    found = [at(text, "Waitress", "GENDER"), at(text, "salesman", "GENDER")]
    assert redact(text, found) == "I was a Server and a salesperson."


def test_neutralize_without_a_neutral_form_redacts():
    text = "I was a zorbwoman."
    out = apply(text, decide(text, [at(text, "zorbwoman", "GENDER")], DEFAULT), DEFAULT)
    assert out.text == "I was [Gender1]."  # the article goes with the hidden word
    assert out.redactions[0].action == "redact"


def test_article_before_a_placeholder_is_dropped_so_variants_match():
    a, b = "I'm a single dad, and I coach.", "I'm married, and I coach."
    out_a = apply(a, decide(a, [at(a, "single dad", "FAMILY_STATUS")], DEFAULT), DEFAULT).text
    out_b = apply(b, decide(b, [at(b, "married", "FAMILY_STATUS")], DEFAULT), DEFAULT).text
    assert out_a == out_b == "I'm [Personal1], and I coach."


@pytest.mark.parametrize(
    ("text", "word", "neutral", "expected"),
    [
        ("I was a waitress.", "waitress", "attendant", "I was an attendant."),
        ("I was an actress.", "actress", "performer", "I was a performer."),
        ("An actress, I was.", "actress", "performer", "A performer, I was."),
        ("A waitress, I was.", "waitress", "attendant", "An attendant, I was."),
        ("I was a waitress.", "waitress", "server", "I was a server."),
    ],
)
def test_neutralize_fixes_a_and_an(text, word, neutral, expected):
    assert redact(text, [at(text, word, "GENDER", neutral=neutral)]) == expected


def test_neutralize_to_nothing_drops_a_title_and_its_space():
    text = "Ask Mrs. Glo about me."
    assert redact(text, [at(text, "Mrs.", "GENDER", neutral="")]) == "Ask Glo about me."


# --- rewrite options -----------------------------------------------------------------------------
def test_third_party_pronouns_off_drops_pronoun_rewrites_only():
    text = "My manager said she was proud; I was a waitress."
    found = [
        at(text, "she was", "GENDER", recognizer="PronounRecognizer", neutral="they were"),
        at(text, "waitress", "GENDER", recognizer="GenderedTermRecognizer", neutral="server"),
    ]
    assert redact(text, found) == "My manager said they were proud; I was a server."
    off = policy(rewrite={"third_party_pronouns": False, "language_skills": "keep"})
    assert redact(text, found, off) == "My manager said she was proud; I was a server."


def test_language_skills_are_kept_by_default_and_redacted_on_request():
    text = "I speak Spanish and Tagalog at work."
    found = [
        keep(text, "Spanish and Tagalog", "LANGUAGE_SKILL", "LanguageSkillRecognizer"),
        at(text, "Tagalog", "PERSON", 0.7, "NameGazetteerRecognizer"),
    ]
    assert redact(text, found) == text
    pol = policy(rewrite={"language_skills": "redact"})
    decisions = decide(text, found, pol)
    assert spans(text, decisions) == [("Spanish and Tagalog", "NATIONALITY_ETHNICITY")]
    assert apply(text, decisions, pol).text == "I speak [Personal1] at work."


def test_language_skills_redact_wins_over_other_keep_spans():
    text = "I'm fluent in Vietnamese."
    found = [
        keep(text, "Vietnamese.", "TOOL", "ToolContextRecognizer"),
        keep(text, "Vietnamese", "LANGUAGE_SKILL", "LanguageSkillRecognizer"),
    ]
    assert redact(text, found, policy(rewrite={"language_skills": "redact"})) == (
        "I'm fluent in [Personal1]."
    )


# --- redaction records ---------------------------------------------------------------------------
def test_redaction_records_carry_category_recognizer_score_and_offsets():
    text = "Hi, I'm Ana Ruiz, a dyslexic waitress from Ohio. Ana loves maps."
    found = [
        at(text, "Ana Ruiz", "PERSON", 0.85, "NameGazetteerRecognizer"),
        at(text, "dyslexic", "DISABILITY_HEALTH", 0.8, "DisabilityRecognizer"),
        at(text, "waitress", "GENDER", 0.9, "GenderedTermRecognizer", neutral="server"),
        at(text, "Ohio", "LOCATION", 0.7, "PlaceRecognizer"),
        at(text, "Ana", "PERSON", 0.6, "SpacyNerRecognizer", nth=1),
    ]
    result = apply(text, decide(text, found, DEFAULT), DEFAULT)
    assert result.text == "Hi, I'm [Person1], a server from [Location1]. [Person1] loves maps."
    rows = [(r.category, r.recognizer, r.score, r.action, text[r.start : r.end]) for r in result.redactions]
    assert rows == [
        ("PERSON", "NameGazetteerRecognizer", 0.85, "redact", "Ana Ruiz"),
        ("DISABILITY_HEALTH", "DisabilityRecognizer", 0.8, "remove", "dyslexic"),
        ("GENDER", "GenderedTermRecognizer", 0.9, "neutralize", "waitress"),
        ("LOCATION", "PlaceRecognizer", 0.7, "redact", "Ohio"),
        ("PERSON", "SpacyNerRecognizer", 0.6, "redact", "Ana"),
    ]
    for r in result.redactions:
        assert result.text[r.out_start : r.out_end] == r.replacement
        assert r.audio_start is None and r.audio_end is None  # text only: no times
    assert [r.replacement for r in result.redactions] == ["[Person1]", "", "server", "[Location1]", "[Person1]"]
    as_dict = result.redactions[0].to_dict()
    assert {"category", "recognizer", "score", "start", "end", "out_start", "out_end"} <= set(as_dict)


def test_no_decisions_returns_the_text_unchanged():
    text = "I ran the register and trained four new hires."
    result = apply(text, decide(text, [], DEFAULT), DEFAULT)
    assert result.text == text and result.redactions == []


def test_decide_is_pure():
    text = "I'm Ana from Ohio."
    found = [at(text, "Ana", "PERSON"), at(text, "Ohio", "LOCATION")]
    snapshot = list(found)
    first = decide(text, found, DEFAULT)
    assert decide(text, found, DEFAULT) == first
    assert found == snapshot


def test_categories_sharing_a_label_share_one_numbering():
    raw = DEFAULT.model_dump()
    for category in ("RELIGION", "NATIONALITY_ETHNICITY"):
        raw["categories"][category]["label"] = "Redacted"
    policy = Policy.model_validate(raw)
    text = "I'm Sikh, my family is Punjabi, and Sikh again."
    detections = [at(text, "Sikh", "RELIGION"), at(text, "Punjabi", "NATIONALITY_ETHNICITY")]
    i = text.rindex("Sikh")
    detections.append(Detection(i, i + 4, "RELIGION", 0.9, "test"))
    out = apply(text, decide(text, detections, policy), policy).text
    # one numbering across the label, a number for every mention: a repeated number would tell
    # that two mentions were the same word ("I'm Punjabi ... we speak Punjabi")
    assert out == "I'm [Redacted1], my family is [Redacted2], and [Redacted3] again."
    assert [r.category for r in apply(text, decide(text, detections, policy), policy).redactions] == [
        "RELIGION", "NATIONALITY_ETHNICITY", "RELIGION"]

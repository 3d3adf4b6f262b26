"""The categories blindscreen detects, and the actions a policy may give them.

Sensitive categories follow ``shared/corpus/README.md``; TRADE_UNION is added for the GDPR's list
of special categories. Keep categories are what an employer should screen on; detectors may emit
them so that the decide stage can protect them from over-eager sensitive detections.
"""

SENSITIVE = (
    "PERSON",
    "AGE",
    "SCHOOL",
    "LOCATION",
    "HANDLE",
    "SOCIAL_METRIC",
    "CONTACT",
    "NATIONALITY_ETHNICITY",
    "RELIGION",
    "GENDER",
    "FAMILY_STATUS",
    "SEXUAL_ORIENTATION",
    "DISABILITY_HEALTH",
    "AFFINITY_GROUP",
    "APPEARANCE",
    "VETERAN",
    "POLITICAL",
    "TRADE_UNION",
)

KEEP = (
    "SKILL",
    "TOOL",
    "JOB_TITLE",
    "EMPLOYER",
    "EXPERIENCE",
    "ACHIEVEMENT",
    "CERTIFICATION",
    "LANGUAGE_SKILL",
)

# What a policy may do with a category:
#   redact     - replace with a placeholder such as [Person1]
#   remove     - delete the words (and tidy the punctuation around them)
#   neutralize - rewrite to a neutral form where one exists (waitress -> server, she -> they),
#                otherwise redact
#   keep       - leave the text as it is
ACTIONS = ("redact", "remove", "neutralize", "keep")

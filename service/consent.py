"""The consent a candidate gives when applying. Each text has a version; an application records
the version agreed to and when. Publish a new version (never edit an old one) to change the text."""

CONSENT_TEXTS = {
    "2025-01": (
        "I agree that blindscreen turns my video resume into a transcript and removes what could "
        "identify me or reveal protected characteristics (such as my name, contact details, "
        "schools, places, age, gender, ethnicity, religion, health or family status) before "
        "anyone at the employer reads it. Reviewers score only that anonymized transcript; they "
        "never see my video, my name or my original words. The hiring manager may see my "
        "identity and video only after deciding to advance me, and must record why. My video and "
        "original transcript are stored encrypted and deleted after the job's retention period. "
        "I can preview the anonymized transcript, flag anything that was missed, and withdraw at "
        "any time, which erases my video, transcripts and personal data."
    ),
}
CURRENT_CONSENT_VERSION = "2025-01"

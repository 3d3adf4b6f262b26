-- Named queries of the service. File format:
--     -- query_name --
--     -- description (one or more comment lines)
--     the statement, with %(name)s parameters

-- ping --
-- Cheapest round trip, for health checks
SELECT 1 AS ok;

-- ===== users and tokens ==========================================================================

-- insert_user --
-- Create a user
INSERT INTO users (role, name) VALUES (%(role)s, %(name)s)
RETURNING id, role, name, created_at;

-- user_by_id --
-- One user
SELECT id, role, name, created_at, erased_at FROM users WHERE id = %(id)s;

-- list_staff_users --
-- Reviewers, managers and auditors (never candidates: their names are identity data)
SELECT id, role, name, created_at FROM users
WHERE role <> 'candidate' AND (%(role)s::text IS NULL OR role = %(role)s)
ORDER BY id;

-- insert_token --
-- Store a new API token's hash
INSERT INTO api_tokens (user_id, token_hash, prefix, label)
VALUES (%(user_id)s, %(token_hash)s, %(prefix)s, %(label)s)
RETURNING id, prefix, label, created_at, last_used_at;

-- authenticate_token --
-- The user owning a live token; notes the use at most once a minute
WITH token AS (
    SELECT id, user_id FROM api_tokens
    WHERE token_hash = %(token_hash)s AND revoked_at IS NULL
), touched AS (
    UPDATE api_tokens SET last_used_at = now()
    WHERE id = (SELECT id FROM token)
      AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')
)
SELECT u.id, u.role, u.name, token.id AS token_id
FROM token JOIN users u ON u.id = token.user_id;

-- list_tokens --
-- A user's live tokens (never the tokens themselves)
SELECT id, prefix, label, created_at, last_used_at FROM api_tokens
WHERE user_id = %(user_id)s AND revoked_at IS NULL ORDER BY id;

-- revoke_token --
-- Revoke one of a user's tokens
UPDATE api_tokens SET revoked_at = now()
WHERE id = %(id)s AND user_id = %(user_id)s AND revoked_at IS NULL;

-- erase_candidate_if_idle --
-- Remove a candidate's name once they have no application left
UPDATE users SET name = 'erased', erased_at = now()
WHERE id = %(id)s AND role = 'candidate'
  AND NOT EXISTS (SELECT 1 FROM applications WHERE candidate_id = %(id)s);

-- ===== policies ==================================================================================

-- pin_policy --
-- Record a policy version (idempotent); its id
INSERT INTO policy_versions (name, version, hash, content)
VALUES (%(name)s, %(version)s, %(hash)s, %(content)s)
ON CONFLICT (name, version, hash) DO UPDATE SET name = EXCLUDED.name
RETURNING id, name, version, hash, pinned_at;

-- list_pinned_policies --
-- Every policy version jobs have pinned, with how many jobs use it
SELECT p.id, p.name, p.version, p.hash, p.pinned_at, count(j.id) AS jobs
FROM policy_versions p LEFT JOIN jobs j ON j.policy_id = p.id
WHERE %(name)s::text IS NULL OR p.name = %(name)s
GROUP BY p.id ORDER BY p.name, p.pinned_at;

-- ===== jobs ======================================================================================

-- insert_job --
-- Create a job
INSERT INTO jobs (title, rubric, policy_id, reviews_required, retention_days, created_by)
VALUES (%(title)s, %(rubric)s, %(policy_id)s, %(reviews_required)s, %(retention_days)s,
        %(created_by)s)
RETURNING id;

-- job_by_id --
-- One job with its pinned policy
SELECT j.id, j.title, j.rubric, j.reviews_required, j.retention_days, j.created_by, j.created_at,
       p.name AS policy_name, p.version AS policy_version, p.hash AS policy_hash
FROM jobs j JOIN policy_versions p ON p.id = j.policy_id
WHERE j.id = %(id)s;

-- list_jobs --
-- Jobs visible to a user: all (candidates, auditors), created (managers) or assigned (reviewers)
SELECT j.id, j.title, j.rubric, j.reviews_required, j.retention_days, j.created_by, j.created_at,
       p.name AS policy_name, p.version AS policy_version, p.hash AS policy_hash
FROM jobs j JOIN policy_versions p ON p.id = j.policy_id
WHERE (%(created_by)s::bigint IS NULL OR j.created_by = %(created_by)s)
  AND (%(reviewer_id)s::bigint IS NULL OR EXISTS (
        SELECT 1 FROM job_reviewers r WHERE r.job_id = j.id AND r.reviewer_id = %(reviewer_id)s))
ORDER BY j.id DESC;

-- is_assigned --
-- Whether a reviewer is assigned to a job
SELECT EXISTS (
    SELECT 1 FROM job_reviewers WHERE job_id = %(job_id)s AND reviewer_id = %(reviewer_id)s
) AS assigned;

-- assign_reviewer --
-- Assign a reviewer to a job (idempotent)
INSERT INTO job_reviewers (job_id, reviewer_id) VALUES (%(job_id)s, %(reviewer_id)s)
ON CONFLICT DO NOTHING;

-- unassign_reviewer --
-- Remove a reviewer from a job
DELETE FROM job_reviewers WHERE job_id = %(job_id)s AND reviewer_id = %(reviewer_id)s;

-- list_job_reviewers --
-- The reviewers of a job
SELECT u.id, u.name, r.assigned_at FROM job_reviewers r JOIN users u ON u.id = r.reviewer_id
WHERE r.job_id = %(job_id)s ORDER BY u.id;

-- ===== applications ==============================================================================

-- insert_application --
-- A candidate applies, consenting to blind review
INSERT INTO applications (id, job_id, candidate_id, consent_version, consented_at, identity_enc)
VALUES (%(id)s, %(job_id)s, %(candidate_id)s, %(consent_version)s, %(consented_at)s,
        %(identity_enc)s)
RETURNING id;

-- application_by_id --
-- One live application with the job facts authorization needs; FOR UPDATE variants below
SELECT a.id, a.job_id, a.candidate_id, a.status, a.stage, a.consent_version, a.consented_at,
       a.media_key, a.media_size, a.media_sha256, a.media_type, a.upload_key, a.uploaded_at,
       a.media_purged_at, a.error, a.attempts, a.processed_at, a.created_at, a.updated_at,
       j.created_by AS job_manager_id, j.reviews_required, j.rubric,
       (SELECT count(*) FROM flags f WHERE f.application_id = a.id AND f.status = 'open')
           AS open_flags,
       (SELECT count(*) FROM reviews r WHERE r.application_id = a.id AND r.submitted_at IS NOT NULL)
           AS submitted_reviews
FROM applications a JOIN jobs j ON j.id = a.job_id
WHERE a.id = %(id)s AND a.status <> 'withdrawn';

-- lock_application --
-- Lock a live application row for a state change
SELECT id, job_id, candidate_id, status, stage, media_key, media_sha256, media_size, upload_key
FROM applications WHERE id = %(id)s AND status <> 'withdrawn' FOR UPDATE;

-- application_identity --
-- The sealed declared identifiers of an application
SELECT identity_enc FROM applications WHERE id = %(id)s;

-- list_candidate_applications --
-- A candidate's own applications
SELECT a.id, a.job_id, j.title AS job_title, a.status, a.stage, a.error, a.created_at,
       a.uploaded_at, a.processed_at
FROM applications a JOIN jobs j ON j.id = a.job_id
WHERE a.candidate_id = %(candidate_id)s AND a.status <> 'withdrawn'
ORDER BY a.created_at DESC;

-- list_job_applications --
-- A job's applications, blind: no candidate, no identity, no media
SELECT a.id, a.job_id, a.status, a.stage, a.created_at, a.processed_at,
       (SELECT count(*) FROM flags f WHERE f.application_id = a.id AND f.status = 'open')
           AS open_flags,
       (SELECT count(*) FROM reviews r WHERE r.application_id = a.id AND r.submitted_at IS NOT NULL)
           AS submitted_reviews
FROM applications a
WHERE a.job_id = %(job_id)s AND a.status <> 'withdrawn'
  AND (%(stage)s::text IS NULL OR a.stage = %(stage)s)
ORDER BY a.id;

-- record_upload --
-- Note the stored media of an application and mark it uploaded
UPDATE applications
SET media_key = %(media_key)s, media_size = %(media_size)s, media_sha256 = %(media_sha256)s,
    media_type = %(media_type)s, upload_key = %(upload_key)s, uploaded_at = now(),
    status = 'uploaded', error = NULL, attempts = 0, updated_at = now()
WHERE id = %(id)s;

-- start_processing --
-- Claim an uploaded application for processing; counts the attempt
UPDATE applications SET status = 'processing', attempts = attempts + 1, updated_at = now()
WHERE id = %(id)s AND status IN ('uploaded', 'processing')
RETURNING id, job_id, attempts, media_key, identity_enc;

-- processing_policy --
-- The policy pinned by an application's job
SELECT p.name, p.version, p.hash, p.content
FROM applications a JOIN jobs j ON j.id = a.job_id JOIN policy_versions p ON p.id = j.policy_id
WHERE a.id = %(id)s;

-- save_transcript --
-- Store (or replace) the transcripts of an application
INSERT INTO transcripts (application_id, raw_enc, redacted_text, redacted_segments, redactions,
                         policy_name, policy_version, policy_hash, duration)
VALUES (%(application_id)s, %(raw_enc)s, %(redacted_text)s, %(redacted_segments)s,
        %(redactions)s, %(policy_name)s, %(policy_version)s, %(policy_hash)s, %(duration)s)
ON CONFLICT (application_id) DO UPDATE SET
    raw_enc = EXCLUDED.raw_enc, redacted_text = EXCLUDED.redacted_text,
    redacted_segments = EXCLUDED.redacted_segments, redactions = EXCLUDED.redactions,
    policy_name = EXCLUDED.policy_name, policy_version = EXCLUDED.policy_version,
    policy_hash = EXCLUDED.policy_hash, duration = EXCLUDED.duration, created_at = now(),
    raw_purged_at = NULL;

-- clear_redaction_counts --
-- Forget an application's redaction counts before storing new ones
DELETE FROM redaction_counts WHERE application_id = %(application_id)s;

-- add_redaction_count --
-- How many redactions of a category an application's transcript had
INSERT INTO redaction_counts (application_id, category, count)
VALUES (%(application_id)s, %(category)s, %(count)s)
ON CONFLICT (application_id, category) DO UPDATE SET count = redaction_counts.count + EXCLUDED.count;

-- mark_processed --
-- Processing finished
UPDATE applications SET status = 'processed', error = NULL, processed_at = now(), updated_at = now()
WHERE id = %(id)s AND status = 'processing';

-- mark_failed --
-- Processing failed for good; the message is shown to the candidate
UPDATE applications SET status = 'failed', error = %(error)s, updated_at = now()
WHERE id = %(id)s AND status IN ('uploaded', 'processing');

-- mark_withdrawn --
-- First step of erasure: hide the application from everyone; its media key
UPDATE applications SET status = 'withdrawn', updated_at = now()
WHERE id = %(id)s
RETURNING id, job_id, candidate_id, media_key;

-- delete_application --
-- Last step of erasure: the row and (by cascade) transcripts, flags, reviews, decisions, reveals
DELETE FROM applications WHERE id = %(id)s;

-- withdrawn_applications --
-- Erasures interrupted before their last step
SELECT id, job_id, candidate_id, media_key FROM applications WHERE status = 'withdrawn';

-- ===== transcripts ===============================================================================

-- transcript_for --
-- An application's stored transcripts
SELECT application_id, raw_enc, redacted_text, redacted_segments, redactions, policy_name,
       policy_version, policy_hash, duration, created_at, raw_purged_at
FROM transcripts WHERE application_id = %(application_id)s;

-- update_redacted --
-- Replace the redacted text (a flagged phrase was redacted)
UPDATE transcripts SET redacted_text = %(redacted_text)s, redacted_segments = %(redacted_segments)s,
    redactions = %(redactions)s
WHERE application_id = %(application_id)s;

-- ===== reviews ===================================================================================

-- reviewer_queue --
-- Processed applications still in screening with nothing held back, in the reviewer's own order
-- (queue_positions: random per reviewer and job, stable between calls); submitted ones left out
-- unless asked for. ``after`` (an application id) pages by key: the items after it in this
-- reviewer's order, as cheap deep in the queue as at its start. The page's ids come from a walk
-- of the (reviewer, job, position) index that stops when the page is full, and only they are
-- joined to their transcripts: 10,000 applications, 15-45 ms with the order computed and sorted
-- per request -> about 1 ms. Segments are read only when asked for.
SELECT page.application_id, t.redacted_text,
       CASE WHEN %(include_segments)s THEN t.redacted_segments END AS redacted_segments,
       r.submitted_at, (r.id IS NOT NULL AND r.submitted_at IS NULL) AS draft
FROM (
    SELECT q.application_id, q.position
    FROM queue_positions q
    WHERE q.reviewer_id = %(reviewer_id)s AND q.job_id = %(job_id)s
      AND EXISTS (SELECT 1 FROM applications a WHERE a.id = q.application_id
                  AND a.status = 'processed' AND a.stage = 'screening')
      AND NOT EXISTS (SELECT 1 FROM flags f WHERE f.application_id = q.application_id
                      AND f.status = 'open')
      AND (%(include_submitted)s OR NOT EXISTS (
            SELECT 1 FROM reviews s WHERE s.application_id = q.application_id
            AND s.reviewer_id = %(reviewer_id)s AND s.submitted_at IS NOT NULL))
      AND (%(after)s::uuid IS NULL
           OR q.position > queue_position(%(reviewer_id)s, %(job_id)s, %(after)s::uuid))
    ORDER BY q.position
    LIMIT %(limit)s OFFSET %(offset)s
) page
JOIN transcripts t ON t.application_id = page.application_id
LEFT JOIN reviews r ON r.application_id = page.application_id AND r.reviewer_id = %(reviewer_id)s
ORDER BY page.position;

-- review_for --
-- A reviewer's review of an application
SELECT id, application_id, reviewer_id, scores, comment, created_at, updated_at, submitted_at
FROM reviews WHERE application_id = %(application_id)s AND reviewer_id = %(reviewer_id)s;

-- save_review_draft --
-- Create or update an unsubmitted review; no row when it is already submitted
INSERT INTO reviews (application_id, reviewer_id, scores, comment)
VALUES (%(application_id)s, %(reviewer_id)s, %(scores)s, %(comment)s)
ON CONFLICT (application_id, reviewer_id) DO UPDATE
    SET scores = EXCLUDED.scores, comment = EXCLUDED.comment, updated_at = now()
    WHERE reviews.submitted_at IS NULL
RETURNING id, application_id, reviewer_id, scores, comment, created_at, updated_at, submitted_at;

-- submit_review --
-- Lock a review
UPDATE reviews SET submitted_at = now(), updated_at = now()
WHERE application_id = %(application_id)s AND reviewer_id = %(reviewer_id)s
  AND submitted_at IS NULL
RETURNING id, application_id, reviewer_id, scores, comment, created_at, updated_at, submitted_at;

-- submitted_reviews --
-- The submitted reviews of an application
SELECT r.id, r.application_id, r.reviewer_id, u.name AS reviewer_name, r.scores, r.comment,
       r.submitted_at
FROM reviews r JOIN users u ON u.id = r.reviewer_id
WHERE r.application_id = %(application_id)s AND r.submitted_at IS NOT NULL
ORDER BY r.submitted_at;

-- ===== decisions and reveals =====================================================================

-- insert_decision --
-- Advance or reject an application
WITH decided AS (
    INSERT INTO decisions (application_id, outcome, decided_by)
    VALUES (%(application_id)s, %(outcome)s, %(decided_by)s)
    RETURNING application_id, outcome, decided_by, decided_at
), staged AS (
    UPDATE applications SET stage = %(outcome)s, updated_at = now() WHERE id = %(application_id)s
)
SELECT * FROM decided;

-- decision_for --
-- The decision on an application
SELECT application_id, outcome, decided_by, decided_at FROM decisions
WHERE application_id = %(application_id)s;

-- insert_reveal --
-- Record who revealed a candidate's identity, when and why
INSERT INTO reveals (application_id, revealed_by, reason)
VALUES (%(application_id)s, %(revealed_by)s, %(reason)s)
RETURNING id, application_id, revealed_by, reason, revealed_at;

-- reveals_for --
-- The reveals of an application
SELECT id, application_id, revealed_by, reason, revealed_at FROM reveals
WHERE application_id = %(application_id)s ORDER BY id;

-- ===== flags =====================================================================================

-- insert_flag --
-- A candidate reports a missed redaction
INSERT INTO flags (application_id, phrase, note) VALUES (%(application_id)s, %(phrase)s, %(note)s)
RETURNING id, application_id, phrase, note, status, created_at, resolved_at;

-- flags_for_application --
-- The flags of an application
SELECT id, application_id, phrase, note, status, created_at, resolved_at FROM flags
WHERE application_id = %(application_id)s ORDER BY id;

-- flags_for_job --
-- The flags of a job's applications
SELECT f.id, f.application_id, f.phrase, f.note, f.status, f.created_at, f.resolved_at
FROM flags f JOIN applications a ON a.id = f.application_id
WHERE a.job_id = %(job_id)s AND a.status <> 'withdrawn'
  AND (%(status)s::text IS NULL OR f.status = %(status)s)
ORDER BY f.id;

-- flag_by_id --
-- One flag with the facts authorization needs
SELECT f.id, f.application_id, f.phrase, f.note, f.status, f.created_at, f.resolved_at,
       a.job_id, j.created_by AS job_manager_id
FROM flags f JOIN applications a ON a.id = f.application_id JOIN jobs j ON j.id = a.job_id
WHERE f.id = %(id)s AND a.status <> 'withdrawn';

-- resolve_flag --
-- Close an open flag
UPDATE flags SET status = %(status)s, resolved_at = now(), resolved_by = %(resolved_by)s
WHERE id = %(id)s AND status = 'open'
RETURNING id, application_id, phrase, note, status, created_at, resolved_at;

-- ===== audit =====================================================================================

-- insert_audit --
-- Append to the audit log
INSERT INTO audit_log (actor_id, actor_role, action, job_id, application_id, details)
VALUES (%(actor_id)s, %(actor_role)s, %(action)s, %(job_id)s, %(application_id)s, %(details)s);

-- list_audit --
-- A page of the audit log, oldest first after a cursor
SELECT id, at, actor_id, actor_role, action, job_id, application_id, details FROM audit_log
WHERE id > %(after_id)s
  AND (%(job_id)s::bigint IS NULL OR job_id = %(job_id)s)
  AND (%(action)s::text IS NULL OR action = %(action)s)
ORDER BY id LIMIT %(limit)s;

-- ===== reports ===================================================================================

-- job_redaction_counts --
-- Redactions by category over a job's processed applications
SELECT c.category, sum(c.count)::bigint AS count, count(DISTINCT c.application_id) AS applications
FROM redaction_counts c JOIN applications a ON a.id = c.application_id
WHERE a.job_id = %(job_id)s AND a.status <> 'withdrawn'
GROUP BY c.category ORDER BY c.category;

-- job_outcomes --
-- How many of a job's applications are in each status and stage
SELECT a.status, a.stage, count(*) AS count FROM applications a
WHERE a.job_id = %(job_id)s AND a.status <> 'withdrawn'
GROUP BY a.status, a.stage;

-- ===== retention =================================================================================

-- expired_media --
-- Applications whose raw media or raw transcript has outlived its job's retention period
SELECT a.id, a.job_id, a.media_key, (t.raw_enc IS NOT NULL) AS has_raw_transcript
FROM applications a JOIN jobs j ON j.id = a.job_id
LEFT JOIN transcripts t ON t.application_id = a.id
WHERE a.uploaded_at < %(now)s - make_interval(days => j.retention_days)
  AND a.status IN ('processed', 'failed')
  AND (a.media_key IS NOT NULL OR t.raw_enc IS NOT NULL)
ORDER BY a.uploaded_at
LIMIT %(limit)s;

-- forget_media --
-- The media of an application was deleted
UPDATE applications SET media_key = NULL, media_purged_at = now(), updated_at = now()
WHERE id = %(id)s;

-- forget_raw_transcript --
-- The raw transcript of an application is deleted
UPDATE transcripts SET raw_enc = NULL, raw_purged_at = now() WHERE application_id = %(id)s;

-- 0001_initial: users and tokens, jobs and their pinned policies, applications, transcripts,
-- flags, blind reviews, decisions, reveals and the append-only audit log.
--
-- Conventions: identity data (declared identifiers, raw transcript) is stored encrypted by the
-- application (bytea columns ending in _enc); the database never sees it in clear. Applications
-- have random UUIDs so that the ids reviewers see leak no submission order.

CREATE TABLE users (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    role        text NOT NULL CHECK (role IN ('candidate', 'reviewer', 'manager', 'auditor')),
    name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    created_at  timestamptz NOT NULL DEFAULT now(),
    erased_at   timestamptz
);

-- Personal API tokens: only the sha256 of the token is stored; the token is shown once.
CREATE TABLE api_tokens (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id       bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token_hash    text NOT NULL UNIQUE,
    prefix        text NOT NULL,
    label         text NOT NULL DEFAULT '',
    created_at    timestamptz NOT NULL DEFAULT now(),
    last_used_at  timestamptz,
    revoked_at    timestamptz
);
CREATE INDEX api_tokens_user_id_idx ON api_tokens (user_id);

-- Every redaction policy a job has pinned, with its YAML source: a transcript can always be traced
-- to the exact rules that produced it, even after the preset file changes.
CREATE TABLE policy_versions (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name       text NOT NULL,
    version    text NOT NULL,
    hash       text NOT NULL,
    content    text NOT NULL,
    pinned_at  timestamptz NOT NULL DEFAULT now(),
    UNIQUE (name, version, hash)
);

CREATE TABLE jobs (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title             text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    rubric            jsonb NOT NULL,
    policy_id         bigint NOT NULL REFERENCES policy_versions (id),
    reviews_required  integer NOT NULL CHECK (reviews_required BETWEEN 1 AND 20),
    retention_days    integer NOT NULL CHECK (retention_days BETWEEN 1 AND 3650),
    created_by        bigint NOT NULL REFERENCES users (id),
    created_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX jobs_created_by_idx ON jobs (created_by);

CREATE TABLE job_reviewers (
    job_id       bigint NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
    reviewer_id  bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    assigned_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (job_id, reviewer_id)
);
CREATE INDEX job_reviewers_reviewer_id_idx ON job_reviewers (reviewer_id);

CREATE TABLE applications (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    job_id           bigint NOT NULL REFERENCES jobs (id),
    candidate_id     bigint NOT NULL REFERENCES users (id),
    status           text NOT NULL DEFAULT 'awaiting_upload' CHECK (status IN (
                         'awaiting_upload', 'uploaded', 'processing', 'processed', 'failed',
                         'withdrawn')),
    stage            text NOT NULL DEFAULT 'screening'
                         CHECK (stage IN ('screening', 'advanced', 'rejected')),
    consent_version  text NOT NULL,
    consented_at     timestamptz NOT NULL,
    identity_enc     bytea NOT NULL,
    media_key        text UNIQUE,
    media_size       bigint,
    media_sha256     text,
    media_type       text,
    upload_key       text,
    uploaded_at      timestamptz,
    media_purged_at  timestamptz,
    error            text,
    attempts         integer NOT NULL DEFAULT 0,
    processed_at     timestamptz,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    UNIQUE (job_id, candidate_id)
);
CREATE INDEX applications_job_queue_idx ON applications (job_id, stage, status);
CREATE INDEX applications_candidate_id_idx ON applications (candidate_id);

CREATE TABLE transcripts (
    application_id     uuid PRIMARY KEY REFERENCES applications (id) ON DELETE CASCADE,
    raw_enc            bytea,
    redacted_text      text NOT NULL,
    redacted_segments  jsonb NOT NULL,
    -- category, recognizer, score, action, offsets and replacement: never the original words.
    redactions         jsonb NOT NULL,
    policy_name        text NOT NULL,
    policy_version     text NOT NULL,
    policy_hash        text NOT NULL,
    duration           double precision,
    created_at         timestamptz NOT NULL DEFAULT now(),
    raw_purged_at      timestamptz
);

CREATE TABLE redaction_counts (
    application_id  uuid NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    category        text NOT NULL,
    count           integer NOT NULL CHECK (count > 0),
    PRIMARY KEY (application_id, category)
);

-- A candidate's report of a missed redaction. While open, reviewers do not get the transcript.
CREATE TABLE flags (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    application_id  uuid NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    phrase          text NOT NULL CHECK (length(phrase) BETWEEN 1 AND 500),
    note            text NOT NULL DEFAULT '',
    status          text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'redacted', 'dismissed')),
    created_at      timestamptz NOT NULL DEFAULT now(),
    resolved_at     timestamptz,
    resolved_by     bigint REFERENCES users (id)
);
CREATE INDEX flags_open_idx ON flags (application_id) WHERE status = 'open';

CREATE TABLE reviews (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    application_id  uuid NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    reviewer_id     bigint NOT NULL REFERENCES users (id),
    scores          jsonb NOT NULL DEFAULT '{}',
    comment         text NOT NULL DEFAULT '',
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    submitted_at    timestamptz,
    UNIQUE (application_id, reviewer_id)
);
CREATE INDEX reviews_reviewer_id_idx ON reviews (reviewer_id);

-- Submitted reviews are locked by the database, whatever the code above it does.
CREATE FUNCTION reviews_locked_on_submit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.submitted_at IS NOT NULL THEN
        RAISE EXCEPTION 'review % is submitted and locked', OLD.id
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER reviews_locked_on_submit BEFORE UPDATE ON reviews
    FOR EACH ROW EXECUTE FUNCTION reviews_locked_on_submit();

CREATE TABLE decisions (
    application_id  uuid PRIMARY KEY REFERENCES applications (id) ON DELETE CASCADE,
    outcome         text NOT NULL CHECK (outcome IN ('advanced', 'rejected')),
    decided_by      bigint NOT NULL REFERENCES users (id),
    decided_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE reveals (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    application_id  uuid NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    revealed_by     bigint NOT NULL REFERENCES users (id),
    reason          text NOT NULL CHECK (length(btrim(reason)) BETWEEN 1 AND 2000),
    revealed_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX reveals_application_id_idx ON reveals (application_id);

-- Append-only: who did what to which job or application, and every access to identity data.
-- No foreign keys, so entries outlive the rows they mention; details never hold personal data.
CREATE TABLE audit_log (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at              timestamptz NOT NULL DEFAULT now(),
    actor_id        bigint,
    actor_role      text,
    action          text NOT NULL,
    job_id          bigint,
    application_id  uuid,
    details         jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_job_id_idx ON audit_log (job_id);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_log_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

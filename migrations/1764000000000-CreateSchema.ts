import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The initial schema: catalogue, articles with drafts and versions, users, sessions, outbox. */
export class CreateSchema1764000000000 implements MigrationInterface {
  name = 'CreateSchema1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);
    await q.query(`
      CREATE TABLE departments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code varchar(20) NOT NULL UNIQUE,
        name varchar(200) NOT NULL,
        phone varchar(50) NOT NULL DEFAULT '',
        email varchar(254) NOT NULL DEFAULT '',
        room varchar(100) NOT NULL DEFAULT '',
        address varchar(300) NOT NULL DEFAULT '',
        opening_hours jsonb NOT NULL DEFAULT '{"weekly":[]}',
        appointment_url varchar(2000),
        review_interval_days integer NOT NULL DEFAULT 180,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE documents (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(200) NOT NULL,
        description varchar(2000) NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX documents_name_key ON documents (lower(name))`);
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        login varchar(64) NOT NULL UNIQUE,
        display_name varchar(120) NOT NULL,
        password_hash text NOT NULL,
        roles text[] NOT NULL DEFAULT '{}',
        department_ids uuid[] NOT NULL DEFAULT '{}',
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE sessions (
        token_hash char(64) PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        csrf_token char(64) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX sessions_user_idx ON sessions (user_id)`);
    // Failed logins per login+IP, shared by all API processes (throttling survives a restart).
    await q.query(`
      CREATE TABLE login_failures (
        id bigserial PRIMARY KEY,
        throttle_key varchar(200) NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX login_failures_key_idx ON login_failures (throttle_key, at)`);
    await q.query(`
      CREATE TABLE articles (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        department_id uuid NOT NULL REFERENCES departments(id) ON DELETE RESTRICT,
        kind varchar(20) NOT NULL CHECK (kind IN ('service', 'faq', 'notice')),
        external_ref varchar(100) UNIQUE,
        published_version integer,
        published_at timestamptz,
        archived boolean NOT NULL DEFAULT false,
        valid_until timestamptz,
        expiry_processed_at timestamptz,
        review_interval_days integer,
        last_verified_at timestamptz NOT NULL DEFAULT now(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        -- Denormalised text of the published version for the PostgreSQL full-text fallback.
        search_title text NOT NULL DEFAULT '',
        search_keywords text NOT NULL DEFAULT '',
        search_summary text NOT NULL DEFAULT '',
        search_body text NOT NULL DEFAULT '',
        search_vector tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('german'::regconfig, search_title), 'A') ||
          setweight(to_tsvector('german'::regconfig, search_keywords), 'A') ||
          setweight(to_tsvector('german'::regconfig, search_summary), 'B') ||
          setweight(to_tsvector('german'::regconfig, search_body), 'C')
        ) STORED
      )`);
    await q.query(`CREATE INDEX articles_department_idx ON articles (department_id)`);
    await q.query(`CREATE INDEX articles_search_idx ON articles USING gin (search_vector)`);
    await q.query(`
      CREATE TABLE article_drafts (
        article_id uuid PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        state varchar(20) NOT NULL CHECK (state IN ('draft', 'in_review', 'scheduled')),
        revision integer NOT NULL DEFAULT 1,
        content jsonb NOT NULL,
        base_version integer,
        author_ids uuid[] NOT NULL DEFAULT '{}',
        change_note varchar(500),
        rejection_comment varchar(2000),
        publish_at timestamptz,
        valid_until timestamptz,
        submitted_by uuid,
        approved_by uuid,
        updated_by uuid NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX article_drafts_due_idx ON article_drafts (publish_at) WHERE state = 'scheduled'`);
    await q.query(`
      CREATE TABLE article_versions (
        article_id uuid NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        number integer NOT NULL,
        content jsonb NOT NULL,
        author_ids uuid[] NOT NULL,
        approved_by uuid NOT NULL,
        change_note varchar(500) NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (article_id, number)
      )`);
    // Versions are immutable snapshots: history is never rewritten.
    await q.query(`
      CREATE FUNCTION reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% on % is not allowed: the table is append-only', TG_OP, TG_TABLE_NAME;
      END $$`);
    await q.query(`
      CREATE TRIGGER article_versions_immutable BEFORE UPDATE ON article_versions
      FOR EACH ROW EXECUTE FUNCTION reject_change()`);
    await q.query(`
      CREATE TABLE article_documents (
        article_id uuid NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        document_id uuid NOT NULL REFERENCES documents(id) ON DELETE RESTRICT,
        PRIMARY KEY (article_id, document_id)
      )`);
    await q.query(`CREATE INDEX article_documents_document_idx ON article_documents (document_id)`);
    await q.query(`
      CREATE TABLE search_outbox (
        id bigserial PRIMARY KEY,
        article_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error text
      )`);
    await q.query(`CREATE INDEX search_outbox_due_idx ON search_outbox (next_attempt_at, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'search_outbox',
      'article_documents',
      'article_versions',
      'article_drafts',
      'articles',
      'login_failures',
      'sessions',
      'users',
      'documents',
      'departments',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
    await q.query(`DROP FUNCTION IF EXISTS reject_change()`);
  }
}

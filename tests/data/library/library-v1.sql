-- SPDX-License-Identifier: GPL-3.0-or-later
-- A Spill library at schema version 1 (before the search index), the
-- fixture for the migration test. Regenerate v1/library.sqlite with:
--   rm -f v1/library.sqlite && sqlite3 v1/library.sqlite < library-v1.sql
BEGIN;
CREATE TABLE stories (
        id INTEGER PRIMARY KEY,
        slug TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL DEFAULT '',
        dish TEXT NOT NULL DEFAULT '',
        recipe_url TEXT NOT NULL DEFAULT '',
        intended TEXT NOT NULL DEFAULT '',
        went_wrong TEXT NOT NULL DEFAULT '',
        salvage TEXT NOT NULL DEFAULT '',
        lesson TEXT NOT NULL DEFAULT '',
        call_to_action TEXT NOT NULL DEFAULT '',
        outcome TEXT CHECK (outcome IN ('rescued', 'partly', 'binned')),
        status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'ready', 'published')),
        published_url TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL DEFAULT '',
        created TEXT NOT NULL,
        updated TEXT NOT NULL,
        trashed_at TEXT
    );
CREATE INDEX stories_created ON stories (trashed_at, created);
CREATE INDEX stories_updated ON stories (trashed_at, updated);
CREATE INDEX stories_title ON stories (trashed_at, title COLLATE NOCASE);
CREATE TABLE media (
        id INTEGER PRIMARY KEY,
        story_id INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
        hash TEXT NOT NULL,
        file_name TEXT NOT NULL DEFAULT '',
        suffix TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL CHECK (kind IN ('photo', 'video')),
        beat TEXT NOT NULL,
        role TEXT NOT NULL,
        alt TEXT NOT NULL DEFAULT '',
        decorative INTEGER NOT NULL DEFAULT 0,
        caption TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL,
        poster_ms INTEGER,
        width INTEGER NOT NULL DEFAULT 0,
        height INTEGER NOT NULL DEFAULT 0,
        duration_ms INTEGER NOT NULL DEFAULT 0
    );
CREATE INDEX media_story ON media (story_id, position);
CREATE INDEX media_hash ON media (hash);
CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE);
CREATE TABLE story_tags (
        story_id INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
        tag_id INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        PRIMARY KEY (story_id, tag_id)
    ) WITHOUT ROWID;
CREATE INDEX story_tags_tag ON story_tags (tag_id);
CREATE TABLE failure_kinds (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE);
CREATE TABLE story_failure_kinds (
        story_id INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
        kind_id INTEGER NOT NULL REFERENCES failure_kinds (id),
        position INTEGER NOT NULL,
        PRIMARY KEY (story_id, kind_id)
    ) WITHOUT ROWID;
CREATE INDEX story_failure_kinds_kind ON story_failure_kinds (kind_id);
CREATE TABLE revisions (
        id INTEGER PRIMARY KEY,
        story_id INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
        created TEXT NOT NULL,
        reason TEXT NOT NULL,
        snapshot TEXT NOT NULL
    );
CREATE INDEX revisions_story ON revisions (story_id, created);INSERT INTO failure_kinds (key) VALUES ('burnt'), ('collapsed'), ('split_or_curdled'),
    ('under_or_overcooked'), ('forgotten_ingredient'), ('wrong_substitution'), ('measuring'),
    ('equipment'), ('spill_or_drop'), ('seasoning'), ('other');
INSERT INTO stories (id, slug, title, dish, recipe_url, intended, went_wrong, salvage, lesson,
    call_to_action, outcome, status, published_url, language, created, updated) VALUES
 (1, 'the-souffle-that-wasn-t', 'The Soufflé That Wasn''t', 'Cheese soufflé',
  'https://example.com/souffle', 'A tall, golden **soufflé**.', 'I opened the oven door at minute ten.',
  'We ate it as a cheesy omelette.', 'Keep the door shut.', 'What collapsed on you?',
  'partly', 'published', 'https://blog.example.com/souffle', 'en_US',
  '2026-11-20T17:30:00.000Z', '2026-11-21T08:12:00.000Z'),
 (2, 'custard-split', 'Custard, split', 'Vanilla custard', '', 'Silky custard for the tart.',
  'The heat was too high and it curdled.', 'Blended it smooth again.', 'Low heat, patience.',
  'Share your rescue tricks!', 'rescued', 'draft', '', '', '2026-11-22T10:00:00.000Z',
  '2026-11-22T10:05:00.000Z'),
 (3, 'story', '', '', '', 'Something with rhubarb', '', '', '', '', NULL, 'draft', '', '',
  '2026-11-23T09:00:00.000Z', '2026-11-23T09:00:00.000Z');
INSERT INTO tags (id, name) VALUES (1, 'baking'), (2, 'eggs'), (3, 'dessert');
INSERT INTO story_tags (story_id, tag_id, position) VALUES (1, 1, 1), (1, 2, 2), (2, 3, 1), (2, 2, 2);
INSERT INTO story_failure_kinds (story_id, kind_id, position) VALUES (1, 2, 1), (2, 3, 1), (2, 4, 2);
INSERT INTO media (story_id, hash, file_name, suffix, kind, beat, role, alt, decorative, caption,
    position, poster_ms, width, height, duration_ms) VALUES
 (1, 'aaaa1111', 'dream.jpg', 'jpg', 'photo', 'intended', 'dream', 'A tall golden soufflé', 0,
  'The plan', 1, NULL, 1200, 800, 0),
 (1, 'bbbb2222', 'collapse.mp4', 'mp4', 'video', 'went_wrong', 'reality', 'The soufflé sinking', 0,
  'Ten seconds later', 2, 1200, 1920, 1080, 10500);
INSERT INTO revisions (story_id, created, reason, snapshot) VALUES
 (1, '2026-11-20T18:00:00.000Z', 'manual', '{"title":"The Soufflé","beats":{},"media":[]}');
PRAGMA user_version = 1;
COMMIT;

-- The khabar store: one DuckDB file, tables that follow the record (khabar.schema.Article).
-- Offsets are Unicode code points into articles.text: text[char_start:char_end] = the span text.
-- Child rows carry article_id so one article's rows are deleted and replaced together.
-- Documented in docs/schema.md; bump meta.schema_version when a table changes shape.

CREATE TABLE IF NOT EXISTS meta (
    key VARCHAR PRIMARY KEY,
    value VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY,
    url VARCHAR,
    title VARCHAR,
    source VARCHAR,
    published DATE,
    published_source VARCHAR NOT NULL,
    language VARCHAR,
    text VARCHAR NOT NULL,
    n_events INTEGER NOT NULL,
    origin VARCHAR,
    ingested_at TIMESTAMP NOT NULL,
    record JSON NOT NULL  -- the whole Article as khabar writes it, served as is
);

CREATE TABLE IF NOT EXISTS segments (
    article_id VARCHAR NOT NULL,
    idx INTEGER NOT NULL,
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL,
    kind VARCHAR NOT NULL,
    language VARCHAR,
    script VARCHAR
);

CREATE TABLE IF NOT EXISTS sentences (
    article_id VARCHAR NOT NULL,
    idx INTEGER NOT NULL,
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS entities (
    id VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    idx INTEGER NOT NULL,
    name VARCHAR NOT NULL,
    type VARCHAR NOT NULL,
    country VARCHAR,
    lat DOUBLE,
    lon DOUBLE,
    geonames_id BIGINT,
    precision VARCHAR,
    role VARCHAR,
    sector VARCHAR,
    kb_id VARCHAR,
    n_mentions INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS mentions (
    entity_id VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    idx INTEGER NOT NULL,
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    kind VARCHAR NOT NULL DEFAULT 'name'  -- 'name', or 'demonym' (a country's adjective: "Russian")
);

CREATE TABLE IF NOT EXISTS dates (
    article_id VARCHAR NOT NULL,
    idx INTEGER NOT NULL,
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    value VARCHAR NOT NULL,
    precision VARCHAR NOT NULL,
    day DATE  -- the first day value stands for
);

CREATE TABLE IF NOT EXISTS counts (
    article_id VARCHAR NOT NULL,
    idx INTEGER NOT NULL,
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    what VARCHAR NOT NULL,
    who VARCHAR,
    value BIGINT NOT NULL,
    approx BOOLEAN NOT NULL
);

CREATE TABLE IF NOT EXISTS quotes (
    article_id VARCHAR NOT NULL,
    idx INTEGER NOT NULL,
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    speaker VARCHAR  -- entity id
);

CREATE TABLE IF NOT EXISTS embeds (
    article_id VARCHAR NOT NULL,
    idx INTEGER NOT NULL,
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL,
    platform VARCHAR NOT NULL,
    author VARCHAR,
    date VARCHAR,
    language VARCHAR,
    urls VARCHAR[] NOT NULL
);

CREATE TABLE IF NOT EXISTS flags (
    article_id VARCHAR NOT NULL,
    idx INTEGER NOT NULL,
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL,
    kind VARCHAR NOT NULL,
    message VARCHAR NOT NULL
);

-- One row per coded event, with the names, place and article facts the API filters on.
CREATE TABLE IF NOT EXISTS events (
    id VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    idx INTEGER NOT NULL,
    type VARCHAR NOT NULL,
    mode VARCHAR,
    context VARCHAR[] NOT NULL,
    source VARCHAR,  -- entity id
    source_name VARCHAR,  -- the entity's canonical name, else the source_text
    source_text VARCHAR,
    source_country VARCHAR,
    source_sector VARCHAR,
    target VARCHAR,
    target_name VARCHAR,
    target_text VARCHAR,
    target_country VARCHAR,
    target_sector VARCHAR,
    location VARCHAR,  -- entity id of the place
    location_name VARCHAR,
    country VARCHAR,  -- ISO3 of the place, else of the source or target
    lat DOUBLE,
    lon DOUBLE,
    geonames_id BIGINT,
    geo_precision VARCHAR,
    date VARCHAR,
    date_precision VARCHAR,
    date_source VARCHAR NOT NULL,
    day DATE,  -- the event's day: date when given to the day, else the article's publication day
    counts MAP(VARCHAR, BIGINT) NOT NULL,
    fatalities BIGINT,  -- counts['killed'], for filtering and exports
    negated BOOLEAN NOT NULL,
    uncertain BOOLEAN NOT NULL,
    modality VARCHAR NOT NULL,
    attributed_to VARCHAR,
    cameo VARCHAR,
    announced_as VARCHAR,  -- PLOVER type of announcing a future or intended act (AGREE, THREATEN, REJECT)
    announced_cameo VARCHAR,
    acled_event_type VARCHAR,
    acled_sub_event_type VARCHAR,
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL,
    evidence STRUCT(char_start INTEGER, char_end INTEGER, text VARCHAR)[] NOT NULL,
    actor_keys VARCHAR[] NOT NULL,  -- what stories compare: source|name:<folded name>, target|cs:<ISO3>/<sector>, ...
    language VARCHAR,  -- the article's
    published DATE,  -- the article's
    url VARCHAR,  -- the article's
    outlet VARCHAR,  -- the article's source (publisher)
    record JSON NOT NULL  -- the Event as khabar writes it
);

-- Stories: events (and so articles) that report the same happening, across articles and languages.
CREATE TABLE IF NOT EXISTS stories (
    id VARCHAR NOT NULL,
    type VARCHAR NOT NULL,
    mode VARCHAR,  -- the most frequent mode of its events
    first_day DATE,
    last_day DATE,
    country VARCHAR,
    location_name VARCHAR,
    lat DOUBLE,
    lon DOUBLE,
    geonames_id BIGINT,
    geo_precision VARCHAR,
    actors VARCHAR[] NOT NULL,  -- source and target names, most frequent first
    languages VARCHAR[] NOT NULL,
    article_ids VARCHAR[] NOT NULL,
    n_events INTEGER NOT NULL,
    n_articles INTEGER NOT NULL,
    n_sources INTEGER NOT NULL,
    title VARCHAR,  -- the title of its earliest article that has one
    fatalities BIGINT,  -- story_counts value for 'killed'
    updated_at TIMESTAMP NOT NULL
);

CREATE TABLE IF NOT EXISTS story_events (
    story_id VARCHAR NOT NULL,
    event_id VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL
);

-- A story's figures, combined conservatively across sources (never summed).
CREATE TABLE IF NOT EXISTS story_counts (
    story_id VARCHAR NOT NULL,
    what VARCHAR NOT NULL,
    value BIGINT NOT NULL,
    method VARCHAR NOT NULL,  -- single | minimum | median
    min BIGINT NOT NULL,
    max BIGINT NOT NULL,
    n_sources INTEGER NOT NULL,
    per_source STRUCT(source VARCHAR, article_id VARCHAR, value BIGINT)[] NOT NULL
);

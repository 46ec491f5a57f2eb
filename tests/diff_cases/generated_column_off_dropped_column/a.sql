-- Generated columns that stop reading a column the other side drops: their expression changes first.
CREATE TABLE docs (id int PRIMARY KEY, title text,
                   label text GENERATED ALWAYS AS (title || ' ' || body) STORED,
                   search text GENERATED ALWAYS AS (lower(title || body)) STORED,
                   body text);

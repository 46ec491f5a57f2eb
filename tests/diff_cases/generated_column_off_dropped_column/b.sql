-- Generated columns that stop reading a column the other side drops: their expression changes first.
CREATE TABLE docs (id int PRIMARY KEY, title text,
                   label text GENERATED ALWAYS AS (title) STORED,
                   search text);

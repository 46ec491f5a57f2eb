-- text -> varchar(255) and varchar -> text, with defaults on both columns.

CREATE TABLE public.posts (
    id integer PRIMARY KEY,
    title text NOT NULL DEFAULT 'untitled',
    body varchar(2000) DEFAULT ''
);

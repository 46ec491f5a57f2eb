-- text -> varchar(255) and varchar -> text, with defaults on both columns.

CREATE TABLE public.posts (
    id integer PRIMARY KEY,
    title varchar(255) NOT NULL DEFAULT 'untitled',
    body text DEFAULT ''
);

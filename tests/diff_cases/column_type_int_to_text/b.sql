-- integer -> text and text -> integer (needs USING col::integer), with a check constraint on the changed column.

CREATE TABLE public.items (
    id integer PRIMARY KEY,
    code text NOT NULL CHECK (code <> ''),
    quantity integer
);

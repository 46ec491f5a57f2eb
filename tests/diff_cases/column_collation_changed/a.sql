-- Column collation changed to "C" (and back) on a column with an index and one without.

CREATE TABLE public.tags (
    id integer PRIMARY KEY,
    name text NOT NULL,
    slug text
);
CREATE INDEX tags_name_idx ON public.tags (name);

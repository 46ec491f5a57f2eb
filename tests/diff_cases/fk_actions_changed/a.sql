-- FK actions changed: NO ACTION -> ON DELETE CASCADE, SET NULL -> RESTRICT, ON UPDATE CASCADE added, MATCH FULL added.

CREATE TABLE public.parents (id integer PRIMARY KEY, code text NOT NULL UNIQUE);
CREATE TABLE public.children (
    id integer PRIMARY KEY,
    parent_id integer,
    step_parent_id integer,
    parent_code text,
    CONSTRAINT children_parent_fkey FOREIGN KEY (parent_id) REFERENCES public.parents(id),
    CONSTRAINT children_step_fkey FOREIGN KEY (step_parent_id) REFERENCES public.parents(id) ON DELETE SET NULL,
    CONSTRAINT children_code_fkey FOREIGN KEY (parent_code) REFERENCES public.parents(code)
);

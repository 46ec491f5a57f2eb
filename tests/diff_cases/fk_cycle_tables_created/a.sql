-- Two new tables that reference each other (a dependency cycle) are created; one FK must be added after both tables exist.

CREATE TABLE public.settings (id integer PRIMARY KEY);

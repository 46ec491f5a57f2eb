-- Two new tables that reference each other (a dependency cycle) are created; one FK must be added after both tables exist.

CREATE TABLE public.settings (id integer PRIMARY KEY);
CREATE TABLE public.departments (
    id integer PRIMARY KEY,
    name text NOT NULL,
    head_id integer
);
CREATE TABLE public.employees (
    id integer PRIMARY KEY,
    department_id integer NOT NULL REFERENCES public.departments(id),
    name text NOT NULL
);
ALTER TABLE public.departments ADD CONSTRAINT departments_head_fkey FOREIGN KEY (head_id) REFERENCES public.employees(id) DEFERRABLE INITIALLY DEFERRED;

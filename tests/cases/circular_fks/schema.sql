-- Circular FKs between two tables (teams.lead_id -> users, users.team_id -> teams) and a three-table cycle.
CREATE TABLE public.teams (
    id bigint PRIMARY KEY,
    name text NOT NULL,
    lead_id bigint
);

CREATE TABLE public.users (
    id bigint PRIMARY KEY,
    team_id bigint REFERENCES public.teams(id) ON DELETE SET NULL,
    email text NOT NULL
);

ALTER TABLE public.teams
    ADD CONSTRAINT teams_lead_id_fkey FOREIGN KEY (lead_id) REFERENCES public.users(id) DEFERRABLE INITIALLY DEFERRED;

CREATE TABLE public.a (id int PRIMARY KEY, b_id int);
CREATE TABLE public.b (id int PRIMARY KEY, c_id int);
CREATE TABLE public.c (id int PRIMARY KEY, a_id int REFERENCES public.a(id));
ALTER TABLE public.a ADD CONSTRAINT a_b_fkey FOREIGN KEY (b_id) REFERENCES public.b(id);
ALTER TABLE public.b ADD CONSTRAINT b_c_fkey FOREIGN KEY (c_id) REFERENCES public.c(id);

-- Both columns of a foreign key change type (text keys become integers): the foreign key is dropped before and added after, as the half-changed pair cannot hold it.

CREATE TABLE public.plans (id int PRIMARY KEY);
CREATE TABLE public.subscriptions (plan_id int REFERENCES public.plans, seats int);

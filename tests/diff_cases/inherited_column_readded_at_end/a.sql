-- A child keeps a column its parent drops, but after its own columns: it is added again at its end.
CREATE TABLE public.stamped (created_at timestamp DEFAULT now(), revision integer);
CREATE TABLE public.pages (title text, body text) INHERITS (public.stamped);

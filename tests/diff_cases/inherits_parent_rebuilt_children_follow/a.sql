-- A table with INHERITS children (two levels) is rebuilt with its rows (a column moves): the children are rebuilt under it.
CREATE TABLE public.animals (
  id int PRIMARY KEY,
  name text NOT NULL CHECK (name <> ''),
  legs int DEFAULT 4
);
CREATE TABLE public.dogs (breed text, CONSTRAINT dogs_breed_known CHECK (breed <> 'unknown')) INHERITS (public.animals);
CREATE TABLE public.puppies (age_weeks int NOT NULL DEFAULT 8) INHERITS (public.dogs);
CREATE INDEX dogs_breed ON public.dogs (breed);
COMMENT ON TABLE public.dogs IS 'good ones';
ALTER TABLE public.dogs ENABLE ROW LEVEL SECURITY;
CREATE POLICY dogs_read ON public.dogs FOR SELECT USING (legs = 4);
GRANT SELECT ON public.puppies TO PUBLIC;
CREATE VIEW public.all_animals AS SELECT id, name FROM public.animals;
INSERT INTO public.animals (id, name) VALUES (1, 'cat');
INSERT INTO public.dogs (id, name, breed) VALUES (2, 'rex', 'lab');
INSERT INTO public.puppies (id, name, breed) VALUES (3, 'bit', 'pug');

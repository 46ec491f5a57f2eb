-- INSTEAD OF triggers making a join view writable (insert/update/delete).
CREATE TABLE public.people (
    id bigint PRIMARY KEY,
    name text NOT NULL
);
CREATE TABLE public.emails (
    person_id bigint PRIMARY KEY REFERENCES public.people(id) ON DELETE CASCADE,
    email text NOT NULL
);

CREATE VIEW public.people_with_email AS
    SELECT p.id, p.name, e.email FROM public.people p LEFT JOIN public.emails e ON e.person_id = p.id;

CREATE FUNCTION public.people_with_email_write() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO public.people (id, name) VALUES (NEW.id, NEW.name);
        INSERT INTO public.emails (person_id, email) VALUES (NEW.id, NEW.email);
        RETURN NEW;
    ELSIF TG_OP = 'UPDATE' THEN
        UPDATE public.people SET name = NEW.name WHERE id = OLD.id;
        UPDATE public.emails SET email = NEW.email WHERE person_id = OLD.id;
        RETURN NEW;
    ELSE
        DELETE FROM public.people WHERE id = OLD.id;
        RETURN OLD;
    END IF;
END;
$$;

CREATE TRIGGER people_with_email_insert INSTEAD OF INSERT ON public.people_with_email
    FOR EACH ROW EXECUTE FUNCTION public.people_with_email_write();
CREATE TRIGGER people_with_email_update_delete INSTEAD OF UPDATE OR DELETE ON public.people_with_email
    FOR EACH ROW EXECUTE FUNCTION public.people_with_email_write();

-- pg_dump's CREATE TRANSFORM FOR int LANGUAGE SQL (002_pg_dump.pl): its TO SQL function dropped and its comment changed, a transform for an enum added with the enum.
CREATE TRANSFORM FOR int LANGUAGE SQL (FROM SQL WITH FUNCTION prsd_lextype(internal));
COMMENT ON TRANSFORM FOR int LANGUAGE SQL IS 'from SQL only';
CREATE TYPE public.mood AS ENUM ('sad', 'ok');
CREATE TRANSFORM FOR public.mood LANGUAGE SQL (FROM SQL WITH FUNCTION prsd_lextype(internal));

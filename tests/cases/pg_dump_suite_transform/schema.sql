-- PostgreSQL's own pg_dump test suite (002_pg_dump.pl), its transform: CREATE TRANSFORM FOR int LANGUAGE SQL through two built-in functions, with a comment; and one with a FROM SQL function only, for an enum of the application's.
CREATE TRANSFORM FOR int LANGUAGE SQL (FROM SQL WITH FUNCTION prsd_lextype(internal), TO SQL WITH FUNCTION int4recv(internal));
COMMENT ON TRANSFORM FOR int LANGUAGE SQL IS 'comment on transform';

CREATE TYPE public.mood AS ENUM ('sad', 'ok');
CREATE TRANSFORM FOR public.mood LANGUAGE SQL (FROM SQL WITH FUNCTION prsd_lextype(internal));

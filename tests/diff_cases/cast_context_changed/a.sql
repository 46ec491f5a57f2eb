-- pg_dump's cast (002_pg_dump.pl): CREATE CAST (timestamptz AS interval) WITH FUNCTION age AS ASSIGNMENT against AS IMPLICIT, and a comment.
CREATE CAST (timestamptz AS interval) WITH FUNCTION age(timestamptz) AS ASSIGNMENT;

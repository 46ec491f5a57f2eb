-- An extension created after ALTER DEFAULT PRIVILEGES revoked EXECUTE from PUBLIC (PostGraphile's kitchen sink): its routines lose PUBLIC's EXECUTE too, unlike the privileges its script gave.
create schema app;

alter default privileges revoke execute on functions from public;

create extension tablefunc with schema app;

create function app.answer() returns int as $$ select 42 $$ language sql stable;

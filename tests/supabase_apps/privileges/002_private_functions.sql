-- From here on, functions are not callable by anon unless granted.
alter default privileges in schema public revoke execute on functions from anon;

create function public.checkout(items int) returns int language sql as $$ select items $$;
create function public.ping() returns text language sql as $$ select 'pong' $$;
grant execute on function public.ping() to anon;

set lock_timeout = '5s';
create index concurrently users_email_idx on users (email); -- expect

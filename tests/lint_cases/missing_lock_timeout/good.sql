set lock_timeout = '5s';
alter table users add column bio text;

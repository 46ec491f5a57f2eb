alter table users add constraint users_email_key unique (email); -- expect
alter table audit add primary key (id); -- expect

-- A table moved onto a table access method the plan creates (pg_dump's regress_table_am, heap's handler under another name), a comment on the method.
CREATE ACCESS METHOD regress_table_am TYPE TABLE HANDLER heap_tableam_handler;
COMMENT ON ACCESS METHOD regress_table_am IS 'heap under another name';
CREATE TABLE public.events (id bigint PRIMARY KEY, body text) USING regress_table_am;

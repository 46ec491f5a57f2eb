-- Column default expressions of every shape: literals with casts, negative numbers, arrays, jsonb, now()/current_date, session values, CASE, nextval, intervals, booleans.
CREATE SEQUENCE public.code_seq;

CREATE TABLE public.defaults_zoo (
    id integer PRIMARY KEY,
    a_text text DEFAULT 'it''s',
    a_empty text DEFAULT '',
    a_varchar varchar(10) DEFAULT 'abc'::character varying,
    a_int integer DEFAULT -1,
    a_numeric numeric(6,3) DEFAULT 1.500,
    a_bool boolean DEFAULT false,
    a_date date DEFAULT CURRENT_DATE,
    a_ts timestamptz DEFAULT now(),
    a_ts_utc timestamp DEFAULT timezone('utc', now()),
    a_interval interval DEFAULT '1 day 02:00:00',
    a_uuid uuid DEFAULT gen_random_uuid(),
    a_array int[] DEFAULT '{1,2,3}',
    a_text_array text[] DEFAULT ARRAY['a', 'b'],
    a_json jsonb DEFAULT '{"k": [1, 2, {"n": null}]}',
    a_user text DEFAULT CURRENT_USER,
    a_session text DEFAULT SESSION_USER,
    a_code text DEFAULT ('C-' || lpad(nextval('public.code_seq')::text, 6, '0')),
    a_case text DEFAULT CASE WHEN random() > 0.5 THEN 'heads' ELSE 'tails' END,
    a_setting text DEFAULT current_setting('application_name'),
    a_null text DEFAULT NULL,
    a_year integer DEFAULT EXTRACT(year FROM CURRENT_DATE)
);

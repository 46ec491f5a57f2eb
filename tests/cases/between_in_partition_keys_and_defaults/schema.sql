-- min_version: 14
-- BETWEEN in an AND (NOT BETWEEN in an OR) in PARTITION BY expressions, a view's column default and routines' argument defaults: printed with all parentheses, a group first in its own operator read back joined to it.
CREATE TABLE public.events (
    id bigint NOT NULL,
    kind text NOT NULL,
    score integer NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
) PARTITION BY LIST ((score BETWEEN 0 AND 100 AND kind <> 'spam'));
CREATE TABLE public.events_kept PARTITION OF public.events FOR VALUES IN (true);
CREATE TABLE public.events_rest PARTITION OF public.events DEFAULT;

CREATE TABLE public.readings (
    sensor_id integer NOT NULL,
    value numeric NOT NULL
) PARTITION BY LIST ((value NOT BETWEEN -50 AND 50 OR sensor_id < 0));
CREATE TABLE public.readings_odd PARTITION OF public.readings FOR VALUES IN (true);
CREATE TABLE public.readings_usual PARTITION OF public.readings FOR VALUES IN (false);

CREATE TABLE public.scores (
    player text NOT NULL,
    points integer NOT NULL
) PARTITION BY LIST ((player <> '' AND points BETWEEN 0 AND 1000));
CREATE TABLE public.scores_valid PARTITION OF public.scores FOR VALUES IN (true);

-- a view that rows are inserted through, whose column's default holds such a group
CREATE VIEW public.scores_entry AS SELECT player, points FROM public.scores;
ALTER VIEW public.scores_entry ALTER COLUMN points SET DEFAULT (CASE WHEN extract(hour FROM now()) BETWEEN 9 AND 17 AND extract(isodow FROM now()) < 6 THEN 10 ELSE 0 END);

CREATE FUNCTION public.in_season(on_day date, festive boolean DEFAULT (extract(day FROM now()) BETWEEN 1 AND 24 AND extract(month FROM now()) = 12))
    RETURNS boolean LANGUAGE sql STABLE
    RETURN festive AND on_day IS NOT NULL;

CREATE PROCEDURE public.purge_events(keep_spam boolean DEFAULT (current_setting('app.mode', true) NOT BETWEEN 'a' AND 'm' OR current_user = 'postgres'))
    LANGUAGE sql
    BEGIN ATOMIC
        DELETE FROM public.events WHERE kind = 'spam' AND NOT keep_spam;
    END;

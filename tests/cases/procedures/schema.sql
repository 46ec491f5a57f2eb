-- min_version: 14
-- Procedures: plpgsql with COMMIT in a loop, INOUT parameter, SECURITY DEFINER with SET, SQL-standard BEGIN ATOMIC body, overloaded procedure.
CREATE TABLE public.archive_queue (
    id bigint PRIMARY KEY,
    archived boolean NOT NULL DEFAULT false
);

CREATE PROCEDURE public.archive_in_batches(batch_size integer DEFAULT 1000)
    LANGUAGE plpgsql
    AS $$
DECLARE
    n integer;
BEGIN
    LOOP
        UPDATE public.archive_queue SET archived = true
        WHERE id IN (SELECT id FROM public.archive_queue WHERE NOT archived LIMIT batch_size);
        GET DIAGNOSTICS n = ROW_COUNT;
        EXIT WHEN n = 0;
        COMMIT;
    END LOOP;
END;
$$;

CREATE PROCEDURE public.count_pending(INOUT total bigint DEFAULT NULL)
    LANGUAGE plpgsql
    AS $$ BEGIN SELECT count(*) INTO total FROM public.archive_queue WHERE NOT archived; END; $$;

CREATE PROCEDURE public.reset_queue()
    LANGUAGE sql
BEGIN ATOMIC
    UPDATE public.archive_queue SET archived = false;
END;

CREATE PROCEDURE public.purge(older_than_id bigint)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public
    AS $$ BEGIN DELETE FROM archive_queue WHERE id < older_than_id AND archived; END; $$;

CREATE PROCEDURE public.purge(ids bigint[])
    LANGUAGE sql
    AS $$ DELETE FROM public.archive_queue WHERE id = ANY (ids) $$;

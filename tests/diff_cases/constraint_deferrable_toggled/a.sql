-- Deferrability toggled: FK becomes DEFERRABLE INITIALLY DEFERRED, a deferrable unique becomes immediate, another NOT DEFERRABLE.

CREATE TABLE public.nodes (
    id integer PRIMARY KEY,
    parent_id integer,
    position integer NOT NULL,
    CONSTRAINT nodes_parent_fkey FOREIGN KEY (parent_id) REFERENCES public.nodes(id),
    CONSTRAINT nodes_position_key UNIQUE (parent_id, position) DEFERRABLE INITIALLY DEFERRED
);

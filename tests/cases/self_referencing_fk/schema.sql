-- Self-referencing FKs: category tree, threaded comments, and a manager chain with ON DELETE SET NULL.
CREATE TABLE public.categories (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    parent_id bigint REFERENCES public.categories(id) ON DELETE CASCADE,
    name text NOT NULL,
    UNIQUE (parent_id, name)
);

CREATE TABLE public.comments (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    reply_to uuid,
    thread_root uuid,
    body text NOT NULL,
    CONSTRAINT comments_reply_to_fkey FOREIGN KEY (reply_to) REFERENCES public.comments(id) ON DELETE SET NULL,
    CONSTRAINT comments_thread_root_fkey FOREIGN KEY (thread_root) REFERENCES public.comments(id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE public.employees (
    id integer PRIMARY KEY,
    manager_id integer,
    CONSTRAINT employees_manager_fkey FOREIGN KEY (manager_id) REFERENCES public.employees(id) ON DELETE SET NULL,
    CONSTRAINT employees_not_own_manager CHECK (manager_id <> id)
);

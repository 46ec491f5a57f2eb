-- Partitions' indexes attached to the parent's index under the names PostgreSQL gave them.
CREATE TABLE public.answers (id int, answered_at date, student_id int, PRIMARY KEY (id, answered_at))
    PARTITION BY RANGE (answered_at);
CREATE TABLE public.answers_2025 PARTITION OF public.answers
    FOR VALUES FROM ('2025-01-01') TO ('2026-01-01') PARTITION BY RANGE (answered_at);
CREATE TABLE public.answers_2025_q1 PARTITION OF public.answers_2025
    FOR VALUES FROM ('2025-01-01') TO ('2025-04-01');
CREATE TABLE public.answers_2026 PARTITION OF public.answers
    FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE INDEX answers_student ON public.answers (student_id, answered_at DESC);
COMMENT ON INDEX public.answers_2025_q1_student_id_answered_at_idx IS 'first quarter';

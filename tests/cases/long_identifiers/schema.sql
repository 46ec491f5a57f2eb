-- Identifiers at or near the 63-byte limit in ASCII and multi-byte UTF-8, and auto-generated constraint/index/sequence names that get truncated.
CREATE TABLE public.a_table_name_that_is_exactly_sixty_three_bytes_long_abcdefghijk (
    a_column_name_that_is_exactly_sixty_three_bytes_long_abcdefghij bigserial PRIMARY KEY,
    another_very_long_column_name_used_for_a_unique_constraint_xyz text UNIQUE,
    "ünïcödé_çölümn_ñåmé_wïth_mültïbýté_chàrs" text
);

CREATE TABLE public.child_table_with_a_long_name_referencing_the_long_parent_table (
    id integer PRIMARY KEY,
    parent_id bigint REFERENCES public.a_table_name_that_is_exactly_sixty_three_bytes_long_abcdefghijk
);

CREATE INDEX ON public.child_table_with_a_long_name_referencing_the_long_parent_table (parent_id);

-- Same-named indexes whose per-column options change: NULLS ordering, collation, operator class, INCLUDE list (sqldef ChangeNullsOrderingOfIndex, ChangeCollationOfIndex, AddOperatorClassToDescendingIndex, AddIncludeToExistingIndex).

CREATE TABLE public.t (a bigint, b text, c text, d text);
CREATE INDEX t_a_idx ON public.t USING btree (a DESC);
CREATE INDEX t_b_idx ON public.t USING btree (b COLLATE "POSIX");
CREATE INDEX t_c_idx ON public.t USING btree (c text_pattern_ops DESC);
CREATE INDEX t_d_idx ON public.t USING btree (d) INCLUDE (a);

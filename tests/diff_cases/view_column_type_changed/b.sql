-- A view's output column changes type because its expression changes (integer count -> numeric avg): DROP + CREATE needed.

CREATE TABLE public.ratings (item integer, stars integer);
CREATE VIEW public.item_scores AS SELECT item, avg(stars) AS score FROM public.ratings GROUP BY item;

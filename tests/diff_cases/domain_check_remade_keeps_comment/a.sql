-- A domain CHECK dropped and added again (its body changes; valid becomes NOT VALID) keeps its comment.
CREATE DOMAIN public.user_rating AS integer
    CONSTRAINT user_rating_check CHECK (VALUE >= 1 AND VALUE <= 5);
COMMENT ON CONSTRAINT user_rating_check ON DOMAIN public.user_rating IS 'A star rating';

CREATE DOMAIN public.email AS text
    CONSTRAINT email_has_at CHECK (VALUE LIKE '%@%');
COMMENT ON CONSTRAINT email_has_at ON DOMAIN public.email IS 'Needs an @';

CREATE TABLE public.reviews (id bigint PRIMARY KEY, rating public.user_rating, author public.email);

-- CHECKs whose only change is the array quantifier (= SOME/ANY -> = ALL, > ALL -> > ANY) or an IN list's members (sqldef SomeConstraintModificationsSomeToAll, ConstraintCheckInModify).

CREATE TABLE public.test_some_modify (
    id integer PRIMARY KEY,
    status text CHECK (status = ALL (ARRAY['active', 'completed', 'archived'])),
    score integer CHECK (score > ANY (ARRAY[0, 10, 20])),
    priority integer CHECK (priority IN (1, 2, 3, 4, 5))
);

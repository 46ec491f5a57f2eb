-- The table loses its last column; the whole-row views must come back over the narrower row.
CREATE TABLE public.products (
    id bigint PRIMARY KEY,
    name text NOT NULL,
    deleted boolean NOT NULL DEFAULT false
);
CREATE VIEW public.product_cards AS
    SELECT p.id, json_build_object('product', p.*) AS product_data
    FROM public.products p
    WHERE NOT p.deleted;
CREATE VIEW public.product_card_ids AS SELECT id FROM public.product_cards;

-- A search dictionary created without options gets stop words and a second one loses its
-- options: ALTER TEXT SEARCH DICTIONARY in place both ways.
CREATE TEXT SEARCH DICTIONARY public.product_words (TEMPLATE = simple, STOPWORDS = english);
CREATE TEXT SEARCH DICTIONARY public.tag_words (TEMPLATE = simple);
CREATE TEXT SEARCH CONFIGURATION public.products (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION public.products ALTER MAPPING FOR asciiword, word WITH public.product_words;

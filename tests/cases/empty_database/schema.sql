-- Edge case: nothing but the default public schema; the extract must be empty and apply cleanly.
SELECT 1;

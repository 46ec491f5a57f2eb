-- A plpgsql search function returning SETOF the table's row type.
create or replace function match_document_sections(embedding vector(384), match_threshold float)
returns setof document_sections
language plpgsql
as $$
#variable_conflict use_variable
begin
  return query
  select *
  from document_sections

  -- The inner product is negative, so we negate match_threshold
  where document_sections.embedding <#> embedding < -match_threshold

  order by document_sections.embedding <#> embedding;
end;
$$;

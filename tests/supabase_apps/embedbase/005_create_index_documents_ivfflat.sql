-- An unnamed ivfflat index with a storage parameter.
create index on documents
using ivfflat (embedding vector_cosine_ops)
with (lists = 100);

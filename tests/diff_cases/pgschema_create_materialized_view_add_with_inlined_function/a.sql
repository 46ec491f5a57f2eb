-- pgschema create_materialized_view/add_materialized_view: matviews added, one calling a SQL function that reads a schema-qualified table (issue #596).
CREATE TABLE public.employees (
    id SERIAL PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    salary DECIMAL(10,2) NOT NULL,
    status VARCHAR(20) NOT NULL
);

-- pgschema create_sequence/issue_574, issue_575, serial_owned_mixed_case: serial vs explicit sequences (FROM side of the small cases).
CREATE TABLE "Orders_Transition" (
    id SERIAL PRIMARY KEY,
    label text
);

-- alter_sequence
CREATE SEQUENCE public.user_id_seq;

-- serial_owned_mixed_case_idempotent: present on both sides
CREATE TABLE "mcOrders" (
    "orderId"  SERIAL PRIMARY KEY,
    amount     numeric(10,2) NOT NULL
);

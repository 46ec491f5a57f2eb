-- pgschema create_sequence/issue_574, issue_575, serial_owned_mixed_case: serial vs explicit sequences (TO side of the small cases).
-- issue_574: a long identifier whose serial sequence name is truncated
CREATE TABLE measurement_data_collected_hourly (
    reading_identifier_value_number BIGSERIAL PRIMARY KEY,
    label text
);

-- issue_575: never-owned sequence whose name matches the serial pattern
CREATE SEQUENCE orders_id_seq;

CREATE TABLE orders (
    id bigint NOT NULL DEFAULT nextval('orders_id_seq'),
    PRIMARY KEY (id)
);

-- issue_575: owned sequence with a custom name
CREATE SEQUENCE custom_seq INCREMENT BY 5;

CREATE TABLE orders_custom (
    id bigint PRIMARY KEY DEFAULT nextval('custom_seq'),
    label text
);

ALTER SEQUENCE custom_seq OWNED BY orders_custom.id;

-- issue_575: owned sequence used inside a larger expression
CREATE SEQUENCE orders_expr_id_seq;

CREATE TABLE orders_expr (
    id bigint PRIMARY KEY DEFAULT nextval('orders_expr_id_seq') + 100,
    label text
);

ALTER SEQUENCE orders_expr_id_seq OWNED BY orders_expr.id;

-- issue_575: serial whose default was dropped
CREATE TABLE orders_nodefault (
    id SERIAL PRIMARY KEY,
    label text
);

ALTER TABLE orders_nodefault ALTER COLUMN id DROP DEFAULT;

-- issue_575 transition: serial -> plain column beside a free sequence of the same name
CREATE SEQUENCE "Orders_Transition_id_seq";

CREATE TABLE "Orders_Transition" (
    id integer PRIMARY KEY,
    label text
);

-- alter_sequence
CREATE SEQUENCE public.user_id_seq INCREMENT BY 5 CYCLE;

-- serial_owned_mixed_case_idempotent: present on both sides
CREATE TABLE "mcOrders" (
    "orderId"  SERIAL PRIMARY KEY,
    amount     numeric(10,2) NOT NULL
);

CREATE TABLE users (
    "userId"   SERIAL PRIMARY KEY,
    email      text NOT NULL
);

-- issue_574: one sequence shared by two tables
CREATE SEQUENCE shared_seq;

CREATE TABLE orders_shared (
    id bigint NOT NULL DEFAULT nextval('shared_seq'),
    PRIMARY KEY (id)
);

CREATE TABLE invoices (
    id bigint NOT NULL DEFAULT nextval('shared_seq'),
    PRIMARY KEY (id)
);

-- standalone_seq_integer_nextval_not_serial
CREATE SEQUENCE "dssAnswerSplit_dssSplitAnswerId_seq";

CREATE TABLE "dssAnswerSplit" (
    "dssSplitAnswerId" integer NOT NULL DEFAULT nextval('"dssAnswerSplit_dssSplitAnswerId_seq"'::regclass),
    CONSTRAINT "dssAnswerSplit_pkey" PRIMARY KEY ("dssSplitAnswerId")
);

-- add_sequence
CREATE SEQUENCE public.order_seq INCREMENT BY 10 CYCLE;

CREATE SEQUENCE public.small_seq AS smallint CACHE 20;

CREATE SEQUENCE public.int_seq AS integer START WITH 100 CACHE 5;

CREATE SEQUENCE public.big_seq AS bigint MAXVALUE 1000000 CACHE 10;

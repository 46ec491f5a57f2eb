-- pgschema create_sequence/issue_573: shared and custom-named sequences behind defaults; ownership attached, released, re-pointed.
-- One shared sequence feeding several tables (Hibernate-style global id)
CREATE SEQUENCE nsl_global_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

CREATE SEQUENCE hibernate_sequence
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

CREATE TABLE instance (
    id bigint DEFAULT nextval('nsl_global_seq'::regclass) NOT NULL,
    name text,
    CONSTRAINT instance_pkey PRIMARY KEY (id)
);

CREATE TABLE reference (
    id bigint DEFAULT nextval('nsl_global_seq'::regclass) NOT NULL,
    title text,
    CONSTRAINT reference_pkey PRIMARY KEY (id)
);

CREATE TABLE shard_config (
    id bigint DEFAULT nextval('hibernate_sequence'::regclass) NOT NULL,
    name character varying(255) NOT NULL,
    CONSTRAINT shard_config_pkey PRIMARY KEY (id)
);

-- Sequence owned by the column but with a custom name
CREATE SEQUENCE widget_custom_seq;

CREATE TABLE widget (
    id integer DEFAULT nextval('widget_custom_seq'::regclass) NOT NULL,
    label text,
    CONSTRAINT widget_pkey PRIMARY KEY (id)
);

ALTER SEQUENCE widget_custom_seq OWNED BY widget.id;

-- Genuine SERIAL column for contrast
CREATE TABLE audit_log (
    id bigserial NOT NULL,
    message text,
    CONSTRAINT audit_log_pkey PRIMARY KEY (id)
);

-- Existing table gains a column whose default is a custom-named sequence that
-- is OWNED BY the new column.
CREATE SEQUENCE legacy_code_custom_seq;

CREATE TABLE legacy (
    id bigint NOT NULL,
    code integer DEFAULT nextval('legacy_code_custom_seq'::regclass) NOT NULL,
    CONSTRAINT legacy_pkey PRIMARY KEY (id)
);

ALTER SEQUENCE legacy_code_custom_seq OWNED BY legacy.code;

CREATE TABLE adopt (
    id serial NOT NULL,
    note text,
    CONSTRAINT adopt_pkey PRIMARY KEY (id)
);

CREATE SEQUENCE release_id_seq AS integer;

CREATE TABLE release (
    id integer DEFAULT nextval('release_id_seq'::regclass) NOT NULL,
    note text,
    CONSTRAINT release_pkey PRIMARY KEY (id)
);

CREATE SEQUENCE tracker_custom_seq;

CREATE TABLE tracker (
    n integer DEFAULT nextval('tracker_custom_seq'::regclass) NOT NULL,
    note text,
    CONSTRAINT tracker_pkey PRIMARY KEY (n)
);

CREATE SEQUENCE keep_seq;

CREATE SEQUENCE move_seq;

CREATE TABLE mover (
    b integer DEFAULT nextval('move_seq'::regclass) NOT NULL,
    CONSTRAINT mover_pkey PRIMARY KEY (b)
);

ALTER SEQUENCE move_seq OWNED BY mover.b;

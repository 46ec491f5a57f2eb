create schema if not exists reporting;

-- pg-delta corpus deparse-settle--policy-sibling-clause: a policy's WITH CHECK changes while its USING (a BETWEEN) stays.
CREATE SCHEMA s;
CREATE TABLE s.p (a int, b int);
ALTER TABLE s.p ENABLE ROW LEVEL SECURITY;
CREATE POLICY pol ON s.p FOR UPDATE USING (b BETWEEN 0 AND 10 AND a >= 0) WITH CHECK (a > 1);

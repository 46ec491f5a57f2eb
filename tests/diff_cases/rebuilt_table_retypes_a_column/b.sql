CREATE TABLE courses (title text, id uuid PRIMARY KEY DEFAULT gen_random_uuid(), started_at timestamptz);

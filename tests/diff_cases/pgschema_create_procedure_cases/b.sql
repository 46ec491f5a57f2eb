-- min_version: 14
-- pgschema create_procedure/*: procedures added (OUT parameter, BEGIN ATOMIC), one gaining a defaulted parameter, one dropped.
CREATE PROCEDURE example_procedure(
    IN input_value integer,
    OUT output_value integer
)
LANGUAGE plpgsql
AS $$
BEGIN
    RAISE NOTICE 'Input value is: %', input_value;
    output_value := input_value + 1;
END;
$$;

-- Procedure testing BEGIN ATOMIC syntax (SQL-standard body, PG14+)
CREATE PROCEDURE validate_input(input_value integer)
LANGUAGE SQL
BEGIN ATOMIC
    SELECT input_value * 2;
END;

CREATE OR REPLACE PROCEDURE process_payment(
    IN order_id integer,
    IN amount numeric,
    IN payment_method text DEFAULT 'credit_card'
)
LANGUAGE plpgsql
AS $$
BEGIN
    UPDATE orders 
    SET status = 'paid', 
        payment_amount = amount,
        payment_method = payment_method,
        processed_at = NOW()
    WHERE id = order_id;
    
    INSERT INTO payment_history (order_id, amount, method, processed_at)
    VALUES (order_id, amount, payment_method, NOW());
    
    COMMIT;
END;
$$;

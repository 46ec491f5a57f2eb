-- pgschema create_procedure/*: procedures added (OUT parameter, BEGIN ATOMIC), one gaining a defaulted parameter, one dropped.
CREATE PROCEDURE process_payment(
    IN order_id integer,
    IN amount numeric
)
LANGUAGE plpgsql
AS $$
BEGIN
    UPDATE orders 
    SET status = 'paid', 
        payment_amount = amount,
        processed_at = NOW()
    WHERE id = order_id;
    
    COMMIT;
END;
$$;

CREATE PROCEDURE cleanup_old_data(
    days_old integer DEFAULT 30
)
LANGUAGE plpgsql
AS $$
BEGIN
    DELETE FROM audit_logs 
    WHERE created_at < NOW() - INTERVAL '1 day' * days_old;
    
    DELETE FROM temp_data 
    WHERE created_at < NOW() - INTERVAL '1 day' * days_old;
    
    COMMIT;
END;
$$;

-- The welcome webhook moves to the app's own function, the order webhook also fires on
-- status updates, and the upload webhook is removed.
create function public.notify_welcome() returns trigger
  language plpgsql security definer set search_path = '' as $$
begin
  perform pg_notify('welcome', new.id::text);
  return new;
end $$;

drop trigger "user-registered" on auth.users;
create trigger "user-registered" after insert on auth.users for each row
  execute function public.notify_welcome();

drop trigger "order-created" on public.orders;
create trigger "order-changed" after insert or update of status on public.orders for each row
  execute function supabase_functions.http_request(
    'https://example.functions.supabase.co/order-changed', 'POST',
    '{"Content-type":"application/json"}', '{}', '5000');

drop trigger "receipt-uploaded" on storage.objects;

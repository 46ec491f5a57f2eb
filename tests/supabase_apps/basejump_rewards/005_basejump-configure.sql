-- kudosats: team accounts and team billing on.
UPDATE basejump.config SET enable_team_accounts = TRUE;
UPDATE basejump.config SET enable_personal_account_billing = FALSE;
UPDATE basejump.config SET enable_team_account_billing = TRUE;

-- A stable external key an organisation may carry (e.g. 'lviv-polytechnic'), so spreadsheets
-- imported later (partnerships, experts) can refer to it without knowing its UUID.
ALTER TABLE organisations ADD COLUMN key text;
CREATE UNIQUE INDEX organisations_key ON organisations (key) WHERE key IS NOT NULL;

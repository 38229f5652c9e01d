-- Purposes keep the item types they need in full even for roles that see masked views (e-mail marketing
-- needs the address). Before this column they were lost on the way to the database.
ALTER TABLE purposes ADD COLUMN full_value_item_types TEXT NOT NULL DEFAULT '[]';

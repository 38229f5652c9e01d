-- Item types a purpose needs in full even for roles that see masked views (Purpose.FullValueItemTypes),
-- e.g. the e-mail address for e-mail marketing. Purposes stored before this migration keep none.
ALTER TABLE purposes ADD COLUMN full_value_item_types TEXT NOT NULL DEFAULT '[]';

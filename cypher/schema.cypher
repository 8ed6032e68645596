// name: schema
// The Neo4j schema scamgraph writes against. Applied by `scamgraph schema --apply` and on every
// connection (each statement is IF NOT EXISTS, so re-running changes nothing).
// Why: MERGE on `key` needs a uniqueness constraint per label, both for speed (an index seek
// instead of a label scan) and for safety (two concurrent ingests cannot create twins).

CREATE CONSTRAINT person_key IF NOT EXISTS FOR (n:Person) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT agency_key IF NOT EXISTS FOR (n:Agency) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT organization_key IF NOT EXISTS FOR (n:Organization) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT delegation_key IF NOT EXISTS FOR (n:Delegation) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT site_key IF NOT EXISTS FOR (n:Site) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT location_key IF NOT EXISTS FOR (n:Location) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT nationality_key IF NOT EXISTS FOR (n:Nationality) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT event_key IF NOT EXISTS FOR (n:Event) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT scamtype_key IF NOT EXISTS FOR (n:ScamType) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT identifier_key IF NOT EXISTS FOR (n:Identifier) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT report_key IF NOT EXISTS FOR (n:Report) REQUIRE n.key IS UNIQUE;

// Lookups the query library makes by something other than the key.
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX event_type_date IF NOT EXISTS FOR (n:Event) ON (n.type, n.date);
CREATE INDEX identifier_value IF NOT EXISTS FOR (n:Identifier) ON (n.value);
CREATE INDEX report_published IF NOT EXISTS FOR (n:Report) ON (n.published);

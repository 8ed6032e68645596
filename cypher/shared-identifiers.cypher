// name: shared-identifiers
// question: Which sites, people or organizations are linked through a shared phone, domain, wallet or handle?
// example: scamgraph query shared-identifiers
MATCH (x)-[:USES]->(i:Identifier)
OPTIONAL MATCH (i)-[:ASSOCIATED_WITH]-(other:Identifier)
WITH x, i, collect(DISTINCT other.value) AS linked
RETURN x.name AS holder, i.kind AS kind, i.value AS identifier, linked AS linked_identifiers
ORDER BY holder, identifier

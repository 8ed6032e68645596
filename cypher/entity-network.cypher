// name: entity-network
// question: Which entities lie within N hops of an entity (through facts, not shared reports)?
// param: key string                the entity's key
// param: hops int = 2              how far to look, 1 to 3
// param: limit int = 200           at most this many entities
// example: scamgraph query entity-network --param key=site:multi-storey-building-outside-phnom-penh --param hops=2
MATCH p = (n {key: $key})-[*1..3]-(m)
WHERE length(p) <= $hops AND m.key <> n.key AND none(r IN relationships(p) WHERE type(r) = 'MENTIONS')
RETURN m.key AS key, m.name AS name, min(length(p)) AS distance
ORDER BY distance, key
LIMIT $limit

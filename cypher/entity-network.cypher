// name: entity-network
// question: Which entities lie within N facts of an entity (never through a shared report, nor through a nationality, place or scam type unless context=true)?
// param: key string                the entity's key or exact name, e.g. person:lee-min-su
// param: hops int = 2              how many facts away, 1 to 3
// param: context bool = false      also walk through nationalities, places and scam types
// param: limit int = 200           at most this many entities
// example: scamgraph query entity-network --param key=site:multi-storey-building-outside-phnom-penh --param hops=2
// why: the same neighbourhood as analyze/viz/export --around (scamgraph.analysis.neighbourhood):
//      a nationality, place or scam type can be reached (so it is listed) but is never a step
//      on the way to something else; reports are never on the way.
MATCH p = (n {key: $key})-[*1..3]-(m)
WHERE length(p) <= $hops AND m.key <> n.key
  AND none(r IN relationships(p) WHERE type(r) = 'MENTIONS')
  AND none(x IN nodes(p) WHERE x:Report)
  AND ($context OR none(x IN nodes(p)[1..-1] WHERE x:Nationality OR x:Location OR x:ScamType))
RETURN m.key AS key, m.name AS name, min(length(p)) AS distance
ORDER BY distance, key
LIMIT $limit

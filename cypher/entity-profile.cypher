// name: entity-profile
// question: Everything known about one entity, each fact with the report and quote behind it.
// param: key string                the entity's key or exact name, e.g. person:lee-min-su or "Lee Min-su"
// param: limit int = 200           at most this many facts
// example: scamgraph query entity-profile --param key=person:lee-min-su
MATCH (n {key: $key})-[r]-(m)
WHERE type(r) <> 'MENTIONS'
RETURN type(r) AS relation, startNode(r).key = n.key AS outgoing, m.key AS other, m.name AS other_name,
       r.count AS count, r.report AS report, r.quote AS quote
ORDER BY relation, other, report
LIMIT $limit

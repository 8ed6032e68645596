// name: shortest-connection
// why: Neo4j finds shortest paths without enumerating all paths up to the bound (shortestPath),
//      which matters on large graphs; FalkorDB cannot run this undirected form.
MATCH (a {key: $a}), (b {key: $b})
MATCH p = shortestPath((a)-[*1..4]-(b))
WHERE none(r IN relationships(p) WHERE type(r) = 'MENTIONS')
RETURN length(p) AS hops, [n IN nodes(p) | n.key] AS path,
       [r IN relationships(p) | type(r)] AS relations,
       [r IN relationships(p) | r.quote] AS quotes,
       [r IN relationships(p) | r.report] AS reports

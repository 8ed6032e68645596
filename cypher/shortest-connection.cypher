// name: shortest-connection
// question: How are two entities connected, by the fewest facts, with the evidence for each hop?
// param: a string                  key of the first entity
// param: b string                  key of the second entity
// example: scamgraph query shortest-connection --param a=person:lee-min-su --param b=nationality:CN
// why: written as the shortest of the bounded variable-length paths, ordered, so that it runs on
//      both engines (FalkorDB has no undirected shortestPath; see shortest-connection.neo4j.cypher).
MATCH p = (a {key: $a})-[*1..4]-(b {key: $b})
WHERE none(r IN relationships(p) WHERE type(r) = 'MENTIONS')
WITH p, length(p) AS hops
ORDER BY hops
LIMIT 1
RETURN hops, [n IN nodes(p) | n.key] AS path,
       [r IN relationships(p) | type(r)] AS relations,
       [r IN relationships(p) | r.quote] AS quotes,
       [r IN relationships(p) | r.report] AS reports

// name: shortest-connection
// question: How are two entities connected, by the fewest facts, with the evidence for each hop (never through a nationality, place or scam type unless context=true)?
// param: a string                  key or exact name of the first entity
// param: b string                  key or exact name of the second entity
// param: context bool = false      also walk through nationalities, places and scam types
// example: scamgraph query shortest-connection --param a=person:lee-min-su --param b=person:park-ji-hoon
// why: written as the shortest of the bounded variable-length paths, ordered, so that it runs on
//      both engines (FalkorDB has no undirected shortestPath; see shortest-connection.neo4j.cypher).
//      A shared nationality or country describes two people; it does not tie them together, so
//      such nodes may end a path but not sit inside one. Among paths of the same length, the
//      first by keys and reports is taken, so both engines give the same one.
MATCH p = (a {key: $a})-[*1..4]-(b {key: $b})
WHERE none(r IN relationships(p) WHERE type(r) = 'MENTIONS')
  AND none(x IN nodes(p) WHERE x:Report)
  AND ($context OR none(x IN nodes(p)[1..-1] WHERE x:Nationality OR x:Location OR x:ScamType))
WITH p, length(p) AS hops,
     reduce(s = '', n IN nodes(p) | s + n.key + '|') + reduce(s = '', r IN relationships(p) | s + type(r) + coalesce(r.report, '') + '|') AS tie
ORDER BY hops, tie
LIMIT 1
RETURN hops, [n IN nodes(p) | n.key] AS path,
       [r IN relationships(p) | type(r)] AS relations,
       [r IN relationships(p) | r.quote] AS quotes,
       [r IN relationships(p) | r.report] AS reports

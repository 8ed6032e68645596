// name: shortest-connection
// why: Neo4j finds shortest paths without enumerating all paths up to the bound (shortestPath),
//      which matters on large graphs; FalkorDB cannot run this undirected form. Same rules as
//      shortest-connection.cypher: no reports, no context node inside the path unless $context,
//      and among the shortest paths the first by keys and reports.
MATCH (a {key: $a}), (b {key: $b})
MATCH p = allShortestPaths((a)-[*1..4]-(b))
WHERE none(r IN relationships(p) WHERE type(r) = 'MENTIONS')
  AND none(x IN nodes(p) WHERE x:Report)
  AND ($context OR none(x IN nodes(p)[1..-1] WHERE x:Nationality OR x:Location OR x:ScamType))
WITH p, reduce(s = '', n IN nodes(p) | s + n.key + '|') + reduce(s = '', r IN relationships(p) | s + type(r) + coalesce(r.report, '') + '|') AS tie
ORDER BY tie
LIMIT 1
RETURN length(p) AS hops, [n IN nodes(p) | n.key] AS path,
       [r IN relationships(p) | type(r)] AS relations,
       [r IN relationships(p) | r.quote] AS quotes,
       [r IN relationships(p) | r.report] AS reports

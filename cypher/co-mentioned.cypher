// name: co-mentioned
// question: Which entities are named together in more than one report?
// param: min_reports int = 2       at least this many shared reports
// param: limit int = 100           at most this many pairs
// example: scamgraph query co-mentioned --param min_reports=2
MATCH (x)<-[:MENTIONS]-(r:Report)-[:MENTIONS]->(y)
WHERE x.key < y.key
WITH x, y, count(DISTINCT r) AS reports
WHERE reports >= $min_reports
RETURN x.key AS a, y.key AS b, reports
ORDER BY reports DESC, a, b
LIMIT $limit

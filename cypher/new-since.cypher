// name: new-since
// question: Which reports, published on or after a date, brought which entities?
// param: since date                a date, YYYY-MM-DD
// example: scamgraph query new-since --param since=2025-10-18
MATCH (r:Report)-[:MENTIONS]->(x)
WHERE r.published >= $since
RETURN r.published AS published, r.name AS report, count(DISTINCT x) AS entities
ORDER BY published, report

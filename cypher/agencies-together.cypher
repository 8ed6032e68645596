// name: agencies-together
// question: Which agencies acted together on the same events (carried out, announced or joined)?
// example: scamgraph query agencies-together
MATCH (a:Agency)-[:CONDUCTED|ANNOUNCED|PARTICIPATED_IN]->(e:Event)<-[:CONDUCTED|ANNOUNCED|PARTICIPATED_IN]-(b:Agency)
WHERE a.key < b.key
RETURN a.name AS agency, b.name AS with_agency, count(DISTINCT e) AS events, collect(DISTINCT e.name) AS on
ORDER BY events DESC, agency, with_agency

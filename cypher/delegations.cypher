// name: delegations
// question: Which delegations and visits took place, who led them, and what did they attend?
// example: scamgraph query delegations
MATCH (d:Delegation)
OPTIONAL MATCH (leader:Person)-[:LEADS]->(d)
OPTIONAL MATCH (d)-[:PARTICIPATED_IN]->(e:Event)
OPTIONAL MATCH (d)-[:REPRESENTS]->(n:Nationality)
RETURN d.name AS delegation, collect(DISTINCT leader.name) AS leaders,
       collect(DISTINCT e.name) AS events, collect(DISTINCT n.iso2) AS country
ORDER BY delegation

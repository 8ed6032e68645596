// name: ringleaders-and-charges
// question: Who leads, directs or operates scam organizations and sites, and what charges, warrants or sanctions target them?
// example: scamgraph query ringleaders-and-charges
MATCH (p:Person)-[role:DIRECTS|OPERATES|OWNS]->(x)
OPTIONAL MATCH (e:Event)-[:TARGETED|CHARGED]->(t)
WHERE (t.key = p.key OR t.key = x.key) AND e.type IN ['charge', 'warrant', 'sanction']
RETURN p.name AS person, type(role) AS role, x.name AS of, collect(DISTINCT e.type + ': ' + e.name) AS actions
ORDER BY person, of

META
key;value
description;Handgeschreven voorbeeld: goedkeuring, CRLF
country;Netherlands
unit;Deventer
instance;2026
num_projects;4
num_votes;5
budget;10000
vote_type;approval
rule;greedy
currency;EUR
PROJECTS
project_id;cost;votes;name;category;selected
L10/01/IX;6000;3;"Bankjes; en een tafel";Groen;1
B2;5000;3;Speeltuin;Spelen;0
c-3;3000;2;"Buurtfeest ""zomer""";Cultuur;1
x9;20000;1;Nieuw buurthuis;Gebouw;0
VOTES
voter_id;vote;age
v1;L10/01/IX,B2;34
v2;L10/01/IX,c-3;
v3;B2,x9;70
v4;L10/01/IX,B2,c-3;51
v5;;22

META
key;value
description;Handgeschreven voorbeeld: punten, LF
num_projects;3
num_votes;3
budget;100
vote_type;cumulative
max_sum_points;5
PROJECTS
project_id;cost
1;60
2;50
3;30
VOTES
voter_id;vote;points
a;1,3;4,1
b;2;5
c;2,3;2,3

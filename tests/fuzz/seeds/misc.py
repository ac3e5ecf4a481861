with a as (b, *c), d:
    while x < y <= z:
        x = lambda p=1, /, q=2, *, r: [i for i in p if i for j in q]

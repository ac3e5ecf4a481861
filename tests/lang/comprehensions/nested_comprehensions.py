# Checks comprehensions with multiple for clauses and if clauses, and the order of evaluation.
print([(x, y) for x in range(3) for y in range(x)])
print([(x, y) for x in range(4) if x % 2 for y in range(4) if y > x])
print([c + str(n) for c in "ab" for n in range(3)])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([v for row in matrix for v in row])
print([v for row in matrix for v in row if v % 2 == 0])
print([[row[i] for row in matrix] for i in range(3)])
print([[v * 10 for v in row if v != 5] for row in matrix])
print({(a, b) for a in range(3) for b in range(3) if a + b == 2} == {(0, 2), (1, 1), (2, 0)})
print({a * b: (a, b) for a in range(1, 4) for b in range(1, 4)})
triples = [(a, b, c) for c in range(1, 21) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(triples)
print([x for x in range(30) if x % 2 == 0 if x % 3 == 0 if x > 5])
print([y for x in [[1, [2]], [3]] for y in x])

def trace(tag, v):
    print("  ", tag, v)
    return v

r = [trace("out", x) + trace("in", y) for x in trace("xs", [1, 2]) for y in trace("ys", [10, 20])]
print(r)

# Checks comprehensions inside functions using parameters, closures and calling functions in conditions.
def primes_below(n):
    return [p for p in range(2, n) if all([p % d for d in range(2, p) if d * d <= p])]

print(primes_below(50))

def scaled(xs, k):
    return [x * k for x in xs]

print(scaled([1, 2, 3], 10))

def make_filter(limit):
    def keep(xs):
        return [x for x in xs if x < limit]
    return keep

print(make_filter(5)([1, 9, 3, 7, 4]))

def word_index(text):
    words = text.split()
    return {w: [i for i, x in enumerate(words) if x == w] for w in words}

print(word_index("a b a c b a"))

def table(n):
    return [[i * j for j in range(1, n + 1)] for i in range(1, n + 1)]

for row in table(4):
    print(row)

def counts(s):
    return {c: len([x for x in s if x == c]) for c in sorted(s)}

print(counts("banana"))
print([f(3) for f in [lambda x: x + 1, lambda x: x * 2, abs]])
print([[y for y in range(x)] for x in range(4) if x % 2])

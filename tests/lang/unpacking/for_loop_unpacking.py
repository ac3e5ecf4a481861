# Checks for-loop unpacking of pairs, enumerate (with start), zip of two and three sequences, and dict items.
pairs = [(1, "one"), (2, "two"), (3, "three")]
for num, word in pairs:
    print(num, word)
for idx, ch in enumerate("abc"):
    print(idx, ch)
for idx, ch in enumerate("abc", 10):
    print(idx, ch)
for idx, ch in enumerate("ab", start=-1):
    print(idx, ch)
for a, b in zip([1, 2, 3], ["x", "y"]):
    print(a, b)
for a, b, c in zip(range(3), "pqr", [True, False, None]):
    print(a, b, c)
scores = {"ann": 90, "bob": 72}
for name, score in scores.items():
    print(f"{name:>5}: {score:3d}")
for i, (name, score) in enumerate(sorted(scores.items(), key=lambda kv: kv[1])):
    print(i, name, score)
print(list(enumerate([])), list(zip([], [1])))
total = 0
for x, y in [[1, 2], [3, 4]]:
    total += x * y
print(total)
for k, v in {"a": [1, 2]}.items():
    for p, q in zip(v, v[1:]):
        print(k, p, q)

# Checks nested for/while loops, break only leaving the inner loop, and flag-based outer exit.
for i in range(1, 4):
    for j in range(1, 4):
        print(i * j, end=" ")
    print()

pairs = []
for i in range(5):
    for j in range(5):
        if j > i:
            break
        if (i + j) % 2:
            continue
        pairs.append((i, j))
print(pairs)

found = None
for a in range(1, 20):
    for b in range(a, 20):
        c2 = a * a + b * b
        c = 1
        while c * c < c2:
            c += 1
        if c * c == c2 and c < 20:
            print("triple", a, b, c)
            if a + b + c > 30:
                found = (a, b, c)
                break
    if found:
        break
print("found", found)

count = 0
i = 0
while i < 4:
    j = 0
    while j < i:
        count += 1
        j += 1
    i += 1
print("count", count)

# Checks for/else with break and continue, including prime search and early exits.
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            print(n, "=", d, "*", n // d)
            break
    else:
        print(n, "is prime")

for x in []:
    print("never")
else:
    print("else after empty loop")

for ch in "hello world":
    if ch == "o":
        continue
    if ch == " ":
        break
    print(ch, end="")
else:
    print("not reached")
print()

result = []
for i in range(10):
    if i % 2:
        continue
    result.append(i)
else:
    result.append("done")
print(result)

for i in range(3):
    pass
print("loop var after loop:", i)

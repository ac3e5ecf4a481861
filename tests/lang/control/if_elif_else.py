# Checks if/elif/else chains, nested ifs and chained comparisons as conditions.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"

for n in [-5, 0, 3, 10, 99, 100, 12345]:
    print(n, classify(n))

for x in range(-2, 8, 3):
    if 0 <= x < 5:
        if x % 2 == 0:
            print(x, "even in range")
        else:
            print(x, "odd in range")
    else:
        print(x, "out of range")

a, b, c = 1, 2, 3
if a < b < c:
    print("ascending")
if a < b > c:
    print("peak")
else:
    print("not peak")
if 1 == 1.0 == True:
    print("all equal")
if not []:
    print("empty list is falsy")
if "":
    print("never")
elif None:
    print("never either")
else:
    print("fell to else")

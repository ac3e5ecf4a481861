# Checks while loops with else clauses, break skipping the else, continue, and loops that never run.
i = 0
while i < 3:
    print("i =", i)
    i += 1
else:
    print("while finished normally, i =", i)

n = 10
while n > 0:
    if n == 7:
        print("breaking at", n)
        break
    n -= 1
else:
    print("this should not print")

k = 0
while k > 0:
    print("never")
else:
    print("else runs for zero-iteration loop")

total = 0
j = 0
while j < 10:
    j += 1
    if j % 3 == 0:
        continue
    total += j
else:
    print("total without multiples of 3:", total)

def find(seq, target):
    idx = 0
    while idx < len(seq):
        if seq[idx] == target:
            break
        idx += 1
    else:
        return -1
    return idx

print(find([4, 5, 6], 6), find([4, 5, 6], 7), find([], 1))
x = 100
while x:
    x //= 3
    print(x, end=" ")
print()

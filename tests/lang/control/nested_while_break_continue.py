# Checks break/continue inside nested while loops, and while/else interacting with inner breaks.
i = 0
while i < 4:
    i += 1
    if i == 2:
        continue
    j = 0
    while True:
        j += 1
        if j > i:
            break
        if j == 2:
            continue
        print("i", i, "j", j)
    else:
        print("never: inner while True has no else path")
print("done i =", i)

row = 0
while row < 3:
    col = 0
    while col < 3:
        if col == row:
            break
        col += 1
    else:
        print("row", row, "inner finished without break")
    print("row", row, "col", col)
    row += 1

n = 0
while n < 10:
    n += 1
    if n % 2:
        continue
    if n > 6:
        break
    print("even", n)
else:
    print("not printed: loop was broken")
print("n =", n)

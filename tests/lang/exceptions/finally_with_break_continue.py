# Checks that finally runs when break or continue leaves a try block inside loops, and in nested loops.
for i in range(5):
    try:
        if i == 1:
            print(i, "continue")
            continue
        if i == 3:
            print(i, "break")
            break
        print(i, "body")
    finally:
        print(i, "finally")
else:
    print("not reached")
print("after for")

n = 0
while True:
    n += 1
    try:
        try:
            if n < 3:
                continue
            break
        finally:
            print("inner finally", n)
    finally:
        print("outer finally", n)
print("n =", n)

def search(rows):
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            try:
                if v < 0:
                    return (r, c)
            finally:
                print("checked", r, c)
    return None

print(search([[1, 2], [3, -4], [-5]]))

for i in range(3):
    try:
        pass
    finally:
        if i == 1:
            print("break from finally at", i)
            break
print("i =", i)
